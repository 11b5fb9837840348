"""A disk cache of analyses, keyed by what they depend on: the articles' bytes, the topics
file and the engine's own source. Opening the same articles again loads the stored JSON instead
of analysing them (and never imports the analysis libraries).

Only the standard library and the models are imported here, so that a cache hit stays cheap.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from .models import Analysis

_ENGINE_DIR = Path(__file__).resolve().parent


def _engine_fingerprint() -> str:
    digest = hashlib.sha256()
    for source in sorted(_ENGINE_DIR.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def cache_key(paths: list[Path] | None, topics_file: Path | None) -> str | None:
    """Return the key of an analysis of `paths` with `topics_file`, or None when the inputs
    cannot be listed or read (the analysis then reports why)."""
    from .reading import ReadError, collect_paths, default_topics_file, sample_dir

    try:
        chosen = paths or [sample_dir()]
        topics = topics_file or default_topics_file(chosen)
        digest = hashlib.sha256(_engine_fingerprint().encode())
        for f in collect_paths(chosen):
            digest.update(str(f).encode())
            digest.update(hashlib.sha256(f.read_bytes()).digest())
        if topics is not None:
            digest.update(b"topics")
            digest.update(topics.read_bytes())
    except (OSError, ReadError):
        return None  # the analysis will say what is wrong with the inputs
    return digest.hexdigest()


def cached_analyse(
    paths: list[Path] | None, topics_file: Path | None, cache_dir: Path | None
) -> Analysis:
    """Return the analysis of `paths`, from `cache_dir` when an identical one is stored there.

    Without `cache_dir` (or with DEALVIEW_NO_CACHE set) nothing is read or written.
    """
    key = (
        None
        if cache_dir is None or os.environ.get("DEALVIEW_NO_CACHE")
        else cache_key(paths, topics_file)
    )
    stored = cache_dir / f"{key}.json" if cache_dir is not None and key else None
    if stored is not None and stored.is_file():
        try:
            return Analysis.model_validate_json(stored.read_bytes())
        except (OSError, ValueError):
            pass  # unreadable or from an older model: analyse again
    from .pipeline import analyse

    analysis = analyse(paths, topics_file)
    if stored is not None:
        try:
            stored.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=stored.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(analysis.model_dump_json())
            os.replace(tmp, stored)
        except OSError:
            pass  # a cache that cannot be written is only slower
    return analysis


def default_cache_dir() -> Path:
    """The user's cache folder for dealview."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dealview", appauthor=False)) / "analyses"
