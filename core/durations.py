"""Extracting durations ("cinq ans", "36 hours", "trois ans et demi", "a decade"), in years.

Every duration's value is in years (unit "year"), sub-day ones too: an hour is 1/8766 of a year
(a day is 1/365.25). Halves and compounds add up: "trois ans et demi" is 3.5, "deux ans et six
mois" 2.5, "an hour and a half" 1.5/8766.

Not durations: "il y a trois ans" and "three years ago" (relative dates, `dates.py`), ages
("aged 71", "a 58-year-old", "âgé de 58 ans"), "à 21 heures" (a time of day, `times.py`),
reading times ("7 min de lecture", "3 min read"), and "5 % sur un an" (year on year).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from .calendar_words import DURATION_YEARS
from .figures import Quantity, make_quantity
from .number_words import SMALL_NUMBERS
from .numbers import Number
from .phrases import literal_alternation
from .times import DURATION_BEFORE, TIME_CUE_BEFORE, TRAVEL_AFTER

_UNITS = literal_alternation(DURATION_YEARS)
_HALF = r"(?:\s+(?:and\s+(?:a\s+)?(?:half|quarter)|et\s+(?:demie?|quart))|-and-a-(?:half|quarter))"
_DURATION = re.compile(
    rf"(?P<half1>{_HALF})?(?:\s?(?:(?:prochaines?|dernieres?|premieres?|consecutives?|"
    rf"supplementaires?|full|whole|entiers?|entieres?|pleins?|pleines?)\s+)?"
    rf"(?P<u>{_UNITS})|-(?P<h>year|month|week|day|decade|hour|minute|min|second)s?)"
    rf"(?![a-z0-9])(?P<half2>{_HALF}(?![a-z]))?"
)
_SMALL = literal_alternation(SMALL_NUMBERS)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
_DIGIT_NEXT = re.compile(r"\s?\d")
_COMPOUND = re.compile(
    rf"\s*,?\s*(?:et|and)?\s*(?P<n>\d{{1,2}}|{_SMALL})\s+(?P<u>{_UNITS})(?![a-z0-9])"
)
_NOT_DURATION_BEFORE = re.compile(
    r"(?:il y a|age de|agee? de|ages de|agees de|aged|fete ses|fetera ses|at the age of|"
    r"a l'age de|voici|voila)\s*$"
)
_IDIOMS = re.compile(r"(?:un jour|one day|un de ces jours|some day|a la seconde)(?![a-z])")
_NOT_DURATION_AFTER = re.compile(
    r"\s*(?:ago|plus tot|auparavant|-?old|d'age|de prison|earlier|de lecture|read|"
    r"reading|de video|of video)\b"
)
_WORD_AFTER_SECOND = re.compile(r"[\s-]+(?P<w>[a-z]+)")
_SECOND_DURATION_NEXT = frozenset(
    """
    later earlier ago after before too longer more less only each per or and of to in on for
    from at by than that then plus apres avant auparavant trop seulement chacune par ou et de du
    des pour dans a au aux sur que qui puis
    """.split()
)
"""Words that may follow "a second", "une seconde" as a length of time ("une seconde plus
tard", "a second later"); any other word makes it an ordinal ("une seconde fois", "a second
attempt")."""
_PERCENT_BEFORE = re.compile(r"(?:%|pour cent|percent)[^.;]{0,25}(?:sur|over|par rapport a)\s*$")
_SHORT_UNITS = frozenset({"h", "min", "mn", "sec", "hr", "hrs", "mins", "secs"})
_HOUR_UNITS = frozenset({"h", "heure", "heures"})
# Durations written without a digit: "a decade", "half an hour", "une demi-heure".
_WORD_DURATION = re.compile(
    rf"(?<![\w'-])(?:"
    rf"(?P<half>half\s+an?\s+|a\s+half\s+|half\s+|une\s+demi-|demi-|une\s+demie?\s+|"
    rf"demie?\s+|half-)"
    rf"(?P<hu>{_UNITS})"
    rf"|(?P<art>an?|une?|one)\s+(?P<au>{_UNITS})(?P<ahalf>{_HALF})"
    rf"|(?P<art2>an?)\s+(?P<au2>decade|fortnight|century)"
    rf"|(?P<art3>an?)\s+(?P<au3>{_UNITS})"
    rf")(?![a-z0-9-])"
)
_ARTICLE_CUE = re.compile(
    r"(?:\b(?:for|over|during|lasted|lasting|last|lasts|took|takes|take|within|spent|spend|"
    r"nearly|almost|about|around|more than|less than|up to|at least|barely|only|just)\s+)$"
)


def _fraction(words: str) -> float:
    """Return what "and a half" (0.5) or "et quart" (0.25) adds to one unit."""
    return 0.25 if "quar" in words else 0.5


def is_ordinal_second(folded: str, unit_end: int, end: int) -> bool:
    """Whether the singular "second"/"seconde" ending at `unit_end` is an ordinal: a word
    other than "later", "plus tard", "of"… follows it ("for a second time", "une seconde
    fois", "a second attempt")."""
    if not folded[max(0, unit_end - 7) : unit_end].endswith(("second", "seconde")):
        return False
    m = _WORD_AFTER_SECOND.match(folded, unit_end, end)
    return m is not None and m.group("w") not in _SECOND_DURATION_NEXT


def duration_at(n: Number, folded: str, end: int) -> Quantity | None:
    """Return the duration whose number is `n` ("5 ans", "five-year", "trois ans et demi"), if a
    time unit follows it and it is not a relative date, an age or a time of day."""
    m = _DURATION.match(folded, n.end, end)
    if not m:
        return None
    if _NOT_DURATION_BEFORE.search(folded, max(0, n.start - 20), n.start):
        return None
    if _NOT_DURATION_AFTER.match(folded, m.end(), end) or _IDIOMS.match(folded, n.start):
        return None
    if not n.spelled and 1800 <= n.value <= 2100:
        return None
    unit_word = m.group("u") or m.group("h")
    if m.group("u") == "second" and folded[m.start("u") - 1 : m.start("u")] != " ":
        return None
    if (
        unit_word in {"second", "seconde"}
        and folded[n.start : n.end] in {"un", "une", "a", "an"}
        and is_ordinal_second(folded, m.end(), end)
    ):
        return None  # "une seconde fois"; "one second time difference" stays a duration
    window = max(0, n.start - 20)
    time_cue = TIME_CUE_BEFORE.search(folded, window, n.start)
    if unit_word in _HOUR_UNITS and time_cue and not TRAVEL_AFTER.match(folded, m.end(), end):
        return None  # "à 21 heures": a time of day; "à 2 heures de route" is a duration
    if unit_word in _SHORT_UNITS:
        if not DURATION_BEFORE.search(folded, window, n.start) and not _CLAUSE_END.match(
            folded, m.end(), end
        ):
            return None  # "21h" or "3 min" with nothing to say it is a span of time
        if unit_word == "h" and _DIGIT_NEXT.match(folded, m.end(), m.end() + 2):
            return None  # "2 h 30" is read as a time by times.py, or not at all
    per_unit = DURATION_YEARS[unit_word]
    years = n.value * per_unit
    part = 0.0
    if m.group("half1") or m.group("half2"):
        part = _fraction(m.group("half1") or m.group("half2"))
        years += per_unit * part
    stop = m.end()
    if not (m.group("half1") or m.group("half2")):
        c = _COMPOUND.match(folded, stop, end)
        if (
            c
            and DURATION_YEARS[c.group("u")] < per_unit
            and not _NOT_DURATION_AFTER.match(folded, c.end(), end)
        ):
            k = c.group("n")
            years += (int(k) if k.isdigit() else SMALL_NUMBERS[k]) * DURATION_YEARS[c.group("u")]
            stop = c.end()
    if abs(years - 1) < 0.01 and _PERCENT_BEFORE.search(folded, max(0, n.start - 40), n.start):
        return None  # "en hausse de 12 % sur un an": year on year, not a duration
    q = make_quantity("duration", n.start, stop, years, "year", n, folded)
    # "trois ans et demi" is written to the half year, whatever its number's step.
    return replace(q, precision=per_unit * part) if part else q


def find_word_durations(folded: str, start: int, end: int) -> list[Quantity]:
    """Return the durations of `folded[start:end]` written without a number: "a decade", "a
    fortnight", "half an hour", "une demi-heure", "a year and a half", "for an hour"."""
    out: list[Quantity] = []
    for m in _WORD_DURATION.finditer(folded, start, end):
        if _NOT_DURATION_AFTER.match(folded, m.end(), end):
            continue
        if is_ordinal_second(folded, m.end(), end):
            continue
        if _NOT_DURATION_BEFORE.search(folded, max(0, m.start() - 20), m.start()):
            continue
        step = 0.0
        if m.group("hu"):
            bare = not re.search(r"\ban?\b|\bune?\b", m.group("half"))
            if bare and DURATION_YEARS[m.group("hu")] > 1 / 365.25:
                continue  # "half-year results", "demi-saison": a period named, not a length
            years = DURATION_YEARS[m.group("hu")] / 2
        elif m.group("au"):
            step = DURATION_YEARS[m.group("au")] * _fraction(m.group("ahalf"))
            years = DURATION_YEARS[m.group("au")] + step
        elif m.group("au2"):
            years = DURATION_YEARS[m.group("au2")]
        else:
            unit = m.group("au3")
            if unit in _SHORT_UNITS or (unit.endswith("s") and unit != "mois"):
                continue
            if not _ARTICLE_CUE.search(folded, max(0, m.start() - 14), m.start()):
                continue  # "30 bn a year", "twice a day": rates and frequencies
            years = DURATION_YEARS[unit]
        n = Number(m.start(), m.end(), years, 1, spelled=True, step=step or years)
        out.append(make_quantity("duration", m.start(), m.end(), years, "year", n, folded))
    return out


class _Span(Protocol):
    """Anything with a span: a date or a time mention."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def settle_overlaps(
    quantities: list[Quantity],
    word_durations: list[Quantity],
    dates: Sequence[_Span],
    times: Sequence[_Span],
) -> list[Quantity]:
    """Return a sentence's quantities once the durations written in words are added and times
    and dates have taken their spans: a time of day wins over any figure ("(1915 GMT)" is no
    count of 1915), a date over a count or a duration ("2 days ago", "du 3 au 12 mars")."""

    def inside(q: Quantity, spans: Sequence[_Span]) -> bool:
        return any(s.start < q.end and q.start < s.end for s in spans)

    kept = [
        q
        for q in quantities
        if not inside(q, times) and not (q.kind in ("count", "duration") and inside(q, dates))
    ]
    for w in word_durations:
        clash = any(q.start < w.end and w.start < q.end for q in kept)
        if not clash and not inside(w, times) and not inside(w, dates):
            kept.append(w)
    kept.sort(key=lambda q: q.start)
    return kept
