"""The Markdown report: what an editor reads, findings by topic, contradictions first, then the
discrepancies left unresolved, each with the quoted evidence from every source (the figures in
bold, the words that hedge or assert them in italics)."""

from __future__ import annotations

import re
from collections import defaultdict

from .credits import Credits
from .kinds import KIND_ORDER, KIND_TITLES, counts_sentence, shown_kind, status_name
from .models import Analysis, Claim, Finding
from .sanitize import visible
from .shown_names import shown_name
from .source_labels import relabel, source_labels

QUOTE_MAX = 320
"""Longest quote, in characters, around a claim; longer sentences are cut with an ellipsis."""

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_SPACES = re.compile(r"\s+")
_BACKTICKS = re.compile(r"`+")
_KIND_INTROS = {
    "discrepancy": "Values that differ about what looks like one fact, where something that "
    "would settle it (the trading session, the period, who counted, whom the figure is about) "
    "is not given by every source. Not contradictions: check what each source measured.",
    "certainty": "One source states as fact what another reports as unconfirmed (in the "
    "conditional, or credited to someone). Not a contradiction of value: check who confirmed it.",
}
"""A line under a kind's heading, for kinds a reader could take for another."""


def kind_counts(analysis: Analysis) -> str:
    """Return the findings counted by kind as the app counts them, as a sentence: "2
    contradictions, 1 certainty divergence, 6 agreements, 14 single-source." (unresolved
    discrepancies and certainty divergences only if any)."""
    return counts_sentence(analysis.findings)


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


def source_line(
    article: str,
    claim: Claim | None,
    labels: dict[str, str],
    credited: list[str],
) -> str:
    """Return how a source is named above its quote, as the app names it: its label in bold,
    its file name, how `claim` is stated (hedged, with its cue; nothing when `claim` is None)
    and whom it credits: "**Le Monde** (`002.txt`) (hedged, “aurait”) · credits Wall Street
    Journal"."""
    tag = status_tag(claim) if claim is not None else ""
    tag = f" {tag}" if tag else ""
    names = f" · credits {md_escape(', '.join(credited))}" if credited else ""
    label = md_escape(labels.get(article, article))
    return f"**{label}** ({md_code(article)}){tag}{names}"


def status_tag(claim: Claim) -> str:
    """Return how a quoted claim is stated, as the app says it: "(hedged, “aurait”)", "(stated
    as fact, “a conclu”)", escaped for Markdown; "" for a claim stated as fact with no cue."""
    name = status_name(claim.status, claim.hedged, claim.cue)
    if name is None:
        return ""
    cue = f", “{claim.cue}”" if claim.cue else ""
    return f"({md_escape(name + cue)})"


def finding_credits(credits: Credits, f: Finding) -> dict[str, list[str]]:
    """Return whom each source of `f` credits for it, by article id, as the app says it."""
    by_article: dict[str, list[str]] = {}
    for origin, articles in credits.origins(f).items():
        for article in articles:
            by_article.setdefault(article, []).append(credits.name(origin))
    return by_article


def _finding_block(
    analysis: Analysis, f: Finding, labels: dict[str, str], credits: Credits
) -> list[str]:
    lines = [f"#### {md_escape(relabel(f.summary, labels))}", ""]
    shared = credits.shared(f)
    if shared is not None:
        lines += [f"**⚠ {md_escape(shared.line())}**", ""]
    explanation = md_escape(relabel(f.explanation, labels))
    lines += [f"*Rule `{f.rule}`: {explanation}*" if explanation else f"*Rule `{f.rule}`*", ""]
    credited = finding_credits(credits, f)
    for value in f.values:
        elsewhere = " (the same value elsewhere, read as another fact)" if value.elsewhere else ""
        lines.append(f"- **{md_escape(value.display)}**{elsewhere}")
        for art, _start, _end, group in analysis.evidence(value.claims):
            source = source_line(art.id, group[0], labels, credited.get(art.id, []))
            lines.append(f"  - {source}: {quote(art.text, group)}")
    lines.append("")
    return lines


def render_markdown(analysis: Analysis) -> str:
    """Return the analysis as a Markdown report: the findings counted and grouped by kind as
    the app shows them, sources named by the app's labels, with whom each credits."""
    topic_label = {t.id: t.label for t in analysis.topics}
    labels = source_labels(analysis.articles)
    credits = Credits(analysis)
    out = [f"# dealview report: {len(analysis.articles)} articles", "", kind_counts(analysis), ""]
    for notice in analysis.notices:
        out += [f"> {md_escape(relabel(notice, labels))}", ""]
    out += [
        "## Sources",
        "",
        "| source | file | title | language | decoded as | credits |",
        "|---|---|---|---|---|---|",
    ]
    for a in analysis.articles:
        credited = ", ".join(md_escape(x) for x in credits.of_article(a.id)) or "—"
        name = md_code(a.id, in_table=True)
        label = md_escape(labels[a.id])
        out.append(
            f"| {label} | {name} | {md_escape(a.title)} | {a.language} | {a.encoding} "
            f"| {credited} |"
        )
    out.append("")
    for kind in KIND_ORDER:
        findings = [f for f in analysis.findings if shown_kind(f) == kind]
        if not findings:
            continue
        out += [f"## {KIND_TITLES[kind]} ({len(findings)})", ""]
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
                out += _finding_block(analysis, f, labels, credits)
    return "\n".join(out).rstrip() + "\n"
