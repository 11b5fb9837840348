"""The review workflow keys of the main screen: the next finding not yet reviewed, the filter
of the findings list, copying a quote with its source. The state lives in the view state."""

from __future__ import annotations

from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList

from dealview.core.models import Analysis, Finding
from dealview.core.review import Review, VerdictStatus

from ..render import credits_of, finding_line, labels_of
from ..view_state import Filter, ViewState, evidence_of, quote_of
from ..widgets.findings import FindingsList
from .prompts import FilterScreen


class WorkflowActions(Screen[None]):
    """Actions that move through the review; the screen supplies the state and the redraws."""

    analysis: Analysis
    review: Review
    state: ViewState
    _list_marks: dict[str, VerdictStatus | None] | None = None
    """The findings the list shows and the review mark each shows."""
    _kept: str | None = None
    """The current finding, kept in the list after a verdict took it out of the filter ("not
    yet reviewed") until the reader moves on: the verdict shows, and the same key undoes it."""

    def _select(self, index: int) -> None:
        """Make finding `index` the current one (the screen provides it)."""
        raise NotImplementedError

    def show_verdicts(self, keep_current: bool = True) -> None:
        """Redraw what shows verdicts, the current finding kept listed unless `keep_current`
        is False (the screen provides it)."""
        raise NotImplementedError

    def _prepare(self, index: int) -> None:
        """Get finding `index` ready to show once this frame is drawn (the screen provides
        it)."""
        raise NotImplementedError

    def reviewed(self, finding: Finding) -> bool:
        """Whether `finding` has a verdict."""
        return self.review.status(finding) is not None

    def admitted(self, finding: Finding) -> bool:
        """Whether the filter lets `finding` show."""
        return self.state.filter.admits(self.analysis, finding, self.reviewed)

    def reachable(self, finding: Finding) -> bool:
        """Whether moving through the findings may stop at `finding` in the view shown (the
        screen provides it)."""
        raise NotImplementedError

    def listed(self) -> list[Finding]:
        """The findings the list shows: those the filter lets through."""
        if not self.state.filter.active:
            return self.state.findings
        return [f for f in self.state.findings if f.id == self._kept or self.admitted(f)]

    def fill_list(self, keep_current: bool = False) -> None:
        """Show the listed findings with their review marks: when the same findings are
        listed as before, only the lines whose mark changed are rewritten (refilling the list
        lays out every line again: tens of milliseconds with hundreds of findings). With
        `keep_current` (a verdict was given), the current finding stays listed."""
        current = self.state.finding
        listed_before = self._list_marks
        if keep_current and current is not None and listed_before and current.id in listed_before:
            self._kept = current.id  # kept (if the filter lets it go) until the reader moves
        listed = self.listed()
        marks = {f.id: self.review.status(f) for f in listed}
        before = self._list_marks
        self._list_marks = marks
        findings = self.query_one(FindingsList)
        labels, credits = labels_of(self.analysis), credits_of(self.analysis)
        if before is None or list(before) != list(marks):
            findings.show(listed, self.review, labels, credits)
            return
        for f in listed:
            if marks[f.id] != before[f.id]:
                rewrite_option(findings, f.id, finding_line(f, marks[f.id], labels, credits))

    def leave_kept(self, finding: Finding | None) -> None:
        """The reader moved to `finding`: a finding kept in the list after its verdict goes
        (when the filter no longer lets it show)."""
        kept, self._kept = self._kept, None
        if kept is not None and (finding is None or finding.id != kept):
            shown = self.state.findings[self.state.index_of[kept]]
            if not self.admitted(shown):
                self.fill_list()

    def action_next_unreviewed(self) -> None:
        """Go to the next finding not yet reviewed."""

        def wanted(f: Finding) -> bool:
            return not self.reviewed(f) and self.reachable(f)

        j = self.state.next_index(1, accept=wanted)
        if j is None:
            self.notify("Every finding shown has a verdict.", markup=False)
            return
        self._select(j)
        ahead = self.state.next_index(1, accept=wanted)
        if ahead is not None and ahead != j:
            self._prepare(ahead)  # the same key again shows it at once

    def resume(self) -> None:
        """Start where the review left off: at the first finding not yet reviewed, when some
        already are (the first finding otherwise)."""
        done = self.review.reviewed(self.state.findings)
        j = self.state.first_unreviewed(self.reviewed) if done else None
        self._select(j or 0)
        if j:
            total = len(self.state.findings)
            self.notify(
                f"{done} of {total} findings reviewed: resuming at the first one not yet "
                "reviewed (u goes to the next one).",
                markup=False,
            )

    def action_filter(self) -> None:
        """Choose which findings the list shows: by kind, source, topic, or not yet reviewed."""
        kinds = [k for k in self.state.counts if self.state.counts[k]]
        labels = labels_of(self.analysis)
        sources = [(a.id, labels.get(a.id) or a.id) for a in self.analysis.articles]
        topics = [(t.id, t.label) for t in self.analysis.topics]

        def chosen(picked: Filter | None) -> None:
            if picked is not None:
                self.apply_filter(picked)

        self.app.push_screen(FilterScreen(self.state.filter, kinds, sources, topics), chosen)

    def apply_filter(self, wanted: Filter) -> None:
        """Show only the findings `wanted` lets through; the current finding stays if it
        passes, else the first one that does."""
        self.state.filter = wanted
        self._kept = None
        listed = self.listed()
        finding = self.state.finding
        self.show_verdicts(keep_current=False)
        if not listed:
            self.notify("No finding passes this filter.", markup=False)
        elif finding is not None and self.admitted(finding):
            self._select(self.state.index)  # the list was refilled: its cursor back on it
        else:
            self._select(self.state.index_of[listed[0].id])

    def action_copy_quote(self) -> None:
        """Copy the current finding's sentence in the current source, with the source named."""
        finding = self.state.finding
        if finding is None:
            return
        article = self.state.article_ids[self.state.source]
        labels = labels_of(self.analysis)
        quote = quote_of(self.analysis, finding, article, labels.get(article) or article)
        if quote is None:
            article = evidence_of(self.analysis, finding).sources[0]
            quote = quote_of(self.analysis, finding, article, labels.get(article) or article)
        if quote is None:
            return
        self.app.copy_to_clipboard(quote)
        self.notify(f"Copied: {quote}", markup=False, timeout=6)


def rewrite_option(options: OptionList, option_id: str, prompt: Content) -> None:
    """Show `prompt` for one option, repainting its own lines only when it keeps its width
    (a review mark for another): Textual's replace_option_prompt measures every option of the
    list again and repaints all of them."""
    index = options.get_option_index(option_id)
    option = options.get_option_at_index(index)
    old = option.prompt
    line = options._line_cache.index_to_line.get(index)
    if not isinstance(old, Content) or old.cell_length != prompt.cell_length or line is None:
        options.replace_option_prompt(option_id, prompt)
        return
    option._set_prompt(prompt)
    cache = options._option_render_cache
    for key in [k for k in cache.keys() if k[0] is option]:  # noqa: SIM118 (no __iter__)
        cache.discard(key)
    options.refresh_lines(line, options._line_cache.heights.get(index, 1))
