"""The files dealview writes (reviews, their backups, exports, reports), told apart from articles.

dealview keeps what it writes for a set of articles in one folder beside them, `.dealview/`, and
never reads its own files as articles: a review or export left among the articles, or renamed by
the user, would otherwise be analysed as one more source. A file is dealview's when it is in a
`.dealview/` folder, when its name is one dealview gave (`dealview-review.md`, the old place of
exports), or when its content starts the way dealview starts what it writes: a JSON object whose
first key is `schema_version` (reviews, backups, JSON exports and reports), a Markdown file whose
first line is the export marker or a dealview heading ("# dealview review: …"), or a cache file
(a pickle of dealview's models).

A user may add lines above what dealview wrote (a note, a heading of their own): its start is then
looked for in the first `HEAD_BYTES`, not only on the first line, by signs no article carries
alone: the export marker as a line of its own, a dealview heading ("# dealview review: 5
articles") followed by its "## Sources" section, or a JSON object opening with `schema_version`
on a line of its own. Overwriting asks for more (`starts_as_dealview_file`): the file must still
start as dealview wrote it, so that an export the user wrote into is never replaced.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

STORE_DIR_NAME = ".dealview"
"""The folder, beside the articles, that holds what dealview writes for them."""

EXPORT_MARKER = "<!-- dealview review export: not an article; dealview never reads it as one -->"
"""The first line of a Markdown export (an HTML comment: invisible once rendered)."""

OWN_NAME_PREFIXES = ("dealview-review",)
"""File names dealview gave its reviews and exports before they moved to `.dealview/`."""

NAMED_MAX = 5
"""Most files the notice names; more are counted."""
HEAD_BYTES = 16384
"""How much of a file is looked at to recognise dealview's own."""

_JSON_START = re.compile(r'\A\s*\{\s*"schema_version"\s*:')
_JSON_START_LINE = re.compile(r'^[ \t]*\{\s*"schema_version"\s*:\s*\d+\s*,', re.MULTILINE)
_OWN_HEADING_LINE = re.compile(r"^# dealview (?:review|report): \d+ articles?[ \t]*$", re.MULTILINE)
_SOURCES_LINE = re.compile(r"^## Sources[ \t]*$", re.MULTILINE)
_MARKDOWN_FIRST_LINES = (
    "<!-- dealview",
    "# dealview review:",
    "# dealview report:",
)
_PICKLED_MODELS = b"dealview.core.models"
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def in_store(path: Path) -> bool:
    """Return True when `path` lies inside a `.dealview/` folder."""
    return STORE_DIR_NAME in path.parts[:-1]


def has_own_name(path: Path) -> bool:
    """Return True when the file's name is one dealview gives what it writes."""
    return path.name.lower().startswith(OWN_NAME_PREFIXES)


def looks_written_by_dealview(head: bytes, anywhere: bool = True) -> bool:
    """Return True when `head` (the start of a file) is how dealview starts a file it writes:
    a JSON object whose first key is `schema_version`, Markdown whose first non-blank line is
    the export marker or a "# dealview review:" / "# dealview report:" heading, or a stored
    analysis (a pickle of dealview's models). With `anywhere`, lines a user added above are
    allowed: the export marker on a line of its own, a dealview heading with its "## Sources"
    section after it, or a `schema_version` object starting on a line of its own, anywhere in
    `head`."""
    if head.startswith(b"\x80") and _PICKLED_MODELS in head[:64]:
        return True  # a stored analysis (the cache's pickles name the models first)
    text = _decode_head(head).lstrip("\ufeff")
    if _JSON_START.match(text):
        return True
    first = text.lstrip().split("\n", 1)[0].strip()
    if first.startswith(_MARKDOWN_FIRST_LINES):
        return True
    if not anywhere:
        return False
    text = text.replace("\r\n", "\n")
    if any(line.strip() == EXPORT_MARKER for line in text.split("\n")):
        return True
    heading = _OWN_HEADING_LINE.search(text)
    if heading and _SOURCES_LINE.search(text, heading.end()):
        return True
    return _JSON_START_LINE.search(text) is not None


def written_by_dealview(path: Path) -> bool:
    """Return True when the file at `path` is one dealview wrote: in a `.dealview/` folder,
    named as dealview names its files, or starting as dealview starts them, lines a user added
    above allowed. Only a regular
    file's first `HEAD_BYTES` are read (never a FIFO or a device); a file that cannot be
    opened is not dealview's (reading it as an article then says why)."""
    return in_store(path) or has_own_name(path) or starts_as_dealview_file(path, anywhere=True)


def starts_as_dealview_file(path: Path, anywhere: bool = False) -> bool:
    """Return True when the regular file at `path` starts as dealview starts what it writes
    (`looks_written_by_dealview`); with `anywhere`, also when a user added lines above it.
    Only its first `HEAD_BYTES` are read."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, HEAD_BYTES)
    except OSError:
        return False
    finally:
        os.close(fd)
    return looks_written_by_dealview(head, anywhere)


def _decode_head(head: bytes) -> str:
    """The start of a file as text: UTF-16 or UTF-32 when a byte-order mark says so, else
    UTF-8 (a character cut at the end, or bytes that are not UTF-8, replaced)."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return head.decode(name, errors="replace")
    return head.decode("utf-8", errors="replace")


def skipped_notice(paths: list[str]) -> str:
    """Return the one line that says which files were left out as dealview's own (the names
    already made printable), at most `NAMED_MAX` of them named."""
    n = len(paths)
    shown = ", ".join(paths[:NAMED_MAX]) + (f" and {n - NAMED_MAX} more" if n > NAMED_MAX else "")
    files = "file" if n == 1 else "files"
    return (
        f"skipped {n} {files} dealview wrote (a review, export or report, not an article): {shown}"
    )
