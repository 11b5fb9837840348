"""The topic picker: a list that drops over the current view, with no screen of its own."""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dealview.core.models import Topic

from ..render import safe

PICKER_ACTIONS = {
    "up": "cursor_up",
    "down": "cursor_down",
    "pageup": "page_up",
    "pagedown": "page_down",
    "home": "first",
    "end": "last",
    "enter": "select",
    "escape": "close",
    "r": "rename",
    "w": "save",
}
"""The keys the open picker takes, and what each does in it."""


class TopicPicker(OptionList, can_focus=False):
    """Pick the topic that the compare view shows: enter picks, escape closes.

    A dialog screen would redraw the whole terminal twice (dimmed behind it, then again when it
    closes); this list covers a corner of the view and only that corner is redrawn. It never
    takes the focus: the screen hands it the keys in PICKER_ACTIONS while it is open, so that
    opening and closing it restyle nothing else (a change of focus restyles and redraws the
    view that loses it, its scrollbar and the key bar).
    """

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
        border: tall $border;
        border-title-color: $text;
        background: $surface;
        background-tint: $foreground 5%;
    }
    /* It has the keys while open: it looks like the focused list it acts as. */
    TopicPicker > .option-list--option-highlighted {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    """

    class Rename(Message):
        """The reader asked to rename a topic (r in the open picker)."""

        def __init__(self, topic: str) -> None:
            super().__init__()
            self.topic = topic

    class Save(Message):
        """The reader asked to save the topics as a topics file (w in the open picker)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Topic to compare (enter picks, escape closes)"
        self.border_subtitle = "r renames · w saves as a topics file"
        self._topics: list[tuple[str, str]] = []
        self._on_pick: Callable[[str], None] = lambda topic: None
        self._on_highlight: Callable[[str], None] = lambda topic: None

    def open(
        self,
        topics: list[Topic],
        current: str | None,
        on_pick: Callable[[str], None],
        on_highlight: Callable[[str], None] = lambda topic: None,
    ) -> None:
        """Show the topics, the current one highlighted. `on_pick` gets the chosen topic (and
        closes the picker as it shows it: one frame does both); `on_highlight` gets each topic
        the reader moves to in the list."""
        self._on_pick, self._on_highlight = on_pick, on_highlight
        ids = [t.id for t in topics]
        shown = [(t.id, t.label) for t in topics]
        if shown != self._topics:  # other topics, or one renamed
            self._topics = shown
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
        self.screen.refresh_bindings()  # the key bar shows the picker's keys

    def relabel(self, topics: list[Topic]) -> None:
        """Show the topics' names again (one was renamed), the same topic highlighted."""
        at = self.highlighted
        self._topics = [(t.id, t.label) for t in topics]
        self.set_options(
            Option(safe(t.label) + Content(f"  {len(t.passages)} passages").stylize("dim"), id=t.id)
            for t in topics
        )
        if at is not None and at < len(topics):
            self.highlighted = at

    def press(self, key: str) -> None:
        """Do what `key` (one of PICKER_ACTIONS) does in the open picker."""
        getattr(self, f"action_{PICKER_ACTIONS[key]}")()

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

    def action_rename(self) -> None:
        """Ask the screen to rename the highlighted topic."""
        if self.highlighted_topic is not None:
            self.post_message(self.Rename(self.highlighted_topic))

    def action_save(self) -> None:
        """Ask the screen to save the topics as a topics file."""
        self.post_message(self.Save())

    def _pick(self, topic: str | None) -> None:
        if topic is not None:
            self._on_pick(topic)

    def action_close(self) -> None:
        """Close without changing the topic."""
        self.hide()

    def hide(self) -> None:
        """Close the picker (the reader picked a topic or went elsewhere)."""
        if self.display:
            self.display = False
            self.screen.refresh_bindings()
