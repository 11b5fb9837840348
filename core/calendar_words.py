"""Calendar vocabulary of French and English, folded (lowercase, no accents): month and weekday
names with their abbreviations, ordinal day words, seasons, quarter and half-year words, words of
relative dates, time zones and units of time. Data only; `dates.py`, `times.py` and `durations.py`
read it."""

from __future__ import annotations

MONTHS_FULL = {
    "janvier": 1,
    "fevrier": 2,
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
"""Month names as written in full."""

MONTHS_ABBREVIATED = {
    "jan": 1,
    "janv": 1,
    "feb": 2,
    "fev": 2,
    "fevr": 2,
    "mar": 3,
    "apr": 4,
    "avr": 4,
    "jun": 6,
    "jul": 7,
    "juil": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
"""Month abbreviations ("Mar.", "sept.", "janv."): a date only with a day or a year beside them."""

MONTHS_ABBREVIATED_ENGLISH = frozenset(
    w for w in MONTHS_ABBREVIATED if w not in {"janv", "fev", "fevr", "avr", "juil"}
)
"""The month abbreviations English writes ("Jan", "Sept"; French shares "mar", "oct"…)."""

MONTH_ANY = {**MONTHS_FULL, **MONTHS_ABBREVIATED}
"""Month names in full or abbreviated, with their number."""

MONTH_NAMES_EN = (
    "January February March April May June July August September October November December"
).split()

MONTHS_NEEDING_CAPITAL = frozenset({"may", "march", "august"})
"""English month names that are also ordinary words ("may", "march", "august"): a month only
when capitalised or when a day or a year goes with them."""

MONTHS_NEEDING_DAY_OR_YEAR = frozenset({"mars"})
"""Month names that are also a name ("Mars" the planet): a month only with a day or a year."""

WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
"""Weekday names, Monday = 0 as in `datetime.date.weekday()`."""

WEEKDAYS_ABBREVIATED = {
    "lun": 0,
    "mar": 1,
    "mer": 2,
    "jeu": 3,
    "ven": 4,
    "sam": 5,
    "dim": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
"""Weekday abbreviations: read only before a date and followed by a comma or a dot ("Wed, 22
Jan"), never alone ("Sun", "Sam" are also names)."""

WEEKDAY_ANY = frozenset(WEEKDAYS) | frozenset(WEEKDAYS_ABBREVIATED)
"""Weekday names in full or abbreviated."""

WEEKDAY_NOT_A_DATE_BEFORE = frozenset(
    """black cyber super good bloody holy ash easter palm shrove giving""".split()
)
"""Words that make a weekday a name, not a day: "Black Friday", "Super Tuesday"."""

WEEKDAY_NOT_A_DATE_AFTER = frozenset(
    """gras saint sainte de des times telegraph mirror express post mail herald tribune
    observer independent""".split()
)
"""Words after a weekday that make it a name: "mardi gras", "Sunday Times", "lundi de Pâques"."""

SEASONS = {
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
"""Seasons with their EDTF code."""

SEASON_NAMES = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}

SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11)}
"""The months of spring, summer and autumn (winter straddles two years: left unresolved)."""

ORDINAL_DAYS_EN = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
"""English ordinal words of the days of a month; "twenty-first" is built from these."""

ORDINAL_DAYS = {
    **ORDINAL_DAYS_EN,
    **{f"twenty{sep}{w}": 20 + v for w, v in ORDINAL_DAYS_EN.items() if v < 10 for sep in " -"},
    "thirty-first": 31,
    "thirty first": 31,
    "premier": 1,
}
"""Ordinal words of the days of a month, French "premier" included."""

QUARTER_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "premier": 1,
    "1er": 1,
    "deuxieme": 2,
    "2e": 2,
    "2eme": 2,
    "troisieme": 3,
    "3e": 3,
    "3eme": 3,
    "quatrieme": 4,
    "4e": 4,
    "4eme": 4,
}
"""Ordinals of quarters ("third quarter", "3e trimestre")."""

HALF_ORDINALS = {
    "first": 0,
    "1st": 0,
    "second": 1,
    "2nd": 1,
    "premier": 0,
    "1er": 0,
    "premiere": 0,
    "seconde": 1,
    "deuxieme": 1,
    "2e": 1,
    "2eme": 1,
}
"""Ordinals of halves of a year: 0 for the first (EDTF "-40"), 1 for the second ("-41")."""

RELATIVE_DAYS = {
    "aujourd'hui": 0,
    "ce matin": 0,
    "cet apres-midi": 0,
    "ce soir": 0,
    "hier": -1,
    "hier soir": -1,
    "hier matin": -1,
    "avant-hier": -2,
    "demain": 1,
    "demain matin": 1,
    "apres-demain": 2,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}
"""Days named relative to the article's own date, with their offset in days."""

RELATIVE_TO_ANOTHER_DAY = frozenset(
    """la veille|l'avant-veille|le lendemain|le surlendemain|the day before|the previous day|
    the next day|the following day|the day after""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
"""Days named relative to another date of the story ("la veille"): relative, never resolved
against the article's date."""

RELATIVE_PERIODS = {
    "cette semaine": ("week", 0),
    "la semaine derniere": ("week", -1),
    "la semaine passee": ("week", -1),
    "la semaine prochaine": ("week", 1),
    "this week": ("week", 0),
    "last week": ("week", -1),
    "next week": ("week", 1),
    "ce mois-ci": ("month", 0),
    "le mois dernier": ("month", -1),
    "le mois passe": ("month", -1),
    "le mois prochain": ("month", 1),
    "this month": ("month", 0),
    "last month": ("month", -1),
    "next month": ("month", 1),
    "cette annee": ("year", 0),
    "l'an dernier": ("year", -1),
    "l'an passe": ("year", -1),
    "l'annee derniere": ("year", -1),
    "l'annee passee": ("year", -1),
    "l'an prochain": ("year", 1),
    "l'annee prochaine": ("year", 1),
    "this year": ("year", 0),
    "last year": ("year", -1),
    "next year": ("year", 1),
}
"""Weeks, months and years named relative to the article's date: (granularity, offset)."""

AGO_UNITS = {
    "jour": "day",
    "jours": "day",
    "day": "day",
    "days": "day",
    "semaine": "week",
    "semaines": "week",
    "week": "week",
    "weeks": "week",
    "mois": "month",
    "month": "month",
    "months": "month",
    "an": "year",
    "ans": "year",
    "annee": "year",
    "annees": "year",
    "year": "year",
    "years": "year",
}
"""Units of "il y a trois ans" / "three years ago", by the granularity they give the date."""

TIME_ZONES = {
    "gmt": ("UTC", "Z"),
    "utc": ("UTC", "Z"),
    "tu": ("UTC", "Z"),
    "temps universel": ("UTC", "Z"),
    "est": ("EST", "-05:00"),
    "edt": ("EDT", "-04:00"),
    "cst": ("CST", "-06:00"),
    "cdt": ("CDT", "-05:00"),
    "mst": ("MST", "-07:00"),
    "mdt": ("MDT", "-06:00"),
    "pst": ("PST", "-08:00"),
    "pdt": ("PDT", "-07:00"),
    "bst": ("BST", "+01:00"),
    "cet": ("CET", "+01:00"),
    "cest": ("CEST", "+02:00"),
    "jst": ("JST", "+09:00"),
    "hkt": ("HKT", "+08:00"),
    "aest": ("AEST", "+10:00"),
    "et": ("ET", ""),
    "pt": ("PT", ""),
    "ct": ("CT", ""),
    "local time": ("local", ""),
    "heure locale": ("local", ""),
    "heure de paris": ("Europe/Paris", ""),
    "heure francaise": ("Europe/Paris", ""),
    "heure de france": ("Europe/Paris", ""),
    "heure de londres": ("Europe/London", ""),
    "heure de new york": ("America/New_York", ""),
    "heure de l'est": ("ET", ""),
    "paris time": ("Europe/Paris", ""),
    "london time": ("Europe/London", ""),
    "new york time": ("America/New_York", ""),
}
"""Time-zone words after a time: (the zone kept as the claim's unit, the fixed UTC offset added
to the value, or "" when the offset depends on the date or the place)."""

COMMON_ZONE_ABBREVIATIONS = frozenset("gmt utc cet cest est edt pst pdt bst".split())
"""The zone abbreviations news writes most, all in `TIME_ZONES`: never a counted thing nor a
name after a number or at a sentence's start."""

EUROPEAN_ZONES = frozenset("gmt bst wet west cet cest eet eest".split())
"""Zones of Europe: a stamp written in English with one of them is a day-first page."""

_HOUR = 1 / 8766
DURATION_YEARS = {
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
    "fortnight": 14 / 365.25,
    "fortnights": 14 / 365.25,
    "jour": 1 / 365.25,
    "jours": 1 / 365.25,
    "journee": 1 / 365.25,
    "journees": 1 / 365.25,
    "day": 1 / 365.25,
    "days": 1 / 365.25,
    "nuit": 1 / 365.25,
    "nuits": 1 / 365.25,
    "night": 1 / 365.25,
    "nights": 1 / 365.25,
    "decennie": 10.0,
    "decennies": 10.0,
    "decade": 10.0,
    "decades": 10.0,
    "siecle": 100.0,
    "siecles": 100.0,
    "century": 100.0,
    "centuries": 100.0,
    "heure": _HOUR,
    "heures": _HOUR,
    "hour": _HOUR,
    "hours": _HOUR,
    "hr": _HOUR,
    "hrs": _HOUR,
    "h": _HOUR,
    "minute": _HOUR / 60,
    "minutes": _HOUR / 60,
    "min": _HOUR / 60,
    "mins": _HOUR / 60,
    "mn": _HOUR / 60,
    "seconde": _HOUR / 3600,
    "secondes": _HOUR / 3600,
    "second": _HOUR / 3600,
    "seconds": _HOUR / 3600,
    "sec": _HOUR / 3600,
    "secs": _HOUR / 3600,
}
"""Time units (folded) and their length in years."""
