"""The dealview terminal app: composition, global keys and routing; the engine does the work."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from dealview.core.models import Analysis
from dealview.core.review import Review, ReviewError
from dealview.core.review_place import ReviewPlace, open_review, review_place_for

from .screens.help import HelpScreen
from .screens.main import MainScreen

DEFAULT_THEME = "textual-dark"


class DealviewApp(App[None]):
    """Compare how several sources report the same story, from the keyboard."""

    CSS_PATH = "dealview.tcss"
    TITLE = "dealview"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", key_display="?", id="help"),
    ]

    def __init__(
        self,
        paths: list[Path] | None = None,
        *,
        topics: Path | None = None,
        review: Path | None = None,
        data_dir: Path | None = None,
        cache_dir: Path | None = None,
        theme: str = DEFAULT_THEME,
    ) -> None:
        super().__init__()
        self.paths = paths or None
        self.topics_file = topics
        self.review_file = review
        self.data_dir = data_dir
        self.cache_dir = cache_dir
        self.theme_name = theme
        self.analysis: Analysis | None = None
        self.review_place: ReviewPlace | None = None
        """Where the review and its exports are kept (known once the articles are read)."""
        # Read here, before the app runs (not on its event loop): a stored analysis and its
        # review take a few milliseconds, and the main screen is then the first screen.
        self._opened = self._preload()
        if self._opened is not None:
            self.analysis = self._opened[0]
        # Until the first frame is drawn, the collector leaves alone what exists now (the
        # modules, the stored analysis): a full collection walking them all cost start-up
        # 20-40 ms. `_settle` hands them back to it once the frame is on screen.
        gc.freeze()

    def get_default_screen(self) -> Screen[Any]:
        """The main screen at once when the analysis is stored (read before the app started),
        else the screen that says the articles are being analysed."""
        if self._opened is None:
            return super().get_default_screen()
        return MainScreen(*self._opened)

    def _preload(self) -> tuple[Analysis, Review, Path | None, list[str]] | None:
        """A stored analysis of the articles and its review, read in a few milliseconds."""
        from dealview.core.cache import default_cache_dir, load_cached

        analysis = load_cached(self.paths, self.topics_file, self.cache_dir or default_cache_dir())
        return None if analysis is None else (analysis, *self._open_review(analysis))

    def compose(self) -> ComposeResult:
        if self.analysis is None:
            count = f"{len(self.paths)} path(s)" if self.paths else "the bundled sample"
            yield Static(Content(f"Analysing {count}…"), id="loading")

    _last_input = 0.0
    """When the reader last pressed a key or used the mouse (monotonic seconds)."""
    _collected = True
    """The collector has walked what the app holds since the last input."""

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self._last_input = time.monotonic()
            self._collected = False
        await super().on_event(event)

    def _collect_when_idle(self) -> None:
        """Run the full collection the collector no longer starts itself (see `_settle`)
        once the reader has paused, never in the middle of a keystroke."""
        if self._collected or time.monotonic() - self._last_input < IDLE_BEFORE_COLLECTING:
            return
        self._collected = True
        gc.collect()

    def on_unmount(self) -> None:
        """Give the collector its thresholds back (tests run apps in one process)."""
        gc.set_threshold(*_THRESHOLDS_BEFORE)

    def on_mount(self) -> None:
        self.set_interval(IDLE_BEFORE_COLLECTING / 2, self._collect_when_idle)
        if self.theme != self.theme_name:
            self.theme = self.theme_name
        if self.analysis is None:
            self.load()
        else:
            self.call_after_refresh(_settle)

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def load(self) -> None:
        """Analyse the articles and open their review, away from the event loop."""
        from dealview.core.cache import cached_analyse, default_cache_dir
        from dealview.core.reading import ReadError
        from dealview.core.topics import TopicsFileError

        try:
            cache = self.cache_dir or default_cache_dir()
            analysis = cached_analyse(self.paths, self.topics_file, cache)
        except (ReadError, TopicsFileError) as exc:
            self.call_from_thread(self._show_failure, str(exc))
            return
        self.call_from_thread(self._show_analysis, analysis, *self._open_review(analysis))

    def _open_review(self, analysis: Analysis) -> tuple[Review, Path | None, list[str]]:
        """The review of these articles (a new one if none was saved), and what to tell the
        reader: the analysis's notices, then any problem with the review file."""
        messages = list(analysis.notices)
        self.review_place = review_place_for(
            self.paths, analysis, self.data_dir or _user_data_dir(), self.review_file
        )
        path: Path | None
        try:
            review, path, warnings = open_review(self.review_place, analysis)
            messages.extend(f"Review: {w}" for w in warnings)
        except ReviewError as exc:
            messages.append(f"{exc}. This session's verdicts will not be saved there.")
            review, path = Review(), None
        return review, path, messages

    def _show_analysis(
        self, analysis: Analysis, review: Review, path: Path | None, messages: list[str]
    ) -> None:
        self.analysis = analysis
        self.push_screen(MainScreen(analysis, review, path, messages))
        self.call_after_refresh(_settle)

    def _show_failure(self, message: str) -> None:
        from dealview.core.sanitize import visible

        self.query_one("#loading", Static).update(
            Content.assemble(("Cannot open the articles: ", "bold"), visible(message))
        )

    def action_help(self) -> None:
        """Show every key."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Offer every action of the current screen in the command palette (ctrl+p), each
        once and named (a key bound on the screen and on the app, as ? and q are, is one
        command)."""
        ours: list[SystemCommand] = []
        seen: set[tuple[bool, str]] = set()
        for binding in [*screen.BINDINGS, *self.BINDINGS]:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            if binding.action.startswith("picker("):
                continue  # the topic picker's own keys: they act only while it is open
            on_app = binding in self.BINDINGS or binding.action.startswith("app.")
            action = binding.action.removeprefix("app.")
            if (on_app, action) in seen:
                continue
            seen.add((on_app, action))
            keys = binding.key_display or binding.key
            target: App[None] | Screen[object] = self if on_app else screen
            ours.append(
                SystemCommand(
                    _command_title(target, action, binding.description),
                    f"key: {keys}",
                    lambda action=action, target=target: self.call_later(target.run_action, action),
                )
            )
        names = {command.title.partition(":")[0] for command in ours}
        # Textual's own commands, but for those dealview names itself (Quit).
        yield from (c for c in super().get_system_commands(screen) if c.title not in names)
        yield from ours


def _command_title(target: object, action: str, description: str) -> str:
    """The footer label and what the action does, so that the palette finds it by any word
    (the first line of the action's docstring, when dealview wrote it)."""
    name, _, argument = action.partition("(")
    method = getattr(target, f"action_{name}", None)
    ours = getattr(method, "__module__", "").startswith("dealview.")
    doc = (getattr(method, "__doc__", None) or "").strip().split("\n")[0].rstrip(".")
    if argument or not doc or not ours:
        return description
    return f"{description}: {doc[0].lower()}{doc[1:]}"


IDLE_BEFORE_COLLECTING = 1.0
"""Seconds without a key or mouse event after which a full collection may run."""
FULL_COLLECTIONS_APART = 1_000_000
"""The collector's third threshold once the app is shown: so many collections of the middle
generation between two full ones, that is, none of its own accord."""
_THRESHOLDS_BEFORE = gc.get_threshold()


def _settle() -> None:
    """Work that can wait for the first frame, done once it is drawn and before the first key.

    The review models' validators are built (the first verdict saved would pay for them).
    Then what start-up and the analysis left behind is collected and everything alive (the
    analysis lives as long as the app) is moved out of the collector's sight, so that a full
    collection, which would walk every claim and passage, never lands in the middle of a
    keystroke; freezing without collecting first would keep the garbage."""
    from dealview.core.review import settle_review_models

    settle_review_models()
    gc.unfreeze()  # what the app froze while it started
    gc.collect()
    gc.freeze()
    # What the views remember as the reader moves (lines, strips) also grows into thousands of
    # objects: a full collection walking them took 13-60 ms, and landed on one keystroke in
    # ten (200 articles). The collector keeps collecting young objects; full collections run
    # when the reader pauses (DealviewApp._collect_when_idle).
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTIONS_APART)


def _user_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("dealview", appauthor=False))


def make_app(paths: list[Path] | None = None, **settings: object) -> DealviewApp:
    """Build the app: the one factory the CLI, the tests and the benchmarks share.

    Settings: `topics` (a topics file), `review` (a review file), `data_dir` (where reviews of
    read-only articles go), `cache_dir` (stored analyses), `theme`.
    """
    return DealviewApp(paths, **settings)  # type: ignore[arg-type]
