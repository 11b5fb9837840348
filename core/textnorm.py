"""Text folding and tokens shared by every stage: accents, case, apostrophes, stopwords."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'’ʼ`´"
WORD_RE = re.compile(r"[^\W_](?:[^\W_]|['’\-](?=[^\W_]))*", re.UNICODE)
"""A word: letters and digits, with inner apostrophes and hyphens."""

_ELISION_RE = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.I)

STOPWORDS_FR = frozenset(
    """
        a à au aux avec ce ces cet cette ceci cela ça comme dans de des du elle elles en
        entre et être est été était étaient eux il ils je la le les leur leurs lui ma mais
        me même mes moi mon ne ni nos notre nous on ou où par pas pour plus qu que qui sa
        sans se ses si son sont sur ta te tes toi ton tous tout toute toutes tu un une vos
        votre vous y ont avait avaient sera seront fait faire peut doit aussi très bien
        encore déjà ainsi alors donc dont lors puis après avant depuis chez vers selon sous
        afin car tandis quand comment pourquoi quel quelle quels quelles avoir celui
        celle ceux celles dès jusqu lequel laquelle lesquels duquel auquel non oui
    """.split()
)
STOPWORDS_EN = frozenset(
    """
        a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each
        few for from further had has have having he her here hers herself him himself his
        how i if in into is it its itself just me more most my myself no nor not now of off
        on once only or other our ours out over own same she should so some such than that
        the their theirs them then there these they this those through to too under until up
        very was we were what when where which while who whom why will with would you your
        yours said says say according it's
    """.split()
)
GENERAL_WORDS = frozenset(
    """
    jamais toujours souvent parfois cependant pourtant toutefois néanmoins également aussi encore
    déjà ainsi alors donc enfin ensuite puis surtout notamment vraiment clairement simplement
    seulement plutôt bientôt environ près moins autre autres chaque plusieurs certains certaines
    nouveau nouvelle nouveaux nouvelles grand grande grands grandes petit petite premier première
    dernier dernière derniers dernières important importante importants importantes même mêmes
    selon contre pendant durant depuis avant après sans sous vers hier aujourd'hui demain
    monde fois partie cas façon manière point côté niveau cadre question questions demande
    faire fait font dit dire peut peuvent pourrait doit doivent semble semblent reste restent
    permet permettra devient devenir rendre mettre prendre voir venir aller donner trouver
    however also still often never always already just even yet really clearly simply only
    rather soon about nearly other others each several certain new first last big large small
    same against during since before after without under toward yesterday today
    tomorrow world time times part case way side level make made said
    says can could must seems remains allows become becomes take see come give find well
    second third fourth deuxième troisième quatrième commenter comment comments commentaire
    annoncé annonce annoncer announced announce indiqué indiquer expliqué ajouté added
    souhaité souhaiter refusé refuser declined respond request according
    prévu prévue prévoit expected expects plans devrait will would should
    """.split()
)


def fold_text(text: str) -> str:
    """Return `text` folded as `fold` folds it, without keeping the result: for whole
    articles, which `fold`'s cache would hold (and their folded copies) for the process's
    life."""
    return unicodedata.normalize("NFKD", text).translate(_FOLD_TABLE).casefold()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return `text` lowercased, without accents, with typographic apostrophes made plain
    (words and phrases read again and again: the results are kept)."""
    return fold_text(text)


class _FoldTable(dict[int, int | None]):
    """str.translate table, filled as characters are met: combining marks dropped, typographic
    apostrophes made plain, every other character kept."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        mapped = None if unicodedata.combining(ch) else ord("'") if ch in APOSTROPHES else code
        self[code] = mapped
        return mapped


_FOLD_TABLE = _FoldTable()


_ALL_STOPWORDS = STOPWORDS_FR | STOPWORDS_EN | GENERAL_WORDS
STOPWORDS = _ALL_STOPWORDS | frozenset(fold(w) for w in _ALL_STOPWORDS)
"""Function words and very common words of French and English, accented and folded."""


ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
"""Zero-width space, non-joiner, joiner, word joiner and byte-order mark: invisible characters
that may sit inside a number or between words."""
ZERO_WIDTH_FOLDED = "\u200b"
"""What `fold_same_length` writes for every zero-width character: one placeholder to skip."""


class _SameLengthTable(dict[int, str]):
    """str.translate table of `fold_same_length`, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in ZERO_WIDTH:
            mapped = ZERO_WIDTH_FOLDED
        else:
            f = fold(ch)
            mapped = f if len(f) == 1 else (f[:1] or " ")
        self[code] = mapped
        return mapped


_SAME_LENGTH_TABLE = _SameLengthTable()


def fold_same_length(text: str) -> str:
    """Return a folded copy of `text` with exactly one character per input character.

    Offsets found in the copy are valid in the original, which is what the extractors need.
    Every zero-width character becomes ZERO_WIDTH_FOLDED.
    """
    return text.translate(_SAME_LENGTH_TABLE)


def words(text: str) -> list[tuple[str, int, int]]:
    """Return the words of `text` with their offsets."""
    return [(m.group(0), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def strip_elision(word: str) -> str:
    """Return a French word without its elided article or pronoun ("l'accord" -> "accord")."""
    return _ELISION_RE.sub("", word)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a crude stem of a folded word, enough to match plurals and common endings."""
    w = strip_elision(fold(word))
    for suffix in ("ements", "ement", "ations", "ation", "ments", "ment", "ions", "ion", "ies"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    if len(w) > 4 and w[-1] in "sx":
        w = w[:-1]
    if len(w) > 4 and w[-1] in "ey":
        w = w[:-1]
    return w


_NUM_SEP_RE = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)")
_DEC_COMMA_RE = re.compile(r"(?<=\d),(?=\d)")
_NON_WORD_RE = re.compile(r"[^\w.%$€£]+")


def number_safe(text: str) -> str:
    """Return `text` folded for fuzzy matching without breaking numbers.

    "4,5 GW" becomes "4.5 gw" and "4 500" becomes "4500", where a generic normaliser would give
    "4 5 gw" and "4 500", making different figures look alike.
    """
    t = fold(text)
    t = _NUM_SEP_RE.sub("", t)
    t = _DEC_COMMA_RE.sub(".", t)
    t = _NON_WORD_RE.sub(" ", t)
    return " ".join(t.split())
