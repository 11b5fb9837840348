"""Fact keys: what a figure is about, read from its clause.

A figure's key is the entity it is about (named in its clause, or reached through a referring
word such as "le titre" or "the company", or the last party its paragraph named), the measure
frame its clause gives it ("share_move", "revenue", "dead"), and the qualifiers that make two
equal frames two facts: the trading session or reference price, the date it is given for, who
counted, a former state, gross or net. Claims with one key state one fact (core/slotting.py).

The vocabulary is data: measure_frames.toml and qualifier_words.toml beside this module.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .evidential import is_conditional
from .models import FactKey
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
_GROSS_NET = (
    ("gross", re.compile(r"(?<![a-z])(?:bruts?|brutes?|gross|pre-tax|avant impots?)(?![a-z])")),
    ("net", re.compile(r"(?<![a-z])(?:nets?|nettes?|after tax|apres impots?)(?![a-z])")),
)
PAST_WINDOW = 60
"""How far before a figure (in characters, within its clause) the verb that dates it may stand."""
_EXCLUDED = re.compile(
    r"(?<![a-z])(?:excluding|excluding one-time|not counting|except|hors|sans compter|"
    r"excluant|a l'exclusion des?|net of)\s+(?:[a-z-]+\s+)?$"
)
"""Words before a cue that name what a figure leaves out, not what it measures."""
AFTER_CLOSE = 4
"""A cue this close after a figure names it ("$59.5m termination fee", "30 Md$ de revenus")."""
AFTER_PENALTY = 12
AFTER_MAX = 24
"""A cue further than this after its figure names it no more."""
AFTER_MAX_COUNT = 60
"""The same for a count, whose verb follows its subject ("1 500 habitants de six communes ont
été évacués")."""
"""Added to the distance of a cue further after its figure than AFTER_CLOSE."""
BASIS_WINDOW = 24
"""How far after an amount (in characters) "net" or "brut" may stand and still qualify it."""


@dataclass(frozen=True)
class Frame:
    """One measure frame of the lexicon."""

    name: str
    kinds: frozenset[str]
    session: bool
    periodic: bool
    counted: bool
    changes: bool
    joint: bool
    daily: bool
    anchored: bool
    updated: bool


@dataclass(frozen=True)
class _Lexicon:
    frames: dict[str, Frame]
    cue_re: re.Pattern[str]
    cue_frames: dict[str, tuple[str, ...]]
    cue_patterns: tuple[tuple[re.Pattern[str], str], ...]
    clause_re: re.Pattern[str]
    clause_frames: dict[str, tuple[str, ...]]
    unit_frames: dict[str, str]
    session_re: re.Pattern[str]
    period_re: re.Pattern[str]
    period_of: dict[str, str]
    day_part_re: re.Pattern[str]
    asserting_re: re.Pattern[str]
    day_part_of: dict[str, str]
    session_of: dict[str, str]
    session_patterns: tuple[tuple[re.Pattern[str], str], ...]
    refer_re: re.Pattern[str]
    pronoun_re: re.Pattern[str]
    comparison_re: re.Pattern[str]
    source_before_re: re.Pattern[str]
    past_re: re.Pattern[str]
    imperfect: tuple[str, ...]
    not_imperfect: frozenset[str]
    source_verb_re: re.Pattern[str]
    age_at_re: re.Pattern[str]
    not_segment: frozenset[str]
    people: frozenset[str]
    not_issuer: tuple[str, ...]


def _alternation(cues: list[str]) -> str:
    # Longest first, so that "comparable sales" wins over "sales" where both start.
    ordered = sorted(set(cues), key=len, reverse=True)
    return r"(?<![a-z0-9])(?:" + "|".join(ordered) + r")(?![a-z0-9])"


def _load(name: str) -> dict[str, object]:
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))


def _names_of(cues: list[str], frame: str, table: dict[str, list[str]]) -> None:
    for cue in cues:
        table.setdefault(cue, []).append(frame)


@cache
def lexicon() -> _Lexicon:
    """Return the measure frames and qualifier words, read once from the data files."""
    raw = _load("measure_frames.toml")
    quals = _load("qualifier_words.toml")
    frames: dict[str, Frame] = {}
    cue_names: dict[str, list[str]] = {}
    clause_names: dict[str, list[str]] = {}
    unit_frames: dict[str, str] = {}
    for name, spec in raw.items():
        assert isinstance(spec, dict)
        frames[name] = Frame(
            name,
            frozenset(spec.get("kinds", [])),
            bool(spec.get("session")),
            bool(spec.get("periodic")),
            bool(spec.get("counted")),
            bool(spec.get("changes")),
            bool(spec.get("joint")),
            bool(spec.get("daily")),
            bool(spec.get("anchored")),
            bool(spec.get("updated")),
        )
        _names_of(list(spec.get("cues", [])), name, cue_names)
        _names_of(list(spec.get("clause", [])), name, clause_names)
        for unit in spec.get("units", []):
            unit_frames[unit] = name
    sessions = quals["sessions"]
    assert isinstance(sessions, dict)
    periods = quals["periods"]
    assert isinstance(periods, dict)
    period_names: dict[str, list[str]] = {}
    for name, cues in periods.items():
        _names_of(list(cues), name, period_names)
    parts = quals["day_parts"]
    assert isinstance(parts, dict)
    part_names: dict[str, list[str]] = {}
    for name, cues in parts.items():
        _names_of(list(cues), name, part_names)
    session_names: dict[str, list[str]] = {}
    for name, cues in sessions.items():
        _names_of(list(cues), name, session_names)

    def table(key: str, field: str = "words") -> list[str]:
        spec = quals[key]
        assert isinstance(spec, dict)
        return list(spec[field])

    literal = re.compile(r"[a-z0-9' -]+")
    return _Lexicon(
        frames=frames,
        cue_re=re.compile(_alternation(list(cue_names))),
        cue_frames={c: tuple(f) for c, f in cue_names.items() if literal.fullmatch(c)},
        cue_patterns=tuple(
            (re.compile(c), f)
            for c, fs in cue_names.items()
            if not literal.fullmatch(c)
            for f in fs
        ),
        clause_re=re.compile(_alternation(list(clause_names))),
        clause_frames={c: tuple(f) for c, f in clause_names.items()},
        unit_frames=unit_frames,
        session_re=re.compile(_alternation(list(session_names))),
        period_re=re.compile(_alternation(list(period_names))),
        period_of={c: f[0] for c, f in period_names.items()},
        day_part_re=re.compile(_alternation(list(part_names))),
        asserting_re=re.compile(_alternation(table("asserting", "patterns"))),
        day_part_of={c: f[0] for c, f in part_names.items()},
        session_of={c: f[0] for c, f in session_names.items() if literal.fullmatch(c)},
        session_patterns=tuple(
            (re.compile(c), f[0]) for c, f in session_names.items() if not literal.fullmatch(c)
        ),
        refer_re=re.compile(_alternation(table("refer"))),
        pronoun_re=re.compile(_alternation(table("refer", "pronouns"))),
        comparison_re=re.compile(_alternation(table("comparison"))),
        source_before_re=re.compile(_alternation(table("source_verbs", "before")) + r"\s*$"),
        past_re=re.compile(_alternation(table("past"))),
        imperfect=tuple(table("past", "imperfect_endings")),
        not_imperfect=frozenset(table("past", "not_imperfect")),
        source_verb_re=re.compile(
            # "Reuters reported", "Relevo lui attribue", "the WSJ, citing people…, reported"
            r"\s*(?:,[^,]{1,80},\s*)?(?:(?:l'|lui|leur|le|la|les)\s*)?"
            + _alternation(table("source_verbs"))
        ),
        age_at_re=re.compile(_alternation(table("age_at")) + r"\s*$"),
        not_segment=frozenset(table("segment", "not_segment")),
        people=frozenset(table("people", "units")),
        not_issuer=tuple(table("refer", "not_issuer")),
    )


def frame_info(name: str | None) -> Frame | None:
    """Return the lexicon's description of a frame, or None for frames it does not hold."""
    return lexicon().frames.get(name) if name else None


@lru_cache(maxsize=4096)
def _frames_of_cue(cue: str) -> tuple[str, ...]:
    lex = lexicon()
    found = lex.cue_frames.get(cue)
    if found is not None:
        return found
    return tuple(f for rx, f in lex.cue_patterns if rx.fullmatch(cue))


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
        Cue(m.start(), m.end(), _frames_of_cue(m.group(0)))
        for m in lex.cue_re.finditer(folded, start, end)
        # "excluding one-time costs", "hors primes": what a figure leaves out, not its measure
        if not _EXCLUDED.search(folded, max(start, m.start() - 24), m.start())
    ]
    wide = [
        Cue(m.start(), m.end(), lex.clause_frames.get(m.group(0), ()))
        for m in lex.clause_re.finditer(folded, start, end)
    ]
    return near, wide


def _distance(cue: Cue, start: int, end: int) -> int:
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
        distance = _distance(cue, start, end)
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
        if named and (best is None or _distance(cue, start, end) < best[0]):
            best = (_distance(cue, start, end), named[0])
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
        frames = [f for f in _frames_of_cue(candidate) if "percentage" in lexicon().frames[f].kinds]
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
            or _distance(cue, start, end) <= _distance(found[1], start, end)
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


def sessions_in(folded: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return the sessions and reference prices a sentence names, with their spans."""
    lex = lexicon()
    out = []
    for m in lex.session_re.finditer(folded, start, end):
        cue = m.group(0)
        name = lex.session_of.get(cue) or next(
            (n for rx, n in lex.session_patterns if rx.fullmatch(cue)), None
        )
        if name is not None:
            out.append((m.start(), m.end(), name))
    return out


def nearest_session(sessions: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """Return the session named nearest to a figure, of those its sentence names."""
    best = min(sessions, key=lambda s: _distance(Cue(s[0], s[1], ()), start, end), default=None)
    return best[2] if best else None


def past_of(folded: str, clause_start: int, start: int) -> str | None:
    """Return "former" when the clause states the figure as a former state ("avait réuni",
    "had lost", "un an plus tôt"), "imperfect" when only its tense may say so ("il percevait"),
    else None."""
    lex = lexicon()
    before = folded[max(clause_start, start - PAST_WINDOW) : start]
    if lex.past_re.search(before):
        return "former"
    for word in re.findall(r"[a-z]+", before):
        if (
            len(word) >= 5
            and word.endswith(lex.imperfect)
            and word not in lex.not_imperfect
            and not any(word.endswith(n) for n in lex.not_imperfect)
            and not is_conditional(word)
        ):
            return "imperfect"
    return None


def is_issuer(key: str) -> bool:
    """Return whether a name key may be a company whose shares trade (not an index)."""
    return not any(ch.isdigit() for ch in key) and not key.startswith(lexicon().not_issuer)


def asserting_verb(folded: str, clause_start: int, start: int) -> tuple[int, int] | None:
    """Return the span of the verb that states a figure as fact, the last before it in its
    clause ("OpenAI a conclu un accord de 300 milliards"), or None."""
    found = None
    for m in lexicon().asserting_re.finditer(folded, clause_start, start):
        found = (m.start(), m.end())
    return found


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
    "Relevo lui attribue", "Reuters reported", "si l'on en croit Relevo"."""
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


def basis_of(folded: str, start: int, end: int, limit: int) -> str | None:
    """Return "gross" or "net" when the amount is written with either."""
    for window in (folded[start:end], _up_to_break(folded, end, min(limit, end + BASIS_WINDOW))):
        found = next((name for name, rx in _GROSS_NET if rx.search(window)), None)
        if found:
            return found
    return None


def _up_to_break(folded: str, start: int, end: int) -> str:
    """The words after a figure up to the next comma or figure: what still qualifies it."""
    m = re.search(r"[,;:(]|\d", folded[start:end])
    return folded[start : start + m.start()] if m else folded[start:end]


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


def period_in(folded: str, start: int, end: int) -> str | None:
    """Return the period a clause names without a date: "quarter", "half", "nine_months",
    "year" ("au premier trimestre", "full-year")."""
    m = lexicon().period_re.search(folded, start, end)
    return lexicon().period_of.get(m.group(0)) if m else None


def day_part_in(folded: str, start: int, end: int) -> str | None:
    """Return the part of a day a clause names ("samedi soir": "evening")."""
    m = lexicon().day_part_re.search(folded, start, end)
    return lexicon().day_part_of.get(m.group(0)) if m else None


def _period(reference: str | None) -> str | None:
    """The period a date gives a periodic figure: a year, quarter, half, season or month
    ("2024", "2025-33"); a day is when the figure was reported, not what it covers."""
    if reference is None or not reference[:4].isdigit():
        return None
    return None if len(reference) >= len("2025-05-15") else reference


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
