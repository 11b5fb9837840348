"""Turning groups of claims into findings: agreements, contradictions and single-source claims,
each with a one-line summary, the claims that support it and the rule that fired."""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .grouping import (
    COMPARED_KINDS,
    Item,
    bundle,
    cluster_items,
    derived_rates,
    idf,
    item_of,
    value_groups,
)
from .models import Claim, Finding, FindingValue

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
    "percentage:%:change": "Change",
    "percentage:pp": "Change in points",
    "percentage:pp:change": "Change in points",
    "measure:m": "Length",
    "measure:m2": "Area",
    "measure:kg": "Mass",
    "measure:m3": "Volume",
    "measure:m/s": "Speed",
    "measure:degC": "Temperature",
    "measure:magnitude": "Magnitude",
    "measure:storey": "Storeys",
    "age": "Age",
    "ratio": "Share",
}


def _label(item: Item) -> str:
    """Name what an item's value measures: "Start date", "Yearly amount", "Number of staff"."""
    dim, role, kind = item.dim, item.role, item.kind
    if kind == "count":
        return f"Number of {item.main.display.split(' ', 1)[-1]}"
    if kind == "money":
        parts = dim.split(":")
        key = "to-date" if role == "to-date" else parts[2]
        basis = f" ({parts[3]})" if len(parts) > 3 else ""
        if role == "unit-price":
            return f"Price per {key}{basis}"
        return _LABELS.get(f"money:{key}", "Amount") + basis
    if kind == "date":
        return _LABELS.get(f"date:{role}", "Date")
    return _LABELS.get(dim) or _LABELS.get(kind, kind.capitalize())


def _comparable(c: Claim) -> bool:
    """Whether a claim's value can be set against others.

    A relative date the article gives no date for ("lundi") has no value; one that names a
    whole year ("this year", "l'an prochain") holds every date of that year, and is too loose
    to judge a fact by.
    """
    if c.value is None:
        return False
    return not c.relative or (isinstance(c.value, str) and len(c.value) > len("2025"))


def _count(articles: Iterable[str], origin_of: dict[str, str]) -> str:
    """Return "3 sources", or "3 sources (2 independent)" when some reprint one wire story."""
    arts = set(articles)
    n = len(arts)
    text = f"{n} source" + ("s" if n != 1 else "")
    independent = len({origin_of.get(a, a) for a in arts})
    return f"{text} ({independent} independent)" if independent < n else text


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
    claims: list[Claim],
    display: dict[str, str],
    block_by_topic: bool = True,
    origin_of: dict[str, str] | None = None,
) -> list[Finding]:
    """Return the findings for a corpus's claims: agreements, contradictions, single-source.

    With `block_by_topic`, only claims of the same topic are compared (the user's topics);
    otherwise topics only label the findings (derived topics are too rough to block on).
    `origin_of` maps each article to the origin it reprints, so that counts say how many
    sources are independent.
    """
    origins = origin_of or {}
    quantity = [c for c in claims if c.kind in COMPARED_KINDS and _comparable(c)]
    items = [item_of(c) for c in quantity] + derived_rates(quantity)
    in_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    mentions: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        if c.kind == "organisation" and isinstance(c.value, str):
            in_sentence[(c.article, c.sentence_start)].add(c.value)
            mentions[c.article][c.value] += 1
    parties = {a: frozenset(k for k, _n in m.most_common(2)) for a, m in mentions.items()}
    for n, it in enumerate(items):
        it.uid = n
        it.parties = parties.get(it.article, frozenset())
        if not block_by_topic:
            it.topic = None
        it.near = frozenset(in_sentence[(it.article, it.main.sentence_start)]) | it.subject
    name_idf = idf([it.subject for it in items])
    blocks: dict[tuple[str | None, str], list[Item]] = defaultdict(list)
    for it in items:
        blocks[(it.topic, it.dim)].append(it)
    drafts: list[_Draft] = []
    certainty: list[list[Item]] = []
    singles: dict[tuple[str, str, str, str], list[Item]] = {}
    for (_topic, dim), block in sorted(blocks.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        for cluster in cluster_items(bundle(block)):
            if all(i.derived for i in cluster):
                continue
            if len({i.article for i in cluster}) == 1:
                # One article repeating a value (title, then body) is one single-source fact.
                h = cluster[0]
                singles.setdefault((h.article, dim, h.role, h.display), []).extend(cluster)
                continue
            drafts.extend(_judge(_topic_of(cluster), cluster, display, name_idf, origins))
            if not any(i.derived for i in cluster):
                majority = max(value_groups(cluster), key=lambda g: len({i.article for i in g}))
                if len({i.article for i in majority}) >= 2:
                    certainty.append(majority)
    for (_article, _dim, _role, _shown), cluster in singles.items():
        drafts.extend(_judge(_topic_of(cluster), cluster, display, name_idf, origins))
    drafts.extend(_certainty_findings(certainty, display, origins))
    drafts.extend(_response_findings(claims, display, origins))
    by_id = {c.id: c for c in claims}
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
            key=_stable_key(d, by_id),
        )
        for n, d in enumerate(drafts, 1)
    ]


def _stable_key(draft: _Draft, by_id: dict[str, Claim]) -> str:
    """A key that stays the same while the claims a finding rests on do (for review files)."""
    spans = sorted(f"{c.article}:{c.start}:{c.end}" for c in (by_id[i] for i in draft.claims))
    return hashlib.sha1("|".join([draft.rule, *spans]).encode()).hexdigest()[:16]


def _topic_of(items: list[Item]) -> str | None:
    """The topic most of the items' claims belong to."""
    topics = Counter(c.topic for it in items for c in it.claims if c.topic)
    return topics.most_common(1)[0][0] if topics else None


def _first_position(cluster: list[Item]) -> tuple[int, ...]:
    first = min(cluster, key=lambda i: (i.article, i.main.start))
    return (-len({i.article for i in cluster}), first.main.start)


def _judge(
    topic: str | None,
    cluster: list[Item],
    display: dict[str, str],
    name_idf: dict[str, float],
    origin_of: dict[str, str],
) -> list[_Draft]:
    head = cluster[0]
    label = _label(head)
    who = _subject_names(cluster, display, name_idf)
    subject = f"{label} ({who})" if who else label
    articles = {i.article for i in cluster}
    groups = value_groups(cluster)
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
                f"{subject}: {values[0].display} in {_count(articles, origin_of)}",
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
        f"{v.display} in {len(v.articles)}"
        if n
        else f"{v.display} in {_count(v.articles, origin_of)}"
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
    clusters: list[list[Item]], display: dict[str, str], origin_of: dict[str, str]
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
            labels.append(f"{label.lower()} {value_groups(c)[0][0].display}")
        cues = sorted({i.main.cue for i in everything if i.main.cue and i.article in hedged})
        what = ", ".join(dict.fromkeys(labels))
        summary = (
            f"Stated as fact in {_count(asserted, origin_of)}, reported as unconfirmed in "
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
                (-len(arts), min(i.main.start for i in everything)),
            )
        )
    return drafts


def _response_findings(
    claims: list[Claim], display: dict[str, str], origin_of: dict[str, str]
) -> list[_Draft]:
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
        order = (-len(arts), min(c.start for c in cs))
        if {"denied", "confirmed"} <= set(by_value):
            summary = f"{subject}: " + ", ".join(
                f"{v.display} in {_count(v.articles, origin_of)}" for v in values
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
                    f"{subject}: {values[0].display} in {_count(arts, origin_of)}",
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
