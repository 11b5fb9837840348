"""Extracting the quantities of a sentence: each number is read as money (`money.py`), a
measurement (`measures.py`), a percentage, a duration (`durations.py`) or a count."""

from __future__ import annotations

import re

from .durations import duration_at
from .figures import Quantity, make_quantity
from .measures import measure_at
from .money import money_at
from .numbers import Number, find_numbers, is_lone_article
from .textnorm import STOPWORDS, stem

_REFERENCE_BEFORE = re.compile(
    r"(?<![a-z])(?:les|the|ces|these|those|ses|leurs|nos|vos|our|their)\s+$"
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


def find_quantities(text: str, folded: str, lang: str, start: int, end: int) -> list[Quantity]:
    """Return the quantities in `text[start:end]`; `folded` is its same-length folded copy."""
    out: list[Quantity] = []
    for n in find_numbers(text, lang, start, end):
        if out and n.start < out[-1].end:
            continue
        q = money_at(n, folded, lang, end)
        if q is None:
            q = measure_at(n, folded, lang, end)
        if q is None:
            q = _percentage(n, folded, end)
        if q is None:
            q = duration_at(n, folded, end)
        if q is None and is_lone_article(text, n):
            continue
        if q is None:
            q = _count(n, text, folded, lang, end)
        if q is not None:
            out.append(q)
    return out


def _percentage(n: Number, folded: str, end: int) -> Quantity | None:
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
