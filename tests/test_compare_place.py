"""The compare view keeps the reader's place (issue 14 point 5): `c` opens the current
finding's topic and sources, a line names the finding, hidden sources are said, `s` keeps the
rows in sight."""

from __future__ import annotations

from pathlib import Path

from apps import new_app, ready, settle, shown_lines

from dealview.tui.view_state import evidence_of
from dealview.tui.widgets.compare import CompareView


async def test_c_follows_the_current_finding(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await ready(pilot)
        await pilot.press("n")  # the second contradiction
        finding = screen.finding
        assert finding is not None
        evidence = evidence_of(screen.analysis, finding)
        assert evidence.topic is not None
        await pilot.press("c")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        assert screen.view == "compare" and screen.topic == evidence.topic
        lines = shown_lines(compare)
        assert "contradiction 2 / 2" in lines[0] and finding.summary[:30] in lines[0]
        assert "(not in this topic)" not in lines[0]
        assert compare.focus_source == evidence.sources[0]
        # the finding's rows are in sight, its claims marked
        claims = [screen.analysis.claim(c) for c in finding.claims]
        assert any(c.text in " ".join(lines) for c in claims)
        await pilot.press("o", "N", "c")  # another finding: c follows it too
        await settle(pilot)
        other = screen.finding
        assert other is not None and other != finding
        assert "contradiction 1 / 2" in shown_lines(compare)[0]


async def test_a_narrow_terminal_says_which_sources_are_hidden(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        head = shown_lines(compare)[1]
        assert "showing 2 of 5" in head and "(tab)" in head
        ids = [a.id for a in screen.analysis.articles]
        await pilot.press("1")
        await settle(pilot)
        assert compare.sources_shown[0] == ids[0]
        assert "showing 2 of 5 ▸" in shown_lines(compare)[1]  # more to the right only
        assert "◂" not in shown_lines(compare)[1]
        await pilot.press("5")
        await settle(pilot)
        assert "◂ showing 2 of 5 (tab)" in shown_lines(compare)[1]
        await pilot.resize_terminal(200, 50)
        await settle(pilot)
        await settle(pilot)
        assert "showing" not in shown_lines(compare)[1]  # all five fit


async def test_s_keeps_the_rows_in_sight(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c", "g", "pagedown", "pagedown", "j")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        assert compare.scroll_y > 0
        top = compare._top_block()
        assert top is not None and top > 0
        await pilot.press("s")  # free scrolling: the view stays on the same rows
        await settle(pilot)
        free_top = compare._top_block()
        # the panes stay on those rows (a short pane stops at its end): not back at the top
        assert not compare.sync and free_top is not None and top - 1 <= free_top <= top
        await pilot.press("s")  # and back
        await settle(pilot)
        assert compare.sync and compare._top_block() == free_top
