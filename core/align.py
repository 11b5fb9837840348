"""Aligning passages across articles within a topic, so that a reader sees them side by side."""

from __future__ import annotations

from collections import defaultdict
from itertools import islice

import numpy as np
from rapidfuzz import fuzz, process

from .models import AlignedRow, Claim, Finding, Topic, TopicPassage
from .textnorm import STOPWORDS, number_safe

LINK_THRESHOLD = 42.0
"""Minimum score (0-100) for two passages to share a row."""
_CLAIM_BONUS = 12.0
ROW_SAMPLE = 32
"""A passage is scored against at most this many cells of a row (the first placed): on a big
story a row holds a passage of most articles, and scoring against all of them made aligning
grow with the square of the articles."""


def _content(text: str) -> str:
    return " ".join(w for w in number_safe(text).split() if w not in STOPWORDS)


def _claim_keys(
    p: TopicPassage, claims_by_article: dict[str, list[Claim]], findings_of: dict[str, set[str]]
) -> set[str]:
    """What a passage states: its values, and the findings its claims take part in."""
    keys: set[str] = set()
    for c in claims_by_article.get(p.article, []):
        if p.start <= c.start < p.end and c.kind not in {"organisation", "attribution"}:
            keys.add(f"{c.kind}:{c.display}")
            keys.update(findings_of.get(c.id, ()))
    return keys


def _key(p: TopicPassage) -> tuple[str, int]:
    return (p.article, p.start)


def _distinct(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """The distinct texts, and for each text the index of its distinct copy."""
    index: dict[str, int] = {}
    positions = np.fromiter(
        (index.setdefault(t, len(index)) for t in texts), dtype=np.intp, count=len(texts)
    )
    return list(index), positions


def _scores(own: list[str], cells: list[str]) -> np.ndarray:
    """The word score of each of `own` against each of `cells`: a matrix of len(own) rows.

    Reprinted paragraphs recur across articles; each distinct pair of texts is scored once.
    """
    own_distinct, own_at = _distinct(own)
    cell_distinct, cell_at = _distinct(cells)
    matrix: np.ndarray = process.cdist(
        own_distinct, cell_distinct, scorer=fuzz.token_set_ratio, workers=-1
    )
    scores: np.ndarray = matrix[np.ix_(own_at, cell_at)]
    return scores


def align_topic(
    topic: Topic,
    article_ids: list[str],
    texts: dict[str, str],
    claims: list[Claim],
    findings: list[Finding] | None = None,
) -> list[AlignedRow]:
    """Return the rows of a topic: each row holds at most one passage per article.

    Passages are linked by their words (rapidfuzz on number-safe text) and by what they state:
    the same values, or claims that one finding compares (2027 against 2028).
    """
    findings_of: dict[str, set[str]] = defaultdict(set)
    for f in findings or []:
        if f.kind != "single-source":
            for cid in f.claims:
                findings_of[cid].add(f"finding:{f.id}")
    by_article: dict[str, list[TopicPassage]] = defaultdict(list)
    for p in topic.passages:
        by_article[p.article].append(p)
    if not by_article:
        return []
    claims_by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        claims_by_article[c.article].append(c)
    # Each passage's text and claim keys, computed once.
    content = {_key(p): _content(texts[p.article][p.start : p.end]) for p in topic.passages}
    keys_of = {_key(p): _claim_keys(p, claims_by_article, findings_of) for p in topic.passages}
    order = [a for a in article_ids if a in by_article]
    pivot = max(order, key=lambda a: len(by_article[a]))
    rows: list[dict[str, TopicPassage]] = [{pivot: p} for p in by_article[pivot]]
    scores: list[list[float]] = [[] for _ in rows]
    for art in order:
        if art == pivot:
            continue
        mine = by_article[art]
        # Each passage against every passage already placed; a row scores the mean over its
        # cells, so that a row holding many passages does not match everything.
        placed_cells = [
            (j, q) for j, row in enumerate(rows) for q in islice(row.values(), ROW_SAMPLE)
        ]
        own_texts = [content[_key(p)] for p in mine]
        cell_texts = [content[_key(q)] for _j, q in placed_cells]
        matrix = _scores(own_texts, cell_texts)
        # Per row: the mean of its cells' scores (numpy sums each row's cells in order), and
        # a bonus for the claim keys shared with its cells (only keyed cells can share any).
        row_of = np.fromiter((j for j, _q in placed_cells), dtype=np.intp, count=len(placed_cells))
        cells_per_row = np.bincount(row_of, minlength=len(rows))
        # Per claim key, how many cells of each row hold it.
        rows_with: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for j, q in placed_cells:
            for key in keys_of[_key(q)]:
                rows_with[key][j] += 1
        candidates = []
        for i, p in enumerate(mine):
            keys = keys_of[_key(p)]
            total = np.bincount(row_of, weights=matrix[i], minlength=len(rows)) / cells_per_row
            if keys:
                shared: dict[int, int] = defaultdict(int)
                for key in keys:
                    for j, count in rows_with.get(key, {}).items():
                        shared[j] += count
                for j, count in shared.items():
                    if count:
                        total[j] += _CLAIM_BONUS * min(count, 3)
            candidates += [
                (float(total[row]), i, int(row)) for row in np.flatnonzero(total >= LINK_THRESHOLD)
            ]
        placed: dict[int, int] = {}
        used_rows: set[int] = set()
        for score, i, j in sorted(candidates, reverse=True):
            if i in placed or j in used_rows:
                continue
            placed[i] = j
            used_rows.add(j)
            rows[j][art] = mine[i]
            scores[j].append(min(score, 100.0))
        # Unplaced passages get rows of their own, after the row of the article's previous one.
        last_row = -1
        for i, p in enumerate(mine):
            if i in placed:
                last_row = placed[i]
                continue
            last_row += 1
            rows.insert(last_row, {art: p})
            scores.insert(last_row, [])
            placed = {k: (v + 1 if v >= last_row else v) for k, v in placed.items()}
    return [
        AlignedRow(
            topic=topic.id,
            cells={a: row.get(a) for a in article_ids},
            score=round(sum(s) / len(s), 1) if s else 0.0,
        )
        for row, s in zip(rows, scores, strict=True)
    ]
