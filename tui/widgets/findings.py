"""The findings list: grouped by kind, contradictions first, with counts and review marks."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dealview.core.models import Finding
from dealview.core.review import Review

from ..render import SYMBOLS, finding_line

KIND_TITLES = (
    ("contradiction", "Contradictions"),
    ("agreement", "Agreements"),
    ("single-source", "Single-source"),
)


class FindingsList(OptionList):
    """Every finding, one line each, under a heading per kind."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Named as the screen names it, so the footer stays the same when this list has focus.
        Binding("enter", "select", "Evidence")
    ]

    def show(self, findings: list[Finding], review: Review) -> None:
        """Fill the list with `findings`, marked with their review status."""
        highlighted = self.highlighted
        options: list[Option] = []
        for kind, title in KIND_TITLES:
            chosen = [f for f in findings if f.kind == kind]
            if not chosen:
                continue
            heading = Content.assemble((f"{SYMBOLS[kind]} {title} ({len(chosen)})", "bold"))
            options.append(Option(heading, id=f"heading-{kind}", disabled=True))
            options.extend(
                Option(finding_line(f, review.verdict(f).status), id=f.id) for f in chosen
            )
        self.set_options(options)
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted

    def select_finding(self, finding_id: str) -> None:
        """Highlight the finding with this id and scroll it into view."""
        self.highlighted = self.get_option_index(finding_id)
        self.scroll_to_highlight()
