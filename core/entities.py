"""Finding names of organisations, people and places, and folding their aliases into one key.

"Open AI" and "OpenAI" share the key "openai"; "The Wall Street Journal" and "Wall Street
Journal" share "wallstreetjournal", and "WSJ" is folded into it when the corpus names the
long form. Only general rules and general word lists are used: no name is known in advance.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .gazetteer import PLACE_KEYS
from .textnorm import STOPWORDS, fold

_TOKEN = r"(?:[A-ZÀ-ÝŒ][\w&]*(?:[-.][A-Za-zÀ-ÿ0-9]\w*)*)"
_CONNECTOR = r"(?:\s+(?:de|du|des|of|the|&|for)\s+|\s+|-)"
NAME_RE = re.compile(rf"(?<![^\W\d_])(?<![\d]){_TOKEN}(?:{_CONNECTOR}{_TOKEN})*")
_LEADING_ARTICLES = re.compile(r"^(?:the|le|la|les|l')\s+", re.I)
_DESIGNATORS = frozenset(
    """
        project projet projets groupe group company compagnie inc corp corporation sa sas
        ltd llc plc ag gmbh holding holdings
    """.split()
)
_NOT_NAMES = frozenset(
    """
        ia ai pdg ceo cfo cto coo faq gw mw kw tw gwh twh usd eur md mds m k ok tv pib gdp
        etat etats lune terre internet web bourse ete printemps automne hiver oui non lundi
        mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday
        friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre
        octobre novembre decembre january february march april may june july august
        september october november december m mme mmes mlle mr mrs ms dr pr mister madame
        monsieur i ii iii iv v vi cloud data q t french american british english german chinese
        japanese european italian spanish indian russian korean canadian australian swiss dutch
        belgian african asian arab israeli iranian ukrainian brazilian mexican
    """.split()
)
_HONORIFIC_BEFORE = re.compile(
    r"(?:\bm\.|\bmme|\bmr\.?|\bmrs\.?|\bms\.?|\bdr\.?|\bpr\.?|\bmonsieur|\bmadame)\s+$"
)
_ROLE_WORDS = (
    r"(?:vice-)?(?:president|presidente|directeur|directrice|director|pdg|ceo|cfo|cto|"
    r"fondateur|fondatrice|co-fondateur|cofondateur|founder|co-founder|analyste|analyst|"
    r"porte-parole|spokesperson|spokesman|spokeswoman|economiste|economist|chef|head|chief|"
    r"ministre|minister|secretaire|secretary|professeur|professor|chercheur|chercheuse|"
    r"researcher|associe|partner|responsable|patron|patronne|dirigeant|dirigeante|executive|"
    r"senior|managing|maire|mayor|depute|deputee|senateur|senatrice|senator|gouverneur|governor|"
    r"juge|judge|avocat|avocate|lawyer|commissaire|commissioner|president-directeur)"
)
_ROLE_AFTER = re.compile(rf"\s*,\s*(?:(?:le|la|l'|the|an|a)\s+)?{_ROLE_WORDS}\b")
_ROLE_BEFORE = re.compile(rf"\b{_ROLE_WORDS}(?:(?:\s+[\w'-]+){{0,4}},)?\s+$")
_FIRST_TOKEN_RE = re.compile(r"^\S+")
_LOCATIVE_BEFORE = re.compile(
    r"(?<!confirme )(?<!declare )(?<!indique )(?<!precise )(?<!explique )(?<!affirme )"
    r"(?<!annonce )(?<!vendu )(?<!cede )(?<!confie )(?<!propose )(?<!demande )(?<!repondu )"
    r"(?:\ba|\bin|\bnear|\bpres de|\ben)\s+$"
)
LOCATIVE_SHARE = 0.5
"""A name written after a locative preposition at least this often is taken for a place."""


@dataclass(frozen=True)
class NameMention:
    """A proper name in a text: its span, surface form, folded key and guessed kind."""

    start: int
    end: int
    surface: str
    key: str
    kind: str  # "organisation", "person" or "place"
    locative: bool = False
    """Written after "à", "in", "near"…: a hint that the name is a place."""


def name_key(surface: str) -> str:
    """Return the alias-folded key of a name ("The Wall Street Journal" -> "wallstreetjournal")."""
    f = _LEADING_ARTICLES.sub("", fold(surface))
    parts = re.split(r"[\s\-]+", f)
    kept = [p for p in parts if p.strip(".") not in _DESIGNATORS]
    if kept and len(kept) < len(parts):
        parts = kept
    return re.sub(r"[^0-9a-z&]", "", "".join(parts))


def initials(surface: str) -> str:
    """Return the folded initials of a multi-word name ("Wall Street Journal" -> "wsj")."""
    f = _LEADING_ARTICLES.sub("", surface)
    caps = [w for w in re.split(r"[\s\-]+", f) if w[:1].isupper()]
    return fold("".join(w[0] for w in caps)) if len(caps) >= 2 else ""


def capitalised_inside(text: str, sentences: list[tuple[int, int]]) -> set[str]:
    """Return the capitalised words seen in a run of capitals that does not open a sentence.

    Only those runs show that a word is capitalised for its own sake: in "Nimbus Systems said…"
    neither word is known to be a name yet.
    """
    seen: set[str] = set()
    for start, end in sentences:
        for m in NAME_RE.finditer(text, start, end):
            if text[start : m.start()].strip(" «\"“'(\u00a0-—–"):
                seen.update(tm.group(0) for tm in re.finditer(_TOKEN, m.group(0)))
    return seen


def find_names(
    text: str, folded: str, start: int, end: int, inside: set[str], title_case: bool = False
) -> list[NameMention]:
    """Return the names in the sentence `text[start:end]`.

    `inside` holds the capitalised words seen away from a sentence start in the same article: a
    sentence's first word counts as a name only if it is among them. In a Title-Case line no
    name is trusted unless it is among them.
    """
    out = []
    first_word_start = start
    while first_word_start < end and not text[first_word_start].isalnum():
        first_word_start += 1
    for m in NAME_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        surface = m.group(0)
        # Drop leading tokens that are sentence starters or function words ("Selon", "Cependant").
        while True:
            tok = _FIRST_TOKEN_RE.match(surface)
            if not tok:
                break
            word = tok.group(0)
            at_start = s == first_word_start or title_case
            # A sentence's first word is a name if it is capitalised elsewhere too, is written
            # like no ordinary word is ("OpenAI", "IBM"), or starts a longer name ("Nimbus
            # Systems said…").
            shaped = any(ch.isupper() for ch in word[1:])
            rest_words = surface[len(word) :].split()
            longer = bool(rest_words) and rest_words[0] not in inside
            if (
                fold(word) in STOPWORDS
                or fold(word) in _NOT_NAMES
                or (at_start and word not in inside and not shaped and not longer)
            ):
                rest = surface[len(word) :]
                stripped = rest.lstrip()
                if not stripped or not stripped[:1].isupper():
                    surface = ""
                    break
                s += len(surface) - len(stripped)
                surface = stripped
                continue
            break
        if not surface:
            continue
        surface = surface.rstrip(".-")
        e = s + len(surface)
        key = name_key(surface)
        if len(key) < 2 or key in _NOT_NAMES or fold(surface) in STOPWORDS:
            continue
        if title_case and not all(w in inside for w in surface.split()):
            continue
        locative = bool(_LOCATIVE_BEFORE.search(folded, max(0, s - 30), s))
        out.append(NameMention(s, e, surface, key, _kind(folded, s, e, key), locative))
    return out


def _kind(folded: str, start: int, end: int, key: str) -> str:
    if key in PLACE_KEYS:
        return "place"
    if _HONORIFIC_BEFORE.search(folded, max(0, start - 12), start):
        return "person"
    if _ROLE_AFTER.match(folded, end):
        return "person"
    if _ROLE_BEFORE.search(folded, max(0, start - 60), start):
        return "person"
    return "organisation"


@dataclass
class NameIndex:
    """Every name of a corpus folded to one canonical key, with its display form and kind."""

    canonical: dict[str, str]
    display: dict[str, str]
    kind: dict[str, str]

    def resolve(self, key: str) -> str:
        """Return the canonical key for `key`."""
        return self.canonical.get(key, key)


def build_index(mentions: list[NameMention]) -> NameIndex:
    """Fold acronyms into the long names whose initials they are, and pick display forms."""
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    locative: Counter[str] = Counter()
    for m in mentions:
        surfaces[m.key][m.surface] += 1
        kinds[m.key][m.kind] += 1
        locative[m.key] += m.locative
    for key, counts in kinds.items():
        total = sum(counts.values())
        if counts["organisation"] and locative[key] >= LOCATIVE_SHARE * total:
            counts["place"] += counts.pop("organisation")
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, forms in surfaces.items():
        for form in forms:
            ini = initials(form)
            if ini:
                by_initials[ini].add(key)
    canonical: dict[str, str] = {}
    # "Nimbus Systems" is "Nimbus" when the corpus also names "Nimbus" alone.
    single = {k for k, forms in surfaces.items() if any(" " not in f for f in forms)}
    for key, forms in surfaces.items():
        for form in forms:
            first = name_key(form.split()[0]) if " " in form else ""
            if first and first != key and first in single and kinds[first]["organisation"]:
                canonical[key] = first
                break
    for key, forms in surfaces.items():
        if key in canonical:
            continue
        if any(f.isupper() and 2 <= len(f) <= 6 for f in forms) and len(by_initials[key]) == 1:
            target = next(iter(by_initials[key]))
            if target != key:
                canonical[key] = target
    display: dict[str, str] = {}
    kind: dict[str, str] = {}
    for key in surfaces:
        target = canonical.get(key, key)
        if target in display:
            continue
        merged: Counter[str] = Counter()
        merged_kinds: Counter[str] = Counter()
        for k in [target, *[k for k, t in canonical.items() if t == target]]:
            merged.update(surfaces[k])
            merged_kinds.update(kinds[k])
        # Show the canonical name as written ("Microsoft", not the "Microsoft Azure" folded
        # into it), spelled out rather than as an acronym.
        own = surfaces.get(target, merged)
        long_forms = [f for f in own if not f.isupper()] or [f for f in merged if not f.isupper()]
        best = max(long_forms or list(merged), key=lambda f: (merged[f], -len(f)))
        display[target] = _LEADING_ARTICLES.sub("", best)
        kind[target] = "person" if merged_kinds["person"] else merged_kinds.most_common(1)[0][0]
    return NameIndex(canonical=canonical, display=display, kind=kind)
