"""The key map, on `?`."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = (
    ("Findings", ""),
    ("n / N", "next / previous contradiction (✗ only); during a search, next / previous match"),
    ("] / [", "next / previous finding"),
    ("u", "next finding not yet reviewed"),
    ("↑ / ↓", "move in the findings list"),
    ("enter", "the evidence: the finding's sentences side by side (as c)"),
    ("F", "filter the list: kind, source, topic, not yet reviewed"),
    ("Views", ""),
    ("o, esc", "overview: findings and the current one in full"),
    ("m", "claims matrix: each fact, each source"),
    ("c", "compare the current finding: its topic, its sources side by side"),
    ("r", "reader: the current source in full, at the finding"),
    ("Sources and text", ""),
    ("tab / shift+tab", "next / previous source (the panes shift)"),
    ("1 … 9", "go to source 1 … 9"),
    ("t", "pick the topic to compare; in the list r renames it, w saves the topics"),
    ("/", "search the compare panes or the article; esc ends the search"),
    ("j k pgup pgdn", "scroll"),
    ("g / G", "top / bottom"),
    ("s", "scroll panes together or apart"),
    ("← / →", "claims matrix: scroll the sources sideways"),
    ("z", "fold the passages all sources agree on"),
    ("C", "copy the finding's sentence with its source"),
    ("Review (saved as you go)", ""),
    ("y", "confirm the finding"),
    ("x", "dismiss it"),
    ("f", "mark it for follow-up"),
    ("e", "write a note"),
    ("E", "export the review as Markdown and JSON"),
    ("Other", ""),
    ("ctrl+p", "command palette: every action by name"),
    ("?", "this help"),
    ("q", "quit"),
)
LEGEND = (
    "✗ contradiction  ? unresolved discrepancy  ✓ agreement",
    "◆ single source  ≈ certainty: ≈ hedged, = stated as fact",
    "a claim: its role in the finding shown, on its colour;",
    "other findings' claims: in colour, on no background",
    "underlined: words that hedge (≈), assert (=) or deny (¬)",
    "review: ☑ confirmed  ☒ dismissed  ⚑ follow-up",
    "sources go by label; their file names show in o, c, r",
)
"""What the marks mean: the verdicts, certainty, how the finding shown stands out, the cues,
the review marks (the screen's one-line legend says the same, shorter)."""


class HelpScreen(ModalScreen[None]):
    """Every key, grouped, and what the marks mean."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
        # The scroll keys of the main screen (and of less): j k, g G, space b, ctrl+d ctrl+u.
        Binding("j", "scroll(1)", "Down", show=False),
        Binding("k", "scroll(-1)", "Up", show=False),
        Binding("g", "edge('home')", "Top", show=False),
        Binding("G", "edge('end')", "Bottom", show=False),
        Binding("space,ctrl+d", "page(1)", "Page down", show=False),
        Binding("b,ctrl+u", "page(-1)", "Page up", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen .help-row { height: auto; }
    HelpScreen .help-key { width: 17; text-style: bold; padding-left: 1; }
    HelpScreen .help-what { width: 1fr; }
    HelpScreen .help-group { text-style: bold underline; margin-top: 1; }
    """

    def compose(self) -> ComposeResult:
        head = [Content.assemble(("dealview keys", "bold")), *map(Content, LEGEND)]
        with VerticalScroll(classes="dialog help"):
            yield Static(Content("\n").join(head))
            for key, what in KEYS:
                if not what:
                    yield Static(Content(key), classes="help-group")
                    continue
                # Two columns: a long description wraps under itself, not under the keys.
                with Horizontal(classes="help-row"):
                    yield Static(Content(key), classes="help-key")
                    yield Static(Content(what), classes="help-what")

    def _scroller(self) -> VerticalScroll:
        return self.query_one(VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        """Scroll the help by `lines`."""
        self._scroller().scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        """Scroll the help by `pages` screens."""
        scroller = self._scroller()
        scroller.scroll_relative(y=pages * scroller.scrollable_content_region.height, animate=False)

    def action_edge(self, edge: str) -> None:
        """Scroll the help to its top or bottom."""
        scroller = self._scroller()
        if edge == "home":
            scroller.scroll_home(animate=False)
        else:
            scroller.scroll_end(animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help."""
        self.dismiss(result)
