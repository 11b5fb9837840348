"""Recognising the furniture lines of a news page: stamps, bylines, reading times, comment and
share counts, badges and section labels ("Économie · Par la rédaction · 7 min de lecture").

A line is furniture only when the whole of it is made of such parts, so a sentence of the
article that starts like a stamp ("Mis à jour en 2024, le plan prévoit…") stays content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture_words import (
    AGENCIES,
    BADGES,
    BYLINE_OPENERS,
    COUNT_NOUNS,
    DESK_WORDS,
    NAME_CONNECTORS,
    READING_WORDS,
    SECTION_LABELS,
    SHARE_WORDS,
)
from .phrases import literal_alternation
from .stamps import Stamp, read_datetime, read_stamp
from .textnorm import fold

_LABELS_AND_BADGES = SECTION_LABELS | BADGES
"""Section labels and badges: a line that is one of them is furniture."""
MAX_LINE = 200
"""Longest line taken for furniture."""
MAX_PART_WORDS = 12
"""Most words in one part of a furniture line ("Publié le jeudi 15 mai 2025 à 10 h 32")."""
MAX_WORDS = 30
"""Most words in a furniture line (a strip of stamp, byline, reading time and labels)."""

_SEPARATOR_RE = re.compile(
    r"\s*[|·•‧∙]\s*|\s+[-–—]\s+|\s{3,}"
    r"|,?\s+(?=(?:Publié|Published|Mis à jour|Mise à jour|Modifié|Actualisé|Updated|Last updated)"
    r"\b)"
    r"|,\s+(?=(?:mis à jour|mise à jour|modifié|actualisé|updated|last updated|publié|publiée"
    r"|published|first published|posted|mis en ligne)\b)"
)
"""Where a furniture strip is cut: "·", "|", "•", spaced dashes, wide gaps, and before a
stamp ("Par Jeanne Morel Publié le …", "Publié le …, modifié le …", "Radio X, publié le …")."""
_PAYWALL_RE = re.compile(
    r"^(?:il vous reste \d{1,3}\s?% de cet article a (?:lire|decouvrir)"
    r"|(?:la suite de |cet )?(?:cet )?article (?:est )?reserve aux abonnes"
    r"|la suite est reservee aux abonnes"
    r"|(?:this|the rest of this) (?:article|story) is (?:for|available to) subscribers(?: only)?"
    r"|you have \d+ free articles? (?:left|remaining)(?: this month)?"
    r"|(?:ecouter|listen to) (?:cet article|this article|this story)(?:\s*\d{1,2}[:.]\d\d)?"
    r"(?:\s*min)?"
    r"|(?:offrir|gift|save|sauvegarder|lire plus tard|read later|ajouter a (?:vos|mes) "
    r"selections)(?: cet article| this article)?)[.!]?$"
)
"""Paywall notes and article buttons ("Il vous reste 80 % de cet article à lire")."""


_READING = literal_alternation(READING_WORDS)
_READING_RE = re.compile(
    rf"^(?:(?:{_READING})\s*:?\s*(?:env(?:iron|\.)?\s+|about\s+|~\s*)?\d{{1,3}}\s*"
    r"(?:min(?:ute)?s?|mn)\.?"
    r"|(?:env(?:iron|\.)?\s+|about\s+|~\s*)?(?:\d{1,3}|moins d'une|une|less than a|a|one)"
    r"(?:\s*-\s*|\s*)(?:min(?:ute)?s?|mn)\.?\s+(?:de lecture|read|reading|to read|lecture)"
    rf"|(?:{_READING})\s+(?:de\s+)?\d{{1,3}}\s*(?:min(?:ute)?s?|mn)\.?)$"
)
_BARE_READING_RE = re.compile(
    r"^(?:env(?:iron|\.)?\s+|about\s+|~\s*)?\d{1,2}\s*(?:min(?:ute)?s?|mn)\.?$"
)
"""A reading time written alone ("2 min"): furniture in a strip or among a page's first
lines, a duration anywhere else."""
_COUNT = literal_alternation(COUNT_NOUNS)
_COUNT_RE = re.compile(
    rf"^(?:\d[\d\s.,]*k?\s*(?:{_COUNT})|(?:{_COUNT}|partager)\s*[:(]?\s*\d[\d\s.,]*k?\s*\)?"
    rf"(?:\s*(?:{_COUNT}))?)$"
)
_SHARE_RE = re.compile(rf"^(?:(?:{literal_alternation(SHARE_WORDS)})\s*[:,/]?\s*)+$")
_AGENCY = literal_alternation(AGENCIES)
_WITH_AGENCY_RE = re.compile(
    rf"^(?:.{{1,40}}\s)?\(?(?:avec|with|et|and)\s+(?:l'|l’)?(?:{_AGENCY})\)?$"
    rf"|^\(?(?:{_AGENCY})\)?$"
)
_BYLINE_RE = re.compile(
    rf"^(?:{literal_alternation(BYLINE_OPENERS)})\s*:?\s+(?P<names>.+)$", re.IGNORECASE
)
_CREDIT_RE = re.compile(
    r"^\((?:(?:additional|with|avec)\s+)?(?:reporting|writing|editing|edited|compiled|"
    r"reported|redaction|redige|edition|traduction|translated)\s+(?:by|from|in|par|de|a)\b"
    r"[^()\d]{1,160}(?<![.!?])\)$"
)
"""A wire story's credit line: "(Reporting by …; Editing by …)"."""
_WORD_RE = re.compile(r"[\w'’.&-]+|,")
_LETTERS_RE = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Furniture:
    """Why a line is furniture, and the stamps read from it."""

    reason: str
    published: Stamp | None = None
    updated: Stamp | None = None
    dated: Stamp | None = None
    """A bare date line ("May 15, 2025"): the page's date when no stamp says more."""


_PRIORITY = (
    "publication stamp",
    "byline",
    "reading time",
    "comment or share count",
    "share buttons",
    "subscriber badge",
    "date line",
    "section label",
)


def _is_byline_names(names: str, in_strip: bool) -> bool:
    tokens = _WORD_RE.findall(names)
    if not tokens or len(tokens) > 12:
        return False
    capitalised = 0
    desk = False
    for tok in tokens:
        f = fold(tok)
        if tok[:1].isupper():
            capitalised += 1
        elif f in DESK_WORDS:
            desk = desk or f not in {"the", "a", "au", "en", "in", "at", "notre", "our"}
        elif f not in NAME_CONNECTORS:
            return False
    if "redaction" in fold(names):
        desk = True
    return desk or capitalised >= 2 or (in_strip and capitalised >= 1)


def _is_label(part: str, folded: str) -> tuple[bool, bool]:
    """Return (label-like, known): a short name of a section or genre."""
    if folded in _LABELS_AND_BADGES:
        return True, True
    words = part.split()
    if len(words) > 5 or part.endswith((".", "!", "?", ",", ";", ":")):
        return False, False
    if any(ch.isdigit() for ch in part) or not _LETTERS_RE.search(part):
        return False, False
    letters = [ch for ch in part if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return True, True  # "LA GAZETTE DU PORT", "ÉCONOMIE DU SPORT"
    if len(words) <= 3 and all(w[:1].isupper() for w in words):
        return True, False
    return False, False


def _part_kind(part: str, in_strip: bool, line: str) -> tuple[str, Stamp | None] | None:
    folded = fold(part).strip(" .")
    if not folded:
        return None
    stamp = read_stamp(folded, line)
    if stamp is not None:
        return ("publication stamp:" + stamp[0]), stamp[1]
    if _READING_RE.match(folded) or (in_strip and _BARE_READING_RE.match(folded)):
        return "reading time", None
    if _COUNT_RE.match(folded):
        return "comment or share count", None
    if _SHARE_RE.match(folded):
        return "share buttons", None
    if folded in BADGES:
        return "subscriber badge", None
    if _WITH_AGENCY_RE.match(folded):
        return "byline", None
    byline = _BYLINE_RE.match(part.strip())
    if byline and fold(part.split()[0]) in {"par", "by", "written", "ecrit", "texte", "propos"}:
        if _is_byline_names(byline.group("names"), in_strip):
            return "byline", None
    elif byline and _is_byline_names(byline.group("names"), True):
        return "byline", None
    when = read_datetime(folded)
    if when is not None and when.date is not None:
        return "date line", when
    if when is not None and in_strip:
        return "stamp time", when  # "Published: 03/03/2025 - 07:15 CET"
    label, known = _is_label(part.strip(), folded)
    if label:
        return ("section label" if known else "label"), None
    return None


def classify_furniture(line: str, folded: str | None = None) -> Furniture | None:
    """Return why `line` is page furniture, with any stamps it carries, or None.

    The line is cut at "·", "|", "•" and spaced dashes; every part must be furniture (a stamp,
    byline, reading time, count, share button, badge, date or short label), and a line made
    only of labels must name a known section or be written in capitals. `folded` is the
    stripped line folded, when the caller has it.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_LINE or stripped.count(" ") > MAX_WORDS:
        return None
    whole = fold(stripped) if folded is None else folded
    if stripped.startswith("(") and _CREDIT_RE.match(whole):
        return Furniture("byline")
    if _PAYWALL_RE.match(whole):
        return Furniture("subscriber badge")
    parts = [p for p in _SEPARATOR_RE.split(stripped) if p.strip()]
    if not parts or (len(parts) == 1 and stripped.count(" ") >= MAX_PART_WORDS):
        return None
    in_strip = len(parts) > 1
    kinds: list[str] = []
    published = updated = dated = None
    for part in parts:
        found = _part_kind(part, in_strip, whole)
        if found is None:
            return None
        kind, stamp = found
        if kind == "publication stamp:published":
            published = published or stamp
            kind = "publication stamp"
        elif kind == "publication stamp:updated":
            updated = updated or stamp
            kind = "publication stamp"
        elif kind == "date line":
            dated = dated or stamp
        elif kind == "stamp time" and stamp is not None:
            # The time of the stamp or date just before it.
            last = kinds[-1] if kinds else ""
            if last == "publication stamp" and updated and updated.time is None:
                updated = Stamp(updated.date, stamp.time)
            elif last == "publication stamp" and published and not updated and not published.time:
                published = Stamp(published.date, stamp.time)
            elif last == "date line" and dated and dated.time is None:
                dated = Stamp(dated.date, stamp.time)
            else:
                return None
            kind = last
        kinds.append(kind)
    if all(k in {"label", "section label"} for k in kinds):
        # Labels alone: a known section name ("Économie"), or a strip of two or more labels
        # one of which is known or in capitals ("THE DAILY NOTE | Energy | Analysis").
        if "section label" not in kinds:
            return None
        if len(kinds) == 1 and fold(stripped) not in _LABELS_AND_BADGES:
            return None
    reason = next(r for r in (*_PRIORITY, "label") if r in kinds)
    if reason == "label":
        reason = "section label"
    return Furniture(reason, published, updated, dated)


def is_bare_reading_time(line: str) -> bool:
    """Return whether `line` is a number of minutes and nothing else ("2 min", "5 minutes"):
    a reading time when it stands among a page's first lines."""
    return bool(_BARE_READING_RE.match(fold(line.strip()).strip()))


KICKER_MAX_WORDS = 4
"""Most words in one part of a kicker line ("FLASH INFO", "Afrique", "MONDE | MAROC")."""


def is_kicker(line: str) -> bool:
    """Return whether `line` is shaped like a kicker or rubric shown above a headline: one to
    a few parts, each a short label (a known section or badge, words in capitals, or one to
    three capitalised words), without a figure or a sentence's end ("Afrique", "FLASH INFO",
    "UK NEWS"). Whether it stands above a headline is the caller's to check."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return False
    parts = [p.strip() for p in _SEPARATOR_RE.split(stripped) if p.strip()]
    if not parts:
        return False
    for part in parts:
        folded = fold(part).strip(" .")
        if folded in _LABELS_AND_BADGES:
            continue
        if len(part.split()) > KICKER_MAX_WORDS:
            return False
        label, _known = _is_label(part, folded)
        if not label:
            return False
    return True


def is_known_kicker(line: str) -> bool:
    """Return whether the kicker `line` names a known section or badge, or is written in
    capitals ("Économie", "FLASH INFO"), rather than being any capitalised word."""
    for part in _SEPARATOR_RE.split(line.strip()):
        folded = fold(part).strip(" .")
        if not folded or folded in _LABELS_AND_BADGES:
            continue
        letters = [ch for ch in part if ch.isalpha()]
        if len(letters) < 2 or not all(ch.isupper() for ch in letters):
            return False
    return True
