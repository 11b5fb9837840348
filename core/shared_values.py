"""One object for each value many claims hold alike.

An analysis of thousands of articles holds hundreds of thousands of claims, and most of what
they hold repeats: the same sentence text in every reprint, the same parties, the same fact
key. Each claim made its own copies (pydantic validation copies a list); sharing them takes a
claim from about 1.8 KB to 1.3 KB. Claims are never changed in place once made (a stage that
needs another fact key makes a new one), which is what makes sharing safe.
"""

from __future__ import annotations

import sys

from .models import Claim, FactKey, compact

_STRINGS = ("text", "display", "cue", "attribution")
"""String fields that repeat from claim to claim."""
_NUMBERS = ("start", "end", "sentence_start", "sentence_end", "value", "low", "high")
"""Number fields that repeat (each number past 256 is an object of its own in Python)."""


class SharedValues:
    """The shared lists and fact keys of one analysis."""

    def __init__(self) -> None:
        self._lists: dict[tuple[str, ...], list[str]] = {}
        self._facts: dict[tuple[object, ...], FactKey] = {}
        self._numbers: dict[object, object] = {}

    def share(self, claim: Claim) -> Claim:
        """Make `claim` hold the shared copy of each repeated value it holds; return it."""
        fields = claim.__dict__
        for name in _STRINGS:
            value = fields[name]
            if value:
                fields[name] = sys.intern(value)
        numbers = self._numbers
        for name in _NUMBERS:
            value = fields[name]
            kind = type(value)
            # Zero is left alone: 0.0 and -0.0 are equal but not the same figure.
            if (kind is int or kind is float) and value:
                fields[name] = numbers.setdefault((kind, value), value)
        fields["subject"] = self._list(fields["subject"])
        fact = fields["fact"]
        if fact is not None:
            fields["fact"] = self.fact(fact)
        return claim

    def fact(self, fact: FactKey) -> FactKey:
        """The shared fact key equal to `fact`."""
        values = fact.__dict__
        key = tuple(tuple(v) if isinstance(v, list) else v for v in values.values())
        found = self._facts.get(key)
        if found is None:
            values["entity"] = self._list(values["entity"])
            found = self._facts[key] = compact(fact)
        return found

    def _list(self, items: list[str]) -> list[str]:
        key = tuple(items)
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = items
        return found
