"""Stored analyses: the same inputs load the stored analysis; any change analyses again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dealview.core.cache import cache_key, cached_analyse
from dealview.core.models import Claim
from dealview.core.pipeline import analyse, sample_dir


def _copy_sample(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    shutil.copytree(sample_dir(), folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def test_a_second_run_loads_the_same_analysis(tmp_path: Path) -> None:
    folder, cache = _copy_sample(tmp_path), tmp_path / "cache"
    first = cached_analyse([folder], None, cache)
    assert len(list(cache.glob("*.pickle"))) == 1
    again = cached_analyse([folder], None, cache)
    assert again.article(again.articles[0].id)  # builds the lookup indexes of one side only
    assert again == first == analyse([folder])


def test_a_stored_analysis_loads_in_the_compact_layout(tmp_path: Path) -> None:
    # Loaded claims keep their values as analysed ones do, in half the memory of a table of
    # their own per claim; equal, and they still take changes.
    folder, cache = _copy_sample(tmp_path), tmp_path / "cache"
    cached_analyse([folder], None, cache)
    loaded = cached_analyse([folder], None, cache)
    claim = loaded.claims[0]
    validated = Claim.model_validate(claim.model_dump())
    assert validated == claim
    assert sys.getsizeof(claim.__dict__) * 2 < sys.getsizeof(validated.__dict__)
    claim.topic = "elsewhere"
    assert claim.model_dump()["topic"] == "elsewhere"


@pytest.mark.parametrize("change", ["article", "topics"])
def test_a_changed_input_changes_the_key(tmp_path: Path, change: str) -> None:
    folder = _copy_sample(tmp_path)
    before = cache_key([folder], None)
    target = folder / ("003_cf8350971e2b4f94.txt" if change == "article" else "topics.toml")
    target.write_text(target.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert cache_key([folder], None) != before


def test_a_corrupt_cache_entry_is_analysed_again(tmp_path: Path) -> None:
    folder, cache = _copy_sample(tmp_path), tmp_path / "cache"
    cached_analyse([folder], None, cache)
    (entry,) = cache.glob("*.pickle")
    entry.write_bytes(b"broken")
    assert cached_analyse([folder], None, cache) == analyse([folder])


def test_a_cache_hit_imports_no_analysis_library(tmp_path: Path) -> None:
    folder, cache = _copy_sample(tmp_path), tmp_path / "cache"
    cached_analyse([folder], None, cache)
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from dealview.core.cache import cached_analyse\n"
        f"a = cached_analyse([Path({str(folder)!r})], None, Path({str(cache)!r}))\n"
        "assert len(a.findings) > 10\n"
        "print(','.join(m for m in ('rapidfuzz', 'numpy', 'text_to_num') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
