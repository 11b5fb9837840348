"""Cutting an article into lines, passages, sentences and clauses, with exact offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .boilerplate import LineVerdict, classify_line, is_caption_candidate
from .calendar_words import MONTHS_ABBREVIATED
from .furniture import is_bare_reading_time, is_kicker, is_known_kicker
from .models import Boilerplate, Passage, Sentence, rebuilt
from .textnorm import fold
from .titles import is_headline_like

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_BULLET_RE = re.compile(r"^(?:[-*•–—]|\d{1,2}[.)])\s+")
_HEADING_MARK_RE = re.compile(r"^#{1,6}\s+")
_TERMINAL = tuple('.!?…:;»"”)')

_ABBREVIATIONS = frozenset(
    """
        m mm mme mmes mlle mlles dr pr me st ste mr mrs ms jr sr inc corp ltd co cf vs no n°
        p pp env av fig vol ed gen col lt sgt sen rep gov prof approx dept est aout ca chap art al
    """.split()
) | frozenset(MONTHS_ABBREVIATED)
_BOUNDARY_RE = re.compile(r"(?:[.!?]+|…)(?:[\u00a0\u202f ]?[»\"”’)\]])*(?=\s+)")
_NEXT_START_RE = re.compile(r"\s+(?=[A-ZÀ-ÝŒ0-9«\"“'(\[-])")
_RELATIVE_RE = re.compile(r",\s+(?=(?:which|who|qui|dont|lequel|laquelle)\b)", re.I)
_NEW_SUBJECT = (
    r"(?:le|la|les|un|une|des|il|elle|ils|elles|on|ce|cette|ces|son|sa|ses|leur|leurs|"
    r"the|a|an|it|they|he|she|we|its|their|his|her|this|these|those|(?-i:[A-Z])\w*)\b|l['’]\w"
)
"""A clause's new subject after "et", "and", "as": a determiner, a pronoun or a name."""
_CLAUSE_RE = re.compile(
    r"\s*;\s*|(?<!\d)\s:\s|\s[—–]\s"
    r"|,\s+(?=(?:mais|tandis|alors qu|lorsqu|quand|ce qui|ce que|bien qu|quoiqu|cependant|"
    r"pourtant|but|while|whereas|when|which|although|though|however)\b)"
    # ", et les travaux pourraient…", ", and the plant could…": a new subject.
    # Not ", and Nike": a name after a serial comma ends a list ("Acme, Bolt, and Nike").
    rf"|,\s+(?=(?:et\s+(?:{_NEW_SUBJECT})|and\s+(?!(?-i:[A-Z]))(?:{_NEW_SUBJECT})))"
    # ", as the pilots began…" (as = while): not "as a result", "as the first", "as well".
    r"|,\s+(?=as\s+(?!(?:a|an|well|of|much|many|part|such|expected|usual|planned|reported|"
    r"announced|long|soon|far|if|though|opposed|per|for|to|in|at|on|with|one|the\s+"
    r"(?:first|second|third|last|only|largest|biggest|main|result|same|latter|former))\b)"
    rf"(?:{_NEW_SUBJECT}))",
    re.I,
)


@dataclass(frozen=True)
class Line:
    """One line of an article, without its line break."""

    start: int
    end: int


def split_lines(text: str) -> list[Line]:
    """Return every line of `text` (LF, CRLF or CR endings) as offsets without the break."""
    out = []
    for m in _LINE_RE.finditer(text):
        if m.start() == len(text) and m.end() == m.start():
            break
        body = m.group(0).rstrip("\r\n")
        out.append(Line(m.start(), m.start() + len(body)))
    return out


DATE_LINE_TOP = 6
"""A line that is only a date is the page's date stamp among the first lines this many."""

_COMMENTS_HEADER = re.compile(
    r"^(?:\d+\s+)?(?:commentaires?|comments?|reactions?|responses?|reponses?)\s*(?:\(\d+\))?$"
)
"""The header of a thread of readers' comments: "Comments (12)", "8 commentaires"."""


def find_boilerplate(text: str, lines: list[Line]) -> tuple[list[Boilerplate], dict[str, str]]:
    """Return the boilerplate lines of an article and the metadata read from them.

    A text of a single line has no page furniture: "14/03/2025" alone is a date to read.
    """
    spans: list[Boilerplate] = []
    metadata: dict[str, str] = {}
    flagged: set[int] = set()
    filled = (line for line in lines if text[line.start : line.end].strip())
    several = next(filled, None) is not None and next(filled, None) is not None
    seen = 0
    in_comments = False
    content_seen = False
    for i, line in enumerate(lines):
        body = text[line.start : line.end]
        if body.strip():
            seen += 1
        verdict = classify_line(body, several)
        if verdict is None and several and seen <= DATE_LINE_TOP and body.strip():
            verdict = _top_furniture(text, lines, i, content_seen)
        if verdict is None and body.strip():
            content_seen = True
        if in_comments and body.strip() and (verdict is None or verdict.reason == "date line"):
            verdict = LineVerdict("reader comment")
        if verdict is None or (verdict.reason == "date line" and seen > DATE_LINE_TOP):
            continue  # a date alone further down heads a part of a chronology
        if line.start > len(text) // 2 and _COMMENTS_HEADER.match(fold(body.strip())):
            in_comments = True  # readers' comments follow the article: none of them is a claim
        flagged.add(i)
        spans.append(Boilerplate(start=line.start, end=line.end, reason=verdict.reason))
        if verdict.metadata:
            key, value = verdict.metadata
            metadata.setdefault(key, value)
        furniture = verdict.furniture
        if furniture is not None:
            for key, stamp in (
                ("published", furniture.published),
                ("updated", furniture.updated),
                ("dated", furniture.dated),
            ):
                if stamp is not None:
                    metadata.setdefault(key, stamp.iso())
        if verdict.reason == "image credit":
            j = i - 1
            while j >= 0 and not text[lines[j].start : lines[j].end].strip():
                j -= 1
            if (
                j >= 0
                and j not in flagged
                and is_caption_candidate(text[lines[j].start : lines[j].end])
            ):
                flagged.add(j)
                spans.append(
                    Boilerplate(start=lines[j].start, end=lines[j].end, reason="image caption")
                )
    spans.sort(key=lambda b: b.start)
    return spans, metadata


def _next_filled(text: str, lines: list[Line], i: int) -> tuple[int, str]:
    for j in range(i + 1, len(lines)):
        body = text[lines[j].start : lines[j].end]
        if body.strip():
            return j, body
    return len(lines), ""


def _top_furniture(text: str, lines: list[Line], i: int, content_seen: bool) -> LineVerdict | None:
    """Return the verdict of a line among a page's first lines that is furniture by its place:
    a reading time written alone ("2 min"), or a kicker above the headline ("Afrique", "FLASH
    INFO"), i.e. a short label before any content line and followed by a headline-like line."""
    body = text[lines[i].start : lines[i].end]
    if is_bare_reading_time(body):
        return LineVerdict("reading time")
    if content_seen or not is_kicker(body):
        return None
    j, following = _next_filled(text, lines, i)
    if not is_headline_like(following) or classify_line(following) is not None:
        return None
    # The headline stands alone: no lower-case continuation of a hard-wrapped paragraph on
    # the next line; after a kicker neither in capitals nor a known section ("Afrique"), the
    # headline ends with no full stop and is followed by a blank line or by furniture.
    after = text[lines[j + 1].start : lines[j + 1].end] if j + 1 < len(lines) else ""
    if after.strip()[:1].islower():
        return None
    if not is_known_kicker(body) and (
        following.rstrip().endswith(".") or (after.strip() and classify_line(after) is None)
    ):
        return None
    return LineVerdict("section label")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading_like(body: str) -> bool:
    return len(body) <= 110 and len(body.split()) <= 16 and not body.endswith(_TERMINAL)


def find_passages(
    article_id: str, text: str, lines: list[Line], boilerplate: list[Boilerplate]
) -> list[Passage]:
    """Return the passages of an article: its title, headings, list items and paragraphs.

    Hard-wrapped lines (one that does not end a sentence followed by one that starts in lower
    case) are joined into one paragraph.
    """
    skip = {(b.start, b.end) for b in boilerplate}
    blocks: list[tuple[int, int, str]] = []  # start, end, kind
    prev_joinable = False
    for line in lines:
        if (line.start, line.end) in skip:
            prev_joinable = False
            continue
        start, end = _trimmed(text, line.start, line.end)
        if start == end:
            prev_joinable = False
            continue
        body = text[start:end]
        kind = "paragraph"
        marker = _HEADING_MARK_RE.match(body)
        bullet = _BULLET_RE.match(body)
        if marker:
            kind, start = "heading", start + marker.end()
        elif bullet:
            kind, start = "list-item", start + bullet.end()
        elif _is_heading_like(body):
            kind = "heading"
        if (
            prev_joinable
            and kind in {"paragraph", "heading"}
            and body[:1].islower()
            and blocks
            and blocks[-1][2] in {"paragraph", "heading"}
        ):
            blocks[-1] = (blocks[-1][0], end, "paragraph")
        else:
            if kind == "heading" and body[:1].islower():
                kind = "paragraph"
            blocks.append((start, end, kind))
        prev_joinable = not text[start:end].endswith(_TERMINAL)
    passages = []
    for n, (start, end, kind) in enumerate(blocks):
        if n == 0 and kind == "heading":
            kind = "title"
        fields = {"id": f"{article_id}:p{n}", "article": article_id, "start": start, "end": end}
        passages.append(rebuilt(Passage, {**fields, "kind": kind}))
    return passages


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the sentences of `text[start:end]` as absolute offsets.

    Abbreviations ("M.", "Mme", "É.-U.", initials), decimals ("4,5", "4.5") and guillemets do not
    end a sentence; a sentence ends after its closing quote.
    """
    out = []
    cur = start
    segment = text[start:end]
    for m in _BOUNDARY_RE.finditer(segment):
        stop = start + m.end()
        gap = _NEXT_START_RE.match(text, stop, end)
        if not gap:
            continue
        if m.group(0).startswith(".") and not m.group(0).startswith(".."):
            before = text[cur : start + m.start()]
            last = before.rsplit(None, 1)[-1] if before.split() else ""
            last = fold(last.lstrip("(«\"“'"))
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or "." in last:
                continue
        s, e = _trimmed(text, cur, stop)
        if s < e:
            out.append((s, e))
        cur = gap.end()
    s, e = _trimmed(text, cur, end)
    if s < e:
        out.append((s, e))
    return out


def sentences_of(article_id: str, text: str, passages: list[Passage]) -> list[Sentence]:
    """Return every sentence of every passage, in reading order."""
    # Built as they are (article ids, passage ids and offsets need no validation), in the
    # compact layout: a corpus has hundreds of thousands of sentences.
    return [
        rebuilt(Sentence, {"article": article_id, "passage": p.id, "start": s, "end": e})
        for p in passages
        for s, e in split_sentences(text, p.start, p.end)
    ]


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the clauses of a sentence: parts cut at semicolons, colons, dashes, contrast or
    time (", tandis que", ", while", ", lorsque"), a new subject after ", et", ", and", ", as"
    (", et les travaux pourraient…"), and around relative clauses set off by commas ("The deal,
    which values X at $62, is expected…").

    A hedge or an attribution is scoped to its clause ("X a signé, mais Y pourrait…").
    """
    cuts: list[tuple[int, int]] = [
        (m.start(), m.end()) for m in _CLAUSE_RE.finditer(text, start, end)
    ]
    for m in _RELATIVE_RE.finditer(text, start, end):
        close = text.find(",", m.end(), end)
        cuts.append((m.start(), m.start() + 1))
        if close != -1:
            cuts.append((close, close + 1))
    out = []
    cur = start
    for s, e in sorted(set(cuts)):
        if s < cur:
            continue
        if s > cur:
            out.append((cur, s))
        cur = e
    if cur < end:
        out.append((cur, end))
    return [(s, e) for s, e in out if text[s:e].strip()] or [(start, end)]
