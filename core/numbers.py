"""Finding numbers in text: digits in French and English notation, and spelled-out numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num  # type: ignore[import-untyped]

from .number_words import NUMBER_WORDS_EN, NUMBER_WORDS_FR
from .phrases import literal_alternation
from .textnorm import ZERO_WIDTH, fold


@dataclass(frozen=True)
class Number:
    """A number found in a text, with its exact span and how precisely it was written."""

    start: int
    end: int
    value: float
    significant: int
    """Significant digits as written: '300' has 1, '4,5' has 2; used to compare roundings."""
    spelled: bool = False
    step: float = 1.0
    """The step of the last written digit: '4 500' 100, '2,47' 0.01, '12,000' 1000, 'trois' 1."""
    negative: bool = False
    """A minus sign is written right before the number ("-5 %", "(−0,4 %)"); `value` stays
    positive and `start` stays on the first digit."""
    joined: bool = False
    """The number follows another one and a hyphen ("20-30"): only the end of a range."""


_SPACE = "\u00a0\u202f\u2009 "
# A number starts after no word character, mark or hyphen; a minus sign after a space or an
# opening bracket, or a hyphen between two numbers ("20-30 %"), is allowed and recorded.
_BEFORE = (
    r"(?:(?<![\w.,\-\u2212\u2013])|(?<=[\s(\[][-\u2212\u2013])|(?<=^[-\u2212])|(?<=\d[-\u2013]))"
)
# A digit, with the zero-width characters that follow it ("3\u200b00", "300\u200d milliards").
_D = rf"\d[{ZERO_WIDTH}]*"
# French: spaces or dots group thousands, comma is the decimal mark. English: commas group.
_DIGITS = {
    "fr": re.compile(
        rf"{_BEFORE}(?P<int>(?:{_D}){{1,3}}(?:[{_SPACE}.](?:{_D}){{3}})+(?!\d)|(?:{_D})+)"
        rf"(?:,(?P<frac>\d+))?(?!\d)"
    ),
    "en": re.compile(
        rf"{_BEFORE}(?P<int>(?:{_D}){{1,3}}(?:[,{_SPACE}](?:{_D}){{3}})+(?!\d)|(?:{_D})+)"
        rf"(?:\.(?P<frac>\d+))?(?!\d)"
    ),
}
# Either mark as decimal when it cannot be a thousands group ("4.5" in French, "4,5" in English).
_ALT_DECIMAL = re.compile(rf"{_BEFORE}(?P<int>\d+)[.,](?P<frac>\d{{1,2}}|\d{{4,}})(?![\w.,]?\d)")

_WORDS = {"fr": " ".join(NUMBER_WORDS_FR), "en": " ".join(NUMBER_WORDS_EN)}
_SPELLED = {
    lang: re.compile(
        r"(?<![\w-])(?:{w})(?:(?:[\s-]+(?:et[\s-]+|and[\s-]+)?)(?:{w}))*(?!\w)".format(
            w=literal_alternation(set(fold(ws).split()) | set(ws.split()))
        ),
        re.I,
    )
    for lang, ws in _WORDS.items()
}
_LONE_ARTICLES = frozenset({"un", "une", "one"})


def _significant(int_part: str, frac: str | None) -> int:
    digits = int_part.lstrip("0") + (frac or "")
    if frac:
        return max(1, len(digits))
    return max(1, len(digits.rstrip("0")))


def _step(int_part: str, frac: str | None) -> float:
    """Return the step of the last written digit: 10**-decimals, or 10**trailing zeros."""
    if frac:
        return 10.0 ** -len(frac)
    digits = int_part.lstrip("0")
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits else 1.0


# A token that is part of an address: "://", "www." or a %-escape ("%28", "%2D") in it.
_URL_TOKEN = re.compile(r"(?<!\S)\S*?(?:://|www\.|%[0-9A-Fa-f]{2})\S*")


def _url_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if all(text.find(mark, start, end) < 0 for mark in ("%", "/", "www.")):
        return []
    return [m.span() for m in _URL_TOKEN.finditer(text, start, end)]


def _digits_number(text: str, m: re.Match[str], int_part: str, frac: str | None) -> Number:
    value = float(f"{int_part}.{frac}") if frac else float(int_part)
    before = text[m.start() - 1] if m.start() > 0 else " "
    joined = before in "-\u2013" and m.start() > 1 and text[m.start() - 2].isdigit()
    return Number(
        m.start(),
        m.end(),
        value,
        _significant(int_part, frac),
        step=_step(int_part, frac),
        negative=before in "-\u2212\u2013" and not joined,
        joined=joined,
    )


def find_numbers(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Return the numbers in `text[start:end]`, digits and spelled-out words, left to right.

    A lone "un"/"une"/"one" is returned too; callers accept it only next to a unit, where it is
    a number ("un milliard") rather than an article ("un accord"). Numbers inside a web address
    ("…issn%280024%2D9114…") are not returned.
    """
    end = len(text) if end is None else end
    pattern = _DIGITS["en" if lang == "en" else "fr"]
    found: dict[int, Number] = {}
    for m in pattern.finditer(text, start, end):
        int_part = re.sub(rf"[{_SPACE}.,{ZERO_WIDTH}]", "", m.group("int"))
        found[m.start()] = _digits_number(text, m, int_part, m.group("frac"))
    for m in _ALT_DECIMAL.finditer(text, start, end):
        if m.start() in found and found[m.start()].end >= m.end():
            continue
        found[m.start()] = _digits_number(text, m, m.group("int"), m.group("frac"))
    for m in _SPELLED["en" if lang == "en" else "fr"].finditer(text, start, end):
        words = m.group(0)
        if fold(text[max(0, m.start() - 5) : m.start()]).endswith("pour ") and fold(
            words
        ).startswith("cent"):
            continue  # "14 pour cent" is a percent sign, not a hundred
        try:
            value = float(text2num(fold(words).replace("'", " "), "en" if lang == "en" else "fr"))
        except ValueError:
            continue
        step = _step(str(int(value)), None) if value == int(value) else 1.0
        found.setdefault(m.start(), Number(m.start(), m.end(), value, 3, spelled=True, step=step))
    out = sorted(found.values(), key=lambda n: n.start)
    urls = _url_spans(text, start, end)
    # Drop numbers nested inside a longer one, and numbers inside an address.
    result: list[Number] = []
    for n in out:
        if result and n.start < result[-1].end:
            continue
        if urls and any(a <= n.start < b for a, b in urls):
            continue
        result.append(n)
    return result


def is_lone_article(text: str, number: Number) -> bool:
    """Return whether `number` is just the word 'un', 'une' or 'one'."""
    return number.spelled and fold(text[number.start : number.end]) in _LONE_ARTICLES


SCALE_WORDS = (
    r"milliards?|mds?|mrds?|millions?|mios?|mlns?|mln|mns?|billions?|bn|trillions?|tn|"
    r"bln|tln|lakhs?|crores?|milliers|mille|thousand|k|m|b"
)
"""Scale words after a number, as a regex alternation on folded text ("milliards", "bn", "k")."""

SCALE_VALUES = {
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
    "bln": 1e9,
    "tln": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
"""Scale words and their factor ("billion" is read by language in `scale_value`)."""

_MAJOR_SCALES = frozenset(
    "million millions milliard milliards billion billions trillion trillions".split()
)

BARE_AMOUNT_SCALES = _MAJOR_SCALES | {"bn", "md", "mds", "mn", "mns", "m"}
"""Scale words that make a figure with no currency written an amount of the currency just
given ("contre 910 millions", "from 4.1bn")."""

MEASURE_SCALES = _MAJOR_SCALES | {
    "thousand",
    "mille",
    "lakh",
    "lakhs",
    "crore",
    "crores",
    "mn",
    "bn",
    "m",
}
"""Scale words read before a unit of measure ("2 millions de tonnes", "3bn barrels")."""

COUNT_SCALES = _MAJOR_SCALES | {
    "mille",
    "milliers",
    "thousand",
    "bn",
    "mln",
    "bln",
    "lakh",
    "lakhs",
    "crore",
    "crores",
}
"""Scale words read before a counted noun ("3 millions d'habitants", "2 lakh people"); the
multipliers of `count_words` ("dozens") are read there too."""


def scale_value(word: str | None, lang: str) -> float:
    """Return the factor of a scale word ("milliards" 1e9; French "billion" 1e12)."""
    if not word:
        return 1.0
    if word.startswith("billion"):
        return 1e12 if lang == "fr" else 1e9
    return SCALE_VALUES.get(word, 1.0)
