"""The finding's own sentences, side by side, at the top of the compare view.

A finding's claims need not share a topic, nor lie in one aligned row of the topic the view
opens on (the aligner may have put a sentence elsewhere, or in no row at all). The rule: when
no single aligned row of the topic holds every claim of the finding in the sources shown, the
view starts with an evidence row made of the claims' sentences themselves, each in its source's
pane, and a pane whose source gives no claim of the finding says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from textual.content import Content

from dealview.core.models import AlignedRow, Analysis, Claim, Finding

from .render import Marks, highlight, safe

NOT_IN_FINDING = Content("· no claim of this finding in this source ·").stylize("dim italic")
"""What the pane of a source that gives none of the finding's claims says."""


def finding_topic(analysis: Analysis, finding: Finding) -> str | None:
    """The topic the compare view opens on for `finding`: the one most of its claims were put
    in; None when none of them is in a topic."""
    topics = Counter(t for c in finding.claims if (t := analysis.claim(c).topic))
    return topics.most_common(1)[0][0] if topics else None


def one_row_holds(
    rows: Sequence[AlignedRow], claims: Sequence[Claim], visible: Collection[str]
) -> bool:
    """Whether a single row of `rows` holds every claim of `claims` given by a `visible` source
    (then that row shows the finding side by side and no evidence row is needed)."""
    shown = [c for c in claims if c.article in visible]
    if not shown:
        return True
    return any(all(_holds(row, c) for c in shown) for row in rows)


def _holds(row: AlignedRow, claim: Claim) -> bool:
    passage = row.cells.get(claim.article)
    return passage is not None and passage.start <= claim.start < passage.end


def sentence_spans(claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """The sentences holding `claims` (one article's), in reading order, overlaps merged; a
    claim with no sentence recorded stands for itself."""
    spans = sorted(
        (c.sentence_start, c.sentence_end)
        if c.sentence_start < c.sentence_end
        else (c.start, c.end)
        for c in claims
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def evidence_content(
    analysis: Analysis,
    article: str,
    claims: Sequence[Claim],
    marks: Marks,
    current: set[str],
    search: str = "",
) -> Content:
    """The sentences of `article` that hold `claims`, marked by their role in the finding on
    screen; each sentence on a line of its own."""
    art = analysis.article(article)
    inside = analysis.claims_of(article)
    parts = [
        highlight(
            art,
            start,
            end,
            [c for c in inside if start <= c.start < end],
            marks,
            current=current,
            search=search,
        )
        for start, end in sentence_spans(claims)
    ]
    return Content("\n").join(parts)


def evidence_note(
    claims: Sequence[Claim], visible: Collection[str], topic_label: str | None
) -> Content:
    """The line under the evidence row: what it is, whether some of the finding's sources are
    hidden (and how to reach them), what follows (the topic's rows, if any)."""
    sources = list(dict.fromkeys(c.article for c in claims))
    shown = sum(a in visible for a in sources)
    n = len(sources)
    if shown < n:
        what = f"▲ the finding's sentences, {shown} of its {n} sources (tab: the others)"
    else:
        what = f"▲ the finding's sentences ({n} source{'s' if n != 1 else ''})"
    if topic_label is None:
        return Content(f"{what}; no topic holds them").stylize("dim italic")
    after = Content.assemble(f"{what}; below, the topic ", safe(topic_label))
    return after.stylize("dim italic")
