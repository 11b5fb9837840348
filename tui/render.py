"""Turning what the engine computed into styled text: claim spans marked by verdict, with a
symbol as well as a colour, the words that set a claim's certainty marked too, and article
text never read as markup."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from textual.content import Content, Span

from dealview.core.models import Analysis, Article, Claim, Finding
from dealview.core.sanitize import visible_same_length
from dealview.core.shown_names import shown_name

SYMBOLS = {"contradiction": "✗", "discrepancy": "?", "agreement": "✓", "single-source": "◆"}
"""One symbol per verdict, so that the marks read without colour."""
HEDGED_SYMBOL = "≈"
STYLES = {
    "contradiction": "bold #ffffff on #9b1c1c",
    "discrepancy": "bold #1b1b1b on #d98c4a",
    "agreement": "#ffffff on #1f5f2a",
    "single-source": "#1b1b1b on #d9b44a",
}
HEDGED_STYLE = "italic underline"
CURRENT_STYLE = "reverse"
BOILERPLATE_STYLE = "dim italic"
MATCH_STYLE = "bold #000000 on #5fd7ff"
_RANK = {"contradiction": 0, "discrepancy": 1, "agreement": 2, "single-source": 3}

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


@dataclass(frozen=True)
class Marks:
    """For each claim id, the verdict of the most important finding it supports."""

    verdict: dict[str, str]

    @classmethod
    def of(cls, analysis: Analysis) -> Marks:
        """Compute the verdict of every claim that a finding rests on."""
        verdict: dict[str, str] = {}
        for f in analysis.findings:
            for cid in f.claims:
                old = verdict.get(cid)
                if old is None or _RANK[f.kind] < _RANK[old]:
                    verdict[cid] = f.kind
        return cls(verdict)


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
        if c.id not in marks.verdict or c.start < pos or c.end > end or c.start < start:
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
        verdict = marks.verdict[c.id]
        style = STYLES[verdict] + (f" {CURRENT_STYLE}" if c.id in current else "")
        inserts.append((c.start, 1, SYMBOLS[verdict] + (HEDGED_SYMBOL if c.hedged else ""), style))
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
        verdict = marks.verdict[c.id]
        style = STYLES[verdict] + (f" {CURRENT_STYLE}" if c.id in current else "")
        bodies.append(Span(out_start(c.start), out_end(c.end), style))
        if c.hedged:
            bodies.append(Span(out_start(c.start), out_end(c.end), HEDGED_STYLE))
    spans += symbols + bodies
    spans += [Span(out_start(a), out_end(b), CUE_STYLES[kind]) for a, b, kind in cues]
    result = Content("".join(parts), spans)
    if search:
        result = result.highlight_regex(re.escape(search), style=MATCH_STYLE)
    return result


def finding_line(finding: Finding, status: str | None) -> Content:
    """Return a finding as one line of the findings list, with its review mark."""
    mark = {"confirmed": "☑", "dismissed": "☒", "follow-up": "⚑"}.get(status or "", " ")
    return Content.assemble(
        (SYMBOLS[finding.kind], STYLES[finding.kind]),
        f" {mark} ",
        visible_same_length(finding.summary),
    )
