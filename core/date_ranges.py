"""Ranges of dates: the second day of "November 19-20" and "10/1-11/7", and two dates joined by
"to", "au", "-", "between … and" that share the year and month written once."""

from __future__ import annotations

from itertools import pairwise

from .date_fields import DateFields, day_month, two_digit_year
from .date_forms import BETWEEN, CONNECTOR_FULL, TRAILING_DAY, TRAILING_NUMERIC


def add_second_days(
    found: list[DateFields], folded: str, end: int, lang: str | None, ref_year: int | None
) -> list[DateFields]:
    """Add the second day of "November 19-20", "april 9th through 17th", "10/1/2018-10/7/2018"."""
    out: list[DateFields] = []
    consumed = -1
    for i, date in enumerate(found):
        if i == consumed:
            continue
        out.append(date)
        if date.d is None or date.m is None or date.relative or date.role == "end":
            continue
        next_start = found[i + 1].start if i + 1 < len(found) else end
        if i + 1 < len(found) and found[i + 1].form == "year":
            next_start = found[i + 2].start if i + 2 < len(found) else end
        if date.form in ("dmy", "dm", "iso"):
            t = TRAILING_NUMERIC.match(folded, date.end, end)
            if not t or next_start < t.end():
                continue
            if t.group("s2") and t.group("s1") != t.group("s2"):
                continue
            day, mo = day_month(int(t.group("a")), int(t.group("b")), lang)
            if not day:
                continue
            y = date.y
            if t.group("c") or t.group("y"):
                c = t.group("c") or t.group("y")
                y = int(c) if len(c) == 4 else two_digit_year(c, ref_year)
                if date.y is None:
                    date.y = y
            second = DateFields(t.start("a"), t.end(), "dmy" if t.group("c") else "dm", y, mo, day)
        elif date.form == "mond":
            t = TRAILING_DAY.match(folded, date.end, end)
            if not t or next_start < t.end():
                continue
            conn = t.group("c")
            between = BETWEEN.search(folded, max(0, date.start - 12), date.start)
            if conn in ("and", "et") and not between:
                continue
            second_day = int(t.group("d"))
            if second_day <= date.d:
                continue
            y = int(t.group("y")) if t.group("y") else date.y
            if date.y is None:
                date.y = y
            second = DateFields(t.start("d"), t.end(), "mond", y, date.m, second_day)
        else:
            continue
        if i + 1 < len(found) and found[i + 1].start < t.end():
            if t.start("y") != found[i + 1].start:
                continue
            consumed = i + 1  # the year after the range belongs to it
        _mark_range(date, second)
        out.append(second)
    return out


def _mark_range(first: DateFields, second: DateFields) -> None:
    first.role, second.role = "start", "end"
    first.weak = second.weak = False


def _granularity(date: DateFields) -> str:
    if date.relative:
        return "relative"
    if date.code is not None or date.decade is not None:
        return "period"
    if date.d is not None:
        return "day"
    if date.m is not None:
        return "month"
    return "year"


def link_ranges(found: list[DateFields], text: str, folded: str) -> None:
    """Join two dates written as a range and share the year and month written once."""
    for a, b in pairwise(found):
        if a.role == "start" and b.role == "end":
            continue
        gap = folded[a.end : b.start]
        if len(gap) > 14 or not CONNECTOR_FULL.match(gap):
            continue
        word = gap.strip().split()[0] if gap.strip() else ""
        if word in ("and", "et") and not BETWEEN.search(folded, max(0, a.start - 12), a.start):
            if a.form == "bday" and b.d and b.m and a.d and a.d < b.d:
                a.m, a.y, a.weak = b.m, b.y, False  # "les 15 et 16 juin": two days, no range
            continue
        if word == "a" and text[a.end + gap.index("a")] != "à":
            continue
        ga, gb = _granularity(a), _granularity(b)
        if "relative" in (ga, gb) or "period" in (ga, gb):
            continue
        if a.form == "bday":
            if b.d is None or b.m is None:
                continue
            a.m = b.m
            a.y = b.y
            if a.d is not None and b.d is not None and a.d > b.d:
                continue  # "du 28 au 3 mars" would need the month before: left alone
            _mark_range(a, b)
            continue
        if ga != gb:
            continue
        if ga == "year":
            if a.y and b.y and a.y < b.y and a.form == "year" and b.form == "year":
                _mark_range(a, b)
            continue
        if a.y is None and b.y is not None and a.m and b.m:
            a.y = b.y - 1 if a.m > b.m else b.y
        elif b.y is None and a.y is not None and a.m and b.m:
            b.y = a.y + 1 if b.m < a.m else a.y
        _mark_range(a, b)
