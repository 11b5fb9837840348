"""A date being read (`DateFields`): the year, month, day or period code written, filled in when a
range shares them, before `dates.py` makes it a `DateMention`; and the small rules of numeric
dates (two-digit years, day and month order)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DateFields:
    """A date being read: its fields as written, filled in when a range shares them."""

    start: int
    end: int
    form: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    code: int | None = None  # season 21-24, quarter 33-36, half 40-41
    decade: int | None = None
    weak: bool = False  # kept only when part of a range
    role: str = ""
    relative: bool = False
    value: str | None = None  # set directly for relative dates
    display: str = ""
    bounds: tuple[float, float] | None = None
    extra: dict[str, int] = field(default_factory=dict)


def two_digit_year(y2: str, ref_year: int | None) -> int:
    """Return the year of "'89" or "15": in the 2000s unless that is more than ten years after
    the reference year (news tells of the past), then in the 1900s. With no reference year,
    a fixed one (`UNDATED_REFERENCE_YEAR`), never today's date, so that the same text always
    reads the same: "'40" is 1940, "'25" 2025."""
    v = int(y2)
    ref = UNDATED_REFERENCE_YEAR if ref_year is None else ref_year
    return 2000 + v if 2000 + v <= ref + 10 else 1900 + v


UNDATED_REFERENCE_YEAR = 2026
"""The year two-digit years are judged against when the text gives no date of its own."""


def day_month(a: int, b: int, lang: str | None) -> tuple[int | None, int]:
    """Return (day, month) of two numbers: the one above 12 is the day, else by language."""
    if a > 12 and b > 12:
        return None, 0
    if a <= 12 and (b > 12 or lang == "en"):
        day, mo = b, a
    else:
        day, mo = a, b
    if not (1 <= mo <= 12 and 1 <= day <= 31):
        return None, 0
    return day, mo
