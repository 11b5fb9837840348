"""The kinds of finding as the reader sees them: the engine's four, with certainty divergences
(one source asserts what another reports in the conditional) apart from contradictions of value.

No Textual here: the view state, the list and the marks all group findings by `shown_kind`.
"""

from __future__ import annotations

from dealview.core.models import Finding

CERTAINTY_RULE = "certainty-divergence"
"""The engine's rule for a certainty divergence (a finding of kind "contradiction")."""

KIND_ORDER = ("contradiction", "discrepancy", "certainty", "agreement", "single-source")
"""The kinds in the order of the findings list: what needs a verdict most comes first."""

KIND_TITLES = {
    "contradiction": "Contradictions",
    "discrepancy": "Unresolved discrepancies",
    "certainty": "Certainty",
    "agreement": "Agreements",
    "single-source": "Single-source",
}
"""The heading of each kind in the findings list."""

KIND_NAMES = {
    "contradiction": "contradiction",
    "discrepancy": "unresolved discrepancy",
    "certainty": "certainty divergence",
    "agreement": "agreement",
    "single-source": "single source",
}
"""How one finding of each kind is named (its badge, the status line)."""


def shown_kind(finding: Finding) -> str:
    """Return the kind the reader sees `finding` as: its engine kind, or "certainty" for a
    certainty divergence (the engine files those as contradictions)."""
    if finding.rule == CERTAINTY_RULE:
        return "certainty"
    return finding.kind
