"""Files that are no articles are refused before they are read: links to devices, FIFOs,
files far over the size limit, as `dealview report` sees them and inside the cache key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dealview.core.cache import cache_key
from dealview.core.pipeline import analyse
from dealview.core.reading import MAX_FILE_BYTES, ReadError, RefusedFile, read_bounded

FR = (
    "Le groupe a annoncé mardi un investissement de 12 milliards d'euros dans trois usines "
    "de batteries, selon son directeur financier, qui table sur 4 000 emplois d'ici 2030.\n"
)
EN = (
    "The group said on Tuesday it would invest 12 billion euros in three battery plants, "
    "according to its chief financial officer, who expects 4,000 jobs by 2030.\n"
)
GIGABYTES_3 = 3 * 1024**3

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")


def report(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `dealview report` as a user does, with a cache of its own; a hang fails the test."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("DEALVIEW_NO_CACHE", None)
    return subprocess.run(
        [sys.executable, "-m", "dealview.tui.cli", "report", "--format", "json", *args],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
    )


def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "fr.txt").write_text(FR, encoding="utf-8")
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    return folder


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    return lines[0]


@needs_dev_zero
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_named_directly_is_one_line_exit_2(tmp_path: Path, device: str) -> None:
    link = tmp_path / "a.txt"
    link.symlink_to(device)
    start = time.monotonic()
    line = one_error_line(report(tmp_path, str(link)))
    assert time.monotonic() - start < 10
    assert "a.txt: a link to a device, not a regular file; not read" in line


@needs_dev_zero
def test_a_link_to_dev_zero_inside_a_folder_is_skipped_with_a_notice(tmp_path: Path) -> None:
    folder = story(tmp_path)
    (folder / "zero.txt").symlink_to("/dev/zero")
    start = time.monotonic()
    result = analyse([folder])
    assert time.monotonic() - start < 10
    assert sorted(a.id for a in result.articles) == ["en", "fr"]
    assert any(
        n.endswith("zero.txt: a link to a device, not a regular file; skipped")
        for n in result.notices
    ), result.notices


@needs_fifo
def test_a_fifo_named_directly_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    line = one_error_line(report(tmp_path, str(fifo)))  # a hang raises TimeoutExpired
    assert "pipe.txt: a named pipe (FIFO), not a regular file; not read" in line


@needs_fifo
def test_a_fifo_inside_a_folder_is_skipped_with_a_notice(tmp_path: Path) -> None:
    folder = story(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    done = report(tmp_path, str(folder))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert sorted(a["id"] for a in data["articles"]) == ["en", "fr"]
    assert any(
        n.endswith("pipe.txt: a named pipe (FIFO), not a regular file; skipped")
        for n in data["notices"]
    ), data["notices"]


@needs_fifo
def test_a_folder_holding_only_a_fifo_says_why_nothing_was_read(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    with pytest.raises(ReadError, match=r"no readable article files.*named pipe"):
        analyse([folder])


def sparse(path: Path, size: int) -> Path:
    with path.open("wb"):
        pass
    os.truncate(path, size)
    return path


def test_a_3_gb_sparse_file_is_refused_unread_named_directly(tmp_path: Path) -> None:
    big = sparse(tmp_path / "big.txt", GIGABYTES_3)
    start = time.monotonic()
    line = one_error_line(report(tmp_path, str(big)))
    assert time.monotonic() - start < 10  # includes starting Python; the read itself is a stat
    assert "big.txt: 3,221.2 MB, over the 5 MB limit for one article" in line


def test_a_3_gb_sparse_file_in_a_folder_is_skipped_and_not_read_by_the_cache_key(
    tmp_path: Path,
) -> None:
    folder = story(tmp_path)
    big = sparse(folder / "big.txt", GIGABYTES_3)
    start = time.monotonic()
    key = cache_key([folder], None)
    result = analyse([folder])
    assert time.monotonic() - start < 2
    assert key is not None
    assert sorted(a.id for a in result.articles) == ["en", "fr"]
    assert any("big.txt: 3,221.2 MB, over the 5 MB limit" in n for n in result.notices)
    # Keyed by its stat: growing the file changes the key although it is never read.
    os.truncate(big, GIGABYTES_3 + 1)
    assert cache_key([folder], None) != key


def test_the_cache_key_still_follows_what_an_accepted_file_says(tmp_path: Path) -> None:
    folder = story(tmp_path)
    key = cache_key([folder], None)
    (folder / "fr.txt").write_text(FR.replace("12", "13"), encoding="utf-8")
    assert cache_key([folder], None) != key


@needs_fifo
def test_the_cache_key_of_a_folder_holding_a_fifo_is_made_without_waiting(
    tmp_path: Path,
) -> None:
    folder = story(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    assert cache_key([folder], None) is not None
    assert cache_key([folder / "pipe.txt"], None) is None  # the analysis says why


def test_read_bounded_reads_at_most_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 11)
    assert read_bounded(path, limit=11) == b"x" * 11
    with pytest.raises(RefusedFile, match="over the"):
        read_bounded(path, limit=10)
    assert MAX_FILE_BYTES == 5_000_000


@needs_dev_zero
def test_topics_from_dev_zero_is_one_line_exit_2(tmp_path: Path) -> None:
    folder = story(tmp_path)
    line = one_error_line(report(tmp_path, "--topics", "/dev/zero", str(folder)))
    assert line == "dealview: /dev/zero: a device, not a regular file; not read"


def test_a_topics_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    folder = story(tmp_path)
    topics = sparse(tmp_path / "topics.toml", GIGABYTES_3)
    start = time.monotonic()
    line = one_error_line(report(tmp_path, "--topics", str(topics), str(folder)))
    assert time.monotonic() - start < 10
    assert "topics.toml: 3,221.2 MB, over the 5 MB limit for a topics file; not read" in line


def test_a_file_that_cannot_be_opened_among_others_is_skipped_with_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = story(tmp_path)
    locked = folder / "locked.txt"
    locked.write_text(FR.replace("12", "14"), encoding="utf-8")
    original = os.open

    def refusing_open(path: os.PathLike[str] | str, flags: int, *args: int) -> int:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return original(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)  # root reads a file chmod 000 anyway
    result = analyse([folder])
    assert sorted(a.id for a in result.articles) == ["en", "fr"]
    assert any(
        "locked.txt: cannot be read (Permission denied); skipped" in n for n in result.notices
    )
    with pytest.raises(ReadError, match=r"locked\.txt: cannot be read"):
        analyse([locked])
