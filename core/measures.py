"""Extracting physical measurements ("35 km", "4 200 hectares", "40 tonnes", "130 km/h", "41 °C",
"magnitude 6.4", "a 12-storey building", "4,5 GW", "10 TWh"), normalised to the base unit of
their dimension (`units.py`).

Power and energy are claims of their own kinds ("power" in W, "energy" in Wh); every other
dimension is kind "measure" with `unit` naming its base unit ("m", "m2", "kg", "m3", "m/s",
"degC", "magnitude", "storey"). A rate ("5 millions de tonnes par an") keeps its period in the
unit ("kg/year"). A conversion in parentheses, "25 km (15 miles)", restates the figure: it is
part of the claim's span and makes no claim of its own.

Words that are also units are read in context only: "m" is metres only when no money or scale
reading applies; "t" tonnes before "de"/"of" or a rate; "pounds" a weight only beside a weight
("weighs", "300 pounds of explosives"); a bare "35 degrés" a temperature only in French beside
weather words (an English bare "degrees" may be Celsius or Fahrenheit, so it is left alone).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .currencies import NAMES_PATTERN, SUFFIX_SYMBOLS
from .figures import Quantity, make_quantity
from .money import WEIGHT_CUE, pounds_are_money, sentence_before
from .numbers import MEASURE_SCALES, Number, scale_value
from .phrases import alternation, expand, key, literal_alternation
from .unit_context import (
    FUNCTION_WORDS,
    PER_DAY_WORDS,
    PER_MONTH_WORDS,
    PER_YEAR_WORDS,
    next_is_noun,
    period_of,
)
from .units import AMBIGUOUS_UNITS, DIMENSION_KINDS, TROY_OUNCE, UNIT_INDEX, UNITS

_SCALE = literal_alternation(MEASURE_SCALES)
_UNIT_ALT = alternation([s for units in UNITS.values() for n in units for s in expand(n)])
_UNIT = re.compile(
    rf"[\s-]?(?:(?P<scale>{_SCALE})(?![a-z])[\s-]?(?:(?:de|d'|of)\s?)?)?"
    rf"(?P<u>{_UNIT_ALT})(?![a-z0-9'])"
)
_RESTATED = re.compile(
    r"\s?\(\s?(?:about|around|environ|soit|or|ou|some|approx\.?|~|≈)?\s?"
    rf"\d[\d.,\s]*?(?:\s?(?:{_SCALE})(?![a-z]))?[\s-]?(?P<u>{_UNIT_ALT})(?![a-z0-9'])\s?\)"
)
_RATE = re.compile(
    rf"\s*(?P<rate>{PER_YEAR_WORDS}|{PER_DAY_WORDS}|each day|/\s?j|/\s?d|{PER_MONTH_WORDS})"
    r"(?![a-z])"
)
_PER_DAY_UNITS = {"b/d": "day", "bpd": "day"}
_MAGNITUDE_BEFORE = re.compile(r"(?<![a-z])magnitude(?:\s+(?:of|de)|\s+d')?[\s-]?$")
_ORDER_OF = re.compile(r"(?:order|orders|ordre|ordres)\s+(?:of|de)\s+$")
_EVENT_BEFORE = re.compile(r"(?<![a-z])(?:le|la|du|au|the)\s$")
""""le 100 m", "the 400m": a race, not a distance."""
_DIMENSION_WORDS = re.compile(
    r"[\s-]+(?:(?:de\s|d')?(?:haut|hauteur|long|longueur|large|largeur|profondeur|profond|"
    r"altitude|diametre|epaisseur|denivele|recul)|high|tall|long|wide|deep|above|below|"
    r"underground|away|in diameter|thick|sous|au-dessus|au-dela|plus loin|de la|du|des|from|"
    r"of water|of snow|of rain|d'eau|de neige|de pluie)(?![a-z])"
)
_M_FR_AFTER = re.compile(
    r"\s+(?:de\s|d'|et\s|a\s|ont\s|est\s|sont\s|etait\s|au\s|aux\s|sur\s|sous\s|pour\s|par\s)"
)
""""300 m de piste", "une vague de 3 m a submergé", "1,85 m et 80 kg": French metres."""
_COUNTED_AFTER = re.compile(
    r"\s+(?:de\s|d')(?:personnes|visiteurs|habitants|utilisateurs|abonnes|spectateurs|clients|"
    r"vues|exemplaires|foyers|salaries|emplois|voyageurs|passagers|fans|followers|votes|voix|"
    r"actions|titres|barils|tonnes|euros|dollars|francs|livres)(?![a-z])"
)
""""2 M de visiteurs": "M" after a number and before people or money is a million."""
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)(]|$)")
_CURRENCY_AFTER = re.compile(
    rf"[\s-]?(?:(?:de|d'|of)\s?)?(?:{alternation(list(SUFFIX_SYMBOLS))}|{NAMES_PATTERN})"
    r"(?![a-z])"
)
_TONNE_CONTEXT = re.compile(r"\s?(?:de\s|d'|of\s|/\s?an|par an|a year|per year)")
_WEATHER_CUE = re.compile(
    r"temperat|chaleur|canicule|thermomet|meteo|froid|fraich|gel(?:ee|er|e)?\b|mercure|"
    r"ombre|weather|forecast|heat|cold|warm|chaud|celsius|fahrenheit|climat|vague|record"
)
_CODE_TAIL = re.compile(r"-[a-z0-9]")
_OF = re.compile(r"\s+of\s")
_PRECIOUS = re.compile(r"\bgold|\bsilver|platinum|\bd.or\b|\bl.or\b|\bargent|platine")
_STOREY_AFTER = re.compile(
    r"\s(?:high|tall|building|buildings|tower|towers|block|skyscraper|structure|apartment|"
    r"hotel|office|car park|parking)(?![a-z])"
)
_NOT_NOUNS_AFTER_UNIT = FUNCTION_WORDS | frozenset("d' at dans within entre between".split())
"""Words after an ambiguous unit that leave it a unit ("3 l dans", "5 tw between")."""
_LONE_ARTICLES = frozenset({"un", "une", "one", "a", "an"})
_MINUS_WORD = re.compile(r"(?<![a-z])(?:moins|minus)\s$")


def measure_at(n: Number, folded: str, lang: str, end: int) -> Quantity | None:
    """Return the measurement whose number is `n` ("35 km", "41 °C", "magnitude 6.4", "a
    12-storey building", "4,5 GW"), if a unit stands after it (or "magnitude" before it)."""
    if folded[n.start - 1 : n.start] == "/":
        return None  # "1/4 mile": the number is part of a fraction
    if (before := _MAGNITUDE_BEFORE.search(folded, max(0, n.start - 16), n.start)) and (
        q := _magnitude(n, folded, before.start(), end)
    ):
        return q
    m = _UNIT.match(folded, n.end, end)
    if m is None:
        return None
    written = m.group("u")
    base, factor = UNIT_INDEX[key(written)]
    scale = m.group("scale")
    if not _plausible(written, base, scale, n, folded, m.end(), end, lang):
        return None
    if base == "magnitude":
        return _magnitude(n, folded, n.start, end, m.end())
    stop = m.end()
    if (r := _RESTATED.match(folded, stop, end)) and _same_dimension(base, r.group("u")):
        stop = r.end()
    if base in ("degC", "degF"):
        return _temperature(n, folded, base, stop)
    value = n.value * scale_value(scale, lang) * factor
    period = _PER_DAY_UNITS.get(written)
    if period is None and base not in ("m/s", "W") and (r := _RATE.match(folded, stop, end)):
        period, stop = period_of(r.group("rate")), r.end()
    kind = DIMENSION_KINDS.get(base, "measure")
    ounces = base == "kg" and written.startswith(("ounce", "once", "oz"))
    if ounces and _PRECIOUS.search(folded, max(0, n.start - 80), end):
        value = value / factor * TROY_OUNCE  # gold and silver are weighed in troy ounces
    unit = base + (f"/{period}" if period else "")
    return make_quantity(kind, n.start, stop, value, unit, _unsigned(n), folded, period=period)


def _unsigned(n: Number) -> Number:
    """A length, an area or a mass has no sign: a dash before it is punctuation."""
    return replace(n, negative=False) if n.negative else n


def _same_dimension(base: str, written: str) -> bool:
    other = UNIT_INDEX[key(written)][0]
    return other == base or {other, base} == {"degC", "degF"}


def _plausible(
    written: str,
    base: str,
    scale: str | None,
    n: Number,
    folded: str,
    stop: int,
    end: int,
    lang: str,
) -> bool:
    """Whether a unit that is also a word or a letter is a unit here (module docstring)."""
    lone = folded[n.start : n.end] in _LONE_ARTICLES and folded[n.end : n.end + 1] != "-"
    if n.spelled and (base == "magnitude" or lone):
        return False  # "une magnitude", "un étage": an article, not a figure
    if base == "storey":
        return _storeys(written, n, folded, stop, end)
    if base == "magnitude":
        return 0 < n.value < 10
    if written not in AMBIGUOUS_UNITS:
        return True
    if not n.spelled and 1800 <= n.value <= 2100 and n.value == int(n.value):
        return False  # a year before a letter: "2024 m" is not a length
    attached = folded[n.end : n.end + 1] == written[:1]
    if len(written) == 1 and _CODE_TAIL.match(folded, stop, end):
        return False  # "24703 L-202": a code, not a unit
    if written == "m":
        if scale or _EVENT_BEFORE.search(folded, max(0, n.start - 4), n.start):
            return False
        if _CURRENCY_AFTER.match(folded, stop, end):
            return False  # "5 m de dollars": money, too ambiguous to read
        if _DIMENSION_WORDS.match(folded, stop, end):
            return True
        if attached:
            return False
        if lang == "fr" and _M_FR_AFTER.match(folded, stop, end):
            return not _COUNTED_AFTER.match(folded, stop, end)  # "2 M de visiteurs": million
        return bool(_CLAUSE_END.match(folded, stop, end))
    if written == "t":
        return bool(_TONNE_CONTEXT.match(folded, stop, end))
    if written in {"c", "f"}:
        return attached and _weather_around(folded, n.start, stop, end)
    if written.startswith(("degre", "°")):
        return lang == "fr" and _weather_around(folded, n.start, stop, end)
    if written.startswith("degree"):
        return False  # Celsius or Fahrenheit: an English bare "degrees" does not say
    if written.startswith("pound"):
        if pounds_are_money(folded, n.start, stop, end, bool(scale)):
            return False
        sentence = sentence_before(folded, n.start) + folded[stop:end]
        return bool(WEIGHT_CUE.search(sentence)) or bool(_OF.match(folded, stop, end))
    if written.startswith("once"):
        return lang == "fr"  # English "once" is an adverb
    if written.startswith(("pied", "pouce")):
        return (
            not n.spelled
            and n.value >= 3
            and not next_is_noun(folded, stop, end, _NOT_NOUNS_AFTER_UNIT)
        )
    return not next_is_noun(
        folded, stop, end, _NOT_NOUNS_AFTER_UNIT
    )  # "l", "noeuds", "cl", "ml", "tw"


def _weather_around(folded: str, start: int, stop: int, end: int) -> bool:
    """Whether a weather word stands in the 150 characters before a figure or after its unit."""
    return bool(_WEATHER_CUE.search(folded[max(0, start - 150) : start] + folded[stop:end]))


def _storeys(written: str, n: Number, folded: str, stop: int, end: int) -> bool:
    if not (1 <= n.value <= 300 and n.value == int(n.value)):
        return False
    hyphen = folded[n.end : n.end + 1] == "-"
    if written.startswith("floor") or written == "storied":
        return hyphen
    if written in {"story", "stories"}:
        return hyphen or bool(_STOREY_AFTER.match(folded, stop, end))
    return True


def _magnitude(
    n: Number, folded: str, start: int, end: int, stop: int | None = None
) -> Quantity | None:
    """A seismic magnitude: "magnitude 6.4", "de magnitude 5,8", "a 6.4-magnitude quake",
    "6,1 sur l'échelle de Richter"."""
    if n.spelled or not 0 < n.value < 10 or _ORDER_OF.search(folded, max(0, start - 22), start):
        return None
    if stop is None:
        stop = n.end
        m = _UNIT.match(folded, n.end, end)
        if m and UNIT_INDEX[key(m.group("u"))][0] == "magnitude":
            stop = m.end()  # "magnitude 6,1 sur l'échelle de Richter"
    return make_quantity("measure", start, stop, n.value, "magnitude", _unsigned(n), folded)


def _temperature(n: Number, folded: str, base: str, stop: int) -> Quantity:
    """A temperature in degrees Celsius; Fahrenheit is converted, a minus sign kept."""
    start, value = n.start, n.value
    if n.negative:
        start, value = n.start - 1, -value
    elif minus := _MINUS_WORD.search(folded, max(0, n.start - 7), n.start):
        start, value = minus.start(), -value
    precision = n.step
    if base == "degF":
        value, precision = (value - 32) * 5 / 9, n.step * 5 / 9
    q = make_quantity("measure", start, stop, value, "degC", _unsigned(n), folded)
    return replace(q, precision=precision)
