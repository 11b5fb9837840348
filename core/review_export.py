"""Exports of a review that an editor reads on their own: Markdown and JSON.

Both carry every finding with the evidence it rests on (each source's sentence, the claim's
span marked, the source's label and file name), the rule that fired, and the reviewer's
verdict and note. Both start the way dealview recognises its own files (`own_files`), so an
export moved among the articles, under any name, is never read as one.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .credits import Credits
from .kinds import KIND_NAMES, count_kinds, counts_sentence, shown_kind
from .models import Analysis, Claim, Finding, FindingValue
from .own_files import EXPORT_MARKER, starts_as_dealview_file
from .report_md import finding_credits, md_code, md_escape, quote, source_line, status_tag
from .review import REVIEW_SCHEMA_VERSION, Review, VerdictStatus
from .shown_names import json_for_terminal, shown_name
from .source_labels import relabel, source_labels

_SECTIONS: tuple[tuple[str, VerdictStatus | None], ...] = (
    ("Needs follow-up", "follow-up"),
    ("Confirmed", "confirmed"),
    ("Dismissed", "dismissed"),
    ("Not reviewed", None),
)
_VERDICT_NAMES = {
    "confirmed": "confirmed",
    "dismissed": "dismissed",
    "follow-up": "needs follow-up",
}


class ExportError(Exception):
    """An export that was not written; the message names the file and says why."""


def export_paths(review_path: Path) -> tuple[Path, Path]:
    """Return where the Markdown and JSON exports of the review at `review_path` go: beside
    it (`review.md`, `review-export.json`)."""
    return review_path.with_suffix(".md"), review_path.with_name(f"{review_path.stem}-export.json")


def export_markdown(analysis: Analysis, review: Review) -> str:
    """Return the review as Markdown an editor reads on its own: every finding, grouped by
    verdict, with its rule, the reviewer's verdict and note, and the sentence of every source
    it rests on (the claims in bold, the hedging or asserting words in italics)."""
    labels = source_labels(analysis.articles)
    topics = {t.id: t.label for t in analysis.topics}
    credits = Credits(analysis)
    done = review.reviewed(analysis.findings)
    lines = [
        EXPORT_MARKER,
        f"# dealview review: {len(analysis.articles)} articles",
        "",
        f"{done} / {len(analysis.findings)} findings reviewed. Exported {_now()}.",
        "",
        f"Findings: {counts_sentence(analysis.findings)}",
        "",
        "## Sources",
        "",
    ]
    for a in analysis.articles:
        title = f": {md_escape(a.title)}" if a.title else ""
        credited = credits.of_article(a.id)
        names = f"; credits {md_escape(', '.join(credited))}" if credited else ""
        lines.append(f"- **{md_escape(labels[a.id])}**, file {md_code(a.id)}{title}{names}")
    lines.append("")
    for heading, status in _SECTIONS:
        chosen = [f for f in analysis.findings if review.status(f) == status]
        if not chosen:
            continue
        lines += [f"## {heading} ({len(chosen)})", ""]
        for f in chosen:
            lines += _markdown_finding(analysis, review, f, labels, topics, credits)
    return "\n".join(lines).rstrip() + "\n"


def _markdown_finding(
    analysis: Analysis,
    review: Review,
    f: Finding,
    labels: dict[str, str],
    topics: dict[str, str],
    credits: Credits,
) -> list[str]:
    verdict = review.verdict(f)
    given = _VERDICT_NAMES[verdict.status] if verdict.status else "not reviewed"
    when = f" ({verdict.updated})" if verdict.status and verdict.updated else ""
    kind = KIND_NAMES[shown_kind(f)]
    lines = [
        f"### {kind[:1].upper()}{kind[1:]}: {md_escape(relabel(f.summary, labels))}",
        "",
        f"- Verdict: **{given}**{when}",
    ]
    if verdict.note:
        lines.append(f"- Note: {md_escape(verdict.note)}")
    shared = credits.shared(f)
    if shared is not None:
        lines.append(f"- ⚠ {md_escape(shared.line())}")
    explanation = f": {md_escape(relabel(f.explanation, labels))}" if f.explanation else ""
    lines.append(f"- Rule {md_code(f.rule)}{explanation}")
    if f.topic in topics:
        lines.append(f"- Topic: {md_escape(topics[f.topic])}")
    lines += ["", "Evidence:", ""]
    credited = finding_credits(credits, f)
    for value in _values(f):
        elsewhere = " (the same value elsewhere, read as another fact)" if value.elsewhere else ""
        lines.append(f"- **{md_escape(value.display)}**{elsewhere}")
        by_source: dict[str, list[tuple[Claim, str]]] = {}
        for art, _start, _end, group in analysis.evidence(value.claims):
            by_source.setdefault(art.id, []).append((group[0], quote(art.text, group)))
        for article, quotes in by_source.items():
            head = quotes[0][0]
            names = credited.get(article, [])
            if len(quotes) == 1:
                lines.append(f"  - {source_line(article, head, labels, names)}: {quotes[0][1]}")
            else:
                source = source_line(article, None, labels, names)
                lines.append(f"  - {source}, {len(quotes)} sentences:")
                lines += [f"    - {_tagged(c, q)}" for c, q in quotes]
    lines.append("")
    return lines


def _tagged(claim: Claim, quoted: str) -> str:
    """One sentence of evidence, after how its claim was stated ("(hedged, “aurait”) …")."""
    tag = status_tag(claim)
    return f"{tag} {quoted}" if tag else quoted


def _values(f: Finding) -> list[FindingValue]:
    """The finding's values, or one holding all its claims when it lists none."""
    if f.values:
        return f.values
    return [FindingValue(display=f.subject or f.kind, articles=[], claims=f.claims)]


def export_json(analysis: Analysis, review: Review) -> str:
    """Return the review as JSON: the findings counted by kind as the app counts them
    (`counts`), the sources (label, file, title, whom each credits), and every finding with
    its kind as the engine files it (`kind`) and as the app shows it (`shown_kind`), its
    summary with file names (`summary`) and with labels (`shown_summary`), whom its sources
    credit, its verdict, note, rule, and the claims it rests on (value, unit, text as written,
    span, source and sentence), not only their ids."""
    labels = source_labels(analysis.articles)
    topics = {t.id: t.label for t in analysis.topics}
    credits = Credits(analysis)
    data = {
        "schema_version": REVIEW_SCHEMA_VERSION,
        "kind": "dealview review export",
        "exported": _now(),
        "articles": review.articles,
        "counts": count_kinds(analysis.findings),
        "sources": [
            {
                "id": a.id,
                "label": labels[a.id],
                "path": a.path,
                "title": a.title,
                "credits": credits.of_article(a.id),
            }
            for a in analysis.articles
        ],
        "findings": [
            _json_finding(analysis, review, f, labels, topics, credits) for f in analysis.findings
        ],
    }
    return json_for_terminal(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _json_finding(
    analysis: Analysis,
    review: Review,
    f: Finding,
    labels: dict[str, str],
    topics: dict[str, str],
    credits: Credits,
) -> dict[str, Any]:
    shared = credits.shared(f)
    return {
        "key": f.key,
        "kind": f.kind,
        "shown_kind": shown_kind(f),
        "rule": f.rule,
        "summary": f.summary,
        "shown_summary": relabel(f.summary, labels),
        "explanation": f.explanation,
        "shared_credit": shared.line() if shared is not None else None,
        "credits": finding_credits(credits, f),
        "topic": topics.get(f.topic or "") if f.topic else None,
        **review.verdict(f).model_dump(include={"status", "note", "updated"}),
        "values": [
            {
                "display": v.display,
                "articles": v.articles,
                "claims": v.claims,
                "elsewhere": v.elsewhere,
            }
            for v in f.values
        ],
        "claims": [_json_claim(analysis, analysis.claim(cid), labels) for cid in f.claims],
    }


def _json_claim(analysis: Analysis, c: Claim, labels: dict[str, str]) -> dict[str, Any]:
    text = analysis.article(c.article).text
    return {
        "id": c.id,
        "source": labels.get(c.article, c.article),
        "article": c.article,
        "value": c.value,
        "unit": c.unit,
        "display": c.display,
        "text": c.text,
        "span": [c.start, c.end],
        "sentence": text[c.sentence_start : c.sentence_end],
        "status": c.status,
        "cue": c.cue,
    }


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def write_export(
    path: Path, text: str, ours: Callable[[Path], bool] = starts_as_dealview_file
) -> None:
    """Write an export (or another file dealview keeps) to `path`, atomically, making its
    folder if needed.

    A file already there is replaced only when dealview wrote it (`ours` says so: by default,
    it starts as an export does): a file of the user's, a link, or anything that is no regular
    file raises ExportError and is left as it is."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None and (not stat.S_ISREG(info.st_mode) or not ours(path)):
        raise ExportError(
            f"{shown_name(path)}: a file dealview did not write is already there; not replaced"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as any file the user makes, not mkstemp's 0600
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
