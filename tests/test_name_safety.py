"""File names that carry terminal escape sequences reach no terminal raw (issue 13, point 3)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from apps import new_app, ready
from textual.widgets import Static

from dealview.core.pipeline import analyse
from dealview.core.report_md import md_code, render_markdown
from dealview.core.shown_names import json_for_terminal, shown_name

FR = (
    "Selon Les Echos, le groupe Veltra aurait conclu un accord de 12 milliards d'euros avec "
    "Norvia. La signature est prévue en mars 2026, a indiqué un porte-parole."
)
EN = (
    "Veltra has agreed a €14bn deal with Norvia, Reuters reported on Monday. The signing is "
    "expected in March 2026, a spokesman said."
)
CLIPBOARD = "\x1b]52;c;aGVsbG8=\x07"  # OSC 52: write "hello" to the clipboard
TITLE = "\x1b]0;pwned\x07"  # OSC 0: retitle the window
CLEAR = "\x1b[2J"
RLO = "\u202e"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What must never reach the terminal (tab and newline may)."""


def stories(tmp: Path) -> Path:
    folder = tmp / "stories"
    folder.mkdir()
    (folder / f"0a{CLIPBOARD}x.txt").write_text(FR, encoding="utf-8")
    (folder / f"b{TITLE}{CLEAR}\nforged line{RLO}txt.txt").write_text(EN, encoding="utf-8")
    (folder / f"c{CLEAR}copy.txt").write_text(FR, encoding="utf-8")  # a notice names it
    return folder


def run(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp / "cache"), "HOME": str(tmp)}
    return subprocess.run(
        [sys.executable, "-m", "dealview.tui.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp,
    )


@pytest.mark.parametrize("args", [("report",), ("report", "--format", "md"), ("--summary",)])
def test_no_raw_control_reaches_the_terminal_and_the_names_stay_readable(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    folder = stories(tmp_path)
    done = run(tmp_path, *args, str(folder))
    assert done.returncode == 0, done.stderr
    assert not RAW.search(done.stdout), RAW.findall(done.stdout)
    assert not RAW.search(done.stderr)
    out = done.stdout
    if args[0] == "report":
        # Both names are in the sources table, each on its own line, placeholders visible.
        assert "`0a␛]52;c;aGVsbG8=␇x`" in out
        assert "`b␛]0;pwned␇␛[2J␊forged line⟨U+202E⟩txt`" in out
        assert "\nforged line" not in out
    else:
        assert "c␛[2Jcopy is the same text as 0a␛]52;c;aGVsbG8=␇x: counted once" in out
        assert not any(line.startswith("forged line") for line in out.splitlines())


def test_json_keeps_the_names_and_escapes_what_a_terminal_would_act_on(tmp_path: Path) -> None:
    folder = stories(tmp_path)
    done = run(tmp_path, "report", "--format", "json", str(folder))
    assert done.returncode == 0, done.stderr
    assert not RAW.search(done.stdout)
    assert "\\u001b]52" in done.stdout and "\\u202e" in done.stdout
    ids = {a["id"] for a in json.loads(done.stdout)["articles"]}
    assert f"0a{CLIPBOARD}x" in ids  # the data is the file's name, exactly


def test_an_error_line_naming_a_hostile_path_is_one_visible_line(tmp_path: Path) -> None:
    done = run(tmp_path, "report", f"missing{CLIPBOARD}\nsecond line.txt")
    assert done.returncode == 2
    assert not RAW.search(done.stderr)
    assert done.stderr.count("\n") == 1
    assert "missing␛]52;c;aGVsbG8=␇␊second line.txt: no such file or folder" in done.stderr


def test_names_that_are_not_utf8_are_shown_and_serialised(tmp_path: Path) -> None:
    folder = tmp_path / "bytes"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9\x9b.txt")).write_text(FR, encoding="utf-8")
    (folder / "plain.txt").write_text(EN, encoding="utf-8")
    analysis = analyse([folder])
    assert {a.id for a in analysis.articles} == {"caf\\xe9\\x9b", "plain"}
    assert "`caf\\xe9\\x9b`" in render_markdown(analysis)
    json.loads(analysis.model_dump_json())  # no surrogate left to stop the JSON
    assert shown_name(os.fsdecode(b"a\xff")) == "a⟨0xFF⟩"


def test_markdown_code_span_holds_backticks_and_pipes() -> None:
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x") == "`` `x ``"
    assert md_code("a|b", in_table=True) == "`a\\|b`"
    assert md_code("plain") == "`plain`"


def test_json_for_terminal_escapes_c1_and_bidi_and_loads_the_same() -> None:
    data = {"name": f"a\x9b2J{RLO}b\x1b"}
    text = json_for_terminal(json.dumps(data, ensure_ascii=False))
    assert not RAW.search(text)
    assert json.loads(text) == data


async def test_the_app_status_shows_placeholders_not_the_sequence(tmp_path: Path) -> None:
    folder = stories(tmp_path)
    app = new_app(tmp_path, [folder])
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await ready(pilot)
        status = str(screen.query_one("#status", Static).content)
        assert not RAW.search(status)  # the status names the source by its label (issue 14)
        await pilot.press("r")  # the reader's header names the source too
        await pilot.pause()
        head = str(screen.query_one("#reader-head", Static).content)
        assert not RAW.search(head)
        assert "␛]52" in head
        await pilot.press("2")  # the source whose name holds a newline: still one line
        await pilot.pause()
        status = str(screen.query_one("#status", Static).content)
        assert not RAW.search(status)
        assert "\n" not in status
        head = str(screen.query_one("#reader-head", Static).content)
        assert head.startswith("b␛]0;pwned␇␛[2J␊forged line⟨U+202E⟩txt")
        for view in ("m", "c"):  # the matrix's columns and the compare panes name sources
            await pilot.press(view)
            await pilot.pause()
            screen_text = app.export_screenshot()
            assert not RAW.search(screen_text)
            if view == "c":  # by label, and the file name under it
                assert "␛" in screen_text
