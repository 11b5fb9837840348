"""Extracting years, months, seasons and dates, with the role the text gives them (start, end…).

Values are EDTF strings, which keep the granularity that was written: "2027" stays a year,
"2024-22" is summer 2024, "XXXX-01" is a January of an unnamed year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    "janvier": 1,
    "janv": 1,
    "fevrier": 2,
    "fevr": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_SEASONS = {
    "printemps": 21,
    "ete": 22,
    "automne": 23,
    "hiver": 24,
    "spring": 21,
    "summer": 22,
    "autumn": 23,
    "fall": 23,
    "winter": 24,
}
_SEASON_NAMES = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
_MONTH_NAMES = """
        January February March April May June July August September October November
        December
    """.split()
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASON_WORDS = "|".join(sorted(_SEASONS, key=len, reverse=True))
_SEASON_LEAD = re.compile(
    r"(?:\bl'|\bcet |\bce |\ben |\bau |\bdu |\bd'|\ble |\bthis |\blast |\bnext |\bin |\bthe |"
    r"\bearly |\blate |mid-)$"
)

_DATE_RE = re.compile(
    rf"(?<![\w-])(?:"
    rf"(?P<day>[0-3]?\d)(?:er)?\s+(?P<dmonth>{_MONTH_WORDS})\.?(?:\s+(?P<dyear>{_YEAR}))?"
    rf"|(?P<month>{_MONTH_WORDS})\.?(?:\s+(?P<mday>[0-3]?\d)(?:st|nd|rd|th)?,?)?"
    rf"(?:\s+(?P<myear>{_YEAR}))?"
    rf"|(?P<season>{_SEASON_WORDS})(?:\s+(?P<syear>{_YEAR}))?"
    rf"|(?P<q>[qt][1-4])\s+(?P<qyear>{_YEAR})"
    rf"|(?P<year>{_YEAR})"
    rf")(?![\w-])"
)
# A year is not a year when a unit follows it ("2040 MW", "2000 salariés") or it is money.
_NOT_YEAR_AFTER = re.compile(
    r"\s?(?:%|\$|€|£|,\d|\.\d|(?:[kmgt]wh?|km|kg|ha|mt|mds?|m€|k€|m\$|bn|mn|"
    r"salaries|employes|employees|emplois|jobs|personnes|people|habitants)\b)"
)
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
    """A date found in text, with its EDTF value, year bounds and role."""

    start: int
    end: int
    value: str
    display: str
    low: float | None
    high: float | None
    role: str


def _role(text: str, folded: str, start: int) -> str:
    window_start = max(0, start - 30)
    for role, pattern in _ROLE_RES:
        m = pattern.search(folded, window_start, start)
        if m and not (m.group(0).startswith("des") and text[m.start() + 1] != "è"):
            return role  # folded "dès" (from) must not be the article "des"
    return "point"


def find_dates(text: str, folded: str, start: int, end: int) -> list[DateMention]:
    """Return the dates in `text[start:end]`; `folded` is its same-length folded copy."""
    out = []
    for m in _DATE_RE.finditer(folded, start, end):
        g = m.groupdict()
        if g["year"]:
            if _NOT_YEAR_AFTER.match(folded, m.end(), end):
                continue
            y = int(g["year"])
            out.append(
                DateMention(
                    m.start(), m.end(), str(y), str(y), y, y, _role(text, folded, m.start())
                )
            )
            continue
        if g["month"] or g["dmonth"]:
            word = g["month"] or g["dmonth"]
            original = text[m.start() : m.start() + len(word)]
            if word == "may" and not (original[:1].isupper() and (g["myear"] or g["mday"])):
                continue  # the verb "may", or a lone "mai" that is too ambiguous
            if word == "mars" and not (g["myear"] or g["mday"] or g["day"]):
                continue  # "Mars" the planet
            month = _MONTHS[word]
            year = g["myear"] or g["dyear"]
            day = g["mday"] or g["day"]
            ystr = year or "XXXX"
            value = f"{ystr}-{month:02d}" + (f"-{int(day):02d}" if day else "")
            display = " ".join(
                p for p in (str(int(day)) if day else "", _MONTH_NAMES[month - 1], year or "") if p
            )
            yv = float(year) if year else None
        elif g["season"]:
            year = g["syear"]
            if not year and not _SEASON_LEAD.search(folded, max(0, m.start() - 8), m.start()):
                continue  # "a été" is a verb; "été" needs "l'", "cet", "en"… or a year
            code = _SEASONS[g["season"]]
            value = f"{year or 'XXXX'}-{code}"
            display = f"{_SEASON_NAMES[code]} {year}" if year else _SEASON_NAMES[code]
            yv = float(year) if year else None
        else:
            year = g["qyear"]
            quarter = int(g["q"][1])
            value = f"{year}-{32 + quarter}"
            display = f"Q{quarter} {year}"
            yv = float(year)
        out.append(
            DateMention(m.start(), m.end(), value, display, yv, yv, _role(text, folded, m.start()))
        )
    return out
