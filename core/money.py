"""Extracting amounts of money in any currency: a symbol, code or name before or after the number
(`currencies.py`), scale words ("£100m", "1,5 Md€", "Rs 500 crore"), sub-units ("470 pence",
"34 cents", "3 dollars 50"), rates ("par an", "a year", "nets par saison") and prices per unit
("par action", "a share"), normalised to an ISO code and the main unit of the currency.

A unit may also be written before the amount ("le bénéfice par action atteint 2,14 euros",
"earnings per share of $1.20": per share; "each strike day costs £40m": per day). An amount
restated without its currency after "soit", "contre", "compared with", "from"… ("12,3 Md€,
contre 12,4 milliards un an plus tôt") takes the currency (and unit) of the amount just written.
Names shared by several countries ("dirhams", "dinars", "francs CFA") take the currency of the
country the text names (`currencies.REGIONAL_NAMES`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from text_to_num import text2num  # type: ignore[import-untyped]

from .currencies import (
    AMBIGUOUS_NAMES,
    CENT_CURRENCIES,
    CENTIME_CURRENCIES,
    ISO_CODES,
    NAME_CODES,
    REGIONAL_KEYS,
    REGIONAL_NAMES,
    SUBUNITS,
    SUFFIX_SYMBOLS,
    SYMBOLS,
)
from .currencies import NAMES_PATTERN as _NAMES
from .figures import Quantity, make_quantity
from .numbers import BARE_AMOUNT_SCALES, SCALE_WORDS, Number, scale_value
from .phrases import alternation, key, literal_alternation
from .unit_context import (
    FUNCTION_WORDS,
    PER_DAY_WORDS,
    PER_MONTH_WORDS,
    PER_YEAR_WORDS,
    next_is_noun,
    period_of,
)

_MONEY_ONLY_SCALES = {"lac": 1e5, "lacs": 1e5}
"""Scale words read with money only ("35 lacs rupees"); the others are `numbers.SCALE_VALUES`."""
_SCALE = rf"(?:lacs?|{SCALE_WORDS})"
_SUBUNIT_WORDS = r"centimes?|cents?|pence|penny|pennies|pesewas?|kopecks?|kopeks?|paise"

_SUFFIX = re.compile(
    rf"[\s-]?(?:(?P<scale>{_SCALE})(?![a-z])[\s-]?(?:(?:de|d'|of)\s?)?)?"
    rf"(?:(?P<sub>{_SUBUNIT_WORDS})|(?P<cur>{alternation([*SUFFIX_SYMBOLS, *ISO_CODES])}|{_NAMES}))"
    r"(?![a-z0-9]|'[a-z])"
)


def _starts(pieces: list[str]) -> frozenset[str]:
    """The first two characters (one for a one-character piece) of every piece of a suffix."""
    return frozenset(p[:2] if len(p) > 1 and p[1] not in " ?" else p[:1] for p in pieces if p)


_SUFFIX_STARTS = _starts(
    [
        *_SCALE.strip("(?:)").split("|"),
        *_SUBUNIT_WORDS.split("|"),
        *SUFFIX_SYMBOLS,
        *ISO_CODES,
        *NAME_CODES,
        *REGIONAL_KEYS,
    ]
)
"""What a currency, sub-unit or scale word after a number can begin with: a cheap test before
the long alternation of `_SUFFIX`."""


def _suffix_may_start(folded: str, pos: int) -> bool:
    if folded[pos : pos + 1] in {" ", "-"}:
        pos += 1
    return folded[pos : pos + 1] in _SUFFIX_STARTS or folded[pos : pos + 2] in _SUFFIX_STARTS


_PENCE_P = re.compile(r"p(?![a-z0-9]|\.m)")
_PREFIX = re.compile(rf"(?<![a-z0-9.])(?P<cur>{alternation([*SYMBOLS, *ISO_CODES])})\s?$")
_SCALE_AFTER = re.compile(rf"[\s-]?(?P<scale>{_SCALE})(?![a-z])")
_CODE_AFTER = re.compile(rf"\s?(?P<code>{'|'.join(sorted(ISO_CODES))})(?![a-z])")
_NOT_MONEY_AFTER = re.compile(r"[\s-](?:zone|area|stoxx|index|indice|store|stores|bloc)(?![a-z])")
""""euro zone", "dollar index": the currency names a thing, not an amount."""
_SIGNS = [s for s in {*SYMBOLS, *SUFFIX_SYMBOLS} if not any(c.isalpha() for c in s)]
_CONTEXT = re.compile(
    rf"(?:{alternation(_SIGNS)})|(?<![a-z])(?:"
    rf"{alternation([s for s in {*SYMBOLS, *SUFFIX_SYMBOLS} if s not in _SIGNS])}|{_NAMES})"
    r"(?![a-z])"
)

_RATE_WORDS = (
    rf"{PER_YEAR_WORDS}|annuels?|annuelles?|annuellement|chaque annee|annual|yearly|"
    r"par saison|a season|per season|each season|"
    rf"{PER_MONTH_WORDS}|mensuels?|mensuelles?|monthly|/\s?mois|/\s?month|"
    r"par semaine|a week|per week|weekly|hebdomadaires?|"
    rf"{PER_DAY_WORDS}|daily|quotidiens?|"
    r"de l'heure|par heure|an hour|per hour|hourly|/\s?h"
)
"""Words that make an amount a rate ("par an", "a month", "nets par saison")."""
_NOT_RATE_AFTER = (
    r"(?!\s+(?:earlier|ago|before|previously|prior|later|plus tot|plus tard|auparavant|avant|"
    r"dernier|derniere|precedent|precedente|passe|passee|prochain|prochaine|on year)(?![a-z]))"
)
"""After "a year", "l'an": "a year earlier", "l'an dernier" say when, not how often."""
_RATE_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:de|d')\s*(?:revenus?|recettes|chiffre d'affaires|ventes|"
    r"loyers?|depenses)\s+|(?:in|of|en)\s+)?(?:(?:nets?|bruts?|gross|pre-tax|after tax|"
    rf"hors taxes?)\s+)?(?P<rate>{_RATE_WORDS})(?![a-z]){_NOT_RATE_AFTER}"
)
_RATE_ANYWHERE = re.compile(rf"(?<![a-z])(?:{_RATE_WORDS})(?![a-z]){_NOT_RATE_AFTER}")
_PER_UNIT = re.compile(
    r"[\s-]*(?:(?:per|a|an|par|each|by|une?|la|le|l')[\s-]*(?P<noun>share|action|unit|"
    r"unite|barrel|baril|tonne|ton|person|personne|habitant|head|tete|user|utilisateur|"
    r"employee|salarie|kwh|mwh|litre|liter|gallon|ounce|once|kilo|kg|dozen|douzaine|"
    r"ticket|billet)s?|(?P<each>apiece|chacune?|"
    r"/action|/share|/baril|/barrel|/tonne|/t|/kwh|/mwh))(?![a-z])"
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
    "t": "tonne",
    "douzaine": "dozen",
    "billet": "ticket",
}
"""Per-unit prices ("62 dollars par action", "$62 a share") name their unit in English."""
_SHARES_NEAR = re.compile(r"(?<![a-z])(?:shares?|actions?|stock|titres?)(?![a-z])")
_RATE_BEFORE = re.compile(
    r"(?P<rate>annuels?|annuelles?|annual|yearly|mensuels?|mensuelles?|monthly)\s+"
    r"(?:[a-z']+\s+){0,2}(?:de|d'|of|:)?\s*(?:\S{0,4}\s?)?$"
)
_RANGE_BEFORE = re.compile(r"(?:between|entre)\s+\S{0,5}$")

_COMPOUND = re.compile(
    r"\s(?:(?:and|et)\s)?(?P<sub>\d{1,2}(?![\d.,]?\d)|[a-z]+(?:[\s-][a-z]+){0,2})"
)
_COMPOUND_TAIL = re.compile(r"[\s-]?(?P<unit>centimes?|cents?|pence)(?![a-z0-9])")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$|(?:and|et)\s)")
"""After "3 dollars 50" without a sub-unit word, the clause must end ("and", "et" allowed)."""

WEIGHT_CUE = re.compile(r"weigh|weight|heav(?:y|ier)|lighter|\blbs?\b|pese|poids|obes|diet|regime")
_MONEY_CUE = re.compile(
    r"[$€£¥]|(?<![a-z])(?:euro|dollar|sterling|price|prix|cost|cout|paid|paying|payment|pay\b|"
    r"salar|wage|fine[ds]\b|amende|shares?\b|stocks?\b|"
    r"fees?\b|frais|worth|vaut|valu|budget|invest|revenu|recette|profit|benefice|loss|perte|"
    r"debt|dette|tax|impot|fund|financ|sold for|vendu pour|bought|achet|rachat|offre\b|"
    r"offers?\b|offered|bid\b|bonus|prime|transf|compensation|indemni|deal\b|contrat|contract|"
    r"spend|depens|income|cash|subsid|grant|loan|pret\b|prets\b|exchange rate|taux de change|"
    r"currency|devise|monnaie|bank|banque|cheque|check\b|jackpot|lottery|loto|tarif|ticket|"
    r"billet)"
)
"""Words that make an ambiguous currency name ("livres", "pounds", "won") money: whole words
or their beginnings, never the middle of another word ("pays", "offert", "refined")."""
_BOOK_CUE = re.compile(
    r"exemplaires|roman|auteur|ecri(?:t|re|vain)|lecteur|lecture|bibliotheque|librair|lire\b"
)
_BOOKS_OF = re.compile(r"\s(?:de|d')\s?(?!plus\b|moins\b|sterling\b)[a-z]")
_SOLD_BEFORE = re.compile(r"vendue?s?\s+(?:plus de |pres de |environ |quelque )?$")
_MONEY_AFTER_OF = frozenset(
    """investment investments funding public taxpayers taxpayer revenue revenues savings spending
    debt debts cuts damage damages compensation losses profit profits sales assets cash money
    tax taxes aid support deals contracts business government cost costs income capital grants
    bonuses fees fines subsidies shares stock stocks bonds equity""".split()
)
_NOT_NOUNS_AFTER_AMOUNT = FUNCTION_WORDS | frozenset(
    "d soit or ou net nets brut bruts this that ce cette last next year".split()
)
"""Words after a currency word that is also a common word, which leave it an amount ("5 won
net")."""


def money_at(n: Number, folded: str, lang: str, end: int) -> Quantity | None:
    """Return the amount of money whose number is `n`, if a currency stands before or after it."""
    start, stop, code, scale, factor = n.start, n.end, None, None, 1.0
    if folded[n.start - 1 : n.start] == "/":
        return None  # "3/4": the number is part of a fraction
    prefix = _PREFIX.search(folded, max(0, n.start - 8), n.start)
    if prefix:
        code, start = _code_of(prefix.group("cur")), prefix.start()
        if sm := _SCALE_AFTER.match(folded, n.end, end):
            scale, stop = sm.group("scale"), sm.end()
        if cm := _CODE_AFTER.match(folded, stop, end):
            code, stop = cm.group("code").upper(), cm.end()  # "$100 CAD"
    elif _suffix_may_start(folded, n.end) and (m := _SUFFIX.match(folded, n.end, end)):
        scale, stop = m.group("scale"), m.end()
        written = m.group("cur")
        if m.group("sub"):
            sub = m.group("sub")
            if sub == "cent" and lang != "en":
                return None  # French "cent" is a hundred
            factor, code = _subunit(sub, folded, n.start, lang)
        elif scale in {"m", "b"} and folded[n.end] != scale and written not in SUFFIX_SYMBOLS:
            return None  # "5 m de dollars": metres or million, too ambiguous
        elif _NOT_MONEY_AFTER.match(folded, stop, end):
            return None
        else:
            code = _code_of(written) or regional_code(written, folded, n.start, end, lang)
            if key(written) in AMBIGUOUS_NAMES and not _ambiguous_is_money(
                written, scale, folded, n, stop, end, lang
            ):
                return None
            if _lone_article(n, folded) and not _lone_is_money(folded, n.start, stop, end):
                return None  # "un Euro décevant" (the tournament), "pas un euro" (nothing)
            in_year = _IN_CONSTANT.search(folded, max(0, n.start - 4), n.start)
            if not scale and in_year and 1900 <= n.value <= 2100:
                return None  # "in 2020 dollars": a base year, not an amount
    elif lang == "en" and n.value < 1000 and (p := _PENCE_P.match(folded, n.end, end)):
        if not _MONEY_CUE.search(sentence_before(folded, n.start) + folded[n.end : end]):
            return None  # "1080p", "4p" are not pence without a price around them
        factor, code, stop = 0.01, "GBP", p.end()
    elif bare := _elliptical(n, folded, end, lang):
        code, scale, stop, restated_period = bare
        value = n.value * _scale_value(scale, lang)
        return _with_period(value, code, start, stop, n, folded, end, restated_period)
    else:
        return None
    if code is None:
        return None
    value = n.value * _scale_value(scale, lang) * factor
    if factor == 1.0 and not scale and n.value == int(n.value):
        whole = value
        value, stop = _with_subamount(value, folded, n.start, stop, end, lang)
        if value != whole:
            q = _with_period(value, code, start, stop, n, folded, end)
            return replace(q, precision=0.01)  # "3 dollars 50" is written to the cent
    return _with_period(value, code, start, stop, n, folded, end)


_IN_CONSTANT = re.compile(r"(?:in|en)\s$")
_LONE_ARTICLES = frozenset({"un", "une", "one"})
_NEGATION_BEFORE = re.compile(
    r"(?<![a-z])(?:pas|plus|jamais|sans|not|never|without|no)\s+(?:[a-z']+\s+)?$"
)
_SYMBOLIC = re.compile(r"\s+(?:symboliques?|symbolic)(?![a-z])")


def _lone_article(n: Number, folded: str) -> bool:
    return n.spelled and folded[n.start : n.end] in _LONE_ARTICLES


def _lone_is_money(folded: str, nstart: int, stop: int, end: int) -> bool:
    """Whether "un euro", "one dollar" is an amount: "pour un euro symbolique", "payé un dollar
    par action"; not "pas un euro" (nothing) nor "un Euro décevant" (the tournament)."""
    if _NEGATION_BEFORE.search(folded, max(0, nstart - 25), nstart):
        return False
    if "-" in folded[nstart:stop]:
        return True  # "a one-yen bid": a figure written as an adjective
    if _SYMBOLIC.match(folded, stop, end) or _PER_UNIT.match(folded, stop, end):
        return True
    return bool(_MONEY_CUE.search(sentence_before(folded, nstart)))


_BARE_SCALE = re.compile(rf"[\s-]?(?P<scale>{literal_alternation(BARE_AMOUNT_SCALES)})(?![a-z])")
_BASIS = re.compile(r"\s+(?:bruts?|nets?|gross|net|pre-tax|before tax|after tax)(?![a-z])")
_BARE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_RESTATES = re.compile(r"(?<![a-z])(?:soit|or|i\.e\.|c'est-a-dire|that is)\s+(?:\S+\s+){0,2}$")
_DIGIT_NEAR = re.compile(r"\d")
_COMPARED = re.compile(
    r"(?<![a-z])(?:contre|against|compared (?:with|to)|versus|vs\.?|from|apres|au lieu de|"
    r"instead of|par rapport a)\s+(?:(?:un|une|a|an|the|le|la|les|l'|de|d'|of)\s*)?$"
)
"""Words before an amount restated for comparison: "contre 910 millions", "compared with 4.1bn"."""
_WHEN_AFTER = re.compile(
    r"\s+(?:(?:un|une|one|a)\s+(?:an|annee|year)|l'an|l'annee|last|the previous|the prior|"
    r"the same|the year|a year|il y a|en|in|au|a la|lors|sur|during|pendant|fin|at the end|"
    r"a fin|precedemment|previously|auparavant)(?![a-z])"
)
"""When a restated amount was: "contre 910 millions un an plus tôt", "from 4.1bn in 2023"."""
_AMOUNT_TAIL = re.compile(
    rf"\s?\d[\d.,\s\u00a0\u202f]*(?:\s?(?:{_SCALE})(?![a-z]))?(?:\s?(?:de|d'|of)\s?)?"
)
"""The number and scale written after a currency symbol ("$ 4.5 billion")."""


def _elliptical(
    n: Number, folded: str, end: int, lang: str
) -> tuple[str, str | None, int, str | None] | None:
    """Read "20 millions d'euros nets par an, soit 40 millions bruts": a number with a scale
    word and nothing counted after it, in a sentence that has just given an amount of money, is
    money in that currency; after "soit"/"or" it keeps that amount's period.

    After "contre", "against", "compared with", "from"… ("12,3 Md€, contre 12,4 milliards un
    an plus tôt"), the restated amount may be followed by when it was ("un an plus tôt", "a year
    earlier", "en 2023") and may be a decimal without a scale word ("contre 1,98"), provided
    no other figure stands between it and the amount it restates."""
    compared = _COMPARED.search(folded, max(0, n.start - 20), n.start)
    m = _BARE_SCALE.match(folded, n.end, end)
    if m and m.group("scale") == "m" and folded[n.end : n.end + 1] != "m":
        return None
    scale: str | None = None
    if m:
        scale, stop = m.group("scale"), m.end()
    elif compared and n.value != int(n.value) and not n.spelled:
        stop = n.end
    else:
        return None
    if basis := _BASIS.match(folded, stop, end):
        stop = basis.end()
    if not (
        _BARE_END.match(folded, stop, end)
        or _RATE_AFTER.match(folded, stop, end)
        or (compared and _WHEN_AFTER.match(folded, stop, end))
    ):
        return None
    sentence = sentence_before(folded, n.start, 200)
    offset = n.start - len(sentence)
    amount = None
    for c in _CONTEXT.finditer(sentence):
        around = folded[max(0, offset + c.start() - 25) : offset + c.end() + 3]
        if key(c.group(0)) not in AMBIGUOUS_NAMES and _DIGIT_NEAR.search(around):
            amount = c  # a currency written with a number: an amount, not "la zone euro"
    if amount is None:
        return None
    period = None
    if compared:
        gap_start = offset + amount.end()
        if tail := _AMOUNT_TAIL.match(folded, gap_start, n.start):
            gap_start = tail.end()
        if per_unit := _PER_UNIT.match(folded, gap_start, n.start):
            noun = per_unit.group("noun") or per_unit.group("each").strip("/")
            period = _UNIT_NOUNS.get(noun, noun)  # "2,14 € par action, contre 1,98"
            gap_start = per_unit.end()
        if _DIGIT_NEAR.search(folded, gap_start, n.start) and not (
            m and _BARE_END.match(folded, stop, end)
        ):
            return None  # another figure between: the amount restated is not the last one
    code = _code_of(amount.group(0)) or regional_code(
        amount.group(0), folded, offset + amount.start(), end, lang
    )
    if code is None:
        return None
    restated = compared or _RESTATES.search(folded, max(0, n.start - 30), n.start)
    if period is None and restated and (rate := _RATE_ANYWHERE.search(sentence, amount.end())):
        period = period_of(rate.group(0))
    return code, scale, stop, period


def _scale_value(word: str | None, lang: str) -> float:
    if word and word in _MONEY_ONLY_SCALES:
        return _MONEY_ONLY_SCALES[word]
    return scale_value(word, lang)


_CODES: dict[str, str] = {
    **{key(c): c.upper() for c in ISO_CODES},
    **{key(s): code for s, code in SUFFIX_SYMBOLS.items()},
    **{key(s): code for s, code in SYMBOLS.items()},
    **NAME_CODES,
}
"""Every way of writing a currency, keyed by `currencies.key`, with its ISO code."""


def _code_of(written: str) -> str | None:
    """Return the ISO code of a currency as written (folded)."""
    return _CODES.get(key(written))


@cache
def _regional_cues(name: str) -> re.Pattern[str] | None:
    """The words naming the countries of a regional currency name, compiled on first use."""
    code_cues = REGIONAL_NAMES[name][1]
    if not code_cues:
        return None
    groups = "|".join(
        f"(?P<{code}>{'|'.join(re.escape(c) for c in cues)})" for code, cues in code_cues.items()
    )
    return re.compile(rf"(?<![a-z])(?:{groups})(?![a-z])")


def regional_code(written: str, folded: str, pos: int, end: int, lang: str) -> str | None:
    """Return the ISO code of a currency name shared by several countries ("dirhams", "dinars",
    "francs CFA") from the country named last before `pos` in the text (else first after it in
    the sentence), or the name's default in `lang` (`currencies.REGIONAL_NAMES`)."""
    name = REGIONAL_KEYS.get(key(written))
    if name is None:
        return None
    (default_fr, default_en), _ = REGIONAL_NAMES[name]
    cues = _regional_cues(name)
    if cues is not None:
        found = list(cues.finditer(folded, max(0, pos - 3000), pos))
        last = found[-1] if found else None
        if last is None:
            last = cues.search(folded, pos, end)
        if last is not None and last.lastgroup:
            return last.lastgroup
    return default_en if lang == "en" else default_fr


def _subunit(word: str, folded: str, pos: int, lang: str) -> tuple[float, str | None]:
    """Return the factor and currency of a sub-unit; "cents" take the currency of the context."""
    factor, code = SUBUNITS[word]
    if code:
        return factor, code
    allowed = CENTIME_CURRENCIES if word.startswith("centime") else CENT_CURRENCIES
    for m in reversed(list(_CONTEXT.finditer(folded, max(0, pos - 250), pos))):
        found = _code_of(m.group(0))
        if found in allowed:
            return factor, found
    if word.startswith("centime") or lang != "en":
        return factor, "EUR"
    return factor, "USD"


def _with_subamount(
    value: float, folded: str, nstart: int, stop: int, end: int, lang: str
) -> tuple[float, int]:
    """Read "3 dollars 50 cents", "15 euros et 15", "thirteen dollars forty-five" as one amount."""
    m = _COMPOUND.match(folded, stop, end)
    if not m or _RANGE_BEFORE.search(folded, max(0, nstart - 12), nstart):
        return value, stop
    sub_text = m.group("sub")
    sub_end = m.end()
    if sub_text.isdigit():
        sub = float(sub_text)
    else:
        words = re.split(r"[\s-]", sub_text)
        sub, used = 0.0, 0
        for k in range(len(words), 0, -1):
            try:
                sub = float(text2num(" ".join(words[:k]), "en" if lang == "en" else "fr"))
            except ValueError:
                continue
            used = k
            break
        if not used:
            return value, stop
        sub_end = m.start("sub") + len(" ".join(words[:used]))
    if not 1 <= sub <= 99 or sub != int(sub):
        return value, stop
    if tail := _COMPOUND_TAIL.match(folded, sub_end, end):
        return value + sub / 100, tail.end()
    if _CLAUSE_END.match(folded, sub_end, end):
        return value + sub / 100, sub_end
    return value, stop


def _with_period(
    value: float,
    code: str,
    start: int,
    stop: int,
    n: Number,
    folded: str,
    end: int,
    period: str | None = None,
) -> Quantity:
    per_unit = _PER_UNIT.match(folded, stop, end)
    rate = None if per_unit else _RATE_AFTER.match(folded, stop, end)
    if per_unit:
        noun = per_unit.group("noun") or per_unit.group("each").strip("/")
        if noun in {"apiece", "chacun", "chacune"}:
            near = folded[max(0, start - 60) : min(end, per_unit.end() + 40)]
            noun = "share" if _SHARES_NEAR.search(near) else "unit"
        period, stop = _UNIT_NOUNS.get(noun, noun), per_unit.end()
    elif rate:
        period = period_of(rate.group("rate"))
        stop = rate.end()
    elif period is None and (before := _RATE_BEFORE.search(folded, max(0, start - 40), start)):
        period = period_of(before.group("rate"))
    elif (
        period is None and value < _MAX_UNIT_PRICE and (unit_before := _unit_before(folded, start))
    ):
        period = unit_before
    elif period is None and (each := _EACH_PERIOD_BEFORE.search(folded, max(0, start - 70), start)):
        period = period_of(each.group("unit"))
    elif period is None and value < _MAX_UNIT_PRICE and (restated := _restated_unit(folded, start)):
        period = restated
    unit = code + (f"/{period}" if period else "")
    return make_quantity("money", start, stop, value, unit, n, folded, period=period)


_PER_UNIT_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:par|per)\s+(?P<noun>action|share|titre|habitant|personne|person|"
    r"capita|tete|head|baril|barrel)|(?P<abbr>bpa|eps|dpa|dps))(?![a-z])"
)
_ABBR_UNITS = {"bpa": "share", "eps": "share", "dpa": "share", "dps": "share", "capita": "person"}
_UNIT_GAP = re.compile(r"[^\d,;:.()!?]{0,45}")
_MAX_UNIT_PRICE = 100_000.0
"""A price per share or per head is written without a scale word; larger amounts are totals."""


_EACH_PERIOD_BEFORE = re.compile(
    r"(?<![a-z])(?:each|every|chaque)\s+(?:[a-z'-]+\s+)?(?P<unit>day|week|month|year|hour|jour|"
    r"journee|semaine|mois|an|annee|heure)(?:\s+[a-z'-]+){0,3}\s+(?:costs?|coute|coutera|"
    r"coutait|represents?|represente|rapporte|rapportera|brings\s+in|earns?|generates?|genere|"
    r"is\s+worth|vaut)(?:\s+[a-z'-]+){0,4}\s+$"
)
"""A cost or yield of each period, written before the amount: "each strike day costs £40m",
"chaque jour de grève coûte 40 millions d'euros à l'économie"."""


def _restated_unit(folded: str, start: int) -> str | None:
    """Return the unit of a price restated for comparison: "2,14 euros par action, contre 1,98
    euro" is a price per share too. The last price per unit of the sentence must stand just
    before "contre"/"against"…, with no other figure between."""
    cue = _COMPARED.search(folded, max(0, start - 20), start)
    if cue is None:
        return None
    sentence = sentence_before(folded, cue.start(), 120)
    offset = cue.start() - len(sentence)
    found = [m for m in _PER_UNIT.finditer(sentence) if m.start() > 0]
    if not found:
        return None
    last = found[-1]
    if _DIGIT_NEAR.search(folded, offset + last.end(), cue.start()):
        return None
    if not _PRICE_END.search(sentence, 0, last.start()):
        return None  # the unit must follow an amount: "3 € par action", "$2 a share"
    noun = last.group("noun") or last.group("each").strip("/")
    return _UNIT_NOUNS.get(noun, noun)


_PRICE_END = re.compile(r"(?:\d|[$€£¥]|euros?|dollars?|pence|cents?|centimes?|francs?)\s*$")


def _unit_before(folded: str, start: int) -> str | None:
    """Return the unit of a price whose unit is named before it, in the same clause and within
    a few words: "le bénéfice par action atteint 2,14 euros", "earnings per share of $1.20",
    "un BPA de 2,14 euros"."""
    lo = max(0, start - 60)
    found = list(_PER_UNIT_BEFORE.finditer(folded, lo, start))
    last = found[-1] if found else None
    if last is None or not _UNIT_GAP.fullmatch(folded, last.end(), start):
        return None
    if len(folded[last.end() : start].split()) > 5:
        return None
    noun = last.group("noun") or last.group("abbr")
    return _ABBR_UNITS.get(noun) or _UNIT_NOUNS.get(noun, noun)


def _ambiguous_is_money(
    written: str, scale: str | None, folded: str, n: Number, stop: int, end: int, lang: str
) -> bool:
    """Whether a currency name that is also a common word ("pounds", "livres", "won") is money."""
    word = key(written)
    if word.startswith("pound"):
        return pounds_are_money(folded, n.start, stop, end, bool(scale))
    before = sentence_before(folded, n.start)
    after = folded[stop:end]
    if word.startswith("livre"):
        if WEIGHT_CUE.search(before) or _BOOK_CUE.search(before + after):
            return False
        if _BOOKS_OF.match(after) or _SOLD_BEFORE.search(before):
            return False  # "livres de cuisine", "a vendu 2 millions de livres": books
        return bool(scale) or bool(_MONEY_CUE.search(before + after))
    if word == "sterling":
        return True
    if next_is_noun(folded, stop, end, _NOT_NOUNS_AFTER_AMOUNT):
        return False  # "5 won games", "3 real reasons"
    return bool(scale) or bool(_MONEY_CUE.search(before + after))


def sentence_before(folded: str, pos: int, width: int = 150) -> str:
    """Return the text of the sentence before `pos` (at most `width` characters), where a cue
    word ("paid", "weighs") says what an ambiguous unit is."""
    start = max(0, pos - width)
    cut = max(folded.rfind(sep, start, pos) for sep in (". ", "? ", "! ", "\n"))
    return folded[cut + 1 if cut >= 0 else start : pos]


_OF_WORD = re.compile(r"\s+of\s+(?P<w>[a-z']+)")


def pounds_are_money(folded: str, nstart: int, stop: int, end: int, scaled: bool) -> bool:
    """Whether "pounds" after a number are money rather than a weight: not after "weighs" or
    before "of" and a material ("300 pounds of explosives"); with a scale word ("5 million
    pounds") or a money word around ("paid", "price", "£") otherwise."""
    before = sentence_before(folded, nstart)
    if WEIGHT_CUE.search(before) or WEIGHT_CUE.match(folded, stop, min(end, stop + 12)):
        return False
    if of := _OF_WORD.match(folded, stop, end):
        return of.group("w") in _MONEY_AFTER_OF
    if "-" in folded[nstart:stop]:
        return False  # "a 500-pound bomb"
    return scaled or bool(_MONEY_CUE.search(before + folded[stop:end]))
