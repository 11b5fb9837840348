"""The findings list: grouped by kind, contradictions first, with counts and review marks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dealview.core.credits import Credits
from dealview.core.models import Finding
from dealview.core.review import Review

from ..kinds import KIND_ORDER, shown_kind
from ..kinds import KIND_TITLES as _TITLES
from ..render import SYMBOLS, finding_line

KIND_TITLES = tuple((kind, _TITLES[kind]) for kind in KIND_ORDER)
"""The groups of the list, in order: certainty divergences ("≈ Certainty") apart from
contradictions of value, unresolved discrepancies ("?") apart too."""


class FindingsList(OptionList):
    """Every finding, one line each, under a heading per kind."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Named as the screen names it, so the footer stays the same when this list has focus.
        Binding("enter", "select", "Evidence")
    ]

    # Repainted option by option (the one left, the one reached), not as a whole list: a
    # full repaint redrew every line in sight at each step through the findings.
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._made_with: tuple[Mapping[str, str] | None, Credits | None] = (None, None)
        """The labels and credits the kept lines were made with."""
        self._finding_lines: dict[tuple[str, str | None], Content] = {}
        """Each finding's line, by finding id and review status."""

    def _watch_highlighted(self, old: int | None, new: int | None) -> None:
        # Runs before OptionList's own watcher, which scrolls (a scroll repaints it all).
        for index in (old, new):
            if index is not None and index < self.option_count:
                line = self._index_to_line.get(index)
                if line is not None:
                    self.refresh_lines(line, self._heights[index])

    def show(
        self,
        findings: list[Finding],
        review: Review,
        labels: Mapping[str, str] | None = None,
        credits: Credits | None = None,
    ) -> None:
        """Fill the list with `findings`, marked with their review status; the sources their
        summaries name are written as their `labels`, and shared credit is said (`credits`)."""
        highlighted = self.highlighted
        options: list[Option] = []
        for kind, title in KIND_TITLES:
            chosen = [f for f in findings if shown_kind(f) == kind]
            if not chosen:
                continue
            heading = Content.assemble((f"{SYMBOLS[kind]} {title} ({len(chosen)})", "bold"))
            options.append(Option(heading, id=f"heading-{kind}", disabled=True))
            options.extend(
                Option(self._line(f, review.status(f), labels, credits), id=f.id) for f in chosen
            )
        self.set_options(options)
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted

    def _line(
        self,
        finding: Finding,
        status: str | None,
        labels: Mapping[str, str] | None,
        credits: Credits | None,
    ) -> Content:
        """The line of a finding, kept from one filling of the list to the next (a verdict
        changes one line, not all of them)."""
        if self._made_with != (labels, credits):
            self._made_with = (labels, credits)
            self._finding_lines.clear()
        line = self._finding_lines.get((finding.id, status))
        if line is None:
            line = finding_line(finding, status, labels, credits)
            self._finding_lines[finding.id, status] = line
        return line

    def neighbour(self, finding_id: str, step: int) -> str | None:
        """The id of the finding next to `finding_id` in the list (below for a `step` of 1,
        above for -1), headings skipped; None at either end."""
        index = self.get_option_index(finding_id) + step
        while 0 <= index < self.option_count:
            option = self.get_option_at_index(index)
            if not option.disabled:
                return option.id
            index += step
        return None

    def select_finding(self, finding_id: str) -> None:
        """Highlight the finding with this id and scroll it into view."""
        self.highlighted = self.get_option_index(finding_id)
        self.scroll_to_highlight()
