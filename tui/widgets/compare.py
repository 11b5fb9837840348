"""Side-by-side sources: the passages of one topic aligned row by row, claims marked."""

from __future__ import annotations

from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from dealview.core.models import AlignedRow, Analysis, Claim, TopicPassage

from ..render import Marks, highlight, safe

PANE_MIN_WIDTH = 38
"""Narrowest useful pane, in cells: a narrower terminal shows fewer sources at once."""


def panes_that_fit(width: int, sources: int) -> int:
    """Return how many source panes fit side by side in `width` cells."""
    return max(1, min(sources, width // PANE_MIN_WIDTH))


def row_agrees(row: AlignedRow, analysis: Analysis, marks: Marks) -> bool:
    """Return whether every marked claim of a row supports an agreement (a row to fold)."""
    present = [p for p in row.cells.values() if p is not None]
    if len(present) < 2:
        return False
    verdicts = {
        marks.verdict[c.id]
        for p in present
        for c in analysis.claims_of(p.article)
        if p.start <= c.start < p.end and c.id in marks.verdict
    }
    return verdicts == {"agreement"}


class CompareView(VerticalScroll):
    """One column per visible source; aligned passages start on the same line."""

    sources_shown: tuple[str, ...] = ()
    """The sources the view shows now."""

    def show(
        self,
        analysis: Analysis,
        topic: str | None,
        visible: list[str],
        focus: str | None,
        marks: Marks,
        current: set[str],
        fold: bool,
        search: str = "",
        sync: bool = True,
    ) -> Static | None:
        """Render the rows of `topic` for the `visible` sources; return the first row widget
        holding a claim of `current` (to scroll to), if any."""
        self.sources_shown = tuple(visible)
        self.remove_children()
        label = next((t.label for t in analysis.topics if t.id == topic), "no topic")
        header = Static(Content.assemble(("topic ", "dim"), (label, "bold")), classes="topic-label")
        head_cells = []
        for art_id in visible:
            title = analysis.article(art_id).title
            cell = Static(
                Content.assemble((art_id, "bold")) + Content("\n") + safe(title).stylize("dim"),
                classes="pane-head",
                name=art_id,
            )
            if art_id == focus:
                cell.add_class("-focus")
            head_cells.append(cell)
        widgets: list[Static | Horizontal] = [header, Horizontal(*head_cells, classes="pane-heads")]
        by_article = {a: analysis.claims_of(a) for a in visible}
        target: Static | None = None
        row_cells: list[list[Static]] = []
        folded = 0
        rows = [r for r in analysis.alignment if r.topic == topic]
        if not rows:
            widgets.append(
                Static(
                    Content("No passage of these sources belongs to this topic."), classes="hint"
                )
            )
        for row in rows:
            if not any(row.cells.get(a) for a in visible):
                continue
            holds_current = any(
                c.id in current
                for a in visible
                if (p := row.cells.get(a)) is not None
                for c in by_article.get(a, [])
                if p.start <= c.start < p.end
            )
            if fold and not holds_current and row_agrees(row, analysis, marks):
                folded += 1
                continue
            if folded:
                widgets.append(_fold_line(folded))
                folded = 0
            cells = []
            for art_id in visible:
                cell = self._cell(
                    analysis,
                    art_id,
                    row.cells.get(art_id),
                    by_article.get(art_id, []),
                    marks,
                    current,
                    search,
                )
                if art_id == focus:
                    cell.add_class("-focus")
                cells.append(cell)
            first = cells[0]
            row_cells.append(cells)
            widgets.append(Horizontal(*cells, classes="row"))
            if holds_current and target is None:
                target = first
        if folded:
            widgets.append(_fold_line(folded))
        if not sync:
            widgets = [*widgets[:2], self._columns(row_cells, visible, focus)]
        self.mount_all(widgets)
        return target

    @staticmethod
    def _columns(rows: list[list[Static]], visible: list[str], focus: str | None) -> Horizontal:
        """Free scrolling: the same cells, one scrolling column per source."""
        columns: list[list[Static]] = [[] for _ in visible]
        for cells in rows:
            for n, cell in enumerate(cells):
                if not cell.has_class("-empty"):
                    columns[n].append(cell)
        scrolls = []
        for art_id, cells in zip(visible, columns, strict=True):
            for cell in cells:
                cell.remove_class("-focus")
            column = VerticalScroll(*cells, classes="column", name=art_id)
            if art_id == focus:
                column.add_class("-focus")
            scrolls.append(column)
        return Horizontal(*scrolls, classes="columns")

    @staticmethod
    def _cell(
        analysis: Analysis,
        art_id: str,
        passage: TopicPassage | None,
        claims: list[Claim],
        marks: Marks,
        current: set[str],
        search: str,
    ) -> Static:
        if passage is None:
            return Static(Content("· silent ·").stylize("dim"), classes="cell -empty", name=art_id)
        art = analysis.article(art_id)
        inside = [c for c in claims if passage.start <= c.start < passage.end]
        content = highlight(
            art, passage.start, passage.end, inside, marks, current=current, search=search
        )
        return Static(content, classes="cell", name=art_id)

    def refocus(self, focus: str) -> None:
        """Mark another source as the focused one, without laying the panes out again."""
        for widget in self.query(".pane-head, .cell, .column"):
            widget.set_class(widget.name == focus, "-focus")


def _fold_line(count: int) -> Static:
    noun = "passage" if count == 1 else "passages"
    return Static(
        Content(f"⋯ {count} {noun} on which the sources agree (z to unfold)").stylize("dim italic"),
        classes="fold",
    )
