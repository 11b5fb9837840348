"""Extracting dates, with the role the text gives them (start, end, since…).

Values are EDTF strings, which keep the granularity that was written:

* a year "2027", a month "2024-05", a day "2025-03-14"; "XXXX-01" is a January and "XXXX-03-14"
  a 14 March of an unnamed year;
* seasons "2024-21".."2024-24" (spring..winter); quarters "2016-33".."2016-36" ("Q3 2016", "the
  third quarter of 2016", "T3 2016"); halves "2026-40" and "2026-41" ("H1 2026", "premier
  semestre 2026", "second half of 2025"); decades "199X" ("the 1990s", "les années 90");
* a week named relative to the article's date ("last week") is an EDTF interval, Monday to
  Sunday: "2025-03-03/2025-03-09".

Numeric dates: "2025-03-14" (ISO), day/month/year with "/", "-" or "." ("14/03/2025",
"3-7-2017", "15.05.99"): a field above 12 is the day; otherwise the language decides (month first
in English, day first in French and when the language is unknown). A day and month without a
year ("22/04", "4/22") count only after a cue ("le", "on", "du", "from", a weekday…) or inside a
range, since "3/4" is more often a fraction.

Ranges ("du 3 au 12 septembre", "between March 3 and 7", "from April to June 2016",
"2016-2018", "Nov 18-Dec 19, 2015") give two mentions, each with its own span, role "start" and
"end"; the year and month written once are carried to both ends.

Relative dates ("hier", "lundi", "la semaine dernière", "l'an prochain", "il y a trois ans",
"yesterday", "on Monday", "last week", "next year", "three years ago") are marked `relative` and
resolved against the article's reference date when `find_dates` is given one, keeping the
granularity written (a year stays a year). Without a reference, or when the reference is less
precise than the phrase needs, their value is None, or the EDTF with X's when a month or a day of
the month is written ("janvier dernier": "XXXX-01"). Rules:

* a weekday alone names the nearest such day on or before the reference (news tells what
  happened), unless "prochain"/"next" or a future tense in the sentence ("will", "va", "sera",
  a verb in "-ra"/"-ront") points ahead: then the nearest one on or after it; "dernier"/"last"
  is the one strictly before, "ce"/"this" the one in the reference's week;
* "la veille", "le lendemain", "the day before", "the next day" are relative to another date of
  the story, never to the article's: always None;
* "il y a trois ans" / "three years ago" take the unit's granularity: the year three years
  before the reference's year;
* "janvier dernier", "last June", "l'été dernier" name the most recent such month or season
  before the reference ("prochain"/"next": the first after it, "ce"/"this": the reference's
  year); "le 3 mai dernier" the most recent 3 May. Unresolved, they keep the X's of the year
  ("XXXX-01"); winter, which straddles two years, is never resolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .calendar_words import (
    HALF_ORDINALS,
    MONTH_ANY,
    MONTH_NAMES_EN,
    MONTHS_ABBREVIATED,
    MONTHS_FULL,
    MONTHS_NEEDING_CAPITAL,
    MONTHS_NEEDING_DAY_OR_YEAR,
    ORDINAL_DAYS,
    QUARTER_ORDINALS,
    SEASON_NAMES,
    SEASONS,
)
from .date_fields import DateFields, day_month, two_digit_year
from .date_forms import (
    DM_CUE,
    FALL_LEAD,
    FRACTIONS,
    FRENCH_MONTHS,
    NOT_YEAR_AFTER,
    NUMBER_BESIDE_AFTER,
    NUMBER_BESIDE_BEFORE,
    OF_AFTER,
    POST_RELATIVE,
    ROLE_RES,
    SEASON_LEAD,
    STARTERS,
    TOKEN,
    combined,
    form_re,
)
from .date_ranges import add_second_days, link_ranges
from .number_words import FRENCH_DAY_WORDS
from .relative_dates import day_relative, parse_reference, read_relative


@dataclass(frozen=True)
class DateMention:
    """A date found in text, with its EDTF value, year bounds and role.

    `relative` dates ("hier", "last week") have the value resolved against the reference date
    given to `find_dates`, or None when it cannot be resolved.
    """

    start: int
    end: int
    value: str | None
    display: str
    low: float | None
    high: float | None
    role: str
    relative: bool = False


def _role(text: str, folded: str, start: int) -> str:
    window_start = max(0, start - 30)
    for role, pattern in ROLE_RES:
        m = pattern.search(folded, window_start, start)
        if m and not (m.group(0).startswith("des") and text[m.start() + 1] != "è"):
            return role  # folded "dès" (from) must not be the article "des"
    return "point"


def _month_of(word: str) -> int:
    return MONTH_ANY[word.rstrip(".")]


def _ok_day(m: int | None, d: int | None) -> bool:
    return (m is None or 1 <= m <= 12) and (d is None or 1 <= d <= 31)


def _year_group(g: dict[str, str | None], ref_year: int | None) -> int | None:
    if g.get("y"):
        return int(g["y"] or 0)
    if g.get("y2"):
        return two_digit_year(g["y2"] or "0", ref_year)
    return None


def _read(
    form: str,
    m: re.Match[str],
    text: str,
    folded: str,
    lang: str | None,
    ref_year: int | None,
    sentence_start: int,
) -> DateFields | None:
    """Return the date a hit of `form` gives, or None when it is not one after all."""
    if form in _NUMERIC_FORMS:
        return _read_numeric(form, m, folded, lang, ref_year)
    if form in _PERIOD_FORMS:
        return _read_period(form, m, text, folded)
    return _read_named(form, m, text, folded, lang, ref_year, sentence_start)


_NUMERIC_FORMS = frozenset({"iso", "dmy", "mdy", "years", "my", "ym", "dm"})
_PERIOD_FORMS = frozenset({"qa", "qb", "qs", "qm", "decade"})
_FIRST_MONTHS = {"trois": 33, "three": 33, "3": 33, "six": 40, "6": 40}
"""The first three months of a year are its first quarter (EDTF 33), the first six its first
half (40); the first nine ("les neuf premiers mois de 2024") are the interval January to
September of the year written ("2024-01/2024-09"), and are left alone without a year."""


def _read_numeric(
    form: str, m: re.Match[str], folded: str, lang: str | None, ref_year: int | None
) -> DateFields | None:
    """Read a date written in figures: "2025-03-14", "14/03/2025", "2016-2018", "11/2016"."""
    y: int | None
    g = m.groupdict()
    s, e = m.start(), m.end()
    if form == "iso":
        if g["s1"] != g["s2"]:
            return None
        mo = int(g["m"]) if g["m"] else _month_of(g["mon"])
        d = int(g["d"])
        return DateFields(s, e, form, int(g["y"]), mo, d) if _ok_day(mo, d) else None
    if form == "dmy":
        if g["s1"] != g["s2"]:
            return None
        c = g["c"]
        y = int(c) if len(c) == 4 else two_digit_year(c, ref_year)
        if len(c) == 2 and g["s1"] == "." and g["a"] and len(g["a"]) == 1:
            return None  # "1.5.12" is a version number more often than a date
        a = int(g["a"])
        if g["mon"]:
            return DateFields(s, e, form, y, _month_of(g["mon"]), a) if _ok_day(None, a) else None
        b = int(g["b"])
        day, mo = day_month(a, b, lang)
        return DateFields(s, e, form, y, mo, day) if day else None
    if form == "mdy":
        return DateFields(s, e, form, int(g["y"]), _month_of(g["mon"]), int(g["d"]))
    if form == "years":
        y1, y2s = int(g["y"]), g["y2"] or ""
        if len(y2s) == 4:
            y2 = int(y2s)
        else:
            y2 = (y1 // 100) * 100 + int(y2s)
            if y2 <= y1:  # "2016-11" is November 2016, not a range back in time
                mo = int(y2s)
                return DateFields(s, e, "ym", y1, mo) if 1 <= mo <= 12 else None
        if not y1 < y2 <= y1 + 100:
            return None
        first = DateFields(s, s + 4, "year", y1, role="start")
        first.extra["range_end"] = y2
        first.extra["range_end_start"] = e - len(y2s)
        first.extra["range_end_end"] = e
        return first
    if form in ("my", "ym"):
        mo = int(g["m"])
        return DateFields(s, e, form, int(g["y"]), mo) if 1 <= mo <= 12 else None
    if form == "dm":
        a, b = int(g["a"]), int(g["b"])
        if not g.get("y") and ((a, b) in FRACTIONS or OF_AFTER.match(folded, e)):
            return None  # "le 1/4 de finale", "les 3/4 des salariés": fractions
        day, mo = day_month(a, b, lang)
        if not day:
            return None
        cue = bool(g["wd"] or g["wda"]) or bool(DM_CUE.search(folded, max(0, s - 12), s))
        if not g.get("y") and re.match(r",\d", folded[e : e + 2]):
            return None  # "08/12,15": a year written in a way not read
        padded = g["a"].startswith("0") or g["b"].startswith("0")  # "22/04": written as a date
        y = int(g["y"]) if g.get("y") else None
        return DateFields(s, e, form, y, mo, day, weak=not (cue or padded or y))
    return None


def _read_period(form: str, m: re.Match[str], text: str, folded: str) -> DateFields | None:
    """Read a quarter, a half or a decade: "Q3 2016", "premier semestre 2026", "the 1990s"."""
    y: int | None
    g = m.groupdict()
    s, e = m.start(), m.end()
    if form in ("qa", "qb"):
        q = g["q"]
        letter, n = q[0], int(q[1])
        original = text[m.start("q")]
        y = int(g["y"]) if g["y"] else None
        if letter != "q" and (not original.isupper() or y is None):
            return None  # "T3" (a flat), "S2", "H1" need their year and a capital
        if letter in "hs":
            if n > 2:
                return None
            return DateFields(s, e, form, y, code=39 + n)
        return DateFields(s, e, form, y, code=32 + n)
    if form == "qm":
        y = int(g["y"]) if g["y"] else None
        if y is None and not g["ty"] and OF_AFTER.match(folded, e):
            return None  # "les six premiers mois de son mandat": not a part of a year
        count = g["n"] or g["n2"]
        if count in _FIRST_MONTHS:
            return _of_the_year(DateFields(s, e, form, y, code=_FIRST_MONTHS[count]), g)
        if y is None:
            return None
        return DateFields(s, e, form, y, value=f"{y}-01/{y}-09", display=f"January-September {y}")
    if form == "qs":
        word, o = g["w"], g["o"]
        y = int(g["y"]) if g["y"] else None
        if y is None and not g["ty"] and word not in ("trimestre", "semestre"):
            return None  # "the first quarter" of a match; "a half" of anything
        if o in ("last", "dernier"):
            if y is None or word not in ("quarter", "trimestre"):
                return None
            return DateFields(s, e, form, y, code=36)
        if word in ("quarter", "trimestre"):
            if o not in QUARTER_ORDINALS:
                return None
            return _of_the_year(DateFields(s, e, form, y, code=32 + QUARTER_ORDINALS[o]), g)
        if o not in HALF_ORDINALS:
            return None
        return _of_the_year(DateFields(s, e, form, y, code=40 + HALF_ORDINALS[o]), g)
    if form == "decade":
        if g["d4"]:
            return DateFields(s, e, form, decade=int(g["d4"]) // 10)
        if g["df"]:
            v = int(g["df"])
            return DateFields(s, e, form, decade=(v if v >= 100 else 1900 + v) // 10)
        return DateFields(s, e, form, decade=(1900 + int(g["d2"])) // 10)
    return None


def _of_the_year(date: DateFields, g: dict[str, str | None]) -> DateFields:
    """Mark a period "of the year" ("les six premiers mois de l'année", "the third quarter of
    the year"): with a reference it is in the article's year, relative (`find_dates`); without
    one it stays a period of some year ("XXXX-40")."""
    if date.y is None and g.get("ty"):
        date.extra["this_year"] = 1
    return date


def _read_named(
    form: str,
    m: re.Match[str],
    text: str,
    folded: str,
    lang: str | None,
    ref_year: int | None,
    sentence_start: int,
) -> DateFields | None:
    """Read a date with a month or season name, or a year alone: "3 mars 2025", "May 2024"."""
    y: int | None
    g = m.groupdict()
    s, e = m.start(), m.end()
    if form in ("dmon", "mond", "mony"):
        mo = _month_of(g["mon"])
        word = g["mon"].rstrip(".")
        day = None
        if g.get("d"):
            day = int(g["d"])
        elif g.get("dw"):
            day = ORDINAL_DAYS.get(g["dw"]) or FRENCH_DAY_WORDS.get(g["dw"])
        y = _year_group(g, ref_year)
        if y is not None and g.get("y") and NOT_YEAR_AFTER.match(folded, m.end("y")):
            if form == "mony":
                return None  # "mars 2000 salariés"
            y = None
            e = max(m.end(k) for k in ("mon", "d", "suf", "dw") if m.start(k) != -1)
        english_ordinal = g.get("dw") in ORDINAL_DAYS and g.get("dw") != "premier"
        if english_ordinal and form == "dmon" and " of " not in folded[s:e]:
            return None  # "the second Mars rover": an English ordinal day needs "of"
        if word == "may" and not text[m.start("mon")].isupper():
            return None
        if form == "dmon" and re.search(r"[$€£]\s*$", folded[max(0, s - 3) : s]):
            return None  # "$ 12 December 27": the 12 is money
        if word == "sept" and form == "mony" and lang == "fr" and not g["mon"].endswith("."):
            return None  # "sept 2019" in French is a number before another
        if day is not None and not _ok_day(mo, day):
            return None
        return DateFields(s, e, form, y, mo, day)
    if form == "ymon":
        return DateFields(s, e, form, int(g["y"]), _month_of(g["mon"]))
    if form == "season":
        y = int(g["y"]) if g["y"] else None
        word = g["s"]
        if y is None:
            lead = FALL_LEAD if word == "fall" else SEASON_LEAD
            if not lead.search(folded, max(0, s - 8), s):
                return None  # "a été" is a verb; "the fall of" a fall
        return DateFields(s, e, form, y, code=SEASONS[word])
    if form == "mon":
        word = g["mon"].rstrip(".")
        if word in MONTHS_ABBREVIATED:
            return DateFields(s, e, form, None, MONTHS_ABBREVIATED[word], weak=True)
        original = text[s]
        initial = not text[sentence_start:s].strip(" \"'“«(-")
        if word in MONTHS_NEEDING_CAPITAL and (not original.isupper() or initial):
            return DateFields(s, e, form, None, MONTHS_FULL[word], weak=True)
        if word in MONTHS_NEEDING_DAY_OR_YEAR:
            return DateFields(s, e, form, None, MONTHS_FULL[word], weak=True)
        if word == "mai" and lang == "en":
            return None
        if lang == "fr" and original.isupper() and not initial and word in FRENCH_MONTHS:
            return None  # "Avril Lavigne": French months are written in lowercase
        e = m.end("mon")
        if re.search(r"\d[-/]$", folded[max(0, s - 2) : s]) or re.match(
            r"[-/]\d", folded[e : e + 2]
        ):
            return None  # "23-2020-September": glued to figures not read
        if re.match(r"\.\s?\d|\s+(?:between|entre)\s+\d", folded[e : e + 12]):
            return None  # "October. 2", "september.16th": a day written in a way not read
        return DateFields(s, e, form, None, MONTHS_FULL[word])
    if form == "bday":
        return DateFields(s, e, form, None, None, int(g["d"]), weak=True)
    if form == "year":
        if NOT_YEAR_AFTER.match(folded, e):
            return None
        if NUMBER_BESIDE_BEFORE.search(folded, max(0, s - 8), s) or NUMBER_BESIDE_AFTER.match(
            folded, e
        ):
            return None  # "02 04 2009", "11 - 2016", "2016 10 16": a date not read, no year
        return DateFields(s, e, form, int(g["y"]))
    return None


def find_dates(
    text: str,
    folded: str,
    start: int,
    end: int,
    *,
    lang: str | None = None,
    reference: dt.date | str | None = None,
) -> list[DateMention]:
    """Return the dates in `text[start:end]`; `folded` is its same-length folded copy.

    `lang` ("fr", "en") decides the order of day and month in "03/04/2025" (day first unless
    English); `reference` (a date, or an ISO/EDTF string as precise as known) resolves relative
    dates ("hier", "last week"), which are returned with `relative=True` in every case.
    """
    ref = parse_reference(reference)
    ref_year = ref[0]
    found: list[DateFields] = []
    pos = start
    pattern = combined()
    for token in TOKEN.finditer(folded, start, end):
        if token.start() < pos:
            continue
        word = token.group(0)
        if word not in STARTERS and word.isalpha():
            continue  # no date starts with this word: skip the combined pattern here
        m = pattern.match(folded, token.start(), end)
        if m is None:
            continue
        form = m.lastgroup or ""
        sub = form_re(form).match(folded, m.start(), end)
        date: DateFields | None = None
        if sub is not None and form in ("rel", "ago", "weekday", "relmon"):
            date = read_relative(form, sub, text, folded, ref, (start, end))
        elif sub is not None:
            date = _read(form, sub, text, folded, lang, ref_year, start)
        if date is None:
            continue  # "$12 December 27": read again from the next word
        pos = m.end()
        if "this_year" in date.extra and ref[0] is not None:
            # In the article's year; without a reference, "XXXX-33" (some year's first quarter).
            date.relative = True
            date.display = text[date.start : date.end]
            date.y = ref[0]
            date.value = f"{ref[0]}-{date.code}"
            date.bounds = (float(ref[0]), float(ref[0]))
        if form in ("dmon", "mond") and date.y is None and date.d and date.m:
            post = POST_RELATIVE.match(folded, date.end, end)
            if post:
                day_relative(date, post.group(1), text, post.end(), ref)
                pos = post.end()
        if form == "years" and "range_end" in date.extra:
            second = DateFields(
                date.extra["range_end_start"],
                date.extra["range_end_end"],
                "year",
                date.extra["range_end"],
                role="end",
            )
            found.extend([date, second])
            continue
        found.append(date)
    found = add_second_days(found, folded, end, lang, ref_year)
    link_ranges(found, text, folded)
    out = []
    for date in found:
        if date.weak:
            continue
        mention = _mention(date, text, folded)
        if mention is not None:
            out.append(mention)
    return out


def _period_name(code: int) -> str:
    """Return the name of an EDTF season (21-24), quarter (33-36) or half (40, 41) code:
    "summer", "Q3", "H1"."""
    return SEASON_NAMES.get(code) or (f"Q{code - 32}" if code <= 36 else f"H{code - 39}")


def _display(value: str) -> str:
    """Return an EDTF value as a reader writes it: "16 July 2024", "January", "summer 2024",
    "week of 5 May 2025"."""
    if "/" in value:
        return "week of " + _display(value.split("/")[0])
    parts = value.split("-")
    year = "" if parts[0] == "XXXX" else parts[0]
    if len(parts) == 1:
        return year
    code = int(parts[1])
    if code > 12:
        return f"{_period_name(code)} {year}".strip()
    day = str(int(parts[2])) if len(parts) > 2 else ""
    return " ".join(p for p in (day, MONTH_NAMES_EN[code - 1], year) if p)


def _mention(date: DateFields, text: str, folded: str) -> DateMention | None:
    role = date.role or _role(text, folded, date.start)
    if date.relative:
        low, high = date.bounds if date.bounds else (None, None)
        display = _display(date.value) if date.value else date.display
        return DateMention(date.start, date.end, date.value, display, low, high, role, True)
    ystr = str(date.y) if date.y is not None else "XXXX"
    yv = float(date.y) if date.y is not None else None
    if date.value is not None:  # an interval of months: "les neuf premiers mois de 2024"
        return DateMention(date.start, date.end, date.value, date.display, yv, yv, role)
    if date.decade is not None:
        return DateMention(
            date.start,
            date.end,
            f"{date.decade}X",
            f"{date.decade}0s",
            date.decade * 10.0,
            date.decade * 10.0 + 9,
            role,
        )
    if date.code is not None:
        code = date.code
        value = f"{ystr}-{code}"
        display = _period_name(code)
        display = f"{display} {date.y}" if date.y is not None else display
        return DateMention(date.start, date.end, value, display, yv, yv, role)
    if date.m is None:
        if date.y is None:
            return None
        return DateMention(date.start, date.end, ystr, ystr, yv, yv, role)
    value = f"{ystr}-{date.m:02d}" + (f"-{date.d:02d}" if date.d else "")
    parts = (str(date.d) if date.d else "", MONTH_NAMES_EN[date.m - 1], str(date.y or ""))
    display = " ".join(p for p in parts if p)
    return DateMention(date.start, date.end, value, display, yv, yv, role)
