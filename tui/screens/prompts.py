"""Small modal screens: a note for a finding, the topic to compare."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from dealview.core.models import Topic

from ..render import safe


class NoteScreen(ModalScreen[str | None]):
    """Edit the note of the current finding; enter saves, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("Note on this finding (enter saves, escape cancels)"))
            yield Input(value=self.note, placeholder="e.g. ask the FT desk", id="note")

    @on(Input.Submitted)
    def _save(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Close without changing the note."""
        self.dismiss(None)


class TopicScreen(ModalScreen[str | None]):
    """Pick the topic that the compare view shows."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, topics: list[Topic], current: str | None, on_pick: Callable[[str], None]
    ) -> None:
        super().__init__()
        self.topics = topics
        self.current = current
        self.on_pick = on_pick

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("Topic to compare (enter picks, escape cancels)"))
            yield OptionList(
                *[
                    Option(
                        safe(t.label) + Content(f"  {len(t.passages)} passages").stylize("dim"),
                        id=t.id,
                    )
                    for t in self.topics
                ],
                id="topics",
            )

    def on_mount(self) -> None:
        topics = self.query_one("#topics", OptionList)
        ids = [t.id for t in self.topics]
        if self.current in ids:
            topics.highlighted = ids.index(self.current)
        topics.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        # The screen below is redrawn before this one closes: one frame shows the new topic.
        if event.option.id is not None:
            self.on_pick(event.option.id)
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Close without changing the topic."""
        self.dismiss(None)
