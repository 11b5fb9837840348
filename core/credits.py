"""Who the sources of a finding credit: several sources that credit one origin ("selon le Wall
Street Journal") are not independent confirmations, and the count of sources should say so.

A source credits an origin for a finding when one of the finding's claims in it is attributed
to that origin (the claim's `attribution`), or when it credits that outlet with revealing the
story (a `first-report` claim). A first report covers the whole article only while the article
has the story from no one else: an article that reports the parties' own announcement ("the two
companies said", "in a statement", "dans un communiqué") says who broke the story as history,
and that credit covers only the sentence that says it. Anonymous sources are no one origin: they
are never grouped.

The app, the Markdown report and the review exports all say credits through this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Analysis, Claim, Finding

NOT_ONE_ORIGIN = frozenset({"anonymous sources"})
"""Attribution keys that name no single origin."""

_PARTIES = (
    r"(?:the|both|les|des) (?:two |three |deux |trois )?"
    r"(?:companies|firms|groups|retailers|parties|clubs|sides|banks|carmakers|airlines|"
    r"entreprises|societes|sociétés|groupes|enseignes|clubs|parties)"
)
ANNOUNCEMENT_RE = re.compile(
    rf"\b{_PARTIES}\b[^.;]{{0,40}}?\b(?:said|announced|confirmed|ont (?:annonc|confirm|indiqu|"
    r"officialis|d[ée]clar))"
    r"|\b(?:said|announced|confirmed)\b[^.;]{0,30}?\bin a (?:joint )?(?:statement|press release|"
    r"news release|regulatory filing)"
    r"|\bin a (?:joint )?(?:statement|press release|news release)\b[^.;]{0,40}?\b(?:said|announced)"
    r"|\b(?:dans|par) (?:un|leur|son) communiqu[ée]|\b(?:a|ont) officialis[ée]"
    rf"|\b(?:ont|a) (?:annonc|confirm|indiqu|d[ée]clar)\w*,? (?:[^.;]{{0,20}} )?{_PARTIES}\b"
    rf"|\b(?:said|announced|confirmed) {_PARTIES}\b",
    re.IGNORECASE,
)
"""Words saying that the parties announced the news themselves, on record: "the two retailers
said on Thursday", "said in a statement", "dans un communiqué", "ont officialisé", "ont annoncé
les deux groupes", "said the companies"."""


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
        """Origins an article credits with the story, for all its claims."""
        self.first_report_sentences: dict[str, list[tuple[int, int, str]]] = {}
        """First reports that cover only their own sentence (start, end, origin), by article:
        in articles that report the parties' own announcement."""
        self.names: dict[str, str] = {}
        self._credited: dict[str, list[str]] = {}
        announced: dict[str, bool] = {}
        for c in analysis.claims:
            if c.kind not in {"attribution", "first-report"} or not isinstance(c.value, str):
                continue
            if c.display:
                self.names.setdefault(c.value, c.display)
            keys = self._credited.setdefault(c.article, [])
            if c.value not in keys:
                keys.append(c.value)
            if c.kind == "first-report":
                if c.article not in announced:
                    announced[c.article] = reports_announcement(analysis, c.article)
                if announced[c.article]:
                    where = (c.sentence_start, c.sentence_end, c.value)
                    self.first_report_sentences.setdefault(c.article, []).append(where)
                else:
                    self.first_reports.setdefault(c.article, set()).add(c.value)

    def name(self, origin: str) -> str:
        """Return how the articles write the origin `origin` (a name key)."""
        return self.names.get(origin, origin)

    def of_article(self, article: str) -> list[str]:
        """Return whom the article credits, anywhere in it (attributions and first reports),
        as the articles write them, in the order it first credits them; an outlet it credits
        only with having reported first, before the parties announced it, says so: "Wall
        Street Journal (first report)"."""
        history = {o for _s, _e, o in self.first_report_sentences.get(article, ())}
        attributed = {c.value for c in self.analysis.claims_of(article) if c.kind == "attribution"}
        return [
            self.name(key) + (" (first report)" if key in history - attributed else "")
            for key in self._credited.get(article, [])
        ]

    def of_claim(self, claim: Claim) -> set[str]:
        """Return the origin keys a claim is credited to: its attribution, its article's first
        reports, and a first report in its own sentence."""
        origins = {claim.attribution} if claim.attribution else set()
        origins |= self.first_reports.get(claim.article, set())
        for start, end, origin in self.first_report_sentences.get(claim.article, ()):
            if start <= claim.start < end:
                origins.add(origin)
        return origins

    def origins(self, finding: Finding) -> dict[str, list[str]]:
        """Return, for each origin key, the sources of `finding` that credit it."""
        by_origin: dict[str, list[str]] = {}
        claims_of: dict[str, list[Claim]] = {}  # a finding may rest on thousands of sources
        for cid in finding.claims:
            claim = self.analysis.claim(cid)
            claims_of.setdefault(claim.article, []).append(claim)
        for article in finding_sources(self.analysis, finding):
            origins: set[str] = set()
            for c in claims_of.get(article, []):
                origins |= self.of_claim(c)
            if article not in claims_of:
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
        return Credit(self.name(origin), tuple(articles), total)


def reports_announcement(analysis: Analysis, article: str) -> bool:
    """Return True when the article reports the parties' own announcement, on record ("the two
    companies said", "said in a statement", "dans un communiqué"): a first report it mentions is
    then history, not where its facts come from."""
    return ANNOUNCEMENT_RE.search(analysis.article(article).text) is not None


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
