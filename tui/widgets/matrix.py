"""The claims matrix: one row per compared fact, one column per source, a mark per cell."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.widgets import DataTable

from dealview.core.models import Analysis

from ..render import HEDGED_SYMBOL, STYLES, SYMBOLS, safe


class ClaimsMatrix(DataTable[Content]):
    """What each source says of each fact: ✗ contradicts, ✓ agrees, ◆ only here, ≈ hedged."""

    def show(self, analysis: Analysis) -> None:
        """Fill the table from the findings (responses and certainty excluded: no values)."""
        self.clear(columns=True)
        self.cursor_type = "row"
        self.add_column(Text("fact"), key="fact")
        for art in analysis.articles:
            self.add_column(Text(art.id[:12]), key=art.id)
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
                    cells[art_id] = Content.assemble((mark, STYLES[f.kind]), " ") + safe(
                        value.display
                    )
            row = [safe(f.subject).truncate(40, ellipsis=True)] + [
                cells.get(a.id, Content("·").stylize("dim")) for a in analysis.articles
            ]
            self.add_row(*row, key=f.id)
