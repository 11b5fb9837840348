"""The vocabulary fact keys are read with: the measure frames of general news and the words
that qualify a figure, loaded once from measure_frames.toml and qualifier_words.toml beside this
module (data, never code)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


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
    full_re: re.Pattern[str]
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
        full_re=re.compile(_alternation(table("full"))),
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
            # "Reuters reported", "Dalmas lui attribue", "the WSJ, citing people…, reported"
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
def frames_of_cue(cue: str) -> tuple[str, ...]:
    """Return the frames a cue as matched in folded text may name."""
    lex = lexicon()
    found = lex.cue_frames.get(cue)
    if found is not None:
        return found
    return tuple(f for rx, f in lex.cue_patterns if rx.fullmatch(cue))
