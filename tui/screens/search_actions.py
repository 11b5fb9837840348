"""The search keys of the main screen: `/` searches the compare panes or the article shown,
n / N step through the matches while the search is active, escape ends it. The search and
its matches live in the view state (tui/view_state.py)."""

from __future__ import annotations

from textual import on
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from dealview.core.models import Analysis
from dealview.core.sanitize import visible

from ..view_state import Search, ViewState, hits_in_article, hits_in_topic, topic_with_hits
from ..widgets.compare import CompareView
from ..widgets.detail import FindingDetail
from ..widgets.matrix import ClaimsMatrix
from ..widgets.reader import ReaderView


def search_placeholder(view: str) -> str:
    """What the search box says it searches, in `view` (as `_searched` does it)."""
    if view == "reader":
        return "search this article; enter to find, then n / N"
    return "search the panes: this topic, else the first with it; enter to find"


class SearchActions(Screen[None]):
    """Search and its matches; the screen supplies the views that show them."""

    analysis: Analysis
    state: ViewState
    view: str

    @property
    def source(self) -> int:
        """The current source's place among the articles (the screen provides it)."""
        raise NotImplementedError

    @property
    def search(self) -> str:
        """The words of the active search (the screen provides it)."""
        raise NotImplementedError

    def _focus(self, widget: Widget) -> None:
        raise NotImplementedError

    def _active(self) -> CompareView | ReaderView | FindingDetail | ClaimsMatrix:
        raise NotImplementedError

    def _show_compare(self, prefer: list[str] | None = None) -> None:
        raise NotImplementedError

    def _show_reader(self, offset: int | None = None, keep_scroll: bool = False) -> None:
        raise NotImplementedError

    def _refresh_status(self) -> None:
        raise NotImplementedError

    def action_search(self) -> None:
        """Search the words of every pane, or of the article in the reader."""
        box = self.query_one("#search", Input)
        box.placeholder = search_placeholder(self.view)
        box.display = True
        self._focus(box)

    @on(Input.Submitted, "#search")
    def _searched(self, event: Input.Submitted) -> None:
        query = event.value.strip()
        self._close_search()
        if not query:
            self.action_end_search()
            return
        if self.view not in {"compare", "reader"}:
            self.view = "compare"
        if self.view == "compare":
            topic = topic_with_hits(self.analysis, self.state.topic, query)
            if topic is not None and topic != self.state.topic:
                before = self._topic_label(self.state.topic)
                self.notify(
                    f"“{visible(query)}” is not in topic {before}: "
                    f"showing topic {self._topic_label(topic)}",
                    markup=False,
                )
                self.state.topic = topic
        search = self._search_here(query)
        self.state.search = search
        self.refresh_bindings()
        if search.hit is None:
            where = " in this article" if self.view == "reader" else " in any topic"
            self.notify(f"“{visible(query)}”: {search.summary(where)}", markup=False)
        self._show_match()

    def _topic_label(self, topic: str | None) -> str:
        label = next((t.label for t in self.analysis.topics if t.id == topic), "none")
        return visible(label)

    def _scope(self) -> str:
        """Where a search looks now: the compare view's topic, or the reader's article."""
        if self.view == "compare":
            return f"topic {self.state.topic}"
        return f"article {self.analysis.articles[self.source].id}"

    def _search_here(self, query: str) -> Search:
        """The matches of `query` where a search looks now."""
        scope = self._scope()
        if self.view == "compare":
            hits = hits_in_topic(self.analysis, self.state.topic, query)
        else:
            hits = hits_in_article(self.analysis, self.analysis.articles[self.source].id, query)
        return Search(query, hits, scope=scope)

    def _show_match(self) -> None:
        """Show the current match of the search (its source brought into the panes)."""
        search = self.state.search
        hit = search.hit if search else None
        if hit is not None:
            self.state.go_to_source(hit.article)
        # The status line first: updated after the scroll, it came a frame later (25-30 ms).
        self._refresh_status()
        if self.view == "compare":
            compare = self.query_one(CompareView)
            if (
                hit is not None
                and hit.article in compare.sources_shown
                and compare.search == self.search
            ):
                compare.refocus(hit.article)  # the rows are laid out: scroll at once
                compare.scroll_to_passage(hit.article, hit.passage)
            else:
                self._show_compare()
                if hit is not None:  # once the new rows are laid out
                    self.call_after_refresh(compare.scroll_to_passage, hit.article, hit.passage)
        else:
            self._show_reader(offset=hit.start if hit else None)

    def action_step_match(self, step: int) -> None:
        """Go to the next or previous match of the search."""
        search = self.state.search
        if search is None:
            return
        if search.scope != self._scope():
            # Another topic or article since: its matches, from the first.
            self.state.search = self._search_here(search.query)
        elif search.step(step) is not None and search.wrapped(step):
            # Said as less and vim say it: the match shown is back at the other end.
            end = "first" if step > 0 else "last"
            self.notify(f"Search wrapped to the {end} match.", markup=False, timeout=3)
        self._show_match()

    def action_end_search(self) -> None:
        """End the search: its marks go, n / N step through findings again."""
        if self.query_one("#search", Input).has_focus:
            self._close_search()  # escape in the search box closes it, the search stays
            return
        self.state.search = None
        self.refresh_bindings()
        if self.view == "compare":
            self._show_compare()
        elif self.view == "reader":
            self._show_reader(keep_scroll=True)
        self._refresh_status()

    def _close_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = False
        self._focus(self._active())
