"""The footer of key bindings, rebuilt only when the keys it shows change."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's footer, minus its rebuild on every focus change.

    Textual's footer remounts every key whenever the focused widget changes, which costs tens of
    milliseconds per keystroke that moves the focus (opening a view, a dialog). The keys this
    app shows are the screen's, so they rarely change: the footer compares what it would show
    and rebuilds only on a difference.
    """

    _shown: tuple[tuple[str, str, bool], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Rebuild the keys if the set shown (key, description, enabled) has changed."""
        shown = tuple(
            sorted(
                (binding.key, binding.description, enabled)
                for (_node, binding, enabled, _tooltip) in screen.active_bindings.values()
                if binding.show
            )
        )
        if shown == self._shown:
            return
        self._shown = shown
        super().bindings_changed(screen)
