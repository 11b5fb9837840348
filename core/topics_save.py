"""The reader's names for topics, kept with the review, and the topics written as a topics file.

A topic renamed in the app keeps its new name for the review session: the names are saved in
`<review>-topic-names.json` beside the review file (in `.dealview/`, or the user data folder),
and given back to the topics when the same articles are opened again. The topics, with those
names, can be saved as a topics file (`topics.toml` in the same folder) that `--topics` reads
back. Nothing here replaces a file dealview did not write, and nothing is read without a bound.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from .models import Analysis, Topic
from .reading import RefusedFile, read_bounded
from .review_export import ExportError, write_export
from .sanitize import visible
from .shown_names import shown_name
from .textnorm import STOPWORDS, fold, words

NAMES_SCHEMA = "dealview-topic-names/1"
"""What the names file says it is (its first key, as in every JSON file dealview writes)."""
NAMES_MAX_BYTES = 1 << 20
"""A names file larger than this is not read."""
NAME_MAX = 80
"""A topic's name is cut to this many characters."""
TOPICS_FILE_NAME = "topics.toml"
TOPICS_MARKER = "# dealview topics:"
"""The first line of a topics file dealview wrote: only such a file is ever replaced."""
STEERING_WORDS = 8
"""Most words a derived topic adds to its keywords in a saved topics file."""


class TopicsSaveError(Exception):
    """A names or topics file that could not be written; the message says why."""


def names_path(review_path: Path) -> Path:
    """Where the topic names of the review at `review_path` are kept: beside it."""
    return review_path.with_name(f"{review_path.stem}-topic-names.json")


def topics_file_path(review_path: Path) -> Path:
    """Where the topics are saved as a topics file: beside the review."""
    return review_path.with_name(TOPICS_FILE_NAME)


def clean_name(name: str) -> str:
    """A topic name as it is kept: one line, no control or invisible characters, trimmed,
    at most NAME_MAX characters ("" when nothing is left)."""
    return " ".join(visible(name).split())[:NAME_MAX].strip()


def load_names(path: Path) -> tuple[dict[str, tuple[str, list[str]]], str | None]:
    """The names kept at `path` (topic id -> the name, and the words the topic was found by
    when it was named), and what to tell the reader when the file is there but cannot be
    used (too large, not a names file); no file gives no names."""
    try:
        raw = read_bounded(path, NAMES_MAX_BYTES, what="a topic names file")
    except FileNotFoundError:
        return {}, None
    except (RefusedFile, OSError) as exc:
        return {}, f"{shown_name(path)}: {exc}; topic names not read"
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict) or data.get("schema_version") != NAMES_SCHEMA:
        return {}, f"{shown_name(path)}: not a topic names file; topic names not read"
    names = data.get("names")
    kept: dict[str, tuple[str, list[str]]] = {}
    for topic, entry in names.items() if isinstance(names, dict) else ():
        if not isinstance(entry, dict):
            continue
        name, found_by = entry.get("name"), entry.get("words")
        if not isinstance(name, str) or not isinstance(found_by, list):
            continue
        if clean_name(name) and all(isinstance(w, str) for w in found_by):
            kept[str(topic)] = (clean_name(name), [str(w) for w in found_by])
    return kept, None


def save_names(path: Path, names: dict[str, str], topics: list[Topic]) -> None:
    """Keep the topic names at `path`, each with the words its topic was found by (a topic
    found by other words, the articles having changed, does not take the name back); written
    atomically; a file there that dealview did not write is left as it is (TopicsSaveError)."""
    found_by = {t.id: t.keywords for t in topics}
    kept = {k: {"name": v, "words": found_by.get(k, [])} for k, v in names.items()}
    text = json.dumps({"schema_version": NAMES_SCHEMA, "names": kept}, ensure_ascii=False)
    try:
        write_export(path, text + "\n")
    except ExportError as exc:
        raise TopicsSaveError(str(exc)) from exc


def apply_names(
    topics: list[Topic], kept: dict[str, tuple[str, list[str]]]
) -> tuple[dict[str, str], int]:
    """Give the topics the names the reader gave them, where the topic is still found by the
    same words (or already has the name: read back from a saved topics file); return the
    names given (topic id -> name) and how many were not (their topic is gone or is now
    another)."""
    given: dict[str, str] = {}
    for topic in topics:
        name, found_by = kept.get(topic.id, ("", []))
        if name and (found_by == topic.keywords or name == topic.label):
            topic.label = given[topic.id] = name
    return given, len(kept) - len(given)


def steering_words(analysis: Analysis) -> dict[str, list[str]]:
    """For each derived topic, words that mark its passages: in at least two of them and
    mostly in them rather than in other topics' (as written most often). Its keywords alone
    (two or three shared words) would send most sentences elsewhere once read back."""
    texts = {a.id: a.text for a in analysis.articles}
    passages_with: dict[str, Counter[str]] = defaultdict(Counter)
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for topic in analysis.topics:
        for p in topic.passages:
            seen: set[str] = set()
            for word, _start, _end in words(texts.get(p.article, "")[p.start : p.end]):
                key = fold(word)
                if len(key) < 5 or key in STOPWORDS or any(ch.isdigit() for ch in key):
                    continue
                seen.add(key)
                written[key][word.lower() if word[1:].islower() else word] += 1
            for key in seen:
                passages_with[key][topic.id] += 1
    chosen: dict[str, list[str]] = {}
    for topic in analysis.topics:
        if topic.origin != "derived":
            continue
        ranked = sorted(
            (
                (-(count[topic.id] ** 2) / total, key)
                for key, count in passages_with.items()
                if count[topic.id] >= 2 and count[topic.id] >= 0.8 * (total := count.total())
            ),
        )
        chosen[topic.id] = [written[key].most_common(1)[0][0] for _r, key in ranked][
            :STEERING_WORDS
        ]
    return chosen


def topics_toml(
    topics: list[Topic], source: str, steering: dict[str, list[str]] | None = None
) -> str:
    """The topics as a topics file (README "Topics file"): each with its id, its name and its
    keywords, then the words `steering` gives it; `source` says in the first line what they
    were found in."""
    lines = [
        f"{TOPICS_MARKER} saved by dealview from {' '.join(visible(source).split())}",
        "# Keywords match without case or accents; a trailing * matches any ending.",
        "# dealview --topics FILE reads it back; edit it as you wish (then it is yours).",
    ]
    for topic in topics:
        given = [k for k in topic.keywords if any(ch.isalnum() for ch in k)]
        folded = {fold(k) for k in given}
        extra = [w for w in (steering or {}).get(topic.id, []) if fold(w) not in folded]
        keywords = given + extra
        lines += [
            "",
            "[[topic]]",
            f"id = {_toml_string(topic.id)}",
            f"label = {_toml_string(topic.label)}",
            f"keywords = [{', '.join(_toml_string(k) for k in keywords)}]",
        ]
    return "\n".join(lines) + "\n"


def _toml_string(text: str) -> str:
    """`text` as a TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code if code < 0xD800 else 0xFFFD:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def save_topics_file(
    path: Path, topics: list[Topic], source: str, steering: dict[str, list[str]] | None = None
) -> None:
    """Write the topics as a topics file at `path`, atomically, making its folder. A file
    already there is replaced only when dealview wrote it (its first line says so); a file of
    the user's, a link or anything else is left as it is (TopicsSaveError)."""
    try:
        write_export(path, topics_toml(topics, source, steering), ours=_ours)
    except ExportError as exc:
        raise TopicsSaveError(str(exc)) from exc


def _ours(path: Path) -> bool:
    """Whether the regular file at `path` starts as dealview starts a topics file."""
    try:
        head = read_bounded(path, 1 << 20, what="a topics file")
    except (RefusedFile, OSError):
        return False
    return head.startswith(TOPICS_MARKER.encode())
