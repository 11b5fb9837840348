"""Where dealview keeps what it writes for a set of articles, and finding a review kept elsewhere.

Reviews, their backups and exports live together in one folder: `.dealview/` beside the
articles (in the folder analysed, or the folder of the first file named), or, when that cannot
be written (the bundled sample, a read-only folder, a `.dealview` that is not the user's own
folder), a folder of the user data folder named after the articles' fingerprints. A review kept
where older versions put it (`dealview-review.json` among the articles, `reviews/<digest>.json`
in the data folder) is found and copied to the new place, the old file left as it was.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .models import Analysis
from .own_files import STORE_DIR_NAME
from .review import (
    Review,
    ReviewError,
    fingerprints,
    load_review,
    new_review,
    read_review,
    save_review,
)
from .shown_names import shown_name

REVIEW_FILE_NAME = "review.json"
"""The review's name inside its folder."""
LEGACY_REVIEW_FILE_NAME = "dealview-review.json"
"""Where dealview kept the review before `.dealview/`: among the articles."""


@dataclass(frozen=True)
class ReviewPlace:
    """Where the review of a set of articles is, and where an older dealview may have left it."""

    review: Path
    """The review file; exports and backups are written beside it."""
    legacy: tuple[Path, ...] = ()
    """Older places of the same review, looked at (in order) only when `review` does not exist."""

    @property
    def folder(self) -> Path:
        """The folder that holds what dealview writes for these articles."""
        return self.review.parent


def review_place_for(
    paths: list[Path] | None, analysis: Analysis, data_dir: Path, review_file: Path | None = None
) -> ReviewPlace:
    """Return where the review of these articles lives.

    `review_file` when the user named one. Otherwise `.dealview/review.json` in the articles'
    folder (the folder given, or the folder of the first file) when it can be written there;
    else (the bundled sample, a read-only folder) `data_dir/reviews/<fingerprint>/review.json`.
    """
    if review_file is not None:
        return ReviewPlace(review_file)
    digest = hashlib.sha256("".join(sorted(fingerprints(analysis).values())).encode()).hexdigest()
    in_data = data_dir / "reviews" / digest[:16]
    legacy = [in_data.with_suffix(".json")]
    folder = _articles_folder(paths)
    if folder is not None:
        legacy.insert(0, folder / LEGACY_REVIEW_FILE_NAME)
        store = folder / STORE_DIR_NAME
        if _can_write_in(store, folder):
            return ReviewPlace(store / REVIEW_FILE_NAME, tuple(legacy))
    return ReviewPlace(in_data / REVIEW_FILE_NAME, tuple(legacy))


def review_path_for(paths: list[Path] | None, analysis: Analysis, data_dir: Path) -> Path:
    """Return the review file of these articles (see `review_place_for`)."""
    return review_place_for(paths, analysis, data_dir).review


def _articles_folder(paths: list[Path] | None) -> Path | None:
    """The folder given, or the folder of the first file given; None for the bundled sample."""
    if not paths:
        return None
    first = paths[0]
    try:
        return first if first.is_dir() else first.parent
    except OSError:
        return None


def _can_write_in(store: Path, folder: Path) -> bool:
    """Whether dealview may keep its files in `store`: a folder of the user's own (never a
    link, a file, or a folder of another user) that can be written, or, when there is none
    yet, a folder that can be made in `folder`."""
    try:
        info = os.lstat(store)
    except FileNotFoundError:
        return os.access(folder, os.W_OK | os.X_OK)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    return os.access(store, os.W_OK | os.X_OK)


def open_review(place: ReviewPlace, analysis: Analysis) -> tuple[Review, Path, list[str]]:
    """Return the review of `analysis` kept at `place` (a new one when none was saved), the
    file its verdicts are saved to, and what to tell the reader.

    When there is no review at `place.review` but one at an older place, it is read, written
    to the new place, and said once; the old file is left as it was. If it cannot be written
    there, its verdicts keep being saved to the old file. Raises ReviewError for a file at
    `place.review` that is not a review (it is left untouched)."""
    path = place.review
    if not os.path.lexists(path):
        for old in place.legacy:
            if os.path.lexists(old):
                return _moved(old, path, analysis)
    review, warnings = load_review(path, analysis)
    return review, path, warnings


def _moved(old: Path, path: Path, analysis: Analysis) -> tuple[Review, Path, list[str]]:
    """The review found at `old`, copied to `path` (the old file untouched)."""
    try:
        found = read_review(old)
    except ReviewError as exc:
        return (
            new_review(analysis),
            path,
            [f"{exc}; a new review is kept in {shown_name(path)}"],
        )
    assert found is not None  # it exists
    try:
        save_review(path, found)
    except (OSError, ReviewError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        review, warnings = load_review(old, analysis)
        said = (
            f"the review in {shown_name(old)} could not be copied to {shown_name(path)} "
            f"({why}); verdicts are saved to {shown_name(old)}"
        )
        return review, old, [said, *warnings]
    review, warnings = load_review(path, analysis)
    said = (
        f"the review found in {shown_name(old)} (where dealview kept it before) is now kept "
        f"in {shown_name(path)}; the old file is left as it was"
    )
    return review, path, [said, *warnings]


def shown_place(path: Path) -> str:
    """Return a path as a reader finds it: relative to the current folder when inside it,
    from `~` when inside the home folder, else absolute; one printable line (`shown_name`)."""
    full = Path(os.path.abspath(path))
    for base, lead in ((_cwd(), ""), (_home(), "~/")):
        if base is not None and full.is_relative_to(base) and full != base:
            return shown_name(f"{lead}{full.relative_to(base)}")
    return shown_name(full)


def _cwd() -> Path | None:
    try:
        return Path.cwd()
    except OSError:  # the current folder was removed
        return None


def _home() -> Path | None:
    try:
        return Path.home()
    except (OSError, RuntimeError, KeyError):  # no home folder known
        return None
