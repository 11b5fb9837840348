"""Deciding which claims of different articles state the same fact.

Claims are blocked by topic and by dimension (money totals, yearly money, durations, dates,
power…). Within a block, equal values that look alike are grouped first; groups with
conflicting values are then merged only on stronger evidence, because a false contradiction
costs a reader more than a missed one.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .calendar_words import SEASON_MONTHS
from .formatting import format_approx
from .models import Claim
from .textnorm import fold
from .vocabulary import canonical_terms

SAME_VALUE_THRESHOLD = 0.30
"""Similarity above which two claims with compatible values are taken to state one fact."""
SPECIFIC_SAME_VALUE_THRESHOLD = 0.15
"""The same, for amounts of money, power and energy, whose equality is itself evidence."""
DIFFERENT_VALUE_THRESHOLD = 0.50
"""Similarity above which two claims with conflicting values are taken to state one fact."""
MIN_CONTEXT_FOR_CONFLICT = 0.04
"""Conflicting values must share at least this much context (cosine of their word sets)."""
MUTUAL_BONUS = 0.25
"""Added when two claims are each other's closest match in their articles."""
MAX_RATIO = 30.0
"""Values further apart than this factor are never taken for two readings of one fact."""
DERIVED_WINDOW = 140
"""How far after a total (in characters, same sentence) a duration may stand to make a rate."""

COMPARED_KINDS = frozenset(
    {
        "money",
        "duration",
        "date",
        "power",
        "energy",
        "percentage",
        "count",
        "measure",
        "age",
        "ratio",
    }
)

SPECIFIC_ROLES = frozenset({"start", "end", "since"})
"""Date roles that say what a date is ("à partir de", "by", "since"): shared meaning."""


@dataclass
class Item:
    """A value to compare: one claim, or a rate derived from a total and a duration."""

    claims: list[Claim]
    article: str
    dim: str
    kind: str
    low: float | None
    high: float | None
    edtf: str | None
    display: str
    hedged: bool
    role: str
    topic: str | None
    subject: frozenset[str]
    context: frozenset[str]
    derived: bool = False
    uid: int = 0
    near: frozenset[str] = frozenset()
    """Every organisation named in the claim's sentence, a wider net than `subject`."""
    parties: frozenset[str] = frozenset()
    """The organisations the claim's article names most: who it speaks of when its sentence
    names no one."""

    @property
    def main(self) -> Claim:
        """The claim that states the value."""
        return self.claims[0]


_BASIS = (
    ("gross", re.compile(r"(?<![a-z])(?:bruts?|brutes?|gross|pre-tax|avant impots?)(?![a-z])")),
    ("net", re.compile(r"(?<![a-z])(?:nets?|nettes?|after tax|apres impots?)(?![a-z])")),
)
"""Words of an amount that say it is gross or net: the two are never one fact."""


def _basis(c: Claim) -> str:
    text = fold(c.text)
    return next((f":{name}" for name, rx in _BASIS if rx.search(text)), "")


def _dimension(c: Claim) -> str:
    if c.kind == "money":
        currency = (c.unit or "USD").split("/")[0]
        change = ":change" if c.sign else ""  # "a perdu 2 milliards" is no amount of a deal
        return f"money:{currency}:{c.period or 'total'}{_basis(c)}{change}"
    if c.kind == "count":
        return f"count:{c.unit}"
    if c.kind == "measure":
        return f"measure:{c.unit}"
    if c.kind == "percentage":
        # Percent and percentage points never compare; nor does a change with a level.
        return f"percentage:{c.unit or '%'}" + (":change" if c.sign else "")
    return c.kind


def item_of(c: Claim) -> Item:
    """Return the comparable item of a quantity or date claim."""
    return Item(
        claims=[c],
        article=c.article,
        dim=_dimension(c),
        kind=c.kind,
        low=c.low,
        high=(c.high if c.high is not None else math.inf) if c.low is not None else None,
        edtf=c.value if c.kind == "date" and isinstance(c.value, str) else None,
        display=c.display,
        hedged=c.hedged,
        role=c.role or "point",
        topic=c.topic,
        subject=frozenset(c.subject),
        context=canonical_terms(c.context)
        | (
            frozenset({f"~{c.role}"})
            if c.kind == "date" and c.role in SPECIFIC_ROLES
            else frozenset()
        ),
    )


def derived_rates(claims: list[Claim]) -> list[Item]:
    """Return yearly rates implied by a total and a duration in the same sentence."""
    out = []
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.article, c.sentence_start)].append(c)
    for group in by_sentence.values():
        # Only a total over a duration makes a rate: money raised "so far" is not a total.
        totals = [c for c in group if c.kind == "money" and c.role == "total"]
        durations = [c for c in group if c.kind == "duration"]
        for t in totals:
            after = [
                d
                for d in durations
                if t.end <= d.start <= t.end + DERIVED_WINDOW
                and not any(o is not t and t.end <= o.start < d.start for o in totals)
            ]
            if not after or t.low is None:
                continue
            d = after[0]
            if d.low is None or d.low <= 0:
                continue
            d_high = d.high if d.high is not None else math.inf
            t_high = t.high if t.high is not None else math.inf
            low = t.low / d_high if not math.isinf(d_high) else 0.0
            high = t_high / d.low
            currency = (t.unit or "USD").split("/")[0]
            unit = f"{currency}/year"
            approx = "around" if (t.approximate or d.approximate) else None
            point = float(t.value) / float(d.value) if t.value and d.value else low
            shown = format_approx("money", point, unit, approx)
            item = item_of(t)
            item.claims = [t, d]
            item.dim = f"money:{currency}:year"
            item.low, item.high = low, high
            item.display = f"{shown} ({t.display} over {d.display})"
            item.hedged = t.hedged
            item.derived = True
            item.role = "rate"
            out.append(item)
    return out


def compatible(a: Item, b: Item) -> bool:
    """Return whether two values can both be true: overlapping intervals or nested dates."""
    if a.kind == "date" and a.edtf and b.edtf:
        return dates_overlap(a.edtf, b.edtf)
    if a.low is None or b.low is None or a.high is None or b.high is None:
        return True
    tol = 0.01 * max(abs(a.low), abs(b.low), 1e-9)
    return a.low <= b.high + tol and b.low <= a.high + tol


_PART_MONTHS = {
    # A season starts about the 21st, so it may reach into the month after its last whole one.
    **{str(code): (first, last + 1) for code, (first, last) in SEASON_MONTHS.items()},
    "24": (1, 12),
    **{str(33 + i): (1 + 3 * i, 3 + 3 * i) for i in range(4)},
    "40": (1, 6),
    "41": (7, 12),
}
"""Months an EDTF season (21-24; winter straddles two years, so any month), quarter (33-36) or
half (40, 41) may cover."""


_YEAR_KEYS = 13 * 32
"""A day of the year is keyed month * 32 + day, below this; a day is then year * this + key."""
_WHOLE_YEAR = (1 * 32, 12 * 32 + 31)


@lru_cache(maxsize=4096)
def edtf_span(v: str) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    """Return the time an EDTF date may cover: as (first, last) days keyed year * 416 + month
    * 32 + day when its year is written (None otherwise), and as days of the year (month * 32 +
    day bounds, the whole year when it spans several): "2025-41" is July to December 2025,
    "199X" 1990 to 1999, "XXXX-05-14" 14 May of some year, "2024-12-30/2025-01-05" a week."""
    if "/" in v:
        first, _, last = v.partition("/")
        (fa, da), (fb, db) = edtf_span(first), edtf_span(last)
        known = (fa[0], fb[1]) if fa is not None and fb is not None else None
        same_year = known is not None and known[0] // _YEAR_KEYS == known[1] // _YEAR_KEYS
        return known, ((da[0], db[1]) if same_year else _WHOLE_YEAR)
    head, _, rest = v.partition("-")
    years: tuple[int, int] | None = None
    if head.isdigit():
        years = (int(head), int(head))
    elif head[:3].isdigit() and head.endswith("X"):
        years = (int(head.replace("X", "0")), int(head.replace("X", "9")))
    days = _WHOLE_YEAR
    if rest and not (years is not None and years[0] != years[1]):
        month, _, day = rest.partition("-")
        if month in _PART_MONTHS:
            first_month, last_month = _PART_MONTHS[month]
            days = (first_month * 32, last_month * 32 + 31)
        elif month.isdigit() and day.isdigit():
            days = (int(month) * 32 + int(day), int(month) * 32 + int(day))
        elif month.isdigit():
            days = (int(month) * 32, int(month) * 32 + 31)
    if years is None:
        return None, days
    if years[0] != years[1]:
        days = _WHOLE_YEAR
    return (years[0] * _YEAR_KEYS + days[0], years[1] * _YEAR_KEYS + days[1]), days


def dates_overlap(a: str, b: str) -> bool:
    """Return whether two EDTF dates can name the same time: what they cover overlaps, in time
    when both write a year, else in the days of the year ("2025" holds "2025-05-14",
    "2025-41" does not)."""
    ka, da = edtf_span(a)
    kb, db = edtf_span(b)
    if ka is not None and kb is not None:
        return ka[0] <= kb[1] and kb[0] <= ka[1]
    return da[0] <= db[1] and db[0] <= da[1]


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the parties two claims name that both name."""
    return len(a & b) / len(a | b) if a or b else 0.0


def _cosine(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine of two word sets: a short context is not a match for everything."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _uncovered(names: frozenset[str], others: frozenset[str]) -> set[str]:
    # "microsoftazure" is covered by "microsoft": a product, or a longer form, of a named party.
    return {n for n in names if not any(n.startswith(o) or o.startswith(n) for o in others)}


def _names_conflict(a: Item, b: Item) -> bool:
    """Each item names a party that the other's sentence does not: a Broadcom chip deal is
    not the Oracle contract. A claim whose sentence names no one speaks of its article's
    main parties."""
    sa, sb = a.subject or a.parties, b.subject or b.parties
    # The article's parties stand in for a sentence that names no one, never widen one that does.
    na = a.near if a.subject else a.near | a.parties
    nb = b.near if b.subject else b.near | b.parties
    return bool(sa and sb and _uncovered(sa, nb) and _uncovered(sb, na))


def _value_key(it: Item) -> tuple[object, ...]:
    """Everything `compatible` and `comparable` read of an item: items with the same key give
    the same answers."""
    value = it.main.value
    return (
        it.kind,
        it.edtf,
        it.low,
        it.high,
        it.derived,
        value if isinstance(value, float) else None,
    )


def comparable(a: Item, b: Item) -> bool:
    """Return whether two values can be set against each other at all ("January" of an
    unnamed year cannot be against "2027")."""
    if a.kind == "date" and a.edtf and b.edtf:
        return (edtf_span(a.edtf)[0] is None) == (edtf_span(b.edtf)[0] is None)
    va, vb = a.main.value, b.main.value
    if not a.derived and not b.derived and isinstance(va, float) and isinstance(vb, float):
        small, big = sorted((abs(va), abs(vb)))
        if small > 0 and big / small > MAX_RATIO:
            return False  # "$62" a share and "$28bn" are not two readings of one figure
    return True


def similarity(a: Item, b: Item) -> float | None:
    """Return how likely two items from different articles state the same fact (0-1), or None
    when they cannot: different topics, roles, or each names a party the other does not.
    `cluster_items` adds MUTUAL_BONUS when the two are each other's closest match."""
    if a.topic != b.topic or not comparable(a, b):
        return None
    if a.role != b.role and "point" not in {a.role, b.role}:
        return None
    if _names_conflict(a, b):
        return None
    names = _jaccard(a.subject, b.subject) if a.subject and b.subject else 0.3
    context = _cosine(a.context, b.context)
    score = 0.45 * context + 0.3 * names
    if a.role == b.role and a.role not in {"point", "total", "rate"}:
        score += 0.1  # "à partir de 2027" and "starting in 2028" name the same kind of date
    return min(score, 1.0)


def idf(sets: list[frozenset[str]]) -> dict[str, float]:
    """Return the inverse document frequency of each term over `sets`."""
    df: Counter[str] = Counter()
    for s in sets:
        df.update(s)
    n = max(1, len(sets))
    return {t: math.log(1 + n / c) for t, c in df.items()}


def _same_threshold(item: Item) -> float:
    # Two sources giving the same amount of money or power in one topic rarely do so by chance;
    # the same small count, share or year is common, so it needs more in common.
    if item.kind in {"money", "power", "energy"} and not item.derived:
        return SPECIFIC_SAME_VALUE_THRESHOLD
    return SAME_VALUE_THRESHOLD


def bundle(items: list[Item]) -> list[Item]:
    """Fold the items of one article that repeat one value (a title, then the body) into one,
    whose words and names are those of all its mentions."""
    out: dict[tuple[str, str, bool, str], Item] = {}
    for it in items:
        key = (it.article, it.role, it.derived, it.edtf or it.display)
        if key not in out:
            out[key] = it
            continue
        b = out[key]
        b.claims = b.claims + it.claims
        b.context |= it.context
        b.subject |= it.subject
        b.near |= it.near
        b.hedged = b.hedged and it.hedged
    return list(out.values())


BLOCK_PREFIX = 6
"""Names are blocked on their first letters, so that "microsoft" meets "microsoftazure"."""


def candidate_pairs(items: list[Item]) -> set[tuple[int, int]]:
    """Return the pairs (of uids) worth scoring: items that share a party (by the first
    letters of its name). Two items that name no common party would be a name conflict
    anyway; an item that names no one at all (nor does its article) is paired with every
    other."""
    buckets: dict[str, list[Item]] = defaultdict(list)
    nameless: list[Item] = []
    for it in items:
        keys = {k[:BLOCK_PREFIX] for k in it.subject | it.near | it.parties}
        if not keys:
            nameless.append(it)
        for k in keys:
            buckets[k].append(it)
    pairs: set[tuple[int, int]] = set()

    def add(a: Item, b: Item) -> None:
        if a.uid != b.uid:
            pairs.add((min(a.uid, b.uid), max(a.uid, b.uid)))

    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                add(a, b)
    for a in nameless:
        for b in items:
            add(a, b)
    return pairs


def cluster_items(items: list[Item]) -> list[list[Item]]:
    """Group the items of one topic and dimension into facts.

    First, equal values that look alike are linked (two sources giving "$300bn" in the same
    topic probably speak of one thing). Then groups with conflicting values are merged only
    when, on average, their members look alike strongly enough and no article gives both values.
    """
    by_article: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_article[it.article].append(it)

    by_uid = {it.uid: it for it in items}
    base: dict[tuple[int, int], float | None] = {}
    for ua, ub in sorted(candidate_pairs(items)):
        a, b = by_uid[ua], by_uid[ub]
        if a.article != b.article:
            base[(a.uid, b.uid)] = base[(b.uid, a.uid)] = similarity(a, b)
    # Mutual best match: a is, of all that a's article says in this dimension, what looks most
    # like b, and the other way round. Then the two are likely the same fact.
    closest: dict[tuple[int, str], float] = {}
    for (ua, ub), s in base.items():
        if s is not None:
            key = (ua, by_uid[ub].article)
            closest[key] = max(closest.get(key, 0.0), s)
    score: dict[tuple[int, int], float | None] = {}
    for (ua, ub), s in base.items():
        if s is None:
            score[(ua, ub)] = None
            continue
        a, b = by_uid[ua], by_uid[ub]
        mutual = s >= closest[(ua, b.article)] and s >= closest[(ub, a.article)]
        score[(ua, ub)] = min(1.0, s + (MUTUAL_BONUS if mutual else 0.0))

    # Stage 1: agreeing values; a group only takes values compatible with all its members, so
    # an interval such as "up to $30bn" cannot chain "$28bn" to "$1.2bn".
    clusters: list[list[Item]] = [[it] for it in items]
    where = {it.uid: n for n, it in enumerate(items)}
    candidates = sorted(
        (s, a.uid, b.uid)
        for (ua, ub), s in score.items()
        if ua < ub and s is not None
        for a, b in [(by_uid[ua], by_uid[ub])]
        if s >= _same_threshold(a) and compatible(a, b)
    )
    for _s, ua, ub in reversed(candidates):
        ca, cb = where[ua], where[ub]
        if ca == cb:
            continue
        if all(compatible(x, y) and comparable(x, y) for x in clusters[ca] for y in clusters[cb]):
            for it in clusters[cb]:
                where[it.uid] = ca
            clusters[ca] = clusters[ca] + clusters[cb]
            clusters[cb] = []
    clusters = [c for c in clusters if c]

    # Stage 2: conflicting values about the same fact.
    # Which items of each article state a value compatible with a group: a source that gives
    # both values ("€2.5bn invested, €500m of it from the state") shows they are two facts.
    # Whether two items are compatible and comparable depends on their values alone, and a big
    # story repeats a few values many times: each distinct value is tested once per group.
    value_of = {it.uid: _value_key(it) for it in items}

    def stating(group: list[Item]) -> dict[str, set[int]]:
        out: dict[str, set[int]] = defaultdict(set)
        values = list({value_of[x.uid]: x for x in group}.values())
        answers: dict[tuple[object, ...], bool] = {}
        for article, its in by_article.items():
            for i in its:
                key = value_of[i.uid]
                found = answers.get(key)
                if found is None:
                    found = answers[key] = any(
                        compatible(i, x) and comparable(i, x) for x in values
                    )
                if found:
                    out[article].add(i.uid)
        return out

    def stated_together(a: dict[str, set[int]], b: dict[str, set[int]]) -> bool:
        return any(len(a[article] | b[article]) > 1 for article in a.keys() & b.keys())

    def link(n: int, m: int) -> float | None:
        a, b = clusters[n], clusters[m]
        scores, contexts = [], []
        for x in a:
            for y in b:
                s = score.get((x.uid, y.uid))
                if s is None or compatible(x, y) or x.role != y.role:
                    return None
                scores.append(s)
                contexts.append(_cosine(x.context, y.context))
        if sum(contexts) / len(contexts) < MIN_CONTEXT_FOR_CONFLICT:
            return None
        # Last, as the dearest test: it scans every article's items.
        if stated_together(state(n), state(m)):
            return None
        return sum(scores) / len(scores)

    states: dict[int, dict[str, set[int]]] = {}

    def state(n: int) -> dict[str, set[int]]:
        if n not in states:
            states[n] = stating(clusters[n])
        return states[n]

    # Only groups that some scored pair of conflicting items connects can ever be linked.
    cluster_of = {it.uid: n for n, c in enumerate(clusters) for it in c}
    neighbours: dict[int, set[int]] = defaultdict(set)
    for (ua, ub), s in score.items():
        if s is not None and ua < ub and not compatible(by_uid[ua], by_uid[ub]):
            ca, cb = cluster_of[ua], cluster_of[ub]
            if ca != cb:
                neighbours[ca].add(cb)
                neighbours[cb].add(ca)
    alive = set(range(len(clusters)))
    links: dict[tuple[int, int], float] = {}

    def consider(n: int, m: int) -> None:
        pair = (min(n, m), max(n, m))
        if (s := link(*pair)) is not None and s >= DIFFERENT_VALUE_THRESHOLD:
            links[pair] = s

    for n, others in neighbours.items():
        for m in others:
            if n < m:
                consider(n, m)
    while links:
        (n, m), _s = max(links.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
        clusters[n] = clusters[n] + clusters[m]
        merged = {a: state(n).get(a, set()) | state(m).get(a, set()) for a in state(n) | state(m)}
        states[n] = merged
        alive.discard(m)
        neighbours[n] = (neighbours[n] | neighbours.pop(m, set())) - {n, m}
        for o in neighbours[n]:
            neighbours[o].discard(m)
            neighbours[o].add(n)
        links = {k: v for k, v in links.items() if n not in k and m not in k}
        for o in neighbours[n]:
            if o in alive:
                consider(n, o)
    return [clusters[n] for n in sorted(alive)]


def value_groups(cluster: list[Item]) -> list[list[Item]]:
    """Split a fact's items into groups of mutually compatible values."""
    groups: list[list[Item]] = []
    for it in sorted(cluster, key=lambda i: (i.derived, i.main.start)):
        for g in groups:
            if all(compatible(it, o) for o in g):
                g.append(it)
                break
        else:
            groups.append([it])
    return groups
