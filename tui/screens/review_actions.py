"""The review keys of the main screen: verdicts, notes, autosave and export."""

from __future__ import annotations

from pathlib import Path

from textual.screen import Screen

from dealview.core.models import Analysis, Finding
from dealview.core.review import (
    Review,
    VerdictStatus,
    export_json,
    export_markdown,
    save_review,
)
from dealview.core.shown_names import shown_name

from .prompts import NoteScreen


class ReviewActions(Screen[None]):
    """Actions that record what the reader decided; the screen supplies the state."""

    analysis: Analysis
    review: Review
    review_path: Path | None

    @property
    def finding(self) -> Finding | None:
        """The finding the reader is on (the screen provides it)."""
        raise NotImplementedError

    def show_verdicts(self) -> None:
        """Redraw what shows verdicts (the screen provides it)."""
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
        self._save()
        self.show_verdicts()

    def _save(self) -> None:
        if self.review_path is None:
            return
        try:
            # What another dealview saved to the same file meanwhile is merged in.
            self.review = save_review(self.review_path, self.review)
        except OSError as exc:
            self.notify(
                f"Review not saved to {shown_name(self.review_path)}: {exc.strerror or exc}",
                severity="error",
                markup=False,
            )

    def action_export(self) -> None:
        """Write the review as Markdown and JSON next to the review file."""
        base = self.review_path or Path.cwd() / "dealview-review.json"
        md = base.with_suffix(".md")
        js = base.with_name(base.stem + "-export.json")
        try:
            md.write_text(export_markdown(self.analysis, self.review), encoding="utf-8")
            js.write_text(export_json(self.analysis, self.review), encoding="utf-8")
        except OSError as exc:
            self.notify(f"Export failed: {exc.strerror or exc}", severity="error", markup=False)
            return
        self.notify(
            f"Review exported to {shown_name(md)} and {shown_name(js)}", markup=False, timeout=6
        )
