"""Number words of French and English with their value: the one table the spelled-number reader
(`numbers.py`), relative dates, French day words, fractions and spoken decimals draw from.
Data only; French "zéro" keeps its accent (the reader folds it)."""

from __future__ import annotations

NUMBER_WORDS_FR = {
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "nonante": 90,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
}
"""French number words that make up any spelled number ("vingt-trois", "deux cents")."""

NUMBER_WORDS_EN = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
}
"""English number words that make up any spelled number ("twenty-three", "two hundred")."""

_ONE_WORD = {**NUMBER_WORDS_FR, **NUMBER_WORDS_EN}
_PLURAL_FORMS = frozenset({"vingts", "cents"})
"""French plural spellings ("quatre-vingts", "deux cents"), never a number alone."""

DIGIT_WORDS = frozenset(w for w, v in _ONE_WORD.items() if 1 <= v <= 9 and w != "une") | {
    "zero",
    "nought",
}
"""The words of the digits 0-9, as read one by one after a spoken decimal point ("five point
five")."""

NUMERATOR_WORDS = {w: v for w, v in _ONE_WORD.items() if 2 <= v <= 4}
"""Numerators of fractions in words ("deux tiers", "three quarters")."""

_SMALL_VALUES = frozenset({*range(1, 13), 15, 20, 30})
SMALL_NUMBERS = {
    **{w: v for w, v in _ONE_WORD.items() if v in _SMALL_VALUES and w not in _PLURAL_FORMS},
    "a": 1,
    "an": 1,
}
"""Number words before a unit of time in relative dates and durations ("il y a deux ans", "three
weeks ago", "a year ago", "trois ans et deux mois"): one to twelve, fifteen, twenty, thirty."""

_TENS_FR = {"vingt": 20, "trente": 30}
FRENCH_DAY_WORDS = (
    {w: v for w, v in NUMBER_WORDS_FR.items() if 2 <= v <= 16}
    | {f"dix-{w}": 10 + v for w, v in NUMBER_WORDS_FR.items() if 7 <= v <= 9}
    | _TENS_FR
    | {f"{t}{sep}et{sep}un": tv + 1 for t, tv in _TENS_FR.items() for sep in "- "}
    | {f"vingt-{w}": 20 + v for w, v in NUMBER_WORDS_FR.items() if 2 <= v <= 9}
)
"""French cardinal day words, read as a day only after "le" or "du" ("le deux mars")."""
