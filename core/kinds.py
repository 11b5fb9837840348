"""The kinds of finding as a reader sees them, in the app and in every output (summary, reports,
review exports): the engine's four, with certainty divergences (one source asserts what another
reports in the conditional) apart from contradictions of value.

The engine files a certainty divergence as a finding of kind "contradiction" (rule
`certainty-divergence`); whatever a reader reads names and counts it as "certainty". Machine
fields (the JSON's `kind`) keep the engine's kind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .models import Finding

CERTAINTY_RULE = "certainty-divergence"
"""The engine's rule for a certainty divergence (a finding of kind "contradiction")."""

KIND_ORDER = ("contradiction", "discrepancy", "certainty", "agreement", "single-source")
"""The kinds in the order a reader meets them: what needs a verdict most comes first."""

KIND_TITLES = {
    "contradiction": "Contradictions",
    "discrepancy": "Unresolved discrepancies",
    "certainty": "Certainty",
    "agreement": "Agreements",
    "single-source": "Single-source",
}
"""The heading of each kind (the findings list, the report's sections)."""

KIND_NAMES = {
    "contradiction": "contradiction",
    "discrepancy": "unresolved discrepancy",
    "certainty": "certainty divergence",
    "agreement": "agreement",
    "single-source": "single source",
}
"""How one finding of each kind is named (its badge, the status line, a summary's rows)."""

COUNT_NOUNS = {
    "contradiction": ("contradiction", "contradictions"),
    "discrepancy": ("unresolved discrepancy", "unresolved discrepancies"),
    "certainty": ("certainty divergence", "certainty divergences"),
    "agreement": ("agreement", "agreements"),
    "single-source": ("single-source", "single-source"),
}
"""How a count of findings of each kind is written in a sentence (one, several)."""

RARE_KINDS = frozenset({"discrepancy", "certainty"})
"""Kinds counted only when there are some (most stories have none)."""


def shown_kind(finding: Finding) -> str:
    """Return the kind a reader sees `finding` as: its engine kind, or "certainty" for a
    certainty divergence (the engine files those as contradictions)."""
    if finding.rule == CERTAINTY_RULE:
        return "certainty"
    return finding.kind


def count_kinds(findings: Iterable[Finding]) -> dict[str, int]:
    """Return how many findings there are of each kind a reader sees, in `KIND_ORDER`."""
    counted = Counter(shown_kind(f) for f in findings)
    return {kind: counted.get(kind, 0) for kind in KIND_ORDER}


def counts_sentence(findings: Iterable[Finding]) -> str:
    """Return the findings counted by kind as a sentence, in the order and words of the app:
    "2 contradictions, 1 certainty divergence, 6 agreements, 14 single-source." (unresolved
    discrepancies and certainty divergences only when there are some)."""
    counts = count_kinds(findings)
    parts = [
        f"{n} {COUNT_NOUNS[kind][n != 1]}"
        for kind, n in counts.items()
        if n or kind not in RARE_KINDS
    ]
    return ", ".join(parts) + "."


STATUS_NAMES = {"hedged": "hedged", "asserted": "stated as fact", "denied": "denied"}
"""How the status of a quoted claim is named beside its source, as the app's evidence names it;
other statuses ("attributed", "no-comment") go by their own name."""


def status_name(status: str, hedged: bool, cue: str | None) -> str | None:
    """Return how a quoted claim's status is named beside its source ("hedged", "stated as
    fact", "denied", "attributed"), or None for a claim stated as fact with no cue to show."""
    if hedged or status == "hedged":
        return STATUS_NAMES["hedged"]
    if status == "asserted" and not cue:
        return None
    return STATUS_NAMES.get(status, status)
