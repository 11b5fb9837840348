"""The `dealview report` command as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dealview.tui.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dealview.tui.cli", *args], capture_output=True, text=True
    )


def test_json_report_of_the_sample_has_the_documented_fields(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["report", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"articles", "claims", "topics", "findings"} <= set(data)
    art = data["articles"][0]
    assert {"id", "path", "title", "language"} <= set(art)
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for c in data["claims"]:
        assert {
            "id",
            "article",
            "start",
            "end",
            "text",
            "kind",
            "value",
            "unit",
            "hedged",
            "topic",
        } <= set(c)
        assert texts[c["article"]][c["start"] : c["end"]] == c["text"]
    assert {"id", "label", "passages"} <= set(data["topics"][0])
    assert {"article", "start", "end"} == set(data["topics"][0]["passages"][0])
    f = data["findings"][0]
    assert {"id", "kind", "topic", "summary", "rule", "claims"} <= set(f)
    assert f["kind"] == "contradiction"


def test_markdown_report_puts_contradictions_first_with_quotes(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    assert main(["report", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert (
        text.index("## Contradictions")
        < text.index("## Agreements")
        < text.index("## Single-source")
    )
    assert "2027 in 3 sources, 2028 in 1" in text
    assert "à consommer à partir de **2027**" in text


def test_missing_path_is_one_clear_line_and_exit_code_2() -> None:
    done = run("report", "/nonexistent/folder")
    assert done.returncode == 2
    assert done.stderr.strip() == "dealview: /nonexistent/folder: no such file or folder"
    assert "Traceback" not in done.stderr


def test_bad_topics_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "topics.toml"
    bad.write_text("[[topic]]\nkeywords = 3\n", encoding="utf-8")
    done = run("report", "--topics", str(bad))
    assert done.returncode == 2
    assert "needs a label" in done.stderr


def test_article_markup_and_escapes_are_shown_inert(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Acme [bold]paid[/] $12 billion\x1b]0;pwned\x07 for *Globex*, Acme said.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Acme paid $12 billion for Globex, Acme said.", encoding="utf-8"
    )
    done = run("report", str(tmp_path))
    assert done.returncode == 0
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "␛\\]0;pwned␇" in done.stdout
    assert r"\*Globex\*" in done.stdout and r"\[bold\]" in done.stdout


def test_one_article_says_there_is_nothing_to_compare(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Acme paid $12 billion for Globex, Acme said.", encoding="utf-8"
    )
    done = run("report", str(tmp_path / "a.txt"))
    assert done.returncode == 0
    assert "Only one article: there is nothing to compare it with." in done.stdout


def test_a_closed_pipe_ends_quietly() -> None:
    done = subprocess.run(
        f"{sys.executable} -m dealview.tui.cli report | head -1",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert done.stdout == "# dealview report: 5 articles\n"
    assert done.stderr == ""
