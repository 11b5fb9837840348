"""Run extraction on one text, without topics or comparison."""

from __future__ import annotations

from dealview.core import claims_in
from dealview.core.models import Claim


def extract(text: str, kind: str | None = None, language: str | None = None) -> list[Claim]:
    """Return the claims of `text` (of one kind if given)."""
    return [c for c in claims_in(text, language) if kind is None or c.kind == kind]


def one(text: str, kind: str, language: str | None = None) -> Claim:
    """Return the one claim of `kind` in `text`, failing if there is not exactly one."""
    found = extract(text, kind, language)
    assert len(found) == 1, [c.text for c in found]
    return found[0]
