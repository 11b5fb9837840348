"""What the marks mean, on one line of the main screen, and the counts of findings in words.

The legend names every mark a finding or a claim can carry (✗ ? ≈ = ✓ ◆) and the review marks
(☑ ☒ ⚑); it shortens its words to fit the width, never wraps, and draws each mark as the claims
of the finding on screen are drawn.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content
from textual.widget import Widget

from ..kinds import KIND_ORDER
from ..render import REVIEW_MARKS, STYLES, SYMBOLS

MARK_WORDS = (
    ("contradiction", ("contradiction", "contradicts", "contra")),
    ("discrepancy", ("unresolved", "unresolved", "unres.")),
    ("hedged", ("hedged", "hedged", "hedged")),
    ("stated", ("stated as fact", "fact", "fact")),
    ("agreement", ("agreement", "agree", "agree")),
    ("single-source", ("one source", "single", "single")),
)
"""Each mark of a claim or finding, by role, with its words from the widest legend to the
narrowest."""
REVIEW_WORDS = (
    ("confirmed", ("confirmed", "confirmed", "ok")),
    ("dismissed", ("dismissed", "dismissed", "dismissed")),
    ("follow-up", ("follow-up", "follow-up", "follow")),
)
"""Each review mark, with its words from the widest legend to the narrowest."""

COUNT_WORDS = {
    "contradiction": ("contradiction", "contradictions"),
    "discrepancy": ("unresolved", "unresolved"),
    "certainty": ("certainty", "certainty"),
    "agreement": ("agreement", "agreements"),
    "single-source": ("single", "single"),
}
"""How a count of findings of each kind is written in words (one, several)."""


LEGEND_FORMS = (
    (0, "  ", "words"),
    (0, " ", "words"),
    (1, "  ", "words"),
    (1, " ", "words"),
    (0, " ", "marks"),
    (1, "  ", "marks"),
    (1, " ", "marks"),
    (2, " ", "marks"),
)
"""The legend's forms, from the widest to the narrowest: which words the claim marks get,
the space between entries, and whether each review mark is named or the three share one word
(80 columns: the claim marks in words, the review marks as "☑ ☒ ⚑ verdicts", which
the help names one by one)."""


def legend(width: int) -> Content:
    """Return the legend as one line of at most `width` cells: the widest form that fits
    (`LEGEND_FORMS`), cut only when none does."""
    line = Content("")
    for tier, gap, review in LEGEND_FORMS:
        marks = [
            Content.assemble((SYMBOLS[role], STYLES[role]), f" {words[tier]}")
            for role, words in MARK_WORDS
        ]
        if review == "words":
            reviews = Content(gap).join(
                Content(f"{REVIEW_MARKS[status]} {words[tier]}") for status, words in REVIEW_WORDS
            )
        else:
            symbols = " ".join(REVIEW_MARKS[status] for status, _words in REVIEW_WORDS)
            reviews = Content(f"{symbols} verdicts")
        line = Content(gap).join(marks) + Content(f"{gap}│{gap}").stylize("dim") + reviews
        if line.cell_length <= width:
            return line
    return line.truncate(max(0, width), ellipsis=True)


def counts_text(counts: Mapping[str, int], width: int) -> str:
    """Return the counts of findings by kind in at most `width` cells: in words when they fit
    ("3 contradictions · 7 agreements · 11 single"), else by symbol as the legend names them
    ("✗3 ✓7 ◆11"). Unresolved discrepancies and certainty divergences are listed only when
    there are some."""
    kinds = [k for k in KIND_ORDER if counts.get(k, 0) or k not in {"discrepancy", "certainty"}]
    words = " · ".join(
        f"{counts.get(k, 0)} {COUNT_WORDS[k][0 if counts.get(k, 0) == 1 else 1]}" for k in kinds
    )
    if len(words) <= width:
        return words
    return " ".join(f"{SYMBOLS[k]}{counts.get(k, 0)}" for k in kinds)


class Legend(Widget):
    """One line saying what the marks mean, fitted to the screen's width."""

    DEFAULT_CSS = """
    Legend {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    """

    def render(self) -> Content:
        """Draw the legend at the width the widget has."""
        return legend(self.content_region.width or self.size.width)
