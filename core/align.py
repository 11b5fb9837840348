"""Aligning passages across articles within a topic, so that a reader sees them side by side."""

from __future__ import annotations

from collections import defaultdict
from itertools import chain

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


def _cdist(own: list[str], cells: list[str]) -> np.ndarray:
    matrix: np.ndarray = process.cdist(own, cells, scorer=fuzz.token_set_ratio, workers=-1)
    return matrix


class _Scores:
    """Word scores between the passage texts of one topic, each distinct pair scored once:
    reprinted paragraphs recur across articles. Texts are known by id; scores are kept while
    the topic has at most KEPT_TEXTS distinct texts, past that each call computes its own."""

    KEPT_TEXTS = 3_000

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.texts: list[str] = []
        self.kept = np.full((0, 0), np.nan, dtype=np.float32)

    def id_of(self, text: str) -> int:
        """The id of a text, the same for every copy of it."""
        found = self.ids.get(text)
        if found is None:
            found = self.ids[text] = len(self.texts)
            self.texts.append(text)
        return found

    def of(self, own: np.ndarray, cells: np.ndarray) -> np.ndarray:
        """The score of each text of `own` (ids) against each of `cells`: len(own) rows."""
        rows, own_at = np.unique(own, return_inverse=True)
        cols, cell_at = np.unique(cells, return_inverse=True)
        if len(self.texts) > self.KEPT_TEXTS:
            fresh = _cdist([self.texts[i] for i in rows], [self.texts[j] for j in cols])
            scores: np.ndarray = fresh[np.ix_(own_at, cell_at)]
            return scores
        self._grow(len(self.texts))
        missing = np.isnan(self.kept[np.ix_(rows, cols)])
        if missing.any():
            need_rows = rows[missing.any(axis=1)]
            need_cols = cols[missing.any(axis=0)]
            self.kept[np.ix_(need_rows, need_cols)] = _cdist(
                [self.texts[i] for i in need_rows], [self.texts[j] for j in need_cols]
            )
        found: np.ndarray = self.kept[np.ix_(own, cells)]
        return found

    def _grow(self, size: int) -> None:
        if size <= self.kept.shape[0]:
            return
        new_size = min(max(size, 2 * self.kept.shape[0], 64), self.KEPT_TEXTS)
        grown = np.full((new_size, new_size), np.nan, dtype=np.float32)
        old = self.kept.shape[0]
        grown[:old, :old] = self.kept
        self.kept = grown


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
    # Each passage's text (as the id of its distinct text) and claim keys, computed once.
    scores_of = _Scores()
    text_id = {
        _key(p): scores_of.id_of(_content(texts[p.article][p.start : p.end]))
        for p in topic.passages
    }
    keys_of = {_key(p): _claim_keys(p, claims_by_article, findings_of) for p in topic.passages}
    order = [a for a in article_ids if a in by_article]
    pivot = max(order, key=lambda a: len(by_article[a]))
    rows: list[dict[str, TopicPassage]] = [{pivot: p} for p in by_article[pivot]]
    scores: list[list[float]] = [[] for _ in rows]
    # Per row, what its first ROW_SAMPLE cells are scored by: their text ids and claim keys.
    row_ids: list[list[int]] = [[text_id[_key(p)]] for p in by_article[pivot]]
    # Rows by a number that stays theirs when rows are inserted before them; per claim key,
    # how many of each row's first cells hold it.
    row_uid: list[int] = list(range(len(rows)))
    rows_with: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for uid, p in enumerate(by_article[pivot]):
        for key in keys_of[_key(p)]:
            rows_with[key][uid] += 1
    for art in order:
        if art == pivot:
            continue
        mine = by_article[art]
        # Each passage against every passage already placed; a row scores the mean over its
        # cells, so that a row holding many passages does not match everything.
        cells_per_row = np.fromiter(map(len, row_ids), dtype=np.intp, count=len(row_ids))
        row_of = np.repeat(np.arange(len(rows), dtype=np.intp), cells_per_row)
        cell_ids = np.fromiter(chain.from_iterable(row_ids), dtype=np.intp, count=len(row_of))
        own_ids = np.fromiter((text_id[_key(p)] for p in mine), dtype=np.intp, count=len(mine))
        matrix = scores_of.of(own_ids, cell_ids)
        # Per row: the mean of its cells' scores (numpy sums each row's cells in order), and
        # a bonus for the claim keys shared with its cells (only keyed cells can share any).
        position = {uid: j for j, uid in enumerate(row_uid)}
        candidates = []
        for i, p in enumerate(mine):
            keys = keys_of[_key(p)]
            total = np.bincount(row_of, weights=matrix[i], minlength=len(rows)) / cells_per_row
            if keys:
                shared: dict[int, int] = defaultdict(int)
                for key in keys:
                    for uid, count in rows_with.get(key, {}).items():
                        shared[position[uid]] += count
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
            if len(row_ids[j]) < ROW_SAMPLE:
                row_ids[j].append(text_id[_key(mine[i])])
                for key in keys_of[_key(mine[i])]:
                    rows_with[key][row_uid[j]] += 1
        # Unplaced passages get rows of their own, after the row of the article's previous one.
        last_row = -1
        for i, p in enumerate(mine):
            if i in placed:
                last_row = placed[i]
                continue
            last_row += 1
            rows.insert(last_row, {art: p})
            scores.insert(last_row, [])
            row_ids.insert(last_row, [text_id[_key(p)]])
            row_uid.insert(last_row, len(row_uid))
            for key in keys_of[_key(p)]:
                rows_with[key][row_uid[last_row]] += 1
            placed = {k: (v + 1 if v >= last_row else v) for k, v in placed.items()}
    return [
        AlignedRow(
            topic=topic.id,
            cells={a: row.get(a) for a in article_ids},
            score=round(sum(s) / len(s), 1) if s else 0.0,
        )
        for row, s in zip(rows, scores, strict=True)
    ]
