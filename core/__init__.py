"""dealview's engine: from articles to claims and findings, with no terminal code.

`claims_in(text, language=None)` returns the claims of one text; `pipeline.analyse(paths)` the
whole analysis of a set of articles. Importing this package imports nothing else: the entry
point is loaded on first use, so that the terminal app starts as fast without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import claims_in

__all__ = ["claims_in"]


def __getattr__(name: str) -> Any:
    """Load `claims_in` from the pipeline on first use."""
    if name == "claims_in":
        from .pipeline import claims_in

        return claims_in
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
