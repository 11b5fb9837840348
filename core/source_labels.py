"""Short names for sources: what a reader calls an article on screen instead of its file name.

A label is the outlet the article's metadata names (an HTML page's site name, or the host of its
address), else its title, else its file name; one line, no control or formatting character, no
markup, at most `LABEL_MAX` terminal cells. Metadata and titles are untrusted text: labels are
plain strings meant for `Text`/`Content` objects, never for markup.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from itertools import pairwise
from urllib.parse import urlsplit

from .models import Article
from .shown_names import shown_name

LABEL_MAX = 24
"""Most terminal cells a label takes: it must fit a pane header at 80 columns."""

OUTLET_KEYS = ("sitename", "site_name", "og:site_name", "publisher", "outlet")
"""Metadata keys that name the outlet that published the article (`sitename` is what the HTML
reader keeps). `source` is not one: a "Source : Techcrunch" line credits another outlet."""

_TAG_RE = re.compile(r"<[^<>]{0,200}>")
_ESCAPE_RE = re.compile(
    r"\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]"  # CSI: colours, cursor moves, clear screen
    r"|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?"  # OSC: window title, clipboard
    r"|\x9b[0-?]{0,32}[ -/]{0,8}[@-~]"  # CSI in one C1 byte
)
"""Terminal escape sequences, removed whole from a label (not only their ESC byte)."""
_SPACE_RE = re.compile(r"\s+")
_ELLIPSIS = "…"


def clean_label_text(text: str) -> str:
    """Return untrusted metadata text as one plain line: terminal escape sequences and HTML
    tags removed whole, control, formatting (zero-width, bidi) and line-break characters
    removed, spaces collapsed."""
    text = _TAG_RE.sub(" ", _ESCAPE_RE.sub("", text[:2000]))
    kept: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Zl", "Zp") or ch in "\t\n\r\f\v":
            kept.append(" ")
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    return _SPACE_RE.sub(" ", "".join(kept)).strip()


def cells(text: str) -> int:
    """Return how many terminal cells `text` takes (wide East Asian characters take two;
    combining marks none)."""
    return sum(_cell(ch) for ch in text)


def _cell(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def shorten(text: str, budget: int = LABEL_MAX) -> str:
    """Return `text` cut to at most `budget` cells, at a word boundary when one is near, with
    "…" saying that it was cut. Text that fits comes back unchanged."""
    if cells(text) <= budget:
        return text
    if budget <= 1:
        return _ELLIPSIS[:budget]
    room = budget - 1
    out: list[str] = []
    used = 0
    for ch in text:
        width = _cell(ch)
        if used + width > room:
            break
        out.append(ch)
        used += width
    cut = "".join(out)
    if not text[len(cut) : len(cut) + 1].isspace():  # the cut falls inside a word
        head, space, _ = cut.rpartition(" ")
        if space and cells(head) >= room // 2:
            cut = head
    return cut.rstrip(" ,;:.-–—|·") + _ELLIPSIS


def outlet_name(article: Article) -> str | None:
    """Return the outlet the article's metadata names (its site name, else the host of its
    address without "www."), cleaned; None when the metadata names none."""
    for key in OUTLET_KEYS:
        value = clean_label_text(article.metadata.get(key, ""))
        if value:
            return value
    url = article.metadata.get("url", "")
    if url:
        try:
            host = urlsplit(clean_label_text(url)).hostname or ""
        except ValueError:
            host = ""
        host = host.removeprefix("www.")
        if host:
            return host
    return None


def source_label(article: Article, budget: int = LABEL_MAX) -> str:
    """Return a short name for the article: the outlet its metadata names, else its title,
    else its file name; one clean line of at most `budget` cells."""
    for candidate in (outlet_name(article), clean_label_text(article.title)):
        if candidate:
            return shorten(candidate, budget)
    return shorten(clean_label_text(shown_name(article.id)) or "?", budget)


def source_labels(articles: Iterable[Article], budget: int = LABEL_MAX) -> dict[str, str]:
    """Return a label for each article id, unique among `articles` and told apart by its words:
    titles that start alike ("Acme rachète Borel…", "Acme à Lyon…") are named from the
    words after the start they share ("Rachète Borel…", "Lyon : 400 emplois…"); a label two
    articles still share gets " (2)", " (3)"… on its later ones ("Le Monde", "Le Monde (2)"),
    still within `budget` cells."""
    articles = list(articles)
    titled = {
        a.id: clean_label_text(a.title)
        for a in articles
        if not outlet_name(a) and clean_label_text(a.title)
    }
    distinct = distinct_titles(titled, budget)
    labels: dict[str, str] = {}
    taken: set[str] = set()
    # The last number each label was given: titles cut alike are cut alike shorter, so the
    # numbers below it are taken (thousands of titles cut alike: numbered at once).
    numbered: dict[tuple[bool, str], int] = {}
    for article in articles:
        title = distinct.get(article.id)
        label = shorten(title, budget) if title else source_label(article, budget)
        if label in taken:
            alike = (bool(title), label)
            n = numbered.get(alike, 1)
            while label in taken:
                n += 1
                suffix = f" ({n})"
                room = max(1, budget - cells(suffix))
                base = shorten(title, room) if title else source_label(article, room)
                label = base + suffix
            numbered[alike] = n
        taken.add(label)
        labels[article.id] = label
    return labels


LEAD_WORDS = frozenset(
    """
    a à au aux an and are as at de des du d' en et for in is l' la le les of on or par pour sur
    the to un une was
    """.split()
)
"""Small words a label does not start with once the words titles share are dropped."""
_PUNCT_ONLY_RE = re.compile(r"^[\W_]+$")


def _word_key(word: str) -> str:
    """A word as titles are compared: case, curly apostrophes and edge punctuation ignored."""
    return word.casefold().replace("’", "'").strip('.,;:!?«»"“”()[]')


def distinct_titles(titles: Mapping[str, str], budget: int = LABEL_MAX) -> dict[str, str]:
    """Return each title (by article id) as a label should start it. When its first words are
    also the first words of another title ("Acme", "Borel's") and, cut to `budget` cells, it
    would keep fewer than two words of its own after them ("Acme à…", "Borel's is…"), those
    shared words are dropped, with the small words and punctuation after them, so that the
    label starts with the words that tell it apart ("Lyon : 400 emplois…"), first letter in upper
    case, when that label says more. Other titles stay whole (they are cut later)."""
    words = {aid: title.split() for aid, title in titles.items()}
    keys = {aid: [_word_key(w) for w in ws] for aid, ws in words.items()}
    shared_with = _longest_shared_starts(keys)
    out: dict[str, str] = {}
    for aid, ws in words.items():
        out[aid] = titles[aid]
        shared = shared_with[aid]
        if shared == 0:
            continue
        own = _meaningful(shorten(titles[aid], budget).split()[shared:])
        if own >= 2:
            continue
        rest = ws[shared:]
        while rest and (_word_key(rest[0]) in LEAD_WORDS or _PUNCT_ONLY_RE.match(rest[0])):
            rest = rest[1:]
        if len(rest) < 2:
            continue
        text = " ".join(rest).lstrip(",;:–—-· ")
        text = text[:1].upper() + text[1:]
        if _meaningful(shorten(text, budget).split()) > own:
            out[aid] = text
    return out


def _meaningful(words: list[str]) -> int:
    """How many of `words` (a label's, "…" ignored) say something: not small words, not
    punctuation."""
    keys = [_word_key(w.removesuffix(_ELLIPSIS)) for w in words]
    return sum(1 for k in keys if k and k not in LEAD_WORDS)


_ID_AFTER = r"(?:(?<=\bin )|(?<=\bby )|(?<=\bbut )|(?<=, )|(?<= and )|(?<=\())"
"""Where the engine's summaries and explanations name articles: "only in X", "not given by X,
Y", "in X and Y", "2% (X)", "2.4% (X, close)", "but X, Y give the same value"."""
_NUMBER_ID_AFTER = r"(?:(?<=\bonly in )|(?<=\bby ))"
"""Where an id that reads as a number ("1", "2027") can only be an article: elsewhere "in 1"
is a count of sources and ", 2028" a value."""
_NUMBER_RE = re.compile(r"[1-9][0-9]*")
_relabel_last: tuple[Mapping[str, str], re.Pattern[str]] | None = None
_relabel_cache: dict[tuple[tuple[str, str], ...], re.Pattern[str]] = {}


def _id_pattern(labels: Mapping[str, str]) -> re.Pattern[str]:
    """The pattern that finds the ids of `labels` where the engine writes them (built once
    for a mapping; the same mapping object, asked again, costs nothing)."""
    global _relabel_last
    if _relabel_last is not None and _relabel_last[0] is labels:
        return _relabel_last[1]
    key = tuple(sorted(labels.items()))
    pattern = _relabel_cache.get(key)
    if pattern is None:
        if len(_relabel_cache) > 8:
            _relabel_cache.clear()
        ids = sorted(labels, key=len, reverse=True)
        words = [re.escape(i) for i in ids if not _NUMBER_RE.fullmatch(i)]
        numbers = [re.escape(i) for i in ids if _NUMBER_RE.fullmatch(i)]
        branches = [f"{_ID_AFTER}(?:{'|'.join(words)})"] if words else []
        if numbers:
            branches.append(f"{_NUMBER_ID_AFTER}(?:{'|'.join(numbers)})")
        pattern = re.compile(f"(?:{'|'.join(branches)})(?![\\w.])")
        _relabel_cache[key] = pattern
    _relabel_last = (labels, pattern)
    return pattern


def relabel(text: str, labels: Mapping[str, str]) -> str:
    """Return a finding's summary or explanation with the article ids it names ("only in
    002_bd2e…") written as their labels ("only in Le Monde"). Only ids where the engine writes
    them (after "in", "by", "but", a comma, "and" or an opening bracket) are replaced, and an
    id that reads as a number only after "only in" or "by", so that a count or a figure equal
    to an id stays as it is."""
    if not labels:
        return text
    pattern = _id_pattern(labels)
    return pattern.sub(lambda m: labels[m.group(0)], text)


def _longest_shared_starts(keys: Mapping[str, list[str]]) -> dict[str, int]:
    """For each title (its words' keys, by article id), how many of its first words some other
    title starts with too (an empty key ends the count). Titles in sorted order: the longest
    start a title shares is shared with one of its neighbours, so thousands of titles are
    compared with two others each, not with every other."""
    order = sorted(keys, key=lambda aid: keys[aid])
    out = dict.fromkeys(keys, 0)
    for before, after in pairwise(order):
        n = 0
        for a, b in zip(keys[before], keys[after], strict=False):
            if a != b or not a:
                break
            n += 1
        out[before] = max(out[before], n)
        out[after] = max(out[after], n)
    return out
