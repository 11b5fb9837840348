"""What the reader sees on the main screen, as plain data: the findings in list order, the
current one, the source and topic shown, the search and its matches, the filter.

No Textual here: the screen keeps one `ViewState`, asks it where a key leads, and renders it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dealview.core.models import Analysis, Finding
from dealview.core.shown_names import one_line

from .kinds import shown_kind

Reviewed = Callable[[Finding], bool]
"""Whether a finding has a verdict (the review answers)."""


# --- search --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One occurrence of the searched words in an article."""

    article: str
    start: int
    """Offset of the match in the article's text."""
    passage: int = -1
    """Start of the topic passage holding it (in the compare view), -1 in the reader."""


def _occurrences(text: str, needle: str) -> list[int]:
    """Offsets of `needle` (already case-folded) in `text`, any case, not overlapping."""
    found: list[int] = []
    if not needle:
        return found
    folded = text.casefold()
    if len(folded) != len(text):  # a fold that changes lengths: offsets would drift
        folded = "".join(c.casefold()[:1] or c for c in text)
    at = folded.find(needle)
    while at >= 0:
        found.append(at)
        at = folded.find(needle, at + len(needle))
    return found


def hits_in_topic(analysis: Analysis, topic: str | None, query: str) -> list[Hit]:
    """Every match of `query` (any case) in the passages of `topic`, row by row as the compare
    view shows them, sources in reading order within a row."""
    needle = query.casefold()
    if not needle or topic is None:
        return []
    order = [a.id for a in analysis.articles]
    hits: list[Hit] = []
    for row in analysis.alignment:
        if row.topic != topic:
            continue
        for article in order:
            passage = row.cells.get(article)
            if passage is None:
                continue
            text = analysis.article(article).text[passage.start : passage.end]
            hits += [
                Hit(article, passage.start + at, passage.start) for at in _occurrences(text, needle)
            ]
    return hits


def hits_in_article(analysis: Analysis, article: str, query: str) -> list[Hit]:
    """Every match of `query` (any case) in the text of one article."""
    text = analysis.article(article).text
    return [Hit(article, at) for at in _occurrences(text, query.casefold())]


def topic_with_hits(analysis: Analysis, current: str | None, query: str) -> str | None:
    """The topic to search in: the current one if it holds `query`, else the first that does;
    None if no topic does."""
    topics = sorted((t.id for t in analysis.topics), key=lambda t: t != current)
    return next((t for t in topics if hits_in_topic(analysis, t, query)), None)


@dataclass
class Search:
    """The words searched for and where they are; `position` is the match shown."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    position: int = 0
    scope: str = ""
    """Where the matches were looked for: "topic <id>" or "article <id>"."""

    @property
    def hit(self) -> Hit | None:
        """The match shown, if there is one."""
        return self.hits[self.position] if self.hits else None

    def step(self, step: int) -> Hit | None:
        """Move to the next (1) or previous (-1) match, going round; the match reached."""
        if not self.hits:
            return None
        self.position = (self.position + step) % len(self.hits)
        return self.hits[self.position]

    def wrapped(self, step: int) -> bool:
        """Whether the last `step` went round: past the last match to the first (1), or past
        the first to the last (-1)."""
        return bool(self.hits) and self.position == (0 if step > 0 else len(self.hits) - 1)

    def summary(self, where: str = "") -> str:
        """What the search found: "3 matches in 2 sources (1/3)", or "no match"."""
        if not self.hits:
            return f"no match{where}"
        n = len(self.hits)
        sources = len({h.article for h in self.hits})
        matches = "1 match" if n == 1 else f"{n} matches"
        in_sources = "1 source" if sources == 1 else f"{sources} sources"
        return f"{matches} in {in_sources}{where} ({self.position + 1}/{n})"


# --- filter --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filter:
    """Which findings the list shows; an empty filter shows them all."""

    kind: str | None = None
    source: str | None = None
    topic: str | None = None
    unreviewed: bool = False

    @property
    def active(self) -> bool:
        """Whether the filter hides anything."""
        return bool(self.kind or self.source or self.topic or self.unreviewed)

    def admits(self, analysis: Analysis, finding: Finding, reviewed: Reviewed) -> bool:
        """Whether `finding` passes the filter."""
        if self.kind and shown_kind(finding) != self.kind:
            return False
        if self.unreviewed and reviewed(finding):
            return False
        if self.source or self.topic:
            claims = [analysis.claim(c) for c in finding.claims]
            if self.source and all(c.article != self.source for c in claims):
                return False
            if (
                self.topic
                and finding.topic != self.topic
                and all(c.topic != self.topic for c in claims)
            ):
                return False
        return True

    def describe(self, label: Callable[[str], str] = str) -> str:
        """The filter in a few words ("contradiction · not reviewed"); `label` names a source
        or topic id."""
        parts = [
            *([self.kind] if self.kind else []),
            *([f"source {label(self.source)}"] if self.source else []),
            *([f"topic {label(self.topic)}"] if self.topic else []),
            *(["not reviewed"] if self.unreviewed else []),
        ]
        return " · ".join(parts)


# --- where a finding is shown -------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """Where a finding's evidence is shown: its topic, its sources in order of priority (one
    per side of a contradiction first), and whether the compare view's rows hold it."""

    topic: str | None
    sources: list[str]
    in_rows: bool
    first_offset: int
    """Where the first source's first claim starts."""

    @property
    def comparable(self) -> bool:
        """Whether the evidence reads side by side (else in the reader)."""
        return self.topic is not None and self.in_rows and len(self.sources) > 1


def evidence_of(analysis: Analysis, finding: Finding) -> Evidence:
    """Where to show `finding`'s evidence."""
    claims = [analysis.claim(c) for c in finding.claims]
    topics = Counter(c.topic for c in claims if c.topic)
    in_rows = any(
        (p := row.cells.get(c.article)) is not None and p.start <= c.start < p.end
        for row in analysis.alignment
        for c in claims
    )
    groups = [[analysis.claim(c).article for c in v.claims] for v in finding.values]
    firsts = [g[0] for g in groups if g]
    sources = list(dict.fromkeys([*firsts, *(c.article for c in claims)]))
    first = min((c.start for c in claims if sources and c.article == sources[0]), default=0)
    topic = topics.most_common(1)[0][0] if topics else None
    return Evidence(topic, sources, in_rows, first)


def hidden_hint(shown: Sequence[str], order: Sequence[str]) -> str:
    """Say which sources the compare panes leave out: "◂ showing 3 of 5 ▸" (the arrows point
    to the side where sources are hidden); empty when all are shown."""
    if len(shown) >= len(order) or not shown:
        return ""
    at = [order.index(a) for a in shown if a in order]
    hidden = [n for n, a in enumerate(order) if a not in shown]
    left = "◂ " if at and any(n < min(at) for n in hidden) else ""
    right = " ▸" if at and any(n > min(at) for n in hidden) else ""
    return f"{left}showing {len(shown)} of {len(order)}{right} (tab)"


# --- the state -----------------------------------------------------------------------------------


class ViewState:
    """The findings in list order and where the reader is among them and in the sources."""

    def __init__(self, analysis: Analysis, kind_order: Sequence[str]) -> None:
        self.analysis = analysis
        order = {kind: n for n, kind in enumerate(kind_order)}
        self.findings = sorted(
            analysis.findings, key=lambda f: order.get(shown_kind(f), len(order))
        )
        """The findings in the order of the list: by kind, then as the engine ranked them."""
        self.counts: Counter[str] = Counter(shown_kind(f) for f in self.findings)
        self.index_of = {f.id: n for n, f in enumerate(self.findings)}
        firsts: dict[str, int] = {}
        self.rank_in_kind = [
            n - firsts.setdefault(shown_kind(f), n) for n, f in enumerate(self.findings)
        ]
        self.index = 0
        self.source = 0
        self.topic: str | None = analysis.topics[0].id if analysis.topics else None
        self.fold = False
        self.sync = True
        self.search: Search | None = None
        self.filter = Filter()

    @property
    def finding(self) -> Finding | None:
        """The finding the reader is on."""
        return self.findings[self.index] if self.findings else None

    @property
    def article_ids(self) -> list[str]:
        """The sources in reading order."""
        return [a.id for a in self.analysis.articles]

    @property
    def query(self) -> str:
        """The words searched for, or "" when no search is active."""
        return self.search.query if self.search else ""

    def position(self) -> str:
        """Where the current finding stands in its kind: "contradiction 2 / 3"."""
        finding = self.finding
        if finding is None:
            return ""
        rank = self.rank_in_kind[self.index] + 1
        kind = shown_kind(finding)
        return f"{kind} {rank} / {self.counts[kind]}"

    def next_index(
        self, step: int, kind: str | None = None, accept: Callable[[Finding], bool] | None = None
    ) -> int | None:
        """The finding `step` (1 or -1) reaches from the current one, going round, among those
        of `kind` if given and those `accept` takes; None if there is none."""
        findings = self.findings
        n = len(findings)
        for i in range(1, n + 1):
            j = (self.index + step * i) % n
            f = findings[j]
            if (kind is None or shown_kind(f) == kind) and (accept is None or accept(f)):
                return j
        return None

    def first_unreviewed(self, reviewed: Reviewed) -> int | None:
        """Where to resume: the first finding in list order with no verdict, None if all have
        one."""
        return next((n for n, f in enumerate(self.findings) if not reviewed(f)), None)

    def go_to_source(self, article: str) -> None:
        """Make `article` the current source."""
        self.source = self.article_ids.index(article)


def span_in(analysis: Analysis, finding: Finding, article: str) -> int | None:
    """Where `finding`'s first claim in `article` starts; None if it has none there."""
    starts = [c.start for c in map(analysis.claim, finding.claims) if c.article == article]
    return min(starts, default=None)


def quote_of(analysis: Analysis, finding: Finding, article: str, label: str) -> str | None:
    """The sentence of `article` that holds `finding`'s first claim there, quoted with its
    source: « … » — label (file name), “title”. None if the article gives no claim of it.
    One line, control characters shown as visible placeholders."""
    claims = [c for c in map(analysis.claim, finding.claims) if c.article == article]
    if not claims:
        return None
    claim = min(claims, key=lambda c: c.start)
    art = analysis.article(article)
    start, end = claim.sentence_start, claim.sentence_end
    if not start < end:
        start, end = claim.start, claim.end
    sentence = " ".join(art.text[start:end].split())
    title = " ".join(art.title.split())
    source = label if label == art.id else f"{label} ({art.id})"
    return one_line(f"« {sentence} » — {source}, “{title}”")


# --- the status line -----------------------------------------------------------------------------

StatusPart = tuple[tuple[tuple[str, str], ...], int]
"""A piece of the status line: its (text, style) runs, and how soon it goes when the line is
too long (the highest number first; 0 never)."""


def fit_status(parts: Sequence[StatusPart], width: int) -> list[tuple[str, str]]:
    """The runs of the status line's pieces that fit in `width` cells, dropping the least
    needed pieces first, the others in their order."""
    kept = list(parts)

    def length() -> int:
        return sum(len(text) for runs, _drop in kept for text, _style in runs)

    while length() > width:
        worst = max(range(len(kept)), key=lambda n: (kept[n][1], n))
        if kept[worst][1] == 0:
            break
        del kept[worst]
    return [run for runs, _drop in kept for run in runs]
