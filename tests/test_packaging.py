"""A regular (non-editable) install carries the engine, the CLI and the sample, under one name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project installed as a regular (non-editable) package into a folder, once."""
    folder = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(folder),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return folder


def test_regular_install_runs_the_report_on_the_bundled_sample(
    target: Path, tmp_path: Path
) -> None:
    assert sorted(
        p.name for p in (target / "dealview").iterdir() if not p.name.startswith("_")
    ) == ["core", "seeds", "tui"]
    assert not (target / "core").exists() and not (target / "tui").exists()
    assert (target / "dealview" / "seeds" / "topics.toml").is_file()
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-m", "dealview.tui.cli", "report", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert '"deal-size"' in done.stdout and str(target) in done.stdout


def test_regular_install_carries_the_whole_app(target: Path, tmp_path: Path) -> None:
    installed = {
        p.relative_to(target / "dealview").as_posix()
        for p in (target / "dealview").rglob("*")
        if p.suffix in {".py", ".tcss"} and "__pycache__" not in p.parts
    }
    shipped = {
        p.relative_to(ROOT).as_posix()
        for folder in ("core", "tui")
        for p in (ROOT / folder).rglob("*")
        if p.suffix in {".py", ".tcss"} and "__pycache__" not in p.parts
    }
    assert shipped <= installed, sorted(shipped - installed)
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import asyncio, tempfile\n"
        "from pathlib import Path\n"
        "from dealview.tui.app import make_app\n"
        "from dealview.tui.screens.main import MainScreen\n"
        "async def main():\n"
        "    app = make_app(None, data_dir=Path(tempfile.mkdtemp()))\n"
        "    async with app.run_test() as pilot:\n"
        "        await app.workers.wait_for_complete()\n"
        "        for _ in range(100):\n"
        "            if isinstance(app.screen, MainScreen): break\n"
        "            await pilot.pause(0.02)\n"
        "        assert isinstance(app.screen, MainScreen)\n"
        "asyncio.run(main())\n"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "DEALVIEW_NO_CACHE": "1"},
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
