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

    def open(
        self,
        topics: list[Topic],
        current: str | None,
        on_pick: Callable[[str], None],
        on_close: Callable[[], None],
    ) -> None:
        """Show the topics, the current one highlighted, and take the focus. `on_pick` gets the
        chosen topic (and closes the picker as it shows it: one frame does both); `on_close` is
        called when the reader closes the picker without a choice."""
        self._on_pick, self._on_close = on_pick, on_close
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

    def _pick(self, topic: str | None) -> None:
        if topic is not None:
            self._on_pick(topic)

    def action_close(self) -> None:
        """Close without changing the topic."""
        self.display = False
        self._on_close()

    def on_blur(self) -> None:
        self.display = False  # the reader went elsewhere (a click): nothing to refocus
