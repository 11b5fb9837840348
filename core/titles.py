"""Choosing an article's title among its first lines."""

from __future__ import annotations

from .models import Passage, Sentence

_TITLE_MAX = 90


def choose_title(
    text: str, passages: list[Passage], sentences: list[Sentence], fallback: str
) -> str:
    """Return an article's title: its title passage, else its first sentence, shortened."""
    for p in passages:
        if p.kind == "title":
            return " ".join(text[p.start : p.end].split())
    if sentences:
        first = " ".join(text[sentences[0].start : sentences[0].end].split())
        if len(first) <= _TITLE_MAX:
            return first
        cut = first[:_TITLE_MAX].rsplit(" ", 1)[0]
        return cut.rstrip(",;:") + "…"
    return fallback
