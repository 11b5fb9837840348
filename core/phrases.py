"""Tables of written phrases (currency names, unit names) turned into regexes and lookup keys.

Phrases are folded (`textnorm.fold`); "(s)" marks an optional plural ending; a space between
words matches spaces or a hyphen, and between symbols ("$ c", "° c") an optional space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product


def expand(name: str) -> list[str]:
    """Return every spelling of a phrase: "dollar(s) canadien(s)" gives four."""
    parts = name.split("(s)")
    return [
        "".join(p + e for p, e in zip(parts, (*ends, ""), strict=True))
        for ends in product(("", "s"), repeat=len(parts) - 1)
    ]


def key(written: str) -> str:
    """Return the lookup key of a phrase as written: folded, without spaces or hyphens."""
    return re.sub(r"[\s\-]", "", written)


def literal_alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of words matched exactly as written, longest first (so
    "mars" is tried before "mar")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def alternation(phrases: list[str]) -> str:
    """Return a regex alternation of folded phrases, longest first (so "dollars australiens"
    wins over "dollars"); see the module docstring for what a space matches."""
    out = []
    for p in sorted(set(phrases), key=len, reverse=True):
        words = [re.escape(w) for w in p.split(" ")]
        symbolic = any(not c.isalpha() for c in p.replace(" ", ""))
        out.append((r"\s?" if symbolic else r"[\s-]+").join(words))
    return "|".join(out)
