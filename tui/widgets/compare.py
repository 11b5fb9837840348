"""Side-by-side sources: the passages of one topic aligned row by row, claims marked.

A line-API view: the rows are wrapped once per layout and each screen line is composed on
demand, so that switching topics or sources costs a few milliseconds however long the topic.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual

from dealview.core.models import Analysis, Finding
from dealview.core.source_labels import relabel

from ..compare_blocks import Block, CellKey, compare_blocks
from ..kinds import shown_kind
from ..render import SYMBOLS, Marks, safe, safe_name, source_name
from ..view_state import hidden_hint

PANE_MIN_WIDTH = 38
"""Narrowest useful pane, in cells: a narrower terminal shows fewer sources at once."""
HEADER_LINES = 4
"""Lines pinned above the rows: the finding shown, the topic and which sources the panes show,
then two lines naming each pane's source."""
BORDER = "▏"
SILENT = Content("· silent ·").stylize("dim")
WRAP_CACHE_SIZE = 4000
"""Wrapped cells remembered (a few screens of every topic)."""


def panes_that_fit(width: int, sources: int) -> int:
    """Return how many source panes fit side by side in `width` cells."""
    return max(1, min(sources, width // PANE_MIN_WIDTH))


def finding_line(
    finding: Finding | None, position: str, labels: Mapping[str, str] | None = None
) -> Content:
    """The line naming the finding the view is opened on: "✗ contradiction 2 / 3 · summary"
    (the sources it names written as their `labels`)."""
    if finding is None:
        return Content("")
    symbol = SYMBOLS.get(shown_kind(finding), "")
    summary = relabel(finding.summary, labels) if labels else finding.summary
    return Content.assemble((f"{symbol} {position}", "bold"), (" · ", "dim"), safe(summary))


def column_widths(width: int, count: int) -> list[int]:
    """Split `width` cells into `count` panes, one cell of margin after each."""
    room = max(count * 4, width - count)
    base, extra = divmod(room, count)
    return [base + (1 if n < extra else 0) for n in range(count)]


@dataclass(frozen=True)
class _Paint:
    """The styles the view draws with, looked up once (a lookup walks the DOM)."""

    base: Style
    border: Style
    border_focus: Style
    head: VisualStyle
    head_focus: VisualStyle


@dataclass
class _Layout:
    """The wrapped lines of every block at one width."""

    width: int
    columns: list[int]
    block_lines: list[list[list[Strip]]] = field(default_factory=list)
    """Per block: per pane the cell's lines, or a single list for a line across the panes."""
    starts: list[int] = field(default_factory=list)
    """First content line of each block (synced scrolling)."""
    total: int = 0
    column_lines: list[list[tuple[int, int]]] = field(default_factory=list)
    """Free scrolling: per pane, (block, line) for each of its lines; line -1 is a gap."""


class CompareView(ScrollView, can_focus=True):
    """One pane per visible source; aligned passages start on the same line."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "compare--border",
        "compare--border-focus",
        "compare--head",
        "compare--head-focus",
    }
    DEFAULT_CSS = """
    /* The scrollbar's track is always there: one that came and went with the topic's length
       changed the layout, and Textual drew it a frame after the text (30 ms late). */
    CompareView { overflow-y: scroll; }
    CompareView > .compare--border { color: $foreground 15%; }
    CompareView > .compare--border-focus { color: $accent; }
    CompareView > .compare--head { background: $panel; }
    CompareView > .compare--head-focus { background: $accent 40%; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sources_shown: tuple[str, ...] = ()
        """The sources the view shows now, left to right."""
        self.focus_source: str | None = None
        """The source whose pane is marked as focused (and scrolls alone in free scrolling)."""
        self.blocks: list[Block] = []
        """What the view shows: the rows of the topic for the sources shown."""
        self.sync = True
        self.search = ""
        """The words whose matches are marked."""
        self._heading = Content("")
        self._label = Content("")
        self._hint = Content("")
        self._titles: dict[str, Content] = {}
        self._layout: _Layout | None = None
        self._offsets: list[int] = []
        self._to_current = False
        self._lines: dict[int, Strip] = {}
        self._paint_cache: _Paint | None = None
        self._last_width = 0
        self._analysis: Analysis | None = None
        self._shown: tuple[object, ...] = ()
        self._cells: dict[CellKey, Content] = {}
        self._wrapped: dict[tuple[object, ...], list[Strip]] = {}
        self._wrapped_style: VisualStyle | None = None

    # --- what to show -----------------------------------------------------------------------------

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
        heading: Content | None = None,
        evidence: bool = False,
    ) -> None:
        """Show the rows of `topic` for the `visible` sources, scrolled to the first row that
        holds a claim of `current` (or to the top); `heading` names the finding. With
        `evidence`, the finding's own sentences come first when no row holds them all. When
        only the way of scrolling changed, the view stays on the rows it showed."""
        shown = (topic, tuple(visible), focus, frozenset(current), fold, search, evidence, sync)
        heading = heading if heading is not None else Content("")
        same_layout = analysis is self._analysis and self._layout is not None
        if same_layout and shown == self._shown and focus == self.focus_source:
            if heading.plain != self._heading.plain:
                self._heading = heading
                self._lines.clear()
                self.refresh()
            self._scroll_to_current()  # the same view again: its lines are still good
            return
        keep = (
            self._top_block()
            if same_layout and shown[:7] == self._shown[:7] and sync != self.sync
            else None
        )
        self._shown = shown
        self.sources_shown = tuple(visible)
        self.focus_source = focus
        self.sync = sync
        self.search = search
        self._heading = heading
        label = next((t.label for t in analysis.topics if t.id == topic), None)
        hint = hidden_hint(visible, [a.id for a in analysis.articles])
        self._label = (
            Content("no topic").stylize("dim")
            if label is None
            else Content.assemble(("topic ", "dim")) + safe(label).stylize("bold")
        )
        self._hint = Content(hint).stylize("bold $accent") if hint else Content("")
        self._titles = {
            a: source_name(analysis, a).stylize("bold")
            + Content("\n")
            + (safe_name(a) + Content(" · ") + safe(analysis.article(a).title)).stylize("dim")
            for a in visible
        }
        if analysis is not self._analysis:
            self._analysis, self._cells = analysis, {}
            self._wrapped.clear()
        self.blocks = compare_blocks(
            analysis, topic, visible, marks, current, fold, search, self._cell_memo(), evidence
        )
        self._layout = None
        self._to_current = keep is None
        self._lay_out(keep=keep)

    def prepare(
        self,
        analysis: Analysis,
        topic: str | None,
        visible: list[str],
        marks: Marks,
        current: set[str],
        fold: bool,
        search: str = "",
        evidence: bool = False,
    ) -> None:
        """Get the rows of `topic` ready for `show` (styled and wrapped at the view's width)
        without showing them: showing that topic next then only assembles lines."""
        width = self._width()
        if analysis is not self._analysis or width <= 0 or not visible:
            return
        blocks = compare_blocks(
            analysis, topic, visible, marks, current, fold, search, self._cell_memo(), evidence
        )
        columns = column_widths(width, len(visible))
        for block in blocks:
            if block.text is None:
                self._wrap_cells(block, columns)

    def _cell_memo(self) -> dict[CellKey, Content]:
        """The styled cells kept from one call of compare_blocks to the next (emptied when it
        outgrows WRAP_CACHE_SIZE)."""
        if len(self._cells) > WRAP_CACHE_SIZE:
            self._cells.clear()
        return self._cells

    def _wrap_cells(self, block: Block, columns: list[int]) -> list[list[Strip]]:
        """The lines of each cell of a row, wrapped to its pane."""
        return [
            self._wrap(SILENT if cell.content is None else cell.content, max(1, w - 3), cell.key)
            for cell, w in zip(block.cells, columns, strict=True)
        ]

    def refocus(self, focus: str) -> None:
        """Mark another source as the focused one, without laying the panes out again."""
        self.focus_source = focus
        self._lines.clear()
        self.refresh()

    # --- scrolling --------------------------------------------------------------------------------

    def move(self, lines: int) -> None:
        """Scroll by `lines`: every pane together, or only the focused one in free scrolling."""
        if self.sync:
            self.scroll_relative(y=lines, animate=False)
        elif (column := self._focused_column()) is not None:
            self._scroll_column(column, self._offsets[column] + lines)

    def to_edge(self, home: bool) -> None:
        """Scroll to the top or to the bottom (the focused pane alone in free scrolling)."""
        if self.sync:
            self.scroll_to(y=0 if home else self.max_scroll_y, animate=False)
        elif (column := self._focused_column()) is not None:
            self._scroll_column(column, 0 if home else 1 << 30)

    def scroll_to_passage(self, article: str, start: int) -> bool:
        """Scroll to the row holding `article`'s passage that starts at `start`; False if the
        view does not show it."""
        for n, block in enumerate(self.blocks):
            for column, cell in enumerate(block.cells):
                if cell.article == article and cell.key is not None and cell.key[1] == start:
                    self._scroll_to_block(n, column)
                    return True
        return False

    def scroll_to_text(self, needle: str) -> bool:
        """Scroll to the first row whose passages hold `needle` (any case); False if none."""
        folded = needle.casefold()
        for n, block in enumerate(self.blocks):
            for column, cell in enumerate(block.cells):
                if cell.content is not None and folded in cell.content.plain.casefold():
                    self._scroll_to_block(n, column)
                    return True
        return False

    def action_scroll_down(self) -> None:
        self.move(1)

    def action_scroll_up(self) -> None:
        self.move(-1)

    def action_page_down(self) -> None:
        self.move(self._body_height())

    def action_page_up(self) -> None:
        self.move(-self._body_height())

    def action_scroll_home(self) -> None:
        self.to_edge(home=True)

    def action_scroll_end(self) -> None:
        self.to_edge(home=False)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._wheel(event.x, 3)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._wheel(event.x, -3)

    def _wheel(self, x: int, lines: int) -> None:
        # In free scrolling the wheel scrolls the pane under the pointer.
        if self.sync or self._layout is None:
            return
        edge = 0
        for column, width in enumerate(self._layout.columns):
            edge += width + 1
            if x < edge:
                self._scroll_column(column, self._offsets[column] + lines)
                return

    def _focused_column(self) -> int | None:
        if self.focus_source in self.sources_shown and self._layout is not None:
            return self.sources_shown.index(self.focus_source)
        return None

    def _body_height(self) -> int:
        return max(1, self.scrollable_content_region.height - HEADER_LINES)

    def _scroll_column(self, column: int, offset: int) -> None:
        assert self._layout is not None
        longest = len(self._layout.column_lines[column])
        offset = max(0, min(offset, longest - self._body_height()))
        if offset != self._offsets[column]:
            self._offsets[column] = offset
            self._lines.clear()
            self.refresh()

    def _scroll_to_current(self) -> None:
        """Scroll to the first row holding a claim of the current finding, or to the top."""
        target = next((n for n, b in enumerate(self.blocks) if b.current), None)
        if target is None:
            self.scroll_to(y=0, animate=False)
        else:
            self._scroll_to_block(target)

    def _scroll_to_block(self, block: int, column: int | None = None) -> None:
        layout = self._layout
        if layout is None:
            return
        if self.sync:
            self.scroll_to(y=layout.starts[block], animate=False)
            return
        for c, lines in enumerate(layout.column_lines):
            if column is not None and c != column:
                continue
            # A pane silent on that row goes to the next row it speaks on.
            first = next((i for i, (b, _) in enumerate(lines) if b >= block), None)
            if first is not None:
                self._scroll_column(c, first)

    # --- layout -----------------------------------------------------------------------------------

    def _width(self) -> int:
        """The width rows are laid out at; while the view is hidden (about to be shown), the
        width it last had, or the terminal's width less the view's padding and scrollbar."""
        width = self.scrollable_content_region.width
        if width > 0:
            self._last_width = width
            return width
        if self._last_width:
            return self._last_width
        return self.app.size.width - self.styles.gutter.width - self.styles.scrollbar_size_vertical

    def on_resize(self, event: events.Resize) -> None:
        layout = self._layout
        if layout is None or layout.width != self._width():
            top = self._top_block()
            self._layout = None
            self._lay_out(keep=top)
        elif not self.sync:
            self.virtual_size = Size(layout.width, self.scrollable_content_region.height)

    def _top_block(self) -> int | None:
        """The row at the top of the view; in free scrolling, the furthest row a pane's top
        has reached (a short pane stops before the others)."""
        layout = self._layout
        if layout is None or not layout.starts:
            return None
        if self.sync:
            return max(0, bisect_right(layout.starts, int(self.scroll_y)) - 1)
        tops = [
            run[min(offset, len(run) - 1)][0]
            for run, offset in zip(layout.column_lines, self._offsets, strict=True)
            if run
        ]
        return max(tops, default=None)

    def _lay_out(self, keep: int | None = None) -> None:
        """Wrap every cell at the current width; scroll as asked once the width is known."""
        width = self._width()
        if width <= 0 or not self.sources_shown:
            return  # laid out on the first resize
        columns = column_widths(width, len(self.sources_shown))
        layout = _Layout(width, columns)
        y = 0
        for block in self.blocks:
            if block.text is not None:
                # A line across the panes; in free scrolling, repeated in each pane.
                room = width - 2 if self.sync else min(columns) - 1
                lines = [self._wrap(block.text, max(1, room))]
            else:
                lines = self._wrap_cells(block, columns)
            layout.block_lines.append(lines)
            layout.starts.append(y)
            y += max(len(cell) for cell in lines) + 1
        layout.total = y
        for column in range(len(columns)):
            run: list[tuple[int, int]] = []
            for n, block in enumerate(self.blocks):
                if block.text is None and block.cells[column].content is None:
                    continue
                lines = layout.block_lines[n]
                run += [(n, i) for i in range(len(lines[column if block.text is None else 0]))]
                run.append((n, -1))
            layout.column_lines.append(run)
        self._layout = layout
        self._offsets = [0] * len(columns)
        self._lines.clear()
        height = HEADER_LINES + y if self.sync else self.scrollable_content_region.height
        self.virtual_size = Size(width, height)
        if self._to_current:
            self._to_current = False
            self._scroll_to_current()
        elif keep is not None and keep < len(layout.starts):
            self._scroll_to_block(keep)
        self.refresh()

    def _wrap(self, content: Content, width: int, key: CellKey | None = None) -> list[Strip]:
        """The lines of `content` (a cell's, when `key` says which) wrapped and padded to
        `width`; remembered, since the same passages come back as the reader moves between
        findings, sources and topics."""
        style = self.visual_style
        if style != self._wrapped_style or len(self._wrapped) > WRAP_CACHE_SIZE:
            self._wrapped.clear()
            self._wrapped_style = style
        index: tuple[object, ...] = (
            (key, width) if key is not None else (content.plain, tuple(content.spans), width)
        )
        lines = self._wrapped.get(index)
        if lines is None:
            lines = Visual.to_strips(self, content, width, None, style, pad=True)
            self._wrapped[index] = lines
        return lines

    # --- rendering --------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """Forget the styles, and the lines drawn with them if the styles changed (a change of
        focus restyles the view without changing how its lines look)."""
        super().notify_style_update()
        before = self._paint_cache
        self._paint_cache = None
        if before is not None and before != self._paint:
            self._lines.clear()
            self._wrapped.clear()  # pane heads are drawn in the head styles

    @property
    def _paint(self) -> _Paint:
        if self._paint_cache is None:
            self._paint_cache = _Paint(
                base=self.rich_style,
                border=self.get_component_rich_style("compare--border"),
                border_focus=self.get_component_rich_style("compare--border-focus"),
                head=self.get_visual_style("compare--head"),
                head_focus=self.get_visual_style("compare--head-focus"),
            )
        return self._paint_cache

    def render_line(self, y: int) -> Strip:
        """Compose screen line `y`: the pinned header, then the rows at the scroll position."""
        layout = self._layout
        if layout is None:
            return Strip.blank(self.scrollable_content_region.width, self._paint.base)
        # Header lines are cached under negative keys, content lines under their number.
        line = y - HEADER_LINES + (int(self.scroll_y) if self.sync else 0)
        key = y - HEADER_LINES if y < HEADER_LINES else line
        strip = self._lines.get(key)
        if strip is None:
            if y < HEADER_LINES:
                strip = self._header_line(layout, y)
            elif self.sync:
                strip = self._synced_line(layout, line)
            else:
                strip = self._free_line(layout, line)
            self._lines[key] = strip
        return strip

    def _header_line(self, layout: _Layout, y: int) -> Strip:
        paint = self._paint
        base = paint.base
        if y < 2:
            room = layout.width - 1
            if y == 0:
                away = bool(self._heading.plain) and not any(b.current for b in self.blocks)
                note = Content(" (not in this topic)").stylize("dim") if away else Content("")
                line = self._heading.truncate(room - note.cell_length, ellipsis=True) + note
            else:
                hint = self._hint
                label = self._label.truncate(max(0, room - hint.cell_length - 2), ellipsis=True)
                gap = max(1, room - label.cell_length - hint.cell_length)
                line = label + Content(" " * gap) + hint
            strips = Visual.to_strips(self, line, room, 1, self.visual_style, pad=True)
            return Strip([Segment(" ", base), *strips[0]], layout.width)
        segments: list[Segment] = []
        for article, width in zip(self.sources_shown, layout.columns, strict=True):
            focused = article == self.focus_source
            style = paint.head_focus if focused else paint.head
            text = self._wrapped.get(("head", article, focused, width))
            if text is None:
                text = Visual.to_strips(self, self._titles[article], width - 2, 2, style, pad=True)
                self._wrapped["head", article, focused, width] = text
            pad = Segment(" ", style.rich_style)
            segments += [pad, *text[y - 2], pad, Segment(" ", base)]
        return Strip(segments, layout.width)

    def _cell_segments(self, layout: _Layout, column: int, block: int, line: int) -> list[Segment]:
        """One pane's part of a screen line: border, padding, the cell's text, margin."""
        paint = self._paint
        base = paint.base
        width = layout.columns[column]
        if block < 0 or line < 0:
            return [Segment(" " * (width + 1), base)]
        lines = layout.block_lines[block][column]
        focused = self.sources_shown[column] == self.focus_source
        border = Segment(BORDER, paint.border_focus if focused else paint.border)
        if line < len(lines):
            return [border, Segment(" ", base), *lines[line], Segment("  ", base)]
        return [border, Segment(" " * width, base)]

    def _synced_line(self, layout: _Layout, line: int) -> Strip:
        base = self._paint.base
        block = max(0, bisect_right(layout.starts, line) - 1)
        if line >= layout.total or not layout.block_lines:
            return Strip.blank(layout.width, base)
        offset = line - layout.starts[block]
        lines = layout.block_lines[block]
        height = max(len(cell) for cell in lines)
        if offset >= height:
            return Strip.blank(layout.width, base)
        if self.blocks[block].text is not None:
            return Strip([Segment(" ", base), *lines[0][offset], Segment(" ", base)], layout.width)
        segments = [
            segment
            for column in range(len(layout.columns))
            for segment in self._cell_segments(layout, column, block, offset)
        ]
        return Strip(segments, layout.width)

    def _free_line(self, layout: _Layout, line: int) -> Strip:
        base = self._paint.base
        segments: list[Segment] = []
        for column, run in enumerate(layout.column_lines):
            n = line + self._offsets[column]
            block, offset = run[n] if n < len(run) else (-1, -1)
            if block >= 0 and offset >= 0 and self.blocks[block].text is not None:
                text = layout.block_lines[block][0][offset]
                rest = layout.columns[column] - text.cell_length
                segments += [Segment(" ", base), *text, Segment(" " * rest, base)]
            else:
                segments += self._cell_segments(layout, column, block, offset)
        return Strip(segments, layout.width)
