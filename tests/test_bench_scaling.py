"""The benchmark's scaling rows: stopped runs, targets and growth against n log n."""

from __future__ import annotations

import math
from pathlib import Path

from bench.generate import write_corpus
from bench.scaling import (
    Run,
    analyse_corpus,
    engine_lines,
    engine_state,
    growth,
    growth_lines,
    nlogn_ratio,
    run_row,
)


def test_nlogn_ratio_from_1000_to_5000() -> None:
    assert math.isclose(nlogn_ratio(1000, 5000), 5 * math.log(5000) / math.log(1000))
    assert 6.1 < nlogn_ratio(1000, 5000) < 6.2


def test_growth_is_set_against_nlogn_and_said() -> None:
    runs = [
        Run("reprints", 1000, 4.0, 120, 1000, 900),
        Run("reprints", 5000, 40.0, 400, 5000, 4000),
        Run("generated", 1000, 4.0, 120, 1000, 900),
        Run("generated", 5000, 20.0, 300, 5000, 4000),
    ]
    assert growth(runs[:2], 1000, 5000) == (10.0, nlogn_ratio(1000, 5000))
    lines = growth_lines(runs)
    assert any("reprints, 1,000 -> 5,000" in line and "faster than" in line for line in lines)
    assert any("generated, 1,000 -> 5,000" in line and "within" in line for line in lines)


def test_a_stopped_run_has_no_growth_and_its_row_says_why() -> None:
    runs = [
        Run("reprints", 1000, 84.0, 900, 1000, 500),
        Run("reprints", 5000, 600.5, 4100, stopped="over 10 min"),
    ]
    assert growth(runs, 1000, 5000) is None
    assert any("did not finish" in line for line in growth_lines(runs))
    row = run_row(runs[1])
    assert "over 10 min" in row and "≥ 4100 MiB" in row and "**missed**" in row


def test_rows_check_the_targets() -> None:
    assert "≤ 6 s | met" in run_row(Run("generated", 1000, 4.4, 127, 1000, 1456))
    assert "**missed**" in run_row(Run("reprints", 1000, 84.0, 900, 1000, 500))
    assert "**missed**" in run_row(Run("generated", 5000, 20.0, 941, 5000, 7000))
    row = run_row(Run("generated", 200, 0.64, 63, 200, 301))
    assert row == "| generated | 200 | 0.64 s | 63 MiB | 301 |  |  |"


def test_a_run_over_its_time_limit_is_stopped(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 5, "reprints")
    run = analyse_corpus(tmp_path / "c", "reprints", 5, limit_s=0.0)
    assert run.stopped == "over 0 min"
    assert run.findings == 0


def test_a_finished_run_reports_articles_and_findings(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 5, "generated")
    run = analyse_corpus(tmp_path / "c", "generated", 5)
    assert not run.stopped, run.stopped
    assert run.articles == 5 and run.findings > 0 and run.peak_mib > 0


def test_rows_say_which_engine_they_ran_on() -> None:
    same = [Run("generated", n, 1.0, 50, n, 1, engine="commit abc1234") for n in (5, 50)]
    assert engine_lines(same) == ["Every row ran on the engine at commit abc1234."]
    moved = [*same, Run("reprints", 300, 7.0, 130, 300, 9, engine="commit def5678")]
    lines = engine_lines(moved)
    assert "changed" in lines[0]
    assert lines[-2:] == [
        "- generated 5, generated 50: commit abc1234",
        "- reprints 300: commit def5678",
    ]


def test_engine_state_names_a_commit() -> None:
    assert engine_state().startswith("commit ")
