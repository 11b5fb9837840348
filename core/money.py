"""Extracting amounts of money: currency before or after the number, scale words, rates ("par
an", "a year") and prices per unit ("par action", "a share"), normalised to a currency code."""

from __future__ import annotations

import re

from .figures import Quantity, make_quantity
from .numbers import SCALE_WORDS, Number, scale_value

_CURRENCY_WORDS = (
    r"dollars?(?:\s+(?:americains|us|canadiens|australiens))?|us\$|\$|usd|euros?|€|eur|"
    r"livres?(?:\s+sterling)?|£|gbp|pounds?(?:\s+sterling)?|yuans?|yens?|¥|francs suisses|chf"
)
_SUFFIX_MONEY = re.compile(
    rf"\s?(?:(?P<scale>{SCALE_WORDS})(?![a-z]))?\s?(?:(?:de|d')\s*)?(?P<cur>{_CURRENCY_WORDS})"
    r"(?![a-z])"
)
_PREFIX_CURRENCY = re.compile(r"(?P<cur>us\$|c\$|a\$|\$|€|£|usd|eur|gbp|chf|¥)\s?$")
_SCALE_AFTER = re.compile(rf"\s?(?P<scale>{SCALE_WORDS})(?![a-z])")

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


def money_at(n: Number, folded: str, lang: str, end: int) -> Quantity | None:
    """Return the amount of money whose number is `n`, if a currency stands before or after it."""
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
    value = n.value * scale_value(scale, lang)
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
