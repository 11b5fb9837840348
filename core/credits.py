"""Who the sources of a finding credit: several sources that credit one origin ("selon le Wall
Street Journal") are not independent confirmations, and the count of sources should say so.

A source credits an origin for a finding when one of the finding's claims in it is attributed
to that origin (the claim's `attribution`), or when it credits that outlet with revealing the
story (a `first-report` claim). Anonymous sources are no one origin: they are never grouped.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Analysis, Finding

NOT_ONE_ORIGIN = frozenset({"anonymous sources"})
"""Attribution keys that name no single origin."""


@dataclass(frozen=True)
class Credit:
    """An origin that several of a finding's sources credit."""

    origin: str
    """The origin as the articles write it ("Wall Street Journal")."""
    articles: tuple[str, ...]
    """The sources that credit it, in article order."""
    total: int
    """How many sources the finding rests on."""

    def line(self) -> str:
        """Return the credit as a reader reads it: "4 sources, 3 of them credit Wall Street
        Journal"."""
        return f"{self.total} sources, {len(self.articles)} of them credit {self.origin}"


def finding_sources(analysis: Analysis, finding: Finding) -> list[str]:
    """Return the sources a finding rests on, in article order."""
    ids = {analysis.claim(cid).article for cid in finding.claims}
    for value in finding.values:
        ids.update(value.articles)
    return [a.id for a in analysis.articles if a.id in ids]


def credited_origins(analysis: Analysis, finding: Finding) -> dict[str, list[str]]:
    """Return, for each origin key, the sources of `finding` that credit it (see the module's
    docstring), in article order."""
    by_origin: dict[str, list[str]] = {}
    claims = [analysis.claim(cid) for cid in finding.claims]
    for article in finding_sources(analysis, finding):
        origins = {c.attribution for c in claims if c.article == article and c.attribution}
        origins.update(
            c.value
            for c in analysis.claims_of(article)
            if c.kind == "first-report" and isinstance(c.value, str)
        )
        for origin in sorted(origins - NOT_ONE_ORIGIN):
            by_origin.setdefault(origin, []).append(article)
    return by_origin


def shared_credit(analysis: Analysis, finding: Finding) -> Credit | None:
    """Return the origin that most of a finding's sources credit, when at least two of them
    do; None otherwise (each source then speaks for itself, as far as it says)."""
    by_origin = credited_origins(analysis, finding)
    if not by_origin:
        return None
    origin, articles = max(by_origin.items(), key=lambda item: (len(item[1]), item[0]))
    if len(articles) < 2:
        return None
    names = {
        c.value: c.display
        for c in analysis.claims
        if c.kind in {"attribution", "first-report"} and c.value == origin and c.display
    }
    total = len(finding_sources(analysis, finding))
    return Credit(names.get(origin, origin), tuple(articles), total)
