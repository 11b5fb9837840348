"""Review sessions: a reader's verdict and note on each finding, saved to a file and resumed.

A review file is tied to the articles' content: each article's SHA-256 is stored, so an edited
article is reported instead of silently mismatched. Verdicts are keyed by a finding's stable
`key`, which depends on the claims it rests on, not on its position in the list.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import accumulate
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

from .models import Analysis, Finding
from .shown_names import shown_name

REVIEW_SCHEMA_VERSION = 1
VERDICTS = ("confirmed", "dismissed", "follow-up")

VerdictStatus = Literal["confirmed", "dismissed", "follow-up"]

MAX_REVIEW_BYTES = 16_000_000
"""The largest review file read (about 60,000 findings with notes); a bigger one is refused."""
MAX_REVIEW_DEPTH = 16
"""The deepest nesting of brackets read; a review file nests 3 deep, a bigger depth is refused
before parsing (a JSON parser recurses on each level)."""

_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class ReviewError(Exception):
    """A review file that cannot be used; the message says why. The file is left untouched."""


class Verdict(BaseModel):
    """What the reader decided about one finding."""

    # Validators are built when a review file is first read or written, not at import: opening
    # a story with no saved review never needs them (see `settle_review_models`).
    model_config = ConfigDict(defer_build=True, extra="forbid")

    status: VerdictStatus | None = None
    note: str = ""
    updated: str = ""
    summary: str = ""
    """The finding's summary when the verdict was given."""
    seq: int = Field(default=0, ge=0)
    """How many times this verdict was saved, counted across every process writing the file
    (bumped under the file's lock): the higher one is the newer, and two saves never tie."""


class Review(BaseModel):
    """Every verdict of a review, and the fingerprints of the articles it was made on."""

    model_config = ConfigDict(defer_build=True, extra="forbid")

    schema_version: int = REVIEW_SCHEMA_VERSION
    articles: dict[str, str] = Field(default_factory=dict, description="id -> SHA-256 of text")
    verdicts: dict[str, Verdict] = Field(default_factory=dict, description="finding key -> verdict")
    _changed: set[str] = PrivateAttr(default_factory=set)
    """Keys of the verdicts given in this session and not saved yet."""

    def verdict(self, finding: Finding) -> Verdict:
        """Return the verdict on `finding` (an empty one if none was given)."""
        found = self.verdicts.get(finding.key)
        return found if found is not None else no_verdict()

    def status(self, finding: Finding) -> VerdictStatus | None:
        """Return the status given to `finding`, if any."""
        found = self.verdicts.get(finding.key)
        return found.status if found is not None else None

    def set_status(self, finding: Finding, status: VerdictStatus | None) -> None:
        """Record a verdict on `finding`; the same status again clears it."""
        current = self.verdict(finding)
        new = None if current.status == status else status
        self.verdicts[finding.key] = current.model_copy(
            update={"status": new, "updated": _now(), "summary": finding.summary}
        )
        self._changed.add(finding.key)

    def set_note(self, finding: Finding, note: str) -> None:
        """Attach a note to `finding`."""
        current = self.verdict(finding)
        self.verdicts[finding.key] = current.model_copy(
            update={"note": note.strip(), "updated": _now(), "summary": finding.summary}
        )
        self._changed.add(finding.key)

    @property
    def unsaved(self) -> frozenset[str]:
        """Keys of the verdicts given since the last successful save."""
        return frozenset(self._changed)

    def snapshot(self) -> Review:
        """Return a copy to save elsewhere (another thread) while this one keeps changing.

        Cheap: the dictionaries are copied, the verdicts shared (a change replaces a verdict,
        never edits one)."""
        copy = Review.model_construct(
            schema_version=self.schema_version,
            articles=dict(self.articles),
            verdicts=dict(self.verdicts),
        )
        copy._changed = set(self._changed)
        return copy

    def adopt(self, saved: Review, sent: Review) -> Review:
        """Return `saved` (what `save_review` wrote for the snapshot `sent`) with the verdicts
        given here since `sent` was taken, which are still to be saved."""
        still = {k for k in self._changed if self.verdicts.get(k) is not sent.verdicts.get(k)}
        result = Review.model_construct(
            schema_version=saved.schema_version,
            articles=self.articles,
            verdicts={**saved.verdicts, **{k: self.verdicts[k] for k in still}},
        )
        result._changed = still
        return result

    def reviewed(self, findings: list[Finding]) -> int:
        """Return how many of `findings` have a verdict."""
        return sum(1 for f in findings if self.status(f))


def no_verdict() -> Verdict:
    """Return the verdict of a finding nobody has judged yet."""
    return Verdict.model_construct()  # its defaults: nothing to validate


def new_review(analysis: Analysis) -> Review:
    """Return an empty review of `analysis`'s articles."""
    return Review.model_construct(articles=fingerprints(analysis))


def settle_review_models() -> None:
    """Build the review models' validators and serialisers now, so that the first verdict
    saved does not pay for them. Meant for an idle moment, such as just after start-up."""
    for model in (Verdict, Review):
        model.model_rebuild()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fingerprints(analysis: Analysis) -> dict[str, str]:
    """Return each article's SHA-256, as a review file stores them."""
    return {a.id: hashlib.sha256(a.text.encode("utf-8")).hexdigest() for a in analysis.articles}


def load_review(path: Path, analysis: Analysis) -> tuple[Review, list[str]]:
    """Return the review stored at `path` (a new one if there is none) and warnings for the
    reader: articles changed, added or missing since the review was saved."""
    if not os.path.lexists(path):
        return new_review(analysis), []
    fresh = fingerprints(analysis)
    review = read_review(path)
    if review is None:
        return new_review(analysis), []
    warnings = []
    for art, digest in fresh.items():
        old = review.articles.get(art)
        if old is None:
            warnings.append(f"{shown_name(art)} was not part of this review")
        elif old != digest:
            warnings.append(f"{shown_name(art)} has changed since the review was saved")
    for art in review.articles.keys() - fresh.keys():
        warnings.append(f"{shown_name(art)} was reviewed but is no longer among the articles")
    if warnings:
        try:
            backup = backup_review(path)
        except OSError as exc:
            raise _refused(
                path,
                f"the articles changed since this review and no backup of it could be "
                f"written ({exc.strerror or exc}); not changed",
            ) from None
        warnings.append(f"the review as it was is kept in {shown_name(backup.name)}")
    review.articles = fresh
    return review, warnings


def read_review(path: Path) -> Review | None:
    """Return the review stored at `path`, or None when there is no file there.

    Raise ReviewError (one line, the file untouched) for anything that is not a review this
    dealview can use: not a regular file, over `MAX_REVIEW_BYTES`, nested deeper than
    `MAX_REVIEW_DEPTH`, not JSON, of a newer review format, or JSON that is not a review (any
    key or field a review does not have, a missing `schema_version`)."""
    data = _read_bounded(path)
    if data is None:
        return None
    if _nesting_depth(data) > MAX_REVIEW_DEPTH:
        raise _refused(
            path, f"not a review file (nested more than {MAX_REVIEW_DEPTH} deep); not changed"
        )
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        reason = str(exc) if not isinstance(exc, RecursionError) else "nested too deep"
        raise _refused(path, f"not a readable review file ({reason})") from None
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and version > REVIEW_SCHEMA_VERSION:
        raise _refused(path, f"written by a newer dealview (review format {version}); not changed")
    if not isinstance(raw, dict) or not isinstance(version, int):
        raise _refused(path, "not a valid review file (no review format); not changed")
    return _validated(path, raw)


def _validated(path: Path, raw: dict[str, Any]) -> Review:
    try:
        return Review.model_validate(raw)
    except (ValidationError, RecursionError) as exc:
        errors = exc.error_count() if isinstance(exc, ValidationError) else 1
        raise _refused(path, f"not a valid review file ({errors} errors); not changed") from None


def _read_bounded(path: Path) -> bytes | None:
    """The bytes of `path` (None when it does not exist), refusing what is not a regular file
    or is over the size limit without reading it, and never blocking on a FIFO."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _refused(path, f"not a readable review file ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _refused(path, "not a review file (not a regular file); not changed")
        if info.st_size > MAX_REVIEW_BYTES:
            raise _too_big(path, info.st_size)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_REVIEW_BYTES + 1)
    except OSError as exc:
        raise _refused(path, f"not a readable review file ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if len(data) > MAX_REVIEW_BYTES:
        raise _too_big(path, len(data))
    return data


def _refused(path: Path, why: str) -> ReviewError:
    """The error saying why the review file at `path` is not used, its name made printable."""
    return ReviewError(f"{shown_name(path)}: {why}")


def _too_big(path: Path, size: int) -> ReviewError:
    return _refused(
        path,
        f"review file too large ({size / 1e6:.0f} MB, the limit is "
        f"{MAX_REVIEW_BYTES / 1e6:.0f} MB); not changed",
    )


def _nesting_depth(data: bytes) -> int:
    """The deepest nesting of JSON brackets in `data`, brackets inside strings left out;
    linear, without parsing (a parser recurses once per level)."""
    brackets = _JSON_STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    steps = brackets.replace(b"{", b"[").replace(b"}", b"]")
    return max(accumulate(1 if b == 0x5B else -1 for b in steps))


def backup_review(path: Path) -> Path:
    """Copy the review file to a timestamped backup beside it and return the backup's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.stem}.{stamp}.bak{path.suffix}")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.stem}.{stamp}-{n}.bak{path.suffix}")
    shutil.copy2(path, backup)
    return backup


def _order(verdict: Verdict) -> tuple[int, str, str]:
    """The order of two copies of a verdict: saves counted, then time, then content (so that
    two copies never tie and the winner does not depend on which side is ours)."""
    return verdict.seq, verdict.updated, verdict.model_dump_json()


def merge(ours: Review, theirs: Review) -> Review:
    """Return the verdicts of both reviews, finding by finding.

    A verdict given in `ours` since its last save wins, numbered one past both copies (the
    file's lock makes that number unique); otherwise the copy saved more times wins (then the
    later, then the greater content: never a tie). The result has no unsaved verdict."""
    verdicts = dict(theirs.verdicts)
    for key, mine in ours.verdicts.items():
        other = verdicts.get(key)
        if key in ours._changed:
            seq = max(mine.seq, other.seq if other is not None else 0) + 1
            verdicts[key] = mine.model_copy(update={"seq": seq})
        elif other is None or _order(mine) > _order(other):
            verdicts[key] = mine
    return Review.model_construct(
        schema_version=REVIEW_SCHEMA_VERSION,
        articles=dict(ours.articles),
        verdicts=dict(sorted(verdicts.items())),
    )


def save_review(path: Path, review: Review) -> Review:
    """Write the review and return what was written (its verdicts now all saved).

    Under a lock, the file is read again and merged first, so that two dealview processes on
    the same review keep each other's verdicts (per finding, the verdict given last wins).
    A file there that is no longer a review this dealview can merge (replaced, truncated, of a
    newer format, too large) is never written over: ReviewError says so and `review` keeps
    its verdicts to be exported. The write is atomic: a temporary file in the same folder,
    then a rename, so that a process killed mid-save leaves the old file or the new one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        try:
            on_disk = read_review(path)
        except ReviewError as exc:
            raise ReviewError(f"{exc}; this session's verdicts were not saved over it") from None
        merged = merge(review, on_disk if on_disk is not None else Review.model_construct())
        data = merged.model_dump_json(indent=2)
        if len(data.encode("utf-8")) > MAX_REVIEW_BYTES:
            raise _too_big(path, len(data.encode("utf-8")))
        _write_atomically(path, data)
    review._changed.clear()
    return merged


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the review's folder (the file itself is replaced by rename,
    so it cannot carry the lock); no lock where the system has no flock."""
    if fcntl is None:
        yield
        return
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _write_atomically(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # Keep the mode of the file being replaced; a new one gets the usual 0644 less umask.
        umask = os.umask(0)
        os.umask(umask)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
