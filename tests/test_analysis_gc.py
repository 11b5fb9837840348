"""An analysis raises the collector's thresholds while it runs and puts them back after, even
when it fails (issue 13, point 4: the collector walked every live object over and over)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from dealview.core import pipeline
from dealview.core.reading import ReadError


def test_thresholds_are_raised_during_an_analysis_and_restored_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    real = pipeline.compare  # type: ignore[attr-defined]

    def spying(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "compare", spying)
    pipeline.analyse()
    assert seen == [pipeline.ANALYSIS_GC_THRESHOLD]
    assert gc.get_threshold() == before


def test_thresholds_are_restored_when_the_analysis_fails(tmp_path: Path) -> None:
    before = gc.get_threshold()
    with pytest.raises(ReadError):
        pipeline.analyse([tmp_path / "missing"])
    assert gc.get_threshold() == before
