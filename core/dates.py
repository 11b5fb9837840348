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
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from .calendar_words import (
    AGO_UNITS,
    FRENCH_DAY_WORDS,
    HALF_ORDINALS,
    MONTH_NAMES_EN,
    MONTHS_ABBREVIATED,
    MONTHS_FULL,
    MONTHS_NEEDING_CAPITAL,
    MONTHS_NEEDING_DAY_OR_YEAR,
    ORDINAL_DAYS,
    QUARTER_ORDINALS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    RELATIVE_TO_ANOTHER_DAY,
    SEASON_NAMES,
    SEASONS,
    SMALL_NUMBERS,
    WEEKDAY_NOT_A_DATE_AFTER,
    WEEKDAY_NOT_A_DATE_BEFORE,
    WEEKDAYS,
    WEEKDAYS_ABBREVIATED,
)


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_ANY = {**MONTHS_FULL, **MONTHS_ABBREVIATED}
_MONTHS_SEASONS = [*MONTHS_FULL, *SEASONS]
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11)}
"""The months of spring, summer and autumn (winter straddles two years: left unresolved)."""
_MON = rf"(?P<mon>(?:{_alt(MONTHS_FULL)})(?![a-z])|(?:{_alt(MONTHS_ABBREVIATED)})(?![a-z])\.?)"
_MONF = rf"(?P<mon>(?:{_alt(MONTHS_FULL)})(?![a-z]))"
_DAY = r"(?<![\d.,$€£/])(?P<d>0?[1-9]|[12]\d|3[01])(?P<suf>er|st|nd|rd|th)?(?![\d])"
_DAYWORD = rf"(?P<dw>{_alt(ORDINAL_DAYS)})(?![a-z-])"
_Y4 = r"(?P<y>1\d{3}|20\d\d)(?!\d|[-/]\d)"
_Y2 = r"(?P<y2>\d\d)(?=\s*(?:$|[.,;:!?)]))"
_YEAR_TAIL = rf"(?:(?:\s*,\s*|\s+of\s+|\s+in\s+|\s*[-/]\s*|\s+){_Y4}|\s+(?:of\s+)?'?{_Y2})?"
_WD = (
    rf"(?:(?P<wd>{_alt(WEEKDAYS)})(?![a-z]),?\s+(?:the\s+)?"
    rf"|(?P<wda>{_alt(WEEKDAYS_ABBREVIATED)})[.,]\s*)?"
)
_SEP = r"(?:[-/.])"

# Each form is a pattern with named groups; the combined pass uses them without names and each
# hit is read again with its own form (hits are rare, sentences many).
_FORMS: dict[str, str] = {
    # 2025-03-14, 2015/08/12, 2015.5.13, 2019-sep-1
    "iso": rf"{_WD}(?<![\d.,/])(?P<y>\d{{4}})(?P<s1>[-/.])(?:(?P<m>\d{{1,2}})|{_MON})"
    r"(?P<s2>[-/.])(?P<d>\d{1,2})(?!\d|[./-]\d)",
    # 14/03/2025, 3-7-2017, 13.5.2015, 05/05/89, 23/Sep/2020, 05-Aug-2016
    "dmy": rf"{_WD}(?<![\d.,/])(?P<a>\d{{1,2}})(?P<s1>[-/.])(?:(?P<b>\d{{1,2}})|{_MON})"
    r"(?P<s2>[-/.])(?P<c>\d{4}(?!\d|[./]\d)|\d{2}(?!\d|[./-]\d))",
    # Sep-23-2020
    "mdy": rf"{_MON}[-/](?P<d>\d{{1,2}})[-/](?P<y>\d{{4}})(?!\d)",
    # 2016-2018, 2019-20, de 2016 à 2018 is a range of two year mentions (linked later)
    "years": r"(?<![\w.,/$€£-])(?P<y>1[89]\d\d|20\d\d)\s*[-–/]\s*(?P<y2>\d{4}|\d{2})"
    r"(?![\w%]|[.,]\d|[-/.]\w)",
    # 11/2016, 2016-11, 2015/3
    "my": r"(?<![\d.,/-])(?P<m>\d{1,2})[-/](?P<y>\d{4})(?!\d|[./-]\d)",
    "ym": r"(?<![\d.,/-])(?P<y>\d{4})[-/](?P<m>\d{1,2})(?!\d|[./-]\d)",
    # 22/04, 4/22, 10/1 (a cue or a range partner is required)
    "dm": rf"{_WD}(?<![\d.,/-])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})"
    r"(?![\d%]|[./]\d|\s*%|-\d+(?!\d|[/.]\d))"
    rf"(?:\s*,\s*{_Y4})?",
    # Q3 2016, 2016 Q3, T3 2016, H1 2026, S1 2026, q1-2019, Q3
    "qa": r"(?<![\w])(?P<q>[qths][1-4])(?:\s*[-/]?\s*(?P<y>\d{4}))?(?![\w])",
    "qb": r"(?<![\w])(?P<y>\d{4})\s*[-/]?\s*(?P<q>[qths][1-4])(?![\w])",
    # the third quarter of 2016, 3e trimestre 2016, second half of 2025, premier semestre 2026
    "qs": rf"(?<![\w])(?:the\s+)?(?:whole\s+)?(?P<o>{_alt(QUARTER_ORDINALS)}|"
    rf"{_alt(HALF_ORDINALS)}|last|dernier)(?:\s+|-)(?P<w>quarter|trimestre|half|semestre|moitie)"
    rf"(?:\s+(?:of\s+|de\s+|du\s+|d')?(?:{_Y4}|(?P<ty>the\s+year|l'annee)(?![\w])))?",
    # the 1990s, les années 1990, les années 90, the '90s
    "decade": r"(?<![\w'])(?:(?P<d4>1[5-9]\d0|20[0-9]0)s|annees\s+(?P<df>1[5-9]\d0|20\d0|\d0)"
    r"|the\s+'?(?P<d2>\d0)s)(?![\w])",
    # lundi 3 mars 2025, 1er sept., 16. Nov. 2016, the 9th of May, 22 of Jan, le premier janvier
    "dmon": rf"{_WD}(?:the\s+)?(?:{_DAY}|(?P<dw>{_alt(ORDINAL_DAYS)}|"
    rf"(?<=le )(?:{_alt(FRENCH_DAY_WORDS)})))"
    rf"(?:\s+day)?(?:\.?\s+(?:of\s+)?|\s*[-/]\s*|\.){_MON}{_YEAR_TAIL}",
    # March 3rd, Oct. 2, Oct-2, Dec31, May 15, 2025, June the 28th, February twenty-second
    "mond": rf"{_WD}{_MON}(?:\s*[-/]\s*|\s*(?:the\s+)?|\s*,\s*(?=\d+(?:st|nd|rd|th)))"
    rf"(?:{_DAY.replace('/', '')}|{_DAYWORD}){_YEAR_TAIL}",
    # May 2024, june of 1992, Dec-2018, August 99
    "mony": rf"{_MON}(?:(?:\s*,\s*|\s+of\s+|\s+in\s+|\s*[-/]\s*|\s+){_Y4}|\s+(?:of\s+)?'?{_Y2})",
    # 2016 June
    "ymon": rf"(?<![\w.,/-])(?P<y>1[89]\d\d|20\d\d)\s+{_MONF}(?!\s*\d)",
    # janvier dernier, last March, l'été prochain, this summer
    "relmon": rf"(?<![\w-])(?:(?P<pre>last|next|this|ce|cet|cette)\s+(?P<w>{_alt(_MONTHS_SEASONS)})"
    rf"|(?P<w2>{_alt(_MONTHS_SEASONS)})\s+(?P<post>derniere?|prochaine?|passee?))(?![\w-])",
    # summer 2016, l'été 2024, summer of 2016, l'été
    "season": rf"(?P<s>{_alt(SEASONS)})(?![a-z])(?:\s+(?:of\s+|de\s+)?{_Y4})?",
    # relative dates
    "ago": rf"(?:il y a|voici|voila)\s+(?P<n>\d{{1,2}}|{_alt(SMALL_NUMBERS)})\s+"
    rf"(?P<u>{_alt(AGO_UNITS)})(?![a-z])"
    rf"|(?P<n2>\d{{1,2}}|{_alt(SMALL_NUMBERS)})\s+(?P<u2>{_alt(AGO_UNITS)})\s+ago(?![a-z])",
    "rel": rf"(?<![\w'-])(?P<r>"
    rf"{_alt([*RELATIVE_DAYS, *RELATIVE_TO_ANOTHER_DAY, *RELATIVE_PERIODS])})"
    r"(?![\w-])",
    "weekday": rf"(?<![\w-])(?:(?P<pre>last|next|this|ce|cette)\s+)?(?P<wd>{_alt(WEEKDAYS)})"
    r"(?![\w-])(?:\s+(?P<post>dernier|prochain|passe)(?![\w]))?",
    # a month alone, or an abbreviated one (kept only inside a range)
    "mon": rf"(?<![\w]){_MON}",
    # a day alone before a range connector: "du 3 au 12 septembre", "from 4 to January 22"
    "bday": rf"(?<![\w.,/$€£-])(?P<d>0?[1-9]|[12]\d|3[01])(?P<suf>er|st|nd|rd|th)?"
    rf"(?=\s*(?:-|–|to|until|till|through|and|au|a|et|jusqu'au|jusqu'a)\s*(?:the\s+)?"
    rf"(?:\d|(?:{_alt(_MONTH_ANY)})(?![a-z])))",
    "year": r"(?<![\w$€£-])(?P<y>1[89]\d\d|20\d\d)(?![\w-])",
}
_NAMES = re.compile(r"\(\?P<\w+>")
_COMBINED = re.compile(
    "|".join(f"(?P<{name}>{_NAMES.sub('(?:', pattern)})" for name, pattern in _FORMS.items())
)
_FORM_RES = {name: re.compile(pattern) for name, pattern in _FORMS.items()}
_TOKEN = re.compile(r"[a-z0-9]+")
_POST_RELATIVE = re.compile(r"\s+(derniere?|prochaine?|passee?)(?![\w-])")
_FRENCH_MONTHS = frozenset(list(MONTHS_FULL)[:12])
_STARTERS = frozenset(
    word
    for phrase in (
        *_MONTH_ANY,
        *WEEKDAYS,
        *WEEKDAYS_ABBREVIATED,
        *SEASONS,
        *ORDINAL_DAYS,
        *FRENCH_DAY_WORDS,
        *QUARTER_ORDINALS,
        *HALF_ORDINALS,
        *SMALL_NUMBERS,
        *RELATIVE_DAYS,
        *RELATIVE_TO_ANOTHER_DAY,
        *RELATIVE_PERIODS,
    )
    for word in re.findall(r"[a-z0-9]+", phrase)[:1]
) | frozenset("the whole last dernier annees next this ce cette il voici voila".split())
"""The first words of every date form: the combined pattern is tried only where a word is one of
these or holds a digit."""
_ORDER = list(_FORMS)

_SEASON_LEAD = re.compile(
    r"(?:\bl'|\bcet |\bce |\ben |\bau |\bdu |\bd'|\ble |\bthis |\blast |\bnext |\bin |\bthe |"
    r"\bearly |\blate |mid-)$"
)
_FALL_LEAD = re.compile(r"(?:\bin the |\bthis |\blast |\bnext |\bearly |\blate |mid-)$")
# A year is not a year when a unit follows it ("2040 MW", "2000 salariés") or it is money.
_NOT_YEAR_AFTER = re.compile(
    r"\s?(?:%|\$|€|£|,\d|\.\d|:\d|(?:[kmgt]wh?|km|kg|ha|mt|mds?|m€|k€|m\$|bn|mn|h|gmt|utc|"
    r"salaries|employes|employees|emplois|jobs|personnes|people|habitants)\b)"
)
_NUMBER_BESIDE_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}(?:\s*[-/]\s*|\s+\d{1,2}\s+)$")
_NUMBER_BESIDE_AFTER = re.compile(
    rf"\s*[-/]\s*\d|\s+\d{{1,2}}\s+\d{{1,2}}(?!\d)|\s*,\s*(?:{_alt(MONTHS_ABBREVIATED)})(?![a-z])"
)
_FRACTIONS = frozenset({(1, 2), (1, 3), (2, 3), (1, 4), (3, 4)})
_OF_AFTER = re.compile(r"\s+(?:de|des|du|d'|of)(?![a-z])")
_DM_CUE = re.compile(
    r"(?:\b(?:le|on|du|au|from|to|until|till|through|between|entre|et|and|or|ou|depuis|since|"
    rf"before|after|avant|apres|w/c|{_alt(WEEKDAYS)}),?\s*|,\s*)$"
)
_BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:the\s+|le\s+)?$")
_CONNECTOR = re.compile(
    r"\s*(?:-|–|—|to|until|till|through|thru|au|a|jusqu'au|jusqu'a|jusqu'en|and|et)\s*"
    r"(?:the\s+|le\s+)?"
)
_CONNECTOR_FULL = re.compile(_CONNECTOR.pattern + r"\Z")
_TRAILING_DAY = re.compile(
    r"\s*(?P<c>-|–|to|until|till|through|au|jusqu'au|and|et)\s*(?:the\s+)?"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?:er|st|nd|rd|th)?(?![\d/.]|\s*(?:of\s+)?"
    rf"(?:{_alt(_MONTH_ANY)})(?![a-z]))(?:\s*,\s*{_Y4})?"
)
_TRAILING_NUMERIC = re.compile(
    r"\s*(?:-|–|to|until|through|au)\s*(?P<a>\d{1,2})(?P<s1>[-/.])(?P<b>\d{1,2})"
    r"(?:(?P<s2>[-/.])(?P<c>\d{4}|\d{2}))?(?!\d|[./-]\d)(?:\s*,\s*(?P<y>\d{4})(?!\d))?"
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|is to|are to|going to|(?:is|are) (?:expected|set|due|scheduled) to|"
    r"va|vont|doit|doivent|devra|devront|sera|seront|aura|auront|fera|feront|ira|iront|"
    r"pourra|pourront|prochaine?s?|next|upcoming|a venir|"
    r"[a-z]{2,}(?:er|ir|dr|tr|vr|ur|or)(?:a|ont))\b"
)
"""Words of a future tense or of a time to come: a weekday then names the next such day."""
_NOT_FUTURE = frozenset({"opera", "era", "cobra", "extra", "contra", "terra", "sierra", "ultra"})
_ROLES = (
    (
        "start",
        r"(?:a partir de|a compter de|des|debutant en|debutera en|debute en|commencant en|"
        r"commencera en|commence en|demarrant en|demarrera en|starting in|starting|from|"
        r"beginning in|beginning|as of|as early as|effective|a partir du|des le|debut en|"
        r"debuter en|commencer en|demarrer en|to start in|to begin in|starts? in|begins? in|"
        r"commences? in|kicks? off in)",
    ),
    (
        "end",
        r"(?:d'ici a|d'ici|jusqu'en|jusqu'a|jusqu'au|by|until|through|no later than|"
        r"au plus tard en|avant la fin de|by the end of|fin)",
    ),
    ("since", r"(?:depuis|since)"),
    ("after", r"(?:apres|after|au-dela de|beyond)"),
    ("before", r"(?:avant|before)"),
)
_ROLE_RES = tuple(
    (role, re.compile(rf"(?<![\w']){pattern}\s+(?:l'|le |la |les |the |en |in )?$"))
    for role, pattern in _ROLES
)


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


@dataclass
class _Date:
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


def _role(text: str, folded: str, start: int) -> str:
    window_start = max(0, start - 30)
    for role, pattern in _ROLE_RES:
        m = pattern.search(folded, window_start, start)
        if m and not (m.group(0).startswith("des") and text[m.start() + 1] != "è"):
            return role  # folded "dès" (from) must not be the article "des"
    return "point"


def _parse_reference(reference: dt.date | str | None) -> tuple[int | None, int | None, int | None]:
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


def _two_digit_year(y2: str, ref_year: int) -> int:
    """Return the year of "'89" or "15": in the 2000s unless that is more than ten years after
    the reference year (news tells of the past), then in the 1900s."""
    v = int(y2)
    return 2000 + v if 2000 + v <= ref_year + 10 else 1900 + v


def _month_of(word: str) -> int:
    return _MONTH_ANY[word.rstrip(".")]


def _ok_day(m: int | None, d: int | None) -> bool:
    return (m is None or 1 <= m <= 12) and (d is None or 1 <= d <= 31)


def _year_group(g: dict[str, str | None], ref_year: int) -> int | None:
    if g.get("y"):
        return int(g["y"] or 0)
    if g.get("y2"):
        return _two_digit_year(g["y2"] or "0", ref_year)
    return None


def _read(
    form: str,
    m: re.Match[str],
    text: str,
    folded: str,
    lang: str | None,
    ref_year: int,
    sentence_start: int,
) -> _Date | None:
    """Return the date a hit of `form` gives, or None when it is not one after all."""
    y: int | None
    g = m.groupdict()
    s, e = m.start(), m.end()
    if form == "iso":
        if g["s1"] != g["s2"]:
            return None
        mo = int(g["m"]) if g["m"] else _month_of(g["mon"])
        d = int(g["d"])
        return _Date(s, e, form, int(g["y"]), mo, d) if _ok_day(mo, d) else None
    if form == "dmy":
        if g["s1"] != g["s2"]:
            return None
        c = g["c"]
        y = int(c) if len(c) == 4 else _two_digit_year(c, ref_year)
        if len(c) == 2 and g["s1"] == "." and g["a"] and len(g["a"]) == 1:
            return None  # "1.5.12" is a version number more often than a date
        a = int(g["a"])
        if g["mon"]:
            return _Date(s, e, form, y, _month_of(g["mon"]), a) if _ok_day(None, a) else None
        b = int(g["b"])
        day, mo = _day_month(a, b, lang)
        return _Date(s, e, form, y, mo, day) if day else None
    if form == "mdy":
        return _Date(s, e, form, int(g["y"]), _month_of(g["mon"]), int(g["d"]))
    if form == "years":
        y1, y2s = int(g["y"]), g["y2"] or ""
        if len(y2s) == 4:
            y2 = int(y2s)
        else:
            y2 = (y1 // 100) * 100 + int(y2s)
            if y2 <= y1:  # "2016-11" is November 2016, not a range back in time
                mo = int(y2s)
                return _Date(s, e, "ym", y1, mo) if 1 <= mo <= 12 else None
        if not y1 < y2 <= y1 + 100:
            return None
        first = _Date(s, s + 4, "year", y1, role="start")
        first.extra["range_end"] = y2
        first.extra["range_end_start"] = e - len(y2s)
        first.extra["range_end_end"] = e
        return first
    if form in ("my", "ym"):
        mo = int(g["m"])
        return _Date(s, e, form, int(g["y"]), mo) if 1 <= mo <= 12 else None
    if form == "dm":
        a, b = int(g["a"]), int(g["b"])
        if not g.get("y") and ((a, b) in _FRACTIONS or _OF_AFTER.match(folded, e)):
            return None  # "le 1/4 de finale", "les 3/4 des salariés": fractions
        day, mo = _day_month(a, b, lang)
        if not day:
            return None
        cue = bool(g["wd"] or g["wda"]) or bool(_DM_CUE.search(folded, max(0, s - 12), s))
        y = int(g["y"]) if g.get("y") else None
        return _Date(s, e, form, y, mo, day, weak=not cue)
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
            return _Date(s, e, form, y, code=39 + n)
        return _Date(s, e, form, y, code=32 + n)
    if form == "qs":
        word, o = g["w"], g["o"]
        y = int(g["y"]) if g["y"] else None
        if y is None and not g["ty"] and word not in ("trimestre", "semestre"):
            return None  # "the first quarter" of a match; "a half" of anything
        if o in ("last", "dernier"):
            if y is None or word not in ("quarter", "trimestre"):
                return None
            return _Date(s, e, form, y, code=36)
        if word in ("quarter", "trimestre"):
            if o not in QUARTER_ORDINALS:
                return None
            return _Date(s, e, form, y, code=32 + QUARTER_ORDINALS[o])
        if o not in HALF_ORDINALS:
            return None
        return _Date(s, e, form, y, code=40 + HALF_ORDINALS[o])
    if form == "decade":
        if g["d4"]:
            return _Date(s, e, form, decade=int(g["d4"]) // 10)
        if g["df"]:
            v = int(g["df"])
            return _Date(s, e, form, decade=(v if v >= 100 else 1900 + v) // 10)
        return _Date(s, e, form, decade=(1900 + int(g["d2"])) // 10)
    if form in ("dmon", "mond", "mony"):
        mo = _month_of(g["mon"])
        word = g["mon"].rstrip(".")
        day = None
        if g.get("d"):
            day = int(g["d"])
        elif g.get("dw"):
            day = ORDINAL_DAYS.get(g["dw"]) or FRENCH_DAY_WORDS.get(g["dw"])
        y = _year_group(g, ref_year)
        if y is not None and g.get("y") and _NOT_YEAR_AFTER.match(folded, m.end("y")):
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
        return _Date(s, e, form, y, mo, day)
    if form == "ymon":
        return _Date(s, e, form, int(g["y"]), _month_of(g["mon"]))
    if form == "season":
        y = int(g["y"]) if g["y"] else None
        word = g["s"]
        if y is None:
            lead = _FALL_LEAD if word == "fall" else _SEASON_LEAD
            if not lead.search(folded, max(0, s - 8), s):
                return None  # "a été" is a verb; "the fall of" a fall
        return _Date(s, e, form, y, code=SEASONS[word])
    if form == "mon":
        word = g["mon"].rstrip(".")
        if word in MONTHS_ABBREVIATED:
            return _Date(s, e, form, None, MONTHS_ABBREVIATED[word], weak=True)
        original = text[s]
        initial = not text[sentence_start:s].strip(" \"'“«(-")
        if word in MONTHS_NEEDING_CAPITAL and (not original.isupper() or initial):
            return _Date(s, e, form, None, MONTHS_FULL[word], weak=True)
        if word in MONTHS_NEEDING_DAY_OR_YEAR:
            return _Date(s, e, form, None, MONTHS_FULL[word], weak=True)
        if word == "mai" and lang == "en":
            return None
        if lang == "fr" and original.isupper() and not initial and word in _FRENCH_MONTHS:
            return None  # "Avril Lavigne": French months are written in lowercase
        e = m.end("mon")
        if re.search(r"\d[-/]$", folded[max(0, s - 2) : s]) or re.match(
            r"[-/]\d", folded[e : e + 2]
        ):
            return None  # "23-2020-September": glued to figures not read
        if re.match(r"\.\s?\d|\s+(?:between|entre)\s+\d", folded[e : e + 12]):
            return None  # "October. 2", "september.16th": a day written in a way not read
        return _Date(s, e, form, None, MONTHS_FULL[word])
    if form == "bday":
        return _Date(s, e, form, None, None, int(g["d"]), weak=True)
    if form == "year":
        if _NOT_YEAR_AFTER.match(folded, e):
            return None
        if _NUMBER_BESIDE_BEFORE.search(folded, max(0, s - 8), s) or _NUMBER_BESIDE_AFTER.match(
            folded, e
        ):
            return None  # "02 04 2009", "11 - 2016", "2016 10 16": a date not read, no year
        return _Date(s, e, form, int(g["y"]))
    return None


def _day_month(a: int, b: int, lang: str | None) -> tuple[int | None, int]:
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


def _read_relative(
    form: str,
    m: re.Match[str],
    text: str,
    folded: str,
    ref: tuple[int | None, int | None, int | None],
    sentence: tuple[int, int],
) -> _Date | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    out = _Date(s, e, form, relative=True, display=text[s:e])
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
    elif _is_future(folded, (max(sentence[0], s - 60), min(sentence[1], e + 40))):
        day = today + dt.timedelta(days=(target - today.weekday()) % 7)
    else:
        day = today - dt.timedelta(days=delta_back)
    _set_day(out, day)
    return out


def _relative_month(
    out: _Date, g: dict[str, str], text: str, m: re.Match[str], y: int | None, mo: int | None
) -> _Date | None:
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
    elif code in _SEASON_MONTHS:
        first, last = _SEASON_MONTHS[code]
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


def _day_relative(
    date: _Date, word: str, text: str, end: int, ref: tuple[int | None, int | None, int | None]
) -> None:
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


def _is_future(folded: str, sentence: tuple[int, int]) -> bool:
    return any(m.group(0) not in _NOT_FUTURE for m in _FUTURE.finditer(folded, *sentence))


def _set_day(out: _Date, day: dt.date) -> None:
    out.value = day.isoformat()
    out.bounds = (float(day.year), float(day.year))


def _set_week(out: _Date, day: dt.date) -> None:
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    out.value = f"{monday.isoformat()}/{sunday.isoformat()}"
    out.bounds = (float(monday.year), float(sunday.year))


def _set_period(
    out: _Date, unit: str, k: int, y: int | None, mo: int | None, today: dt.date | None
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
    ref = _parse_reference(reference)
    ref_year = ref[0] or dt.date.today().year
    found: list[_Date] = []
    pos = start
    for token in _TOKEN.finditer(folded, start, end):
        if token.start() < pos:
            continue
        word = token.group(0)
        if word not in _STARTERS and word.isalpha():
            continue  # no date starts with this word: skip the combined pattern here
        m = _COMBINED.match(folded, token.start(), end)
        if m is None:
            continue
        form = m.lastgroup or ""
        sub = _FORM_RES[form].match(folded, m.start(), end)
        date: _Date | None = None
        if sub is not None and form in ("rel", "ago", "weekday", "relmon"):
            date = _read_relative(form, sub, text, folded, ref, (start, end))
        elif sub is not None:
            date = _read(form, sub, text, folded, lang, ref_year, start)
        if date is None:
            continue  # "$12 December 27": read again from the next word
        pos = m.end()
        if form in ("dmon", "mond") and date.y is None and date.d and date.m:
            post = _POST_RELATIVE.match(folded, date.end, end)
            if post:
                _day_relative(date, post.group(1), text, post.end(), ref)
                pos = post.end()
        if form == "years" and "range_end" in date.extra:
            second = _Date(
                date.extra["range_end_start"],
                date.extra["range_end_end"],
                "year",
                date.extra["range_end"],
                role="end",
            )
            found.extend([date, second])
            continue
        found.append(date)
    found = _trailing(found, folded, end, lang, ref_year)
    _link_ranges(found, text, folded)
    out = []
    for date in found:
        if date.weak:
            continue
        mention = _mention(date, text, folded)
        if mention is not None:
            out.append(mention)
    return out


def _trailing(
    found: list[_Date], folded: str, end: int, lang: str | None, ref_year: int
) -> list[_Date]:
    """Add the second day of "November 19-20", "april 9th through 17th", "10/1/2018-10/7/2018"."""
    out: list[_Date] = []
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
            t = _TRAILING_NUMERIC.match(folded, date.end, end)
            if not t or next_start < t.end():
                continue
            if t.group("s2") and t.group("s1") != t.group("s2"):
                continue
            day, mo = _day_month(int(t.group("a")), int(t.group("b")), lang)
            if not day:
                continue
            y = date.y
            if t.group("c") or t.group("y"):
                c = t.group("c") or t.group("y")
                y = int(c) if len(c) == 4 else _two_digit_year(c, ref_year)
                if date.y is None:
                    date.y = y
            second = _Date(t.start("a"), t.end(), "dmy" if t.group("c") else "dm", y, mo, day)
        elif date.form == "mond":
            t = _TRAILING_DAY.match(folded, date.end, end)
            if not t or next_start < t.end():
                continue
            conn = t.group("c")
            between = _BETWEEN.search(folded, max(0, date.start - 12), date.start)
            if conn in ("and", "et") and not between:
                continue
            second_day = int(t.group("d"))
            if second_day <= date.d:
                continue
            y = int(t.group("y")) if t.group("y") else date.y
            if date.y is None:
                date.y = y
            second = _Date(t.start("d"), t.end(), "mond", y, date.m, second_day)
        else:
            continue
        if i + 1 < len(found) and found[i + 1].start < t.end():
            if t.start("y") != found[i + 1].start:
                continue
            consumed = i + 1  # the year after the range belongs to it
        _mark_range(date, second)
        out.append(second)
    return out


def _mark_range(first: _Date, second: _Date) -> None:
    first.role, second.role = "start", "end"
    first.weak = second.weak = False


def _granularity(date: _Date) -> str:
    if date.relative:
        return "relative"
    if date.code is not None or date.decade is not None:
        return "period"
    if date.d is not None:
        return "day"
    if date.m is not None:
        return "month"
    return "year"


def _link_ranges(found: list[_Date], text: str, folded: str) -> None:
    """Join two dates written as a range and share the year and month written once."""
    for a, b in pairwise(found):
        if a.role == "start" and b.role == "end":
            continue
        gap = folded[a.end : b.start]
        if len(gap) > 14 or not _CONNECTOR_FULL.match(gap):
            continue
        word = gap.strip().split()[0] if gap.strip() else ""
        if word in ("and", "et") and not _BETWEEN.search(folded, max(0, a.start - 12), a.start):
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
        name = SEASON_NAMES.get(code) or (f"Q{code - 32}" if code <= 36 else f"H{code - 39}")
        return f"{name} {year}".strip()
    day = str(int(parts[2])) if len(parts) > 2 else ""
    return " ".join(p for p in (day, MONTH_NAMES_EN[code - 1], year) if p)


def _mention(date: _Date, text: str, folded: str) -> DateMention | None:
    role = date.role or _role(text, folded, date.start)
    if date.relative:
        low, high = date.bounds if date.bounds else (None, None)
        display = _display(date.value) if date.value else date.display
        return DateMention(date.start, date.end, date.value, display, low, high, role, True)
    ystr = str(date.y) if date.y is not None else "XXXX"
    yv = float(date.y) if date.y is not None else None
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
        if code in SEASON_NAMES:
            display = SEASON_NAMES[code]
        elif code <= 36:
            display = f"Q{code - 32}"
        else:
            display = f"H{code - 39}"
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
