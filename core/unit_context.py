"""What the words after a unit say, for money and measures: the period a rate names ("par mois",
"a day", "/j") and whether a noun follows the unit ("5 won games": no amount)."""

from __future__ import annotations

import re

PER_YEAR_WORDS = (
    r"par an|par annee|l'an|a year|per year|each year|annually|per annum|/\s?an|/\s?year|/\s?yr"
)
"""Words after a figure that make it a yearly rate, as a regex alternation on folded text."""
PER_MONTH_WORDS = r"par mois|a month|per month"
"""Words after a figure that make it a monthly rate."""
PER_DAY_WORDS = r"par jour|a day|per day"
"""Words after a figure that make it a daily rate."""

RATE_PERIODS = (
    ("mois", "month"),
    ("month", "month"),
    ("mensu", "month"),
    ("semaine", "week"),
    ("week", "week"),
    ("hebdo", "week"),
    ("jour", "day"),
    ("day", "day"),
    ("daily", "day"),
    ("quotid", "day"),
    ("heure", "hour"),
    ("hour", "hour"),
)
"""Which period a rate names, by a piece of its words; anything else is a year ("par saison":
a season of sport or of a show is counted as a year)."""

_SHORT_PERIODS = {"/h": "hour", "/j": "day", "/d": "day"}
"""Rates written with a slash and one letter: "/h", "/j", "/d"."""


def period_of(rate: str) -> str:
    """Return the period a rate's words name: "par mois" month, "a day" or "/ j" day, "/h"
    hour, "weekly" week; "par an", "per annum", "par saison" and anything else year."""
    rate = rate.replace(" ", "")
    if rate in _SHORT_PERIODS:
        return _SHORT_PERIODS[rate]
    for piece, period in RATE_PERIODS:
        if piece in rate:
            return period
    return "year"


FUNCTION_WORDS = frozenset(
    "de du des of per a an par by to in et and from en au aux for pour le la les the on sur".split()
)
"""Words after a unit that are no noun: "10 km de", "5 won by"."""

_NEXT_WORD = re.compile(r"[\s-]+(?P<w>[a-z']+)")


def next_is_noun(folded: str, pos: int, end: int, function_words: frozenset[str]) -> bool:
    """Return whether the word at `pos` (after spaces or a hyphen) is a noun, i.e. a word not
    among `function_words` ("5 won games": yes; "5 won by": no)."""
    m = _NEXT_WORD.match(folded, pos, end)
    return m is not None and m.group("w") not in function_words
