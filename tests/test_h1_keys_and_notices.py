"""Small gaps a new user met (issue 14 trial): the help scrolls with j / k, the legend fits 80
columns without being cut, `z` says what it folded, `n` says when a search wraps, the search
box says what it searches, the command palette names each command once."""

from __future__ import annotations

from pathlib import Path

import pytest
from apps import new_app, ready, settle, shown_lines
from textual.containers import VerticalScroll
from textual.widgets import Input

from dealview.tui.compare_blocks import Block, fold_notice
from dealview.tui.screens.help import HelpScreen
from dealview.tui.view_state import Hit, Search
from dealview.tui.widgets.compare import CompareView
from dealview.tui.widgets.legend import Legend

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def _notices(app: object) -> list[str]:
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


async def test_the_help_scrolls_with_the_usual_keys(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        scroller = app.screen.query_one(VerticalScroll)
        assert scroller.max_scroll_y > 5  # the help is longer than the screen
        await pilot.press("j", "j", "j")
        await settle(pilot)
        assert scroller.scroll_y == 3
        await pilot.press("k")
        await settle(pilot)
        assert scroller.scroll_y == 2
        await pilot.press("G")
        await settle(pilot)
        assert scroller.scroll_y == scroller.max_scroll_y
        await pilot.press("g")
        await settle(pilot)
        assert scroller.scroll_y == 0
        await pilot.press("space")
        await settle(pilot)
        assert scroller.scroll_y > 5
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_the_legend_is_whole_at_80_columns_and_in_words_at_120(tmp_path: Path) -> None:
    for size, words in (((80, 24), ("hedged", "verdicts")), ((120, 40), ("confirmed",))):
        app = new_app(tmp_path)
        async with app.run_test(size=size) as pilot:
            screen = await ready(pilot)
            line = shown_lines(screen.query_one(Legend))[0].rstrip()
            assert "…" not in line, size
            assert all(w in line for w in words), (size, line)
            assert len(line) < size[0]
    assert "contradiction " in line and "stated as fact" in line and "follow-up" in line


async def test_z_says_what_it_folded(tmp_path: Path) -> None:
    story = EVAL / "mbappe-real"  # the sample has no passage to fold: this story has some
    if not story.is_dir():
        pytest.skip(f"development story not available at {story}")
    app = new_app(tmp_path, [story])
    async with app.run_test(size=(240, 50)) as pilot:
        screen = await ready(pilot)
        await pilot.press("z")  # outside the compare view: said for later
        await settle(pilot)
        assert _notices(app)[-1].startswith("Agreed passages will be folded in the compare view")
        await pilot.press("z", "c")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        topics = [t.id for t in screen.analysis.topics]
        said: dict[bool, str] = {}
        for topic in topics:  # every topic: some have agreed passages to fold, some not
            screen.state.topic = topic
            screen.state.fold = False
            await pilot.press("z")
            await settle(pilot)
            folded = sum(b.folded for b in compare.blocks)
            notice = _notices(app)[-1]
            if folded:
                assert notice.startswith(f"Folded {folded} passage")
                assert any("on which the sources agree" in line for line in shown_lines(compare))
            else:
                assert notice.startswith("Nothing to fold in this topic")
            said[bool(folded)] = notice
            await pilot.press("z")
            await settle(pilot)
            assert _notices(app)[-1].startswith("Unfolded: every passage")
            assert not any(b.folded for b in compare.blocks)
        assert set(said) == {True, False}, said


def test_the_fold_notice_counts_the_folded_passages() -> None:
    blocks = [Block(folded=2), Block(), Block(folded=1)]
    assert fold_notice(True, blocks).startswith("Folded 3 passages")
    assert fold_notice(True, [Block(folded=1)]).startswith("Folded 1 passage on")
    assert "it has none" in fold_notice(True, [Block()])
    assert fold_notice(False, blocks).startswith("Unfolded")


async def test_n_says_when_the_search_wraps(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("r", "slash", *"oracle", "enter")
        await settle(pilot)
        search = screen.state.search
        assert search is not None and len(search.hits) > 2
        wrapped = "Search wrapped to the first match."
        for _ in range(len(search.hits) - 1):
            await pilot.press("n")
            assert wrapped not in _notices(app)
        await pilot.press("n")  # from the last match to the first
        await settle(pilot)
        assert search.position == 0
        assert _notices(app)[-1] == wrapped
        await pilot.press("N")  # and back, from the first to the last
        await settle(pilot)
        assert search.position == len(search.hits) - 1
        assert _notices(app)[-1] == "Search wrapped to the last match."


async def test_the_search_box_says_what_it_searches(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        box = screen.query_one("#search", Input)
        await pilot.press("r", "slash")
        assert "this article" in box.placeholder and "panes" not in box.placeholder
        await pilot.press("escape", "c", "slash")
        assert "panes" in box.placeholder and "article" not in box.placeholder
        assert len(box.placeholder) < 80 - 6  # whole in the box at 80 columns


async def test_the_command_palette_names_each_command_once(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        titles = [c.title for c in app.get_system_commands(screen)]
        names = [t.partition(":")[0] for t in titles]
        assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
        assert "Quit" in names and "Help" in names and "Next ✗" in names
        assert not any("[" in t and "](" in t for t in titles)  # no Textual docs markup
        assert all(c.title for c in app.get_system_commands(screen))


def test_a_search_knows_when_it_wrapped() -> None:
    search = Search("x", [Hit("a", n) for n in range(3)])
    assert search.step(1) is not None and not search.wrapped(1)
    search.step(1)
    assert not search.wrapped(1)
    search.step(1)  # from the third match to the first
    assert search.position == 0 and search.wrapped(1)
    search.step(-1)  # from the first to the third
    assert search.position == 2 and search.wrapped(-1)
    assert not Search("x").wrapped(1)
