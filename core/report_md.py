"""The Markdown report: what an editor reads, findings by topic, contradictions first, each with
the quoted evidence from every source."""

from __future__ import annotations

import re
from collections import defaultdict

from .models import Analysis, Claim, Finding
from .sanitize import visible

QUOTE_MAX = 320
"""Longest quote, in characters, around a claim; longer sentences are cut with an ellipsis."""

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_SPACES = re.compile(r"\s+")
_KIND_TITLES = (
    ("contradiction", "Contradictions"),
    ("discrepancy", "Unresolved discrepancies"),
    ("agreement", "Agreements"),
    ("single-source", "Single-source claims"),
)


def md_escape(text: str) -> str:
    """Return untrusted text safe to put in Markdown: visible controls, escaped markup."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", visible(text)))


def quote(text: str, claims: list[Claim]) -> str:
    """Return the sentence of `claims` (all from one sentence) with each claim in bold."""
    claims = sorted(claims, key=lambda c: c.start)
    first, last = claims[0], claims[-1]
    s, e = first.sentence_start, first.sentence_end
    if not (s <= first.start and last.end <= e):
        s, e = first.start, last.end
    if e - s > QUOTE_MAX:
        room = max(0, QUOTE_MAX - (last.end - first.start)) // 2
        s, e = max(s, first.start - room), min(e, last.end + room)
    parts, pos = [], s
    for c in claims:
        if c.start < pos:
            continue
        parts.append(md_escape(text[pos : c.start]))
        parts.append(f"**{md_escape(text[c.start : c.end]).strip()}**")
        pos = c.end
    parts.append(md_escape(text[pos:e]))
    lead = "…" if s > first.sentence_start else ""
    tail = "…" if e < first.sentence_end else ""
    return f"{lead}{''.join(parts).strip()}{tail}"


def _finding_block(analysis: Analysis, f: Finding) -> list[str]:
    lines = [f"#### {md_escape(f.summary)}", "", f"*Rule `{f.rule}`: {f.explanation}*", ""]
    for value in f.values:
        lines.append(f"- **{md_escape(value.display)}**")
        for art, _start, _end, group in analysis.evidence(value.claims):
            article = art.id
            head = group[0]
            marks: list[str] = []
            if head.status != "asserted":
                marks.append(head.status)
            if head.cue:
                marks.append(f"“{head.cue}”")
            if head.attribution:
                marks.append(f"credits {analysis_display(analysis, head.attribution)}")
            tag = f" ({md_escape(', '.join(marks))})" if marks else ""
            lines.append(f"  - `{article}`{tag}: {quote(art.text, group)}")
    lines.append("")
    return lines


def analysis_display(analysis: Analysis, key: str) -> str:
    """Return how a name key is shown, as the attributions of the analysis write it."""
    for c in analysis.claims:
        if c.kind == "attribution" and c.value == key:
            return c.display
    return key


def render_markdown(analysis: Analysis) -> str:
    """Return the analysis as a Markdown report."""
    topic_label = {t.id: t.label for t in analysis.topics}
    counts = {k: sum(1 for f in analysis.findings if f.kind == k) for k, _t in _KIND_TITLES}
    out = [
        f"# dealview report: {len(analysis.articles)} articles",
        "",
        f"{counts['contradiction']} contradictions, {counts['agreement']} agreements, "
        f"{counts['single-source']} single-source claims.",
        "",
    ]
    for notice in analysis.notices:
        out += [f"> {md_escape(notice)}", ""]
    out += [
        "## Sources",
        "",
        "| id | title | language | decoded as | credits |",
        "|---|---|---|---|---|",
    ]
    credits: dict[str, list[str]] = defaultdict(list)
    for c in analysis.claims:
        if c.kind == "attribution" and c.display not in credits[c.article]:
            credits[c.article].append(c.display)
    for a in analysis.articles:
        credited = ", ".join(md_escape(x) for x in credits[a.id]) or "—"
        out.append(
            f"| `{a.id}` | {md_escape(a.title)} | {a.language} | {a.encoding} | {credited} |"
        )
    out.append("")
    for kind, title in _KIND_TITLES:
        findings = [f for f in analysis.findings if f.kind == kind]
        if not findings:
            continue
        out += [f"## {title}", ""]
        by_topic: dict[str | None, list[Finding]] = defaultdict(list)
        for f in findings:
            by_topic[f.topic].append(f)
        order = [t.id for t in analysis.topics] + [None]
        for tid in sorted(by_topic, key=lambda t: order.index(t) if t in order else len(order)):
            label = topic_label.get(tid, "No topic") if tid else "Across topics"
            out += [f"### {md_escape(label)}", ""]
            for f in by_topic[tid]:
                out += _finding_block(analysis, f)
    return "\n".join(out).rstrip() + "\n"
