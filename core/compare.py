"""Turning groups of claims into findings: agreements, contradictions and single-source claims,
each with a one-line summary, the claims that support it and the rule that fired."""

from __future__ import annotations

import bisect
import hashlib
import math
from collections import Counter, defaultdict

from .drafts import Draft, count_sources, unique_ids
from .fact_labels import fact_label
from .items import (
    COMPARED_KINDS,
    Item,
    bundle,
    comparable,
    compatible,
    derived_rates,
    idf,
    item_of,
    value_groups,
    value_key,
)
from .models import Claim, Finding, FindingValue
from .same_fact import Fact, Story, same_facts
from .statements import statement_findings

WEAK_ENTITY = frozenset({"guess", "pronoun", "story"})
"""Ways of finding a claim's entity too loose to name what a finding is about."""
MAJORITY = 0.5
"""A party named in more than this share of the articles (or of their titles) is the story's."""


def _comparable(c: Claim) -> bool:
    """Whether a claim's value can be set against others.

    A relative date the article gives no date for ("lundi") has no value; one that names a
    whole year ("this year", "l'an prochain") holds every date of that year, and is too loose
    to judge a fact by.
    """
    if c.value is None:
        return False
    return not c.relative or (isinstance(c.value, str) and len(c.value) > len("2025"))


def _finding_value(group: list[Item]) -> FindingValue:
    all_hedged: dict[str, bool] = {}
    for i in group:
        all_hedged[i.article] = all_hedged.get(i.article, True) and i.hedged
    arts = sorted(all_hedged)
    hedged = [a for a in arts if all_hedged[a]]
    direct = [i for i in group if not i.derived]
    shown = (direct or group)[0].display
    return FindingValue(
        display=shown,
        articles=arts,
        claims=unique_ids(c.id for i in group for c in i.claims),
        hedged=hedged,
    )


def _subject_names(cluster: list[Item], display: dict[str, str], name_idf: dict[str, float]) -> str:
    counts: Counter[str] = Counter()
    for it in cluster:
        if it.fact.entity_from not in WEAK_ENTITY:
            counts.update(set(it.fact.entity))
    need = max(1, math.ceil(len(cluster) / 2))
    common = [k for k, n in counts.items() if n >= need]
    common.sort(key=lambda k: (-name_idf.get(k, 0.0), k))
    return ", ".join(display.get(k, k) for k in common[:2])


def story_of(
    claims: list[Claim], title_names: dict[str, set[str]], people: frozenset[str] = frozenset()
) -> Story:
    """Return the parties most articles name, and whom the titles are about: one party or
    person named by most titles is the story's subject."""
    named_in: dict[str, set[str]] = defaultdict(set)
    articles = {c.article for c in claims}
    for c in claims:
        if c.kind == "organisation" and isinstance(c.value, str):
            named_in[c.value].add(c.article)
    n = max(1, len(articles))
    parties = sorted(
        (k for k, arts in named_in.items() if len(arts) > MAJORITY * n and len(arts) >= 2),
        key=lambda k: -len(named_in[k]),
    )[:3]
    titled_in: dict[str, set[str]] = defaultdict(set)
    for article, keys in title_names.items():
        for k in keys:
            titled_in[k].add(article)
    titled = [k for k, arts in titled_in.items() if len(arts) > MAJORITY * n]
    subject = titled[0] if len(titled) == 1 else None
    return Story(
        parties=frozenset(parties),
        single_subject=len(titled) <= 1,
        subject=subject,
        subject_is_person=subject is not None and subject in people,
    )


def compare(
    claims: list[Claim],
    display: dict[str, str],
    block_by_topic: bool = True,
    origin_of: dict[str, str] | None = None,
    title_names: dict[str, set[str]] | None = None,
    people: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Return the findings for a corpus's claims: agreements, contradictions, single-source.

    With `block_by_topic`, only claims of the same topic are compared (the user's topics);
    otherwise topics only label the findings (derived topics are too rough to block on).
    `origin_of` maps each article to the origin it reprints, so that counts say how many
    sources are independent; `title_names` the parties and people each title names, `people`
    which name keys are people's.
    """
    origins = origin_of or {}
    quantity = [c for c in claims if c.kind in COMPARED_KINDS and _comparable(c)]
    items = [item_of(c) for c in quantity] + derived_rates(quantity)
    story = story_of(claims, title_names or {}, people)
    for n, it in enumerate(items):
        it.uid = n
        if not block_by_topic:
            it.topic = None
    _adopt_frames(items)
    name_idf = idf([frozenset(it.fact.entity) for it in items])
    slots: dict[tuple[str | None, str, str | None, str | None], list[Item]] = defaultdict(list)
    for it in items:
        slots[(it.topic, it.dim, it.fact.frame, it.fact.segment)].append(it)
    facts: list[Fact] = []
    framed: dict[tuple[str | None, str], list[Fact]] = defaultdict(list)
    indexes: dict[tuple[str | None, str], _Framed] = {}
    ordered = sorted(slots.items(), key=lambda kv: (kv[0][2] is None, *map(str, kv[0])))
    for (topic, dim, frame, _segment), slot in ordered:
        items_in = bundle(slot)
        found = same_facts(items_in, story)
        if frame is not None:
            facts.extend(found)
            framed[(topic, dim)].extend(
                f for f in found if f.verdict in {"agreement", "single-source"}
            )
            continue
        # Figures whose clause names no measure: what no finding took may join a framed one.
        facts.extend(f for f in found if f.verdict != "single-source")
        taken = {i.uid for f in found if f.verdict != "single-source" for i in f.items}
        index = indexes.get((topic, dim))
        if index is None:
            index = indexes[(topic, dim)] = _Framed(framed[(topic, dim)])
        for it in items_in:
            if it.uid not in taken:
                index.join(Fact("single-source", [it], [[it]]))
    drafts: list[Draft] = []
    certainty: list[list[Item]] = []
    judged: set[str] = set()
    for fact in facts:
        if fact.verdict == "single-source":
            continue
        drafts.extend(_judge(fact, display, name_idf, origins))
        judged.update(c.id for i in fact.items for c in i.claims)
        if fact.verdict == "agreement" and not any(i.derived for i in fact.items):
            certainty.append(fact.items)
        elif fact.verdict == "contradiction":
            certainty.extend(
                g
                for g in fact.groups
                if len({i.article for i in g}) >= 2 and not any(i.derived for i in g)
            )
    # What no other source gives: one finding per article, dimension and value.
    singles: dict[tuple[str, str, str, str], list[Item]] = {}
    for it in items:
        if it.main.id not in judged and not it.derived:
            singles.setdefault((it.article, it.dim, it.role, it.display), []).append(it)
    echoes = _EchoIndex(items)
    for group in singles.values():
        single = _judge(Fact("single-source", group, [group]), display, name_idf, origins)
        shown, others = echoes.of(group[0])
        drafts.extend(_echoed(d, shown, others, display) if shown else d for d in single)
    drafts.extend(_certainty_findings(certainty, display, origins))
    drafts.extend(_response_findings(claims, display, origins))
    drafts.extend(statement_findings(claims, display, origins))
    by_id = {c.id: c for c in claims}
    rank = {"contradiction": 0, "discrepancy": 1, "agreement": 2, "single-source": 3}
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


class _EchoIndex:
    """The values of one dimension and role that other sources give, for the check a
    single-source finding needs before it says "only in"."""

    def __init__(self, items: list[Item]) -> None:
        # Per slot, its items grouped by everything the value test reads of them.
        self.by_slot: dict[tuple[str, str, str | None], dict[tuple[object, ...], list[Item]]]
        self.by_slot = defaultdict(lambda: defaultdict(list))
        for it in items:
            if not it.derived:
                self.by_slot[_echo_slot(it)][value_key(it)].append(it)
        self.known: dict[tuple[object, ...], list[Item]] = {}

    def of(self, item: Item) -> tuple[list[Item], int]:
        """The items of other articles that give `item`'s value in its dimension and role:
        the first of each of the first ECHOES_SHOWN articles (in article order), and how many
        articles give it in all."""
        slot = _echo_slot(item)
        key = (slot, value_key(item))
        firsts = self.known.get(key)
        if firsts is None:
            by_article: dict[str, Item] = {}
            for group in self.by_slot.get(slot, {}).values():
                if _same_value(item, group[0]):
                    for other in group:
                        by_article.setdefault(other.article, other)
            firsts = self.known[key] = [by_article[a] for a in sorted(by_article)]
        shown = []
        for other in firsts:
            if other.article != item.article:
                shown.append(other)
                if len(shown) == ECHOES_SHOWN:
                    break
        others = len(firsts) - any(o.article == item.article for o in firsts)
        return shown, others


def _echo_slot(it: Item) -> tuple[str, str, str | None]:
    return (_echo_dim(it), it.role, _echo_value(it))


ECHOES_SHOWN = 4
"""A single-source finding whose value other sources give names and quotes at most this many of
them (the first of each article), and counts the rest."""


def _echo_dim(it: Item) -> str:
    """An item's dimension as a reader sees it: "lost $363m" and "a loss of $363m" give one
    amount, whether or not a verb made it a change."""
    return it.dim.removesuffix(":change")


def _echo_value(it: Item) -> str | None:
    """A coarse key under which two items giving the same value meet: a date's calendar value,
    a figure's value rounded to two significant digits (the exact test is `_same_value`)."""
    if it.kind == "date":
        return it.edtf
    v = it.value
    return None if v is None else f"{v:.2g}"


def _same_value(a: Item, b: Item) -> bool:
    """Whether two items give one value: the same date, or two plain figures (exact or about)
    that the tolerance rule lets meet. Bounds and ranges are not one value."""
    if a.kind == "date":
        return bool(a.edtf) and a.edtf == b.edtf
    plain = {"exact", "approximate"}
    if (a.main.qualifier or "exact") not in plain or (b.main.qualifier or "exact") not in plain:
        return False
    return compatible(a, b)


def _echoed(draft: Draft, shown: list[Item], others: int, display: dict[str, str]) -> Draft:
    """A single-source finding whose value `others` other sources give in the same dimension
    (`shown` the first of them), for a fact keyed differently: it says so instead of "only
    in"."""
    names = ", ".join(o.article for o in shown)
    if others > len(shown):
        names += f" and {others - len(shown)} more"
    contexts = sorted({_context(o, display) for o in shown})
    value = draft.values[0].display if draft.values else ""
    where = draft.values[0].articles[0] if draft.values and draft.values[0].articles else ""
    gives = "gives" if others == 1 else "give"
    return Draft(
        draft.kind,
        draft.topic,
        draft.subject,
        f"{draft.subject}: {value} in {where}; the same value also in {names}, "
        "not matched to this fact",
        "same-value-elsewhere",
        "No other source gives a value for this fact as dealview reads it (who it is about, "
        f"what it measures, its qualifiers), but {names} {gives} the same value in "
        f"the same dimension, read as {'; '.join(contexts)}. dealview could not tell whether "
        "they state the same fact: compare the sentences.",
        unique_ids([*draft.claims, *(c.id for o in shown for c in o.claims)]),
        [*draft.values, _finding_value(shown).model_copy(update={"elsewhere": True})],
        draft.order,
    )


def _context(item: Item, display: dict[str, str]) -> str:
    """What an item is read as: its measure and whom it is about, e.g. "Loss (Acme)"."""
    who = ", ".join(display.get(k, k) for k in item.fact.entity[:2])
    return f"{fact_label(item)} ({who})" if who else fact_label(item)


def _adopt_frames(items: list[Item]) -> None:
    """A figure an article repeats (a title, then the body) is one fact: where one mention's
    clause names no measure, it takes the measure another mention of the same value names."""
    frames: dict[tuple[str, str, str, str], set[tuple[str, str | None]]] = defaultdict(set)
    for it in items:
        if it.fact.frame and not it.derived:
            key = (it.article, it.dim, it.role, it.display)
            frames[key].add((it.fact.frame, it.fact.segment))
    for it in items:
        found = frames.get((it.article, it.dim, it.role, it.display), set())
        if it.fact.frame is None and len(found) == 1:
            frame, segment = next(iter(found))
            it.fact = it.fact.model_copy(update={"frame": frame, "segment": segment})


class _Framed:
    """The agreements and single-source facts of one dimension whose clause named a measure,
    indexed by value, so that a figure naming none is tested against the few it may fit."""

    def __init__(self, facts: list[Fact]) -> None:
        self.facts = facts
        self.reps: dict[int, dict[tuple[object, ...], Item]] = {}
        self.names: dict[int, set[str]] = {}
        self.articles: dict[int, set[str]] = {}
        by_value: list[tuple[float, int]] = []
        self.by_year: dict[str, list[int]] = defaultdict(list)
        self.unvalued: list[int] = []
        for n, f in enumerate(facts):
            self.reps[n] = {value_key(i): i for i in f.items}
            self.names[n] = {k for i in f.items for k in i.fact.entity}
            self.articles[n] = {i.article for i in f.items}
            head = f.items[0]
            if head.edtf:
                self.by_year[head.edtf[:4]].append(n)
            elif head.value is not None:
                by_value.append((abs(head.value), n))
            else:
                self.unvalued.append(n)
        by_value.sort()
        self.values = [v for v, _n in by_value]
        self.order = [n for _v, n in by_value]

    def candidates(self, it: Item) -> list[int]:
        """The facts whose first value is near enough the item's for them to fit."""
        if it.edtf:
            return self.by_year.get(it.edtf[:4], [])
        if it.value is None:
            return list(range(len(self.facts)))
        v = abs(it.value)
        lo = bisect.bisect_left(self.values, v / NEAR_FACTOR)
        hi = bisect.bisect_right(self.values, v * NEAR_FACTOR)
        return self.order[lo:hi] + self.unvalued

    def join(self, fact: Fact) -> bool:
        """Let figures whose clause names no measure join the one agreeing fact that names
        it: an unknown frame may join an agreement, never a contradiction."""
        left = []
        for it in fact.items:
            fits = [
                n
                for n in self.candidates(it)
                if self.articles[n] - {it.article}
                and all(compatible(it, x) and comparable(it, x) for x in self.reps[n].values())
                and (
                    not it.fact.entity
                    or not self.names[n]
                    or bool(set(it.fact.entity) & self.names[n])
                )
            ]
            if len(fits) != 1:
                left.append(it)
                continue
            n = fits[0]
            target = self.facts[n]
            target.items.append(it)
            target.groups = [target.items]
            self.reps[n].setdefault(value_key(it), it)
            self.articles[n].add(it.article)
            if len(self.articles[n]) > 1:
                target.verdict = "agreement"
        fact.items = left
        fact.groups = [left]
        return not left


NEAR_FACTOR = 3.0
"""A figure is tested against facts whose first value is within this factor of its own."""


def _stable_key(draft: Draft, by_id: dict[str, Claim]) -> str:
    """A key that stays the same while the claims a finding rests on do (for review files).
    The claims shown beside them for comparison (the same value elsewhere) are not part of it:
    several findings may show the same ones."""
    beside = {i for v in draft.values if v.elsewhere for i in v.claims}
    own = (by_id[i] for i in draft.claims if i not in beside)
    spans = sorted(f"{c.article}:{c.start}:{c.end}" for c in own)
    return hashlib.sha1("|".join([draft.rule, *spans]).encode()).hexdigest()[:16]


def _topic_of(items: list[Item]) -> str | None:
    """The topic most of the items' claims belong to."""
    topics = Counter(c.topic for it in items for c in it.claims if c.topic)
    return topics.most_common(1)[0][0] if topics else None


def _first_position(cluster: list[Item]) -> tuple[int, ...]:
    first = min(cluster, key=lambda i: (i.article, i.main.start))
    return (-len({i.article for i in cluster}), first.main.start)


_UNSAID = {
    "session": "the trading session",
    "reference": "the date it is for",
    "counter": "who counted",
    "basis": "gross or net",
    "entity": "whom it is about",
}


def _judge(
    fact: Fact,
    display: dict[str, str],
    name_idf: dict[str, float],
    origin_of: dict[str, str],
) -> list[Draft]:
    cluster = fact.items
    topic = _topic_of(cluster)
    head = next((i for i in cluster if not i.derived), cluster[0])
    label = fact_label(head)
    who = _subject_names(cluster, display, name_idf)
    subject = f"{label} ({who})" if who else label
    articles = {i.article for i in cluster}
    values = [_finding_value(g) for g in fact.groups]
    claim_ids = unique_ids(c.id for i in cluster for c in i.claims)
    order = _first_position(cluster)
    if fact.verdict == "single-source":
        return [
            Draft(
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
    if fact.verdict == "agreement":
        return [
            Draft(
                "agreement",
                topic,
                subject,
                f"{subject}: {values[0].display} in {count_sources(articles, origin_of)}",
                "same-value",
                "The values match within the precision they are written with.",
                claim_ids,
                values,
                order,
            )
        ]
    parts = sorted(values, key=lambda v: -len(v.articles))
    listing = ", ".join(
        f"{v.display} in {len(v.articles)}"
        if n
        else f"{v.display} in {count_sources(v.articles, origin_of)}"
        for n, v in enumerate(parts)
    )
    if fact.verdict == "discrepancy":
        unsaid = [_UNSAID.get(u, u) for u in fact.unresolved]
        missing = _not_given_by(fact)
        said = f"{' and '.join(unsaid) or 'what it measures'} not given"
        if missing:
            said += f" by {', '.join(missing)}"
        return [
            Draft(
                "discrepancy",
                topic,
                subject,
                f"{subject}: {listing}; {said}",
                "unresolved-difference",
                "The values differ, but the sources do not say enough to tell whether they "
                "state one fact: " + said + ".",
                claim_ids,
                parts,
                order,
            )
        ]
    total_rate = any(i.derived for i in cluster)
    per_year = any(i.scale != 1.0 for i in cluster)
    if total_rate:
        explanation = (
            "A yearly amount stated by one source does not fit the total over a duration "
            "stated by another (total ÷ duration)."
        )
        rule = "rate-vs-total"
    elif per_year:
        explanation = (
            "Put per year, an amount stated per month, week or day by one source does not fit "
            "the yearly amount stated by another."
        )
        rule = "rate-per-year"
    else:
        explanation = (
            "The sources give values for the same fact that cannot both be true, even at the "
            "precision they are written with."
        )
        rule = "value-mismatch"
    return [
        Draft(
            "contradiction",
            topic,
            subject,
            f"{subject}: {listing}",
            rule,
            explanation,
            claim_ids,
            parts,
            order,
        )
    ]


def _not_given_by(fact: Fact) -> list[str]:
    """The articles whose items leave unsaid what the discrepancy turns on."""
    out = []
    for it in fact.items:
        f = it.fact
        known = {
            "session": f.session,
            "reference": f.reference,
            "counter": f.counter,
            "basis": f.basis,
            "entity": f.entity or None,
        }
        if any(known.get(u) is None for u in fact.unresolved if u in known):
            out.append(it.article)
    return sorted(set(out))


def _certainty_findings(
    clusters: list[list[Item]], display: dict[str, str], origin_of: dict[str, str]
) -> list[Draft]:
    """One source asserts what another reports in the conditional: merge the facts that share
    sentences (one hedged sentence often carries the amount, the duration and the date)."""
    # A date or figure whose clause names no measure ("could come Thursday") is too loosely
    # tied to the fact to say that a source doubts it.
    diverging = [
        c for c in clusters if all(_certainty_sides(c)) and c[0].fact.frame and _one_range(c)
    ]
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
        asserted, hedged = _certainty_sides(everything)
        if not hedged or not asserted:
            continue
        mentions = [c for i in everything for c in i.claims]
        stating = {c.article for c in mentions if not c.hedged}
        also = [a for a in hedged if a in stating]
        labels = []
        for c in group:
            h = c[0]
            label = fact_label(h)
            labels.append(f"{label.lower()} {value_groups(c)[0][0].display}")
        cues = sorted({c.cue for c in mentions if c.cue and c.hedged})
        what = ", ".join(dict.fromkeys(labels))
        aside = f" ({len(also)} of them also state it as fact)" if also else ""
        summary = (
            f"Stated as fact in {count_sources(asserted, origin_of)}, reported as unconfirmed in "
            f"{len(hedged)}{aside}: {what}"
        )
        values = [
            FindingValue(
                display="stated as fact",
                articles=asserted,
                claims=unique_ids(c.id for c in mentions if c.article in asserted),
            ),
            FindingValue(
                display="hedged" + (f" ({', '.join(cues)})" if cues else ""),
                articles=hedged,
                claims=unique_ids(c.id for c in mentions if c.article in hedged and c.hedged),
                hedged=hedged,
            ),
        ]
        drafts.append(
            Draft(
                "contradiction",
                _topic_of(everything),
                "Certainty",
                summary,
                "certainty-divergence",
                "Some sources assert as done what others report in the conditional, as a "
                "rumour or as unconfirmed.",
                unique_ids(c.id for i in everything for c in i.claims),
                values,
                (-len(arts), min(i.main.start for i in everything)),
            )
        )
    return drafts


def _one_range(items: list[Item]) -> bool:
    """Whether the ranges among the items are one range: "entre 5 et 7 %" and "6 à 8 %" may
    both hold, but one source doubting the first says nothing of the second."""
    ranges = {(i.main.low, i.main.high) for i in items if i.main.qualifier == "range"}
    return len(ranges) <= 1


def _certainty_sides(items: list[Item]) -> tuple[list[str], list[str]]:
    """The articles that only state a fact, and those that report it hedged at least once
    (a source may recount the rumour before the announcement)."""
    arts = sorted({i.article for i in items})
    hedged = sorted({c.article for i in items for c in i.claims if c.hedged})
    return [a for a in arts if a not in hedged], hedged


def _response_findings(
    claims: list[Claim], display: dict[str, str], origin_of: dict[str, str]
) -> list[Draft]:
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
                f"{v.display} in {count_sources(v.articles, origin_of)}" for v in values
            )
            drafts.append(
                Draft(
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
                Draft(
                    "agreement",
                    None,
                    subject,
                    f"{subject}: {values[0].display} in {count_sources(arts, origin_of)}",
                    "same-response",
                    "The sources report the same reaction.",
                    ids,
                    values,
                    order,
                )
            )
        elif len(arts) == 1:
            drafts.append(
                Draft(
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
