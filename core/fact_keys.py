"""Fact keys: what a figure is about, read from its clause.

A figure's key is the entity it is about (named in its clause, or reached through a referring
word such as "le titre" or "the company", or the last party its paragraph named), the measure
frame its clause gives it (frames.py: "share_move", "revenue", "dead"), and the qualifiers that
make two equal frames two facts (qualifiers.py): the trading session or reference price, the date
or period it is given for, who counted, a former state, gross or net, a segment. Claims with one
key state one fact (same_fact.py).

The vocabulary is data: measure_frames.toml and qualifier_words.toml (fact_lexicon.py).
"""

from __future__ import annotations

from .fact_lexicon import frame_info, lexicon
from .models import FactKey


def is_issuer(key: str) -> bool:
    """Return whether a name key may be a company whose shares trade (not an index)."""
    return not any(ch.isdigit() for ch in key) and not key.startswith(lexicon().not_issuer)


def refers_back(folded: str, clause_start: int, start: int) -> str | None:
    """Return how the clause refers back to a party before the figure: "anaphor" for a noun
    ("le titre", "the company"), "pronoun" for a pronoun ("il", "its"), or None."""
    lex = lexicon()
    if lex.refer_re.search(folded, clause_start, start):
        return "anaphor"
    if lex.pronoun_re.search(folded, clause_start, start):
        return "pronoun"
    return None


def is_source_name(folded: str, name_start: int, name_end: int, sentence: tuple[int, int]) -> bool:
    """Return whether a name is the source of what its clause says, not what it is about:
    "Dalmas lui attribue", "Reuters reported", "si l'on en croit Dalmas"."""
    lex = lexicon()
    if lex.source_verb_re.match(folded, name_end, sentence[1]):
        return True
    return bool(lex.source_before_re.search(folded, max(sentence[0], name_start - 24), name_start))


def compared_with(folded: str, figure: tuple[int, int], name: tuple[int, int]) -> bool:
    """Return whether a comparison word stands between a figure and a name after it ("80 %,
    contre 50 % pour les autres joueurs du club"): the name is the other term."""
    if name[0] < figure[1]:
        return False
    return bool(lexicon().comparison_re.search(folded, figure[1], name[0]))


def compared_names(
    folded: str, figure: tuple[int, int], names: list[tuple[int, int]]
) -> list[bool]:
    """For each of `names`, whether it is the other term of a comparison with the figure, as
    compared_with says; the text after the figure is searched once, not once per name (a
    clause may name hundreds)."""
    after = [start for start, _end in names if start >= figure[1]]
    if not after:
        return [False] * len(names)
    first = lexicon().comparison_re.search(folded, figure[1], max(after))
    out = []
    for name in names:
        if name[0] < figure[1] or first is None:
            out.append(False)
        elif first.end() <= name[0]:
            out.append(True)
        elif first.start() < name[0]:  # the name is inside the comparison's words: ask exactly
            out.append(compared_with(folded, figure, name))
        else:
            out.append(False)
    return out


def _period(reference: str | None) -> str | None:
    """The period a date gives a periodic figure: a year, quarter, half, season or month
    ("2024", "2025-33"); a day is when the figure was reported, not what it covers."""
    if reference is None or not reference[:4].isdigit():
        return None
    return None if len(reference) >= len("2025-05-15") else reference


def _year(reference: str | None) -> str | None:
    """The year a date names: an age at an event is compared by the event's year."""
    return reference[:4] if reference and reference[:4].isdigit() else None


def _with_part(reference: str | None, part: str | None) -> str | None:
    """A toll's time: its day, and the part of the day when the clause says it."""
    if part is None:
        return reference
    return f"{reference or ''}T{part}"


def make_key(
    *,
    entity: list[str],
    entity_from: str,
    frame: tuple[str | None, int | None, int | None],
    session: str | None,
    reference: str | None,
    counter: str | None,
    past: bool,
    basis: str | None,
    segment: str | None = None,
    period: str | None = None,
    day_part: str | None = None,
) -> FactKey:
    """Return a claim's fact key, keeping only the qualifiers its frame reads."""
    name, fs, fe = frame
    info = frame_info(name)
    return FactKey(
        entity=entity,
        entity_from=entity_from,  # type: ignore[arg-type]
        frame=name,
        session=session if info and info.session else None,
        reference=(
            _with_part(reference, day_part if info.updated else None)
            if info and info.daily
            else _year(_period(reference))
            if info and info.anchored  # an event's own date, never one said before
            else (_period(reference) or _period(period) or period)
            if info and info.periodic
            else None
        ),
        counter=counter if info and info.counted else None,
        past=past,
        basis=basis,  # type: ignore[arg-type]
        segment=segment,
        frame_start=fs,
        frame_end=fe,
    )
