"""Finding names of organisations, people and places, and folding their aliases into one key.

"Open AI" and "OpenAI" share the key "openai"; "The Wall Street Journal" and "Wall Street
Journal" share "wallstreetjournal", and "WSJ" is folded into it when the corpus names the
long form. Only general rules and general word lists are used: no name is known in advance.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from .calendar_words import MONTHS_FULL, WEEKDAYS
from .gazetteer import NATIONALITY_ADJECTIVES, PLACE_KEYS
from .name_words import (
    FAMILY_WORDS,
    FIRST_NAMES,
    GENERIC_HEADS,
    LEGAL_FORMS,
    ORDINARY_CAPITALISED,
    ORG_SUFFIXES,
    PERSON_TITLES,
    VERBS_AFTER_NAME,
)
from .textnorm import STOPWORDS, fold

_TOKEN = r"(?:[A-ZÀ-ÝŒ][\w&]*(?:[-.][A-Za-zÀ-ÿ0-9]\w*)*)"
_CONNECTOR = r"(?:\s+(?:de|du|des|of|the|&|for)\s+|\s+|-)"
_DIGIT_LED = r"(?:\d{1,2}[A-Z][A-Za-z]?\s+(?=[A-Z]))"
"""A short token of digits and capitals that opens a longer name ("3M Company")."""
NAME_RE = re.compile(rf"(?<![^\W\d_])(?<![\d.,]){_DIGIT_LED}?{_TOKEN}(?:{_CONNECTOR}{_TOKEN})*")
_AFTER_POSSESSIVE = re.compile(
    r"(?<![a-z])(?:son|sa|ses|leur|leurs|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|his|her|its|"
    r"their|our|your|my)\s+$"
)
"""A possessive determiner right before a capitalised word: no name follows it."""
_LEADING_ARTICLES = re.compile(r"^(?:the|le|la|les|l')\s+", re.I)
_DESIGNATORS = (
    frozenset(
        """
        project projet projets groupe group company compagnie inc corp corporation sa sas
        ltd llc plc ag gmbh holding holdings
    """.split()
    )
    | LEGAL_FORMS
)
_NOT_NAMES = frozenset(
    """
        ia ai pdg ceo cfo cto coo faq gw mw kw tw gwh twh usd eur md mds m k ok tv pib gdp
        etat etats lune terre internet web bourse ete printemps automne hiver oui non
        mme mmes mlle mr mrs ms dr pr mister madame
        monsieur i ii iii iv v vi cloud data q t french american british english german chinese
        japanese european italian spanish indian russian korean canadian australian swiss dutch
        belgian african asian arab israeli iranian ukrainian brazilian mexican
    """.split()
) | frozenset({*MONTHS_FULL, *WEEKDAYS})
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
_ORDINARY = ORDINARY_CAPITALISED - PLACE_KEYS
_POSSESSIVE_NAME_RE = re.compile(rf"['’]s\s+(?P<rest>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})")
_POSSESSIVE_END = re.compile(r"['’]s$")
_DERIVED_WORD = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ite|ance|ence|isme|ism|ists|istes)$")
_PARTICIPLE = re.compile(r"\s+\S*(?:é|ée|és|ées|u|us|is|it|int|ert|uit|ait)\b")
_VERB_AFTER_RE = re.compile(
    r"(?:\s*,[^,]{1,60},)?\s+(?:n'|ne\s+|s'|se\s+|l'|y\s+)?(?P<verb>[a-z]+)\b"
)
_FAMILY_BEFORE = re.compile(
    rf"\b(?:sa|son|ses|leur|his|her|their|its|la|le|l')\s*(?:{FAMILY_WORDS})\s*,\s+$"
)
_DATELINE_CREDIT_BEFORE = re.compile(r"(?:\d|\b[A-Z]{2,})\s*\($")
_DATELINE_CREDIT_AFTER = re.compile(r"\)\s*[-–—]")
_AGE_AFTER = re.compile(
    r"\s*,\s+(?:\d{1,3}\s*ans\b(?!\s+(?:apres|plus|avant|auparavant|de|d'|durant|pendant))"
    r"|aged\s+\d{1,3}\b|\d{1,2}\s*,)"
)
"""After a name, an age: "Fatima, 47 ans", "Jane Roe, aged 71", "Jane Roe, 44, said"."""
_HEADLINE_LABEL_AFTER = re.compile(r"\s+[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,2}\s?:(?!\d)")
"""After a headline's first word, lower-case words and a colon: "Rail strike: …"."""
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&]{1,9})\)")
"""An acronym in parentheses after a name: "l'Institut national de géophysique (ING)"."""
_ADJECTIVE_AFTER_HEAD = re.compile(
    r"(?:\s+[a-zà-ÿ]+(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|ique|iques"
    r"|aire|aires|ée|ées|éen|éenne|éens|éennes|ieur|ieure|ieurs|ieures|if|ive|ifs|ives|ain"
    r"|aine|ains|aines|ral|rale|raux|rales)\b){1,3}"
)
"""French adjectives after a generic head: "Forces armées royales", "Banque centrale"."""
_GAP_STOP_WORDS = frozenset(
    """
    a ont est sont etait sera avait has have is was are were will said says qui que dont
    which who that pour with avec selon by par apres after avant before
    """.split()
)
"""Words that cannot stand inside an institution's long name: its gap to an acronym holding
one of them is a clause ("Acme a racheté la société nationale de transport (SNT)")."""
_SPLIT_OF_RE = re.compile(r"\s+(?:of|de|du|des|at|chez)\s+")


_WORD_RUN = re.compile(r"(?<![\w'’-])[\w-]+")
"""A whole word of an article, hyphenated words whole, not after an apostrophe."""


@lru_cache(maxsize=4)
def _words_of(text: str) -> frozenset[str]:
    """Return the whole words of an article as written, found once per article."""
    return frozenset(_WORD_RUN.findall(text))


def _written_in_lower_case(text: str, word: str) -> bool:
    """Return whether `word` is written in lower case somewhere in `text`: "sales" there means
    "Sales" opening a sentence is the ordinary word."""
    lower = word.lower()
    if lower == word:
        return False
    if "." in lower or "&" in lower:  # "s.a.", "at&t": not one run of word characters
        return bool(re.search(rf"(?<![\w'’-]){re.escape(lower)}(?![\w-])", text))
    return lower in _words_of(text)


def _opens_as_name(text: str, folded: str, word: str, end: int, stop: int) -> bool:
    """Return whether a lone capitalised word opening a sentence is a name: followed by a verb
    of a subject ("Renault a gagné", "Renault said") or a possessive ("Renault's"), never
    written in lower case in the article, and no ordinary word."""
    f = fold(word)
    if len(word) < 3 or f in _ORDINARY or f in STOPWORDS or f in _NOT_NAMES:
        return False
    if _DERIVED_WORD.search(f) or _written_in_lower_case(text, word):
        return False
    if text.startswith(("'s ", "’s "), end):
        return True
    m = _VERB_AFTER_RE.match(folded, end, stop)
    if m is None or m.group("verb") not in VERBS_AFTER_NAME:
        return False
    # French "a" is "has" only before a participle ("Renault a gagné", not "Running a race").
    return m.group("verb") != "a" or bool(_PARTICIPLE.match(text, m.end(), stop))


_LOCATIVE_BEFORE = re.compile(
    r"(?<!confirme )(?<!declare )(?<!indique )(?<!precise )(?<!explique )(?<!affirme )"
    r"(?<!annonce )(?<!vendu )(?<!cede )(?<!confie )(?<!propose )(?<!demande )(?<!repondu )"
    r"(?:\ba|\bin|\bnear|\bpres de|\ben)\s+$"
    r"|\b(?:province|region|prefecture|departement|commune|ville|village|vallee|massif"
    r"|localite|wilaya|county|district|city|town|state|region|province|coast|iles?"
    r"|islands?|aeroport|gare)\s+(?:de\s+(?:la\s+|l')?|d'|du\s+|des\s+|of\s+(?:the\s+)?)$"
    r"|\b(?:au large|au sud|au nord|a l'est|a l'ouest|au sud-est|au sud-ouest|au nord-est"
    r"|au nord-ouest|au centre|aux environs|a proximite|non loin)\s+(?:de\s+(?:la\s+|l')?|d'"
    r"|du\s+|des\s+)$"
    r"|\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast"
    r"|northwest|southeast|southwest|outside|off the coast)\s+of\s+(?:the\s+)?$|\boff\s+$"
    r"|(?<!declare )(?<!ecrit )(?<!explique )(?<!publie )(?<!paru )(?<!parue )(?<!confie )"
    r"(?<!cite )(?<!indique )(?<!affirme )(?<!estime )(?<!interroge )\bdans\s+(?:le|la|les|l')\s*$"
)
_LOCATIVE_AFTER = re.compile(
    rf"\s+(?:{NATIONALITY_ADJECTIVES})\b"
    r"|\s*,\s+(?:au|a l'|dans le)\s+(?:sud|nord|est|ouest|centre|sud-est|sud-ouest|nord-est"
    r"|nord-ouest)\b|\s*,\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b"
)
"""After a name, a cue that it is a place: a nationality adjective ("le Haut Atlas
marocain") or its position ("X, au sud de Y", "X, north of Y")."""
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
    alias_of: str = ""
    """For an acronym in parentheses after a long name ("(ING)"), the long name's key."""

    def __post_init__(self) -> None:
        # One copy of each name's surface and key for the whole corpus (its names are
        # counted in hundreds of thousands, most of them repeats).
        object.__setattr__(self, "surface", sys.intern(self.surface))
        object.__setattr__(self, "key", sys.intern(self.key))


_KEY_SPLIT_RE = re.compile(r"[\s\-]+")
_KEY_DROP_RE = re.compile(r"[^0-9a-z&]")


@lru_cache(maxsize=8192)
def name_key(surface: str) -> str:
    """Return the alias-folded key of a name ("The Wall Street Journal" -> "wallstreetjournal")."""
    f = _LEADING_ARTICLES.sub("", fold(surface))
    parts = _KEY_SPLIT_RE.split(f)
    kept = [p for p in parts if p.strip(".") not in _DESIGNATORS]
    if kept and len(kept) < len(parts):
        parts = kept
    return _KEY_DROP_RE.sub("", "".join(parts))


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
        # Where the sentence's first word starts: a run of capitals after it is inside.
        opening = _OPENING_RE.match(text, start, end)
        first = opening.end() if opening else start
        for m in NAME_RE.finditer(text, start, end):
            if first < m.start():
                seen.update(tm.group(0) for tm in re.finditer(_TOKEN, m.group(0)))
    return seen


_OPENING_RE = re.compile("[ «\"“'(\u00a0\\-—–]*")
"""What may stand before a sentence's first word: spaces, quotes, a bracket, dashes."""


def find_names(
    text: str, folded: str, start: int, end: int, inside: set[str], title_case: bool = False
) -> list[NameMention]:
    """Return the names in the sentence `text[start:end]`.

    `inside` holds the capitalised words seen away from a sentence start in the same article: a
    sentence's first word counts as a name if it is among them, is written like no ordinary
    word ("OpenAI"), starts a longer name, or is followed by a subject's verb ("Renault a
    gagné"). In a Title-Case line no name is trusted unless it is among them. Ordinary
    capitalised words ("Selon", "Oct", "S2", "Mis") are never names; a title before a name
    ("Chief Executive Jane Roe") is left out and makes it a person's; "Jane Roe of Acme Group"
    is two names.
    """
    out: list[NameMention] = []
    first_word_start = start
    while first_word_start < end and not text[first_word_start].isalnum():
        first_word_start += 1
    consumed = start
    for m in NAME_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        if s < consumed:
            continue
        surface = m.group(0)
        # "McDonald's Corp", "Acme's Home Goods": a possessive inside a name that ends with
        # an organisation's word.
        poss = _POSSESSIVE_NAME_RE.match(text, e, end)
        if poss and fold(poss.group("rest").split()[-1]) in ORG_SUFFIXES:
            surface = text[s : poss.end()]
            e = poss.end()
        consumed = e
        titled = False
        # Drop leading tokens that are sentence starters or function words ("Selon", "Cependant").
        while True:
            tok = _FIRST_TOKEN_RE.match(surface)
            if not tok:
                break
            word = tok.group(0)
            f = fold(word)
            rest = surface[len(word) :]
            at_start = s == first_word_start or title_case
            shaped = any(ch.isupper() for ch in word[1:]) or (f in FIRST_NAMES and bool(rest))
            rest_words = rest.split()
            longer = bool(rest_words) and rest_words[0] not in inside
            base = _POSSESSIVE_END.sub("", word)
            title = f in PERSON_TITLES and bool(rest_words)
            place = name_key(surface) in PLACE_KEYS and not _LEADING_ARTICLES.match(f + " ")
            if not place and (
                f in STOPWORDS
                or f in _NOT_NAMES
                or title
                or (f in _ORDINARY and (at_start or not rest_words))
                or (
                    at_start
                    and base not in inside
                    and not shaped
                    and not longer
                    and not (
                        not rest_words and _opens_as_name(text, folded, word, s + len(word), end)
                    )
                )
            ):
                stripped = rest.lstrip()
                connector = _SPLIT_OF_RE.match(" " + stripped)
                if title and not connector:
                    titled = True
                if connector:  # "Journaliste de Radio Nord": the name is after the connector
                    titled = False
                    stripped = stripped[connector.end() - 1 :]
                if not stripped or not stripped[:1].isupper():
                    surface = ""
                    break
                s += len(surface) - len(stripped)
                surface = stripped
                continue
            break
        if not surface:
            continue
        if " " not in surface and _AFTER_POSSESSIVE.search(folded, max(start, s - 8), s):
            continue  # "son Prodige", "their Champions": a common noun given a capital
        surface = surface.rstrip(".-")
        if (
            s == first_word_start
            and " " not in surface
            and not any(ch.isupper() for ch in surface[1:])
            and _HEADLINE_LABEL_AFTER.match(text, s + len(surface), end)
            and not _seen_alone(text, surface)
        ):
            continue  # the first word of a headline's label, "Rail strike: …"
        if _DATELINE_CREDIT_BEFORE.search(text, max(start, s - 16), s) and (
            _DATELINE_CREDIT_AFTER.match(text, s + len(surface))
        ):
            continue  # the agency of a dateline, "March 3 (Newswire) -"
        for piece_start, piece, person in _pieces(s, surface):
            mention = _mention(
                text, folded, piece_start, piece, inside, title_case, titled or person
            )
            if mention is not None:
                out.append(mention)
    return _long_names(text, out, end)


def _seen_alone(text: str, word: str) -> bool:
    """Return whether `word` stands alone as a name inside a sentence of `text` (after a
    lower-case word or a comma, not before another capitalised word)."""
    pattern = rf"(?<=[a-zà-ÿ,;] ){re.escape(word)}(?![\w'’-])(?!\s+[A-ZÀ-Ý])"
    return re.search(pattern, text) is not None


def _acronym_fits(acronym: str, long_name: str) -> bool:
    """Return whether `acronym` may abbreviate `long_name`: written in capitals ("USGS", even
    for a name written in another language), or its letters are the name's initials in order
    ("Aslef" for "Associated Society of Locomotive Engineers and Firemen")."""
    letters = [ch for ch in acronym if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return True
    initials_ = iter(fold(w[0]) for w in re.split(r"[\s'’-]+", long_name) if w)
    return all(ch in initials_ for ch in fold(acronym))


_GAP_PUNCTUATION_RE = re.compile(r"[,.;:!?()«»\"“”\[\]]")
LONG_NAME_MAX_WORDS = 10
"""Most words between a name's first capitalised word and its acronym in parentheses."""


def _long_names(text: str, mentions: list[NameMention], end: int) -> list[NameMention]:
    """Return `mentions` with each institution's long name made whole.

    A name followed, within the same phrase, by an acronym in parentheses ("l'Institut
    national de géophysique (ING)") spans up to it, and the acronym is marked as its alias;
    a generic
    head followed by adjectives ("Forces armées royales") spans them. The names inside a long
    name (a place in "Institut d'études géologiques des États-Unis") are dropped.
    """
    out: list[NameMention] = []
    covered_to = -1
    acronym_at = (-1, "")
    for m in mentions:
        if m.start < covered_to:
            continue
        if m.start < acronym_at[0]:
            continue
        if m.start == acronym_at[0]:
            m = replace(m, alias_of=acronym_at[1], kind="organisation")
        found = _with_acronym(text, m, end)
        merged = found[0] if found else _with_adjectives(text, m, end)
        if merged is not None:
            covered_to = merged.end
            while out and out[-1].end > merged.start:  # the names inside it (they end last)
                out.pop()
            out.append(merged)
            if found:
                acronym_at = (found[1], merged.key)
        else:
            out.append(m)
    return out


_WORDS_AHEAD_RE = re.compile(rf"(?:\s*\S+){{0,{LONG_NAME_MAX_WORDS + 1}}}")


def _with_acronym(text: str, m: NameMention, end: int) -> tuple[NameMention, int] | None:
    """Return the long name that `m` opens, up to an acronym in parentheses, and where the
    acronym starts; None when the words between are not those of one name."""
    if m.kind != "organisation" or fold(m.surface.split()[0]) in FIRST_NAMES:
        return None
    # The acronym follows within LONG_NAME_MAX_WORDS words, or the gap is too long anyway:
    # look no further (a sentence may be endless).
    ahead = _WORDS_AHEAD_RE.match(text, m.end, end)
    paren = text.find("(", m.end, min(end, (ahead.end() if ahead else m.end) + 1))
    if paren == -1:
        return None
    acronym = _ACRONYM_AFTER.match(text, paren - 1 if text[paren - 1 : paren].isspace() else paren)
    if acronym is None:
        return None
    gap = text[m.end : acronym.start()]
    gap_words = [fold(w) for w in gap.replace("’", "'").split()]
    if (
        _GAP_PUNCTUATION_RE.search(gap)
        or len(gap_words) > LONG_NAME_MAX_WORDS
        or any(w in _GAP_STOP_WORDS or w in VERBS_AFTER_NAME for w in gap_words)
    ):
        return None
    long_end = acronym.start()
    while long_end > m.start and text[long_end - 1].isspace():
        long_end -= 1
    surface = text[m.start : long_end]
    if " " not in surface or not _acronym_fits(acronym.group("acr"), surface):
        return None
    long_name = NameMention(m.start, long_end, surface, name_key(surface), "organisation")
    return long_name, acronym.start("acr")


def _with_adjectives(text: str, m: NameMention, end: int) -> NameMention | None:
    if " " in m.surface or fold(m.surface) not in GENERIC_HEADS:
        return None
    adjectives = _ADJECTIVE_AFTER_HEAD.match(text, m.end, end)
    if adjectives is None:
        return None
    surface = text[m.start : adjectives.end()]
    return NameMention(m.start, adjectives.end(), surface, name_key(surface), m.kind, m.locative)


def _pieces(start: int, surface: str) -> list[tuple[int, str, bool]]:
    """Split "Jane Roe of Acme Group" (a person's name, then "of", "de", "at", "chez") in two;
    the flag says the piece is a person's name."""
    first = surface.split(maxsplit=1)[0]
    split = _SPLIT_OF_RE.search(surface)
    if split is None:
        return [(start, surface, False)]
    left = surface[: split.start()].split()
    right_last = fold(surface.split()[-1])
    person_left = fold(first) in FIRST_NAMES or (
        right_last in ORG_SUFFIXES
        and 2 <= len(left) <= 3
        and not any(fold(w) in ORG_SUFFIXES for w in left)
    )
    if not person_left:
        return [(start, surface, False)]
    return [
        (start, surface[: split.start()], True),
        (start + split.end(), surface[split.end() :], False),
    ]


def _mention(
    text: str,
    folded: str,
    s: int,
    surface: str,
    inside: set[str],
    title_case: bool,
    titled: bool,
) -> NameMention | None:
    e = s + len(surface)
    key = name_key(surface)
    if len(key) < 2 or key in _NOT_NAMES or fold(surface) in STOPWORDS:
        return None
    if title_case and not all(_POSSESSIVE_END.sub("", w) in inside for w in surface.split()):
        return None
    locative = bool(
        _LOCATIVE_BEFORE.search(folded, max(0, s - 30), s) or _LOCATIVE_AFTER.match(folded, e)
    )
    kind = "person" if titled and key not in PLACE_KEYS else _kind(folded, s, e, key, surface)
    return NameMention(s, e, surface, key, kind, locative)


def _kind(folded: str, start: int, end: int, key: str, surface: str = "") -> str:
    if key in PLACE_KEYS:
        return "place"
    if _HONORIFIC_BEFORE.search(folded, max(0, start - 12), start):
        return "person"
    if _ROLE_AFTER.match(folded, end):
        return "person"
    if _ROLE_BEFORE.search(folded, max(0, start - 60), start):
        return "person"
    if _FAMILY_BEFORE.search(folded, max(0, start - 30), start):
        return "person"
    if _AGE_AFTER.match(folded, end):
        return "person"
    words = surface.split()
    if len(words) == 1 and key in FIRST_NAMES:
        return "person"  # a first name alone ("Fatima a raconté…")
    if 2 <= len(words) <= 4 and fold(words[0]) in FIRST_NAMES:
        last = fold(words[-1]).strip(".")
        if last not in ORG_SUFFIXES and last not in _DESIGNATORS:
            return "person"
    return "organisation"


def _person_like(
    full: str,
    forms: Counter[str],
    kinds: dict[str, Counter[str]],
    counts: dict[str, int],
    last: str,
) -> bool:
    """Return whether the multi-word name `full`, whose last word `last` is also named alone,
    is a person's: some mention says so, it starts with a first name, or its last word alone
    is used at least as often as its first word alone."""
    if kinds[full]["person"] or kinds[last]["person"]:
        return True
    words = max(forms, key=lambda f: forms[f]).split()
    if fold(words[0]) in FIRST_NAMES:
        return True
    if any(fold(w) in ORG_SUFFIXES or fold(w) in _DESIGNATORS for w in words):
        return False
    return counts.get(last, 0) >= counts.get(name_key(words[0]), 0) and counts.get(last, 0) > 1


def _root(canonical: dict[str, str], key: str) -> str:
    seen = {key}
    while key in canonical and canonical[key] not in seen:
        key = canonical[key]
        seen.add(key)
    return key


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
    # "(ING)" after "l'Institut national de géophysique": the acronym names that body, unless
    # the corpus gives it to two different long names.
    aliases: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.alias_of and m.alias_of != m.key:
            aliases[m.key].add(m.alias_of)
    for key, targets in aliases.items():
        if len(targets) == 1:
            canonical[key] = next(iter(targets))
    single = {k for k, forms in surfaces.items() if any(" " not in f for f in forms)}
    mentions_of = {k: sum(forms.values()) for k, forms in surfaces.items()}
    # "Jane Roe" is the "Roe" named alone: a person is named again by the last word of the
    # name (unless two names of the corpus end with it), an organisation by its first.
    by_last: dict[str, set[str]] = defaultdict(set)
    for key, forms in surfaces.items():
        for form in forms:
            words = form.split()
            if 2 <= len(words) <= 3:
                by_last[name_key(words[-1])].add(key)
    for last, keys in by_last.items():
        if len(keys) != 1 or last not in single or last in PLACE_KEYS:
            continue
        full = next(iter(keys))
        if full == last or not _person_like(full, surfaces[full], kinds, mentions_of, last):
            continue
        canonical[last] = full
        kinds[full]["person"] += 1
    # "Nimbus Systems" is "Nimbus" when the corpus also names "Nimbus" alone.
    for key, forms in surfaces.items():
        if key in canonical or kinds[key]["person"]:
            continue
        for form in forms:
            first = name_key(_POSSESSIVE_END.sub("", form.split()[0])) if " " in form else ""
            if first in GENERIC_HEADS:
                continue  # "Institut national …" is not any "Institut"
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
    # Fold through every hop: "Acme Helicopters" -> "Acme" -> the "Acme SE" of the corpus.
    canonical = {key: _root(canonical, key) for key in canonical}
    canonical = {key: target for key, target in canonical.items() if key != target}
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
