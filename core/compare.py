"""Comparing claims across articles: which are about the same thing, and whether they agree.

Claims are first blocked by topic and by dimension (money totals, yearly money, durations,
dates, power…), then grouped with a complete-linkage rule: two claims join only if every pair
across the group is compatible. Different values need stronger evidence of being about the same
thing than equal values do, because a false contradiction costs a reader more than a missed one.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .formatting import format_approx
from .models import Claim, Finding, FindingValue
from .vocabulary import canonical_terms

SAME_VALUE_THRESHOLD = 0.30
"""Similarity above which two claims with compatible values are taken to state one fact."""
SPECIFIC_SAME_VALUE_THRESHOLD = 0.15
"""The same, for amounts of money, power and energy, whose equality is itself evidence."""
DIFFERENT_VALUE_THRESHOLD = 0.50
"""Similarity above which two claims with conflicting values are taken to state one fact."""
MIN_CONTEXT_FOR_CONFLICT = 0.04
"""Conflicting values must share at least this much context (weighted cosine of words)."""
MUTUAL_BONUS = 0.25
"""Added when two claims are each other's closest match in their articles."""
MAX_RATIO = 30.0
"""Values further apart than this factor are never taken for two readings of one fact."""
DERIVED_WINDOW = 140
"""How far after a total (in characters, same sentence) a duration may stand to make a rate."""

_COMPARED_KINDS = frozenset({"money", "duration", "date", "power", "energy", "percentage", "count"})

_SPECIFIC_ROLES = frozenset({"start", "end", "since"})
"""Date roles that say what a date is ("à partir de", "by", "since"): shared meaning."""

_LABELS = {
    "money:total": "Amount",
    "money:to-date": "Amount so far",
    "money:year": "Yearly amount",
    "money:month": "Monthly amount",
    "duration": "Duration",
    "date:start": "Start date",
    "date:end": "End date or deadline",
    "date:since": "Since",
    "date:after": "After",
    "date:before": "Before",
    "date:point": "Date",
    "power": "Power",
    "energy": "Energy",
    "percentage": "Share",
}


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

    @property
    def main(self) -> Claim:
        """The claim that states the value."""
        return self.claims[0]


def _dimension(c: Claim) -> str:
    if c.kind == "money":
        currency = (c.unit or "USD").split("/")[0]
        return f"money:{currency}:{c.period or 'total'}"
    if c.kind == "count":
        return f"count:{c.unit}"
    return c.kind


def _item(c: Claim) -> Item:
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
            if c.kind == "date" and c.role in _SPECIFIC_ROLES
            else frozenset()
        ),
    )


def _derived_rates(claims: list[Claim]) -> list[Item]:
    """Return yearly rates implied by a total and a duration in the same sentence."""
    out = []
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.article, c.sentence_start)].append(c)
    for group in by_sentence.values():
        totals = [c for c in group if c.kind == "money" and c.period is None]
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
            item = _item(t)
            item.claims = [t, d]
            item.dim = f"money:{currency}:year"
            item.low, item.high = low, high
            item.display = f"{shown} ({t.display} over {d.display})"
            item.hedged = t.hedged
            item.derived = True
            item.role = "rate"
            out.append(item)
    return out


def _edtf_parts(v: str) -> tuple[int | None, str | None]:
    head, _, rest = v.partition("-")
    year = int(head) if head.isdigit() else None
    return year, rest or None


def compatible(a: Item, b: Item) -> bool:
    """Return whether two values can both be true: overlapping intervals or nested dates."""
    if a.kind == "date" and a.edtf and b.edtf:
        ya, sa = _edtf_parts(a.edtf)
        yb, sb = _edtf_parts(b.edtf)
        if ya is not None and yb is not None and ya != yb:
            return False
        if sa and sb and len(sa) == len(sb) == 2 and sa[:1] != "2" and sb[:1] != "2":
            return sa == sb  # two months of the same year
        return True
    if a.low is None or b.low is None or a.high is None or b.high is None:
        return True
    tol = 0.01 * max(abs(a.low), abs(b.low), 1e-9)
    return a.low <= b.high + tol and b.low <= a.high + tol


@dataclass
class _Weights:
    term_idf: dict[str, float] = field(default_factory=dict)
    name_idf: dict[str, float] = field(default_factory=dict)


def _overlap(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """Weighted overlap of the smaller set: 1 when one set holds the other (names)."""
    if not a or not b:
        return 0.0
    shared = sum(idf.get(t, 1.0) for t in a & b)
    smaller = min(sum(idf.get(t, 1.0) for t in a), sum(idf.get(t, 1.0) for t in b))
    return shared / smaller if smaller else 0.0


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the parties two claims name that both name."""
    return len(a & b) / len(a | b) if a or b else 0.0


def _cosine(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """Weighted cosine of two word sets: a short context is not a match for everything."""
    if not a or not b:
        return 0.0
    shared = sum(idf.get(t, 1.0) ** 2 for t in a & b)
    norm_a = math.sqrt(sum(idf.get(t, 1.0) ** 2 for t in a))
    norm_b = math.sqrt(sum(idf.get(t, 1.0) ** 2 for t in b))
    return shared / (norm_a * norm_b) if norm_a and norm_b else 0.0


def _uncovered(names: frozenset[str], others: frozenset[str]) -> set[str]:
    # "microsoftazure" is covered by "microsoft": a product, or a longer form, of a named party.
    return {n for n in names if not any(n.startswith(o) or o.startswith(n) for o in others)}


def _names_conflict(a: Item, b: Item) -> bool:
    """Each item names a party that the other's sentence does not: a Broadcom chip deal is
    not the Oracle contract."""
    return bool(
        a.subject and b.subject and _uncovered(a.subject, b.near) and _uncovered(b.subject, a.near)
    )


def comparable(a: Item, b: Item) -> bool:
    """Return whether two values can be set against each other at all ("January" of an
    unnamed year cannot be against "2027")."""
    if a.kind == "date" and a.edtf and b.edtf:
        return (_edtf_parts(a.edtf)[0] is None) == (_edtf_parts(b.edtf)[0] is None)
    va, vb = a.main.value, b.main.value
    if not a.derived and not b.derived and isinstance(va, float) and isinstance(vb, float):
        small, big = sorted((abs(va), abs(vb)))
        if small > 0 and big / small > MAX_RATIO:
            return False  # "$62" a share and "$28bn" are not two readings of one figure
    return True


def similarity(a: Item, b: Item, w: _Weights, unique: bool) -> float | None:
    """Return how likely two items from different articles state the same fact (0-1), or None
    when they cannot: different topics, roles, or each names a party the other does not."""
    if a.topic != b.topic or not comparable(a, b):
        return None
    if a.role != b.role and "point" not in {a.role, b.role}:
        return None
    if _names_conflict(a, b):
        return None
    names = _jaccard(a.subject, b.subject) if a.subject and b.subject else 0.3
    context = _cosine(a.context, b.context, {})
    score = 0.45 * context + 0.3 * names + (MUTUAL_BONUS if unique else 0.0)
    if a.role == b.role and a.role not in {"point", "total", "rate"}:
        score += 0.1  # "à partir de 2027" and "starting in 2028" name the same kind of date
    return min(score, 1.0)


def _idf(sets: list[frozenset[str]]) -> dict[str, float]:
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


def _bundle(items: list[Item]) -> list[Item]:
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


def _cluster(items: list[Item], w: _Weights) -> list[list[Item]]:
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
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if a.article != b.article:
                base[(a.uid, b.uid)] = base[(b.uid, a.uid)] = similarity(a, b, w, False)
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
    def stated_together(a: list[Item], b: list[Item]) -> bool:
        # A source that gives both values ("€2.5bn invested, €500m of it from the state")
        # shows they are two facts, for every source.
        for its in by_article.values():
            in_a = [i for i in its if any(compatible(i, x) and comparable(i, x) for x in a)]
            in_b = [i for i in its if any(compatible(i, y) and comparable(i, y) for y in b)]
            if any(i is not j for i in in_a for j in in_b):
                return True
        return False

    def link(a: list[Item], b: list[Item]) -> float | None:
        if stated_together(a, b):
            return None
        scores, contexts = [], []
        for x in a:
            for y in b:
                s = score.get((x.uid, y.uid))
                if s is None or compatible(x, y) or x.role != y.role:
                    return None
                scores.append(s)
                contexts.append(_cosine(x.context, y.context, {}))
        if sum(contexts) / len(contexts) < MIN_CONTEXT_FOR_CONFLICT:
            return None
        return sum(scores) / len(scores)

    while True:
        best: tuple[float, int, int] | None = None
        for i, group in enumerate(clusters):
            for j in range(i + 1, len(clusters)):
                s = link(group, clusters[j])
                if (
                    s is not None
                    and s >= DIFFERENT_VALUE_THRESHOLD
                    and (best is None or s > best[0])
                ):
                    best = (s, i, j)
        if best is None:
            return clusters
        _s, i, j = best
        clusters[i] = clusters[i] + clusters[j]
        del clusters[j]


def _label(item: Item) -> str:
    """Name what an item's value measures: "Start date", "Yearly amount", "Number of staff"."""
    dim, role, kind = item.dim, item.role, item.kind
    if kind == "count":
        return f"Number of {item.main.display.split(' ', 1)[-1]}"
    if kind == "money":
        key = "to-date" if role == "to-date" else dim.rsplit(":", 1)[-1]
        if role == "unit-price":
            return f"Price per {key}"
        return _LABELS.get(f"money:{key}", "Amount")
    if kind == "date":
        return _LABELS.get(f"date:{role}", "Date")
    return _LABELS.get(kind, kind.capitalize())


def _value_groups(cluster: list[Item]) -> list[list[Item]]:
    groups: list[list[Item]] = []
    for it in sorted(cluster, key=lambda i: (i.derived, i.main.start)):
        for g in groups:
            if all(compatible(it, o) for o in g):
                g.append(it)
                break
        else:
            groups.append([it])
    return groups


def _plural(n: int) -> str:
    return f"{n} source" + ("s" if n != 1 else "")


def _finding_value(group: list[Item]) -> FindingValue:
    arts = sorted({i.article for i in group})
    hedged = sorted(a for a in arts if all(i.hedged for i in group if i.article == a))
    direct = [i for i in group if not i.derived]
    shown = (direct or group)[0].display
    return FindingValue(
        display=shown,
        articles=arts,
        claims=_unique_ids(c.id for i in group for c in i.claims),
        hedged=hedged,
    )


def _unique_ids(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _subject_names(cluster: list[Item], display: dict[str, str], name_idf: dict[str, float]) -> str:
    counts: Counter[str] = Counter()
    for it in cluster:
        counts.update(it.subject)
    need = max(1, math.ceil(len(cluster) / 2))
    common = [k for k, n in counts.items() if n >= need]
    common.sort(key=lambda k: (-name_idf.get(k, 0.0), k))
    return ", ".join(display.get(k, k) for k in common[:2])


@dataclass
class _Draft:
    kind: str
    topic: str | None
    subject: str
    summary: str
    rule: str
    explanation: str
    claims: list[str]
    values: list[FindingValue]
    order: tuple[int, ...]


def compare(
    claims: list[Claim], display: dict[str, str], block_by_topic: bool = True
) -> list[Finding]:
    """Return the findings for a corpus's claims: agreements, contradictions, single-source.

    With `block_by_topic`, only claims of the same topic are compared (the user's topics);
    otherwise topics only label the findings (derived topics are too rough to block on).
    """
    quantity = [c for c in claims if c.kind in _COMPARED_KINDS]
    items = [_item(c) for c in quantity] + _derived_rates(quantity)
    in_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "organisation" and isinstance(c.value, str):
            in_sentence[(c.article, c.sentence_start)].add(c.value)
    for n, it in enumerate(items):
        it.uid = n
        if not block_by_topic:
            it.topic = None
        it.near = frozenset(in_sentence[(it.article, it.main.sentence_start)]) | it.subject
    w = _Weights(
        term_idf=_idf([it.context for it in items]),
        name_idf=_idf([it.subject for it in items]),
    )
    blocks: dict[tuple[str | None, str], list[Item]] = defaultdict(list)
    for it in items:
        blocks[(it.topic, it.dim)].append(it)
    drafts: list[_Draft] = []
    certainty: list[list[Item]] = []
    singles: dict[tuple[str, str, str, str], list[Item]] = {}
    for (_topic, dim), block in sorted(blocks.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        for cluster in _cluster(_bundle(block), w):
            if all(i.derived for i in cluster):
                continue
            if len({i.article for i in cluster}) == 1:
                # One article repeating a value (title, then body) is one single-source fact.
                h = cluster[0]
                singles.setdefault((h.article, dim, h.role, h.display), []).extend(cluster)
                continue
            drafts.extend(_judge(_topic_of(cluster), dim, cluster, display, w))
            if not any(i.derived for i in cluster):
                majority = max(_value_groups(cluster), key=lambda g: len({i.article for i in g}))
                if len({i.article for i in majority}) >= 2:
                    certainty.append(majority)
    for (_article, dim, _role, _shown), cluster in singles.items():
        drafts.extend(_judge(_topic_of(cluster), dim, cluster, display, w))
    drafts.extend(_certainty_findings(certainty, display, w))
    drafts.extend(_response_findings(claims, display))
    rank = {"contradiction": 0, "agreement": 1, "single-source": 2}
    drafts.sort(key=lambda d: (rank[d.kind], *d.order))
    return [
        Finding(
            id=f"f{n}",
            kind=d.kind,  # type: ignore[arg-type]
            topic=d.topic,
            subject=d.subject,
            summary=d.summary,
            rule=d.rule,
            explanation=d.explanation,
            claims=d.claims,
            values=d.values,
        )
        for n, d in enumerate(drafts, 1)
    ]


def _topic_of(items: list[Item]) -> str | None:
    """The topic most of the items' claims belong to."""
    topics = Counter(c.topic for it in items for c in it.claims if c.topic)
    return topics.most_common(1)[0][0] if topics else None


def _first_position(cluster: list[Item]) -> tuple[int, ...]:
    first = min(cluster, key=lambda i: (i.article, i.main.start))
    return (-len({i.article for i in cluster}), 0, first.main.start)


def _judge(
    topic: str | None, dim: str, cluster: list[Item], display: dict[str, str], w: _Weights
) -> list[_Draft]:
    head = cluster[0]
    label = _label(head)
    who = _subject_names(cluster, display, w.name_idf)
    subject = f"{label} ({who})" if who else label
    articles = {i.article for i in cluster}
    groups = _value_groups(cluster)
    values = [_finding_value(g) for g in groups]
    claim_ids = _unique_ids(c.id for i in cluster for c in i.claims)
    order = _first_position(cluster)
    if len(articles) == 1:
        if any(i.derived for i in cluster):
            return []
        return [
            _Draft(
                "single-source",
                topic,
                subject,
                f"{subject}: {values[0].display}, only in {head.article}",
                "single-source",
                "No other source gives a value for this fact.",
                claim_ids,
                values,
                order,
            )
        ]
    if len(groups) == 1:
        if any(i.derived for i in cluster):
            return []  # a derived rate that agrees says nothing the total does not
        return [
            _Draft(
                "agreement",
                topic,
                subject,
                f"{subject}: {values[0].display} in {_plural(len(articles))}",
                "same-value",
                "The values match once normalised (units, scales, approximations as intervals).",
                claim_ids,
                values,
                order,
            )
        ]
    derived = any(i.derived for i in cluster)
    parts = sorted(values, key=lambda v: -len(v.articles))
    summary = f"{subject}: " + ", ".join(
        f"{v.display} in {len(v.articles)}" if n else f"{v.display} in {_plural(len(v.articles))}"
        for n, v in enumerate(parts)
    )
    if derived:
        explanation = (
            "A yearly amount stated by one source does not fit the total over a duration "
            "stated by another (total ÷ duration)."
        )
        rule = "rate-vs-total"
    else:
        explanation = "The sources give values for the same fact that cannot both be true."
        rule = "value-mismatch"
    return [
        _Draft(
            "contradiction",
            topic,
            subject,
            summary,
            rule,
            explanation,
            claim_ids,
            parts,
            order,
        )
    ]


def _certainty_findings(
    clusters: list[list[Item]], display: dict[str, str], w: _Weights
) -> list[_Draft]:
    """One source asserts what another reports in the conditional: merge the facts that share
    sentences (one hedged sentence often carries the amount, the duration and the date)."""
    diverging = []
    for cluster in clusters:
        in_cluster = {i.article for i in cluster}
        hedged_in = {a for a in in_cluster if all(i.hedged for i in cluster if i.article == a)}
        if hedged_in and hedged_in != in_cluster:
            diverging.append(cluster)
    parent = list(range(len(diverging)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sentence_owner: dict[tuple[str, int], int] = {}
    for n, cluster in enumerate(diverging):
        for it in cluster:
            key = (it.article, it.main.sentence_start)
            if key in sentence_owner:
                parent[find(n)] = find(sentence_owner[key])
            else:
                sentence_owner[key] = n
    components: dict[int, list[list[Item]]] = defaultdict(list)
    for n, cluster in enumerate(diverging):
        components[find(n)].append(cluster)
    drafts = []
    for group in components.values():
        everything = [i for c in group for i in c]
        arts = sorted({i.article for i in everything})
        hedged = sorted(a for a in arts if all(i.hedged for i in everything if i.article == a))
        asserted = [a for a in arts if a not in hedged]
        if not hedged or not asserted:
            continue
        labels = []
        for c in group:
            h = c[0]
            label = _label(h)
            labels.append(f"{label.lower()} {_value_groups(c)[0][0].display}")
        cues = sorted({i.main.cue for i in everything if i.main.cue and i.article in hedged})
        what = ", ".join(dict.fromkeys(labels))
        summary = (
            f"Stated as fact in {_plural(len(asserted))}, reported as unconfirmed in "
            f"{len(hedged)}: {what}"
        )
        values = [
            FindingValue(
                display="stated as fact",
                articles=asserted,
                claims=_unique_ids(
                    c.id for i in everything if i.article in asserted for c in i.claims
                ),
            ),
            FindingValue(
                display="hedged" + (f" ({', '.join(cues)})" if cues else ""),
                articles=hedged,
                claims=_unique_ids(
                    c.id for i in everything if i.article in hedged for c in i.claims
                ),
                hedged=hedged,
            ),
        ]
        drafts.append(
            _Draft(
                "contradiction",
                _topic_of(everything),
                "Certainty",
                summary,
                "certainty-divergence",
                "Some sources assert as done what others report in the conditional, as a "
                "rumour or as unconfirmed.",
                _unique_ids(c.id for i in everything for c in i.claims),
                values,
                (-len(arts), 0, min(i.main.start for i in everything)),
            )
        )
    return drafts


def _response_findings(claims: list[Claim], display: dict[str, str]) -> list[_Draft]:
    """How each party responded, across sources: a denial against a confirmation conflicts."""
    by_party: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "response" and c.subject:
            by_party[c.subject[0]].append(c)
    drafts = []
    for party, cs in sorted(by_party.items()):
        name = display.get(party, party)
        by_value: dict[str, list[Claim]] = defaultdict(list)
        for c in cs:
            by_value[str(c.value)].append(c)
        values = [
            FindingValue(
                display=v.replace("-", " "),
                articles=sorted({c.article for c in group}),
                claims=[c.id for c in group],
            )
            for v, group in sorted(by_value.items())
        ]
        arts = sorted({c.article for c in cs})
        subject = f"Response of {name}"
        ids = [c.id for c in cs]
        order = (-len(arts), 0, min(c.start for c in cs))
        if {"denied", "confirmed"} <= set(by_value):
            summary = f"{subject}: " + ", ".join(
                f"{v.display} in {_plural(len(v.articles))}" for v in values
            )
            drafts.append(
                _Draft(
                    "contradiction",
                    None,
                    subject,
                    summary,
                    "response-mismatch",
                    "One source reports a denial, another a confirmation.",
                    ids,
                    values,
                    order,
                )
            )
        elif len(arts) >= 2 and len(by_value) == 1:
            drafts.append(
                _Draft(
                    "agreement",
                    None,
                    subject,
                    f"{subject}: {values[0].display} in {_plural(len(arts))}",
                    "same-response",
                    "The sources report the same reaction.",
                    ids,
                    values,
                    order,
                )
            )
        elif len(arts) == 1:
            drafts.append(
                _Draft(
                    "single-source",
                    None,
                    subject,
                    f"{subject}: {values[0].display}, only in {arts[0]}",
                    "single-source",
                    "No other source reports how this party responded.",
                    ids,
                    values,
                    order,
                )
            )
    return drafts
