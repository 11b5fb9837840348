"""Reading the date and time of a page's publication and update stamps, and of a dateline.

Values are ISO 8601 strings as precise as written: "2025-05-12T07:12", "2025-06-03", or
"XXXX-06-03" when the year is not written (filled from another stamp when one gives it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .calendar_words import EUROPEAN_ZONES, MONTH_ANY, WEEKDAY_ANY
from .date_fields import day_month, two_digit_year
from .furniture_words import ENGLISH_STAMP_VERBS, PUBLISHED_VERBS, UPDATED_VERBS
from .phrases import literal_alternation
from .textnorm import fold

_MONTH = literal_alternation(MONTH_ANY)
_WEEKDAY = literal_alternation(WEEKDAY_ANY)
_DATE = (
    rf"(?:(?P<d1>[0-3]?\d)(?:er|st|nd|rd|th)?\s+(?P<m1>{_MONTH})\.?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?"
    r"|(?P<y3>\d{4})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
    r"|(?P<a4>[0-3]?\d)[/.](?P<b4>[01]?\d)[/.](?P<y4>\d{4}|\d{2})"
    r"|(?P<a5>[0-3]?\d)/(?P<b5>[0-3]?\d))"
)
_ZONE = (
    r"(?:\s*\(?(?:(?:[a-z]{1,4}t|utc|gmt|cet|cest|et|pt|ct|mt|bst|z)(?:\s?[+-]\s?\d{1,2}"
    r"(?::?\d\d)?)?|heure (?:de paris|locale|francaise|de [a-z]+)|local time|(?:paris|uk|"
    r"london|new york) time|hrs|hours)\)?)?"
)
"""A zone or clock named after a time ("GMT", "ET", "UTC+2", "heure de Paris", "local time")."""
_TIME = (
    r"(?P<h>[0-2]?\d)(?:\s*(?:h|:)\s*(?P<min>[0-5]\d)|\.(?P<dmin>[0-5]\d)(?!\d)"
    r"|\s*h(?![a-z]))(?::[0-5]\d)?"
    rf"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?{_ZONE}"
    r"|(?P<h2>[0-2]?\d)\s*(?P<ampm2>[ap])\.?\s?m\b\.?(?:\s*[a-z]{1,4})?"
)
"""A time of day: "07:12", "7h12", "9 h", "06.30 GMT" (a dot only before two digits of
minutes), "11:08 a.m. ET"."""
_DATETIME_RE = re.compile(
    r"^(?:(?:le|on|the)\s+)?"
    rf"(?:(?:{_WEEKDAY})\.?,?\s+)?(?:(?:le|on|the)\s+)?(?:{_DATE})?"
    rf"(?:(?:\s*,|\s+(?:a|at|-|–|—|,))?\s*(?:{_TIME}))?"
    r"(?:t(?P<ih>[0-2]\d):(?P<imin>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?\s*$"
)
_RELATIVE_RE = re.compile(
    r"^(?:il y a \d+\s*(?:min(?:utes?)?|mn|h|heures?|jours?|j)|\d+\s*(?:min(?:ute)?s?|mins?|h|hrs?"
    r"|hours?|days?)\s+ago|(?:aujourd'hui|hier|today|yesterday|a l'instant|just now)"
    r"(?:\s*(?:a|at|,)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2})?)\s*$"
)
_VERBS = sorted(
    [(v, "published") for v in PUBLISHED_VERBS] + [(v, "updated") for v in UPDATED_VERBS],
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_STAMP_RE = re.compile(
    r"^(?P<verb>"
    + "|".join(re.escape(v) for v, _ in _VERBS)
    + r")\b(?:\s+(?:le|on|at|a)\b)?\s*[:,]?\s*(?P<rest>.*)$"
)
_VERB_KIND = dict(_VERBS)


@dataclass(frozen=True)
class Stamp:
    """A date-and-time as a stamp writes it: ISO date ('XXXX-' when no year) and time."""

    date: str | None
    time: str | None

    def iso(self) -> str:
        """Return the stamp as one ISO 8601 string ("T15:42" when it has only a time)."""
        if self.date is None:
            return f"T{self.time}"
        return f"{self.date}T{self.time}" if self.time else self.date


def parse_iso(value: str) -> Stamp | None:
    """Return the stamp written by `Stamp.iso`, or by an HTML page's metadata ("2025-05-12",
    "2025-05-12T07:12:00+02:00"), or None."""
    m = _ISO_RE.match(value.strip())
    if not m or not (m.group("date") or m.group("time")):
        return None
    return Stamp(m.group("date"), m.group("time"))


_ISO_RE = re.compile(
    r"^(?P<date>(?:\d{4}|XXXX)-[01]\d-[0-3]\d)?(?:[T ](?P<time>[0-2]\d:[0-5]\d)(?::\d\d(?:\.\d+)?)?"
    r"(?:Z|[+-]\d\d:?\d\d)?)?$"
)


def _year(y: str | None) -> str:
    if not y:
        return "XXXX"
    return y if len(y) == 4 else str(two_digit_year(y, None))


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def read_datetime(folded: str, lang: str | None = None) -> Stamp | None:
    """Return the date and time of `folded` when it is nothing but a date and/or a time
    ("mercredi 17 juillet 2024", "12/05/2025 à 07h12", "March 4, 2025", "9:15 a.m. ET").

    Numeric dates are read day first ("12/05/2025" is 12 May), month first when `lang` is
    "en" ("05/12/2025" is May 12), unless one of the numbers cannot be a month.
    """
    text = folded.strip()
    if not text or len(text) > 60:
        return None
    m = _DATETIME_RE.match(text)
    if not m:
        return _time_then_date(text, lang)
    g = m.groupdict()
    date: str | None = None
    if g["m1"] or g["m2"]:
        month = MONTH_ANY[g["m1"] or g["m2"]]
        day = int(g["d1"] or g["d2"])
        if not _valid(month, day):
            return None
        date = f"{_year(g['y1'] or g['y2'])}-{month:02d}-{day:02d}"
    elif g["y3"]:
        month, day = int(g["m3"]), int(g["d3"])
        if not _valid(month, day):
            return None
        date = f"{g['y3']}-{month:02d}-{day:02d}"
    elif g["a4"] or g["a5"]:
        a, b = int(g["a4"] or g["a5"]), int(g["b4"] or g["b5"])
        read_day, month = day_month(a, b, lang)
        if read_day is None:
            return None
        day = read_day
        date = f"{_year(g['y4'])}-{month:02d}-{day:02d}"
    time: str | None = None
    hour_text = g["h"] or g["h2"] or g["ih"]
    if hour_text:
        hour = int(hour_text)
        minute = int(g["min"] or g["dmin"] or g["imin"] or 0)
        ampm = g["ampm"] or g["ampm2"]
        if ampm == "p" and hour < 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
        if hour > 23:
            return None
        time = f"{hour:02d}:{minute:02d}"
    if date is None and time is None:
        return None
    return Stamp(date, time)


_TIME_THEN_DATE_RE = re.compile(r"\s*,\s*|\s+(?:on|le|the)\s+")


def _time_then_date(text: str, lang: str | None) -> Stamp | None:
    """Return the stamp of a time written before its date ("11:08 a.m. et, march 3, 2025",
    "07:12 le 12 mai 2025"), or None."""
    for cut in _TIME_THEN_DATE_RE.finditer(text):
        first = _DATETIME_RE.match(text[: cut.start()])
        second = _DATETIME_RE.match(text[cut.end() :])
        if first is None or second is None:
            continue
        when = read_datetime(text[: cut.start()], lang)
        day = read_datetime(text[cut.end() :], lang)
        if when and day and when.date is None and when.time and day.date and day.time is None:
            return Stamp(day.date, when.time)
    return None


_EUROPEAN_ZONE = re.compile(rf"(?<![a-z])(?:{literal_alternation(EUROPEAN_ZONES)})(?![a-z])")


def read_stamp(folded: str, line: str = "") -> tuple[str, Stamp | None] | None:
    """Return ("published" or "updated", its date and time) when `folded` is a whole stamp
    ("publie le 12/05/2025 a 07:12", "updated 11:08 a.m. et", "mis a jour il y a 2 h").

    `line` is the whole folded line the stamp stands in, when it is one part of a strip. A
    relative stamp ("il y a 2 h") is a stamp without a date (None). Anything else after the
    stamp's verb ("mis a jour en 2024, le plan…") makes it no stamp.
    """
    m = _STAMP_RE.match(folded.strip())
    if not m:
        return None
    verb = m.group("verb")
    kind = _VERB_KIND[verb]
    rest = m.group("rest").strip(" .")
    if _RELATIVE_RE.match(rest):
        return kind, None
    # The stamp's words tell how its numbers are ordered: "Published 05/12/2025" is May 12,
    # but a European zone ("14:05 CET", "GMT") marks a day-first page written in English.
    american = verb in ENGLISH_STAMP_VERBS and not _EUROPEAN_ZONE.search(line or rest)
    stamp = read_datetime(rest, "en" if american else "fr")
    if stamp is None or not rest:
        return None
    return kind, stamp


_DATELINE_RE = re.compile(
    r"^(?:[A-ZÀ-Ý][A-Za-zÀ-ÿ'’. -]{1,30}(?:\s*\([^()\n]{1,30}\))?,\s+)?"
    r"(?P<date>[^()\n–—]{3,30}?)\s*(?:\((?P<agency>[^()\n]{2,25})\)\s*)?[-–—]+\s+\S"
)


def read_dateline(line: str) -> Stamp | None:
    """Return the date of a dateline opening `line` ("PARIS, 12 mai 2025 (AFP) - …",
    "LYON, 3 mars 2025 – …", "March 3 (Newswire) - …"), or None."""
    m = _DATELINE_RE.match(line)
    if not m:
        return None
    stamp = read_datetime(fold(m.group("date")))
    return stamp if stamp and stamp.date else None


def with_year(later: Stamp, earlier: Stamp | None) -> Stamp:
    """Return `later` with its missing year or date taken from `earlier` (an update written
    "Updated 9:15 a.m." is on the publication's day)."""
    if earlier is None or earlier.date is None:
        return later
    if later.date is None:
        return Stamp(earlier.date, later.time)
    if later.date.startswith("XXXX") and not earlier.date.startswith("XXXX"):
        return Stamp(earlier.date[:4] + later.date[4:], later.time)
    return later


def publication_dates(
    stamps: dict[str, str], first_lines: list[str], page_date: str | None
) -> tuple[str | None, str | None]:
    """Return an article's (published, updated) ISO dates.

    `stamps` holds what its furniture lines said ("published", "updated", and "dated" for a
    bare date line); `first_lines` are its first content lines, where a dateline may open the
    text; `page_date` is the date an HTML page gives in its metadata. A stamp line wins over a
    bare date line, a dateline and the page's metadata, in that order; a missing year (or a
    missing day, for "Updated 9:15 a.m.") is taken from the others.
    """
    candidates: list[Stamp] = []
    for key in ("published", "dated"):
        found = parse_iso(stamps[key]) if key in stamps else None
        if found:
            candidates.append(found)
    for line in first_lines:
        dateline = read_dateline(line)
        if dateline:
            candidates.append(dateline)
            break
    page = parse_iso(page_date) if page_date else None
    if page:
        candidates.append(page)
    published: Stamp | None = None
    for candidate in candidates:
        if candidate.date is None:
            continue
        if published is None:
            published = candidate
        elif published.date and published.date.startswith("XXXX"):
            published = with_year(published, candidate)
    update = parse_iso(stamps["updated"]) if "updated" in stamps else None
    updated = with_year(update, published) if update else None
    return (
        published.iso() if published else None,
        updated.iso() if updated and updated.date else None,
    )
