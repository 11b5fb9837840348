"""The claims matrix: one row per compared fact, one column per source, a mark per cell.

A line-API view: each screen line draws only the columns in sight, so a story of two hundred
sources costs no more per keystroke than one of five. The fact column and the header row stay
in place while the sources scroll sideways.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from dealview.core.models import Analysis
from dealview.core.source_labels import source_labels

from ..kinds import shown_kind
from ..render import HEDGED_SYMBOL, STYLES, SYMBOLS, safe

FACT_WIDTH = 34
CELL_WIDTH = 16
ABSENT = Content("·").stylize("dim")


@dataclass(frozen=True)
class MatrixRow:
    """One compared fact: what each source (in article order) says of it, if anything."""

    finding: str
    fact: Content
    cells: tuple[Content | None, ...]


def matrix_rows(analysis: Analysis) -> list[MatrixRow]:
    """Return a row per finding that compares values (certainty divergences have none)."""
    claims = {c.id: c for c in analysis.claims}
    order = {a.id: n for n, a in enumerate(analysis.articles)}
    rows = []
    for f in analysis.findings:
        if f.rule == "certainty-divergence":
            continue
        cells: list[Content | None] = [None] * len(order)
        kind = shown_kind(f)
        for value in f.values:
            if value.elsewhere:
                continue  # the same value given for another fact: not this fact's row
            for art_id in value.articles:
                hedged = art_id in value.hedged or any(
                    claims[cid].hedged for cid in value.claims if claims[cid].article == art_id
                )
                mark = SYMBOLS[kind] + (HEDGED_SYMBOL if hedged else "")
                shown = safe(value.display.split(" (")[0])
                cells[order[art_id]] = Content.assemble((mark, STYLES[kind]), " ") + shown
        rows.append(MatrixRow(f.id, safe(f.subject), tuple(cells)))
    return rows


class ClaimsMatrix(ScrollView, can_focus=True):
    """What each source says of each fact: ✗ contradicts, ? differs unresolved, ✓ agrees, ◆ only
    here, ≈ hedged."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Named as the screen names it, so the footer stays the same when the matrix has focus.
        Binding("enter", "select", "Evidence"),
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "cursor_page(-1)", "Page up", show=False),
        Binding("pagedown", "cursor_page(1)", "Page down", show=False),
        Binding("home", "cursor_edge(0)", "First", show=False),
        Binding("end", "cursor_edge(1)", "Last", show=False),
        Binding("left", "sideways(-1)", "Left", show=False),
        Binding("right", "sideways(1)", "Right", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"matrix--header", "matrix--cursor"}
    DEFAULT_CSS = """
    ClaimsMatrix > .matrix--header { background: $panel; text-style: bold; }
    ClaimsMatrix > .matrix--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    """

    class RowHighlighted(Message):
        """The reader moved the cursor to the row of `finding`."""

        def __init__(self, finding: str) -> None:
            super().__init__()
            self.finding = finding

    class RowSelected(Message):
        """The reader asked for the evidence of the row of `finding`."""

        def __init__(self, finding: str) -> None:
            super().__init__()
            self.finding = finding

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[MatrixRow] = []
        """The facts shown, top to bottom."""
        self.sources: list[str] = []
        """The sources, left to right."""
        self.labels: list[str] = []
        """The sources' labels, as the header shows them (unique within a column)."""
        self.cursor = 0
        """The row under the cursor."""
        self._index: dict[str, int] = {}
        self._lines: dict[tuple[int, int], Strip] = {}

    def show(self, analysis: Analysis) -> None:
        """Fill the matrix from the findings (responses and certainty excluded: no values)."""
        self.rows = matrix_rows(analysis)
        self.sources = [a.id for a in analysis.articles]
        by_id = source_labels(analysis.articles, CELL_WIDTH - 1)
        self.labels = [by_id[s] for s in self.sources]
        self._index = {r.finding: n for n, r in enumerate(self.rows)}
        self.cursor = 0
        self._lines.clear()
        self.virtual_size = Size(
            FACT_WIDTH + 1 + CELL_WIDTH * len(self.sources), 1 + len(self.rows)
        )
        self.refresh()

    @property
    def current_finding(self) -> str | None:
        """The id of the finding whose row is under the cursor (None: no rows)."""
        return self.rows[self.cursor].finding if self.rows else None

    def has_row(self, finding_id: str) -> bool:
        """Whether the finding with this id has a row here (responses and certainty have
        none)."""
        return finding_id in self._index

    def select_finding(self, finding_id: str) -> None:
        """Move the cursor to the row of this finding, if it has one (no message is sent)."""
        row = self._index.get(finding_id)
        if row is not None:
            self._move_to(row)

    # --- keys and mouse ---------------------------------------------------------------------------

    def action_cursor(self, step: int) -> None:
        """Move the cursor up or down a row."""
        self._user_move(self.cursor + step)

    def action_cursor_page(self, step: int) -> None:
        """Move the cursor a screenful up or down."""
        self._user_move(self.cursor + step * max(1, self.scrollable_content_region.height - 1))

    def action_cursor_edge(self, end: int) -> None:
        """Move the cursor to the first or last row."""
        self._user_move(len(self.rows) - 1 if end else 0)

    def action_sideways(self, step: int) -> None:
        """Scroll the sources one column left or right."""
        self.scroll_to(x=self.scroll_x + step * CELL_WIDTH, animate=False)

    def action_select(self) -> None:
        """Show the evidence of the row under the cursor."""
        if self.rows:
            self.post_message(self.RowSelected(self.rows[self.cursor].finding))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        row = offset.y - 1 + int(self.scroll_y)
        if row < len(self.rows):
            self._user_move(row)
            self.action_select()

    def _user_move(self, row: int) -> None:
        if not self.rows:
            return
        row = max(0, min(row, len(self.rows) - 1))
        if row != self.cursor:
            self._move_to(row)
            self.post_message(self.RowHighlighted(self.rows[row].finding))

    def _move_to(self, row: int) -> None:
        # Only the rows the cursor leaves and reaches are drawn again.
        for key in [k for k in self._lines if k[0] in (self.cursor, row)]:
            del self._lines[key]
        self.cursor = row
        height = self.scrollable_content_region.height - 1
        if row < self.scroll_y:
            self.scroll_to(y=row, animate=False)
        elif height > 0 and row >= self.scroll_y + height:
            self.scroll_to(y=row - height + 1, animate=False)
        self.refresh()

    # --- rendering --------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """Forget the lines drawn with the old styles."""
        super().notify_style_update()
        self._lines.clear()

    def render_line(self, y: int) -> Strip:
        """Draw line `y`: the header, or the row at the scroll position; columns in sight only."""
        row = -1 if y == 0 else y - 1 + int(self.scroll_y)
        key = (row, int(self.scroll_x))
        strip = self._lines.get(key)
        if strip is None:
            strip = self._draw(row, int(self.scroll_x))
            self._lines[key] = strip
        return strip

    def _draw(self, row: int, scroll_x: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.visual_style
        if row >= len(self.rows):
            return Strip.blank(width, base.rich_style)
        if row < 0:
            style = self.get_visual_style("matrix--header")
            fact = Content("fact")
            cells: tuple[Content | None, ...] = tuple(Content(label) for label in self.labels)
        else:
            style = self.get_visual_style("matrix--cursor") if row == self.cursor else base
            fact, cells = self.rows[row].fact, self.rows[row].cells
        room = max(0, width - FACT_WIDTH - 1)
        first = scroll_x // CELL_WIDTH
        last = min(len(cells), (scroll_x + room) // CELL_WIDTH + 1)
        shown = Content("").join(
            (ABSENT if cell is None else cell).truncate(CELL_WIDTH - 1, ellipsis=True, pad=True)
            + Content(" ")
            for cell in cells[first:last]
        )
        fact = fact.truncate(FACT_WIDTH, ellipsis=True, pad=True) + Content(" ")
        head = Strip(fact.render_segments(style), FACT_WIDTH + 1)
        rest = Strip(shown.render_segments(style)).crop(
            scroll_x - first * CELL_WIDTH, scroll_x - first * CELL_WIDTH + room
        )
        line = Strip.join([head, rest])
        return line.extend_cell_length(width, style.rich_style).crop(0, width)
