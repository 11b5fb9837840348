"""The footer of key bindings: one line, one widget, redrawn only when the keys it shows change."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

SEPARATOR = "  "
RANK = (
    "picker-pick",
    "picker-close",
    "next-match",
    "previous-match",
    "end-search",
    "next-contradiction",
    "evidence",
    "select",
    "confirm",
    "dismiss",
    "follow-up",
    "note",
    "screen-help",
    "help",
    "quit",
)
"""The keys a reviewer needs most, by binding id, first: a narrow bar keeps these and drops
the others (the help and the command palette list every key)."""
RANK_SHOWN_AT_80 = 8
"""How many keys at the head of the bar must fit an 80-column terminal: next, evidence, the
three verdicts, note, help, quit."""


def ranked(keys: list[tuple[str | None, tuple[str, str, str]]]) -> list[tuple[str, str, str]]:
    """The keys in the order the bar shows them: those in RANK by rank, then the others in
    the order they came."""
    order = {binding_id: n for n, binding_id in enumerate(RANK)}
    indexed = sorted(
        enumerate(keys), key=lambda item: (order.get(item[1][0] or "", len(order)), item[0])
    )
    return [key for _n, (_id, key) in indexed]


class KeyBar(Widget):
    """The keys of the current screen and what they do; a click presses the key.

    Textual's Footer mounts a widget per key and remounts them all whenever the focus moves,
    which cost tens of milliseconds at start-up and on each change of view. This bar draws the
    same keys as one line of text.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"keybar--key", "keybar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    KeyBar > .keybar--key { color: $footer-key-foreground; text-style: bold; }
    KeyBar > .keybar--description { color: $footer-description-foreground; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[tuple[str, str, str], ...] = ()
        self._spans: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        shown: dict[str, tuple[str | None, tuple[str, str, str]]] = {}
        for _node, binding, enabled, _tooltip in screen.active_bindings.values():
            if binding.show and enabled and binding.action not in shown:
                display = self.app.get_key_display(binding)
                rank_id = binding.id or binding.action
                shown[binding.action] = (rank_id, (binding.key, display, binding.description))
        if self.app.ENABLE_COMMAND_PALETTE:
            shown["command_palette"] = (None, ("ctrl+p", "^p", "palette"))
        keys = tuple(ranked(list(shown.values())))
        if keys != self._shown:
            self._shown = keys
            self.refresh()

    def on_resize(self) -> None:
        self.refresh()  # what fits changed

    def render(self) -> Content:
        """One line: each key, then what it does, as many as fit, the most needed first (one
        space between them rather than two when that makes room for the reviewer's keys)."""
        key_style = self.get_visual_style("keybar--key")
        text_style = self.get_visual_style("keybar--description")
        pieces = [
            (key, Content.assemble((display, key_style), " ", (description, text_style)))
            for key, display, description in self._shown
        ]
        room = self.size.width or 1 << 16
        essential = min(len(pieces), RANK_SHOWN_AT_80)
        needed = 1 + sum(p.cell_length for _k, p in pieces[:essential])
        gap = SEPARATOR if needed + len(SEPARATOR) * (essential - 1) <= room else " "
        shown: list[Content] = []
        self._spans = []
        x = 1
        for key, piece in pieces:
            if x + piece.cell_length > room:
                break
            self._spans.append((x, x + piece.cell_length, key))
            shown.append(piece)
            x += piece.cell_length + len(gap)
        return Content(" ") + Content(gap).join(shown)

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
