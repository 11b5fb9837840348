"""Sources named by a common noun: "la police", "union officials", "une source policière", "le
ministère de l'Intérieur". Each is read into a short, language-independent key ("police",
"union", "ministry of the interior") from the tables of `source_words`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import NameMention
from .source_words import (
    ADJECTIVE_ENDINGS,
    ARTICLES,
    BODIES,
    DETERMINERS,
    MINISTRY,
    MODIFIERS,
    PORTFOLIOS,
    PREPOSITIONS,
    QUALIFIERS,
    SPEAKER_DEFAULTS,
    SPEAKERS,
)

_TOKEN_RE = re.compile(r"[a-z]{1,2}'|[a-z0-9]+(?:-[a-z0-9]+)*")
"""A folded word; an elided article ("l'", "d'") is a word of its own."""

_LONGEST_BODY = max(len(k) for k in BODIES)
_LONGEST_PORTFOLIO = max(len(k) for k in PORTFOLIOS)
MAX_WORDS = 9
"""The longest source phrase read, in words ("un porte-parole du ministère de l'Intérieur")."""


@dataclass(frozen=True)
class SourceNoun:
    """A source named by a common noun: its span (with its determiner), the span shown (without
    it), and its key."""

    start: int
    end: int
    shown_start: int
    key: str


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    word: str


def tokens(folded: str, start: int, limit: int, count: int = MAX_WORDS) -> list[_Tok]:
    """Return up to `count` words of `folded` from `start`, stopping at punctuation or `limit`."""
    out: list[_Tok] = []
    pos = start
    for m in _TOKEN_RE.finditer(folded, start, limit):
        if folded[pos : m.start()].strip():
            break
        out.append(_Tok(m.start(), m.end(), m.group(0)))
        pos = m.end()
        if len(out) >= count:
            break
    return out


def _match(table: dict[tuple[str, ...], str], toks: list[_Tok], i: int, longest: int) -> int:
    """Return how many words from `toks[i]` form a phrase of `table` (0 when none)."""
    for n in range(min(longest, len(toks) - i), 0, -1):
        if tuple(t.word for t in toks[i : i + n]) in table:
            return n
    return 0


def _is_adjective(word: str) -> bool:
    return word in QUALIFIERS or word in MODIFIERS or word.endswith(ADJECTIVE_ENDINGS)


def _name_at(names: list[NameMention], pos: int, places: bool = False) -> NameMention | None:
    for n in names:
        if n.start == pos and (places or n.kind != "place"):
            return n
    return None


def _name_over(names: list[NameMention], start: int, end: int) -> NameMention | None:
    for n in names:
        if n.start < end and start < n.end:
            return n
    return None


def _complement(
    toks: list[_Tok], i: int, names: list[NameMention], resolve: dict[str, str]
) -> tuple[int, str | None, str | None]:
    """Read "de la police", "du ministère", "of the union", "de Renault" at `toks[i]`.

    Return (words read, key of a body or name ("" for a place), portfolio).
    """
    if i >= len(toks) or toks[i].word not in PREPOSITIONS:
        return 0, None, None
    j = i + 1
    if j < len(toks) and toks[j].word in ARTICLES:
        j += 1
    if j >= len(toks):
        return 0, None, None
    n = _match(PORTFOLIOS, toks, j, _LONGEST_PORTFOLIO)
    if n:
        return j + n - i, None, PORTFOLIOS[tuple(t.word for t in toks[j : j + n])]
    n = _match(BODIES, toks, j, _LONGEST_BODY)
    if n:
        key = BODIES[tuple(t.word for t in toks[j : j + n])]
        if key == MINISTRY:
            read, _, portfolio = _complement(toks, j + n, names, resolve)
            if portfolio:
                return j + n + read - i, f"{MINISTRY} of {portfolio}", None
        return j + n - i, key, None
    name = _name_at(names, toks[j].start, places=True)
    if name is not None:
        k = j
        while k < len(toks) and toks[k].start < name.end:
            k += 1
        # A place says where a body sits ("le parquet de Paris"), not whom it is.
        return k - i, "" if name.kind == "place" else resolve.get(name.key, name.key), None
    return 0, None, None


def _parse_from(
    toks: list[_Tok], head: int, names: list[NameMention], resolve: dict[str, str]
) -> tuple[int, str] | None:
    """Read a source phrase whose first word is `toks[0]` and whose head noun is `toks[head]`
    (the words before it are a determiner and modifiers). Return (words read, key)."""
    first = 1 if toks[0].word in DETERMINERS else 0
    if head < first:
        return None
    premods = toks[first:head]
    qualifier: str | None = None
    portfolio: str | None = None
    named: str | None = None
    for t in premods:
        name = _name_at(names, t.start)
        if t.word in QUALIFIERS:
            qualifier = QUALIFIERS[t.word]
        elif (t.word,) in BODIES:
            qualifier = BODIES[(t.word,)]
        elif (t.word,) in PORTFOLIOS:
            portfolio = PORTFOLIOS[(t.word,)]
        elif name is not None:
            named = qualifier = resolve.get(name.key, name.key)
        elif t.word not in MODIFIERS:
            return None
    n = _match(BODIES, toks, head, _LONGEST_BODY)
    speaker = n == 0 and (toks[head].word in SPEAKERS or toks[head].word in SPEAKER_DEFAULTS)
    if not n and not speaker:
        return None
    body = BODIES[tuple(t.word for t in toks[head : head + n])] if n else None
    end = head + (n or 1)
    # The head inside a longer proper name is that name's ("l'Union européenne", "Metropolitan
    # Police"), except a ministry, whose portfolio keys it.
    over = _name_over(names, toks[head].start, toks[end - 1].end)
    name_outside = over is not None and (
        over.start < toks[head].start or over.end > toks[end - 1].end
    )
    while end < len(toks) and _is_adjective(toks[end].word):
        qualifier = QUALIFIERS.get(toks[end].word, qualifier)
        end += 1
    apposed = _name_at(names, toks[end].start) if end < len(toks) else None
    read, of_key, of_portfolio = _complement(toks, end, names, resolve)
    if body == MINISTRY:
        portfolio = of_portfolio or portfolio
        end += read if of_portfolio else 0
        if portfolio is None and name_outside:
            return None
        return end, f"{MINISTRY} of {portfolio}" if portfolio else MINISTRY
    if name_outside:
        return None
    if body is not None:
        if named is not None:
            return end, named  # "the RMT union", "les syndicats CGT": the name says which one
        if apposed is not None and premods == []:
            # "le syndicat Unité", "the union Unite": the name says which one.
            k = end
            while k < len(toks) and toks[k].start < apposed.end:
                k += 1
            return k, resolve.get(apposed.key, apposed.key)
        return end + (read if of_key is not None else 0), body
    # A speaker or a paper speaks for the body beside it.
    if of_key:
        return end + read, of_key
    if of_portfolio is not None:
        return end + read, f"{MINISTRY} of {of_portfolio}"
    if qualifier == MINISTRY and portfolio is not None:
        return end, f"{MINISTRY} of {portfolio}"
    if qualifier is not None:
        return end, qualifier
    default = SPEAKER_DEFAULTS.get(toks[head].word)
    return (end, default) if default else None


def parse_source(
    folded: str,
    start: int,
    limit: int,
    names: list[NameMention],
    resolve: dict[str, str],
    end_at: int | None = None,
) -> SourceNoun | None:
    """Return the source named by a common noun at `folded[start:]`, or None.

    With `end_at`, only a phrase ending there counts (a subject just before its verb: "union
    officials" in "union officials said"); otherwise the longest phrase is read.
    """
    toks = tokens(folded, start, limit)
    if not toks or toks[0].start != start:
        return None
    best: tuple[int, str] | None = None
    for head in range(min(len(toks), 5)):
        got = _parse_from(toks, head, names, resolve)
        if got is None:
            continue
        if end_at is not None:
            if toks[got[0] - 1].end == end_at:
                best = got
                break
        elif best is None or got[0] > best[0]:
            best = got
    if best is None:
        return None
    first = 1 if toks[0].word in DETERMINERS and len(toks) > 1 else 0
    return SourceNoun(start, toks[best[0] - 1].end, toks[first].start, best[1])


def source_before(
    folded: str,
    floor: int,
    at: int,
    names: list[NameMention],
    resolve: dict[str, str],
) -> SourceNoun | None:
    """Return the source named by a common noun that ends at `at` (the subject of a verb there),
    reading back no further than `floor`; the longest such phrase wins."""
    stop = at
    while stop > floor and folded[stop - 1].isspace():
        stop -= 1
    window = max(floor, stop - 90)
    starts = [m.start() for m in _TOKEN_RE.finditer(folded, window, stop)]
    # Only words after the last punctuation can belong to the subject.
    starts = [s for s in starts if not re.search(r"[^\w\s'-]", folded[s:stop])]
    if starts and starts[0] == window and window > floor and folded[window - 1].isalnum():
        starts = starts[1:]
    for s in starts[-MAX_WORDS:]:
        found = parse_source(folded, s, stop, names, resolve, end_at=stop)
        if found is not None:
            return found
    return None
