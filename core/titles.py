"""Choosing an article's title among its first lines."""

from __future__ import annotations

from .furniture import is_kicker
from .models import Passage, Sentence

_TITLE_MAX = 90
_HEADLINE_MAX = 130
"""Longest first line taken whole as a headline ("Acme buys a rival. Investors want more.")."""
_HEADLINE_SENTENCES = 2


def choose_title(
    text: str, passages: list[Passage], sentences: list[Sentence], fallback: str
) -> str:
    """Return an article's title: its title passage; else its first line when that line is
    headline-like (short, one or two sentences, followed by more text); else its first
    sentence, shortened.

    Furniture lines (kickers, bylines, stamps, section labels) are boilerplate and never
    passages, so they are never the title.
    """
    for n, p in enumerate(passages):
        if p.kind == "title":
            title = " ".join(text[p.start : p.end].split())
            nxt = passages[n + 1] if n + 1 < len(passages) else None
            if nxt is not None and _is_kicker_over(title, text[nxt.start : nxt.end]):
                return " ".join(text[nxt.start : nxt.end].split())
            return title
    if len(passages) >= 2:
        first = passages[0]
        body = text[first.start : first.end]
        inside = [s for s in sentences if first.start <= s.start < first.end]
        if (
            "\n" not in body
            and "\r" not in body
            and len(body) <= _HEADLINE_MAX
            and 0 < len(inside) <= _HEADLINE_SENTENCES
        ):
            return " ".join(body.split())
    if sentences:
        first_sentence = " ".join(text[sentences[0].start : sentences[0].end].split())
        if len(first_sentence) <= _TITLE_MAX:
            return first_sentence
        cut = first_sentence[:_TITLE_MAX].rsplit(" ", 1)[0]
        return cut.rstrip(",;:") + "…"
    return fallback


HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 30


def is_headline_like(line: str) -> bool:
    """Return whether `line` reads like a headline: a sentence-like line of several words
    (three to thirty), not written all in capitals, opening with a capital, a figure or a
    quote ("Rail strike: only one in four trains running")."""
    stripped = line.strip()
    words = stripped.split()
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS or len(stripped) > 200:
        return False
    letters = [ch for ch in stripped if ch.isalpha()]
    if not letters or all(ch.isupper() for ch in letters):
        return False
    return stripped[:1].isupper() or not stripped[:1].isalpha()


def _is_kicker_over(first: str, second: str) -> bool:
    """Return whether `first` is a kicker shown over the headline `second`: a short label
    ("Afrique") over a headline-like line of one block that ends with no full stop (a
    sentence ending with one is a paragraph, and `first` is then the title)."""
    return (
        is_kicker(first)
        and "\n" not in second.strip()
        and is_headline_like(second)
        and not second.rstrip().endswith(".")
    )
