"""Turning what the engine computed into styled text: claim spans marked by their role in the
finding on screen (other findings' claims drawn faint), with a symbol as well as a colour, the
words that set a claim's certainty marked too, and article text never read as markup."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from textual.content import Content, Span

from dealview.core.credits import Credits
from dealview.core.models import Analysis, Article, Claim, Finding
from dealview.core.sanitize import visible_same_length
from dealview.core.shown_names import shown_name
from dealview.core.source_labels import relabel, source_labels

from .kinds import shown_kind

SYMBOLS = {
    "contradiction": "✗",
    "discrepancy": "?",
    "certainty": "≈",
    "agreement": "✓",
    "single-source": "◆",
    "hedged": "≈",
    "stated": "=",
}
"""One symbol per kind of finding, and per role a claim plays in one, so that the marks read
without colour: in a certainty divergence a claim is either reported hedged (≈) or stated as
fact (=); in any other finding its role is the finding's kind."""
HEDGED_SYMBOL = "≈"
_CERTAINTY_COLOUR = "#b08fe0"
STYLES = {
    "contradiction": "bold #ffffff on #9b1c1c",
    "discrepancy": "bold #1b1b1b on #d98c4a",
    "certainty": f"bold #1b1b1b on {_CERTAINTY_COLOUR}",
    "agreement": "#ffffff on #1f5f2a",
    "single-source": "#1b1b1b on #d9b44a",
    "hedged": f"bold italic #1b1b1b on {_CERTAINTY_COLOUR}",
    "stated": f"#1b1b1b on {_CERTAINTY_COLOUR}",
}
"""How the claims of the finding on screen are drawn, by their role in it."""
FAINT_STYLES = {
    "contradiction": "#ff7b7b",
    "discrepancy": "#e0a070",
    "certainty": _CERTAINTY_COLOUR,
    "agreement": "#6fcf7f",
    "single-source": "#d9b44a",
    "hedged": f"italic {_CERTAINTY_COLOUR}",
    "stated": _CERTAINTY_COLOUR,
}
"""How the claims of other findings are drawn in the compare view and the reader: in colour,
on no background, with the symbol of their most important finding."""
HEDGED_STYLE = "italic underline"
BOILERPLATE_STYLE = "dim italic"
MATCH_STYLE = "bold #000000 on #5fd7ff"
_RANK = {
    "contradiction": 0,
    "discrepancy": 1,
    "hedged": 2,
    "stated": 2,
    "agreement": 3,
    "single-source": 4,
}

CUE_SYMBOLS = {"hedge": HEDGED_SYMBOL, "assert": "=", "deny": "¬"}
"""The mark set before the words that give a claim of the shown finding its status: a hedge
("aurait", "reportedly"), an asserting verb ("a conclu"), a denial ("a démenti")."""
CUE_STYLES = {
    "hedge": "bold italic underline #ff9f43",
    "assert": "bold underline #5fafff",
    "deny": "bold underline #ff5f87",
}
CUE_NAMES = {"hedge": "hedged", "assert": "stated as fact", "deny": "denied"}
"""How each kind of cue is named in the legend and the evidence."""


def roles_in(finding: Finding) -> dict[str, str]:
    """Return the role of each claim of `finding` in it: "hedged" or "stated" (as fact) in a
    certainty divergence, else the finding's kind ("agreement", "contradiction"…)."""
    elsewhere = {cid for v in finding.values if v.elsewhere for cid in v.claims}
    if elsewhere:
        # The same value given elsewhere for another fact: those claims keep their own marks.
        return {cid: finding.kind for cid in finding.claims if cid not in elsewhere}
    if shown_kind(finding) != "certainty":
        return dict.fromkeys(finding.claims, finding.kind)
    hedged = {cid for v in finding.values if v.hedged for cid in v.claims}
    return {cid: "hedged" if cid in hedged else "stated" for cid in finding.claims}


@dataclass(frozen=True)
class Marks:
    """How claims are marked: for each claim id its role in the most important finding it
    supports (`verdict`), and the roles in the finding on screen (`roles`), which win."""

    verdict: dict[str, str]
    roles: dict[str, str] = field(default_factory=dict)
    finding: str | None = None
    """The id of the finding whose roles are `roles`."""

    @classmethod
    def of(cls, analysis: Analysis) -> Marks:
        """Compute the role of every claim that a finding rests on, in its most important
        finding."""
        verdict: dict[str, str] = {}
        for f in analysis.findings:
            for cid, role in roles_in(f).items():
                old = verdict.get(cid)
                if old is None or _RANK[role] < _RANK[old]:
                    verdict[cid] = role
        return cls(verdict)

    def on(self, finding: Finding | None) -> Marks:
        """Return these marks with the roles of the claims of `finding`, the finding on screen
        (the same marks when it already is)."""
        if finding is None:
            return self if self.finding is None else Marks(self.verdict)
        if finding.id == self.finding:
            return self
        return Marks(self.verdict, roles_in(finding), finding.id)

    def role(self, claim_id: str) -> str | None:
        """Return how the claim is marked: its role in the finding on screen, else in its most
        important finding; None when no finding rests on it."""
        return self.roles.get(claim_id) or self.verdict.get(claim_id)


def cue_kind(claim: Claim) -> str:
    """Return what a claim's cue does: 'hedge', 'deny' or 'assert'."""
    if claim.hedged or claim.status == "hedged":
        return "hedge"
    if claim.status == "denied":
        return "deny"
    return "assert"


def safe(text: str) -> Content:
    """Return untrusted text as plain Content: no markup, controls made visible."""
    return Content(visible_same_length(text))


def safe_name(name: str) -> Content:
    """Return a file name or article id as plain Content on one line: controls, newlines and
    bidi characters as visible placeholders (␛, ␊, ⟨U+202E⟩)."""
    return Content(shown_name(name))


def _marked_claims(claims: list[Claim], marks: Marks, start: int, end: int) -> list[Claim]:
    """The claims to mark between `start` and `end`, in reading order, none overlapping."""
    chosen: list[Claim] = []
    pos = start
    for c in sorted(claims, key=lambda c: c.start):
        if marks.role(c.id) is None or c.start < pos or c.end > end or c.start < start:
            continue
        chosen.append(c)
        pos = c.end
    return chosen


def _cue_spans(
    claims: list[Claim], current: set[str] | frozenset[str], start: int, end: int
) -> list[tuple[int, int, str]]:
    """The cues (start, end, kind) of the claims of the shown finding that lie between `start`
    and `end`: each once (claims may share one), none overlapping another, in reading order."""
    found: dict[tuple[int, int], str] = {}
    for c in claims:
        a, b = c.cue_start, c.cue_end
        if c.id not in current or a is None or b is None:
            continue
        a, b = max(a, start), min(b, end)
        if a < b:
            found.setdefault((a, b), cue_kind(c))
    spans: list[tuple[int, int, str]] = []
    for (a, b), kind in sorted(found.items(), key=lambda item: (item[0][0], -item[0][1])):
        if spans and a < spans[-1][1]:
            continue  # overlaps a cue kept already
        spans.append((a, b, kind))
    return spans


def highlight(
    article: Article,
    start: int,
    end: int,
    claims: list[Claim],
    marks: Marks,
    current: set[str] | frozenset[str] = frozenset(),
    search: str = "",
    dim: list[tuple[int, int]] | None = None,
) -> Content:
    """Return `article.text[start:end]` with its claims marked by verdict.

    A symbol is inserted before each marked claim; a hedged claim also gets "≈". Claims of the
    current finding are shown in reverse video, and the words that set their status (a hedge,
    an asserting verb; they may lie outside the claim, or across another one) are underlined
    after a symbol of their own (`CUE_SYMBOLS`); `dim` spans (absolute offsets) are dimmed.
    """
    # Only the slice shown is sanitised (one placeholder per character keeps offsets valid).
    shown = visible_same_length(article.text[start:end])
    marked = _marked_claims(claims, marks, start, end)
    cues = _cue_spans(claims, current, start, end) if current else []

    # What is inserted into the text, by article offset: (offset, order, symbol, style). A cue
    # that starts inside a marked claim gets its symbol before the claim's.
    inserts: list[tuple[int, int, str, str]] = []
    bodies: list[Span] = []
    for c in marked:
        role = marks.role(c.id) or ""
        style = _claim_style(role, c.id in current)
        inserts.append((c.start, 1, _claim_symbol(role, c.hedged), style))
    starts = [c.start for c in marked]
    for a, _b, kind in cues:
        at = a
        n = bisect_right(starts, a) - 1
        if n >= 0 and marked[n].start < a < marked[n].end:
            at = marked[n].start
        inserts.append((at, 0, CUE_SYMBOLS[kind], CUE_STYLES[kind]))
    inserts.sort(key=lambda i: (i[0], i[1]))

    parts: list[str] = []
    symbols: list[Span] = []
    at_offsets: list[int] = []
    added: list[int] = [0]  # characters inserted up to each insert, included
    prev = start
    for offset, _order, symbol, style in inserts:
        parts += (shown[prev - start : offset - start], symbol)
        out = offset - start + added[-1]
        symbols.append(Span(out, out + len(symbol), style))
        at_offsets.append(offset)
        added.append(added[-1] + len(symbol))
        prev = offset
    parts.append(shown[prev - start :])

    def out_start(p: int) -> int:  # a span starting at p starts after what is inserted at p
        return p - start + added[bisect_right(at_offsets, p)]

    def out_end(p: int) -> int:  # a span ending at p ends before what is inserted at p
        return p - start + added[bisect_left(at_offsets, p)]

    spans: list[Span] = []
    if dim:
        # Boilerplate is dimmed between the marked claims, as plain text.
        gaps, pos = [], start
        for c in marked:
            gaps.append((pos, c.start))
            pos = c.end
        gaps.append((pos, end))
        for s, e in dim:
            for a, b in gaps:
                lo, hi = max(s, a), min(e, b)
                if lo < hi:
                    spans.append(Span(out_start(lo), out_end(hi), BOILERPLATE_STYLE))
    for c in marked:
        role = marks.role(c.id) or ""
        style = _claim_style(role, c.id in current)
        bodies.append(Span(out_start(c.start), out_end(c.end), style))
        if c.hedged and role != "hedged":
            bodies.append(Span(out_start(c.start), out_end(c.end), HEDGED_STYLE))
    spans += symbols + bodies
    spans += [Span(out_start(a), out_end(b), CUE_STYLES[kind]) for a, b, kind in cues]
    result = Content("".join(parts), spans)
    if search:
        # Any case, as the search counts and steps through its matches (tui/view_state.py).
        pattern = re.compile(re.escape(search), re.IGNORECASE)
        result = result.highlight_regex(pattern, style=MATCH_STYLE)
    return result


def _claim_style(role: str, current: bool) -> str:
    """The style of a marked claim: bright when it belongs to the finding on screen."""
    return STYLES[role] if current else FAINT_STYLES[role]


def _claim_symbol(role: str, hedged: bool) -> str:
    """The symbol set before a marked claim: its role's, then "≈" when it is hedged (unless
    its role already says so)."""
    return SYMBOLS[role] + (HEDGED_SYMBOL if hedged and role != "hedged" else "")


REVIEW_MARKS = {"confirmed": "☑", "dismissed": "☒", "follow-up": "⚑"}
"""The mark of each review status in the findings list."""

_labels: tuple[Analysis, dict[str, str]] | None = None


def labels_of(analysis: Analysis) -> dict[str, str]:
    """Return the label of each source of the analysis (core/source_labels.py), computed
    once per analysis."""
    global _labels
    if _labels is None or _labels[0] is not analysis:
        _labels = (analysis, source_labels(analysis.articles))
    return _labels[1]


_credits: tuple[Analysis, Credits] | None = None


def credits_of(analysis: Analysis) -> Credits:
    """Return who the sources of each finding credit (core/credits.py), read once per
    analysis."""
    global _credits
    if _credits is None or _credits[0] is not analysis:
        _credits = (analysis, Credits(analysis))
    return _credits[1]


def source_name(analysis: Analysis, article_id: str) -> Content:
    """Return the label of a source as plain Content (never markup)."""
    return Content(labels_of(analysis).get(article_id) or shown_name(article_id))


def finding_line(
    finding: Finding,
    status: str | None,
    labels: Mapping[str, str] | None = None,
    credits: Credits | None = None,
) -> Content:
    """Return a finding as one line of the findings list, with its review mark; the sources
    its summary names are written as their `labels`, and when several of its sources credit
    one origin, the line says so ("· 3 of 4 credit Wall Street Journal")."""
    kind = shown_kind(finding)
    mark = REVIEW_MARKS.get(status or "", " ")
    summary = relabel(finding.summary, labels) if labels else finding.summary
    line = Content.assemble(
        (SYMBOLS[kind], STYLES[kind]),
        f" {mark} ",
        visible_same_length(summary),
    )
    credit = credits.shared(finding) if credits is not None else None
    if credit is not None:
        line += Content(" · ") + Content(visible_same_length(credit.short())).stylize("italic")
    return line
