"""The kinds of finding as the reader sees them: the engine's four, with certainty divergences
(one source asserts what another reports in the conditional) apart from contradictions of value.

The vocabulary lives in core/kinds.py, so that the summary, the reports and the review exports
name and count findings as the app does; this module gives the app its names for them.
"""

from __future__ import annotations

from dealview.core.kinds import CERTAINTY_RULE, KIND_NAMES, KIND_ORDER, KIND_TITLES, shown_kind

__all__ = ["CERTAINTY_RULE", "KIND_NAMES", "KIND_ORDER", "KIND_TITLES", "shown_kind"]
