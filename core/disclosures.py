"""Statements that a figure was not disclosed: "n'a communiqué aucun chiffre", "aucun chiffre
officiel n'a été publié", "sans révéler le montant", "did not disclose the terms", "an
undisclosed sum", "declined to give a figure", "le club ne communique pas".

Only detection: the comparison sets such a statement against a figure stated elsewhere. The
vocabulary is data at the top of the module, French and English, written folded (lower case, no
accents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- Vocabulary ----------------------------------------------------------------------------------

FIGURE_NOUNS: dict[str, str] = {
    "montant": "amount", "montants": "amount", "somme": "amount", "sommes": "amount",
    "combien": "amount", "how much": "amount", "amount": "amount", "sum": "amount",
    "chiffre": "figure", "chiffres": "figure", "figure": "figure", "figures": "figure",
    "numbers": "figure", "donnees financieres": "figure",
    "valeur": "value", "valorisation": "value", "value": "value", "valuation": "value",
    "prix": "price", "tarif": "price", "price": "price",
    "salaire": "salary", "salaires": "salary", "remuneration": "salary", "emoluments": "salary",
    "salary": "salary", "pay": "salary", "compensation": "salary",
    "indemnite": "fee", "indemnites": "fee", "fee": "fee", "fees": "fee",
    "prime": "bonus", "primes": "bonus", "bonus": "bonus",
    "conditions": "terms", "conditions financieres": "terms", "termes": "terms",
    "modalites": "terms", "details financiers": "terms", "details": "terms", "clauses": "terms",
    "terms": "terms", "financial terms": "terms", "financial details": "terms",
    "details of the deal": "terms",
    "cout": "cost", "couts": "cost", "cost": "cost", "costs": "cost",
    "budget": "budget", "bilan": "toll", "toll": "toll", "nombre": "number", "number": "number",
    "duree": "duration", "duration": "duration", "length": "duration",
}  # fmt: skip
"""Nouns of what was not disclosed, folded, with their key (English, shared by both languages)."""

DISCLOSE_VERBS_FR = (
    "communique divulgue devoile revele precise publie detaille chiffre donne indique "
    "rendu public rendus publics rendue publique rendues publiques officialise"
)
DISCLOSE_INFINITIVES_FR = (
    "communiquer divulguer devoiler reveler preciser publier detailler chiffrer donner indiquer "
    "rendre public avancer"
)
DISCLOSE_PRESENT_FR = "communique divulgue devoile revele precise publie detaille chiffre donne"
DISCLOSE_VERBS_EN = (
    "disclose reveal release publish give provide specify detail make public put announce "
    "share divulge"
)
DISCLOSED_EN = "disclosed revealed released published given provided specified made public"
STANDALONE = frozenset("communique communiquer divulgue divulguer chiffre chiffrer".split())
"""Verbs that say a figure was withheld even with no object ("Le club ne communique pas")."""

# --- Compiled patterns ---------------------------------------------------------------------------


def _words(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


_FR_PART = r"(?:rendue?s? publi(?:c|cs|que|ques)|" + _words(DISCLOSE_VERBS_FR) + r")e?s?"
_FR_INF = r"(?:rendre public|" + _words(DISCLOSE_INFINITIVES_FR) + ")"
_FR_PRES = r"(?:" + _words(DISCLOSE_PRESENT_FR) + r")(?:nt)?"
_EN_VERB = r"(?:make public|" + _words(DISCLOSE_VERBS_EN) + r")"
_EN_DONE = r"(?:made public|" + _words(DISCLOSED_EN) + r")"
_NOUN = (
    r"(?P<noun>"
    + "|".join(sorted((k.replace(" ", r"\s+") for k in FIGURE_NOUNS), key=len, reverse=True))
    + r")"
)
_DET = (
    r"(?:(?:aucune?|le|la|les|l'|de|d'|du|des|son|sa|ses|leur|leurs|the|its|their|a|an|any|"
    r"no|his|her|financial|exact|precise|officiel(?:le)?s?|official)\s+|l'|d')*"
)
_OBJECT = rf"(?:\s+{_DET}(?:\w+\s+)?{_NOUN}\b)?"

_CUE_RE = re.compile(
    r"\bn'|\bne |\bsans |aucun|undisclosed|disclos|declin|refus|not |n't |non |confidenti|secret|"
    r"\bwithout |\bno (?:figure|financial)"
)
"""A cheap test: a sentence without one of these holds no non-disclosure."""

_PATTERNS: list[re.Pattern[str]] = [
    # n'a (pas) communiqué (aucun chiffre) / n'a pas souhaité dévoiler le montant
    re.compile(
        rf"\bn'(?:a|ont|avait|avaient|aurait|auraient)\s+(?:pas\s+|jamais\s+|encore\s+|rien\s+)*"
        rf"(?:(?:souhaite|voulu|tenu a|pu)\s+{_FR_INF}|{_FR_PART})(?![\w])"
        rf"(?:\s+sur\s+\w+)?{_OBJECT}"
    ),
    # ne communique pas / ne dévoile aucun chiffre / ne souhaite pas communiquer
    re.compile(
        rf"\bne\s+(?:(?:{_FR_PRES})(?![\w])\s+(?:pas|aucune?|jamais|rien)|"
        rf"(?:souhaite(?:nt)?|veut|veulent|peut|peuvent)\s+pas\s+{_FR_INF}(?![\w])){_OBJECT}"
    ),
    # aucun chiffre (officiel) n'a été publié
    re.compile(
        rf"\baucune?\s+{_NOUN}(?:\s+\w+){{0,2}}\s+n'(?:a|ont|avait|avaient)\s+(?:encore\s+)?"
        rf"ete\s+{_FR_PART}(?![\w])"
    ),
    # sans révéler le montant / without disclosing the price
    re.compile(rf"\bsans\s+(?:en\s+)?{_FR_INF}(?![\w]){_OBJECT}"),
    re.compile(rf"\bwithout\s+(?:disclosing|revealing|giving|specifying|providing){_OBJECT}"),
    # le montant n'a pas été dévoilé / the terms were not disclosed
    re.compile(
        rf"\b{_NOUN}(?:\s+(?:de|du|des|of|d')\s+(?:\w+\s+){{0,3}}?\w+)?\s+n'(?:a|ont|avait|avaient)"
        rf"\s+pas\s+ete\s+{_FR_PART}(?![\w])"
    ),
    re.compile(
        rf"\b{_NOUN}(?:\s+(?:of|for)\s+(?:\w+\s+){{0,3}}?\w+)?\s+(?:was|were|has|have|had|is|are)"
        rf"\s*(?:not|n't)\s+(?:been\s+)?(?:yet\s+)?{_EN_DONE}\b"
    ),
    # un montant non communiqué / an undisclosed sum / montant confidentiel
    re.compile(rf"\b{_NOUN}\s+(?:non|pas)\s+{_FR_PART}(?![\w])"),
    re.compile(rf"\bundisclosed\s+(?:\w+\s+)?{_NOUN}\b"),
    re.compile(
        rf"\b{_NOUN}(?:\s+\w+){{0,2}}?\s+(?:(?:est|sont|reste|restent|demeure|demeurent|etait|"
        rf"was|were|is|are|remains?|remained)\s+(?:reste(?:e|s)?\s+|kept\s+|tenue?s?\s+)?)?"
        rf"(?:confidentiel(?:le)?s?|secret(?:e|s|es)?|confidential)\b"
    ),
    # did not disclose the value / declined to give a figure
    re.compile(
        rf"\b(?:(?:did|does|do|has|have|had|would|will|could)\s*(?:not|n't)|declined|refused|"
        rf"(?:was|were)\s+not\s+able)\s+(?:to\s+)?(?:yet\s+)?{_EN_VERB}(?:d|ed)?\b{_OBJECT}"
    ),
    re.compile(rf"\b(?:gave|give|gives|provided|published)\s+no\s+{_NOUN}\b"),
    re.compile(rf"\bno\s+{_NOUN}\s+(?:was|were|has\s+been|have\s+been)\s+{_EN_DONE}\b"),
]
"""Each pattern matches one way of saying a figure was withheld; `noun` names what, if given."""

_CLAUSE_END = re.compile(r"\s*(?:[.;:!?,)]|$|\s(?:et|and|but|mais)\b)")
_ANY_OBJECT = re.compile(r"\s+(?:sur|on|about|whether|si|s'il|if|l'|le|la|les|the|its)\b")


@dataclass(frozen=True)
class NonDisclosure:
    """A statement that a figure was not disclosed: its span, and what was not disclosed as an
    English key ("amount", "value", "terms", "figure", "salary"…) with the noun's span, or None
    when the sentence does not say."""

    start: int
    end: int
    what: str | None
    what_start: int | None
    what_end: int | None


def _verb_alone(folded: str, m: re.Match[str], end: int) -> bool:
    """Whether a match without an object ends its clause with a verb that needs no object."""
    words = folded[m.start() : m.end()].split()
    verb = words[-1] if words else ""
    if words and words[-1] in {"pas", "aucun", "aucune", "jamais", "rien"}:
        verb = words[-2] if len(words) > 1 else ""
    verb = re.sub(r"(?:e?s|nt|e)$", "", verb)
    if not any(verb.startswith(v[:6]) for v in STANDALONE):
        return False
    rest = folded[m.end() : end]
    return bool(_CLAUSE_END.match(rest)) and not _ANY_OBJECT.match(rest)


def find_nondisclosures(
    text: str, folded: str, start: int, end: int, lang: str
) -> list[NonDisclosure]:
    """Return the statements of the sentence `text[start:end]` that a figure was not disclosed.

    `folded` is `textnorm.fold_same_length` of the article (same offsets as `text`). The verb must
    be negated ("n'a pas dévoilé", "did not disclose", "sans révéler", "declined to give") or the
    noun qualified ("undisclosed sum", "montant non communiqué", "confidentiel"); its object must
    be a figure's noun ("montant", "terms", "salary"…), except for verbs that say it alone ("le
    club ne communique pas", "n'a rien communiqué"). "The company disclosed a $2bn charge" and
    "n'a pas révélé l'identité" are none. `lang` is unused: both vocabularies are read.
    """
    del lang
    if start >= end or not _CUE_RE.search(folded, start, end):
        return []
    out: list[NonDisclosure] = []
    taken: list[tuple[int, int]] = []
    for rx in _PATTERNS:
        for m in rx.finditer(folded, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            noun = m.group("noun") if "noun" in rx.groupindex else None
            if noun is None and not _verb_alone(folded, m, end):
                continue
            what = FIGURE_NOUNS.get(" ".join(noun.split())) if noun else None
            n_start, n_end = (m.start("noun"), m.end("noun")) if noun else (None, None)
            taken.append((m.start(), m.end()))
            out.append(NonDisclosure(m.start(), m.end(), what, n_start, n_end))
    out.sort(key=lambda d: d.start)
    return out
