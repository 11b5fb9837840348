"""The review keys of the main screen: verdicts, notes, autosave and export."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from textual import work
from textual.screen import Screen

from dealview.core.models import Analysis, Finding
from dealview.core.review import Review, ReviewError, VerdictStatus, save_review
from dealview.core.review_export import (
    ExportError,
    export_json,
    export_markdown,
    export_paths,
    write_export,
)
from dealview.core.review_place import ReviewPlace, shown_place
from dealview.core.shown_names import shown_name

from .prompts import NoteScreen

BACKGROUND_EXPORT_FINDINGS = 100
"""From this many findings on, an export (about 0.4 ms per finding) is written in a thread."""
BACKGROUND_SAVE_VERDICTS = 1000
"""From this many verdicts on, a save (read, merge, write: about 30 ms per 1,000 verdicts) runs
in a thread, so that giving a verdict never waits for it."""


class ReviewActions(Screen[None]):
    """Actions that record what the reader decided; the screen supplies the state."""

    analysis: Analysis
    review: Review
    review_path: Path | None
    _saving = False
    """A save runs in a thread."""
    _save_again = False
    """Verdicts were given while it ran: save once more when it ends."""
    _said_where = False
    """The reader was told where the review is saved."""

    @property
    def finding(self) -> Finding | None:
        """The finding the reader is on (the screen provides it)."""
        raise NotImplementedError

    def show_verdicts(self, keep_current: bool = True) -> None:
        """Redraw what shows verdicts, the current finding kept listed unless `keep_current`
        is False (the screen provides it)."""
        raise NotImplementedError

    def action_mark(self, status: VerdictStatus) -> None:
        """Mark the current finding confirmed, dismissed or to follow up (again: clear)."""
        finding = self.finding
        if finding is None:
            return
        self.review.set_status(finding, status)
        self._after_review_change()

    def action_note(self) -> None:
        """Attach a note to the current finding."""
        finding = self.finding
        if finding is None:
            return

        def done(note: str | None) -> None:
            if note is not None and finding is not None:
                self.review.set_note(finding, note)
                self._after_review_change()

        self.app.push_screen(NoteScreen(self.review.verdict(finding).note), done)

    def _after_review_change(self) -> None:
        # The verdict shows first; the save (a write and an fsync, ~8 ms) once it is drawn.
        self.show_verdicts()
        self.call_after_refresh(self._save)

    def _save(self) -> None:
        """Save the review, merged with what another dealview saved to the file meanwhile:
        at once when it is small, else in a thread (one at a time, the last one catching up)."""
        if self.review_path is None:
            return
        if self._saving:
            self._save_again = True
            return
        if len(self.review.verdicts) < BACKGROUND_SAVE_VERDICTS:
            try:
                self.review = save_review(self.review_path, self.review)
            except (OSError, ReviewError) as exc:
                self._not_saved(exc)
                return
            self._say_where()
            return
        self._saving = True
        self._save_in_thread(self.review_path, self.review.snapshot())

    @work(thread=True, exit_on_error=False, group="review-save")
    def _save_in_thread(self, path: Path, sent: Review) -> None:
        """Save a snapshot of the review away from the event loop."""
        saved: Review | None = None
        error: OSError | ReviewError | None = None
        try:
            saved = save_review(path, sent)
        except (OSError, ReviewError) as exc:
            error = exc
        # RuntimeError: the app has closed meanwhile (`on_unmount` saved the rest).
        with suppress(RuntimeError):
            self.app.call_from_thread(self._save_ended, saved, sent, error)

    def on_unmount(self) -> None:
        """Save, before the screen goes, the verdicts given since the last save (a save still
        running in a thread is merged in: the file's lock orders the two)."""
        if self.review_path is not None and self.review.unsaved:
            # A failure was said when the verdicts were given; nothing is overwritten.
            with suppress(OSError, ReviewError):
                self.review = save_review(self.review_path, self.review)

    def _save_ended(
        self, saved: Review | None, sent: Review, error: OSError | ReviewError | None
    ) -> None:
        self._saving = False
        if saved is not None:
            self.review = self.review.adopt(saved, sent)
            self.show_verdicts()
            self._say_where()
        if error is not None:
            self._not_saved(error)
        if self._save_again:
            self._save_again = False
            self._save()

    def _say_where(self) -> None:
        """Say once, at the first save of the session, where the review is kept."""
        if self._said_where or self.review_path is None:
            return
        self._said_where = True
        self.notify(f"Review saved in {shown_place(self.review_path)}", markup=False, timeout=4)

    def _not_saved(self, exc: OSError | ReviewError) -> None:
        """Say the review was not saved; the verdicts stay in this session, to be exported."""
        assert self.review_path is not None
        if isinstance(exc, ReviewError):
            why = str(exc)
        else:
            why = f"{shown_name(self.review_path)}: {exc.strerror or exc}"
        self.notify(
            f"Review not saved: {why}. Your verdicts are kept in this session: E exports them.",
            severity="error",
            markup=False,
        )

    def _export_base(self) -> Path | None:
        """The review file the exports go beside: this session's, else the one the app chose
        (a review file that could not be used: the exports go beside it, under other names)."""
        if self.review_path is not None:
            return self.review_path
        place = getattr(self.app, "review_place", None)
        return place.review if isinstance(place, ReviewPlace) else None

    def action_export(self) -> None:
        """Export the review as Markdown and JSON, beside the review file."""
        base = self._export_base()
        if base is None:
            self.notify("Export failed: no place to write it", severity="error", markup=False)
            return
        if len(self.analysis.findings) < BACKGROUND_EXPORT_FINDINGS:
            self._exported(*export_review(base, self.analysis, self.review))
        else:
            self._export_in_thread(base, self.review.snapshot())

    @work(thread=True, exit_on_error=False, group="review-export")
    def _export_in_thread(self, base: Path, review: Review) -> None:
        """Write the exports away from the event loop."""
        said = export_review(base, self.analysis, review)
        with suppress(RuntimeError):  # the app has closed meanwhile
            self.app.call_from_thread(self._exported, *said)

    def _exported(self, message: str, failed: bool) -> None:
        self.notify(message, severity="error" if failed else "information", markup=False, timeout=8)


def export_review(base: Path, analysis: Analysis, review: Review) -> tuple[str, bool]:
    """Write the Markdown and JSON exports beside `base`; return what to tell the reader and
    whether it failed."""
    md, js = export_paths(base)
    try:
        write_export(md, export_markdown(analysis, review))
        write_export(js, export_json(analysis, review))
    except ExportError as exc:
        return f"Export failed: {exc}", True
    except OSError as exc:
        why = f"{shown_name(exc.filename)}: " if exc.filename else ""
        return f"Export failed: {why}{exc.strerror or exc}", True
    return f"Review exported to {shown_place(md)} and {shown_place(js)}", False
