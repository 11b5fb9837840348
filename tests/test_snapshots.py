"""Pictures of the app (SVG in snapshots/), each after the keys a user would press.

Update deliberately with `pytest tests/test_snapshots.py --snapshot-update` after looking at
the pictures (rsvg-convert turns them into PNG).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

from apps import new_app, ready, settle
from conftest import SNAPSHOTS
from hand_built import HandBuiltApp, story
from textual.pilot import Pilot

SnapCompare = Callable[..., bool]


def keys(*pressed: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """A run_before that waits for the analysis, presses `pressed`, and lets the screen settle."""

    async def run(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        for key in pressed:
            await pilot.press(key)
            await settle(pilot)
        await settle(pilot)

    return run


def shot(
    snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int], pressed: Iterable[str] = ()
) -> bool:
    return snap_compare(new_app(tmp_path), terminal_size=size, run_before=keys(*pressed))


class TestOverview:
    def test_overview(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """Findings grouped by kind, the first contradiction in full with its quotes."""
        assert shot(snap_compare, tmp_path, (120, 36))

    def test_matrix(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """The claims matrix: each fact, each source, a symbol per cell."""
        assert shot(snap_compare, tmp_path, (120, 36), ["m"])

    def test_marked_in_review(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """The first finding confirmed, the second marked for follow-up: marks and counter.
        (The notice naming where the review is saved names a temporary folder: cleared.)"""

        async def run(pilot: Pilot[Any]) -> None:
            await keys("y", "n", "f")(pilot)
            pilot.app.clear_notifications()
            await settle(pilot)

        assert snap_compare(new_app(tmp_path), terminal_size=(120, 36), run_before=run)


class TestCompare:
    def test_compare_wide(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """All five sources side by side at 200x50, rows aligned."""
        assert shot(snap_compare, tmp_path, (200, 50), ["c"])

    def test_compare_narrow(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """At 80x24 two panes fit."""
        assert shot(snap_compare, tmp_path, (80, 24), ["c"])

    def test_jump_to_contradiction(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """n then enter: the start-date contradiction, both sides visible at their spans."""
        assert shot(snap_compare, tmp_path, (200, 50), ["n", "enter"])


class TestReaderAndHelp:
    def test_reader(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """Source 2 in full: metadata, boilerplate dimmed, claims marked."""
        assert shot(snap_compare, tmp_path, (120, 36), ["r", "2"])

    def test_help(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """The key map and the legend of the marks."""
        assert shot(snap_compare, tmp_path, (120, 40), ["question_mark"])


class TestHandBuilt:
    """A story built by hand (tests/hand_built.py), independent of the engine's output."""

    def test_certainty_cues_and_discrepancy(
        self, snap_compare: SnapCompare, tmp_path: Path
    ) -> None:
        """The certainty finding in full (second in the list, under "≈ Certainty"), its hedge
        (≈aurait conclu) and asserting verb (=has agreed) underlined, its values marked ≈ hedged
        and = stated as fact; the unresolved discrepancy listed under its own heading."""
        app = HandBuiltApp(story(), tmp_path)
        assert snap_compare(app, terminal_size=(120, 30), run_before=keys("down"))

    def test_discrepancy_in_full(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """The discrepancy in full (first in the list): what is unresolved, what the values
        were compared as."""
        app = HandBuiltApp(story(), tmp_path)
        assert snap_compare(app, terminal_size=(120, 30), run_before=keys())


class TestMarksAndLabels:
    """Issue 14 points 2 and 3: sources by label, marks by role in the finding on screen."""

    def test_agreement_with_shared_credit(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """The $300bn agreement in full: its values ✓ (though a contradiction uses them too),
        each source by label and file name, "4 sources, 3 of them credit Wall Street Journal"."""
        assert shot(snap_compare, tmp_path, (120, 36), ["down", "down", "down"])

    def test_overview_narrow(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """At 80x24: the legend fits on one line, the counts by symbol, sources by label."""
        assert shot(snap_compare, tmp_path, (80, 24))


def test_snapshots_live_in_the_top_level_folder() -> None:
    assert (
        SNAPSHOTS.name == "snapshots" and SNAPSHOTS.parent == Path(__file__).resolve().parent.parent
    )
    assert (SNAPSHOTS / "TestOverview.test_overview.svg").is_file()


class TestTopicNames:
    """Renaming a topic from the topic list (issue 14 point 9), at 80x24."""

    def test_rename_prompt(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """t, down, r: the prompt over the list, holding the topic's name to edit; the list
        says r renames and w saves."""
        assert shot(snap_compare, tmp_path, (80, 24), ["t", "down", "r"])

    def test_renamed_topic_in_the_list(self, snap_compare: SnapCompare, tmp_path: Path) -> None:
        """The second topic renamed: the list shows the new name in its place, highlighted.
        (The notice naming where the name is kept names a temporary folder: cleared.)"""

        async def run(pilot: Pilot[Any]) -> None:
            typed = ["space" if ch == " " else ch for ch in "Stargate site"]
            await keys("t", "down", "r", "ctrl+u", *typed, "enter")(pilot)
            pilot.app.clear_notifications()
            await settle(pilot)

        assert snap_compare(new_app(tmp_path), terminal_size=(80, 24), run_before=run)
