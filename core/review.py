"""Review sessions: a reader's verdict and note on each finding, saved to a file and resumed.

A review file is tied to the articles' content: each article's SHA-256 is stored, so an edited
article is reported instead of silently mismatched. Verdicts are keyed by a finding's stable
`key`, which depends on the claims it rests on, not on its position in the list.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

from .models import Analysis, Finding

REVIEW_SCHEMA_VERSION = 1
REVIEW_FILE_NAME = "dealview-review.json"
VERDICTS = ("confirmed", "dismissed", "follow-up")

VerdictStatus = Literal["confirmed", "dismissed", "follow-up"]


class ReviewError(Exception):
    """A review file that cannot be used; the message says why. The file is left untouched."""


class Verdict(BaseModel):
    """What the reader decided about one finding."""

    # Validators are built when a review file is first read or written, not at import: opening
    # a story with no saved review never needs them (see `settle_review_models`).
    model_config = ConfigDict(defer_build=True)

    status: VerdictStatus | None = None
    note: str = ""
    updated: str = ""
    summary: str = ""
    """The finding's summary when the verdict was given."""


class Review(BaseModel):
    """Every verdict of a review, and the fingerprints of the articles it was made on."""

    model_config = ConfigDict(defer_build=True)

    schema_version: int = REVIEW_SCHEMA_VERSION
    articles: dict[str, str] = Field(default_factory=dict, description="id -> SHA-256 of text")
    verdicts: dict[str, Verdict] = Field(default_factory=dict, description="finding key -> verdict")

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

    def set_note(self, finding: Finding, note: str) -> None:
        """Attach a note to `finding`."""
        current = self.verdict(finding)
        self.verdicts[finding.key] = current.model_copy(
            update={"note": note.strip(), "updated": _now(), "summary": finding.summary}
        )

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


def review_path_for(paths: list[Path] | None, analysis: Analysis, data_dir: Path) -> Path:
    """Return where the review of these articles lives.

    Next to the user's articles when their folder is writable; otherwise (the bundled sample, a
    read-only folder) in `data_dir`, named after the articles' fingerprints.
    """
    if paths:
        first = paths[0]
        folder = first if first.is_dir() else first.parent
        if os.access(folder, os.W_OK):
            return folder / REVIEW_FILE_NAME
    digest = hashlib.sha256("".join(sorted(fingerprints(analysis).values())).encode()).hexdigest()
    return data_dir / "reviews" / f"{digest[:16]}.json"


def load_review(path: Path, analysis: Analysis) -> tuple[Review, list[str]]:
    """Return the review stored at `path` (a new one if there is none) and warnings for the
    reader: articles changed, added or missing since the review was saved."""
    if not path.exists():
        return new_review(analysis), []
    fresh = fingerprints(analysis)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReviewError(f"{path}: not a readable review file ({exc})") from exc
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and version > REVIEW_SCHEMA_VERSION:
        raise ReviewError(
            f"{path}: written by a newer dealview (review format {version}); not changed"
        )
    try:
        review = Review.model_validate(raw)
    except ValidationError as exc:
        raise ReviewError(f"{path}: not a valid review file ({exc.error_count()} errors)") from exc
    warnings = []
    for art, digest in fresh.items():
        old = review.articles.get(art)
        if old is None:
            warnings.append(f"{art} was not part of this review")
        elif old != digest:
            warnings.append(f"{art} has changed since the review was saved")
    for art in review.articles.keys() - fresh.keys():
        warnings.append(f"{art} was reviewed but is no longer among the articles")
    if warnings:
        backup = backup_review(path)
        warnings.append(f"the review as it was is kept in {backup.name}")
    review.articles = fresh
    return review, warnings


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


def merge(ours: Review, theirs: Review) -> Review:
    """Return `ours` with the verdicts of `theirs` that are newer, or that ours lacks."""
    merged = ours.model_copy(deep=True)
    for key, verdict in theirs.verdicts.items():
        mine = merged.verdicts.get(key)
        if mine is None or verdict.updated > mine.updated:
            merged.verdicts[key] = verdict
    return merged


def save_review(path: Path, review: Review) -> Review:
    """Write the review and return what was written.

    Under a lock, the file is read again and merged first, so that two dealview processes on
    the same review keep each other's verdicts (per finding, the newer verdict wins). The
    write is atomic: a temporary file in the same folder, then a rename, so that a process
    killed mid-save leaves the old file or the new one, never half of one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        try:
            on_disk = Review.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            on_disk = None
        if on_disk is not None:
            review = merge(review, on_disk)
        _write_atomically(path, review.model_dump_json(indent=2))
    return review


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


def export_markdown(analysis: Analysis, review: Review) -> str:
    """Return the review as Markdown for an editor: each finding with its verdict and note."""
    from .report_md import md_escape

    done = review.reviewed(analysis.findings)
    lines = [
        f"# dealview review: {len(analysis.articles)} articles",
        "",
        f"{done} / {len(analysis.findings)} findings reviewed.",
        "",
    ]
    for title, status in (
        ("Needs follow-up", "follow-up"),
        ("Confirmed", "confirmed"),
        ("Dismissed", "dismissed"),
        ("Not reviewed", None),
    ):
        chosen = [f for f in analysis.findings if review.status(f) == status]
        if not chosen:
            continue
        lines += [f"## {title} ({len(chosen)})", ""]
        for f in chosen:
            lines.append(f"- **{f.kind}**: {md_escape(f.summary)} (rule `{f.rule}`)")
            note = review.verdict(f).note
            if note:
                lines.append(f"  - Note: {md_escape(note)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def export_json(analysis: Analysis, review: Review) -> str:
    """Return the review as JSON: each finding with its verdict."""
    return json.dumps(
        {
            "schema_version": REVIEW_SCHEMA_VERSION,
            "articles": review.articles,
            "findings": [
                {
                    "key": f.key,
                    "kind": f.kind,
                    "rule": f.rule,
                    "summary": f.summary,
                    "claims": f.claims,
                    **review.verdict(f).model_dump(include={"status", "note", "updated"}),
                }
                for f in analysis.findings
            ],
        },
        ensure_ascii=False,
        indent=2,
    )
