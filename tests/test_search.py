"""Search as in a pager (issue 14 point 7): a count of matches, n / N step through them while
the search is active, escape ends it, a change of topic is said."""

from __future__ import annotations

from pathlib import Path

from apps import new_app, ready, settle, shown_lines
from textual.widgets import Static

from dealview.tui.render import MATCH_STYLE
from dealview.tui.view_state import hits_in_topic
from dealview.tui.widgets.compare import CompareView
from dealview.tui.widgets.keys import KeyBar
from dealview.tui.widgets.reader import ReaderView


def status(screen: object) -> str:
    return str(screen.query_one("#status", Static).content)  # type: ignore[attr-defined]


async def test_search_counts_matches_and_n_steps_through_them(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await settle(pilot)
        first = screen.index
        await pilot.press("slash", *"Oracle", "enter")
        await settle(pilot)
        hits = hits_in_topic(screen.analysis, screen.topic, "Oracle")
        sources = len({h.article for h in hits})
        assert f"“Oracle” {len(hits)} matches in {sources} sources (1/{len(hits)})" in status(
            screen
        )
        bar = str(screen.query_one(KeyBar).render())
        assert "n Next match" in bar and "Next ✗" not in bar
        compare = screen.query_one(CompareView)
        for n in range(2, 5):
            await pilot.press("n")
            await settle(pilot)
            hit = hits[n - 1]
            assert f"({n}/{len(hits)})" in status(screen)
            assert hit.article in compare.sources_shown  # the match's source is in sight
            assert compare.focus_source == hit.article
            assert any("oracle" in line.casefold() for line in shown_lines(compare)[4:])
        assert screen.index == first  # n moved through matches, not findings
        await pilot.press("N")
        await settle(pilot)
        assert f"(3/{len(hits)})" in status(screen)
        await pilot.press("N", "N", "N")  # round to the last match
        await settle(pilot)
        assert f"({len(hits)}/{len(hits)})" in status(screen)
        await pilot.press("escape")  # ends the search: n is about findings again
        await settle(pilot)
        assert screen.search == "" and "matches" not in status(screen)
        assert screen.view == "compare"
        assert "Next ✗" in str(screen.query_one(KeyBar).render())
        await pilot.press("n")
        assert screen.index != first


async def test_a_search_that_changes_the_topic_says_so(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await settle(pilot)
        before = screen.topic
        analysis = screen.analysis
        word = next(
            w
            for w in ("Broadcom", "gigawatts", "Abilene", "Texas", "Stargate")
            if not hits_in_topic(analysis, before, w)
            and any(hits_in_topic(analysis, t.id, w) for t in analysis.topics)
        )
        await pilot.press("slash", *word, "enter")
        await settle(pilot)
        assert screen.topic != before
        label = next(t.label for t in analysis.topics if t.id == screen.topic)
        said = [n.message for n in app._notifications]
        assert any(f"showing topic {label}" in m and word in m for m in said)
        assert f"topic {label}" in shown_lines(screen.query_one(CompareView))[1]


async def test_no_match_is_said_and_n_still_steps_nowhere(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await settle(pilot)
        topic = screen.topic
        await pilot.press("slash", *"zzzq", "enter")
        await settle(pilot)
        assert "no match" in status(screen) and screen.topic == topic
        assert any("no match in any topic" in n.message for n in app._notifications)
        index = screen.index
        await pilot.press("n")
        assert screen.index == index


async def test_search_in_the_reader_steps_through_the_article(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.press("r")
        await settle(pilot)
        article = screen.analysis.articles[screen.source]
        count = article.text.casefold().count("oracle")
        assert count > 1
        await pilot.press("slash", *"oracle", "enter")
        await settle(pilot)
        assert f"{count} matches in 1 source (1/{count})" in status(screen)
        reader = screen.query_one(ReaderView)
        top = reader.scroll_y
        for _ in range(count - 1):
            await pilot.press("n")
        await settle(pilot)
        assert f"({count}/{count})" in status(screen)
        assert reader.scroll_y >= top


async def test_matches_follow_the_view_and_the_topic(tmp_path: Path) -> None:
    """n steps through matches only where they are shown; after a change of topic, through
    the new topic's matches; escape in the search box closes the box, not the search."""
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c", "slash", *"Oracle", "enter")
        await settle(pilot)
        assert screen.search == "Oracle"
        await pilot.press("o")  # the overview: n is about findings again
        await settle(pilot)
        index = screen.index
        await pilot.press("n")
        assert screen.index != index and screen.search == "Oracle"
        await pilot.press("c")
        await settle(pilot)
        topics = [t.id for t in screen.analysis.topics]
        other = next(
            t for t in topics if t != screen.topic and hits_in_topic(screen.analysis, t, "Oracle")
        )
        await pilot.press("t")
        await pilot.press("home", *["down"] * topics.index(other), "enter")
        await settle(pilot)
        assert screen.topic == other
        await pilot.press("n")
        await settle(pilot)
        hits = hits_in_topic(screen.analysis, other, "Oracle")
        assert f"(1/{len(hits)})" in status(screen)  # the new topic's matches, from the first
        await pilot.press("slash", "escape")
        await settle(pilot)
        assert screen.search == "Oracle" and not screen.query_one("#search").display


async def test_matches_are_marked_in_any_case_as_they_are_counted(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("c", "slash", *"oracle", "enter")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        marked = [
            cell.content.plain[span.start : span.end]
            for block in compare.blocks
            for cell in block.cells
            if cell.content is not None
            for span in cell.content.spans
            if span.style == MATCH_STYLE
        ]
        assert marked and all(m.casefold() == "oracle" for m in marked)
        assert "Oracle" in marked  # written with a capital, searched without
