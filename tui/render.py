"""Turning what the engine computed into styled text: claim spans marked by verdict, with a
symbol as well as a colour, and article text never read as markup."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.content import Content, Span

from dealview.core.models import Analysis, Article, Claim, Finding
from dealview.core.sanitize import visible_same_length

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


def safe(text: str) -> Content:
    """Return untrusted text as plain Content: no markup, controls made visible."""
    return Content(visible_same_length(text))


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
    current finding are shown in reverse video; `dim` spans (absolute offsets) are dimmed.
    """
    # Only the slice shown is sanitised (one placeholder per character keeps offsets valid).
    shown = visible_same_length(article.text[start:end])

    def text_of(a: int, b: int) -> str:
        return shown[a - start : b - start]

    dims = dim or []

    def plain(a: int, b: int) -> Content:
        piece = Content(text_of(a, b))
        spans = [
            Span(max(s, a) - a, min(e, b) - a, BOILERPLATE_STYLE)
            for s, e in dims
            if s < b and e > a
        ]
        return piece.add_spans(spans) if spans else piece

    pieces: list[Content] = []
    pos = start
    for c in sorted(claims, key=lambda c: c.start):
        verdict = marks.verdict.get(c.id)
        if verdict is None or c.start < pos or c.end > end or c.start < start:
            continue
        pieces.append(plain(pos, c.start))
        style = STYLES[verdict]
        if c.id in current:
            style += f" {CURRENT_STYLE}"
        symbol = SYMBOLS[verdict] + (HEDGED_SYMBOL if c.hedged else "")
        body = Content(text_of(c.start, c.end)).stylize(style)
        if c.hedged:
            body = body.stylize(HEDGED_STYLE)
        pieces.append(Content(symbol).stylize(style))
        pieces.append(body)
        pos = c.end
    pieces.append(plain(pos, end))
    result = Content("").join(pieces)
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
