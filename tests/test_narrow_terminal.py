"""80x24 keeps the essentials (issue 14 point 6): the reviewer's keys and quit in the key bar,
a status line that fits, help rows that wrap beside their key; every palette entry named."""

from __future__ import annotations

from pathlib import Path

from apps import new_app, ready, settle
from textual.widgets import Static

from dealview.tui.screens.help import HelpScreen
from dealview.tui.widgets.keys import KeyBar

REVIEWER_KEYS = [
    "n Next ✗",
    "⏎ Evidence",
    "y Confirm",
    "x Dismiss",
    "f Follow up",
    "e Note",
    "? Help",
    "q Quit",
]


def bar_of(screen: object) -> str:
    return str(screen.query_one(KeyBar).render())  # type: ignore[attr-defined]


def in_order(text: str, pieces: list[str]) -> bool:
    at = [text.find(p) for p in pieces]
    return all(a >= 0 for a in at) and at == sorted(at)


async def test_the_key_bar_keeps_the_reviewers_keys_at_80_columns(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        for keys in ((), ("c",), ("r",), ("m",)):
            await pilot.press(*keys)
            await settle(pilot)
            bar = bar_of(screen)
            assert len(bar) <= 80, keys
            assert in_order(bar, REVIEWER_KEYS), (keys, bar)
        await pilot.press("c", "slash", *"Oracle", "enter")
        await settle(pilot)
        bar = bar_of(screen)
        assert len(bar) <= 80
        assert in_order(bar, ["n Next match", *REVIEWER_KEYS[1:]]), bar
        await pilot.resize_terminal(200, 50)  # a wide bar shows more keys
        await settle(pilot)
        assert "o Overview" in bar_of(screen)


async def test_the_status_line_fits_80_columns(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        for keys in ((), ("c",), ("c", "s", "z"), ("r",)):
            await pilot.press(*keys)
            await settle(pilot)
            status = str(screen.query_one("#status", Static).content)
            assert len(status) <= 78, status
            assert "contradiction" in status and "reviewed" in status
            assert screen.view in status
        await pilot.press("slash", *"Oracle", "enter")
        await settle(pilot)
        status = str(screen.query_one("#status", Static).content)
        assert len(status) <= 78 and "matches in" in status and "(1/" in status
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        status = str(screen.query_one("#status", Static).content)
        assert "5 articles" in status and "source" in status


async def test_help_rows_wrap_beside_their_key_at_80x24(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        keys = list(help_screen.query(".help-key"))
        whats = list(help_screen.query(".help-what"))
        assert keys and len(keys) == len(whats)
        assert len({w.region.x for w in whats if w.region.width}) == 1  # one column
        assert all(k.region.height <= 1 for k in keys if k.region.width)  # keys never wrap
        assert any(w.region.height > 1 for w in whats if w.region.width)  # descriptions do
        shown = " ".join(str(s.render()) for s in help_screen.query(Static))
        for key in ("u", "F", "C", "esc ends the search"):
            assert key in shown


async def test_every_command_palette_entry_is_named(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        commands = list(app.get_system_commands(screen))
        titles = [c.title for c in commands]
        assert all(t.strip() for t in titles)
        assert not any(c.help in {"key: up", "key: down"} for c in commands)
        for name in ("Next unreviewed", "Filter", "Copy quote", "Next match"):
            assert any(t.startswith(name) for t in titles), name
