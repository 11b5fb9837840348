"""The current finding in full: summary, rule, and the quoted evidence of every source."""

from __future__ import annotations

from textual.content import Content

from dealview.core.models import Analysis, Claim, Finding
from dealview.core.review import Verdict
from dealview.core.source_labels import relabel

from ..facts import compared_as
from ..kinds import KIND_NAMES, shown_kind
from ..render import (
    CUE_NAMES,
    CUE_STYLES,
    CUE_SYMBOLS,
    STYLES,
    SYMBOLS,
    Marks,
    credits_of,
    cue_kind,
    highlight,
    labels_of,
    safe,
    safe_name,
    source_name,
)
from .text_view import TextView


def render_finding(analysis: Analysis, finding: Finding, marks: Marks, verdict: Verdict) -> Content:
    """Return the finding as lines: summary, who the sources credit, rule, review, then each
    value and its quotes, each under its source's label and file name. Only the finding's own
    claims are marked in the quotes, each by its role in it."""
    kind = shown_kind(finding)
    labels = labels_of(analysis)
    lines: list[Content] = [
        Content.assemble((f" {SYMBOLS[kind]} {KIND_NAMES[kind]} ", STYLES[kind]))
        + Content(" ")
        + safe(relabel(finding.summary, labels)).stylize("bold"),
    ]
    credits = credits_of(analysis)
    credit = credits.shared(finding)
    if credit is not None:
        lines.append(Content("⚠ ").stylize("bold") + safe(credit.line()).stylize("bold"))
    lines.append(
        Content.assemble(("rule ", "dim"), (finding.rule, "bold"), ("  ", ""))
        + safe(relabel(finding.explanation, labels)).stylize("dim")
    )
    key = compared_as(analysis, finding)
    if key:
        lines.append(Content.assemble(("compared as ", "dim")) + safe(key))
    review = verdict.status or "not reviewed"
    note = Content(" · note: ") + safe(verdict.note) if verdict.note else Content("")
    lines.append(Content.assemble(("review ", "dim"), (review, "bold")) + note)
    current = set(finding.claims)
    marks = marks.on(finding)
    origins = credits.origins(finding)
    for value in finding.values:
        lines.append(Content(""))
        heading = Content("■ ").stylize("dim") + safe(value.display).stylize("bold")
        if value.elsewhere:
            heading += Content(" · the same value elsewhere, read as another fact").stylize("dim")
        lines.append(heading)
        for art, start, _end, group in analysis.evidence(value.claims):
            article_id = art.id
            head = group[0]
            credited = [
                credits.names.get(o, o) for o, arts in origins.items() if article_id in arts
            ]
            label = (
                Content("  ")
                + source_name(analysis, article_id).stylize("bold")
                + Content(" · ").stylize("dim")
                + safe_name(article_id).stylize("dim")
                + _status_tag(group[0])
            )
            if credited:
                label += safe(f" · credits {', '.join(credited)}").stylize("dim italic")
            in_sentence = [
                c
                for c in analysis.claims_of(article_id)
                if start <= c.start < head.sentence_end and c.id in current
            ]
            quote = highlight(art, start, head.sentence_end, in_sentence, marks, current=current)
            lines.append(label)
            lines.append(Content("    ") + quote)
    return Content("\n").join(lines)


def _status_tag(claim: Claim) -> Content:
    """The status of a quoted claim, after its source: " (≈ hedged “aurait”)", its cue
    marked as in the quote; nothing for a claim stated as fact without a cue."""
    cued = claim.cue_start is not None and claim.cue_end is not None
    if not (claim.hedged or cued or claim.status != "asserted"):
        return Content("")
    kind = cue_kind(claim)
    word = CUE_NAMES[kind] if kind == "hedge" or claim.status == "asserted" else claim.status
    name = f"{CUE_SYMBOLS[kind]} {word}" if cued or kind == "hedge" else word
    tag = safe(f" ({name}").stylize("italic")
    if claim.cue:
        cue = safe(f"“{claim.cue}”")
        tag += Content(" ") + (cue.stylize(CUE_STYLES[kind]) if cued else cue.stylize("italic"))
    return tag + Content(")").stylize("italic")


class FindingDetail(TextView):
    """Shows one finding and the sentence of each claim it rests on, claims marked."""

    def show(
        self, analysis: Analysis, finding: Finding | None, marks: Marks, verdict: Verdict
    ) -> None:
        """Render `finding` (or a hint when there is none)."""
        if finding is None:
            self.update(Content("No finding to show."))
        else:
            self.update_remembered(
                _key(analysis, finding, verdict),
                lambda: render_finding(analysis, finding, marks, verdict),
            )

    def prepare_finding(
        self, analysis: Analysis, finding: Finding, marks: Marks, verdict: Verdict
    ) -> None:
        """Get `finding` ready to be shown at once, as the next one the reader will ask for."""
        self.prepare(
            _key(analysis, finding, verdict),
            lambda: render_finding(analysis, finding, marks, verdict),
        )


def _key(analysis: Analysis, finding: Finding, verdict: Verdict) -> tuple[object, ...]:
    """What a finding's text depends on (the marks come with the analysis)."""
    return (id(analysis), finding.id, verdict.status, verdict.note)
