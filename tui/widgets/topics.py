"""The topic picker: a list that drops over the current view, with no screen of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dealview.core.models import Topic

from ..render import safe


class TopicPicker(OptionList):
    """Pick the topic that the compare view shows: enter picks, escape closes.

    A dialog screen would redraw the whole terminal twice (dimmed behind it, then again when it
    closes); this list covers a corner of the view and only that corner is redrawn.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]
    DEFAULT_CSS = """
    TopicPicker {
        display: none;
        layer: overlay;
        dock: top;
        margin: 1 0 0 2;
        width: auto;
        min-width: 52;
        max-width: 90%;
        height: auto;
        max-height: 20;
        border-title-color: $text;
        background: $surface;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Topic to compare (enter picks, escape closes)"
        self._topics: list[str] = []
        self._on_pick: Callable[[str], None] = lambda topic: None
        self._on_close: Callable[[], None] = lambda: None
        self._on_highlight: Callable[[str], None] = lambda topic: None

    def open(
        self,
        topics: list[Topic],
        current: str | None,
        on_pick: Callable[[str], None],
        on_close: Callable[[], None],
        on_highlight: Callable[[str], None] = lambda topic: None,
    ) -> None:
        """Show the topics, the current one highlighted, and take the focus. `on_pick` gets the
        chosen topic (and closes the picker as it shows it: one frame does both); `on_close` is
        called when the reader closes the picker without a choice; `on_highlight` gets each
        topic the reader moves to in the list."""
        self._on_pick, self._on_close, self._on_highlight = on_pick, on_close, on_highlight
        ids = [t.id for t in topics]
        if ids != self._topics:
            self._topics = ids
            self.set_options(
                Option(
                    safe(t.label) + Content(f"  {len(t.passages)} passages").stylize("dim"),
                    id=t.id,
                )
                for t in topics
            )
        if current in ids:
            self.highlighted = ids.index(current)
        self.display = True
        self.screen.set_focus(self)  # at once: focus() would wait for the next frame

    def action_select(self) -> None:
        """Pick the highlighted topic, at once (not through a message: no frame in between)."""
        if self.highlighted is not None:
            self._pick(self.get_option_at_index(self.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # a click on a topic
        self._pick(event.option.id)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.display and event.option.id is not None:
            self._on_highlight(event.option.id)

    @property
    def highlighted_topic(self) -> str | None:
        """The topic highlighted in the list, if the list is open."""
        if not self.display or self.highlighted is None:
            return None
        return self.get_option_at_index(self.highlighted).id

    def _pick(self, topic: str | None) -> None:
        if topic is not None:
            self._on_pick(topic)

    def action_close(self) -> None:
        """Close without changing the topic."""
        self.display = False
        self._on_close()

    def on_blur(self) -> None:
        self.display = False  # the reader went elsewhere (a click): nothing to refocus
