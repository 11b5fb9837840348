"""The topic picker: a list that drops over the current view, with no screen of its own."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
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

    class Picked(Message):
        """The reader chose `topic` (whoever shows it closes the picker)."""

        def __init__(self, topic: str) -> None:
            super().__init__()
            self.topic = topic

    class Closed(Message):
        """The picker closed without a choice."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Topic to compare (enter picks, escape closes)"
        self._topics: list[str] = []

    def open(self, topics: list[Topic], current: str | None) -> None:
        """Show the topics, the current one highlighted, and take the focus."""
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

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # The screen closes the picker as it shows the topic: one frame does both.
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Picked(event.option.id))

    def action_close(self) -> None:
        """Close without changing the topic."""
        self.display = False
        self.post_message(self.Closed())

    def on_blur(self) -> None:
        self.display = False  # the reader went elsewhere (a click): nothing to refocus
