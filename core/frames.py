"""Measure frames: what a figure measures, read from the words of its clause through the lexicon
(fact_lexicon.py): the cue nearest to the figure ("chiffre d'affaires" revenue, "morts" dead),
a clause-wide cue ("including debt"), the noun after "X % of", the counted noun, the unit; and the
segment that narrows a frame ("cloud revenue", "la division aéronautique")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fact_lexicon import frames_of_cue, lexicon
from .textnorm import fold

_SHARE_OF = re.compile(
    r"\s*(?:(?:de|des|du|of)(?![a-z])|d')\s*"
    r"(?:(?:the|its|their|his|her|son|sa|ses|leur|leurs|la|le|les|l')\s*)?"
    r"([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)"
)
"""After a percentage, "of NOUN": "80 % de ses droits", "38% of everything"."""
OF_SHARES = frozenset({"share_move", "share_price", "market_value", "stake"})
"""Frames whose noun after "X % of" makes the percentage a stake ("12 % of the shares")."""
_NO_NOUN = frozenset(
    "everything all what those that this them it tout tous toutes ce ceux celles cela".split()
)
"""Words after "X % of" that name nothing: "38% of everything it buys"."""
_NEXT_NOUN = re.compile(r"(?:'s)?\s*([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)")
"""After a name in "38% of Acme's purchases", the noun the share is of."""
_EXCLUDED = re.compile(
    r"(?<![a-z])(?:excluding|excluding one-time|not counting|except|hors|sans compter|"
    r"excluant|a l'exclusion des?|net of)\s+(?:[a-z-]+\s+)?$"
)
"""Words before a cue that name what a figure leaves out, not what it measures."""
AFTER_CLOSE = 4
"""A cue this close after a figure names it ("$59.5m termination fee", "30 Md$ de revenus")."""
AFTER_PENALTY = 12
"""Added to the distance of a cue further after its figure than AFTER_CLOSE."""
AFTER_MAX = 24
"""A cue further than this after its figure names it no more."""
AFTER_MAX_COUNT = 60
"""The same for a count, whose verb follows its subject ("1 500 habitants de six communes ont
été évacués")."""


@dataclass(frozen=True)
class Cue:
    """A word of the clause that names a frame: its span and the frames it may name."""

    start: int
    end: int
    frames: tuple[str, ...]


def clause_cues(folded: str, start: int, end: int) -> tuple[list[Cue], list[Cue]]:
    """Return the frame cues of a clause: words near a figure, and clause-wide ones."""
    lex = lexicon()
    near = [
        Cue(m.start(), m.end(), frames_of_cue(m.group(0)))
        for m in lex.cue_re.finditer(folded, start, end)
        # "excluding one-time costs", "hors primes": what a figure leaves out, not its measure
        if not _EXCLUDED.search(folded, max(start, m.start() - 24), m.start())
    ]
    wide = [
        Cue(m.start(), m.end(), lex.clause_frames.get(m.group(0), ()))
        for m in lex.clause_re.finditer(folded, start, end)
    ]
    return near, wide


def distance_to(cue: Cue, start: int, end: int) -> int:
    """Return how many characters stand between a cue and a figure (0 when they overlap)."""
    if cue.end <= start:
        return start - cue.end
    if cue.start >= end:
        return cue.start - end
    return 0


def _nearest(
    cues: list[Cue], kind: str, start: int, end: int, changed: bool, folded: str = ""
) -> tuple[str, Cue] | None:
    """The frame of the cue nearest to a figure; a cue after it and past a comma names the
    next phrase ("24 euros par action, une prime de 35 %")."""

    def gap(a: int, b: int) -> str:
        return folded[a:b]

    frames = lexicon().frames
    best: tuple[int, int, str, Cue] | None = None
    for cue in cues:
        if start <= cue.start and cue.end <= end:
            continue  # the figure's own unit ("$24 a share") names no frame
        usable = [
            f for f in cue.frames if kind in frames[f].kinds and (f != "share_move" or changed)
        ]
        if not usable:
            continue
        distance = distance_to(cue, start, end)
        if cue.start >= end and (
            distance > (AFTER_MAX_COUNT if kind == "count" else AFTER_MAX)
            or (distance > AFTER_CLOSE and "," in gap(end, cue.start))
        ):
            continue  # "…, répartis sur la durée du contrat" says nothing of the figure
        if cue.start >= end and distance > AFTER_CLOSE:
            distance += AFTER_PENALTY  # the measured noun mostly comes before its figure
        rank = (distance, -(cue.end - cue.start))
        if best is None or rank < best[:2]:
            best = (*rank, usable[0], cue)
    return (best[2], best[3]) if best else None


def measure_near(cues: list[Cue], start: int, end: int) -> str | None:
    """The measure named nearest to a date, whatever its kind: what a deadline bounds ("réduire
    sa dette d'ici fin 2026" is the debt's deadline, not the job plan's)."""
    frames = lexicon().frames
    best: tuple[int, str] | None = None
    for cue in cues:
        named = [f for f in cue.frames if "date" not in frames[f].kinds]
        if named and (best is None or distance_to(cue, start, end) < best[0]):
            best = (distance_to(cue, start, end), named[0])
    return best[1] if best else None


def _share_of(text: str, folded: str, end: int, clause_end: int) -> tuple[str, int, int] | None:
    """The noun after "X % of": the frame it names, or the noun itself (names skipped)."""
    m = _SHARE_OF.match(folded, end, clause_end)
    if not m:
        return None
    if text[m.start(1)].isupper():
        m = _SHARE_OF.match(folded, end, clause_end) and _NEXT_NOUN.match(
            folded, m.end(1), clause_end
        )
        if not m:
            return None
    words = m.group(1)
    for candidate in (words, words.split()[0]):
        frames = [f for f in frames_of_cue(candidate) if "percentage" in lexicon().frames[f].kinds]
        if frames:
            # "12 % des actions" is a stake; "38 % des ventes" a share of sales.
            named = "stake" if frames[0] in OF_SHARES else f"share_of:{frames[0]}"
            return named, m.start(1), m.start(1) + len(candidate)
    noun = words.split()[0]
    if noun in _NO_NOUN:
        return None
    return f"share_of:{noun.rstrip('s')}", m.start(1), m.start(1) + len(noun)


def frame_of(
    kind: str,
    unit: str | None,
    changed: bool,
    text: str,
    folded: str,
    clause: tuple[int, int],
    span: tuple[int, int],
    cues: tuple[list[Cue], list[Cue], list[Cue]],
    clause_session: str | None,
) -> tuple[str | None, int | None, int | None]:
    """Return the frame a figure's clause gives it (else the nearest its sentence named
    before the clause), with the span of the word that names it.
    A change in percent with no other cue is a share move when its clause names a session."""
    start, end = span
    near, wide, lead = cues
    if kind == "measure" and unit and (by_unit := lexicon().unit_frames.get(fold(unit))):
        return by_unit, None, None  # a magnitude is a magnitude, whatever depth is named
    if kind == "age":
        before = folded[max(clause[0], start - 24) : start]
        return ("age_at" if lexicon().age_at_re.search(before) else "age"), None, None
    found = _nearest(near, kind, start, end, changed, folded)
    for cue in wide:
        usable = [f for f in cue.frames if kind in lexicon().frames[f].kinds]
        # A clause-wide cue ("including debt, …") sets the frame when it leads the figure, or
        # stands nearer to it than any other cue.
        if usable and (
            cue.end <= start
            or found is None
            or distance_to(cue, start, end) <= distance_to(found[1], start, end)
        ):
            return usable[0], cue.start, cue.end
    if kind == "percentage":
        if changed and (
            (found and found[0] in {"share_move", "market_value"})
            or (found is None and clause_session is not None)
        ):
            if found is None:
                return "share_move", None, None
            return "share_move", found[1].start, found[1].end
        if not changed:
            of = _share_of(text, folded, end, clause[1])
            if of is not None:
                return of
    if kind == "count" and unit:
        # The counted noun names its frame first ("260 blessés" in a list of the dead); a
        # frame of people never counts things ("35 maisons" are no evacuees).
        lex = lexicon()
        noun = fold(unit)
        by_unit = lex.unit_frames.get(noun)
        if by_unit == "capacity" and lex.full_re.search(folded, *clause):
            return "crowd", None, None  # "un stade de 80 000 places, plein à craquer"
        if by_unit:
            return by_unit, None, None
        if found is not None and lex.frames[found[0]].counted and noun not in lex.people:
            found = None
        if found is None:
            return f"count:{unit}", None, None
    if kind == "measure" and found is None and unit:
        by_unit = lexicon().unit_frames.get(fold(unit))
        if by_unit:
            return by_unit, None, None
    if found is None:
        # A clause that names no measure may take the one its sentence named before it.
        found = _nearest(lead, kind, start, end, changed, folded)
    if found is None:
        return None, None, None
    return found[0], found[1].start, found[1].end


_WORD_BEFORE = re.compile(r"([a-z][a-z-]+)\s+$")
_WORD_AFTER = re.compile(r"\s+(?:du|de la|de l'|des|d')\s*([a-z][a-z-]+)")
_DIVISION = re.compile(
    r"(?<![a-z])(?:division|branche|pole|activite|filiale|segment)\s+(?:de |d'|du |des )?"
    r"([a-z][a-z-]{3,})|(?<![a-z])([a-z][a-z-]{3,})\s+(?:division|unit|segment|business|arm)(?![a-z])"
)
"""A division named in a clause: "la division aéronautique", "its cloud unit"."""
SEGMENT_FRAMES = frozenset(
    {"revenue", "profit", "loss", "market_share", "investment", "budget", "area", "margin"}
)
"""Frames whose cue may be narrowed by a segment ("cloud revenue")."""


def segment_of(
    text: str,
    folded: str,
    frame: str | None,
    cue: tuple[int, int] | None,
    lang: str,
    clause: tuple[int, int] | None = None,
) -> str | None:
    """Return the part of what a frame measures: a division its clause names before the figure
    ("la division aéronautique", "its cloud unit"), else the noun its cue names, before an
    English cue ("cloud revenue") or after a French one ("revenus du cloud"); never a name, a
    period or a determiner."""
    if frame not in SEGMENT_FRAMES:
        return None
    lex = lexicon()
    if clause is not None:
        unit = _DIVISION.search(folded, *clause)
        if unit is not None:
            word = unit.group(1) or unit.group(2)
            if word not in lex.not_segment and not text[unit.start()].isupper():
                return str(word).rstrip("s")
    if cue is None:
        return None
    before = _WORD_BEFORE.search(folded, max(0, cue[0] - 24), cue[0]) if lang == "en" else None
    after = _WORD_AFTER.match(folded, cue[1]) if lang != "en" else None
    for m in (before, after):
        if m is None:
            continue
        word = m.group(1)
        if word in lex.not_segment or text[m.start(1)].isupper():
            continue
        if m is before and word.endswith(("ed", "ing")):
            continue  # a verb ("posted revenue"), not a noun naming a part
        return word.rstrip("s")
    return None
