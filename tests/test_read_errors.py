"""Folders and paths that cannot be read: one line each, never a traceback (issue 13, point 6)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dealview.core.pipeline import analyse
from dealview.core.reading import ReadError, collect_paths

FR = (
    "Selon Les Echos, le groupe Veltra aurait conclu un accord de 12 milliards d'euros avec "
    "Norvia. La signature est prévue en mars 2026."
)
EN = "Veltra has agreed a €14bn deal with Norvia, Reuters reported. The signing is due in March."

as_root = pytest.mark.skipif(os.geteuid() == 0, reason="root reads an unreadable folder anyway")


def run(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp / "cache"), "HOME": str(tmp)}
    return subprocess.run(
        [sys.executable, "-m", "dealview.tui.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp,
    )


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A folder of two articles and a subfolder `sub` (one more article) that cannot be read."""
    folder = tmp_path / "stories"
    sub = folder / "sub"
    sub.mkdir(parents=True)
    (folder / "a.txt").write_text(FR, encoding="utf-8")
    (folder / "b.txt").write_text(EN, encoding="utf-8")
    (sub / "c.txt").write_text(EN + " More.", encoding="utf-8")
    sub.chmod(0)
    try:
        os.listdir(sub)
    except PermissionError:
        yield folder
    else:  # root (os.geteuid() == 0) reads it anyway
        pytest.skip("this user reads a folder of mode 000")
    finally:
        sub.chmod(0o755)


def test_an_unreadable_subfolder_is_skipped_with_a_notice(locked: Path) -> None:
    analysis = analyse([locked])
    assert [a.id for a in analysis.articles] == ["a", "b"]
    assert f"{locked / 'sub'}: not readable; skipped" in analysis.notices


def test_the_report_says_which_subfolder_was_skipped(locked: Path, tmp_path: Path) -> None:
    done = run(tmp_path, "--summary", str(locked))
    assert done.returncode == 0, done.stderr
    assert f"{locked / 'sub'}: not readable; skipped" in done.stdout.splitlines()


@pytest.mark.parametrize("command", [("report",), ("--summary",)])
def test_an_unreadable_folder_named_is_one_line_and_exit_2(
    locked: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    done = run(tmp_path, *command, str(locked / "sub"))
    assert done.returncode == 2
    assert done.stderr == f"dealview: {locked / 'sub'}: cannot be read (Permission denied)\n"
    assert done.stdout == ""


def test_a_subfolder_that_cannot_be_listed_is_a_notice_even_for_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same rule where chmod cannot show it (root lists any folder): listing fails."""
    folder = tmp_path / "stories"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(FR, encoding="utf-8")
    (folder / "b.txt").write_text(EN, encoding="utf-8")
    (folder / "sub" / "c.txt").write_text(EN, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str) -> Iterator[os.DirEntry[str]]:
        if os.fspath(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    notices: list[str] = []
    assert collect_paths([folder], notices) == [folder / "a.txt", folder / "b.txt"]
    assert notices == [f"{folder / 'sub'}: not readable; skipped"]
    with pytest.raises(ReadError, match=r"sub: cannot be read \(Permission denied\)$"):
        collect_paths([folder / "sub"])


@pytest.mark.parametrize("command", [("report",), ("report", "--format", "json"), ("--summary",)])
def test_a_path_longer_than_the_system_allows_is_one_line_and_exit_2(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    long_name = "x" * 300
    for path in (long_name, f"{long_name}/a.txt", f"stories/{long_name}.txt"):
        done = run(tmp_path, *command, path)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert done.stderr.startswith(f"dealview: {path}")
        assert "File name too long" in done.stderr or "no such file" in done.stderr


def test_a_long_name_inside_the_reader_is_a_read_error_not_an_oserror() -> None:
    with pytest.raises(ReadError, match="File name too long"):
        collect_paths([Path("y" * 300)])
