"""A disk cache of analyses, keyed by what they depend on: the articles' bytes, the topics
file, the engine's own source and the pydantic version. Opening the same articles again loads
the stored analysis instead of computing it (and never imports the analysis libraries).

Analyses are stored pickled: loading a pickle restores the models without validating them, so
pydantic never builds its validators on a cache hit (25 ms on the sample, more on large
stories, against 2 ms). A pickle can name any function to call, so entries are read by an
unpickler that builds only the model classes listed in `ALLOWED_GLOBALS` and refuses anything
else. The folder and each entry must belong to the user and be writable by nobody else; an
entry refused for any of these reasons is left where it is, the articles are analysed again
and the analysis says so in one notice. Entries are written to a temporary file, then renamed;
temporary files left by an interrupted write are removed once they are a few minutes old. Only
the standard library and the models are imported here, so that a cache hit stays cheap.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import io
import os
import pickle
import stat
import tempfile
import time
from pathlib import Path
from typing import IO, Any

import pydantic

from . import models
from .models import Analysis

_ENGINE_DIR = Path(__file__).resolve().parent

MODELS_MODULE = models.__name__  # "dealview.core.models"
ALLOWED_GLOBALS: frozenset[tuple[str, str]] = frozenset(
    (MODELS_MODULE, name)
    for name in (
        "AlignedRow",
        "Analysis",
        "Article",
        "Boilerplate",
        "Claim",
        "FactKey",
        "Finding",
        "FindingValue",
        "Passage",
        "Topic",
        "TopicPassage",
    )
)
"""The only globals a stored analysis may name: the model classes an `Analysis` holds. Its
lists, dicts, strings and numbers are pickle's own opcodes and name no global."""

STALE_TMP_SECONDS = 10 * 60
"""A temporary file this old was left by a write that never finished (killed, disk full)."""

_WRITABLE_BY_OTHERS = stat.S_IWGRP | stat.S_IWOTH


class RefusedEntry(Exception):
    """A cache entry or folder that must not be read: the message says why."""


def models_only_load(file: IO[bytes]) -> Any:
    """Load the next pickle from `file`; it may build dealview's models and plain containers,
    nothing else (raises RefusedEntry otherwise)."""
    return _ModelsOnlyUnpickler(file).load()


class _ModelsOnlyUnpickler(pickle.Unpickler):
    """An unpickler that builds dealview's model classes and nothing else."""

    def find_class(self, module: str, name: str) -> type:
        """Return the model class `module.name` if it is allowed, else refuse the entry."""
        if (module, name) not in ALLOWED_GLOBALS:
            named = _shown(f"{module}.{name}")
            raise RefusedEntry(f"it would build {named}, which is not a dealview model")
        found: type = getattr(models, name)
        return found


def _engine_fingerprint() -> str:
    digest = hashlib.sha256()
    # The engine is its code and the vocabulary it reads as data.
    for source in sorted([*_ENGINE_DIR.glob("*.py"), *_ENGINE_DIR.glob("*.toml")]):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def cache_key(paths: list[Path] | None, topics_file: Path | None) -> str | None:
    """Return the key of an analysis of `paths` with `topics_file`, or None when the inputs
    cannot be listed or read (the analysis then reports why).

    Only what the reader would read is read: a file over the reader's limit or no regular
    file (a FIFO, a link to a device) is keyed by its `stat` (kind, size, time, inode), so a
    3 GB sparse file or /dev/zero costs one `stat`, not a read."""
    from .reading import ReadError, collect_paths, default_topics_file, sample_dir

    try:
        chosen = paths or [sample_dir()]
        topics = topics_file or default_topics_file(chosen)
        digest = hashlib.sha256(_engine_fingerprint().encode())
        digest.update(f"pydantic {pydantic.VERSION}".encode())
        passed_over: list[str] = []  # the analysis's notices say what was left out: key them
        for f in collect_paths(chosen, passed_over):
            digest.update(os.fsencode(f))
            digest.update(_content_digest(f))
        digest.update("\n".join(passed_over).encode("utf-8", "backslashreplace"))
        if topics is not None:
            digest.update(b"topics")
            digest.update(_content_digest(topics))
    except (OSError, ReadError):
        return None  # the analysis will say what is wrong with the inputs
    return digest.hexdigest()


def _content_digest(path: Path) -> bytes:
    """The digest of the bytes of `path` as the reader reads them (at most the limit plus one
    byte), or of its `stat` when the reader would refuse it unread."""
    from .reading import RefusedFile, read_bounded

    try:
        return hashlib.sha256(b"bytes" + read_bounded(path)).digest()
    except RefusedFile:
        info = os.stat(path)
        seen = (info.st_mode, info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev)
        return hashlib.sha256(f"stat {seen}".encode()).digest()


def load_cached(
    paths: list[Path] | None, topics_file: Path | None, cache_dir: Path | None
) -> Analysis | None:
    """Return the stored analysis of `paths` with `topics_file`, or None if there is none, it
    is refused (`cached_analyse` then says why) or DEALVIEW_NO_CACHE is set."""
    stored = _entry(paths, topics_file, cache_dir)
    if stored is None:
        return None
    try:
        return _load(stored)
    except RefusedEntry:
        return None


def cached_analyse(
    paths: list[Path] | None, topics_file: Path | None, cache_dir: Path | None
) -> Analysis:
    """Return the analysis of `paths`, from `cache_dir` when an identical one is stored there.

    Without `cache_dir` (or with DEALVIEW_NO_CACHE set) nothing is read or written. A refused
    entry or folder is neither read nor written: the articles are analysed again and the
    analysis gets one notice saying so.
    """
    stored = _entry(paths, topics_file, cache_dir)
    refused: str | None = None
    if stored is not None:
        try:
            loaded = _load(stored)
        except RefusedEntry as why:
            refused = str(why)
        else:
            if loaded is not None:
                return loaded
    from .pipeline import analyse

    analysis = analyse(paths, topics_file)
    if stored is not None and refused is None:
        refused = _store(analysis, stored)
    if refused is not None:
        analysis.notices.append(f"{refused}; analysed again, and not cached")
    return analysis


def _load(stored: Path) -> Analysis | None:
    """The analysis stored in `stored`, or None when there is none or it cannot be read (it is
    then written again); raises RefusedEntry for an entry or folder that must not be read."""
    _check_folder(stored.parent)
    try:
        # O_NOFOLLOW: a link is refused; O_NONBLOCK: a FIFO planted here does not hang.
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(stored, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:
        why = "it is a link" if exc.errno == errno.ELOOP else f"cannot be opened: {exc.strerror}"
        raise RefusedEntry(f"Cache entry {stored} refused ({why}; left in place)") from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise RefusedEntry(f"Cache entry {stored} refused (not a regular file; left in place)")
        _check_owner(info, f"Cache entry {stored}")
        try:
            data = fh.read()
        except OSError:
            return None
    # The collector would walk the many objects being built, in vain: a third of the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        loaded = _ModelsOnlyUnpickler(io.BytesIO(data)).load()
    except RefusedEntry as why:
        raise RefusedEntry(f"Cache entry {stored} refused ({why}; left in place)") from None
    except Exception:  # a truncated or corrupt entry: analyse again and write it anew
        return None
    finally:
        if collecting:
            gc.enable()
    if not isinstance(loaded, Analysis):
        raise RefusedEntry(f"Cache entry {stored} refused (it holds no analysis; left in place)")
    return loaded


def _check_folder(folder: Path) -> None:
    """Raise RefusedEntry if `folder` exists and is not the user's own, or others may write
    in it."""
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise RefusedEntry(
            f"Cache folder {folder} refused (cannot be read: {exc.strerror})"
        ) from exc
    _check_owner(info, f"Cache folder {folder}")


def _check_owner(info: os.stat_result, what: str) -> None:
    """Raise RefusedEntry if the file `info` describes is not the user's own, or others may
    write to it; `what` names it ("Cache entry PATH")."""
    if info.st_uid != os.getuid():
        raise RefusedEntry(f"{what} refused (it belongs to another user; left in place)")
    if info.st_mode & _WRITABLE_BY_OTHERS:
        raise RefusedEntry(f"{what} refused (others can write to it; chmod go-w to use it)")


def _shown(name: str) -> str:
    """`name` as it may be shown in a notice: short, escaped unless plainly printable."""
    return name if name.isprintable() and len(name) <= 80 else ascii(name[:80])


def _store(analysis: Analysis, stored: Path) -> str | None:
    """Write `analysis` to `stored` (a temporary file, then a rename); return why it was not
    written when the folder is refused, else None (a write that fails is only slower)."""
    folder = stored.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _check_folder(folder)
    except RefusedEntry as why:
        return str(why)
    except OSError:
        return None
    _remove_stale_tmp(folder)
    tmp: str | None = None
    try:
        data = pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, stored)
    except Exception:  # disk full, a folder made read-only, an unpicklable value
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return None


def _remove_stale_tmp(folder: Path) -> None:
    """Remove the user's own temporary files in `folder` older than STALE_TMP_SECONDS."""
    limit = time.time() - STALE_TMP_SECONDS
    try:
        candidates = list(folder.glob("*.tmp"))
    except OSError:
        return
    for tmp in candidates:
        try:
            info = tmp.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid() and info.st_mtime < limit:
                tmp.unlink()
        except OSError:
            continue


def _entry(
    paths: list[Path] | None, topics_file: Path | None, cache_dir: Path | None
) -> Path | None:
    """The file that stores (or would store) this analysis; None when nothing is cached."""
    if cache_dir is None or os.environ.get("DEALVIEW_NO_CACHE"):
        return None
    key = cache_key(paths, topics_file)
    return cache_dir / f"{key}.pickle" if key else None


def default_cache_dir() -> Path:
    """The user's cache folder for dealview."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dealview", appauthor=False)) / "analyses"
