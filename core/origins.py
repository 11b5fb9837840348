"""Telling independent sources from copies: the same file twice, or reprints of one wire story.

Two articles share an origin when most of the shorter one's word 5-grams (shingles) also occur
in the other. Shingles found in most articles (boilerplate) are ignored; candidate pairs come
from an inverted index, so unrelated articles are never compared.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from .reading import RawArticle
from .textnorm import fold, words

SHINGLE = 5
"""Words per shingle."""
SAME_ORIGIN = 0.5
"""Share of the shorter article's shingles found in the other for one origin (a reprint)."""


@dataclass(frozen=True)
class Origins:
    """Exact duplicates (dropped), and the origin of each remaining article."""

    duplicate_of: dict[str, str]
    """id of a duplicate -> id of the article kept."""
    origin: dict[str, str]
    """id -> id of the first article of its origin (itself when independent)."""

    def independent(self) -> int:
        """Return how many distinct origins the kept articles have."""
        return len(set(self.origin.values()))


def _fingerprint(text: str) -> str:
    return hashlib.sha256(" ".join(fold(text).split()).encode()).hexdigest()


def _shingles(text: str) -> set[int]:
    tokens = [fold(w) for w, _s, _e in words(text)]
    return {hash(tuple(tokens[i : i + SHINGLE])) for i in range(max(0, len(tokens) - SHINGLE + 1))}


def find_origins(raws: list[RawArticle]) -> Origins:
    """Return the duplicates among `raws` and the origin of every other article."""
    duplicate_of: dict[str, str] = {}
    seen: dict[str, str] = {}
    kept: list[RawArticle] = []
    for raw in raws:
        key = _fingerprint(raw.text)
        if key in seen:
            duplicate_of[raw.id] = seen[key]
        else:
            seen[key] = raw.id
            kept.append(raw)
    shingles = {r.id: _shingles(r.text) for r in kept}
    index: dict[int, list[str]] = defaultdict(list)
    for art, grams in shingles.items():
        for g in grams:
            index[g].append(art)
    # Shingles in nearly every article are boilerplate of the site or of the story's wording.
    limit = len(kept) if len(kept) < 5 else int(0.8 * len(kept))
    shared: Counter[tuple[str, str]] = Counter()
    for arts in index.values():
        if 2 <= len(arts) <= limit:
            for i, a in enumerate(arts):
                for b in arts[i + 1 :]:
                    shared[(a, b)] += 1
    order = {r.id: n for n, r in enumerate(kept)}
    parent = {r.id: r.id for r in kept}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), n in shared.items():
        smaller = min(len(shingles[a]), len(shingles[b]))
        if smaller and n / smaller >= SAME_ORIGIN:
            ra, rb = find(a), find(b)
            if ra != rb:
                first, second = sorted((ra, rb), key=order.__getitem__)
                parent[second] = first
    # Name each origin after its shortest member: reprints add to a wire story, not the reverse.
    members: dict[str, list[str]] = defaultdict(list)
    for r in kept:
        members[find(r.id)].append(r.id)
    origin = {}
    for group in members.values():
        core = min(group, key=lambda a: (len(shingles[a]), order[a]))
        origin.update(dict.fromkeys(group, core))
    return Origins(duplicate_of, origin)
