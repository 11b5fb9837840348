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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .models import Analysis, Claim, Finding, FindingValue
from .own_files import EXPORT_MARKER, starts_as_dealview_file
from .report_md import md_code, md_escape, quote
from .review import REVIEW_SCHEMA_VERSION, Review, VerdictStatus
from .shown_names import json_for_terminal, shown_name
from .source_labels import source_labels

_SECTIONS: tuple[tuple[str, VerdictStatus | None], ...] = (
    ("Needs follow-up", "follow-up"),
    ("Confirmed", "confirmed"),
    ("Dismissed", "dismissed"),
    ("Not reviewed", None),
)
_KIND_NAMES = {
    "contradiction": "Contradiction",
    "discrepancy": "Unresolved discrepancy",
    "agreement": "Agreement",
    "single-source": "Single source",
}
_STATUS_NAMES = {"asserted": "stated as fact", "attributed": "credited", "no-comment": "no comment"}
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
    done = review.reviewed(analysis.findings)
    lines = [
        EXPORT_MARKER,
        f"# dealview review: {len(analysis.articles)} articles",
        "",
        f"{done} / {len(analysis.findings)} findings reviewed. Exported {_now()}.",
        "",
        "## Sources",
        "",
    ]
    for a in analysis.articles:
        title = f": {md_escape(a.title)}" if a.title else ""
        lines.append(f"- **{md_escape(labels[a.id])}**, file {md_code(a.id)}{title}")
    lines.append("")
    for heading, status in _SECTIONS:
        chosen = [f for f in analysis.findings if review.status(f) == status]
        if not chosen:
            continue
        lines += [f"## {heading} ({len(chosen)})", ""]
        for f in chosen:
            lines += _markdown_finding(analysis, review, f, labels, topics)
    return "\n".join(lines).rstrip() + "\n"


def _markdown_finding(
    analysis: Analysis,
    review: Review,
    f: Finding,
    labels: dict[str, str],
    topics: dict[str, str],
) -> list[str]:
    verdict = review.verdict(f)
    given = _VERDICT_NAMES[verdict.status] if verdict.status else "not reviewed"
    when = f" ({verdict.updated})" if verdict.status and verdict.updated else ""
    lines = [
        f"### {_KIND_NAMES.get(f.kind, f.kind)}: {md_escape(f.summary)}",
        "",
        f"- Verdict: **{given}**{when}",
    ]
    if verdict.note:
        lines.append(f"- Note: {md_escape(verdict.note)}")
    explanation = f": {md_escape(f.explanation)}" if f.explanation else ""
    lines.append(f"- Rule {md_code(f.rule)}{explanation}")
    if f.topic in topics:
        lines.append(f"- Topic: {md_escape(topics[f.topic])}")
    lines += ["", "Evidence:", ""]
    for value in _values(f):
        elsewhere = " (the same value elsewhere, read as another fact)" if value.elsewhere else ""
        lines.append(f"- **{md_escape(value.display)}**{elsewhere}")
        by_source: dict[str, list[str]] = {}
        for art, _start, _end, group in analysis.evidence(value.claims):
            by_source.setdefault(art.id, []).append(_quoted(art.text, group))
        for article, quotes in by_source.items():
            source = f"**{md_escape(labels.get(article, article))}** ({md_code(article)})"
            if len(quotes) == 1:
                lines.append(f"  - {source}: {quotes[0]}")
            else:
                lines.append(f"  - {source}, {len(quotes)} sentences:")
                lines += [f"    - {q}" for q in quotes]
    lines.append("")
    return lines


def _quoted(text: str, group: list[Claim]) -> str:
    """One sentence of evidence, its claims in bold, with how it was stated when it was
    hedged, credited or denied, or a cue asserts it ("(hedged, “aurait”)")."""
    head = group[0]
    marks: list[str] = []
    if head.status != "asserted" or head.cue:
        marks.append(_STATUS_NAMES.get(head.status, head.status))
    if head.cue:
        marks.append(f"“{head.cue}”")
    tag = f"({md_escape(', '.join(marks))}) " if marks else ""
    return f"{tag}{quote(text, group)}"


def _values(f: Finding) -> list[FindingValue]:
    """The finding's values, or one holding all its claims when it lists none."""
    if f.values:
        return f.values
    return [FindingValue(display=f.subject or f.kind, articles=[], claims=f.claims)]


def export_json(analysis: Analysis, review: Review) -> str:
    """Return the review as JSON: the sources (label, file, title), and every finding with
    its verdict, note, rule, and the claims it rests on (value, unit, text as written, span,
    source and sentence), not only their ids."""
    labels = source_labels(analysis.articles)
    topics = {t.id: t.label for t in analysis.topics}
    data = {
        "schema_version": REVIEW_SCHEMA_VERSION,
        "kind": "dealview review export",
        "exported": _now(),
        "articles": review.articles,
        "sources": [
            {"id": a.id, "label": labels[a.id], "path": a.path, "title": a.title}
            for a in analysis.articles
        ],
        "findings": [_json_finding(analysis, review, f, labels, topics) for f in analysis.findings],
    }
    return json_for_terminal(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _json_finding(
    analysis: Analysis,
    review: Review,
    f: Finding,
    labels: dict[str, str],
    topics: dict[str, str],
) -> dict[str, Any]:
    return {
        "key": f.key,
        "kind": f.kind,
        "rule": f.rule,
        "summary": f.summary,
        "explanation": f.explanation,
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


def write_export(path: Path, text: str) -> None:
    """Write an export to `path`, atomically, making its folder if needed.

    A file already there is replaced only when dealview wrote it (an earlier export): a file
    of the user's, a link, or anything that is no regular file raises ExportError and is
    left as it is."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None and (not stat.S_ISREG(info.st_mode) or not starts_as_dealview_file(path)):
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
