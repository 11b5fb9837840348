"""A regular (non-editable) install carries the engine, the CLI and the sample, under one name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_regular_install_runs_the_report_on_the_bundled_sample(tmp_path: Path) -> None:
    target = tmp_path / "site"
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
            str(target),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
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
