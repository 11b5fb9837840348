"""The key a counted noun is compared by: its lemma (simplemma, loaded on first use), folded
across French and English through the groups of `count_words` ("personnes", "people" ->
"person")."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .count_words import COUNT_KEYS
from .textnorm import fold

_LEMMATIZE: list[Any] = []


def _lemma(word: str, lang: str) -> str:
    # simplemma loads a dictionary per language (about 0.15 s and 20 MB each) on first use,
    # so it is imported only when a count is found, never when dealview starts.
    if not _LEMMATIZE:
        try:
            from simplemma import lemmatize
        except ImportError:  # pragma: no cover - simplemma is a dependency
            _LEMMATIZE.append(None)
        else:
            _LEMMATIZE.append(lemmatize)
    lemmatize = _LEMMATIZE[0]
    if lemmatize is None:  # pragma: no cover
        return word
    try:
        return str(lemmatize(word, lang=lang))
    except (ValueError, KeyError):  # pragma: no cover - an unknown language
        return word


@lru_cache(maxsize=16384)
def count_key(word: str, lang: str) -> str:
    """Return the key of a counted noun: "salariés" -> "employee", "houses" -> "house".

    The word's group in `count_words.COUNT_GROUPS` when it or its lemma has one, else its
    folded lemma ("ambulances" -> "ambulance").
    """
    folded = fold(word)
    if folded in COUNT_KEYS:
        return COUNT_KEYS[folded]
    lemma = fold(_lemma(word.lower(), "en" if lang == "en" else "fr"))
    return COUNT_KEYS.get(lemma, lemma)
