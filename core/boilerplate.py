"""Recognising the lines of a saved web page that are not the article: credits, forms, strips."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .furniture import Furniture, classify_furniture
from .textnorm import fold

_TERMINAL = tuple('.!?…:;»"”)')

# Each rule: (reason, pattern on the folded, stripped line). Lexicons of general web words only.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern))
    for reason, pattern in (
        (
            "image credit",
            r"^[(\[]?(?:credits?|photo|image|illustration|source photo|picture|photograph"
            r"|photographie|photographer|photographe|video|infographie|graphic|graphique)s?"
            r"(?:\s+(?:image|photo|video|d'illustration|de|by|par))?\s*:",
        ),
        (
            "image credit",
            r"^[(\[]?(?:©|\(c\)\s)|^[(\[]?(?:photo\s*)?(?:afp|getty images|reuters|ap)\s*/"
            r"|^[(\[]?(?:photo|image|illustration|photo d'illustration|credits?)s?\b[^.!?]{0,40}©"
            r"|^[(\[]?(?:photo d'illustration|image d'illustration|illustration photo|file photo"
            r"|stock photo|photo d'archives?)[)\]]?$",
        ),
        (
            "market data notice",
            r"^(?:les |the )?(?:cours|cotations?|donnees(?: de marche| boursieres)?|quotes?"
            r"|prices?|stock quotes|market data|data)\s+(?:\w+\s+){0,2}(?:en\s+)?"
            r"(?:differe|differes|differee|differees|delayed)(?:\s+(?:de|by|of|d'))?"
            r"(?:\s*(?:at least|au moins|d'au moins|up to|jusqu'a)?\s*\d{1,2}\s*(?:min\w*|mn))?"
            r"\s*(?:[.;)]|$)"
            r"|\bne constitu\w* (?:en aucun cas |pas )?(?:pas )?(?:un |une )?"
            r"(?:conseil|recommandation|incitation)s? (?:en |d')?investissement"
            r"|\b(?:does|do|is|are) not (?:constitute |intended as )?(?:investment|financial)"
            r" advice\b",
        ),
        (
            "comment form",
            r"^(?:laisser|laissez|poster|ecrire|leave|post) (?:un |a )?"
            r"(?:commentaire|comment|reply)"
            r"|adresse (?:e-?mail|de messagerie|mail) ne sera pas publiee"
            r"|email address will not be published"
            r"|champs obligatoires|required fields are marked"
            r"|^\d+\s+(?:commentaires?|comments?)$|^(?:commentaires?|comments?)\s*\(?\d*\)?$",
        ),
        (
            "site notice",
            r"akismet|tous droits reserves|all rights reserved|^copyright\b"
            r"|\b(?:ce site|this site|ce blog|this blog|notre site|our site)\b.*"
            r"(?:utilise|uses|articles|en savoir plus|learn more|cookies)",
        ),
        (
            "newsletter or cookies",
            r"newsletter|\binscrivez-vous\b|\babonnez-vous\b|\bsubscribe\b|\bsign up\b"
            r"|\bcookies?\b.*(?:accept|utilis|use|consent|parametr)",
        ),
        (
            "teaser",
            r"^(?:a lire aussi|lire aussi|a lire egalement|voir aussi|read also|read more|"
            r"related|see also|lire la suite|continue reading|en savoir plus)\b",
        ),
        ("category strip", r"^(?:categories?|tags?|mots-cles|rubriques?|topics?|filed under)\s*:"),
        (
            "share buttons",
            r"^(?:(?:partager|share|tweet|facebook|twitter|x|linkedin|whatsapp|e-?mail|"
            r"imprimer|print|copier le lien|copy link)[\s|,•·]*){1,8}$",
        ),
        ("markup", r"^(?:#+|[-*_=]{3,}|\*+)$"),
        ("counter", r"^\d{1,4}$"),
    )
)
_ANY_LENGTH = frozenset({"site notice", "comment form", "market data notice"})
"""Reasons found in a line of any length (a notice may run on: "Cours en différé de 15
minutes. Les informations fournies ne constituent pas un conseil en investissement.")."""
_URL = (
    r"(?:https?://|www\.)[^\s<>\"'«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@.])(?:[\w-]+\.)+[a-z]{2,6}/[^\s<>\"'«»]*"
)
_URL_LINE_RE = re.compile(rf"^[(<\[]?(?:{_URL})[)>\]]?$")
_SOURCE_RE = re.compile(r"^\s*sources?\s*:\s*(?P<name>.+?)\s*$", re.I)
_CAMEL_JOIN_RE = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý][a-zà-ÿ]")


@dataclass(frozen=True)
class LineVerdict:
    """Why a line is boilerplate, and any metadata read from it."""

    reason: str
    metadata: tuple[str, str] | None = None
    furniture: Furniture | None = None
    """For a furniture line (stamp, byline, reading time…): what it says."""


CACHED_LINE_CHARS = 2_000
"""Lines up to this long are classified once per analysis run and process: reprinted copy
repeats them (the verdicts are frozen, so they are shared)."""


def classify_line(line: str, furniture_too: bool = True) -> LineVerdict | None:
    """Return why `line` is boilerplate, or None if it may belong to the article.

    Page furniture (stamps, bylines, reading times, labels) is looked for only when
    `furniture_too`: a text of one line is all content, even "12 mai 2025".
    """
    if len(line) > CACHED_LINE_CHARS:
        return _classify_line(line, furniture_too)
    return _classified(line, furniture_too)


def _classify_line(line: str, furniture_too: bool) -> LineVerdict | None:
    stripped = line.strip()
    if not stripped:
        return None
    source = _SOURCE_RE.match(stripped)
    if source and len(stripped) < 120:
        return LineVerdict("source line", ("source", source.group("name")))
    folded = fold(stripped)
    short = len(stripped) <= 200
    for reason, pattern in _RULES:
        if (reason in _ANY_LENGTH or short) and pattern.search(folded):
            return LineVerdict(reason)
    if (
        len(stripped) <= 120
        and not stripped.endswith(_TERMINAL)
        and len(_CAMEL_JOIN_RE.findall(stripped)) >= 2
    ):
        return LineVerdict("category strip")
    furniture = classify_furniture(stripped, folded) if furniture_too else None
    if furniture is not None:
        return LineVerdict(furniture.reason, furniture=furniture)
    url = _URL_LINE_RE.match(stripped)
    if url:
        return LineVerdict("url")
    return None


def is_caption_candidate(line: str) -> bool:
    """Return whether `line` looks like an image caption or alt text (short, no sentence end)."""
    stripped = line.strip()
    return 0 < len(stripped) <= 100 and not stripped.endswith(_TERMINAL)


@lru_cache(maxsize=16_384)
def _classified(line: str, furniture_too: bool) -> LineVerdict | None:
    return _classify_line(line, furniture_too)
