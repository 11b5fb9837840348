"""The claims matrix: one row per compared fact, one column per source, a mark per cell."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist

from dealview.core.models import Analysis

from ..render import HEDGED_SYMBOL, STYLES, SYMBOLS, safe

FACT_WIDTH = 34
CELL_WIDTH = 16


class ClaimsMatrix(DataTable[Content]):
    """What each source says of each fact: ✗ contradicts, ✓ agrees, ◆ only here, ≈ hedged."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Named as the screen names it, so the footer stays the same when the matrix has focus.
        Binding("enter", "select_cursor", "Evidence")
    ]

    def show(self, analysis: Analysis) -> None:
        """Fill the table from the findings (responses and certainty excluded: no values)."""
        self.clear(columns=True)
        self.cursor_type = "row"
        self.add_column(Text("fact"), key="fact", width=FACT_WIDTH)
        for art in analysis.articles:
            self.add_column(Text(art.id[: CELL_WIDTH - 1]), key=art.id, width=CELL_WIDTH)
        claims = {c.id: c for c in analysis.claims}
        for f in analysis.findings:
            if f.rule == "certainty-divergence":
                continue
            cells: dict[str, Content] = {}
            for value in f.values:
                for art_id in value.articles:
                    hedged = art_id in value.hedged or any(
                        claims[cid].hedged for cid in value.claims if claims[cid].article == art_id
                    )
                    mark = SYMBOLS[f.kind] + (HEDGED_SYMBOL if hedged else "")
                    shown = safe(value.display.split(" (")[0])
                    cells[art_id] = Content.assemble((mark, STYLES[f.kind]), " ") + shown
            row = [safe(f.subject).truncate(FACT_WIDTH, ellipsis=True)] + [
                cells.get(a.id, Content("·").stylize("dim")) for a in analysis.articles
            ]
            self.add_row(*row, key=f.id)

    def select_finding(self, finding_id: str) -> None:
        """Move the cursor to the row of this finding, if it has one."""
        try:
            row = self.get_row_index(finding_id)
        except RowDoesNotExist:
            return  # findings without a row (certainty) keep the cursor where it is
        if row != self.cursor_row:
            self.move_cursor(row=row)
