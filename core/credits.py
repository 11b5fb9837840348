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

    def short(self) -> str:
        """Return the credit in a few words, for a line that already counts the sources:
        "3 of 4 credit Wall Street Journal"."""
        return f"{len(self.articles)} of {self.total} credit {self.origin}"


def finding_sources(analysis: Analysis, finding: Finding) -> list[str]:
    """Return the sources a finding rests on, in article order."""
    ids = {analysis.claim(cid).article for cid in finding.claims}
    for value in finding.values:
        ids.update(value.articles)
    return [a.id for a in analysis.articles if a.id in ids]


class Credits:
    """Who the sources of each finding credit, for one analysis: what every article credits
    with revealing the story, and how origins are written, are read once."""

    def __init__(self, analysis: Analysis) -> None:
        """Read what the articles of `analysis` credit."""
        self.analysis = analysis
        self._shared: dict[str, Credit | None] = {}
        self.first_reports: dict[str, set[str]] = {}
        self.names: dict[str, str] = {}
        for c in analysis.claims:
            if c.kind not in {"attribution", "first-report"} or not isinstance(c.value, str):
                continue
            if c.display:
                self.names.setdefault(c.value, c.display)
            if c.kind == "first-report":
                self.first_reports.setdefault(c.article, set()).add(c.value)

    def origins(self, finding: Finding) -> dict[str, list[str]]:
        """Return, for each origin key, the sources of `finding` that credit it."""
        by_origin: dict[str, list[str]] = {}
        claims = [self.analysis.claim(cid) for cid in finding.claims]
        for article in finding_sources(self.analysis, finding):
            origins = {c.attribution for c in claims if c.article == article and c.attribution}
            origins |= self.first_reports.get(article, set())
            for origin in sorted(origins - NOT_ONE_ORIGIN):
                by_origin.setdefault(origin, []).append(article)
        return by_origin

    def shared(self, finding: Finding) -> Credit | None:
        """Return the origin most of `finding`'s sources credit, when two or more do."""
        if finding.id not in self._shared:
            self._shared[finding.id] = self._find_shared(finding)
        return self._shared[finding.id]

    def _find_shared(self, finding: Finding) -> Credit | None:
        by_origin = self.origins(finding)
        if not by_origin:
            return None
        origin, articles = max(by_origin.items(), key=lambda item: (len(item[1]), item[0]))
        if len(articles) < 2:
            return None
        total = len(finding_sources(self.analysis, finding))
        return Credit(self.names.get(origin, origin), tuple(articles), total)


def credited_origins(analysis: Analysis, finding: Finding) -> dict[str, list[str]]:
    """Return, for each origin key, the sources of `finding` that credit it (see the module's
    docstring), in article order."""
    return Credits(analysis).origins(finding)


def shared_credit(analysis: Analysis, finding: Finding) -> Credit | None:
    """Return the origin that most of a finding's sources credit, when at least two of them
    do; None otherwise (each source then speaks for itself, as far as it says)."""
    return Credits(analysis).shared(finding)


def shared_credits(analysis: Analysis) -> dict[str, Credit]:
    """Return `shared_credit` for every finding that has one, by finding id, reading the
    analysis once."""
    credits = Credits(analysis)
    found = {f.id: credits.shared(f) for f in analysis.findings}
    return {fid: credit for fid, credit in found.items() if credit is not None}
