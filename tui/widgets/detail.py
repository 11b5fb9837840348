"""The current finding in full: summary, rule, and the quoted evidence of every source."""

from __future__ import annotations

from textual.content import Content

from dealview.core.models import Analysis, Finding
from dealview.core.review import Verdict

from ..render import HEDGED_SYMBOL, STYLES, SYMBOLS, Marks, highlight, safe
from .text_view import TextView


def render_finding(analysis: Analysis, finding: Finding, marks: Marks, verdict: Verdict) -> Content:
    """Return the finding as lines: summary, rule, review, then each value and its quotes."""
    lines: list[Content] = [
        Content.assemble((f" {SYMBOLS[finding.kind]} {finding.kind} ", STYLES[finding.kind]))
        + Content(" ")
        + safe(finding.summary).stylize("bold"),
        Content.assemble(
            ("rule ", "dim"), (finding.rule, "bold"), ("  ", ""), (finding.explanation, "dim")
        ),
    ]
    review = verdict.status or "not reviewed"
    note = Content(" · note: ") + safe(verdict.note) if verdict.note else Content("")
    lines.append(Content.assemble(("review ", "dim"), (review, "bold")) + note)
    current = set(finding.claims)
    for value in finding.values:
        lines.append(Content(""))
        lines.append(Content("■ ").stylize("dim") + safe(value.display).stylize("bold"))
        for art, start, _end, group in analysis.evidence(value.claims):
            article_id = art.id
            head = group[0]
            tags = []
            if head.hedged:
                tags.append(f"{HEDGED_SYMBOL} hedged" + (f" “{head.cue}”" if head.cue else ""))
            elif head.status != "asserted":
                tags.append(head.status)
            label = safe("  " + article_id).stylize("bold")
            if tags:
                label += safe(" (" + ", ".join(tags) + ")").stylize("italic")
            in_sentence = [
                c for c in analysis.claims_of(article_id) if start <= c.start < head.sentence_end
            ]
            quote = highlight(art, start, head.sentence_end, in_sentence, marks, current=current)
            lines.append(label)
            lines.append(Content("    ") + quote)
    return Content("\n").join(lines)


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
