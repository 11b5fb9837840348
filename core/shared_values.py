"""One object for each value many claims hold alike.

An analysis of thousands of articles holds hundreds of thousands of claims, and most of what
they hold repeats: the same sentence text in every reprint, the same parties, the same fact
key. Each claim made its own copies (pydantic validation copies a list); sharing them takes a
claim from about 1.8 KB to 1.3 KB. Claims are never changed in place once made (a stage that
needs another fact key makes a new one), which is what makes sharing safe.
"""

from __future__ import annotations

import sys
from typing import Any, TypeVar

from pydantic import BaseModel

from .models import Claim, FactKey

M = TypeVar("M", bound=BaseModel)

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


def compact(model: M) -> M:
    """A copy of `model` that holds the same values in half the memory."""
    return rebuilt(type(model), model.__dict__)


def rebuilt(cls: type[M], values: dict[str, Any]) -> M:
    """An instance of `cls` holding `values`, one per field (valid already: not validated
    again), in half the memory of a validated one.

    Validated by pydantic, a model keeps its fields in a table of its own (a claim: 832
    bytes for its 29 fields). Put one by one into a new instance, they are kept the way Python
    keeps the attributes of plain objects, the names once per class and only the values in
    each instance (296 bytes), as long as the class's first instance was made that way (as
    models.py does for each of its classes)."""
    model = cls.__new__(cls)
    model.__dict__.update(values.items())  # by item: a copy of the table would be a table
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    model.model_post_init(None)  # the class's shared fields set
    return model
