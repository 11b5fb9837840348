"""What the sentence finders found, kept for the sentences a corpus repeats.

Wire copy is reprinted: the same paragraph, word for word, in many articles. The finders of
figures, dates, names, hedges and attributions read one sentence and nothing around it, so a
sentence met again gives the same findings at other offsets. The memo runs a finder once per
distinct sentence text (on the sentence alone, with the one character on either side of it)
and hands each later occurrence a copy moved to its own offsets. Only sentences the corpus
holds more than once are kept, so a corpus of distinct articles keeps nothing. (Names are not
kept here: whether a word opening a sentence is a name depends on the whole article.)
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

Finder = Callable[[str, str, int, int], T]
"""A finder called on (text, folded, start, end) of the sentence alone."""


@cache
def _offset_fields(cls: type) -> tuple[str, ...]:
    """The fields of a finding that hold offsets: start, end, and any *_start or *_end."""
    return tuple(
        f.name
        for f in dataclasses.fields(cls)
        if f.name in {"start", "end"} or f.name.endswith(("_start", "_end"))
    )


def moved(found: Any, by: int) -> Any:
    """A copy of a finder's result with every offset moved by `by`: dataclass findings (their
    start, end, *_start and *_end fields), spans as tuples whose first two items are offsets,
    and lists or pairs of lists of these."""
    if isinstance(found, list):
        return [moved(x, by) for x in found] if found else []
    if isinstance(found, tuple):
        if len(found) >= 2 and isinstance(found[0], int) and isinstance(found[1], int):
            return (found[0] + by, found[1] + by, *found[2:])
        return tuple(moved(x, by) for x in found)
    if dataclasses.is_dataclass(found) and not isinstance(found, type):
        # The findings are frozen dataclasses: a copy of their fields, offsets moved.
        fields = dict(found.__dict__)
        for name in _offset_fields(type(found)):
            value = fields[name]
            if isinstance(value, int):
                fields[name] = value + by
        copy = object.__new__(type(found))
        copy.__dict__.update(fields)
        return copy
    return found


class SentenceMemo:
    """Finder results per repeated sentence text, for one analysis."""

    def __init__(self, repeated: Iterable[str] = ()) -> None:
        self.repeated = frozenset(repeated)
        self.store: dict[tuple[str, str, Hashable], Any] = {}

    @classmethod
    def for_sentences(cls, texts: Iterable[str]) -> SentenceMemo:
        """A memo that keeps the sentences occurring more than once among `texts`."""
        counts = Counter(texts)
        return cls(t for t, n in counts.items() if n > 1)

    def run(
        self,
        name: str,
        text: str,
        folded: str,
        start: int,
        end: int,
        finder: Finder[T],
        key: Hashable = None,
    ) -> T:
        """The result of `finder` on `text[start:end]`: computed on the sentence alone, once per
        distinct sentence text the corpus repeats (`name` and `key` tell calls apart), and given
        at this sentence's offsets."""
        sentence = text[start:end]
        if sentence not in self.repeated:
            return finder(text, folded, start, end)
        # The sentence is read with the characters on either side of it (a line break, a space,
        # or none at the start or end of the article), as a finder sees it in place.
        before, after = text[start - 1 : start] if start else "", text[end : end + 1]
        memo_key = (name, f"{before}\0{sentence}\0{after}", key)
        found = self.store.get(memo_key)
        if found is None:
            alone = f"{before}{sentence}{after}"
            folded_alone = folded[start - len(before) : end + len(after)]
            found = finder(alone, folded_alone, len(before), len(before) + len(sentence))
            self.store[memo_key] = found
        result: T = moved(found, start - len(before))
        return result
