"""Extracting the quantities of a sentence: each number is read as money (`money.py`), a
measurement (`measures.py`), an age, a percentage, a ratio, a duration (`durations.py`) or a
count; two numbers joined by "à", "to", "et"/"and" after "entre"/"between", or a hyphen make one
range; approximate counts ("une trentaine de", "hundreds of") and fractions in words ("la
moitié", "a third of") are read without digits.

Ranges ("entre 20 et 30 %", "20-30%"): one quantity with qualifier "range", `low`/`high` the two
ends and `value` the midpoint. Plural approximate counts ("des centaines de", "thousands of")
claim no precise value: `value` is the round number named (100, 1000), qualifier "at_least".
An approximate count of a time unit is a duration ("une vingtaine de secondes").

Changes: a rise or fall word governing a percentage or an amount of money ("a cédé 0,40 %",
"a perdu 2 milliards d'euros", "adding 45p") sets `sign`; a percentage that falls is negated,
an amount of money keeps the magnitude written (`_with_sign`). English ages may stand in
apposition ("Jane Doe, 57, said", `_apposed_age`).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .calendar_words import DURATION_YEARS
from .change_words import (
    ADJACENT_ONLY,
    AFTER_FALL,
    AFTER_RISE,
    ARTICLES,
    FALL_WORDS_EN,
    FALL_WORDS_FR,
    NOT_MONEY_CHANGE,
    RISE_WORDS_EN,
    RISE_WORDS_FR,
    TAKE_WORDS,
    UP_MEANS_FALL,
    UP_MEANS_NOTHING,
)
from .count_words import (
    APPROX_COUNT_WORDS,
    COUNT_KEYS,
    EN_PERSON_NOUNS,
    EN_UNMARKED_PLURALS,
    FR_ADJECTIVES_BEFORE,
    FRACTION_WORDS,
    MULTIPLIER_WORDS,
    NOT_COUNTED,
    PERSON_NOUNS,
    TIME_WORDS,
)
from .durations import duration_at
from .figures import QUALIFIER_WORDS, Quantity, make_quantity, precision_of, qualifier_before
from .lemmas import count_key
from .measures import measure_at
from .money import money_at
from .number_words import DIGIT_WORDS, NUMERATOR_WORDS
from .numbers import COUNT_SCALES, Number, find_numbers, is_lone_article, scale_value
from .phrases import literal_alternation
from .textnorm import STOPWORDS, fold

_WORD = r"[a-zà-ÿœ][a-zà-ÿœ'-]"

# --- percentages -------------------------------------------------------------------------
_PERCENT_POINTS = re.compile(
    r"\s?(?:points? de pourcentage|pts? de pourcentage|percentage[ -]points?|pp)(?![a-z])"
)
_BASIS_POINTS = re.compile(r"\s?(?:points? de base|basis[ -]points?|bps)(?![a-z])")
_PERCENT = re.compile(
    r"\s?(?:%|pour ?cents?|pourcentages?|percents?|percentages?|per ?cent|pct)(?![a-z])"
)
_BARE_POINTS = re.compile(r"\s?(?:points?|pts?)(?![a-z])")
_SPOKEN_DECIMAL = re.compile(rf"\s+(?:\d|{literal_alternation(DIGIT_WORDS)})(?![a-z])")
"""'five point five': a decimal point spoken, not percentage points."""
_MAX_BARE_POINTS = 20.0
"""'3 points' after a rise or fall verb are percentage points up to this size; above it they
are more likely index points ("the Dow shed 300 points")."""

# --- signs of changes -----------------------------------------------------------------------
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]«»\"“”!?]|(?<![a-z])(?:et|and|but|mais|while|whereas|tandis|alors que|puis|then)"
    r"(?![a-z])"
)
_TOKEN = re.compile(r"[a-z]+|\d")
_LEVEL_BETWEEN = {
    "fr": frozenset({"a", "au", "aux", "vers", "jusqu", "sous", "que", "pour", "depuis", "avec"}),
    "en": frozenset({"to", "from", "at", "than", "for", "since", "with", "toward", "towards"}),
}
"""Words between a change verb and a figure that make the figure a level: "a baissé à 7 %"."""
_FROM_TO_AFTER = re.compile(
    r"\s+(?:a|to)\s+[-+]?\d[\d.,\s\u00a0\u202f]*(?:%|pour ?cent|per ?cent|points?)"
)
_OF_AFTER = re.compile(r"\s*(?:du|de|des|d')(?![a-z])")
_WORD_AFTER = {
    "fr": re.compile(r"\s*(?:de\s+|d')(?P<w>[a-z]+)"),
    "en": re.compile(r"\s+(?P<w>[a-z]+)"),
}
_FALLS = {"fr": FALL_WORDS_FR, "en": FALL_WORDS_EN}
_RISES = {"fr": RISE_WORDS_FR, "en": RISE_WORDS_EN}
_LOOK_BACK = 70
QUALIFIER_LAST_WORDS = frozenset(w.split()[-1] for w in QUALIFIER_WORDS)

# --- counts -------------------------------------------------------------------------------
_COUNT_SCALES = literal_alternation(COUNT_SCALES | MULTIPLIER_WORDS.keys())
_COUNT_NOUN = re.compile(
    rf"\s?(?:(?P<scale>{_COUNT_SCALES})(?![a-z])\s*(?:de\s+|d'|of\s+)?)?(?P<noun>{_WORD}{{2,}})"
)
_NEXT_NOUN = re.compile(rf"\s(?P<noun>{_WORD}{{2,}})")
_REFERENCE_BEFORE = re.compile(
    r"(?<![a-z])(?:les|the|ces|these|those|ses|leurs|nos|vos|our|their)\s+$"
)

# --- ages -----------------------------------------------------------------------------------
_YEARS_AFTER = {
    "fr": re.compile(r"\s?ans(?![a-z])"),
    "en": re.compile(r"(?:-year-olds?(?![a-z])|\s?years?[ -]old(?![a-z]))"),
}
_AGE_WORD_BEFORE = re.compile(
    r"(?<![a-z])(?:agee?s?\s+de|l'age\s+de|aged|at\s+the\s+age\s+of|at\s+age|age)\s+$"
)
_WORDS_BEFORE = re.compile(r"[a-z]+")
_OWN_YEARS_BEFORE = re.compile(r"(?<![a-z])(?:ses|leurs|mes|tes|nos|vos)\s+$")
_HAD_YEARS_BEFORE = re.compile(r"(?<![a-z'])(?<!y )(?:a|avait|avaient|aura|auront|aurait|ont)\s+$")
_NOT_AGE_A = re.compile(
    r"(?:taux|oat|obligations?|emprunts?|bons?|titres?|dette|echeance|maturite|contrat|bail|"
    r"plan|horizon|peine|condamne|condamnee|ici|previsions?|projections?|visibilite|objectifs?|"
    r"strategie|budget|engagements?)(?:\s+[a-z]+)?\s+a\s+$"
)
_AFTER_AGE_END = re.compile(r"\s*(?:[,.;:!?)»]|$|et\s|and\s)")
_NAME_COMMA_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'-]+,\s$")
_OF_AFTER_YEARS = re.compile(r"\s*(?:de\s|d')")
_APPOSED_AFTER = re.compile(r",\s+(?!(?:and|or)\s+[A-Z])[a-z]")
"""After an English age in apposition: a comma and a lowercase word ("Jane Doe, 57, said")."""
_FULL_NAME_BEFORE = re.compile(
    r"(?<![\w'’.-])(?P<first>[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’.-]*){0,2}\s+"
    r"(?P<last>[A-Z][a-z'’-]+),\s$"
)
_NOT_A_PERSON_LAST = frozenset(
    """
    city united town county rovers athletic wanderers albion villa rangers fc inc corp ltd plc
    group bank airlines airways street road avenue square park lane bridge station hospital
    school university college council party club league cup index
    """.split()
)
"""Last words of a capitalised name that make it a club, a company or a place, not a person."""
_NUMBER_COMMA_BEFORE = re.compile(r"\d,\s*$")
_WORD_BEFORE_NAME = re.compile(r"(?P<w>[A-Za-z]+)\s+$")
_PERSON_BEFORE = re.compile(r"(?<![a-z])(?P<noun>[a-z]+),\s$")
_NOT_BEFORE_NAME = frozenset(
    """in at from to on of near into across outside inside via through by for and or""".split()
)
"""Words before "X Y, 57," that make X Y a place or a list item rather than a person."""

# --- ratios ---------------------------------------------------------------------------------
_MULTIPLE = re.compile(r"(?P<w>\s(?:times|fois)|[x×])(?:(?=\s+(?P<next>[^\W\d]+))|(?!\w))")
_MULTIPLE_NEXT = frozenset(
    """
    more less higher lower larger bigger greater smaller faster slower its their his her
    plus moins superieur superieure superieurs superieures inferieur inferieure son sa ses leur
    leurs
    """.split()
)
"""Words after "N times"/"N fois" that make it a multiple ("three times more", "deux fois
plus", "12 fois son bénéfice"), not how often something happened ("opéré trois fois")."""
_RATIO_MID = re.compile(
    rf"(?:\s+(?P<noun>{_WORD}{{2,}})(?:\s+(?P<adj>{_WORD}{{2,}}))?)?\s+(?P<on>sur|in|out of)\s+"
)
_RATIO_NOUN_AFTER = re.compile(rf"\s+(?P<noun>{_WORD}{{2,}})")
_FRACTION = re.compile(
    r"(?<![a-z])(?:(?P<det>la|les|un|une|a|one|the)\s+)?"
    rf"(?:(?P<num>{literal_alternation(NUMERATOR_WORDS)})"
    r"[\s-]+)?(?P<w>moitie|tiers|quarts?|cinquiemes?|dixiemes?|thirds?|quarters?|fifths?|"
    r"tenths?)(?=\s+(?:de|des|du|of)\s|\s+d')"
)
_HALF = re.compile(
    r"(?<![a-z])(?<!first )(?<!second )(?<!last )(?<!other )(?<!the )half(?:\s+of)?"
    r"(?=\s+(?:the|its|their|his|her|our|all|these|those|them|us)(?![a-z]))"
)
_FRACTION_NOT = re.compile(
    r"\s+(?:de\s+finale|d'heure|of\s+an\s+hour|of\s+a\s+century|of\s+a\s+mile|of\s+a\s+point)"
)
_FRACTION_NOUN = re.compile(
    rf"\s+(?:de|des|du|d'|of)\s*(?:(?:la|les|le|l'|ses|leurs|the|its|their|his|her|our|all|"
    rf"these|those|ces|nos|vos)\s*)?(?P<noun>{_WORD}{{2,}})"
)

# --- approximate counts ---------------------------------------------------------------------
_APPROX_COUNT = re.compile(
    r"(?<![a-z])(?:(?P<one>une?|a)\s+(?P<w>dizaine|douzaine|quinzaine|vingtaine|trentaine|"
    r"quarantaine|cinquantaine|soixantaine|centaine|millier|dozen)|(?P<many>des|plusieurs|"
    r"quelques|several|many)\s+(?P<wp>dizaines|douzaines|centaines|milliers|millions|dozens|"
    r"hundreds|thousands|millions)|(?P<wb>dozens|hundreds|thousands|millions|tens|scores))"
    r"(?:\s+(?:de\s+|d'|of\s+)(?P<w2>milliers|millions|thousands|millions)(?![a-z]))?"
    r"(?P<of>\s+(?:de\s+|d'|of\s+)|\s+(?=[a-z]))"
)
_APPROX_DURATION_UNITS = frozenset(
    u for u in DURATION_YEARS if len(u) > 3 and u not in {"mins", "secs", "nuit", "nuits"}
)
"""Time units read after an approximate count as a length of time ("une dizaine de minutes",
"a dozen hours", "des dizaines d'années")."""
_PLURAL_BASE = {
    f"{w}s": APPROX_COUNT_WORDS[w]
    for w in "dizaine douzaine centaine millier million dozen hundred thousand score".split()
} | {"tens": 10.0}
"""Plurals of approximate counts ("des dizaines de", "hundreds of"): the number each stands
for, from `APPROX_COUNT_WORDS` ("tens" too)."""


def find_quantities(text: str, folded: str, lang: str, start: int, end: int) -> list[Quantity]:
    """Return the quantities in `text[start:end]`; `folded` is its same-length folded copy."""
    lang = "en" if lang == "en" else "fr"
    out: list[Quantity] = []
    numbers = find_numbers(text, lang, start, end)
    bare: Number | None = None
    for i, n in enumerate(numbers):
        if out and n.start < out[-1].end:
            continue
        if n.joined and bare is None:
            continue  # "4-2": the end of a range whose start is no figure
        q = _quantity_at(n, i, numbers, text, folded, lang, start, end)
        if q is None:
            bare = None if n.joined else n
            continue
        if bare is not None:
            merged = _range(bare, n, q, folded, lang)
            if merged is None and n.joined:
                bare = None
                continue
            q = merged or q
        bare = None
        out.append(q)
    out = _merge_ranges(out, folded)
    extra = _worded(text, folded, lang, start, end)
    if extra:
        out = sorted(
            out + [w for w in extra if not any(w.start < q.end and q.start < w.end for q in out)],
            key=lambda q: q.start,
        )
    return out


def _quantity_at(
    n: Number,
    i: int,
    numbers: list[Number],
    text: str,
    folded: str,
    lang: str,
    start: int,
    end: int,
) -> Quantity | None:
    q = money_at(n, folded, lang, end)
    if q is not None and q.sign is None and not n.negative:
        sign = change_sign(folded, lang, start, q.start, q.end, end, money=True)
        if sign is not None:
            q = _with_sign(q, sign)
    if q is None:
        q = measure_at(n, folded, lang, end)
    if q is None:
        q = _age(n, text, folded, lang, start, end)
    if q is None:
        q = _percentage(n, text, folded, lang, start, end)
    if q is None:
        q = _ratio(n, i, numbers, text, folded, lang, end) or _multiple(n, text, folded, end)
    if q is None:
        q = duration_at(n, folded, end)
    if q is None:
        q = _count(n, text, folded, lang, start, end)
    return q


# --- percentages and signs ------------------------------------------------------------------


def _percentage(
    n: Number, text: str, folded: str, lang: str, start: int, end: int
) -> Quantity | None:
    value, unit = n.value, "%"
    bare_points = False
    if m := _PERCENT_POINTS.match(folded, n.end, end):
        unit = "pp"
    elif m := _BASIS_POINTS.match(folded, n.end, end):
        value, unit = n.value / 100, "pp"
    elif m := _PERCENT.match(folded, n.end, end):
        pass
    elif m := _BARE_POINTS.match(folded, n.end, end):
        if n.value > _MAX_BARE_POINTS or _SPOKEN_DECIMAL.match(folded, m.end(), end):
            return None
        unit, bare_points = "pp", True
    else:
        return None
    qstart = n.start
    sign: int | None = None
    if (
        n.start > start
        and text[n.start - 1] == "+"
        and (n.start - 1 == start or not text[n.start - 2].isalnum())
    ):
        qstart, sign = n.start - 1, 1
    elif not n.negative:
        sign = change_sign(folded, lang, start, qstart, m.end(), end)
    if bare_points and sign is None and not n.negative:
        return None  # "3 points" is a percentage only as a rise or a fall
    return make_quantity("percentage", qstart, m.end(), value, unit, n, folded, sign=sign)


def change_sign(
    folded: str, lang: str, start: int, pos: int, after: int, end: int, money: bool = False
) -> int | None:
    """Return 1 or -1 when a rise or fall word governs the figure at `pos:after`, else None.

    Looks back within the clause (no comma, "et"/"and" or bracket between) for the nearest
    change word ("a cédé", "en hausse de", "slid", "down"), then right after the figure ("5 %
    de baisse", "a 5% drop"). A "to"/"à" between the word and the figure makes it a level ("a
    baissé à 7 %"), as does "from X to Y".
    """
    lang = "en" if lang == "en" else "fr"
    qpos = qualifier_before(folded, pos)[2]
    lo = max(start, qpos - _LOOK_BACK)
    window = folded[lo:qpos]
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(window)]
    clause = window[breaks[-1] :] if breaks else window
    tokens = _TOKEN.findall(clause)
    falls, rises = _FALLS[lang], _RISES[lang]
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        if tok not in falls and tok not in rises:
            continue
        between = tokens[k + 1 :]
        if money and (tok in NOT_MONEY_CHANGE or ARTICLES.intersection(between)):
            break  # "raised $40m", "il gagne 3 000 euros", "lost a £3m contract"
        if tok in ADJACENT_ONLY and between not in ([], ["by"]):
            break
        if tok == "up" and k and tokens[k - 1] in UP_MEANS_NOTHING:
            break  # "make up a third" is a share
        if tok == "up" and k and tokens[k - 1] in UP_MEANS_FALL:
            return -1  # "gave up 7%"
        if len(between) > 5 or any(t.isdigit() or t in _LEVEL_BETWEEN[lang] for t in between):
            break
        if between and between[-1] in {"de", "from"} and _FROM_TO_AFTER.match(folded, after, end):
            break  # "de 5 % à 3 %": from one level to another
        if tok in TAKE_WORDS and _OF_AFTER.match(folded, after, end):
            break  # "a pris 20 % du capital" is a stake, not a rise
        return -1 if tok in falls else 1
    if m := _WORD_AFTER[lang].match(folded, after, end):
        w = m.group("w")
        if money and w in NOT_MONEY_CHANGE:
            return None  # "a $3m loss" is an amount lost, not a fall
        if w in AFTER_FALL:
            return -1
        if w in AFTER_RISE:
            return 1
    return None


def _with_sign(q: Quantity, sign: int) -> Quantity:
    """Return the amount of money `q` marked as a rise (1) or a fall (-1): "up £270", "a perdu
    2 milliards d'euros". The amount keeps the magnitude written as its value (a price "down
    34 cents" is 0.34, sign -1), as money is quoted; only percentages are negated."""
    return replace(q, sign=sign)


# --- ages ---------------------------------------------------------------------------------


def _age(n: Number, text: str, folded: str, lang: str, start: int, end: int) -> Quantity | None:
    """An age in years: "un homme de 58 ans", "âgé de 71 ans", "Marie, 44 ans", "aged 71",
    "a 71-year-old man"; never "un contrat de 5 ans" or "il y a 12 ans"."""
    if n.negative or n.value != int(n.value) or not 0 < n.value <= 130:
        return None
    before = folded[max(start, n.start - 40) : n.start]
    aged = _AGE_WORD_BEFORE.search(before)
    m = _YEARS_AFTER[lang].match(folded, n.end, end)
    if lang == "en":
        if m:
            return make_quantity("age", n.start, m.end(), n.value, "year", n, folded)
        if aged and aged.group(0).startswith("aged"):
            return make_quantity(
                "age", n.start - len(aged.group(0)), n.end, n.value, "year", n, folded
            )
        if aged:
            return make_quantity("age", n.start, n.end, n.value, "year", n, folded)
        if _apposed_age(n, text, folded, start, end):
            return make_quantity("age", n.start, n.end, n.value, "year", n, folded)
        return None
    if not m:
        return None
    after_ok = bool(_AFTER_AGE_END.match(folded, m.end(), end))
    of_after = bool(_OF_AFTER_YEARS.match(folded, m.end(), end))
    words = _WORDS_BEFORE.findall(before)[-3:]
    person = len(words) >= 2 and words[-1] == "de" and bool(PERSON_NOUNS.intersection(words[:-1]))
    if (
        aged
        or person
        or (_OWN_YEARS_BEFORE.search(before) and not of_after)
        or (_HAD_YEARS_BEFORE.search(before) and after_ok and not _NOT_AGE_A.search(before))
        or (_NAME_COMMA_BEFORE.search(text, max(start, n.start - 40), n.start) and after_ok)
    ):
        return make_quantity("age", n.start, m.end(), n.value, "year", n, folded)
    return None


def _apposed_age(n: Number, text: str, folded: str, start: int, end: int) -> bool:
    """Whether `n` is an English age in apposition: "Jane Doe, 57, said", "the driver, 58,
    was"; a full name (two capitalised words, not after "in", "from"…) or a noun of a person
    before, a comma and a lowercase word after; never inside a list of numbers."""
    if n.spelled or n.value != int(n.value) or not 1 <= n.value <= 110:
        return False
    if folded[n.start : n.end] != str(int(n.value)) or not _APPOSED_AFTER.match(text, n.end, end):
        return False
    lo = max(start, n.start - 60)
    person = _PERSON_BEFORE.search(folded, lo, n.start)
    if person and person.group("noun") in EN_PERSON_NOUNS:
        return True
    name = _FULL_NAME_BEFORE.search(text, lo, n.start)
    if name is None or fold(name.group("first")) in STOPWORDS:
        return False
    if fold(name.group("last")) in _NOT_A_PERSON_LAST:
        return False  # "Manchester City, 89, lead the table": points, not an age
    before = _WORD_BEFORE_NAME.search(text, max(start, name.start() - 20), name.start())
    if before and fold(before.group("w")) in _NOT_BEFORE_NAME:
        return False
    # "Bob Hill, 40, Ann Lee, 57, …": a list of names and numbers
    return not _NUMBER_COMMA_BEFORE.search(text, max(start, name.start() - 12), name.start())


# --- ratios --------------------------------------------------------------------------------


def _multiple(n: Number, text: str, folded: str, end: int) -> Quantity | None:
    """A multiple: "6.1 times its EBITDA", "trois fois plus", "15x earnings" (kind ratio, unit
    "multiple", value the factor)."""
    m = _MULTIPLE.match(folded, n.end, end)
    if not m or n.negative or n.value <= 1 or is_lone_article(text, n):
        return None
    nxt = m.group("next")
    glued = folded[n.end] in "x×"
    # "4.5 times Acme's EBITDA": a decimal factor before a name is a multiple too.
    decimal_before_name = (
        n.value != int(n.value) and nxt is not None and text[m.start("next")].isupper()
    )
    if not glued and (nxt is None or (nxt not in _MULTIPLE_NEXT and not decimal_before_name)):
        return None
    return make_quantity("ratio", n.start, m.end("w"), n.value, "multiple", n, folded)


def _ratio(
    n: Number, i: int, numbers: list[Number], text: str, folded: str, lang: str, end: int
) -> Quantity | None:
    """A share written "X sur Y", "X in Y", "X out of Y": "un train sur quatre", "1 in 5"."""
    if i + 1 >= len(numbers) or n.negative or n.value < 1 or n.value != int(n.value):
        return None
    m = _RATIO_MID.match(folded, n.end, end)
    if not m or numbers[i + 1].start != m.end():
        return None
    if (m.group("on") == "sur") != (lang == "fr"):
        return None
    d = numbers[i + 1]
    if d.joined or d.negative or not n.value < d.value <= 1e6:
        return None
    if not d.spelled and 1800 <= d.value <= 2100:
        return None
    noun_span: tuple[int, int] | None = None
    if m.group("noun"):
        noun = m.group("noun")
        if not _countable(noun) or (m.group("adj") and not _countable(m.group("adj"))):
            return None
        noun_span = (m.start("noun"), m.end("noun"))
    stop = d.end
    after = _RATIO_NOUN_AFTER.match(folded, d.end, end)
    if after and after.group("noun") in TIME_WORDS:
        return None  # "2 in 10 minutes" is a pace, "24 heures sur 24" an idiom
    if noun_span and after and after.group("noun") in COUNT_KEYS:
        return None  # "41 goals in 90 matches" counts two things, it is no share
    if noun_span is None and after and _countable(after.group("noun")):
        noun_span = (after.start("noun"), after.end("noun"))
        stop = after.end()
    shown = text[noun_span[0] : noun_span[1]] if noun_span else None
    return make_quantity(
        "ratio", n.start, stop, n.value / d.value, "fraction", n, folded, noun=shown
    )


# --- counts --------------------------------------------------------------------------------


def _countable(noun: str, lang: str = "fr") -> bool:
    if noun in STOPWORDS or noun in NOT_COUNTED or "'" in noun or len(noun) <= 2:
        return False
    if lang == "en" and noun not in COUNT_KEYS:
        # "500 rose", "3 died": English verbs after a number are no counted thing.
        return not (noun in FALL_WORDS_EN or noun in RISE_WORDS_EN or noun.endswith("ed"))
    return True


def _plural_like(noun: str, shown: str, lang: str) -> bool:
    """Whether a counted noun reads as a plural: two or more of a thing take one ("12 morts",
    "3 kids", "12 dead"); "quatre circulera" or "4 agree" are verbs."""
    if noun in COUNT_KEYS or shown.isupper():
        return True
    if lang == "en":
        return noun.endswith("s") or noun in EN_UNMARKED_PLURALS
    return noun.endswith(("s", "x", "z"))


def _named_before(text: str, n: Number, start: int) -> bool:
    """Whether a name stands right before the number: "S&P 500", "CAC 40", "Boeing 737"."""
    m = _NAME_BEFORE.search(text, max(start, n.start - 30), n.start)
    if not m:
        return False
    word = fold(m.group("w"))
    return word not in STOPWORDS and word not in QUALIFIER_LAST_WORDS and word not in NOT_COUNTED


_NAME_BEFORE = re.compile(r"(?<![\w&-])(?P<w>[A-ZÀ-Ý][\w&-]*)\s$")


def _count(n: Number, text: str, folded: str, lang: str, start: int, end: int) -> Quantity | None:
    """A count of things: "12 000 salariés", "3 million users", "250 millions d'actions"."""
    if n.negative:
        return None
    m = _COUNT_NOUN.match(folded, n.end, end)
    if not m:
        return None
    scale = m.group("scale")
    if is_lone_article(text, n) and not scale:
        return None
    if not scale and not n.spelled and 1800 <= n.value <= 2100 and n.value == int(n.value):
        return None  # a year
    if n.start >= 2 and text[n.start - 1] == ":" and text[n.start - 2].isdigit():
        return None  # the minutes of a time of day
    factor = MULTIPLIER_WORDS.get(scale, 0.0) or scale_value(scale, lang) if scale else 1.0
    value = n.value * factor
    if value < 2 or _REFERENCE_BEFORE.search(folded, max(0, n.start - 8), n.start):
        return None  # "les deux parties" refers to things already named; it claims no number
    noun_m = _noun_of(folded, m, lang, end)
    if noun_m is None:
        return None
    nstart, nend = noun_m
    noun = folded[nstart:nend]
    shown = text[nstart:nend]
    if not _countable(noun, lang) or not _plural_like(noun, shown, lang):
        return None
    if _named_before(text, n, start):
        return None
    unit = count_key(shown, lang)
    return make_quantity("count", n.start, nend, value, unit, n, folded, noun=shown)


def _noun_of(folded: str, m: re.Match[str], lang: str, end: int) -> tuple[int, int] | None:
    """Return the span of the counted noun: past French adjectives before it ("nouveaux
    emplois") and English modifiers ("electric cars")."""
    nstart, nend = m.start("noun"), m.end("noun")
    noun = folded[nstart:nend].rstrip("'-")
    nend = nstart + len(noun)
    nxt = _NEXT_NOUN.match(folded, nend, end)
    if lang == "fr" and noun in FR_ADJECTIVES_BEFORE and nxt:
        return nxt.start("noun"), nxt.start("noun") + len(nxt.group("noun").rstrip("'-"))
    if (
        lang == "en"
        and nxt
        and nxt.group("noun") not in STOPWORDS
        and nxt.group("noun").endswith("s")
        and not noun.endswith("s")
    ):
        # English puts modifiers first: "300,000 electric cars" counts cars; "45,000
        # employees worldwide" still counts employees.
        return nxt.start("noun"), nxt.start("noun") + len(nxt.group("noun").rstrip("'-"))
    return nstart, nend


# --- ranges --------------------------------------------------------------------------------

_RANGE_MID = re.compile(r"\s*(?P<c>et|and|a|to|-|\u2013)\s*")
_RANGE_BEFORE = re.compile(r"(?<![a-z])(?P<p>entre|between|de|d'|from)\s*$")
_MOVE_BEFORE = re.compile(
    r"(?<![a-z])(?:passee?s?|passer|passait|passera|passant|passent|evolue|evoluer)\s+(?:de|d')\s*$"
)


def _range(bare: Number, n: Number, q: Quantity, folded: str, lang: str) -> Quantity | None:
    """Return one range quantity for "entre 20 et 30 %", "de 20 à 30 %", "20 to 30%",
    "20-30%", "between 4 and 5 GW", or None when the two numbers are no range."""
    if bare.negative or n.negative:
        return None
    m = _RANGE_MID.fullmatch(folded, bare.end, n.start)
    if not m or n.value == 0 or not bare.value < n.value:
        return None
    conn = m.group("c")
    before = _RANGE_BEFORE.search(folded, max(0, bare.start - 12), bare.start)
    p = before.group("p") if before else None
    if conn in {"et", "and"} and p not in {"entre", "between"}:
        return None
    if conn in {"a", "to"}:
        if p in {"entre", "between", "from"}:
            return None
        if q.kind == "duration":
            return None  # "de 9 à 17 heures" is a time of day, not a range of durations
        if p and _MOVE_BEFORE.search(folded, max(0, bare.start - 30), bare.start):
            return None  # "est passé de 5 à 7 %": from one level to another
    if not bare.spelled and not n.spelled and 1800 <= bare.value <= 2100 and q.kind == "count":
        return None
    factor = q.value / n.value
    low_end = bare.value * factor
    low, high = sorted((low_end, q.value))
    rstart = before.start() if before and p != "from" else bare.start
    precision = max(q.precision or 0.0, precision_of(bare, abs(low_end)))
    return replace(
        q,
        start=min(rstart, q.start),
        value=(low + high) / 2,
        low=low,
        high=high,
        qualifier="range",
        approximate=False,
        approx=None,
        precision=precision,
    )


def _merge_ranges(out: list[Quantity], folded: str) -> list[Quantity]:
    """Merge "entre 20 % et 30 %", "between $4bn and $5bn", "20%-30%" into one range."""
    if len(out) < 2:
        return out
    merged: list[Quantity] = []
    for q in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == q.kind
            and prev.unit == q.unit
            and prev.qualifier == "exact"
            and q.qualifier == "exact"
            and abs(prev.value) < abs(q.value)
            and (m := _RANGE_MID.fullmatch(folded, prev.end, q.start))
        ):
            before = _RANGE_BEFORE.search(folded, max(0, prev.start - 12), prev.start)
            conn = m.group("c")
            if (before and before.group("p") in {"entre", "between"} and conn in {"et", "and"}) or (
                conn in {"-", "\u2013"} and m.group(0) == conn
            ):
                rstart = before.start() if before and conn not in {"-", "\u2013"} else prev.start
                low, high = sorted((prev.value, q.value))
                merged[-1] = replace(
                    q,
                    start=rstart,
                    value=(low + high) / 2,
                    low=low,
                    high=high,
                    qualifier="range",
                    precision=max(prev.precision or 0.0, q.precision or 0.0),
                )
                continue
        merged.append(q)
    return merged


# --- approximate counts and fractions in words ---------------------------------------------


def _worded(text: str, folded: str, lang: str, start: int, end: int) -> list[Quantity]:
    """Approximate counts ("une trentaine de maisons", "hundreds of flights") and fractions
    in words ("la moitié des salariés", "a third of", "les deux tiers")."""
    out: list[Quantity] = []
    for m in _APPROX_COUNT.finditer(folded, start, end):
        q = _approx_count(m, text, folded, lang, end)
        if q is not None:
            out.append(q)
    for m in _FRACTION.finditer(folded, start, end):
        if not (m.group("det") or m.group("num")) or _FRACTION_NOT.match(folded, m.end(), end):
            continue
        if m.group("det") == "the" and not m.group("num"):
            continue
        base = FRACTION_WORDS[m.group("w")]
        count = NUMERATOR_WORDS.get(m.group("num") or "", 1)
        q = _fraction(m.start(), m.end(), base * count, base, text, folded, lang, end)
        if q is not None:
            out.append(q)
    if lang == "en":
        for m in _HALF.finditer(folded, start, end):
            q = _fraction(m.start(), m.start() + 4, 0.5, 0.5, text, folded, lang, end)
            if q is not None:
                out.append(q)
    out.sort(key=lambda q: q.start)
    return [q for i, q in enumerate(out) if not i or q.start >= out[i - 1].end]


def _fraction(
    s: int, e: int, value: float, step: float, text: str, folded: str, lang: str, end: int
) -> Quantity | None:
    noun_m = _FRACTION_NOUN.match(folded, e, end)
    shown = None
    if noun_m and _countable(noun_m.group("noun")):
        shown = text[noun_m.start("noun") : noun_m.end("noun")]
    n = Number(s, e, value, 1, spelled=True, step=step)
    return make_quantity("ratio", s, e, value, "fraction", n, folded, noun=shown)


def _approx_count(m: re.Match[str], text: str, folded: str, lang: str, end: int) -> Quantity | None:
    if m.group("w"):
        base = APPROX_COUNT_WORDS[m.group("w")]
        plural = False
    else:
        base = _PLURAL_BASE[m.group("wp") or m.group("wb")]
        plural = True
        if m.group("wb") == "tens" and not m.group("w2"):
            return None  # "tens" alone is no count
    if m.group("w2"):
        base *= 1e6 if m.group("w2") == "millions" else 1e3
    # "a dozen of" is rare; it is read like "a dozen".
    nm = _COUNT_NOUN.match(folded, m.end() - 1 if not m.group("of").strip() else m.end(), end)
    if nm is None or nm.group("scale"):
        return None
    span = _noun_of(folded, nm, lang, end)
    if span is None:
        return None
    nstart, nend = span
    shown = text[nstart:nend]
    noun = folded[nstart:nend]
    step = 10.0 ** math.floor(math.log10(base))
    n = Number(m.start(), m.end(), base, 1, spelled=True, step=step)
    if noun in _APPROX_DURATION_UNITS:
        # "une vingtaine de secondes", "a dozen hours": an approximate length of time.
        years = DURATION_YEARS[noun]
        q = make_quantity("duration", m.start(), nend, base * years, "year", n, folded)
    elif not _countable(noun, lang) or not _plural_like(noun, shown, lang):
        return None
    else:
        q = make_quantity(
            "count", m.start(), nend, base, count_key(shown, lang), n, folded, noun=shown
        )
        years = 1.0
    if q.qualifier != "exact":
        return q
    value = base * years
    if plural:
        return replace(
            q, qualifier="at_least", approx="more", approximate=True, low=value, high=math.inf
        )
    return replace(
        q,
        qualifier="approximate",
        approx="around",
        approximate=True,
        low=value * 0.9,
        high=value * 1.1,
    )
