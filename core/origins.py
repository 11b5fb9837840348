"""Telling independent sources from copies: the same file twice, or reprints of one wire story.

Two articles share an origin when most of the shorter one's word 5-grams (shingles) also occur
in the other. Shingles found in most articles (boilerplate) are ignored; candidate pairs come
from an inverted index of each article's rarest shingles (prefix filtering), so unrelated
articles are never compared and no pair count is kept.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .reading import RawArticle
from .textnorm import WORD_RE, fold, fold_text

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
    return hashlib.sha256(" ".join(fold_text(text).split()).encode()).hexdigest()


def _shingles(text: str) -> set[int]:
    tokens = [fold(w) for w in WORD_RE.findall(text)]
    return {hash(tuple(tokens[i : i + SHINGLE])) for i in range(max(0, len(tokens) - SHINGLE + 1))}


def _least_shared(smaller: int) -> int:
    """Return the fewest shared shingles that make one origin with an article of `smaller`."""
    need = max(1, math.ceil(SAME_ORIGIN * smaller))
    while need > 1 and (need - 1) / smaller >= SAME_ORIGIN:
        need -= 1
    while need / smaller < SAME_ORIGIN:
        need += 1
    return need


def _rows(
    ptr: NDArray[np.int64], flat: NDArray[np.int64], rows: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Return the concatenated rows `rows` of the CSR table (`ptr`, `flat`) and their lengths."""
    starts = ptr[rows]
    lengths = ptr[rows + 1] - starts
    total = int(lengths.sum())
    shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return flat[shift + np.arange(total, dtype=np.int64)], lengths


def find_origins(raws: list[RawArticle]) -> Origins:
    """Return the duplicates among `raws` and the origin of every other article.

    Two articles have one origin when the shingles they share (boilerplate left out) are at
    least SAME_ORIGIN of the smaller one's; origins are the groups this links. Pairs are found
    by prefix filtering, not by counting every pair that shares a shingle: an article can reach
    that share with a larger one only if the larger one holds one of its first
    `counted - needed + 1` shingles, taken rarest first. Those candidates, when not linked
    already, are checked exactly (their shared shingles counted), so the work grows with the
    articles and their rare shingles, not with every pair that shares a common phrase.
    """
    if len(raws) < 2:  # nothing to be a copy of
        return Origins({}, {r.id: r.id for r in raws})
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
    shingles = [_shingles(r.text) for r in kept]
    sizes = [len(s) for s in shingles]
    frequency: Counter[int] = Counter()
    for grams in shingles:
        frequency.update(grams)
    # Shingles in nearly every article are boilerplate of the site or of the story's wording.
    limit = len(kept) if len(kept) < 5 else int(0.8 * len(kept))
    # Counted shingles get dense ids, rarest first: an article's ids in order are its shingles
    # from the rarest.
    counted_grams = sorted((n, g) for g, n in frequency.items() if 2 <= n <= limit)
    dense = {g: i for i, (_n, g) in enumerate(counted_grams)}
    del counted_grams
    # Articles ranked smaller first (ties: first read first); a pair is looked at from its
    # smaller member, whose size is the share's denominator. Each one's counted shingles are
    # rows of one flat table.
    by_rank = sorted(range(len(kept)), key=lambda a: (sizes[a], a))
    rows = [sorted(dense[g] for g in shingles[art] if g in dense) for art in by_rank]
    del shingles
    art_ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    art_ptr[1:] = np.cumsum([len(r) for r in rows])
    art_ids = np.fromiter((g for r in rows for g in r), dtype=np.int64, count=int(art_ptr[-1]))
    # Postings: the ranks of the articles holding each shingle, in rank order.
    owner = np.repeat(np.arange(len(rows), dtype=np.int64), np.diff(art_ptr))
    post_ranks = owner[np.argsort(art_ids, kind="stable")]
    post_ptr = np.zeros(len(dense) + 1, dtype=np.int64)
    post_ptr[1:] = np.cumsum(np.bincount(art_ids, minlength=len(dense)))
    # The shingles of one reprinted paragraph are held by the same articles: each article walks
    # such a list once, through the first shingle that has it.
    first_with: dict[bytes, int] = {}
    walk = np.array(
        [
            first_with.setdefault(post_ranks[post_ptr[g] : post_ptr[g + 1]].tobytes(), g)
            for g in range(len(dense))
        ],
        dtype=np.int64,
    )
    del first_with
    label = np.arange(len(rows), dtype=np.int64)
    members: dict[int, list[int]] = {r: [r] for r in range(len(rows))}
    held = np.zeros(len(dense), dtype=bool)
    for rank in range(len(rows)):
        size = sizes[by_rank[rank]]
        counted = art_ids[art_ptr[rank] : art_ptr[rank + 1]]
        if not size or len(counted) < (need := _least_shared(size)):
            continue
        prefix = np.unique(walk[counted[: len(counted) - need + 1]])
        found, _lengths = _rows(post_ptr, post_ranks, prefix)
        found = found[found > rank]
        if not len(found):
            continue
        candidates = np.unique(found)
        candidates = candidates[label[candidates] != label[rank]]
        if not len(candidates):
            continue
        theirs, lengths = _rows(art_ptr, art_ids, candidates)
        held[counted] = True
        shared = np.add.reduceat(held[theirs], np.cumsum(lengths) - lengths)
        held[counted] = False
        for other in candidates[shared >= need].tolist():
            mine, other_label = int(label[rank]), int(label[other])
            if mine == other_label:
                continue
            big, small = sorted((mine, other_label), key=lambda k: -len(members[k]))
            label[members[small]] = big
            members[big].extend(members.pop(small))
    # Name each origin after its shortest member: reprints add to a wire story, not the reverse.
    origin = {}
    for group in members.values():
        arts = [by_rank[r] for r in group]
        core = min(arts, key=lambda a: (sizes[a], a))
        origin.update(dict.fromkeys((kept[a].id for a in arts), kept[core].id))
    return Origins(duplicate_of, origin)
