"""A finding before it is numbered: what every kind of comparison hands to `compare`, and the
small wordings they share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .models import FindingValue


@dataclass
class Draft:
    """A finding before it gets its id and its stable key."""

    kind: str
    topic: str | None
    subject: str
    summary: str
    rule: str
    explanation: str
    claims: list[str]
    values: list[FindingValue]
    order: tuple[int, ...]


def count_sources(articles: Iterable[str], origin_of: dict[str, str]) -> str:
    """Return "3 sources", or "3 sources (2 independent)" when some reprint one wire story."""
    arts = set(articles)
    n = len(arts)
    text = f"{n} source" + ("s" if n != 1 else "")
    independent = len({origin_of.get(a, a) for a in arts})
    return f"{text} ({independent} independent)" if independent < n else text


def unique_ids(ids: Iterable[str]) -> list[str]:
    """Return the ids in order, each once."""
    return list(dict.fromkeys(ids))
