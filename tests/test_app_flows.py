"""The app's flows as a user drives them with the keyboard (Textual's pilot)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from apps import background_at, new_app, ready, settle, shown_lines
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget
from textual.widgets import Static

from dealview.core.models import Finding
from dealview.tui.kinds import shown_kind
from dealview.tui.screens.main import MainScreen
from dealview.tui.widgets.compare import CompareView, column_widths
from dealview.tui.widgets.detail import FindingDetail
from dealview.tui.widgets.keys import KeyBar
from dealview.tui.widgets.matrix import ClaimsMatrix
from dealview.tui.widgets.reader import ReaderView
from dealview.tui.widgets.topics import TopicPicker


async def test_next_and_previous_contradiction(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        kinds = [shown_kind(f) for f in screen.findings]
        assert screen.finding is not None and screen.finding.kind == "contradiction"
        first = screen.index
        await pilot.press("n")
        assert screen.index == first + 1 and kinds[screen.index] == "contradiction"
        await pilot.press("n")  # wraps round to the first contradiction
        assert screen.index == first
        await pilot.press("N")
        assert screen.index == kinds.count("contradiction") - 1
        await pilot.press("right_square_bracket")
        assert screen.index == kinds.count("contradiction")  # ] goes to any next finding
        status = str(screen.query_one("#status", Static).content)
        assert f"{kinds[screen.index]} 1 / {kinds.count(kinds[screen.index])}" in status


async def test_the_overview_shows_the_current_finding_as_it_stands(tmp_path: Path) -> None:
    """Stepping back and forth (findings shown before, or prepared ahead), marking a verdict
    and resizing the terminal: the detail always shows the current finding as it stands."""
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        detail = screen.query_one(FindingDetail)

        def shown() -> str:
            return " ".join(" ".join(shown_lines(detail)).split())

        for key in ("n", "n", "N", "N", "N", "right_square_bracket", "down", "down", "up"):
            await pilot.press(key)
            await settle(pilot)
            finding = screen.finding
            assert finding is not None
            assert finding.summary[:40] in shown(), key
        assert "review not reviewed" in shown()
        await pilot.press("y")
        await settle(pilot)
        assert "review confirmed" in shown()
        await pilot.press("right_square_bracket", "left_square_bracket")  # away and back
        await settle(pilot)
        assert "review confirmed" in shown()
        await pilot.resize_terminal(200, 50)
        await settle(pilot)
        await settle(pilot)
        width = detail.scrollable_content_region.width
        assert all(len(line.rstrip()) <= width for line in shown_lines(detail))
        assert finding.summary in shown()


async def test_opening_views_keeps_the_current_finding(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        for key in ("m", "c", "r", "o"):
            await pilot.press(key)
            await settle(pilot)
            assert screen.index == 0, key
        assert "contradiction 1 / 2" in str(screen.query_one("#status", Static).content)


async def test_enter_shows_the_evidence_of_every_source(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await ready(pilot)
        for _ in range(5):
            if screen.finding is not None and screen.finding.subject.startswith("Start date"):
                break
            await pilot.press("n")
        finding: Finding = screen.finding  # type: ignore[assignment]
        await pilot.press("enter")
        await settle(pilot)
        assert screen.view == "compare" and screen.topic == "deal-size"
        compare = screen.query_one(CompareView)
        shown = " ".join(
            cell.content.plain for b in compare.blocks for cell in b.cells if cell.content
        )
        for cid in finding.claims:
            claim = screen.analysis.claim(cid)
            assert claim.text in shown
        lines = shown_lines(compare)
        assert any("✗2028" in line for line in lines)  # scrolled into view, marked
        assert any("✗≈2027" in line for line in lines)  # and the other side, hedged


async def test_review_mark_note_autosave_and_resume(tmp_path: Path) -> None:
    review_file = tmp_path / "review.json"
    app = new_app(tmp_path, review=review_file)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        finding = screen.finding
        assert finding is not None
        await pilot.press("f")
        await pilot.press("e")
        await pilot.press(*"ask the FT desk")
        await pilot.press("enter")
        await settle(pilot)
        saved = json.loads(review_file.read_text(encoding="utf-8"))
        assert saved["verdicts"][finding.key]["status"] == "follow-up"
        assert saved["verdicts"][finding.key]["note"] == "ask the FT desk"
        assert "1/23 reviewed" in str(screen.query_one("#status", Static).content)
    again = new_app(tmp_path, review=review_file)
    async with again.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        assert screen.review.verdict(finding).status == "follow-up"
        assert "1/23 reviewed" in str(screen.query_one("#status", Static).content)
        assert screen.index == 1  # resumed at the first finding not yet reviewed
        await pilot.press("left_square_bracket")
        assert screen.finding == finding
        await pilot.press("f")  # the same key again clears the verdict
        assert "0/23 reviewed" in str(screen.query_one("#status", Static).content)


async def test_export_writes_markdown_and_json(tmp_path: Path) -> None:
    review_file = tmp_path / "review.json"
    app = new_app(tmp_path, review=review_file)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("y", "E")
        await settle(pilot)
    md = (tmp_path / "review.md").read_text(encoding="utf-8")
    assert "1 / 23 findings reviewed." in md and "## Confirmed (1)" in md
    data = json.loads((tmp_path / "review-export.json").read_text(encoding="utf-8"))
    # The first of the list (by kind) is confirmed; the export keeps the engine's order.
    assert [f["status"] for f in data["findings"]].count("confirmed") == 1


async def test_article_text_is_never_markup_nor_terminal_codes(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    hostile = (
        "Acme [bold]paid[/] $12 billion [$accent]for[/] Globex [@click=app.quit]x[/], "
        "Acme said.\x1b[2J\x1b]52;c;cHduZWQ=\x07 Done\u202e."
    )
    (story / "a.txt").write_text(hostile, encoding="utf-8")
    (story / "b.txt").write_text("Acme paid $12 billion for Globex, Acme said.", encoding="utf-8")
    app = new_app(tmp_path, paths=[story])
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("r")
        await settle(pilot)
        body = str(screen.query_one(ReaderView).query_one("#reader-body", Static).content)
        # Shown as written (the "=" before "paid" marks the verb that asserts the figure).
        assert "[bold]" in body and "paid[/]" in body and "[$accent]for[/]" in body
        assert "[@click=app.quit]" in body
        assert "\x1b" not in body and "\x07" not in body and "\u202e" not in body
        assert "␛[2J" in body
        head = str(screen.query_one(ReaderView).query_one("#reader-head", Static).content)
        assert "bidi" in head
        assert app.is_running  # the click markup did not quit


async def test_search_scrolls_to_the_first_match(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("slash", *"Broadcom", "enter")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        assert any("Broadcom" in line for line in shown_lines(compare))
        assert screen.search == "Broadcom"


async def test_tiny_terminal_and_live_resizing(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        screen = await ready(pilot)
        assert screen.has_class("-narrow") and screen.has_class("-short")
        for key in ("m", "r", "c", "question_mark", "escape", "n", "enter"):
            await pilot.press(key)
            await settle(pilot)
        compare = screen.query_one(CompareView)

        def heads() -> int:
            line = shown_lines(compare)[3]  # the pane heads' second line names the files
            return sum(a.id in line for a in screen.analysis.articles)

        assert len(compare.sources_shown) == 1 and heads() == 1
        await pilot.resize_terminal(200, 50)
        await settle(pilot)
        await settle(pilot)
        assert screen.has_class("-wide")
        assert len(compare.sources_shown) == 5 and heads() == 5
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await settle(pilot)
        assert len(compare.sources_shown) == 2 and heads() == 2
        assert app.is_running


async def test_the_app_says_what_is_wrong_with_the_articles(tmp_path: Path) -> None:
    app = new_app(tmp_path, paths=[tmp_path / "missing"])
    async with app.run_test(size=(100, 20)) as pilot:
        await app.workers.wait_for_complete()
        await settle(pilot)
        shown = str(app.query_one("#loading", Static).content)
        assert shown == f"Cannot open the articles: {tmp_path / 'missing'}: no such file or folder"
        assert app.is_running


async def test_an_unusable_review_file_is_reported_and_never_written_over(tmp_path: Path) -> None:
    review_file = tmp_path / "review.json"
    review_file.write_text('{"verdicts": {"x": {"status": "maybe"}', encoding="utf-8")
    app = new_app(tmp_path, review=review_file)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        assert screen.review_path is None
        assert any("not a readable review file" in n.message for n in app._notifications)
        await pilot.press("y")
        await settle(pilot)
    assert review_file.read_text(encoding="utf-8") == '{"verdicts": {"x": {"status": "maybe"}'


async def test_tab_moves_the_focus_mark_between_panes(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        ids = [a.id for a in screen.analysis.articles]
        assert compare.focus_source is not None
        at = ids.index(compare.focus_source)  # c focused a source of the current finding
        pair = [ids[at], ids[(at + 1) % len(ids)]]
        before = [background_at(compare, 3, a) for a in pair]
        await pilot.press("tab")
        await settle(pilot)
        after = [background_at(compare, 3, a) for a in pair]
        assert before[0] != before[1]  # the focused source's head stands out
        assert after == before[::-1]  # and the mark moved to the next source
        assert compare.sources_shown == tuple(ids)  # every pane stayed


async def test_the_focused_source_is_among_the_panes_after_a_jump(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:  # three panes fit
        screen = await ready(pilot)
        for _ in range(3):
            await pilot.press("n")
            await pilot.press("enter")
            await settle(pilot)
            compare = screen.query_one(CompareView)
            focused = screen.analysis.articles[screen.source].id
            assert focused in compare.sources_shown
            finding = screen.finding
            assert finding is not None
            sides = {screen.analysis.claim(v.claims[0]).article for v in finding.values}
            assert sides & set(compare.sources_shown) == sides  # both sides of the conflict
            await pilot.press("o")


async def test_free_scrolling_moves_only_the_focused_pane(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c", "s")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        widths = column_widths(compare.scrollable_content_region.width, 5)
        edges = [sum(w + 1 for w in widths[:n]) for n in range(6)]

        def panes() -> list[list[str]]:
            rows = shown_lines(compare)[4:]  # below the finding, the topic and the pane heads
            return [[r[edges[n] : edges[n + 1]] for r in rows] for n in range(5)]

        await pilot.press("1")  # the first source's pane has the focus
        await pilot.press("g")
        await settle(pilot)
        before = panes()
        await pilot.press("j", "j", "j")
        await settle(pilot)
        after = panes()
        assert "free scroll" in str(screen.query_one("#status", Static).content)
        assert after[0][:-3] == before[0][3:] and after[0] != before[0]
        assert after[1:] == before[1:]  # the other panes stayed where they were
        await pilot.press("tab", "j")
        await settle(pilot)
        assert panes()[1][:-1] == after[1][1:]  # now the second pane scrolls alone
        assert panes()[0] == after[0]


async def test_fold_hides_rows_on_which_every_source_agrees(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(
        "Acme buys Beta\n\nAcme will pay $2 billion for Beta, the companies said on Monday in a "
        "joint statement.\n\nThe acquisition of Beta by Acme is expected to close in 2027, once "
        "regulators approve it.\n",
        encoding="utf-8",
    )
    (story / "b.txt").write_text(
        "Acme to acquire Beta\n\nAcme agreed to pay $2 billion for Beta, the companies said in a "
        "statement on Monday.\n\nThe acquisition of Beta by Acme should close in 2028, once "
        "regulators approve it.\n",
        encoding="utf-8",
    )
    app = new_app(tmp_path, paths=[story])
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        assert screen.finding is not None and screen.finding.kind == "contradiction"
        await pilot.press("c")
        screen.state.topic = next(
            r.topic
            for r in screen.analysis.alignment
            for p in r.cells.values()
            if p and "$2 billion" in screen.analysis.article(p.article).text[p.start : p.end]
        )
        screen._show_compare()
        await settle(pilot)
        compare = screen.query_one(CompareView)
        assert any("$2 billion" in line for line in shown_lines(compare))
        await pilot.press("z")
        await settle(pilot)
        lines = shown_lines(compare)
        assert not any("$2 billion" in line for line in lines)
        assert any("1 passage on which the sources agree (z to unfold)" in line for line in lines)
        await pilot.press("z")
        await settle(pilot)
        assert any("$2 billion" in line for line in shown_lines(compare))


async def test_matrix_cursor_drives_the_current_finding_and_scrolls_sideways(
    tmp_path: Path,
) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("m")
        await settle(pilot)
        matrix = screen.query_one(ClaimsMatrix)
        lines = shown_lines(matrix)
        ids = matrix.labels  # the sources by label (issue 14 point 2)
        assert lines[0].startswith("fact") and ids[0] in lines[0]
        assert ids[4] not in lines[0]  # 80 columns: the last sources are off to the right
        await pilot.press("down")
        await settle(pilot)
        assert screen.finding is not None
        assert screen.finding.id == matrix.rows[1].finding  # the cursor row is the finding
        assert screen.finding.subject[:20] in shown_lines(matrix)[2]
        await pilot.press("right", "right", "right")
        await settle(pilot)
        header = shown_lines(matrix)[0]
        assert header.startswith("fact") and ids[4] in header  # the fact column stays
        await pilot.press("enter")
        await settle(pilot)
        assert screen.view in {"compare", "reader"}  # the evidence of that finding
        assert screen.finding.id == matrix.rows[1].finding


async def test_the_key_bar_lists_the_keys_and_a_click_presses_one(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(150, 30)) as pilot:
        screen = await ready(pilot)
        bar = screen.query_one(KeyBar)
        line = bar.render_line(0).text
        assert "⏎ Evidence" in line and "n Next ✗" in line and "q Quit" in line
        await pilot.click(KeyBar, offset=(line.index("c Compare") + 2, 0))
        await settle(pilot)
        assert screen.view == "compare"


async def test_a_stored_analysis_opens_straight_on_the_findings(tmp_path: Path) -> None:
    first = new_app(tmp_path)
    async with first.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
    again = new_app(tmp_path)  # same cache folder: the analysis is stored
    async with again.run_test(size=(120, 36)) as pilot:
        assert isinstance(again.screen, MainScreen)  # no loading screen, no analysis worker
        assert not again.query("#loading") and not list(again.workers)
        screen = await ready(pilot)
        assert screen.analysis == first.analysis
        await pilot.press("n")
        assert "contradiction 2 / 2" in str(screen.query_one("#status", Static).content)


async def test_the_topic_picker_switches_the_compared_topic(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        topics = screen.analysis.topics
        await pilot.press("c", "t")
        await settle(pilot)
        picker = screen.query_one(TopicPicker)
        compare = screen.query_one(CompareView)
        assert picker.display and compare.has_focus  # the picker has the keys, not the focus
        assert picker.highlighted == 0  # the topic shown now
        assert "⏎ Pick" in str(screen.query_one(KeyBar).render())
        await pilot.press("down", "enter")
        await settle(pilot)
        assert not picker.display and compare.has_focus
        assert screen.topic == topics[1].id
        assert f"topic {topics[1].label}" in shown_lines(compare)[1]
        assert "⏎ Evidence" in str(screen.query_one(KeyBar).render())
        await pilot.press("t", "down", "escape")  # escape keeps the topic
        await settle(pilot)
        assert not picker.display and compare.has_focus and screen.topic == topics[1].id
        assert screen.view == "compare"  # escape closed the picker, not the compare view
        await pilot.press("t", "down", "n")  # another key closes the picker and acts
        await settle(pilot)
        assert not picker.display and screen.topic != topics[2].id
        assert "contradiction 2 / 2" in str(screen.query_one("#status", Static).content)
        await pilot.press("t", "tab")  # so does tab, which the screen takes before any widget
        await settle(pilot)
        assert not picker.display


async def test_the_topic_highlighted_in_the_picker_is_ready_before_it_is_picked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moving in the topic list wraps the highlighted topic's passages once the frame is drawn,
    so that picking it draws at once instead of wrapping every passage first."""
    app = new_app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await ready(pilot)
        compare = screen.query_one(CompareView)
        await pilot.press("c", "t", "down")
        await settle(pilot)
        wrapped: list[object] = []  # passages wrapped (at their full height, unlike the heads)
        to_strips = Visual.to_strips

        def counted(widget: Widget, *args: Any, **kwargs: Any) -> list[Strip]:
            if widget is compare and args[2] is None:
                wrapped.append(args[0])
            return to_strips(widget, *args, **kwargs)

        monkeypatch.setattr(Visual, "to_strips", staticmethod(counted))
        await pilot.press("enter")
        await settle(pilot)
        assert screen.topic == screen.analysis.topics[1].id
        assert f"topic {screen.analysis.topics[1].label}" in shown_lines(compare)[1]
        assert wrapped == []


async def test_a_bidi_control_in_a_file_name_never_reaches_the_screen(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    text = "Acme buys Beta\n\nAcme will pay $2 billion for Beta, the companies said on Monday.\n"
    (story / "plain.txt").write_text(text, encoding="utf-8")
    (story / "evil\u202ename.txt").write_text(text.replace("$2", "$3"), encoding="utf-8")
    app = new_app(tmp_path, paths=[story])
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.press("1")  # the source with that name: it is in the status line
        views = {"m": ClaimsMatrix, "c": CompareView, "r": ReaderView, "o": FindingDetail}
        for key, kind in views.items():
            await pilot.press(key)
            await settle(pilot)
            view = screen.query_one(kind)
            texts = [str(w.content) for w in view.query(Static)] or shown_lines(view)
            shown = "\n".join(texts)
            # The matrix names sources by label (their title here), the others give the name.
            assert ("evil" in shown or key == "m") and "\u202e" not in shown, key
        assert "\u202e" not in str(screen.query_one("#status", Static).content)
