"""Pictures of the compare view opened on a finding whose sentences the aligned rows do not
hold together (SVG in snapshots/; look at them before updating)."""

from __future__ import annotations

from pathlib import Path

from test_snapshots import SnapCompare, shot


class TestFindingSentences:
    """The finding's own sentences first (tui/finding_evidence.py)."""

    def test_single_source_sentence_and_silent_panes_120x40(
        self, snap_compare: SnapCompare, tmp_path: Path
    ) -> None:
        """The first single-source finding (4.5 GW, only in one source): its sentence in its
        source's pane, the two other panes saying they give no claim of it, the line under
        the row naming the topic that follows."""
        assert shot(snap_compare, tmp_path, (120, 40), [*["down"] * 9, "c"])
