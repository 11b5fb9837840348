"""Extracting durations ("cinq ans", "36 hours", "five-year"), normalised to years."""

from __future__ import annotations

import re

from .figures import Quantity, make_quantity
from .numbers import Number

_DURATION = re.compile(
    r"(?:\s?(?:(?:prochaines?|dernieres?|premieres?|consecutives?|supplementaires?)\s+)?"
    r"(?P<u>ans|annees|an|annee|mois|semaines?|jours?|decennies|decennie|years?|months?|weeks?|"
    r"days?|decades?)|-(?P<h>year|month|week|day|decade))(?![a-z])"
)
_DURATION_YEARS = {
    "an": 1.0,
    "ans": 1.0,
    "annee": 1.0,
    "annees": 1.0,
    "year": 1.0,
    "years": 1.0,
    "mois": 1 / 12,
    "month": 1 / 12,
    "months": 1 / 12,
    "semaine": 7 / 365.25,
    "semaines": 7 / 365.25,
    "week": 7 / 365.25,
    "weeks": 7 / 365.25,
    "jour": 1 / 365.25,
    "jours": 1 / 365.25,
    "day": 1 / 365.25,
    "days": 1 / 365.25,
    "decennie": 10.0,
    "decennies": 10.0,
    "decade": 10.0,
    "decades": 10.0,
}
_NOT_DURATION_BEFORE = re.compile(r"(?:il y a|age de|agee? de|ages de|fete ses|fetera ses)\s*$")
_IDIOMS = re.compile(r"(?:un jour|one day|un de ces jours|some day)(?![a-z])")
_NOT_DURATION_AFTER = re.compile(r"\s*(?:ago|plus tot|auparavant|old|d'age|de prison|earlier)\b")
_PERCENT_BEFORE = re.compile(r"(?:%|pour cent|percent)[^.;]{0,25}(?:sur|over|par rapport a)\s*$")


def duration_at(n: Number, folded: str, end: int) -> Quantity | None:
    """Return the duration whose number is `n` ("5 ans", "five-year"), if a time unit follows it."""
    if m := _DURATION.match(folded, n.end, end):
        if _NOT_DURATION_BEFORE.search(folded, max(0, n.start - 20), n.start):
            return None
        if _NOT_DURATION_AFTER.match(folded, m.end(), end) or _IDIOMS.match(folded, n.start):
            return None
        if not n.spelled and 1800 <= n.value <= 2100:
            return None
        unit_word = m.group("u") or m.group("h")
        years = n.value * _DURATION_YEARS[unit_word]
        if abs(years - 1) < 0.01 and _PERCENT_BEFORE.search(folded, max(0, n.start - 40), n.start):
            return None  # "en hausse de 12 % sur un an": year on year, not a duration
        return make_quantity("duration", n.start, m.end(), years, "year", n, folded)
    return None
