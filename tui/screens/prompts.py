"""Small modal screens: a note for a finding, the filter of the findings list."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..render import safe
from ..view_state import Filter


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


class FilterScreen(ModalScreen[Filter | None]):
    """Pick which findings the list shows; enter picks, escape leaves the filter as it is."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        current: Filter,
        kinds: list[str],
        sources: list[tuple[str, str]],
        topics: list[tuple[str, str]],
    ) -> None:
        super().__init__()
        self.current = current
        self.choices: dict[str, Filter] = {"all": Filter(), "unreviewed": Filter(unreviewed=True)}
        options = [
            Option(Content("All findings"), id="all"),
            Option(Content("Not yet reviewed"), id="unreviewed"),
        ]
        for kind in kinds:
            self.choices[f"kind-{kind}"] = Filter(kind=kind)
            options.append(Option(Content.assemble(("kind ", "dim"), kind), id=f"kind-{kind}"))
        for n, (source, label) in enumerate(sources):
            self.choices[f"source-{n}"] = Filter(source=source)
            options.append(
                Option(Content("source ").stylize("dim") + safe(label), id=f"source-{n}")
            )
        for n, (topic, label) in enumerate(topics):
            self.choices[f"topic-{n}"] = Filter(topic=topic)
            options.append(Option(Content("topic ").stylize("dim") + safe(label), id=f"topic-{n}"))
        self.options = options

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            shown = self.current.describe() or "all findings"
            yield Static(Content(f"Show which findings? (now: {shown})"))
            yield OptionList(*self.options, id="filter-choices")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        at = next((n for n, f in enumerate(self.choices.values()) if f == self.current), 0)
        choices.highlighted = at
        choices.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices.get(event.option.id or "all", Filter()))

    def action_cancel(self) -> None:
        """Close, the filter unchanged."""
        self.dismiss(None)
