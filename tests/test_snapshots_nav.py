"""Pictures of the reader's place, search, filter and help at 80x24 (issue 14, points 5-8).

Update deliberately with `pytest tests/test_snapshots_nav.py --snapshot-update` after looking
at the pictures (rsvg-convert turns them into PNG).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from apps import new_app, settle
from test_snapshots import SnapCompare, keys, shot
from textual.pilot import Pilot


class TestPlace:
    def test_compare_follows_the_finding_80x24(
        self, snap_compare: SnapCompare, tmp_path: Path
    ) -> None:
        """c on the second contradiction: the line naming it, 'showing 2 of 5' and which side
        the hidden sources are on, the key bar down to quit."""
        assert shot(snap_compare, tmp_path, (80, 24), ["n", "c"])

    def test_search_counts_and_steps_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """A search in compare: the status line counts matches, n went to the second one, the
        key bar says n steps through matches."""
        pressed = ["c", "slash", *"Oracle", "enter", "n"]
        assert shot(snap_compare, tmp_path, (80, 24), pressed)

    def test_filter_choices_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """F: the kinds, sources and topics the list can be narrowed to."""
        assert shot(snap_compare, tmp_path, (80, 24), ["F"])

    def test_not_yet_reviewed_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """Two verdicts given, then only the findings not yet reviewed listed. (The notice
        naming where the review is saved names a temporary folder: cleared.)"""

        async def run(pilot: Pilot[Any]) -> None:
            await keys("y", "right_square_bracket", "x", "F", "down", "enter")(pilot)
            pilot.app.clear_notifications()
            await settle(pilot)

        assert snap_compare(new_app(tmp_path), terminal_size=(80, 24), run_before=run)

    def test_help_80x24(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """The help at 80x24: descriptions wrap beside their keys."""
        assert shot(snap_compare, tmp_path, (80, 24), ["question_mark"])

    def test_compare_search_120x40(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """At 120x40 three panes and the whole status line."""
        pressed = ["n", "c", "slash", *"milliards", "enter"]
        assert shot(snap_compare, tmp_path, (120, 40), pressed)
