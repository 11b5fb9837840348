"""Extracting quantities with units: money (totals and rates), power, energy, percentages and
counts, each normalised to base units (durations: `durations.py`)."""

from __future__ import annotations

import re

from .durations import duration_at
from .figures import Quantity, make_quantity
from .numbers import Number, find_numbers, is_lone_article
from .textnorm import STOPWORDS, stem

_SCALE_WORDS = (
    r"milliards?|mds?|mrds?|millions?|mios?|mlns?|mln|mns?|billions?|bn|trillions?|tn|"
    r"milliers|mille|thousand|k|m|b"
)
_CURRENCY_WORDS = (
    r"dollars?(?:\s+(?:americains|us|canadiens|australiens))?|us\$|\$|usd|euros?|€|eur|"
    r"livres?(?:\s+sterling)?|£|gbp|pounds?(?:\s+sterling)?|yuans?|yens?|¥|francs suisses|chf"
)
_SUFFIX_MONEY = re.compile(
    rf"\s?(?:(?P<scale>{_SCALE_WORDS})(?![a-z]))?\s?(?:(?:de|d')\s*)?(?P<cur>{_CURRENCY_WORDS})"
    r"(?![a-z])"
)
_PREFIX_CURRENCY = re.compile(r"(?P<cur>us\$|c\$|a\$|\$|€|£|usd|eur|gbp|chf|¥)\s?$")
_SCALE_AFTER = re.compile(rf"\s?(?P<scale>{_SCALE_WORDS})(?![a-z])")

_RATE_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:de|d')\s*(?:revenus?|recettes|chiffre d'affaires|ventes|"
    r"loyers?|depenses)\s+|(?:in|of|en)\s+)?(?P<rate>par an|par annee|l'an|annuels?|"
    r"annuelles?|annuellement|chaque annee|a year|per year|each year|annually|per annum|annual|"
    r"yearly|/\s?an|/\s?year|/\s?yr|"
    r"par mois|mensuels?|mensuelles?|a month|per month|monthly|/\s?mois|/\s?month)(?![a-z])"
)
_PER_UNIT = re.compile(
    r"\s*(?:(?:per|a|par|each|by)\s+(?P<noun>share|action|unit|unite|barrel|baril|tonne|ton|"
    r"person|personne|habitant|head|tete|user|utilisateur|employee|salarie|kwh|mwh|litre|liter|"
    r"gallon|ounce|once|kilo|kg)s?|(?P<each>apiece|l'action|le baril|la tonne|/action|/share))"
    r"(?![a-z])"
)
_RATE_BEFORE = re.compile(
    r"(?P<rate>annuels?|annuelles?|annual|yearly|mensuels?|mensuelles?|monthly)\s+"
    r"(?:[a-z']+\s+){0,2}(?:de|d'|of|:)?\s*(?:\S{0,4}\s?)?$"
)
_REFERENCE_BEFORE = re.compile(
    r"(?<![a-z])(?:les|the|ces|these|those|ses|leurs|nos|vos|our|their)\s+$"
)
_POWER = re.compile(
    r"\s?(?P<u>gw|gigawatts?|mw|megawatts?|kw|kilowatts?|tw|terawatts?)(?![a-z])(?!\s?h\b)"
)
_ENERGY = re.compile(
    r"\s?(?P<u>gwh|twh|mwh|kwh|gigawattheures?|terawattheures?|megawattheures?|kilowattheures?)"
    r"(?![a-z])"
)
_PERCENT = re.compile(r"\s?(?:%|pour cent|pourcent|percent|per cent|pct)(?![a-z])")
_COUNT_NOUN = re.compile(r"\s?(?P<noun>[a-zà-ÿœ][a-zà-ÿœ'-]{2,})")
_COUNT_SYNONYMS = {
    stem(w): group.split()[0]
    for group in (
        "employee employees employes employe salaries salarie workers worker staff "
        "collaborateurs collaborateur people personnes",
        "job jobs emplois emploi postes poste",
    )
    for w in group.split()
}
"""Count nouns that name the same thing: "12 000 salariés" and "12,000 employees"."""
_NOT_COUNT_NOUNS = frozenset(
    """
        milliards milliard millions million billions billion trillions trillion mille
        milliers thousand hundred cent cents dollars dollar euros euro points point pour
        fois times pourcent percent heures heure hours hour minutes minute secondes seconds
        fois reprises prochaines derniers dernieres premiers premieres autres other others
        plus more less moins janvier fevrier mars avril mai juin juillet aout septembre
        octobre novembre decembre january february march april may june july august
        september october november december ans annees mois years months entre sur par des
        les aux pour avec dans
    """.split()
)
_SCALE_VALUES = {
    "k": 1e3,
    "mille": 1e3,
    "milliers": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "mio": 1e6,
    "mios": 1e6,
    "mln": 1e6,
    "mlns": 1e6,
    "mn": 1e6,
    "mns": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
}
_POWER_SCALE = {"k": 1e3, "m": 1e6, "g": 1e9, "t": 1e12}


_UNIT_NOUNS = {
    "action": "share",
    "unite": "unit",
    "baril": "barrel",
    "personne": "person",
    "habitant": "person",
    "tete": "person",
    "head": "person",
    "utilisateur": "user",
    "salarie": "employee",
    "once": "ounce",
    "kilo": "kg",
    "liter": "litre",
    "ton": "tonne",
}
"""Per-unit prices ("62 dollars par action", "$62 a share") name their unit in English."""


def _currency(word: str) -> str:
    w = word.replace(" ", "")
    if "$" in w or w.startswith(("dollar", "usd")):
        return {"c$": "CAD", "a$": "AUD"}.get(w, "USD")
    if w in {"€", "eur"} or w.startswith("euro"):
        return "EUR"
    if w in {"£", "gbp"} or w.startswith(("livre", "pound")):
        return "GBP"
    if w in {"¥"} or w.startswith(("yuan", "yen")):
        return "JPY" if w.startswith("yen") else "CNY"
    return "CHF"


def _scale(word: str | None, lang: str) -> float:
    if not word:
        return 1.0
    if word.startswith("billion"):
        return 1e12 if lang == "fr" else 1e9
    return _SCALE_VALUES.get(word, 1.0)


def _money(n: Number, text: str, folded: str, lang: str, end: int) -> Quantity | None:
    start, stop, cur, scale = n.start, n.end, None, None
    prefix = _PREFIX_CURRENCY.search(folded, max(0, n.start - 4), n.start)
    if prefix:
        cur, start = prefix.group("cur"), prefix.start()
        sm = _SCALE_AFTER.match(folded, n.end, end)
        if sm:
            scale, stop = sm.group("scale"), sm.end()
    else:
        sm = _SUFFIX_MONEY.match(folded, n.end, end)
        if not sm:
            return None
        cur, scale, stop = sm.group("cur"), sm.group("scale"), sm.end()
    if scale == "m" and not prefix and cur not in {"$", "€", "£"}:
        return None  # "5 m de dollars" is too ambiguous (metres)
    value = n.value * _scale(scale, lang)
    period = None
    per_unit = _PER_UNIT.match(folded, stop, end)
    rate = None if per_unit else _RATE_AFTER.match(folded, stop, end)
    if per_unit:
        noun = (
            per_unit.group("noun") or per_unit.group("each").strip("/").split("'")[-1].split()[-1]
        )
        period, stop = _UNIT_NOUNS.get(noun, noun), per_unit.end()
    elif rate:
        r = rate.group("rate")
        period = "month" if ("mois" in r or "month" in r or "mensu" in r) else "year"
        stop = rate.end()
    else:
        before = _RATE_BEFORE.search(folded, max(0, start - 40), start)
        if before:
            r = before.group("rate")
            period = "month" if ("mensu" in r or "month" in r) else "year"
    unit = _currency(cur or "$") + (f"/{period}" if period else "")
    return make_quantity("money", start, stop, value, unit, n, folded, period=period)


def find_quantities(text: str, folded: str, lang: str, start: int, end: int) -> list[Quantity]:
    """Return the quantities in `text[start:end]`; `folded` is its same-length folded copy."""
    out: list[Quantity] = []
    for n in find_numbers(text, lang, start, end):
        if out and n.start < out[-1].end:
            continue
        q = _money(n, text, folded, lang, end)
        if q is None:
            q = _unit_quantity(n, text, folded, end)
        if q is None:
            q = duration_at(n, folded, end)
        if q is None and is_lone_article(text, n):
            continue
        if q is None:
            q = _count(n, text, folded, lang, end)
        if q is not None:
            out.append(q)
    return out


def _unit_quantity(n: Number, text: str, folded: str, end: int) -> Quantity | None:
    if m := _ENERGY.match(folded, n.end, end):
        u = m.group("u")
        mult = _POWER_SCALE.get(u[0], 1.0)
        return make_quantity("energy", n.start, m.end(), n.value * mult, "Wh", n, folded)
    if m := _POWER.match(folded, n.end, end):
        u = m.group("u")
        mult = _POWER_SCALE.get(u[0], 1.0)
        return make_quantity("power", n.start, m.end(), n.value * mult, "W", n, folded)
    if m := _PERCENT.match(folded, n.end, end):
        return make_quantity("percentage", n.start, m.end(), n.value, "%", n, folded)
    return None


def _count(n: Number, text: str, folded: str, lang: str, end: int) -> Quantity | None:
    if n.value < 2 or (not n.spelled and 1800 <= n.value <= 2100 and n.value == int(n.value)):
        return None
    m = _COUNT_NOUN.match(folded, n.end, end)
    if not m or _REFERENCE_BEFORE.search(folded, max(0, n.start - 8), n.start):
        return None  # "les deux parties" refers to things already named; it claims no number
    noun = m.group("noun").rstrip("'-")
    if lang == "en":
        # English puts modifiers first: "300,000 electric cars" counts cars, "12 data
        # centers" centers; "45,000 employees worldwide" still counts employees.
        nxt = _COUNT_NOUN.match(folded, m.end(), end)
        if (
            nxt
            and nxt.group("noun") not in STOPWORDS
            and nxt.group("noun").endswith("s")
            and not noun.endswith("s")
        ):
            m = nxt
            noun = m.group("noun").rstrip("'-")
    if noun in STOPWORDS or noun in _NOT_COUNT_NOUNS or "'" in noun:
        return None
    unit = _COUNT_SYNONYMS.get(stem(noun), stem(noun))
    shown = text[m.start("noun") : m.start("noun") + len(noun)]
    return make_quantity("count", n.start, m.end(), n.value, unit, n, folded, noun=shown)
