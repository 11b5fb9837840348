"""The analysis cache never runs code: a stored entry builds dealview's models and nothing else,
an entry or folder that others could have written is refused, and an interrupted write leaves
no temporary file behind for long."""

from __future__ import annotations

import os
import pickle
import shutil
import time
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from dealview.core import models
from dealview.core.cache import ALLOWED_GLOBALS, STALE_TMP_SECONDS, cached_analyse, load_cached
from dealview.core.pipeline import analyse
from dealview.core.reading import sample_dir

ARTICLES = {
    "lemonde.txt": "Le groupe Alpha rachète Beta pour 2 milliards d'euros, selon Reuters. "
    "L'accord doit être finalisé en mars 2027.\n",
    "figaro.txt": "Alpha a accepté de payer 2,5 milliards d'euros pour Beta, a annoncé le "
    "groupe mardi. La vente sera conclue en mars 2027.\n",
    "wire.txt": "Alpha agreed to buy Beta for 2 billion euros, the company said on Tuesday. "
    "The deal should close in March 2027.\n",
}


class _RunsCode:
    """Unpickled by plain `pickle`, this creates the folder `marker`: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.mkdir, (str(self.marker),))


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _stored_entry(story: Path, cache_dir: Path) -> Path:
    cached_analyse([story], None, cache_dir)
    (entry,) = cache_dir.glob("*.pickle")
    return entry


def _refusals(notices: list[str]) -> list[str]:
    return [n for n in notices if n.startswith("Cache ") and "refused" in n]


def _no_reanalysis(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise AssertionError("analysed again although the entry is stored")

    monkeypatch.setattr("dealview.core.pipeline.analyse", fail)


def test_a_good_entry_is_loaded_without_analysing_again(
    story: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cached_analyse([story], None, cache_dir)
    assert len(first.claims) > 3
    _no_reanalysis(monkeypatch)
    again = cached_analyse([story], None, cache_dir)
    assert again == first
    assert again.notices == first.notices
    assert _refusals(again.notices) == []
    assert load_cached([story], None, cache_dir) == first


def test_a_stored_sample_analysis_loads_whole(tmp_path: Path) -> None:
    folder = tmp_path / "sample"
    shutil.copytree(sample_dir(), folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    first = cached_analyse([folder], None, tmp_path / "cache")
    loaded = load_cached([folder], None, tmp_path / "cache")
    assert loaded is not None
    assert loaded == first
    assert len(loaded.findings) == len(first.findings) > 0


def test_an_entry_that_would_run_code_is_refused_not_run(
    story: Path, cache_dir: Path, tmp_path: Path
) -> None:
    entry = _stored_entry(story, cache_dir)
    marker = tmp_path / "ran"
    payload = pickle.dumps(_RunsCode(marker), protocol=pickle.HIGHEST_PROTOCOL)
    # The payload is live: plain pickle runs it.
    pickle.loads(payload)
    assert marker.exists()
    marker.rmdir()

    entry.write_bytes(payload)
    assert load_cached([story], None, cache_dir) is None  # the app's quick look: nothing
    analysis = cached_analyse([story], None, cache_dir)
    assert not marker.exists()
    assert analysis == analyse([story]).model_copy(update={"notices": analysis.notices})
    (refusal,) = _refusals(analysis.notices)
    assert str(entry) in refusal
    assert "os.mkdir" in refusal or "posix.mkdir" in refusal
    assert "\n" not in refusal
    assert entry.read_bytes() == payload  # left in place, not overwritten


def test_code_hidden_inside_a_real_analysis_is_refused(
    story: Path, cache_dir: Path, tmp_path: Path
) -> None:
    entry = _stored_entry(story, cache_dir)
    marker = tmp_path / "ran"
    poisoned = analyse([story])
    poisoned.notices = [_RunsCode(marker)]  # type: ignore[list-item]
    entry.write_bytes(pickle.dumps(poisoned, protocol=pickle.HIGHEST_PROTOCOL))
    analysis = cached_analyse([story], None, cache_dir)
    assert not marker.exists()
    assert len(_refusals(analysis.notices)) == 1
    assert analysis.claims == poisoned.claims


def test_an_entry_holding_something_else_than_an_analysis_is_refused(
    story: Path, cache_dir: Path
) -> None:
    entry = _stored_entry(story, cache_dir)
    entry.write_bytes(pickle.dumps({"articles": []}))
    analysis = cached_analyse([story], None, cache_dir)
    assert "holds no analysis" in _refusals(analysis.notices)[0]
    assert len(analysis.articles) == 3


def test_an_entry_others_can_write_to_is_refused(story: Path, cache_dir: Path) -> None:
    entry = _stored_entry(story, cache_dir)
    before = entry.read_bytes()
    entry.chmod(0o666)
    analysis = cached_analyse([story], None, cache_dir)
    (refusal,) = _refusals(analysis.notices)
    assert "others can write" in refusal and str(entry) in refusal
    assert len(analysis.articles) == 3
    assert entry.read_bytes() == before and entry.stat().st_mode & 0o777 == 0o666


def test_a_cache_folder_others_can_write_to_is_neither_read_nor_written(
    story: Path, cache_dir: Path
) -> None:
    entry = _stored_entry(story, cache_dir)
    cache_dir.chmod(0o777)
    analysis = cached_analyse([story], None, cache_dir)
    (refusal,) = _refusals(analysis.notices)
    assert refusal.startswith(f"Cache folder {cache_dir} refused") and "not cached" in refusal
    (story / "lemonde.txt").write_text(ARTICLES["lemonde.txt"] + "Fin.\n", encoding="utf-8")
    changed = cached_analyse([story], None, cache_dir)
    assert len(_refusals(changed.notices)) == 1
    assert list(cache_dir.iterdir()) == [entry]  # the new analysis was not written there


@pytest.mark.skipif(os.getuid() != 0, reason="giving a file away needs root")
def test_an_entry_of_another_user_is_left_alone(story: Path, cache_dir: Path) -> None:
    entry = _stored_entry(story, cache_dir)
    before = entry.read_bytes()
    os.chown(entry, 4242, -1)
    analysis = cached_analyse([story], None, cache_dir)
    (refusal,) = _refusals(analysis.notices)
    assert "another user" in refusal and "left in place" in refusal
    assert entry.stat().st_uid == 4242 and entry.read_bytes() == before


@pytest.mark.skipif(os.getuid() != 0, reason="giving a folder away needs root")
def test_a_cache_folder_of_another_user_is_not_used(story: Path, cache_dir: Path) -> None:
    # As when root runs dealview with a user's HOME: the user's folder is not root's.
    entry = _stored_entry(story, cache_dir)
    os.chown(cache_dir, 4242, -1)
    analysis = cached_analyse([story], None, cache_dir)
    (refusal,) = _refusals(analysis.notices)
    assert refusal.startswith(f"Cache folder {cache_dir} refused (it belongs to another user")
    assert list(cache_dir.iterdir()) == [entry]


def test_a_link_or_a_fifo_in_place_of_an_entry_is_refused(
    story: Path, cache_dir: Path, tmp_path: Path
) -> None:
    entry = _stored_entry(story, cache_dir)
    elsewhere = tmp_path / "elsewhere.pickle"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)
    assert "is a link" in _refusals(cached_analyse([story], None, cache_dir).notices)[0]
    entry.unlink()
    os.mkfifo(entry)
    (refusal,) = _refusals(cached_analyse([story], None, cache_dir).notices)  # no hang
    assert "not a regular file" in refusal


def test_a_corrupt_entry_is_written_again_without_a_notice(story: Path, cache_dir: Path) -> None:
    entry = _stored_entry(story, cache_dir)
    entry.write_bytes(b"\x80\x05truncated")
    analysis = cached_analyse([story], None, cache_dir)
    assert _refusals(analysis.notices) == []
    assert load_cached([story], None, cache_dir) == analysis


def test_stale_temporary_files_are_removed_and_fresh_ones_kept(
    story: Path, cache_dir: Path
) -> None:
    cache_dir.mkdir(mode=0o700)
    stale, fresh = cache_dir / "tmpold.tmp", cache_dir / "tmpnew.tmp"
    stale.write_bytes(b"half an entry")
    fresh.write_bytes(b"being written")
    old = time.time() - STALE_TMP_SECONDS - 60
    os.utime(stale, (old, old))
    cached_analyse([story], None, cache_dir)
    assert not stale.exists()
    assert fresh.exists()
    assert len(list(cache_dir.glob("*.pickle"))) == 1


def test_a_failed_write_leaves_no_temporary_file(
    story: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    analysis = cached_analyse([story], None, cache_dir)
    assert len(analysis.articles) == 3 and _refusals(analysis.notices) == []
    assert list(cache_dir.iterdir()) == []


def _models_held(model: type[BaseModel], seen: set[str]) -> set[str]:
    seen.add(model.__name__)
    pending = [field.annotation for field in model.model_fields.values()]
    while pending:
        kind = pending.pop()
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            if kind.__name__ not in seen:
                _models_held(kind, seen)
        else:
            pending.extend(typing.get_args(kind))
    return seen


def test_the_allow_list_is_exactly_the_models_an_analysis_holds() -> None:
    assert {module for module, _ in ALLOWED_GLOBALS} == {models.__name__}
    assert {name for _, name in ALLOWED_GLOBALS} == _models_held(models.Analysis, set())
