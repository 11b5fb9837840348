"""Running the app in tests: build it from the one factory, wait until the analysis is shown."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widget import Widget

from dealview.tui.app import DealviewApp, make_app
from dealview.tui.screens.main import MainScreen


def new_app(tmp: Path, paths: list[Path] | None = None, review: Path | None = None) -> DealviewApp:
    """An app on `paths` (the sample by default) whose review lives under `tmp`."""
    return make_app(
        paths, review=review or tmp / "review.json", data_dir=tmp / "data", cache_dir=tmp / "cache"
    )


async def ready(pilot: Pilot[None]) -> MainScreen:
    """Wait until the analysis is done and the main screen is shown; return it."""
    app = pilot.app
    await app.workers.wait_for_complete()
    for _ in range(100):
        if isinstance(app.screen, MainScreen):
            break
        await pilot.pause(0.02)
    screen = app.screen
    assert isinstance(screen, MainScreen)
    await pilot.pause()
    return screen


async def settle(pilot: Pilot[None]) -> None:
    """Let queued messages and refreshes run (mounting, scrolling after refresh)."""
    for _ in range(3):
        await pilot.pause()


def shown_lines(widget: Widget) -> list[str]:
    """The text of each line a widget shows now, as the user reads it."""
    return [widget.render_line(y).text for y in range(widget.scrollable_content_region.height)]


def background_at(widget: Widget, y: int, text: str) -> str:
    """The background colour under the first occurrence of `text` on the widget's line `y`."""
    for segment in widget.render_line(y):
        if text in segment.text and segment.style and segment.style.bgcolor:
            return segment.style.bgcolor.name
    raise AssertionError(f"{text!r} is not on line {y}")
