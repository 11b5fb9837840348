"""Which claims state the same fact: items are slotted by their fact keys, then judged.

A slot holds the items of one dimension, measure frame and segment (a hash, never all against
all). Within it, items meet when their entities do (they share a name; a deal's figures meet by
the pair of parties it is between), and their qualifiers (session, reference date or period, who
counted, a former state, gross or net) are the same. A contradiction needs every element of
the key resolved in both claims; where one source leaves a qualifier unsaid, differing values are
a discrepancy, shown as unresolved. An article that gives two values under one key shows the key
is too coarse: its values never make a side of a contradiction on their own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from .fact_lexicon import frame_info
from .items import Item, comparable, compatible, edtf_span, value_groups, value_key

Verdict = Literal["agreement", "contradiction", "discrepancy", "single-source"]


@dataclass
class Story:
    """What the whole set of articles says about whom: the parties most of them name, and
    whether a figure that names no one can only be about the story's one subject."""

    parties: frozenset[str] = frozenset()
    single_subject: bool = False
    subject: str | None = None
    """The one party most titles name, when they name one: whom an unnamed figure is about."""
    subject_is_person: bool = False
    guessed: set[int] = field(default_factory=set)
    """Items (by uid) whose entity was taken from their slot's one named entity: a guess."""


@dataclass
class Fact:
    """A verdict on items that state one fact: their value groups and what is unresolved."""

    verdict: Verdict
    items: list[Item]
    groups: list[list[Item]]
    unresolved: list[str] = field(default_factory=list)


QUALIFIERS = ("session", "reference", "counter", "basis")
"""Qualifiers that make two facts of one frame; `past` is always known."""


def _names(it: Item, story: Story) -> list[str]:
    """The parties an item is about. A pronoun in a story about one subject points to it; a
    guess among several names is no name; a figure naming no one is about the one party the
    titles name, when they name one."""
    how = it.fact.entity_from
    names = it.fact.entity
    if how == "guess" or (how == "pronoun" and story.single_subject):
        how, names = "story", []
    if how == "story" and story.subject:
        return [story.subject]
    if story.subject in names and len(names) > 1:
        # "Durand … après sept saisons au Racing": the other name says whose the figure is.
        return [n for n in names if n != story.subject]
    return names


def _resolved_entity(it: Item, story: Story) -> bool:
    if it.uid in story.guessed:
        return False
    how = it.fact.entity_from
    if it.kind == "age" and not it.fact.entity:
        # "il avait 14 ans": an age is a person's, and only a story about one person says whose.
        return how == "pronoun" and story.single_subject and story.subject_is_person
    if how == "unnamed":
        return False
    if how in {"story", "guess"} or (how == "pronoun" and story.single_subject):
        return story.single_subject
    return bool(it.fact.entity) and how in {"named", "anaphor", "pronoun", "sentence", "paragraph"}


SAME_NAME_MIN = 6
"""A name key that starts or ends another this long is the same party ("bernabeu" in
"santiagobernabeu")."""


def _same_party(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return len(short) >= SAME_NAME_MIN and (long.startswith(short) or long.endswith(short))


def _deal_key(names: list[str], story: Story) -> frozenset[str]:
    """Whom a deal figure is about: the pair of story parties it names (a project or place
    named beside them changes nothing), or a story party with the outsider it deals with."""
    parties = frozenset(names) & story.parties
    if len(parties) >= 2:
        return parties
    return frozenset(names)


def _entity_groups(items: list[Item], story: Story) -> list[list[Item]]:
    """Split a slot's items by entity. Items sharing a name are one entity (union-find over
    names, linear in the items); in a frame about a deal, items are grouped by the parties of
    the deal, and one naming a single party joins the one deal it takes part in."""
    frame = items[0].fact.frame if items else None
    if (info := frame_info(frame)) is not None and info.joint:
        return _deal_groups(items, story)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    roots: dict[int, str] = {}
    seen: set[str] = set()
    # Names that may be one party share their first or last letters: only those are tested.
    by_end: dict[str, list[str]] = defaultdict(list)
    for it in items:
        names = _names(it, story)
        root = names[0] if names else "~story"
        roots[it.uid] = root
        find(root)
        for name in names:
            union(root, name)
            if name in seen:
                continue
            seen.add(name)
            if len(name) < SAME_NAME_MIN:
                continue
            for end in (f"<{name[:SAME_NAME_MIN]}", f">{name[-SAME_NAME_MIN:]}"):
                for other in by_end[end]:
                    if _same_party(name, other):
                        union(name, other)
                by_end[end].append(name)
    by_root: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_root[find(roots[it.uid])].append(it)
    story_items = by_root.pop("~story", [])
    if story_items:
        # A figure that names no one may join the one entity its slot speaks of, as a guess:
        # to agree with it, never to contradict it. In a story about one subject it is the
        # subject's (see `same_facts`).
        if len(by_root) == 1 and not story.single_subject:
            next(iter(by_root.values())).extend(story_items)
            story.guessed.update(i.uid for i in story_items)
        else:
            by_root["~story"] = story_items
    return list(by_root.values())


def _deal_groups(items: list[Item], story: Story) -> list[list[Item]]:
    deals: dict[frozenset[str], list[Item]] = defaultdict(list)
    for it in items:
        deals[_deal_key(_names(it, story), story)].append(it)
    loose = {k: deals.pop(k) for k in list(deals) if len(k) <= 1}
    for key, members in loose.items():
        holders = [k for k in deals if key <= k]
        if len(holders) == 1:
            deals[holders[0]].extend(members)
        else:
            deals[key] = members
    return list(deals.values())


def _magnitudes(items: list[Item]) -> list[list[Item]]:
    """Split items whose values are too far apart to be readings of one figure, and dates of a
    named year from dates of no named year ("janvier" is no reading of "2027")."""
    if any(i.edtf for i in items):
        with_year = [i for i in items if i.edtf and edtf_span(i.edtf)[0] is not None]
        dated = {i.uid for i in with_year}
        rest = [i for i in items if i.uid not in dated]
        return [g for g in (with_year, rest) if g]
    valued = sorted((it for it in items if it.value is not None), key=lambda i: abs(i.value or 0))
    out: list[list[Item]] = [[it for it in items if it.value is None]] if valued else [items]
    for it in valued:
        last = out[-1]
        if last and last[-1].value is not None and not comparable(last[-1], it):
            out.append([it])
        else:
            last.append(it)
    return [g for g in out if g]


def _qualifiers(it: Item) -> tuple[object, ...]:
    f = it.fact
    return (f.session, f.reference, f.counter, f.basis, f.past)


def _matches(known: tuple[object, ...], partial: tuple[object, ...]) -> bool:
    return all(p is None or p == k for k, p in zip(known, partial, strict=True))


BASIS = QUALIFIERS.index("basis")


def _every_basis(key: tuple[object, ...], targets: list[tuple[object, ...]]) -> bool:
    """Whether only the basis is unsaid, and others give both the gross and the net."""
    unsaid = [n for n in range(len(QUALIFIERS)) if key[n] is None and any(t[n] for t in targets)]
    return unsaid == [BASIS] and {t[BASIS] for t in targets} == {"gross", "net"}


def _unsaid(items: list[Item], story: Story, frame: str | None) -> list[str]:
    """What some items leave unsaid that others say."""
    out = []
    info = frame_info(frame)
    for n, name in enumerate(QUALIFIERS):
        values = {_qualifiers(i)[n] for i in items}
        mixed = None in values and len(values) > 1
        never = values == {None} and (
            (name == "session" and info is not None and info.session)
            or (name == "reference" and info is not None and info.updated)
        )
        if mixed or never:
            out.append(name)
    if not all(_resolved_entity(i, story) for i in items):
        out.append("entity")
    return out


def _sides(groups: list[list[Item]]) -> list[list[Item]]:
    """The value groups that may make a side of a contradiction: each needs an article that
    gives no other value under the key."""
    articles_in: dict[str, int] = defaultdict(int)
    for g in groups:
        for a in {i.article for i in g}:
            articles_in[a] += 1
    return [g for g in groups if any(articles_in[i.article] == 1 for i in g)]


def _without_straddlers(sides: list[list[Item]]) -> list[list[Item]]:
    """Leave out of a contradiction's sides the items that fit more than one side: "plus de
    100 millions" is no evidence for 100 against 115."""
    reps = [list({value_key(i): i for i in side}.values()) for side in sides]
    out = []
    for n, side in enumerate(sides):
        straddles: dict[tuple[object, ...], bool] = {}
        for it in reps[n]:
            straddles[value_key(it)] = any(
                all(compatible(it, x) for x in other) for m, other in enumerate(reps) if m != n
            )
        kept = [it for it in side if not straddles[value_key(it)]]
        if kept:
            out.append(kept)
    return out


def judge_group(items: list[Item], story: Story, frame: str | None) -> list[Fact]:
    """Return the verdicts on the items of one entity in one slot."""
    facts: list[Fact] = []
    partitions: dict[tuple[object, ...], list[Item]] = defaultdict(list)
    for it in items:
        partitions[_qualifiers(it)].append(it)
    # A qualifier some item says must be said by all for their values to be judged together.
    said = [any(k[n] is not None for k in partitions) for n in range(len(QUALIFIERS))]
    complete = {
        k: v
        for k, v in partitions.items()
        if all(k[n] is not None or not said[n] for n in range(len(QUALIFIERS)))
    }
    for key, members in partitions.items():
        if key in complete:
            continue
        # An item that leaves a qualifier unsaid joins the one set of items that says it and
        # agrees; one that disagrees with every such set is an unresolved discrepancy.
        targets = [k for k in complete if _matches(k, key)]
        others = [x for k in targets for x in complete[k]]
        if len(targets) == 1 and all(any(compatible(m, x) for x in others) for m in members):
            complete[targets[0]] = others + members
        elif (
            others
            and not {i.article for i in others} & {i.article for i in members}
            and not any(compatible(m, x) for m in members for x in others)
        ):
            both = others + members
            if _every_basis(key, targets) and all(_resolved_entity(i, story) for i in both):
                # Neither the net nor the gross that others give: a contradiction whatever
                # basis the source meant.
                groups = [members] + [g for k in targets for g in value_groups(complete[k])]
                facts.append(Fact("contradiction", both, groups))
            else:
                facts.append(
                    Fact("discrepancy", both, value_groups(both), _unsaid(both, story, frame))
                )
        else:
            facts.extend(_verdict(members, story, frame))
    for members in complete.values():
        facts.extend(_verdict(members, story, frame))
    return facts


def _verdict(items: list[Item], story: Story, frame: str | None) -> list[Fact]:
    """Judge items with one key: a contradiction among the items whose entity is resolved;
    an item whose entity is guessed may only agree, or make an unresolved discrepancy."""
    articles = {i.article for i in items}
    if all(i.derived for i in items):
        return []
    if len(articles) == 1:
        return [Fact("single-source", items, value_groups(items))]
    groups = value_groups(items)
    if len(groups) == 1:
        if len({i.article for i in items if not i.derived}) < 2:
            return []  # a derived rate that agrees says nothing the total does not
        return [Fact("agreement", items, groups)]
    resolved = [i for i in items if _resolved_entity(i, story)]
    guessed = [i for i in items if not _resolved_entity(i, story)]
    sides = _without_straddlers(_sides(value_groups(resolved))) if resolved else []
    contradicting = len(sides) >= 2
    if not contradicting:
        sides = value_groups(resolved)
    # A guessed item joins the one value it agrees with; one that fits none, from an article
    # that gives nothing else under this key, leaves the difference unresolved.
    unplaced = []
    for it in guessed:
        agreeing = [g for g in sides if all(compatible(it, x) for x in g)]
        if len(agreeing) == 1:
            agreeing[0].append(it)
        elif not agreeing and sum(1 for i in items if i.article == it.article) == 1:
            unplaced.append(it)
    facts: list[Fact] = []
    if contradicting:
        used = [i for g in sides for i in g]
        unsaid = _unsaid([i for i in used if i not in guessed], story, frame)
        if frame is None:
            pass  # two figures of unknown measure that differ are two figures
        elif unsaid:
            facts.append(Fact("discrepancy", used, sides, unsaid))
        else:
            facts.append(Fact("contradiction", used, sides))
    elif resolved:
        facts.extend(Fact("agreement", g, [g]) for g in sides if len({i.article for i in g}) >= 2)
    else:
        # Nothing here says surely whom it is about: the values that fit may still agree.
        facts.extend(
            Fact("agreement", g, [g])
            for g in value_groups(guessed)
            if len({i.article for i in g}) >= 2
        )
        return facts
    if frame and sides and unplaced:
        both = [x for g in sides for x in g] + unplaced
        facts.append(Fact("discrepancy", both, value_groups(both), ["entity"]))
    return facts


def same_facts(items: list[Item], story: Story) -> list[Fact]:
    """Return the facts of a slot's items (one dimension, one frame): agreements,
    contradictions, discrepancies and single-source figures."""
    frame = items[0].fact.frame if items else None
    info = frame_info(frame)
    if info is not None and info.anchored:
        # An age "at the time" of an event no date names is no fact to compare.
        items = [i for i in items if i.fact.reference is not None]
    facts: list[Fact] = []
    for entity in _entity_groups(items, story):
        for band in _magnitudes(entity):
            for past in (False, True):
                part = [i for i in band if i.fact.past is past]
                if part:
                    facts.extend(judge_group(part, story, frame))
    if story.single_subject:
        _join_agreements(facts)
    return facts


def _join_agreements(facts: list[Fact]) -> None:
    """In a story about one subject, a figure naming no one that no other source gives may
    still agree with the one agreement of a named party it fits: it joins it, as a guess."""
    agreements = [f for f in facts if f.verdict == "agreement"]
    for single in [f for f in facts if f.verdict == "single-source"]:
        if any(i.fact.entity for i in single.items):
            continue
        fits = [
            f
            for f in agreements
            if all(
                compatible(i, x) and i.article != x.article for i in single.items for x in f.items
            )
        ]
        if len(fits) == 1:
            fits[0].items.extend(single.items)
            fits[0].groups = [fits[0].items]
            facts.remove(single)
