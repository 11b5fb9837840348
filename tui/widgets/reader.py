"""One article in full: its metadata, boilerplate dimmed, claims marked."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from dealview.core.models import Analysis
from dealview.core.sanitize import has_bidi_controls
from dealview.core.source_labels import outlet_name

from ..render import Marks, credits_of, highlight, safe, safe_name


def article_header(analysis: Analysis, article_id: str) -> Content:
    """Return the metadata lines of an article: title, language, decoding, credits."""
    art = analysis.article(article_id)
    credits = credits_of(analysis).of_article(article_id)  # as the reports say it (issue 14)
    facts = [f"language {art.language}", f"decoded as {art.encoding}"]
    if outlet := outlet_name(art):  # the label the other views give it (issue 14)
        facts.insert(0, f"outlet {outlet}")
    if art.metadata.get("source"):
        facts.append(f"source {art.metadata['source']}")
    if credits:
        facts.append("credits " + ", ".join(credits))
    if art.boilerplate:
        facts.append(f"{len(art.boilerplate)} boilerplate lines (dimmed)")
    if has_bidi_controls(art.text):
        facts.append("⚠ contains bidi control characters (shown as �)")
    return (
        safe_name(art.id).stylize("bold")
        + Content("  ")
        + safe(art.title).stylize("bold")
        + Content("\n")
        + safe(" · ".join(facts)).stylize("dim")
    )


class ReaderView(VerticalScroll):
    """Shows one article from top to bottom."""

    _shown: tuple[object, ...] = ()
    """What the view shows: analysis, article, marks, current claims, search."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(Content(""), id="reader-head")
        yield Static(Content(""), id="reader-body")

    def show(
        self, analysis: Analysis, article_id: str, marks: Marks, current: set[str], search: str = ""
    ) -> bool:
        """Render the article `article_id`; False when it is shown as asked already (stepping
        through the matches of a search redraws nothing)."""
        shown = (analysis, article_id, marks, frozenset(current), search)
        if len(self._shown) == len(shown) and all(
            a is b or (isinstance(a, str | frozenset) and a == b)
            for a, b in zip(shown, self._shown, strict=True)
        ):
            return False
        self._shown = shown
        art = analysis.article(article_id)
        claims = analysis.claims_of(article_id)
        dim = [(b.start, b.end) for b in art.boilerplate]
        self.query_one("#reader-head", Static).update(article_header(analysis, article_id))
        body = highlight(
            art, 0, len(art.text), claims, marks, current=current, search=search, dim=dim
        )
        self.query_one("#reader-body", Static).update(body)
        return True

    def scroll_to_offset(self, analysis: Analysis, article_id: str, offset: int) -> None:
        """Scroll so that the line holding character `offset` of the article is near the top."""
        art = analysis.article(article_id)
        body = self.query_one("#reader-body", Static)
        width = max(10, body.content_region.width or self.size.width - 2)
        line = 0
        for para in art.text[:offset].split("\n")[:-1]:
            line += max(1, -(-len(para) // width))
        last = art.text[:offset].split("\n")[-1]
        line += len(last) // width
        head = self.query_one("#reader-head", Static).outer_size.height
        self.scroll_to(y=max(0, head + line - 2), animate=False)
