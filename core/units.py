"""Units of physical measurements as the news writes them, French and English, each with the base
unit of its dimension and the factor to it.

Base units: length "m", area "m2", mass "kg", volume "m3", speed "m/s", temperature "degC"
(Fahrenheit is converted in `measures.py`), power "W", energy "Wh". Every entry is folded
(lowercase, no accents; "m²" folds to "m2"); "(s)" marks an optional plural ending and a space
stands for a space or a hyphen.

Conventions, chosen for news and documented here:
- "ton(s)" is the metric tonne (wire copy and translations use "tons" for tonnes); "short
  ton(s)" is 907.18474 kg and "long ton(s)" 1016.0469 kg;
- "gallon(s)" is the US gallon; "barrel(s)"/"baril(s)" the oil barrel (158.987 l);
- "ounce(s)"/"once(s)" is the avoirdupois ounce, except beside gold, silver or platinum, where
  `measures.py` reads the troy ounce;
- "mile(s)" is the statute mile; "milles" in French only with "marins"/"nautiques".
"""

from __future__ import annotations

from .phrases import expand, key

MILE = 1609.344
FOOT = 0.3048
INCH = 0.0254
YARD = 0.9144
NAUTICAL_MILE = 1852.0
POUND = 0.45359237
OUNCE = 0.028349523125
TROY_OUNCE = 0.0311034768
US_GALLON = 0.003785411784
BARREL = 0.158987294928
ACRE = 4046.8564224

UNITS: dict[str, dict[str, float]] = {
    "m": {
        "km": 1e3,
        "kilometre(s)": 1e3,
        "kilometer(s)": 1e3,
        "m": 1.0,
        "metre(s)": 1.0,
        "meter(s)": 1.0,
        "cm": 1e-2,
        "centimetre(s)": 1e-2,
        "centimeter(s)": 1e-2,
        "dm": 0.1,
        "decimetre(s)": 0.1,
        "decimeter(s)": 0.1,
        "hectometre(s)": 100.0,
        "hectometer(s)": 100.0,
        "mm": 1e-3,
        "millimetre(s)": 1e-3,
        "millimeter(s)": 1e-3,
        "mile(s)": MILE,
        "nautical mile(s)": NAUTICAL_MILE,
        "mille(s) nautique(s)": NAUTICAL_MILE,
        "mille(s) marin(s)": NAUTICAL_MILE,
        "foot": FOOT,
        "feet": FOOT,
        "ft": FOOT,
        "pied(s)": FOOT,
        "inch": INCH,
        "inches": INCH,
        "pouce(s)": INCH,
        "yard(s)": YARD,
        "yd(s)": YARD,
    },
    "m2": {
        "m2": 1.0,
        "metre(s) carre(s)": 1.0,
        "square metre(s)": 1.0,
        "square meter(s)": 1.0,
        "sq m": 1.0,
        "km2": 1e6,
        "km carre(s)": 1e6,
        "kilometre(s) carre(s)": 1e6,
        "square kilometre(s)": 1e6,
        "square kilometer(s)": 1e6,
        "sq km": 1e6,
        "cm2": 1e-4,
        "hectare(s)": 1e4,
        "ha": 1e4,
        "acre(s)": ACRE,
        "square mile(s)": MILE * MILE,
        "sq mi": MILE * MILE,
        "mile(s) carre(s)": MILE * MILE,
        "square feet": FOOT * FOOT,
        "square foot": FOOT * FOOT,
        "sq ft": FOOT * FOOT,
        "pied(s) carre(s)": FOOT * FOOT,
    },
    "kg": {
        "kg": 1.0,
        "kilo(s)": 1.0,
        "kilogramme(s)": 1.0,
        "kilogram(s)": 1.0,
        "gramme(s)": 1e-3,
        "gram(s)": 1e-3,
        "mg": 1e-6,
        "μg": 1e-9,
        "mcg": 1e-9,
        "microgramme(s)": 1e-9,
        "microgram(s)": 1e-9,
        "milligramme(s)": 1e-6,
        "milligram(s)": 1e-6,
        "tonne(s)": 1e3,
        "t": 1e3,
        "ton(s)": 1e3,
        "metric ton(s)": 1e3,
        "tonne(s) metrique(s)": 1e3,
        "short ton(s)": 907.18474,
        "long ton(s)": 1016.0469088,
        "pound(s)": POUND,
        "lb(s)": POUND,
        "ounce(s)": OUNCE,
        "oz": OUNCE,
        "once(s)": OUNCE,
    },
    "m3": {
        "m3": 1.0,
        "metre(s) cube(s)": 1.0,
        "cubic metre(s)": 1.0,
        "cubic meter(s)": 1.0,
        "bcm": 1e9,
        "litre(s)": 1e-3,
        "liter(s)": 1e-3,
        "l": 1e-3,
        "hl": 0.1,
        "hectolitre(s)": 0.1,
        "cl": 1e-5,
        "ml": 1e-6,
        "millilitre(s)": 1e-6,
        "milliliter(s)": 1e-6,
        "gallon(s)": US_GALLON,
        "barrel(s)": BARREL,
        "baril(s)": BARREL,
        "bbl": BARREL,
        "b/d": BARREL,
        "bpd": BARREL,
        "km3": 1e9,
        "cubic kilometre(s)": 1e9,
        "cubic kilometer(s)": 1e9,
        "kilometre(s) cube(s)": 1e9,
        "cubic feet": FOOT**3,
        "cubic foot": FOOT**3,
        "pied(s) cube(s)": FOOT**3,
    },
    "m/s": {
        "km/h": 1 / 3.6,
        "km/ h": 1 / 3.6,
        "km/hr": 1 / 3.6,
        "kmph": 1 / 3.6,
        "kmh": 1 / 3.6,
        "kph": 1 / 3.6,
        "km a l'heure": 1 / 3.6,
        "kilometre(s) a l'heure": 1 / 3.6,
        "kilometre(s) par heure": 1 / 3.6,
        "kilometre(s) heure": 1 / 3.6,
        "kilometre(s) per hour": 1 / 3.6,
        "kilometre(s) an hour": 1 / 3.6,
        "kilometer(s) per hour": 1 / 3.6,
        "kilometer(s) an hour": 1 / 3.6,
        "mph": MILE / 3600,
        "mile(s) per hour": MILE / 3600,
        "mile(s) an hour": MILE / 3600,
        "mile(s) a l'heure": MILE / 3600,
        "m/s": 1.0,
        "metre(s) par seconde": 1.0,
        "metre(s) per second": 1.0,
        "meter(s) per second": 1.0,
        "knot(s)": NAUTICAL_MILE / 3600,
        "noeud(s)": NAUTICAL_MILE / 3600,
        "nœud(s)": NAUTICAL_MILE / 3600,
    },
    "degC": {
        "°c": 1.0,
        "° c": 1.0,
        "°celsius": 1.0,
        "degre(s) celsius": 1.0,
        "degree(s) celsius": 1.0,
        "degree(s) centigrade": 1.0,
        "degre(s)": 1.0,
        "degree(s)": 1.0,
        "°": 1.0,
        "c": 1.0,
    },
    "degF": {
        "°f": 1.0,
        "° f": 1.0,
        "°fahrenheit": 1.0,
        "degre(s) fahrenheit": 1.0,
        "degree(s) fahrenheit": 1.0,
        "f": 1.0,
    },
    "W": {
        "watt(s)": 1.0,
        "kw": 1e3,
        "kilowatt(s)": 1e3,
        "mw": 1e6,
        "mwe": 1e6,
        "mwc": 1e6,
        "megawatt(s)": 1e6,
        "gw": 1e9,
        "gwe": 1e9,
        "gigawatt(s)": 1e9,
        "tw": 1e12,
        "terawatt(s)": 1e12,
    },
    "Wh": {
        "kwh": 1e3,
        "kilowattheure(s)": 1e3,
        "kilowatt heure(s)": 1e3,
        "kilowatt hour(s)": 1e3,
        "mwh": 1e6,
        "megawattheure(s)": 1e6,
        "megawatt heure(s)": 1e6,
        "megawatt hour(s)": 1e6,
        "gwh": 1e9,
        "gigawattheure(s)": 1e9,
        "gigawatt heure(s)": 1e9,
        "gigawatt hour(s)": 1e9,
        "twh": 1e12,
        "terawattheure(s)": 1e12,
        "terawatt heure(s)": 1e12,
        "terawatt hour(s)": 1e12,
    },
    "magnitude": {
        "magnitude": 1.0,
        "on the richter scale": 1.0,
        "on the open-ended richter scale": 1.0,
        "sur l'echelle de richter": 1.0,
        "sur l'echelle ouverte de richter": 1.0,
        "degre(s) sur l'echelle de richter": 1.0,
        "degree(s) on the richter scale": 1.0,
    },
    "storey": {
        "storey(s)": 1.0,
        "storied": 1.0,
        "story": 1.0,
        "stories": 1.0,
        "etage(s)": 1.0,
        "floor(s)": 1.0,
    },
}
"""Every unit written after a number, by the base unit of its dimension, with its factor."""

AMBIGUOUS_UNITS = frozenset(
    """m t l c f ° degre degres degree degrees pound pounds story stories floor floors pied
    pieds pouce pouces noeud noeuds nœud nœuds once onces cl ml tw""".split()
)
"""Units that are also words, letters or other units: read only in context (`measures.py`)."""

DIMENSION_KINDS = {"W": "power", "Wh": "energy"}
"""Dimensions that are claim kinds of their own; every other dimension is kind "measure"."""


UNIT_INDEX: dict[str, tuple[str, float]] = {
    key(spelling): (base, factor)
    for base, units in UNITS.items()
    for name, factor in units.items()
    for spelling in expand(name)
}
"""Every spelling of every unit, keyed by `phrases.key`, with its base unit and factor."""
