"""Qualifiers of a figure read from its sentence: the trading session or reference price, the
period it covers, the part of a day a toll was given for, a former state, gross or net, and the
verb that states it as fact."""

from __future__ import annotations

import re

from .evidential import is_conditional
from .fact_lexicon import lexicon
from .frames import Cue, distance_to

_GROSS_NET = (
    ("gross", re.compile(r"(?<![a-z])(?:bruts?|brutes?|gross|pre-tax|avant impots?)(?![a-z])")),
    ("net", re.compile(r"(?<![a-z])(?:nets?|nettes?|after tax|apres impots?)(?![a-z])")),
)
PAST_WINDOW = 60
"""How far before a figure (in characters, within its clause) the verb that dates it may stand."""
BASIS_WINDOW = 24
"""How far after an amount (in characters) "net" or "brut" may stand and still qualify it."""


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
    best = min(sessions, key=lambda s: distance_to(Cue(s[0], s[1], ()), start, end), default=None)
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


def asserting_verb(folded: str, clause_start: int, start: int) -> tuple[int, int] | None:
    """Return the span of the verb that states a figure as fact, the last before it in its
    clause ("Acme a conclu un accord de 12 milliards"), or None."""
    found = None
    for m in lexicon().asserting_re.finditer(folded, clause_start, start):
        found = (m.start(), m.end())
    return found


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


def period_in(folded: str, start: int, end: int) -> str | None:
    """Return the period a clause names without a date: "quarter", "half", "nine_months",
    "year" ("au premier trimestre", "full-year")."""
    m = lexicon().period_re.search(folded, start, end)
    return lexicon().period_of.get(m.group(0)) if m else None


def day_part_in(folded: str, start: int, end: int) -> str | None:
    """Return the part of a day a clause names ("samedi soir": "evening")."""
    m = lexicon().day_part_re.search(folded, start, end)
    return lexicon().day_part_of.get(m.group(0)) if m else None
