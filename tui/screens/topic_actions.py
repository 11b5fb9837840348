"""Renaming topics and saving them as a topics file, from the topic picker (r, w).

A new name is kept for the review session (tui side of core/topics_save.py): it is saved beside
the review file and given back to the topic when the same articles are opened again.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Static

from dealview.core.models import Analysis, Topic
from dealview.core.review_place import ReviewPlace, shown_place
from dealview.core.shown_names import shown_name
from dealview.core.topics_save import (
    NAME_MAX,
    TopicsSaveError,
    apply_names,
    clean_name,
    load_names,
    names_path,
    save_names,
    save_topics_file,
    steering_words,
    topics_file_path,
)

from ..widgets.topics import TopicPicker


class TopicNameScreen(ModalScreen[str | None]):
    """Rename a topic; enter keeps the name (empty: the name dealview gave it), escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, name: str) -> None:
        super().__init__()
        self.topic_name = name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(
                Content("Rename this topic (enter keeps it, empty gives dealview's name back)")
            )
            yield Input(value=self.topic_name, max_length=NAME_MAX, id="topic-name")

    @on(Input.Submitted)
    def _keep(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Close without renaming."""
        self.dismiss(None)


class TopicActions(Screen[None]):
    """Rename topics and save them; the screen supplies the analysis and the review's place."""

    analysis: Analysis
    review_path: Path | None
    _topic_names: dict[str, str]
    _given_names: dict[str, str]
    """The names dealview gave the topics, given back when a new name is left empty."""

    def on_mount(self) -> None:
        """Give the topics the names the reader gave them in this review (runs after the
        screen's own on_mount, before anything is drawn)."""
        self._given_names = {t.id: t.label for t in self.analysis.topics}
        self._topic_names = {}
        place = self._topics_base()
        if place is None:
            return
        kept, problem = load_names(names_path(place))
        if problem:
            self.notify(problem, severity="warning", markup=False, timeout=8)
        self._topic_names, lost = apply_names(self.analysis.topics, kept)
        if lost:
            self.notify(
                f"{lost} topic name{'s' if lost > 1 else ''} you gave not given back: the "
                "articles changed, and with them the topics",
                severity="warning",
                markup=False,
                timeout=8,
            )
        if self._topic_names:
            self.topics_renamed()

    def _topics_base(self) -> Path | None:
        """The review file the names and topics file go beside."""
        if self.review_path is not None:
            return self.review_path
        place = getattr(self.app, "review_place", None)
        return place.review if isinstance(place, ReviewPlace) else None

    view: str

    def _refresh_status(self) -> None:
        raise NotImplementedError  # the screen's

    def _refresh_detail(self) -> None:
        raise NotImplementedError  # the screen's

    def _show_compare(self, prefer: list[str] | None = None) -> None:
        raise NotImplementedError  # the screen's

    def topics_renamed(self) -> None:
        """Show the topics' new names where topics are named: the status line (a filter by
        topic), the finding's detail, the compare view's header."""
        self._refresh_status()
        self._refresh_detail()
        if self.view == "compare":
            self._show_compare()

    @on(TopicPicker.Rename)
    def _ask_name(self, event: TopicPicker.Rename) -> None:
        event.stop()
        topic = next((t for t in self.analysis.topics if t.id == event.topic), None)
        if topic is None:
            return

        def named(name: str | None) -> None:
            if name is not None:
                self.rename_topic(topic.id, name)

        self.app.push_screen(TopicNameScreen(topic.label), named)

    def rename_topic(self, topic: str, name: str) -> None:
        """Give `topic` the name `name` (cleaned; empty: the name dealview gave it), show it,
        and keep it with the review."""
        name = clean_name(name)
        given = self._given_names.get(topic, "")
        if name and name != given:
            self._topic_names[topic] = name
        else:
            self._topic_names.pop(topic, None)
        for t in self.analysis.topics:
            if t.id == topic:
                t.label = name or given
        picker = self.query_one(TopicPicker)
        if picker.display:
            picker.relabel(self.analysis.topics)
        self.topics_renamed()
        base = self._topics_base()
        if base is None:
            self.notify("Topic renamed for this session only: no place to keep it", markup=False)
            return
        try:
            save_names(names_path(base), self._topic_names, self.analysis.topics)
        except (TopicsSaveError, OSError) as exc:
            why = str(exc) if isinstance(exc, TopicsSaveError) else exc.strerror or str(exc)
            self.notify(f"Topic name not kept: {why}", severity="error", markup=False)
            return
        self.notify(
            f"Topic now named “{name or given}”, kept with the review in "
            f"{shown_place(names_path(base))}",
            markup=False,
            timeout=5,
        )

    @on(TopicPicker.Save)
    def _save_topics(self, event: TopicPicker.Save) -> None:
        event.stop()
        self.save_topics()

    def save_topics(self) -> None:
        """Save the topics, with their names, as a topics file beside the review (in a
        thread: finding the words that mark each topic reads all its passages)."""
        base = self._topics_base()
        if base is None:
            self.notify("Topics not saved: no place to write them", severity="error")
            return
        paths = getattr(self.app, "paths", None)
        source = ", ".join(shown_name(p) for p in paths) if paths else "the bundled sample"
        topics = [t.model_copy() for t in self.analysis.topics]  # the names as they are now
        self._save_topics_in_thread(topics_file_path(base), topics, source)

    @work(thread=True, exit_on_error=False, group="topics-save")
    def _save_topics_in_thread(self, path: Path, topics: list[Topic], source: str) -> None:
        said = saved_topics(path, self.analysis, topics, source)
        with suppress(RuntimeError):  # the app has closed meanwhile
            self.app.call_from_thread(self._said, *said)

    def _said(self, message: str, failed: bool) -> None:
        self.notify(message, severity="error" if failed else "information", markup=False, timeout=8)


def saved_topics(
    path: Path, analysis: Analysis, topics: list[Topic], source: str
) -> tuple[str, bool]:
    """Write `topics` as a topics file at `path`; return what to tell the reader and whether
    it failed."""
    try:
        save_topics_file(path, topics, source, steering_words(analysis))
    except TopicsSaveError as exc:
        return f"Topics not saved: {exc}", True
    except OSError as exc:
        why = f"{shown_name(exc.filename)}: " if exc.filename else ""
        return f"Topics not saved: {why}{exc.strerror or exc}", True
    return f"Topics saved to {shown_place(path)}: dealview --topics reads them back", False
