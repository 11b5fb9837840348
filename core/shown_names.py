"""File names and paths made safe to print: one line, every control visible.

A file name on Linux may hold any byte but '/' and NUL: escape sequences (OSC 52 writes the
clipboard, OSC 0 retitles the window, CSI 2J clears the screen), BEL, newlines that forge a
line of output, bidi overrides, bytes that are not UTF-8. Names are kept as they are in the
data (an article's `id` and `path`); only what is printed or drawn goes through here.
"""

from __future__ import annotations

import re

from .sanitize import BIDI_CONTROLS, visible

_LINE_BREAKS = {"\n": "\u240a", "\t": "\u2409", "\r": "\u240d"}  # ␊ ␉ ␍
_UNDECODED_RE = re.compile("[\udc80-\udcff]")
"""Bytes that were not UTF-8, as `os.fsdecode` keeps them (surrogate escapes)."""
_NOT_IN_JSON_RE = re.compile("[\x7f-\x9f\ud800-\udfff" + "".join(sorted(BIDI_CONTROLS)) + "]")
"""What JSON leaves raw although a terminal acts on it: DEL, C1 controls, bidi controls (and
lone surrogates, which cannot be written as UTF-8 at all)."""


def shown_name(name: object) -> str:
    """Return a file name, path or article id as one printable line: control, escape and bidi
    characters become visible placeholders (␛, ␇, ⟨U+202E⟩), a newline ␊, a byte that was
    not UTF-8 ⟨0xFF⟩. Ordinary names come back unchanged."""
    text = _UNDECODED_RE.sub(lambda m: f"⟨0x{ord(m.group(0)) - 0xDC00:02X}⟩", str(name))
    for ch, mark in _LINE_BREAKS.items():
        text = text.replace(ch, mark)
    return visible(text)


def one_line(text: str) -> str:
    """Return a message (a notice, an error, a finding's summary) as one printable line:
    controls visible as in `shown_name`, so that no name inside it can break the line."""
    return shown_name(text)


def json_for_terminal(text: str) -> str:
    """Return JSON text with DEL, C1 controls, bidi controls and lone surrogates written as
    \\uXXXX escapes: the same data, but nothing a terminal would act on. (JSON already escapes
    the C0 controls, ESC and BEL among them; these others it may leave raw.) Such characters
    only occur inside strings, so the result is valid JSON that loads to the same values."""
    return _NOT_IN_JSON_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
