"""The main screen: findings on the left, the current view on the right, review from the keys."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Input, OptionList, Static

from dealview.core.models import Analysis, Finding
from dealview.core.review import Review, no_verdict
from dealview.core.sanitize import visible

from ..compare_blocks import fold_notice
from ..finding_evidence import finding_topic
from ..render import Marks, labels_of
from ..view_state import (
    StatusPart,
    ViewState,
    evidence_of,
    fit_status,
    span_in,
)
from ..widgets.compare import CompareView, finding_line, panes_that_fit
from ..widgets.detail import FindingDetail
from ..widgets.findings import KIND_TITLES, FindingsList
from ..widgets.keys import KeyBar
from ..widgets.legend import Legend, counts_text
from ..widgets.matrix import ClaimsMatrix
from ..widgets.reader import ReaderView
from ..widgets.topics import PICKER_ACTIONS, TopicPicker
from .review_actions import ReviewActions
from .search_actions import SearchActions
from .topic_actions import TopicActions
from .workflow import WorkflowActions


class MainScreen(SearchActions, WorkflowActions, ReviewActions, TopicActions, Screen[None]):
    """Everything the reader works with; state lives here, widgets only render it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # First: the lists that take enter when focused put it first in the footer too.
        Binding("enter", "evidence", "Evidence", id="evidence"),
        Binding("question_mark", "app.help", "Help", key_display="?", id="screen-help"),
        # While a search is active n / N step through its matches (as in less), else findings.
        Binding("n", "step_match(1)", "Next match", id="next-match"),
        Binding("N", "step_match(-1)", "Prev match", show=False, id="previous-match"),
        Binding("escape", "end_search", "End search", show=False, id="end-search"),
        Binding("n", "next_contradiction", "Next ✗", id="next-contradiction"),
        Binding("N", "previous_contradiction", "Prev ✗", id="previous-contradiction"),
        Binding(
            "right_square_bracket", "next_finding", "Next", key_display="]", show=False, id="next"
        ),
        Binding(
            "left_square_bracket",
            "previous_finding",
            "Prev",
            key_display="[",
            show=False,
            id="prev",
        ),
        Binding("o,escape", "view('overview')", "Overview", id="overview"),
        Binding("m", "view('matrix')", "Matrix", show=False, id="matrix"),
        Binding("c", "view('compare')", "Compare", id="compare"),
        Binding("r", "view('reader')", "Reader", id="reader"),
        Binding("tab", "source(1)", "Next source", show=False, priority=True, id="next-source"),
        Binding(
            "shift+tab", "source(-1)", "Prev source", show=False, priority=True, id="prev-source"
        ),
        *[
            Binding(str(n), f"pick_source({n - 1})", f"Source {n}", show=False, id=f"source-{n}")
            for n in range(1, 10)
        ],
        Binding("t", "pick_topic", "Topic", id="topic"),
        Binding("slash", "search", "Search", key_display="/", show=False, id="search"),
        Binding("j", "scroll(1)", "Down", show=False, id="down"),
        Binding("k", "scroll(-1)", "Up", show=False, id="up"),
        Binding("g", "scroll_edge('home')", "Top", show=False, id="top"),
        Binding("G", "scroll_edge('end')", "Bottom", show=False, id="bottom"),
        Binding("y", "mark('confirmed')", "Confirm", id="confirm"),
        Binding("x", "mark('dismissed')", "Dismiss", id="dismiss"),
        Binding("f", "mark('follow-up')", "Follow up", id="follow-up"),
        Binding("e", "note", "Note", id="note"),
        Binding("E", "export", "Export", show=False, id="export"),
        Binding("u", "next_unreviewed", "Next unreviewed", show=False, id="next-unreviewed"),
        Binding("F", "filter", "Filter", show=False, id="filter"),
        Binding("C", "copy_quote", "Copy quote", show=False, id="copy-quote"),
        Binding("s", "toggle_sync", "Sync scroll", show=False, id="sync"),
        Binding("z", "toggle_fold", "Fold agreed", show=False, id="fold"),
        # The topic picker's keys, while it is open (it never has the focus: see TopicPicker).
        Binding("enter", "picker('enter')", "Pick", priority=True, id="picker-pick"),
        Binding("escape", "picker('escape')", "Close", priority=True, id="picker-close"),
        *[
            Binding(key, f"picker('{key}')", show=False, priority=True, id=f"picker-{key}")
            for key in PICKER_ACTIONS
            if key not in {"enter", "escape"}
        ],
    ]

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-wide")]  # noqa: RUF012 (Textual declares it)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]  # noqa: RUF012

    # init=False: on_mount lays out the first view itself (the watcher would draw it twice).
    view: reactive[str] = reactive("overview", init=False)

    def __init__(
        self,
        analysis: Analysis,
        review: Review,
        review_path: Path | None,
        messages: Iterable[str] = (),
    ) -> None:
        super().__init__()
        self.analysis = analysis
        self.state = ViewState(analysis, [kind for kind, _title in KIND_TITLES])
        """Where the reader is: finding, source, topic, search (tui/view_state.py)."""
        self.findings = self.state.findings
        self._counts = self.state.counts
        self.marks = Marks.of(analysis)
        self.review = review
        self.review_path = review_path
        self.messages = list(messages)
        self.current: set[str] = set()
        self._matrix_filled = False

    @property
    def index(self) -> int:
        """The current finding's place in the list."""
        return self.state.index

    @property
    def source(self) -> int:
        """The current source's place among the articles."""
        return self.state.source

    @property
    def topic(self) -> str | None:
        """The topic the compare view shows."""
        return self.state.topic

    @property
    def search(self) -> str:
        """The words of the active search ("" when none)."""
        return self.state.query

    # --- layout -----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Content(""), id="status")
        with Horizontal(id="body"):
            yield FindingsList(id="findings")
            with ContentSwitcher(initial="overview", id="views"):
                yield FindingDetail(id="overview")
                yield ClaimsMatrix(id="matrix")
                yield CompareView(id="compare")
                yield ReaderView(id="reader")
        yield Input(placeholder="search all panes, enter to find", id="search")
        yield TopicPicker(id="topic-picker")
        yield Legend(id="legend")
        yield KeyBar()

    def on_resize(self) -> None:
        self._refresh_status()  # what fits in it changed
        # How many panes fit depends on the width: lay the compare view out again.
        if self.view == "compare":
            self.call_after_refresh(self._show_compare)

    def on_mount(self) -> None:
        self.fill_list()
        if self.findings:
            self.resume()
        else:
            self._refresh_status()
            self._refresh_detail()
        self.query_one(FindingsList).focus()
        for message in self.messages:
            self.notify(visible(message), severity="warning", markup=False, timeout=8)

    # --- state helpers ----------------------------------------------------------------------------

    @property
    def finding(self) -> Finding | None:
        """The finding the reader is on."""
        return self.state.finding

    def _select(self, index: int) -> None:
        self.state.index = index
        finding = self.finding
        self.leave_kept(finding)
        self.current = set(finding.claims) if finding else set()
        self.marks = self.marks.on(finding)  # its claims marked by their role in it
        self._refresh_status()
        if self.view == "compare":
            self.action_evidence()
        elif self.view == "reader":  # the reader stays, at the finding's span
            self.action_view("reader")
        else:
            self._follow_finding()

    def _follow_finding(self) -> None:
        """Bring the view shown in line with the current finding (hidden views wait until
        they are shown: redrawing them would only slow every keystroke)."""
        finding = self.finding
        if self.view == "overview":
            if finding:
                self.query_one(FindingsList).select_finding(finding.id)
            self._refresh_detail()
        elif self.view == "matrix":
            matrix = self.query_one(ClaimsMatrix)
            if not self._matrix_filled:  # filled when first shown, not at start-up
                matrix.show(self.analysis)
                self._matrix_filled = True
            if finding and matrix.has_row(finding.id):
                matrix.select_finding(finding.id)
            elif matrix.current_finding is not None:
                # No row for this finding (a response, a certainty divergence): the finding
                # under the cursor becomes the current one, the one a verdict goes to.
                self._select_id(matrix.current_finding)

    def _refresh_detail(self) -> None:
        finding = self.finding
        verdict = self.review.verdict(finding) if finding else no_verdict()
        self.query_one(FindingDetail).show(self.analysis, finding, self.marks, verdict)

    def _refresh_status(self) -> None:
        findings = self.findings
        counts = self._counts
        position = self.state.position()
        done = self.review.reviewed(findings)
        articles = self.analysis.articles
        article = labels_of(self.analysis)[articles[self.source].id] if articles else ""
        n = len(articles)
        search = self.state.search
        # The least needed pieces go first on a narrow terminal (the last number: 0 stays).
        bar = (" │ ", "dim")
        parts: list[StatusPart] = [
            (((f"{n} articles ", "bold"),), 5),
            (((symbols := counts_text(counts, 0), ""), bar), 3),
            (((position, "bold"),), 0),
            ((bar, (f"{done}/{len(findings)} reviewed", "")), 1),
            ((bar, (self.view, "bold")), 0),
            (((f" · source {self.source + 1}/{n}", "dim"),), 2),
            (((f" {article}", "dim"),), 4),
        ]
        if search is not None:
            parts.append(((bar, (f"“{visible(search.query)}” {search.summary()}", "bold")), 0))
        if self.state.filter.active:
            names = {**{t.id: t.label for t in self.analysis.topics}, **labels_of(self.analysis)}
            which = self.state.filter.describe(lambda key: names.get(key, key))
            listed = f"only {visible(which)} ({len(self.listed())})"
            parts.append(((bar, (listed, "bold")), 1))
        if self.view == "compare":
            parts.append((((f" · {'synced' if self.state.sync else 'free'} scroll", "dim"),), 6))
            if self.state.fold:
                parts.append((((" · agreed folded", "dim"),), 6))
        width = self.size.width - 2 if self.size.width else 1 << 16
        # The counts in words when the whole line leaves room for them (tui/widgets/legend.py).
        spare = width - sum(len(text) for runs, _drop in parts for text, _style in runs)
        parts[1] = (((counts_text(counts, len(symbols) + spare), ""), bar), 3)
        shown = fit_status(parts, width)
        # One line of fixed height: no layout pass (a whole-screen layout took 20-50 ms).
        self.query_one("#status", Static).update(Content.assemble(*shown), layout=False)

    def _visible_sources(self, prefer: list[str] | None = None) -> list[str]:
        ids = [a.id for a in self.analysis.articles]
        width = self.size.width - 2  # the findings list is hidden while comparing
        k = panes_that_fit(width, len(ids))
        if prefer:
            # Take the preferred sources in their order of priority (one per side of a
            # contradiction first), then fill up; show them in reading order.
            wanted = [a for a in dict.fromkeys(prefer) if a in ids][:k]
            rest = [a for a in ids if a not in wanted]
            chosen = set(wanted + rest[: k - len(wanted)])
            return [a for a in ids if a in chosen]
        start = min(max(0, self.source - k + 1), max(0, len(ids) - k))
        if self.source < start:
            start = self.source
        return ids[start : start + k]

    # --- views ------------------------------------------------------------------------------------

    def _focus(self, widget: Widget) -> None:
        """Give `widget` the focus at once: Widget.focus() waits a turn of the message loop,
        so the change of focus (and of the keys shown) would cost a frame of its own."""
        self.set_focus(widget)

    def watch_view(self, view: str) -> None:
        self.refresh_bindings()  # n / N step through matches only in compare and reader
        self.query_one(ContentSwitcher).current = view
        self.query_one(FindingsList).display = view == "overview"
        self._follow_finding()
        self._refresh_status()

    def action_view(self, view: str) -> None:
        """Switch to a view: overview, matrix, compare or reader."""
        if self.query_one("#search", Input).has_focus:
            self._close_search()
            return
        if view == "compare" and self.view != "compare":
            self._follow_into_compare()
            return
        self.view = view
        if view == "compare":
            self._show_compare()
        elif view == "reader":
            finding = self.finding
            article = self.analysis.articles[self.source].id if self.analysis.articles else ""
            if finding and span_in(self.analysis, finding, article) is None:
                self.state.go_to_source(evidence_of(self.analysis, finding).sources[0])
            self._show_reader()
            self._refresh_status()
        elif view == "overview":
            self._focus(self.query_one(FindingsList))
        else:
            self._focus(self.query_one(ClaimsMatrix))

    def _follow_into_compare(self) -> None:
        """Open the compare view on the current finding: its topic, its sources."""
        finding = self.finding
        evidence = evidence_of(self.analysis, finding) if finding else None
        if evidence:  # its topic, or none: then its sentences alone (tui/finding_evidence.py)
            self.state.topic = evidence.topic
        if evidence and evidence.topic:
            self.state.go_to_source(evidence.sources[0])
        self.view = "compare"
        self._show_compare(prefer=evidence.sources if evidence else None)
        self._refresh_status()

    def _show_compare(self, prefer: list[str] | None = None) -> None:
        compare = self.query_one(CompareView)
        ids = [a.id for a in self.analysis.articles]
        visible_ids = self._visible_sources(prefer)
        focus = ids[self.source] if ids else None
        compare.show(
            self.analysis,
            self.topic,
            visible_ids,
            focus,
            self.marks,
            self.current,
            self.state.fold,
            self.search,
            self.state.sync,
            finding_line(self.finding, self.state.position(), labels_of(self.analysis)),
            evidence=self.finding is not None
            and self.topic == finding_topic(self.analysis, self.finding),
        )
        self._focus(compare)

    def _show_reader(self, offset: int | None = None, keep_scroll: bool = False) -> None:
        """Show the current source, at `offset`, else at the current finding's span in it."""
        reader = self.query_one(ReaderView)
        article = self.analysis.articles[self.source].id
        changed = reader.show(self.analysis, article, self.marks, self.current, self.search)
        self._focus(reader)
        if offset is None and not keep_scroll and self.finding is not None:
            offset = span_in(self.analysis, self.finding, article)
        if offset is not None and not changed:
            reader.scroll_to_offset(self.analysis, article, offset)
        elif offset is not None:
            self.call_after_refresh(reader.scroll_to_offset, self.analysis, article, offset)
        elif not keep_scroll:
            reader.scroll_home(animate=False)

    # --- moving between findings ------------------------------------------------------------------

    def reachable(self, finding: Finding) -> bool:
        """Whether moving through the findings may stop at `finding`: the filter lets it show,
        and in the matrix it has a row (else the cursor would stay on another finding's row,
        and a verdict would go to a finding not on screen)."""
        if self.state.filter.active and not self.admitted(finding):
            return False
        return self.view != "matrix" or self.query_one(ClaimsMatrix).has_row(finding.id)

    def _next_index(self, step: int, kind: str | None) -> int | None:
        return self.state.next_index(step, kind, self.reachable)

    def _step(self, step: int, kind: str | None) -> None:
        if not self.findings:
            return
        j = self._next_index(step, kind)
        if j is None:
            where = "passes the filter" if self.state.filter.active else "in this story"
            self.notify(f"No {kind or 'finding'} {where}.", markup=False)
            return
        self._select(j)
        ahead = self._next_index(step, kind)
        if ahead is not None and ahead != j:
            self._prepare(ahead)

    def _prepare(self, index: int) -> None:
        """Once this frame is drawn, get the overview of the finding the reader will likely
        ask for next ready (the same key pressed again), so that it shows at once."""
        if self.view != "overview":
            return
        current = self.index

        def prepare() -> None:
            if self.index != current or self.view != "overview":
                return  # the reader has moved on already
            finding = self.findings[index]
            verdict = self.review.verdict(finding)
            self.query_one(FindingDetail).prepare_finding(
                self.analysis, finding, self.marks, verdict
            )

        self.call_after_refresh(prepare)

    def action_next_contradiction(self) -> None:
        """Go to the next contradiction."""
        self._step(1, "contradiction")

    def action_previous_contradiction(self) -> None:
        """Go to the previous contradiction."""
        self._step(-1, "contradiction")

    def action_next_finding(self) -> None:
        """Go to the next finding."""
        self._step(1, None)

    def action_previous_finding(self) -> None:
        """Go to the previous finding."""
        self._step(-1, None)

    @on(OptionList.OptionHighlighted, "#findings")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # A message the list sent before a later move (keys pressed quickly) is stale: taking
        # it would pull the reader back to a finding already left, one step lost per message.
        # So is one sent before the list was refilled (a filter): its finding may be gone.
        listed = event.option_list
        if listed.highlighted != event.option_index or (
            listed.get_option_at_index(event.option_index) is not event.option
        ):
            return
        if event.option.id is not None:
            self._select_id(event.option.id)

    def _select_id(self, finding_id: str) -> None:
        """Make the finding with this id the current one (a list or matrix cursor moved)."""
        index = self.state.index_of.get(finding_id)
        if index is not None and index != self.index:
            step = 1 if index > self.index else -1
            self._select(index)
            ahead = self.query_one(FindingsList).neighbour(finding_id, step)
            if ahead is not None and ahead in self.state.index_of:
                self._prepare(self.state.index_of[ahead])

    @on(OptionList.OptionSelected, "#findings")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.action_evidence()

    @on(ClaimsMatrix.RowHighlighted)
    def _matrix_row(self, event: ClaimsMatrix.RowHighlighted) -> None:
        if event.finding == self.query_one(ClaimsMatrix).current_finding:  # else stale
            self._select_id(event.finding)

    @on(ClaimsMatrix.RowSelected)
    def _matrix_selected(self, event: ClaimsMatrix.RowSelected) -> None:
        self._select_id(event.finding)
        self.action_evidence()

    def action_evidence(self) -> None:
        """Show the current finding's evidence: every source scrolled to its span."""
        finding = self.finding
        if finding is None:
            return
        evidence = evidence_of(self.analysis, finding)
        self.state.go_to_source(evidence.sources[0])
        # Side by side, its own sentences first if need be (tui/finding_evidence.py).
        self.state.topic = evidence.topic
        self.view = "compare"
        self._show_compare(prefer=evidence.sources)
        self._refresh_status()

    # --- sources and topics -----------------------------------------------------------------------

    def action_source(self, step: int) -> None:
        """Move to the next or previous source."""
        self.query_one(TopicPicker).hide()  # tab is a priority key: it never reaches on_key
        if self.query_one("#search", Input).has_focus:
            return
        self.action_pick_source((self.source + step) % len(self.analysis.articles))

    def action_pick_source(self, index: int) -> None:
        """Move to source number `index` (from 0)."""
        if index >= len(self.analysis.articles):
            return
        self.state.source = index
        compare = self.query_one(CompareView)
        article = self.analysis.articles[index].id
        if self.view == "compare" and article in compare.sources_shown:
            compare.refocus(article)  # every pane stays: only the focus mark moves
        elif self.view == "compare":
            self._show_compare()
        elif self.view == "reader":
            self._show_reader()
        self._refresh_status()

    def action_pick_topic(self) -> None:
        """Choose the topic that the compare view shows."""
        picker = self.query_one(TopicPicker)

        def picked(topic: str) -> None:
            picker.hide()
            self.state.topic = topic
            self.view = "compare"
            self._show_compare()

        def highlighted(topic: str) -> None:
            self.call_after_refresh(self._prepare_topic, topic)

        picker.open(self.analysis.topics, self.topic, picked, highlighted)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The picker's keys act (and show) only while it is open."""
        if action == "picker":
            return bool(self.query_one(TopicPicker).display)
        if action == "end_search":
            return self.state.search is not None
        if action == "step_match":  # matches are stepped through where they are shown
            return self.state.search is not None and self.view in {"compare", "reader"}
        return True

    def action_picker(self, key: str) -> None:
        """Hand `key` to the open topic picker."""
        self.query_one(TopicPicker).press(key)

    def on_key(self, event: events.Key) -> None:
        # Any other key closes the picker, then does what it does.
        self.query_one(TopicPicker).hide()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        picker = self.query_one(TopicPicker)
        if picker.display and not picker.region.contains(event.screen_x, event.screen_y):
            picker.hide()  # a click elsewhere

    def _prepare_topic(self, topic: str) -> None:
        """Get the rows of the topic highlighted in the picker ready, so that picking it shows
        it at once (skipped if the reader has moved on in the list)."""
        if self.query_one(TopicPicker).highlighted_topic != topic or topic == self.topic:
            return
        self.query_one(CompareView).prepare(
            self.analysis,
            topic,
            self._visible_sources(),
            self.marks,
            self.current,
            self.state.fold,
            self.search,
        )

    # --- scrolling (search: search_actions.py) -----------------------------------------------

    def _active(self) -> CompareView | ReaderView | FindingDetail | ClaimsMatrix:
        return self.query_one(f"#{self.view}")  # type: ignore[return-value]

    def action_scroll(self, lines: int) -> None:
        """Scroll the current view by lines (in free scrolling, the focused source's pane)."""
        view = self._active()
        if isinstance(view, CompareView):
            view.move(lines)
        else:
            view.scroll_relative(y=lines, animate=False)

    def action_scroll_edge(self, edge: str) -> None:
        """Scroll the current view to its top or bottom."""
        view = self._active()
        if isinstance(view, CompareView):
            view.to_edge(home=edge == "home")
        elif edge == "home":
            view.scroll_home(animate=False)
        else:
            view.scroll_end(animate=False)

    # --- compare options --------------------------------------------------------------------------

    def action_toggle_sync(self) -> None:
        """Scroll the panes together, or each on its own."""
        self.state.sync = not self.state.sync
        if self.view == "compare":
            self._show_compare(prefer=list(self.query_one(CompareView).sources_shown))
        self._refresh_status()

    def action_toggle_fold(self) -> None:
        """Fold or unfold the passages on which all sources agree."""
        self.state.fold = not self.state.fold
        compare = self.query_one(CompareView)
        if self.view == "compare":
            self._show_compare(prefer=list(compare.sources_shown))
        self._refresh_status()
        blocks = compare.blocks if self.view == "compare" else None
        self.notify(fold_notice(self.state.fold, blocks), markup=False, timeout=4)

    def show_verdicts(self, keep_current: bool = True) -> None:
        """Redraw the findings list, the detail and the counter after a verdict changed (the
        current finding stays listed, unless `keep_current` is False, until the reader moves
        on)."""
        self.fill_list(keep_current)
        self._refresh_detail()
        self._refresh_status()
