"""What the engine compared a finding's claims by, as one short line: their fact key (the
measure, whom it is about, and the qualifiers that set it apart: session, date, counter)."""

from __future__ import annotations

from collections.abc import Callable

from dealview.core.models import Analysis, FactKey, Finding
from dealview.core.sanitize import visible

MOST_SHOWN = 3
"""Most values of one part of the key listed (then "…")."""
NOT_GIVEN = "not given"

_names: tuple[Analysis, dict[str, str]] | None = None

_QUALIFIERS: tuple[tuple[str, Callable[[FactKey], str | None]], ...] = (
    ("session", lambda k: k.session.replace("_", " ") if k.session else None),
    ("as of", lambda k: k.reference),
    ("counted by", lambda k: k.counter),
    ("", lambda k: k.basis),
)
"""The qualifiers of a key that a source may leave out, each with the word that introduces it
and how it is read."""


def entity_names(analysis: Analysis) -> dict[str, str]:
    """Return how each name key of the analysis is written (its organisation claims' display),
    computed once per analysis."""
    global _names
    if _names is None or _names[0] is not analysis:
        names: dict[str, str] = {}
        for c in analysis.claims:
            if c.kind in {"organisation", "attribution"} and isinstance(c.value, str):
                names.setdefault(c.value, c.display or c.value)
        _names = (analysis, names)
    return _names[1]


def _clean(text: str) -> str:
    """Untrusted text on one line: controls made visible, runs of spaces made one."""
    return " ".join(visible(text).split())


def _listed(values: list[str], sep: str) -> str:
    shown = list(dict.fromkeys(values))
    more = "…" if len(shown) > MOST_SHOWN else ""
    return sep.join(shown[:MOST_SHOWN]) + more


def compared_as(analysis: Analysis, finding: Finding) -> str | None:
    """Return what the claims of `finding` were compared by ("share price · Renault · session
    close"), or None when none of them has a fact key. A qualifier that some claims give and
    others do not is listed with "not given"; parts that differ are joined by " / "."""
    keys = [k for cid in finding.claims if (k := analysis.claim(cid).fact) is not None]
    if not keys:
        return None
    names = entity_names(analysis)
    parts: list[str] = []
    frames = [k.frame.replace("_", " ") for k in keys if k.frame]
    if frames:
        parts.append(_listed(frames, " / "))
    entities = [names.get(e, e) for k in keys for e in k.entity]
    if entities:
        parts.append(_listed(entities, ", "))
    for label, read in _QUALIFIERS:
        values = [read(k) for k in keys]
        given = [v for v in values if v]
        if not given:
            continue
        text = _listed(given, " / ") + (f" / {NOT_GIVEN}" if len(given) < len(values) else "")
        parts.append(f"{label} {text}" if label else text)
    if any(k.past for k in keys):
        parts.append("former state" if all(k.past for k in keys) else "former state in some")
    if not parts:
        return None
    return _clean(" · ".join(parts))
