"""The Markdown report: what an editor reads, findings by topic, contradictions first, then the
discrepancies left unresolved, each with the quoted evidence from every source (the figures in
bold, the words that hedge or assert them in italics)."""

from __future__ import annotations

import re
from collections import defaultdict

from .models import Analysis, Claim, Finding
from .sanitize import visible
from .shown_names import shown_name

QUOTE_MAX = 320
"""Longest quote, in characters, around a claim; longer sentences are cut with an ellipsis."""

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_SPACES = re.compile(r"\s+")
_BACKTICKS = re.compile(r"`+")
_KIND_TITLES = (
    ("contradiction", "Contradictions"),
    ("discrepancy", "Unresolved discrepancies"),
    ("agreement", "Agreements"),
    ("single-source", "Single-source claims"),
)
_KIND_NOUNS = {
    "contradiction": ("contradiction", "contradictions"),
    "discrepancy": ("unresolved discrepancy", "unresolved discrepancies"),
    "agreement": ("agreement", "agreements"),
    "single-source": ("single-source claim", "single-source claims"),
}
_KIND_INTROS = {
    "discrepancy": "Values that differ about what looks like one fact, where something that "
    "would settle it (the trading session, the period, who counted, whom the figure is about) "
    "is not given by every source. Not contradictions: check what each source measured.",
}
"""A line under a kind's heading, for kinds a reader could take for another."""


def kind_counts(analysis: Analysis) -> str:
    """Return the findings counted by kind, as a sentence: "3 contradictions, 2 unresolved
    discrepancies, 7 agreements, 11 single-source claims." (discrepancies only if any)."""
    counts = {k: 0 for k, _t in _KIND_TITLES}
    for f in analysis.findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    parts = [
        f"{n} {_KIND_NOUNS[kind][n != 1]}"
        for kind, n in counts.items()
        if n or kind != "discrepancy"
    ]
    return ", ".join(parts) + "."


def md_escape(text: str) -> str:
    """Return untrusted text safe to put in Markdown: visible controls, escaped markup."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", visible(text)))


def md_code(name: str, in_table: bool = False) -> str:
    """Return a file name or article id as a Markdown code span: controls visible and on one
    line (`shown_name`), fenced with more backticks than it holds, `|` escaped in a table."""
    shown = shown_name(name)
    longest = max((len(run) for run in _BACKTICKS.findall(shown)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") else ""
    if in_table:
        shown = shown.replace("|", "\\|")
    return f"{fence}{pad}{shown}{pad}{fence}"


def quote(text: str, claims: list[Claim]) -> str:
    """Return the sentence of `claims` (all from one sentence) with each claim in bold and the
    words that set its status (a hedge, an asserting verb) in italics."""
    claims = sorted(claims, key=lambda c: c.start)
    first, last = claims[0], claims[-1]
    s, e = first.sentence_start, first.sentence_end
    if not (s <= first.start and last.end <= e):
        s, e = first.start, last.end
    if e - s > QUOTE_MAX:
        room = max(0, QUOTE_MAX - (last.end - first.start)) // 2
        s, e = max(s, first.start - room), min(e, last.end + room)
    bold: list[tuple[int, int]] = []
    for c in claims:
        if not bold or c.start >= bold[-1][1]:
            bold.append((c.start, c.end))
    marked = [(a, b, "**") for a, b in bold] + [
        (a, b, "*") for a, b in _cue_pieces(text, claims, s, e, bold)
    ]
    parts, pos = [], s
    for a, b, mark in sorted(marked):
        parts.append(md_escape(text[pos:a]))
        parts.append(f"{mark}{md_escape(text[a:b]).strip()}{mark}")
        pos = b
    parts.append(md_escape(text[pos:e]))
    lead = "…" if s > first.sentence_start else ""
    tail = "…" if e < first.sentence_end else ""
    return f"{lead}{''.join(parts).strip()}{tail}"


def _cue_pieces(
    text: str, claims: list[Claim], s: int, e: int, bold: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The stretches of the claims' cues to put in italics between `s` and `e`: outside the
    bold claims, trimmed of spaces, none touching a bold claim or another cue (Markdown could
    not tell the marks apart), each once."""
    pieces: set[tuple[int, int]] = set()
    for c in claims:
        if c.cue_start is None or c.cue_end is None:
            continue
        cuts = [(max(c.cue_start, s), min(c.cue_end, e))]
        for x, y in bold:
            cuts = [p for a, b in cuts for p in ((a, min(b, x)), (max(a, y), b)) if p[0] < p[1]]
        for a, b in cuts:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                pieces.add((a, b))
    taken = [(a, b) for a, b in bold]
    kept: list[tuple[int, int]] = []
    for a, b in sorted(pieces):
        if all(b < x or a > y for x, y in taken):
            kept.append((a, b))
            taken.append((a, b))
    return kept


def _finding_block(analysis: Analysis, f: Finding, credited: dict[str, str]) -> list[str]:
    lines = [
        f"#### {md_escape(f.summary)}",
        "",
        f"*Rule `{f.rule}`: {shown_name(f.explanation)}*",
        "",
    ]
    for value in f.values:
        elsewhere = " (the same value elsewhere, read as another fact)" if value.elsewhere else ""
        lines.append(f"- **{md_escape(value.display)}**{elsewhere}")
        for art, _start, _end, group in analysis.evidence(value.claims):
            article = art.id
            head = group[0]
            marks: list[str] = []
            if head.status != "asserted" or head.cue:
                marks.append(head.status)
            if head.cue:
                marks.append(f"“{head.cue}”")
            if head.attribution:
                marks.append(f"credits {credited.get(head.attribution, head.attribution)}")
            tag = f" ({md_escape(', '.join(marks))})" if marks else ""
            lines.append(f"  - {md_code(article)}{tag}: {quote(art.text, group)}")
    lines.append("")
    return lines


def analysis_display(analysis: Analysis, key: str) -> str:
    """Return how a name key is shown, as the attributions of the analysis write it."""
    return _attribution_names(analysis).get(key, key)


def _attribution_names(analysis: Analysis) -> dict[str, str]:
    """How each credited name key is written (its first attribution's display)."""
    names: dict[str, str] = {}
    for c in analysis.claims:
        if c.kind == "attribution" and isinstance(c.value, str):
            names.setdefault(c.value, c.display)
    return names


def render_markdown(analysis: Analysis) -> str:
    """Return the analysis as a Markdown report."""
    topic_label = {t.id: t.label for t in analysis.topics}
    credited_names = _attribution_names(analysis)
    out = [f"# dealview report: {len(analysis.articles)} articles", "", kind_counts(analysis), ""]
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
        name = md_code(a.id, in_table=True)
        out.append(f"| {name} | {md_escape(a.title)} | {a.language} | {a.encoding} | {credited} |")
    out.append("")
    for kind, title in _KIND_TITLES:
        findings = [f for f in analysis.findings if f.kind == kind]
        if not findings:
            continue
        out += [f"## {title}", ""]
        if kind in _KIND_INTROS:
            out += [f"*{_KIND_INTROS[kind]}*", ""]
        by_topic: dict[str | None, list[Finding]] = defaultdict(list)
        for f in findings:
            by_topic[f.topic].append(f)
        order = [t.id for t in analysis.topics] + [None]
        for tid in sorted(by_topic, key=lambda t: order.index(t) if t in order else len(order)):
            label = topic_label.get(tid, "No topic") if tid else "Across topics"
            out += [f"### {md_escape(label)}", ""]
            for f in by_topic[tid]:
                out += _finding_block(analysis, f, credited_names)
    return "\n".join(out).rstrip() + "\n"
