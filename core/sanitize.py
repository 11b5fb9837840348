"""Making untrusted article text safe to show: control characters become visible placeholders.

Only display copies are changed; offsets always refer to the original text.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")


def _placeholder(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, the Unicode control pictures
    if code == 0x7F:
        return "\u2421"  # ␡
    if ch in BIDI_CONTROLS:
        return f"⟨U+{code:04X}⟩"
    return "\ufffd"


def visible(text: str) -> str:
    """Return `text` with control, escape and bidi characters replaced by visible placeholders.

    Tab and newline are kept; carriage returns become newlines only when they end a line.
    """
    text = text.replace("\r\n", "\n")
    return _CONTROL_RE.sub(lambda m: _placeholder(m.group(0)), text)


def has_bidi_controls(text: str) -> bool:
    """Return whether `text` holds characters that reorder how text is displayed."""
    return any(ch in BIDI_CONTROLS for ch in text)


def visible_same_length(text: str) -> str:
    """Return `text` with one visible character for each control, escape or bidi character, so
    that every offset into `text` is valid in the result. Tab and newline are kept; a carriage
    return becomes a space."""
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif ch == "\r":
            out.append(" ")
        elif ch in BIDI_CONTROLS:
            out.append("\ufffd")
        elif _CONTROL_RE.match(ch):
            out.append(_placeholder(ch))
        else:
            out.append(ch)
    return "".join(out)
