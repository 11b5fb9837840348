"""Language identification for the languages dealview supports (French and English).

A stopword vote: on whole news articles it is as reliable as a statistical detector for two
languages, and it costs microseconds where lingua-language-detector takes 350 ms to load.
"""

from __future__ import annotations

from functools import lru_cache

from .textnorm import WORD_RE, fold

SUPPORTED = ("fr", "en")

_MARKERS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """
            le la les des du de et est une un dans pour que qui avec sur par au aux ce
            cette il elle pas ne ses son sa été plus selon mais ont sont leur entre
        """.split()
    ),
    "en": frozenset(
        """
            the of and to in is that for with on as by was are it this from an be has
            have said its at which will were their would been but not
        """.split()
    ),
}


def detect_language(text: str, sample: int = 4000) -> str:
    """Return 'fr' or 'en' for the language `text` is written in, or 'und' when unclear."""
    counts = dict.fromkeys(SUPPORTED, 0)
    for w in WORD_RE.findall(text[:sample]):
        for lang in _marks(w):
            counts[lang] += 1
    best = max(counts, key=lambda k: counts[k])
    total = sum(counts.values())
    if total < 3 or counts[best] < 0.6 * total:
        return "und"
    return best


@lru_cache(maxsize=65536)
def _marks(word: str) -> tuple[str, ...]:
    """The languages whose marker words hold `word` (folded), usually none or one."""
    f = fold(word)
    return tuple(lang for lang, markers in _MARKERS.items() if f in markers)
