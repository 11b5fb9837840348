"""The written forms of dates as regular expressions, on folded text: one named pattern per form
("iso" 2025-03-14, "dmon" 3 mars 2025, "qs" the third quarter of 2016, "rel" hier…), combined into
one pattern that `dates.find_dates` tries only at words that can start a date (`STARTERS`), and
the patterns that read around a hit (a unit after a year, a range connector, a role cue)."""

from __future__ import annotations

import re
from functools import cache

from .calendar_words import (
    AGO_UNITS,
    HALF_ORDINALS,
    MONTH_ANY,
    MONTHS_ABBREVIATED,
    MONTHS_FULL,
    ORDINAL_DAYS,
    QUARTER_ORDINALS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    RELATIVE_TO_ANOTHER_DAY,
    SEASONS,
    WEEKDAYS,
    WEEKDAYS_ABBREVIATED,
)
from .number_words import FRENCH_DAY_WORDS, SMALL_NUMBERS
from .phrases import literal_alternation as _alt

_MONTHS_SEASONS = [*MONTHS_FULL, *SEASONS]
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

# Each form is a pattern with named groups; the combined pass uses them without names and each
# hit is read again with its own form (hits are rare, sentences many).
FORMS: dict[str, str] = {
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
    # les six premiers mois de l'année, the first six months of 2025, les 3 premiers mois
    "qm": r"(?<![\w])(?:(?P<n>trois|six|neuf|3|6|9)\s+premiers|"
    r"first\s+(?P<n2>three|six|nine|3|6|9))\s+(?:mois|months)(?![\w])"
    rf"(?:\s+(?:of\s+|de\s+|du\s+|d')?(?:{_Y4}|(?P<ty>the\s+year|l'annee)(?![\w])))?",
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
    rf"(?=\s*(?:-|–|to|until|till|through|and|au|a|et|jusqu'au|jusqu'a)\s*(?:the\s+|le\s+)?"
    rf"(?:\d|(?:{_alt(MONTH_ANY)})(?![a-z])))",
    "year": r"(?<![\w$€£-])(?P<y>1[89]\d\d|20\d\d)(?![\w-])",
}
_NAMES = re.compile(r"\(\?P<\w+>")


@cache
def combined() -> re.Pattern[str]:
    """Return all the forms as one pattern whose `lastgroup` names the form that matched;
    compiled on first use, as the forms are many (import stays quick)."""
    return re.compile(
        "|".join(f"(?P<{name}>{_NAMES.sub('(?:', pattern)})" for name, pattern in FORMS.items())
    )


@cache
def form_re(name: str) -> re.Pattern[str]:
    """Return the pattern of one form, with its named groups, compiled on first use."""
    return re.compile(FORMS[name])


TOKEN = re.compile(r"[a-z0-9]+")
POST_RELATIVE = re.compile(r"\s+(derniere?|prochaine?|passee?)(?![\w-])")
FRENCH_MONTHS = frozenset(list(MONTHS_FULL)[:12])
STARTERS = frozenset(
    word
    for phrase in (
        *MONTH_ANY,
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

SEASON_LEAD = re.compile(
    r"(?:\bl'|\bcet |\bce |\ben |\bau |\bdu |\bd'|\ble |\bthis |\blast |\bnext |\bin |\bthe |"
    r"\bearly |\blate |mid-)$"
)
FALL_LEAD = re.compile(r"(?:\bin the |\bthis |\blast |\bnext |\bearly |\blate |mid-)$")
# A year is not a year when a unit follows it ("2040 MW", "2000 salariés") or it is money.
NOT_YEAR_AFTER = re.compile(
    r"\s?(?:%|\$|€|£|,\d|\.\d|:\d|(?:[kmgt]wh?|km|kg|ha|mt|mds?|m€|k€|m\$|bn|mn|h|gmt|utc|"
    r"salaries|employes|employees|emplois|jobs|personnes|people|habitants)\b)"
)
NUMBER_BESIDE_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}(?:\s*[-/]\s*|\s+\d{1,2}\s+)$")
NUMBER_BESIDE_AFTER = re.compile(
    rf"\s*[-/]\s*\d|\s+\d{{1,2}}\s+\d{{1,2}}(?!\d)|\s*,\s*(?:{_alt(MONTHS_ABBREVIATED)})(?![a-z])"
)
FRACTIONS = frozenset({(1, 2), (1, 3), (2, 3), (1, 4), (3, 4)})
OF_AFTER = re.compile(r"\s+(?:de|des|du|d'|of)(?![a-z])")
DM_CUE = re.compile(
    r"(?:\b(?:le|on|du|au|from|to|until|till|through|between|entre|et|and|or|ou|depuis|since|"
    rf"before|after|avant|apres|w/c|{_alt(WEEKDAYS)}),?\s*|,\s*)$"
)
BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:the\s+|le\s+)?$")
_CONNECTOR = re.compile(
    r"\s*(?:-|–|—|to|until|till|through|thru|au|a|jusqu'au|jusqu'a|jusqu'en|and|et)\s*"
    r"(?:the\s+|le\s+)?"
)
CONNECTOR_FULL = re.compile(_CONNECTOR.pattern + r"\Z")
TRAILING_DAY = re.compile(
    r"\s*(?P<c>-|–|to|until|till|through|au|jusqu'au|and|et)\s*(?:the\s+)?"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?:er|st|nd|rd|th)?(?![\d/]|\.\d|\s*(?:of\s+)?"
    rf"(?:{_alt(MONTH_ANY)})(?![a-z]))(?:\s*,\s*{_Y4})?"
)
TRAILING_NUMERIC = re.compile(
    r"\s*(?:-|–|to|until|through|au)\s*(?P<a>\d{1,2})(?P<s1>[-/.])(?P<b>\d{1,2})"
    r"(?:(?P<s2>[-/.])(?P<c>\d{4}|\d{2}))?(?!\d|[./-]\d)(?:\s*,\s*(?P<y>\d{4})(?!\d))?"
)
FUTURE = re.compile(
    r"\b(?:will|'ll|shall|is to|are to|going to|(?:is|are) (?:expected|set|due|scheduled) to|"
    r"va|vont|doit|doivent|devra|devront|sera|seront|aura|auront|fera|feront|ira|iront|"
    r"pourra|pourront|prochaine?s?|next|upcoming|a venir)\b"
)
"""Words of a future tense or of a time to come: a weekday then names the next such day."""
FRENCH_FUTURE = re.compile(r"\b[a-z]{2,}(?:er|ir|dr|tr|vr|ur|or)(?:a|ont)\b")
"""French future endings ("signera", "partiront"): read in French sentences only, since
English words end so too ("Laura", "camera")."""
NOT_FUTURE = frozenset({"opera", "era", "cobra", "extra", "contra", "terra", "sierra", "ultra"})
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
ROLE_RES = tuple(
    (role, re.compile(rf"(?<![\w']){pattern}\s+(?:l'|le |la |les |the |en |in )?$"))
    for role, pattern in _ROLES
)
