"""Extracting times of day ("à 9 h 40", "21 heures", "3:15 p.m. local time", "(1915 GMT)", "noon").

A time's value is an ISO 8601 time: "T09:40", "T15:15:30". When the zone written has a fixed
offset, the offset is added ("1915 GMT" is "T19:15Z", "10 a.m. EDT" is "T10:00-04:00"); the
zone itself, as written and normalised, is kept in `zone` ("UTC", "EDT", "ET", "local",
"Europe/Paris"), which becomes the claim's unit; zones whose offset depends on the date or the
place ("ET", "heure de Paris", "local time") leave the value without an offset.

"3:15 p.m.", "noon", "(1915 GMT)" and a time with a zone are times wherever they stand. A number
followed by "h"/"heures" is a time only when the text says so: a cue before it ("à", "vers",
"dès", "jusqu'à"; for "9h40" also "avant", "après", "at", "by"…), "du matin"/"du soir", a zone, a
range of times ("de 9 h à 17 h"), or "9h40" opening the sentence; "15:15" needs only not to be a
score, a ratio or a race time ("2:05:30"). After "pendant", "pour", "en", "for", "during"… it is a
duration, as is "à 2 heures de route" (`durations.py` reads those). "à 2 heures de Paris" is
neither. A time is never read as a year or a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .calendar_words import TIME_ZONES
from .phrases import literal_alternation

_ZONE = (
    rf"(?:\s*(?P<open>\()?\s*(?P<zone>{literal_alternation(TIME_ZONES)})(?![\w])(?(open)\s*\)))?"
)
_DAYPART = (
    r"(?:\s+(?P<part>du matin|du soir|de l'apres-midi|de l'apres midi|in the morning|"
    r"in the afternoon|in the evening|at night))?"
)
_AMPM = r"(?P<ap>a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![a-z])"
_TIME = re.compile(
    r"(?<![\w.,:/-])(?:"
    # 9h40, 9 h 40, 21 heures, 21 heures 30, 21h
    r"(?P<h1>[01]?\d|2[0-3])\s?(?P<hw>h|heures?)(?:\s?(?P<m1>[0-5]\d)(?:\s?(?:min|mn))?)?(?![\w])"
    # 3:15 p.m., 15:15, 15:15:30
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::(?P<s2>[0-5]\d))?(?![\d:])"
    rf"(?:\s?{_AMPM})?"
    # 3 p.m., 3pm
    r"|(?P<h3>1[0-2]|0?[1-9])\s?(?P<ap3>a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![a-z])"
    # 1915 GMT (a four-digit time is one only with a zone)
    r"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s*\(?\s*(?:gmt|utc|z)(?![\w]))"
    # 9 o'clock
    r"|(?P<h5>1[0-2]|0?[1-9])\s+o'clock"
    # noon, midnight, midi, minuit
    r"|(?P<word>noon|midday|midnight|midi|minuit)(?![\w])"
    rf"){_DAYPART}{_ZONE}"
)
TIME_CUE_BEFORE = re.compile(
    r"(?:\b(?:a|vers|des|jusqu'a|peu avant|peu apres|juste avant|juste apres|jusqu'aux|"
    r"aux alentours de|a partir de|a compter de|at|il est|"
    r"it is|it's|dans la nuit de)\s+)$"
)
"""Words before a number that make "21 heures" a time of day (folded "a" is "à"); "avant",
"après", "about" do so for "9h40" or "3:15" but not for "3 heures" ("après 3 heures de
négociations")."""
_CUE_BEFORE = re.compile(
    r"(?:\b(?:a|vers|des|jusqu'a|jusqu'aux|aux alentours de|avant|apres|at|around|about|by|"
    r"until|till|before|after|from|since|il est|it is|it's|dans la nuit de|ce|cet|demain|hier|"
    r"today|tomorrow|yesterday|tonight)\s+)$"
)
DURATION_BEFORE = re.compile(
    r"(?:\b(?:en|pendant|pour|durant|depuis|de|d'une duree de|in|for|during|of|over|lasted|"
    r"last|took|takes|ran|a|an|the|environ|pres de|plus de|moins de|about|nearly|almost|"
    r"more than|less than|some)\s+)$"
)
TRAVEL_AFTER = re.compile(
    r"\s+(?:de|d')\s*(?:route|marche|vol|train|voiture|trajet|avion|bus|car|bateau|navigation|"
    r"tgv|velo)(?![a-z])"
)
"""Words after "2 heures" that make "à 2 heures de route" a distance in time, not a time."""
_PLACE_AFTER = re.compile(r"\s+(?:de|d')\s*(?=[A-ZÀ-Ý])")
_DAY_AFTER = re.compile(
    r"\s+(?:demain|hier|ce|cet|today|tomorrow|yesterday)\s+(matin|soir|apres-midi)?"
)
_SCORE_BEFORE = re.compile(
    r"(?:won|lost|beat|beaten|score|scale|echelle|ratio|bat|battu|gagne|perdu|victoire|"
    r"defaite|win|defeat)\s+(?:\S+\s+)?$"
)
_RANGE_NEXT = re.compile(r"\s*(?:a|à|au|-|–|to|until|till|et|and)\s+")
_ACCENTED_A = "àÀ"


QUALIFIERS: dict[str, str] = {
    "vers": "approximate",
    "aux alentours de": "approximate",
    "autour de": "approximate",
    "environ": "approximate",
    "around": "approximate",
    "about": "approximate",
    "approximately": "approximate",
    "roughly": "approximate",
    "circa": "approximate",
    "peu avant": "less_than",
    "juste avant": "less_than",
    "avant": "less_than",
    "shortly before": "less_than",
    "just before": "less_than",
    "a little before": "less_than",
    "before": "less_than",
    "peu apres": "more_than",
    "juste apres": "more_than",
    "apres": "more_than",
    "shortly after": "more_than",
    "just after": "more_than",
    "soon after": "more_than",
    "a little after": "more_than",
    "after": "more_than",
    "des": "at_least",
    "a partir de": "at_least",
    "jusqu'a": "up_to",
    "jusqu'aux": "up_to",
    "until": "up_to",
    "till": "up_to",
}
"""How the words before a time of day qualify it (folded): "vers 3 h 15", "around 3 p.m."
approximate; "peu avant minuit", "shortly before", "avant" less_than (earlier than the time
written); "peu après 9 h", "just after 9am", "après" more_than (later); "dès 9 h", "à partir de"
at_least (from then on); "jusqu'à 21 h", "until" up_to. Any other time is exact."""
_QUALIFIER_BEFORE = re.compile(
    rf"(?<![a-z])(?P<q>{literal_alternation(QUALIFIERS)})\s+(?:(?:le|la|the)\s+)?$"
)


@dataclass(frozen=True)
class TimeMention:
    """A time of day found in text: its span, ISO value ("T15:15", "T19:15Z"), zone and
    qualifier (`QUALIFIERS`; "exact" when none is written)."""

    start: int
    end: int
    value: str
    display: str
    zone: str | None
    qualifier: str = "exact"


@dataclass
class _Hit:
    start: int
    end: int
    hour: int
    minute: int
    second: int | None
    zone: str | None
    offset: str
    strong: bool  # a time whatever comes before it (a.m./p.m., a zone, "noon", "du soir")
    hour_word: bool  # "heures"/"h" with no minutes: a duration unless a cue says otherwise


def is_time_context(text: str, folded: str, start: int) -> bool:
    """Return whether a number at `start` reads as a time of day from what precedes it: "à",
    "vers", "dès", "at", "by"… ("à 21 heures" is 9 p.m., "pendant 21 heures" a duration)."""
    m = _CUE_BEFORE.search(folded, max(0, start - 16), start)
    if not m:
        return False
    word = folded[m.start() : m.end()].strip()
    if word == "a":
        return text[m.start()] in _ACCENTED_A  # French "à", not the English article
    return True


def _strong_cue(text: str, folded: str, start: int) -> bool:
    m = TIME_CUE_BEFORE.search(folded, max(0, start - 20), start)
    if not m:
        return False
    if folded[m.start() : m.end()].strip() == "a":
        return text[m.start()] in _ACCENTED_A
    return True


def _hit(m: re.Match[str], text: str) -> _Hit | None:
    g = m.groupdict()
    second: int | None = None
    strong = False
    hour_word = False
    if g["h1"] is not None:
        hour, minute = int(g["h1"]), int(g["m1"] or 0)
        hour_word = g["m1"] is None
    elif g["h2"] is not None:
        hour, minute = int(g["h2"]), int(g["m2"])
        second = int(g["s2"]) if g["s2"] else None
        if g["ap"]:
            hour = _twelve(hour, g["ap"])
            if hour < 0:
                return None
            strong = True
    elif g["h3"] is not None:
        hour = _twelve(int(g["h3"]), g["ap3"])
        minute = 0
        strong = hour >= 0
        if hour < 0:
            return None
    elif g["h4"] is not None:
        hour, minute = int(g["h4"]), int(g["m4"])
        strong = True
    elif g["h5"] is not None:
        hour, minute = int(g["h5"]), 0
        strong = True
    else:
        word = g["word"]
        hour = 0 if word in ("midnight", "minuit") else 12
        minute = 0
        strong = word in ("noon", "midnight", "minuit")
    part = g["part"]
    if part and any(w in part for w in ("soir", "apres", "afternoon", "evening", "night")):
        if hour < 12:
            hour += 12
        strong = True
    zone, offset = None, ""
    end = m.end()
    if g["zone"]:
        zone_word = g["zone"]
        original = text[m.start("zone") : m.end("zone")]
        if len(zone_word) <= 4 and not original.isupper():
            end = m.start("open") if g["open"] else m.start("zone")  # "et", "est": words
        else:
            zone, offset = TIME_ZONES[zone_word]
            strong = True
    if g["h4"] is not None and zone is None:
        return None
    end = _trim(text, m.start(), end)
    return _Hit(m.start(), end, hour, minute, second, zone, offset, strong, hour_word)


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t":
        end -= 1
    return end


def _twelve(hour: int, ap: str) -> int:
    if not 1 <= hour <= 12:
        return -1
    if ap.startswith("p"):
        return hour if hour == 12 else hour + 12
    return 0 if hour == 12 else hour


def find_times(text: str, folded: str, start: int, end: int) -> list[TimeMention]:
    """Return the times of day in `text[start:end]`; `folded` is its same-length folded copy."""
    hits: list[_Hit] = []
    for m in _TIME.finditer(folded, start, end):
        h = _hit(m, text)
        if h is not None:
            hits.append(h)
    out: list[TimeMention] = []
    for i, h in enumerate(hits):
        cue = (_strong_cue if h.hour_word else is_time_context)(text, folded, h.start)
        in_range = _joined(folded, hits, i) or (i > 0 and _joined(folded, hits, i - 1))
        if h.hour_word and (TRAVEL_AFTER.match(folded, h.end) or _PLACE_AFTER.match(text, h.end)):
            continue  # "à 2 heures de Paris", "à 3 heures de route": a distance in time
        later = _DAY_AFTER.match(folded, h.end)
        if later and later.group(1) == "soir" and h.hour < 12:
            h.hour += 12  # "9 h hier soir"
        if not (cue or in_range or h.zone or h.strong or later):
            if DURATION_BEFORE.search(folded, max(0, h.start - 20), h.start):
                continue  # "en 2h05", "pendant 3 heures": a duration
            colon = ":" in folded[h.start : h.end]
            opening = not folded[start : h.start].strip(" \"'«“(-")
            if h.second is not None or _score(folded, h.start):
                continue  # "2:05:30" a race time, "2:10" a score
            if not colon and not (opening and not h.hour_word):
                continue  # "1h30" mid-sentence may be a length of time; "9h40 :" opens one
        q = _QUALIFIER_BEFORE.search(folded, max(start, h.start - 20), h.start)
        out.append(_mention(h, QUALIFIERS[q.group("q")] if q else "exact"))
    return out


def _score(folded: str, start: int) -> bool:
    """Whether the words before a "2:10" make it a score or a ratio."""
    return bool(_SCORE_BEFORE.search(folded, max(0, start - 24), start))


def _joined(folded: str, hits: list[_Hit], i: int) -> bool:
    """Whether hit `i` and the next are a range of times ("de 9 h à 17 h", "9am-5pm")."""
    if i + 1 >= len(hits):
        return False
    gap = folded[hits[i].end : hits[i + 1].start]
    return bool(_RANGE_NEXT.fullmatch(gap) or gap.strip() in ("-", "–"))


def _mention(h: _Hit, qualifier: str) -> TimeMention:
    clock = f"{h.hour:02d}:{h.minute:02d}" + (f":{h.second:02d}" if h.second is not None else "")
    value = f"T{clock}{h.offset}"
    display = f"{clock} {h.zone}" if h.zone else clock
    return TimeMention(h.start, h.end, value, display, h.zone, qualifier)
