"""Who broke the story: phrases that credit an outlet with first reporting or revealing it
("first reported by the Wall Street Journal", "révélé par Le Parisien", "selon des informations
de L'Équipe", "Reuters reported on Tuesday that").

Only detection: the comparison resolves the outlet's surface text to a name key. The vocabulary
is data at the top of the module, French and English, written folded (lower case, no accents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- Vocabulary ----------------------------------------------------------------------------------

OUTLET_WORDS = frozenset(
    """
    journal times post news press presse reuters bloomberg afp ap cnbc cnn bbc msnbc nbc abc cbs
    fox monde figaro echos parisien equipe liberation tribune herald guardian telegraph mail
    express gazette magazine radio tv tele television agence agency wire insider daily weekly
    hebdo quotidien politico axios semafor ft wsj nyt observer economist forbes fortune
    mediapart lci bfm bfmtv rmc franceinfo ouest dauphine provence matin nouvel obs point
    canard enchaine marianne huffpost vox verge wired techcrunch information espn sky
    marca kicker bild spiegel zeitung pais mundo corriere repubblica stampa
    """.split()
)
"""Words that make a name an outlet's ("The Wall Street Journal", "Le Parisien", "Reuters"):
needed where the cue alone does not say the subject is a news outlet ("X reported that")."""

OUTLET_NOUNS = (
    r"(?:the |a |le |la |l'|les |nos )?(?:newspaper|daily|weekly|news agency|news site|website|"
    r"magazine|broadcaster|outlet|quotidien|journal|hebdomadaire|site|magazine|agence|"
    r"radio|chaine|confreres?)(?: (?:de|du|d'|des))? ?"
)
"""A common noun before an outlet's name ("le quotidien Le Parisien", "the newspaper Le Monde")."""

# --- Compiled patterns ---------------------------------------------------------------------------

_CUE_RE = re.compile(r"first|revel|scoop|report|rapport|information|premiere? a|broke|selon|accord")
"""A cheap test: a sentence without one of these holds no first report."""

_CAP = r"[A-ZÀ-ÖØ-ÝŒ]"
_NAME = (
    rf"(?:(?:The|Le|La|Les|L['’])\s*)?(?:[lL]['’])?{_CAP}[\w&.'’-]*"
    rf"(?:\s+(?:(?:of the|of|de la|de|du|des|&|and|for)\s+)?(?:[lL]['’])?{_CAP}[\w&.'’-]*)*"
)
_NAME_RE = re.compile(_NAME)
_NAME_BEFORE_RE = re.compile(rf"{_NAME}(?:'s)?(?=\s*(?:,\s*(?:which|who|qui)\s*)?$)")
_OUTLET_NOUN_RE = re.compile(OUTLET_NOUNS)
_LOWER_ARTICLE_RE = re.compile(r"(?:the|le|la|les|l'|du|de) ?(?=[A-ZÀ-ÖØ-ÝŒ])")
_WORDS_RE = re.compile(r"[a-z0-9]+")
_ELIDED_RE = re.compile(r"^(?:[lL]['’])")

_DAY = (
    r"(?:(?:on |late |early |earlier |last |this |le |la |ce |mardi |lundi )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|mois|matin|soir|"
    r"earlier|today|yesterday|hier|(?:in|on) (?:its|their) \w+ editions?)"
    r"(?: (?:morning|evening|night|afternoon|dernier|derniere))?,? )"
)
_CLAUSE_AFTER = rf"(?= {_DAY}?(?:that|que|qu')|\s*[,.;:)]|\s*$| citing| en citant)"

_OUTLET_AFTER_CUES: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"\b(?:first (?:reported|revealed|disclosed)|reported first) (?:by|in) "), True),
    (re.compile(r"\brevele(?:e|s|es)? (?:\w+ ){0,2}?par "), True),
    (re.compile(r"\b(?:scoop|revelations?) (?:de |du |des |d'|by |from |of )"), True),
    (re.compile(r"\b(?:comme|ainsi que) l'(?:a|avait|ont|avaient) revele "), True),
    (re.compile(r"\b(?:comme|ainsi que) l'(?:a|avait|ont|avaient) rapporte "), False),
    (re.compile(r", (?:a |avait )?revel(?:e|ait) "), True),
    (re.compile(r", (?:a |avait )?rapport(?:e|ait) "), False),
    (
        re.compile(
            r"\b(?:selon|d'apres) (?:des|les|une|l'|de nouvelles) "
            r"(?:informations?|revelations?) (?:de |du |des |d')?"
        ),
        False,
    ),
    (re.compile(r"\b(?:as |was |were |been )reported (?:earlier )?(?:by|in) "), False),
    (re.compile(r"\baccording to (?:a |the )?reports? (?:by|in|from) "), False),
    (re.compile(r"\b(?:selon|d'apres|according to) "), False),
]
"""Cues followed by the outlet, and whether they say it was first (True) or only reported."""

_OUTLET_BEFORE_CUES: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            r"\b(?:had |has )?(?:first reported|first revealed|broke the news|"
            r"was (?:the )?first to (?:report|reveal)|"
            r"a ete (?:le premier|la premiere) a (?:reveler|annoncer|rapporter)|"
            r"(?:a|avait) (?:ete )?(?:le premier|la premiere) a (?:reveler|annoncer|rapporter))\b"
        ),
        True,
    ),
    (re.compile(rf"\b(?:a |avait |ont |avaient )?revel(?:e|ait|aient)\b{_CLAUSE_AFTER}"), True),
    (re.compile(rf"\b(?:has |had )?reported\b{_CLAUSE_AFTER}"), False),
    (re.compile(rf"\b(?:a |avait )?rapport(?:e|ait)\b{_CLAUSE_AFTER}"), False),
]
"""Cues preceded by the outlet, and whether they say it was first (True) or only reported."""

LEADING_WORDS = (
    "as and but while when since so yet if that because after before then also "
    "et mais comme selon depuis car donc puis ainsi apres avant alors quand lorsque"
).split()
"""Capitalised words starting a sentence that begin no outlet's name ("As Reuters reported")."""
_LEAD_RE = re.compile(r"(?i:" + "|".join(LEADING_WORDS) + r")\s+(?=\S)")

_FIRST_RE = re.compile(r"\b(?:first|premiere?s?|initialement|originally)\b")


@dataclass(frozen=True)
class FirstReport:
    """A phrase crediting an outlet with a story: its span, the outlet's surface text and span,
    and `strong` when it says first or revealed ("first reported", "révélé par"), not only
    reported ("Reuters reported", "selon des informations de")."""

    start: int
    end: int
    outlet: str
    outlet_start: int
    outlet_end: int
    strong: bool


def _is_outlet(folded: str) -> bool:
    return any(w in OUTLET_WORDS for w in _WORDS_RE.findall(folded))


def _all_capitalised(surface: str) -> bool:
    tokens = [t for t in surface.split() if t.lower() not in {"of", "the", "de", "du", "des", "la"}]
    return bool(tokens) and all(
        _ELIDED_RE.sub("", t)[:1].isupper() or _ELIDED_RE.sub("", t)[:1] in "&" for t in tokens
    )


def _outlet_after(text: str, folded: str, pos: int, limit: int) -> tuple[int, int, bool] | None:
    """Return the span of an outlet's name at `pos` and whether an outlet noun announced it."""
    noun = _OUTLET_NOUN_RE.match(folded, pos, limit)
    announced = bool(noun and noun.end() > pos and folded[pos : noun.end()].strip())
    if noun and announced:
        pos = noun.end()
    article = _LOWER_ARTICLE_RE.match(text, pos, limit)
    if article:
        pos = article.end()
    m = _NAME_RE.match(text, pos, limit)
    if not m:
        return None
    end = m.end()
    while end > m.start() and text[end - 1] in ".-'’,":
        end -= 1
    if end <= m.start() or not _all_capitalised(text[m.start() : end]):
        return None
    return m.start(), end, announced


def _outlet_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """Return the span of an outlet's name ending just before `pos` (", which" allowed)."""
    window = max(lo, pos - 80)
    m = _NAME_BEFORE_RE.search(text, window, pos)
    if not m or not _all_capitalised(m.group(0)):
        return None
    begin, end = m.start(), m.end()
    if text[begin:end].endswith(("'s", "’s")):
        return None
    while True:
        head = _LEAD_RE.match(text, begin, end)
        if not head:
            break
        begin = head.end()
    return (begin, end) if begin < end else None


def find_first_reports(
    text: str, folded: str, start: int, end: int, lang: str
) -> list[FirstReport]:
    """Return the phrases of the sentence `text[start:end]` that credit an outlet with the story.

    `folded` is `textnorm.fold_same_length` of the article (same offsets as `text`). A phrase is
    strong when it says the outlet was first or revealed the story ("first reported by X", "X
    first reported", "révélé par X", "X a révélé que", "le scoop de X"), weak when it only reports
    ("X reported on Tuesday that", "selon des informations de X", "as reported by X"); a weak
    phrase needs a name that reads as an outlet's ("Journal", "Times", "Reuters", "Le Parisien"…)
    or one announced by an outlet noun ("le quotidien X"). "Acme reported revenue of $12bn" is
    none. `lang` is unused: both vocabularies are read.
    """
    del lang
    if start >= end or not _CUE_RE.search(folded, start, end):
        return []
    out: list[FirstReport] = []
    seen: set[tuple[int, int]] = set()

    def add(phrase: tuple[int, int], outlet: tuple[int, int], strong: bool, sure: bool) -> None:
        surface = text[outlet[0] : outlet[1]]
        if outlet in seen or not (sure or _is_outlet(folded[outlet[0] : outlet[1]])):
            return
        seen.add(outlet)
        out.append(FirstReport(phrase[0], phrase[1], surface, outlet[0], outlet[1], strong))

    for rx, strong in _OUTLET_AFTER_CUES:
        for m in rx.finditer(folded, start, end):
            found = _outlet_after(text, folded, m.end(), end)
            if found:
                first = strong or bool(_FIRST_RE.search(folded, m.start(), m.end()))
                add((m.start(), found[1]), found[:2], first, first or found[2])
    for rx, strong in _OUTLET_BEFORE_CUES:
        for m in rx.finditer(folded, start, end):
            name = _outlet_before(text, start, m.start())
            if name is None:
                continue
            cue_end = m.end()
            first = strong or bool(_FIRST_RE.search(folded, m.start(), cue_end))
            add((name[0], cue_end), name, first, strong)
    out.sort(key=lambda r: r.start)
    return out
