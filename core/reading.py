"""Reading articles from disk: which files, how to decode them."""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from .own_files import skipped_notice, written_by_dealview
from .shown_names import shown_name

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
MIN_PAGE_WORDS = 15
"""Fewer words extracted from a page than this is not an article."""
MAX_FILE_BYTES = 5_000_000
"""Largest file read (5 MB: a long report is 0.1 MB): articles, the topics file and the cache
key all stop there; larger ones are skipped or refused, never read."""
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
"""Opening never waits: a FIFO put in place of a file after it was looked at does not hang."""
_CHUNK = 1 << 20


class ReadError(Exception):
    """A path that cannot be read as articles; the message names the path and the problem."""


@dataclass(frozen=True)
class RawArticle:
    """An article's decoded text, before any analysis."""

    id: str
    path: str
    text: str
    encoding: str
    metadata: dict[str, str] = field(default_factory=dict)
    """What the file says about itself (an HTML page's title, author, date, site)."""


def collect_paths(paths: list[Path], notices: list[str] | None = None) -> list[Path]:
    """Return the article files named by `paths` (files, or folders searched recursively).

    A folder inside that cannot be listed is left out, with a notice added to `notices`; a
    path named that does not exist or cannot be listed raises `ReadError`. Files dealview
    wrote (reviews, exports, reports: see `own_files`), named or found in a folder, are never
    articles: they are left out, said in one notice.
    """
    found: list[Path] = []
    own: list[str] = []
    for p in paths:
        try:
            exists, is_dir = p.exists(), p.is_dir()
        except OSError as exc:  # a name longer than the system allows, a loop of links
            raise ReadError(f"{shown_name(p)}: cannot be read ({exc.strerror or exc})") from exc
        if not exists:
            raise ReadError(f"{shown_name(p)}: no such file or folder")
        if is_dir:
            unreadable: list[OSError] = []
            passed: list[str] = []
            inside = sorted(_folder_files(p, unreadable, passed))
            mine = [f for f in inside if written_by_dealview(f)]
            if mine:
                own.extend(shown_name(f) for f in mine)
                left_out = set(mine)
                inside = [f for f in inside if f not in left_out]
            if unreadable and unreadable[0].filename == str(p):
                err = unreadable[0]
                raise ReadError(f"{shown_name(p)}: cannot be read ({err.strerror or err})")
            if notices is not None:
                notices.extend(
                    f"{shown_name(e.filename)}: not readable; skipped" for e in unreadable
                )
                notices.extend(passed)
            if not inside and passed:
                raise ReadError(
                    f"{shown_name(p)}: no readable article files in folder ({passed[0]})"
                )
            if not inside and unreadable:
                raise ReadError(
                    f"{shown_name(p)}: no readable article files in folder "
                    f"({shown_name(unreadable[0].filename)}: {unreadable[0].strerror})"
                )
            if not inside and mine:
                raise ReadError(
                    f"{shown_name(p)}: no article files in folder, only "
                    f"{skipped_notice([shown_name(f) for f in mine]).removeprefix('skipped ')}"
                )
            if not inside:
                raise ReadError(
                    f"{shown_name(p)}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in folder"
                )
            found.extend(inside)
        else:
            problem = kind_problem(p)
            if problem is not None:
                raise ReadError(f"{shown_name(p)}: {problem}; not read")
            if written_by_dealview(p):
                own.append(shown_name(p))
            else:
                found.append(p)
    if own and notices is not None:
        notices.append(skipped_notice(own))
    return found


def _folder_files(folder: Path, unreadable: list[OSError], passed: list[str]) -> list[Path]:
    """The article files under `folder` (hidden files and folders, `.dealview/` among them,
    README.md and folder links passed over); each folder that cannot be listed goes to
    `unreadable`, and a notice for each article name that is no regular file (a FIFO, a link
    to a device) to `passed`."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            f = Path(root, name)
            if (
                not name.startswith(".")
                and f.suffix.lower() in ARTICLE_SUFFIXES
                and name.lower() != "readme.md"
            ):
                problem = kind_problem(f)
                if problem is None:
                    found.append(f)
                elif problem != _A_FOLDER:
                    passed.append(f"{shown_name(f)}: {problem}; skipped")
    return found


_A_FOLDER = "a folder"


class RefusedFile(Exception):
    """A file not read because of its kind or its size; the message says why, without the
    file's name (the caller names it)."""


def kind_problem(path: Path) -> str | None:
    """Return why `path` cannot be read as a file (a FIFO, a device, a socket, a link to one
    of them), or None for a regular file (a link to one counts) and for a path that cannot
    even be looked at (reading it then says why). Nothing is opened."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return _kind_problem(path, info.st_mode)


def _kind_problem(path: Path, mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _A_FOLDER
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    else:
        kind = "something"
    try:
        link = os.path.islink(path)
    except OSError:
        link = False
    return f"{'a link to ' if link else ''}{kind}, not a regular file"


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES, what: str = "one article") -> bytes:
    """Return the bytes of the regular file at `path` (a link to one is followed), reading at
    most `limit` + 1 bytes.

    The kind and size are looked at before anything is read: a FIFO, a device, a socket (or a
    link to one) and a file over `limit` raise `RefusedFile` ("over the 5 MB limit for
    `what`") without being read, so a link to /dev/zero or a 3 GB sparse file costs one
    `stat`. The file is opened without waiting and looked at again once open. `OSError` when
    it cannot be looked at or opened.
    """
    info = os.stat(path)
    _refuse(path, info, limit, what)
    fd = os.open(path, _READ_FLAGS)
    try:
        _refuse(path, os.fstat(fd), limit, what)  # replaced between the look and the open
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    if left <= 0:  # grew past the limit while it was read
        raise RefusedFile(f"over the {_limit_mb(limit)} limit for {what}")
    return b"".join(chunks)


def _refuse(path: Path, info: os.stat_result, limit: int, what: str) -> None:
    problem = _kind_problem(path, info.st_mode)
    if problem is not None:
        raise RefusedFile(problem)
    if info.st_size > limit:
        raise RefusedFile(
            f"{info.st_size / 1e6:,.1f} MB, over the {_limit_mb(limit)} limit for {what}"
        )


def _limit_mb(limit: int) -> str:
    return f"{limit / 1e6:g} MB"


def decode(data: bytes) -> tuple[str, str]:
    """Return the text of `data` and the name of the decoding that was used.

    A byte-order mark decides; otherwise UTF-8 if it is valid, else Windows-1252, whose every
    byte maps to a character (Latin-1 is a subset for printable text).
    """
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


class Skipped(Exception):
    """A file among the articles that is not one: the message says why; the others go on."""


def read_article(path: Path) -> RawArticle:
    """Read and decode one article file.

    The text is normalised to NFC, so that accents written as combining marks ("e" + "́")
    match like precomposed ones; the decoding reported says so when it changed anything.
    Raises `Skipped` for a file that is empty, binary, over `MAX_FILE_BYTES` or no regular
    file (a FIFO, a device: never opened), and `ReadError` when it cannot be read at all.
    """
    try:
        data = read_bounded(path)
    except RefusedFile as refused:
        raise Skipped(f"{shown_name(path)}: {refused}; skipped") from refused
    except OSError as exc:
        raise ReadError(f"{shown_name(path)}: cannot be read ({exc.strerror or exc})") from exc
    text, encoding = decode(data)
    if _looks_binary(data, text):
        raise Skipped(f"{shown_name(path)}: not text (binary data); skipped")
    if not text.strip():
        raise Skipped(f"{shown_name(path)}: empty; skipped")
    metadata: dict[str, str] = {}
    if path.suffix.lower() in HTML_SUFFIXES:
        text, metadata = extract_html(text)
        if len(text.split()) < MIN_PAGE_WORDS:  # a menu or a cookie banner, not an article
            raise Skipped(f"{shown_name(path)}: no article text found in the page; skipped")
        encoding = f"{encoding}, article text extracted from HTML"
    normal = unicodedata.normalize("NFC", text)
    if normal != text:
        encoding += ", NFC-normalised"
    return RawArticle(
        id=_utf8(path.stem),
        path=_utf8(str(path)),
        text=normal,
        encoding=encoding,
        metadata=metadata,
    )


def _utf8(name: str) -> str:
    """A file name as text that can be written as UTF-8: bytes of the name that were not UTF-8
    are written as `\\xff` (JSON and the cache cannot hold them raw)."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def extract_html(page: str) -> tuple[str, dict[str, str]]:
    """Return the article text of an HTML page and its metadata (title, author, date, site).

    trafilatura does it (main-content detection is a job for a library made for it); it is
    imported only when a page is read. Offsets then refer to the extracted text.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    if doc is None:
        return "", {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    metadata = {
        key: str(data[key])
        for key in ("title", "author", "date", "sitename", "url")
        if data.get(key)
    }
    return str(data.get("text") or ""), metadata


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
"""C0 control characters other than tab, line feed, form feed and carriage return."""


def _looks_binary(data: bytes, text: str) -> bool:
    head = text[:8192]
    if not head:
        return False
    sample = data[:8192]
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and sample.count(0) > max(2, len(sample) // 100):
        return True  # a stray NUL in a text is shown as ␀; many of them make a binary file
    return len(_CONTROLS.findall(head)) > 0.1 * len(head)


def unique_ids(raws: list[RawArticle]) -> list[RawArticle]:
    """Return `raws` with ids made unique ("a", "a-2") when two files share a name."""
    seen: dict[str, int] = {}
    out = []
    for raw in raws:
        n = seen.get(raw.id, 0) + 1
        seen[raw.id] = n
        out.append(raw if n == 1 else replace(raw, id=f"{raw.id}-{n}"))
    return out


TOPICS_FILE_NAME = "topics.toml"


def sample_dir() -> Path:
    """Return the folder of the bundled sample articles."""
    # The package's own folder: dealview is installed as files, never zipped, and
    # importlib.resources would import zipfile and its kin at every start (about 4 ms).
    from dealview import seeds

    return Path(seeds.__file__).parent


def default_topics_file(paths: list[Path]) -> Path | None:
    """Return the topics file that goes with `paths`: a topics.toml in the one folder given."""
    try:
        if len(paths) == 1 and paths[0].is_dir():
            candidate = paths[0] / TOPICS_FILE_NAME
            if candidate.is_file():
                return candidate
    except OSError:  # a folder that cannot be looked into: reading it will say so
        return None
    return None
