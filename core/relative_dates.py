"""Relative dates ("hier", "lundi", "la semaine dernière", "janvier dernier", "il y a trois ans",
"yesterday", "last week", "next year"): read and resolved against a reference date, keeping the
granularity written. The rules are in `dates.py`'s docstring."""

from __future__ import annotations

import datetime as dt
import re

from .calendar_words import (
    AGO_UNITS,
    MONTHS_FULL,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    RELATIVE_TO_ANOTHER_DAY,
    SEASON_MONTHS,
    SEASONS,
    WEEKDAY_NOT_A_DATE_AFTER,
    WEEKDAY_NOT_A_DATE_BEFORE,
    WEEKDAYS,
)
from .date_fields import DateFields
from .date_forms import FRENCH_FUTURE, FUTURE, NOT_FUTURE
from .number_words import SMALL_NUMBERS

Reference = tuple[int | None, int | None, int | None]
"""A reference date as (year, month, day), each None when not known."""


def parse_reference(reference: dt.date | str | None) -> Reference:
    """Return the (year, month, day) of a reference date, as precise as it was given."""
    if reference is None:
        return None, None, None
    if isinstance(reference, dt.datetime):
        return reference.year, reference.month, reference.day
    if isinstance(reference, dt.date):
        return reference.year, reference.month, reference.day
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(reference))
    if not m:
        return None, None, None
    y, mo, d = (int(g) if g else None for g in m.groups())
    try:
        if y and mo and d:
            dt.date(y, mo, d)
    except ValueError:
        return y, None, None
    return y, mo, d


def read_relative(
    form: str,
    m: re.Match[str],
    text: str,
    folded: str,
    ref: Reference,
    sentence: tuple[int, int],
) -> DateFields | None:
    """Return the relative date a hit of `form` ("rel", "ago", "relmon", "weekday") gives,
    resolved against `ref` when it is precise enough, or None when the words are no date
    ("Black Friday", "le lundi": every Monday)."""
    g = m.groupdict()
    s, e = m.start(), m.end()
    out = DateFields(s, e, form, relative=True, display=text[s:e])
    y, mo, d = ref
    today = dt.date(y, mo, d) if y and mo and d else None
    if form == "rel":
        phrase = g["r"]
        if phrase == "aujourd'hui" and folded[max(0, s - 2) : s] in ("d'", "l'"):
            return None  # "la France d'aujourd'hui": nowadays, not a day
        if phrase in RELATIVE_TO_ANOTHER_DAY:
            return out
        if phrase in RELATIVE_DAYS:
            if today:
                _set_day(out, today + dt.timedelta(days=RELATIVE_DAYS[phrase]))
            return out
        unit, k = RELATIVE_PERIODS[phrase]
        _set_period(out, unit, k, y, mo, today)
        return out
    if form == "ago":
        n_word = g["n"] or g["n2"]
        unit = AGO_UNITS[g["u"] or g["u2"]]
        n = int(n_word) if n_word.isdigit() else SMALL_NUMBERS[n_word]
        if unit == "day":
            if today:
                _set_day(out, today - dt.timedelta(days=n))
        elif unit == "week":
            if today:
                _set_week(out, today - dt.timedelta(days=7 * n))
        else:
            _set_period(out, unit, -n, y, mo, today)
        return out
    if form == "relmon":
        return _relative_month(out, g, text, m, y, mo)
    # a weekday
    wd_word = g["wd"]
    before = folded[max(0, s - 20) : s].split()
    after = folded[e : e + 20].split()
    if before and before[-1] in WEEKDAY_NOT_A_DATE_BEFORE:
        return None
    if after and after[0].strip(".,;:'") in WEEKDAY_NOT_A_DATE_AFTER and not g["post"]:
        return None
    original = text[m.start("wd")]
    if wd_word in WEEKDAYS and wd_word[-3:] == "day" and not original.isupper():
        return None  # English weekdays are capitalised
    if not g["pre"] and before and before[-1] in ("le", "les", "the"):
        return None  # "le lundi": every Monday
    pre, post = g["pre"], g["post"]
    if not pre and before and before[-1] == "on":
        out.start = s - 3 if folded[s - 3 : s] == "on " else s
        out.display = text[out.start : e]
    if today is None:
        return out
    target = WEEKDAYS[wd_word]
    delta_back = (today.weekday() - target) % 7
    if pre == "last" or post in ("dernier", "passe"):
        day = today - dt.timedelta(days=delta_back or 7)
    elif pre == "next" or post == "prochain":
        day = today + dt.timedelta(days=(target - today.weekday()) % 7 or 7)
    elif pre in ("this", "ce", "cette"):
        day = today + dt.timedelta(days=target - today.weekday())
    elif _is_future(
        folded, (max(sentence[0], s - 60), min(sentence[1], e + 40)), wd_word[-3:] != "day"
    ) or (
        before
        and before[-1] in _FORWARD_BEFORE
        and (before[-1] == "d'ici" or not _PAST.search(folded, sentence[0], s))
    ):
        day = today + dt.timedelta(days=(target - today.weekday()) % 7)
    else:
        day = today - dt.timedelta(days=delta_back)
    _set_day(out, day)
    return out


def _relative_month(
    out: DateFields, g: dict[str, str], text: str, m: re.Match[str], y: int | None, mo: int | None
) -> DateFields | None:
    """Read "janvier dernier", "last March", "l'été prochain", "this summer": the month or season
    written, in the year the word before or after it gives from the reference."""
    word = g["w"] or g["w2"]
    key = "w" if g["w"] else "w2"
    if word == "may" and not text[m.start(key)].isupper():
        return None  # "this may be"
    if word == "fall" and g["pre"] == "this" and not text[m.start(key)].islower():
        return None
    way = {"last": -1, "next": 1}.get(g["pre"] or "", 0)
    if g["post"]:
        way = 1 if g["post"].startswith("prochain") else -1
    code = SEASONS.get(word)
    out.m, out.code = MONTHS_FULL.get(word), code
    out.value = f"XXXX-{out.m:02d}" if out.m else f"XXXX-{code}"
    if y is None or mo is None:
        return out
    if out.m:
        first = last = out.m
    elif code in SEASON_MONTHS:
        first, last = SEASON_MONTHS[code]
    else:
        return out  # winter: which year it belongs to is a convention, left unresolved
    year = y
    if way < 0 and mo <= last:
        year = y - 1
    elif way > 0 and mo >= first:
        year = y + 1
    out.value = out.value.replace("XXXX", str(year))
    out.bounds = (float(year), float(year))
    return out


def day_relative(date: DateFields, word: str, text: str, end: int, ref: Reference) -> None:
    """Make "le 3 mars dernier" relative: the 3 March before the reference ("prochain": after)."""
    date.end, date.relative = end, True
    date.display = text[date.start : end]
    month, day = date.m or 1, date.d or 1
    date.value = f"XXXX-{month:02d}-{day:02d}"
    y, mo, d = ref
    if y is None or mo is None or d is None:
        return
    if word.startswith("prochain"):
        year = y if (month, day) > (mo, d) else y + 1
    else:
        year = y if (month, day) < (mo, d) else y - 1
    date.value = f"{year}-{month:02d}-{day:02d}"
    date.bounds = (float(year), float(year))


_FORWARD_BEFORE = frozenset({"until", "till", "jusqu'a", "jusqu'au", "d'ici", "by"})
"""Words before a weekday that point forward ("until Friday", "jusqu'à vendredi", "d'ici
jeudi"), unless the sentence is in the past ("the strike lasted until Friday")."""
_PAST = re.compile(
    r"\b(?:was|were|had|did|lasted|remained|stayed|continued|ended|ran|a dure|ont dure|"
    r"etait|etaient|avait|avaient|est reste|est restee|sont restes|a continue|s'est poursuivie?)\b"
)


def _is_future(folded: str, sentence: tuple[int, int], french: bool) -> bool:
    """Return whether a future tense or a word of time to come stands in `sentence`."""
    if FUTURE.search(folded, *sentence):
        return True
    return french and any(
        m.group(0) not in NOT_FUTURE for m in FRENCH_FUTURE.finditer(folded, *sentence)
    )


def _set_day(out: DateFields, day: dt.date) -> None:
    out.value = day.isoformat()
    out.bounds = (float(day.year), float(day.year))


def _set_week(out: DateFields, day: dt.date) -> None:
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    out.value = f"{monday.isoformat()}/{sunday.isoformat()}"
    out.bounds = (float(monday.year), float(sunday.year))


def _set_period(
    out: DateFields, unit: str, k: int, y: int | None, mo: int | None, today: dt.date | None
) -> None:
    if unit == "year" and y:
        out.value = str(y + k)
        out.bounds = (float(y + k), float(y + k))
    elif unit == "month" and y and mo:
        m0 = mo - 1 + k
        yy, mm = y + m0 // 12, m0 % 12 + 1
        out.value = f"{yy}-{mm:02d}"
        out.bounds = (float(yy), float(yy))
    elif unit == "week" and today:
        _set_week(out, today + dt.timedelta(days=7 * k))
