"""A scrolling view of one text: wrapped once per width, only the lines in sight drawn, and
the texts shown lately remembered, drawn lines and all.

Textual's Static inside a scrolling container wraps its whole text twice per update (once to
measure its height, once to draw it) and draws every line of it, seen or not; a long finding
on a big story has hundreds of lines. This view wraps once, draws a line when it comes into
sight, and keeps what it drew until the width or the styles change: stepping back to a text
shown before (the previous finding) costs no wrapping and no drawing.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from textual import events
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

REMEMBERED_TEXTS = 64
"""How many texts shown lately are kept, drawn lines and all."""


@dataclass
class _Page:
    """One text, and what was made of it at one width."""

    content: Content
    width: int = -1
    lines: list[Content] = field(default_factory=list)
    strips: dict[int, Strip] = field(default_factory=dict)


class TextView(ScrollView):
    """Shows one (styled) text, scrolled vertically."""

    DEFAULT_CSS = """
    TextView { scrollbar-gutter: stable; overflow-x: hidden; }
    """

    def __init__(self, content: Content | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._page = _Page(content if content is not None else Content(""))
        self._pages: OrderedDict[Hashable, _Page] = OrderedDict()

    @property
    def content(self) -> Content:
        """The text shown."""
        return self._page.content

    def update(self, content: Content) -> None:
        """Show `content`, from its first line."""
        self._show(_Page(content))

    def update_remembered(self, key: Hashable, make: Callable[[], Content]) -> None:
        """Show the text that `key` stands for, from its first line: the one shown or
        prepared before under that key if it is remembered, else the one `make` returns."""
        self._show(self._remembered(key, make))

    def prepare(self, key: Hashable, make: Callable[[], Content]) -> None:
        """Make the text that `key` stands for ready to show (wrapped, its first screen
        drawn) without showing it: for a text the reader is likely to ask for next."""
        page = self._remembered(key, make)
        if self._lay_out(page):
            self._draw(page, 0, min(len(page.lines), self.scrollable_content_region.height))

    def _remembered(self, key: Hashable, make: Callable[[], Content]) -> _Page:
        page = self._pages.get(key)
        if page is None:
            page = self._pages[key] = _Page(make())
            if len(self._pages) > REMEMBERED_TEXTS:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(key)
        return page

    def _show(self, page: _Page) -> None:
        self._page = page
        self._lay_out(page)
        self.virtual_size = Size(max(page.width, 0), len(page.lines))
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    def _lay_out(self, page: _Page) -> bool:
        """Wrap `page` to the width there is, unless it is wrapped to it already; False when
        the view has no width yet."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        if width != page.width:
            page.width = width
            page.lines = page.content.wrap(width)
            page.strips.clear()
            if page is self._page:
                self.virtual_size = Size(width, len(page.lines))
        return True

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out(self._page)

    def notify_style_update(self) -> None:
        """Forget the lines drawn: they were drawn in the old styles."""
        super().notify_style_update()
        self._page.strips.clear()
        for page in self._pages.values():
            page.strips.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines asked for, the ones not drawn yet in one go."""
        page = self._page
        self._lay_out(page)
        top = int(self.scroll_y)
        wanted = range(top + crop.y, min(top + crop.bottom, len(page.lines)))
        missing = [index for index in wanted if index not in page.strips]
        if missing:
            self._draw(page, missing[0], missing[-1] + 1)
        return super().render_lines(crop)

    def _draw(self, page: _Page, start: int, end: int) -> None:
        """Draw lines `start` to `end` of `page` together: drawing costs mostly per call, not
        per line."""
        lines = page.lines[start:end]
        if not lines:
            return
        style = self.visual_style
        strips = Visual.to_strips(
            self, Content("\n").join(lines), page.width, None, style, pad=True
        )
        if len(strips) != len(lines):  # wrapped again differently: draw them one by one
            strips = [
                Visual.to_strips(self, line, page.width, 1, style, pad=True)[0] for line in lines
            ]
        page.strips.update(zip(range(start, end), strips, strict=True))

    def render_line(self, y: int) -> Strip:
        """Draw screen line `y` of the text at the scroll position."""
        page = self._page
        index = y + int(self.scroll_y)
        strip = page.strips.get(index)
        if strip is None:
            if index >= len(page.lines):
                return Strip.blank(
                    self.scrollable_content_region.width, self.visual_style.rich_style
                )
            self._draw(page, index, index + 1)
            strip = page.strips[index]
        return strip
