"""Full collections wait for the reader to pause: never in the middle of a keystroke."""

from __future__ import annotations

import gc
import time
from pathlib import Path

from apps import new_app, ready, settle

from dealview.tui import app as app_module


async def test_full_collections_run_when_the_reader_pauses(tmp_path: Path) -> None:
    before = gc.get_threshold()
    app = new_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await settle(pilot)
        # Shown: the collector starts no full collection of its own accord.
        assert gc.get_threshold()[2] == app_module.FULL_COLLECTIONS_APART
        full = gc.get_stats()[2]["collections"]
        await pilot.press("right_square_bracket")
        app._collect_when_idle()  # just after a key: nothing runs
        assert gc.get_stats()[2]["collections"] == full
        app._last_input = time.monotonic() - 2 * app_module.IDLE_BEFORE_COLLECTING
        app._collect_when_idle()  # a pause: one full collection
        assert gc.get_stats()[2]["collections"] == full + 1
        app._collect_when_idle()  # and only one per pause
        assert gc.get_stats()[2]["collections"] == full + 1
    assert gc.get_threshold() == before  # given back when the app ends
