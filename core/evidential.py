"""Evidential status: who a sentence credits (attribution), whether a clause is hedged (the French
journalistic conditional, "reportedly", questions), and how a party responded (no comment,
denial, confirmation)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import NameMention

# --- The French conditional, told from the imperfect by its stem --------------------------------
# "porterait", "serait" (-erait) and irregular future stems ("aurait", "pourrait", "devrait",
# "prendrait", "conclurait", "construirait"…) are conditional; "déclarait", "montrait", "durait"
# are imperfect. -irait is conditional except in the imperfect of -irer verbs.
_CONDITIONAL_RE = re.compile(
    r"^\w*(?:erai|aurai|saurai|clurai|pourrai|verrai|mourrai|courrai|querrai|devrai|cevrai|"
    r"suivrai|vivrai|ttrai|[aoî]îtrai|[^a]drai|oirai|uirai|aindrai|eindrai|oindrai|irai|"
    r"fau?drai)(?:t|ent|s)$"
)
_NOT_CONDITIONAL = frozenset(
    """
        tirait tiraient attirait attiraient retirait retiraient désirait désiraient admirait
        admiraient inspirait inspiraient expirait expiraient aspirait aspiraient soupirait
        virait viraient chavirait délirait étirait respirait respiraient transpirait
        conspirait conspiraient attrait attraits
    """.split()
)
_WORD_RE = re.compile(r"[a-zàâäéèêëîïôöùûüçœ]+(?:-t-(?:il|elle|on))?", re.I)
_HEDGE_PHRASES = re.compile(
    r"\b(?:apparemment|semble-t-il|probablement|vraisemblablement|"
    r"potentiel(?:le)?s?|eventuel(?:le)?s?|presume(?:e)?s?|suppose(?:e)?s?|non confirmee?s?|"
    r"pas (?:encore )?confirmee?s?|officieu(?:x|se|ses)|rumeurs?|si ces informations se confirment|"
    r"reportedly|allegedly|purportedly|supposedly|apparently|possibly|probably|potential(?:ly)?|"
    r"unconfirmed|rumou?red|rumou?rs?|(?:is|are|was|were) (?:said|believed|expected|thought|"
    r"rumou?red|understood) to|would|could|might|may|if confirmed)\b"
)
_FORWARD_CUES = frozenset({"would", "could", "might", "may"})
_REPORTED_SPEECH = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:declare|dit|indique|affirme|annonce|precise|explique|"
    r"assure|estime|souligne|confirme)\s+(?:que|qu')|said|says|told\s+\w+|announced|stated|"
    r"added|noted|explained|confirmed)\b"
)
_QUESTION_END = re.compile(r"\?[\s»\"”)]*$")

# --- Attributions ------------------------------------------------------------------------------
_ATTRIBUTION_CUES = re.compile(
    r"(?<![\w'])(?:selon|d'apres|according to|"
    r"(?:rapporte|revele|publie|annonce|cite|devoile)e?s?\s+par|"
    r"(?:reported|revealed|first reported)\s+by|"
    r"(?:a|ont|avait|avaient)\s+(?:confirme|declare|affirme|indique|precise|annonce|revele|"
    r"explique|assure|souligne|rapporte|confie)\s+(?:au|a la|a l'|aux|a)|told|"
    r"(?:des |les )?(?:rapports?|informations?|articles?)\s+(?:de|du|des|d')|"
    r"(?:reports?|a report)\s+(?:by|from|in))(?![\w])"
)
_ANONYMOUS = re.compile(
    r"(?<![\w'])(?:(?:de |des )?sources?\s+(?:proches?|bien informees?|concordantes|anonymes?|"
    r"internes?|au fait)|people familiar with|persons familiar with|sources familiar|"
    r"anonymous sources|a source close|sources close|people close to)(?![\w])"
)
_SPEAKS_AFTER = re.compile(
    r"\s+(?:reported|reports|said|says|told|wrote|a rapporte|a revele|a indique|a ecrit|rapporte|"
    r"revele|indique|ecrit)\b"
)

# --- Responses of a party ------------------------------------------------------------------------
_RESPONSES = (
    (
        "no-comment",
        re.compile(
            r"(?:decline|refuse|declined|refused)\s+(?:de |to )?(?:commenter|comment|faire de)|"
            r"n'(?:a|ont|avait)\s+pas\s+(?:souhaite|voulu)\s+(?:commenter|reagir)|"
            r"n'(?:a|ont|avait)\s+pas\s+(?:donne suite|repondu|reagi)|pas de commentaire|"
            r"sans commentaire|refuse a tout commentaire|did not (?:immediately )?(?:respond|reply|"
            r"return)|could not be reached|no comment|would not comment|did not comment|"
            r"fait la sourde oreille|reste (?:aussi )?silencieu(?:x|se)|remained silent"
        ),
    ),
    (
        "denied",
        re.compile(
            r"(?<!ni )(?<!pas de )(?<!sans )(?<!not )(?<!never )(?<!nor )"
            r"(?:(?:a|ont|avait)\s+(?:formellement\s+)?dementi|dement(?:ent)?|denied|denies|"
            r"(?:a|ont)\s+nie|rejected the report|a rejete)\b"
        ),
    ),
    (
        "confirmed",
        re.compile(
            r"(?<!pas )(?:(?:a|ont)\s+(?:officiellement\s+)?confirme(?!\s+(?:au|a|aux)\b)|"
            r"confirmed(?!\s+to\b)|a officialise|ont officialise)"
        ),
    ),
)


@dataclass(frozen=True)
class Attribution:
    """A sentence crediting a source: the span of cue and name, and the source's key."""

    start: int
    end: int
    source: str | None
    """The canonical name key, or 'anonymous sources', or None when no source is named."""


@dataclass(frozen=True)
class Hedge:
    """A word or sign that makes a clause hedged."""

    start: int
    end: int
    cue: str
    forward: bool = False
    """True when the cue hedges only what follows it (English modals)."""


@dataclass(frozen=True)
class Response:
    """A party's reaction to the story: 'no-comment', 'denied' or 'confirmed'."""

    start: int
    end: int
    value: str
    subject: str | None


def is_conditional(word: str) -> bool:
    """Return whether a French word is a verb in the conditional ("aurait", "débuterait")."""
    w = word.lower()
    if w in _NOT_CONDITIONAL:
        return False
    return bool(_CONDITIONAL_RE.match(w))


def find_hedges(text: str, folded: str, start: int, end: int, lang: str) -> list[Hedge]:
    """Return the hedge cues in a clause `text[start:end]`."""
    out = []
    speech = _REPORTED_SPEECH.search(folded, start, end)

    def reported(pos: int) -> bool:
        # "X said the deal would…", "X a indiqué que le contrat porterait…": the tense of
        # reported speech, whose status is the attribution to X, not a hedge.
        return speech is not None and speech.end() <= pos

    if lang != "en":
        for m in _WORD_RE.finditer(text, start, end):
            word = m.group(0).split("-t-")[0]
            if is_conditional(word) and not reported(m.start()):
                out.append(Hedge(m.start(), m.start() + len(word), word))
    for m in _HEDGE_PHRASES.finditer(folded, start, end):
        cue = text[m.start() : m.end()]
        if cue == "May" or (lang == "fr" and m.group(0) in {"may", "would", "could", "might"}):
            continue
        if m.group(0) == "would" and reported(m.start()):
            continue
        forward = m.group(0) in _FORWARD_CUES or m.group(0).endswith("expected to")
        out.append(Hedge(m.start(), m.end(), cue, forward))
    return sorted(out, key=lambda h: h.start)


def is_question(text: str, start: int, end: int) -> bool:
    """Return whether the sentence `text[start:end]` is a question."""
    return bool(_QUESTION_END.search(text, start, end))


def find_attributions(
    folded: str, start: int, end: int, names: list[NameMention], resolve: dict[str, str]
) -> list[Attribution]:
    """Return who the sentence `folded[start:end]` credits, with the span of cue and name."""
    out: list[Attribution] = []
    for m in _ATTRIBUTION_CUES.finditer(folded, start, end):
        after = [
            n
            for n in names
            if m.end() <= n.start <= m.end() + 60
            and n.kind != "place"
            and not re.search(r"[().,;:!?]", folded[m.end() : n.start])
        ]
        if after:
            n = after[0]
            out.append(Attribution(m.start(), n.end, resolve.get(n.key, n.key)))
    for m in _ANONYMOUS.finditer(folded, start, end):
        out.append(Attribution(m.start(), m.end(), "anonymous sources"))
    for n in names:
        if n.kind != "place" and _SPEAKS_AFTER.match(folded, n.end, end):
            s = _SPEAKS_AFTER.match(folded, n.end, end)
            assert s is not None
            out.append(Attribution(n.start, s.end(), resolve.get(n.key, n.key)))
    # Keep one attribution per source: the widest span ("selon des informations rapportées par").
    merged: dict[str | None, Attribution] = {}
    for a in sorted(out, key=lambda a: a.start):
        prev = merged.get(a.source)
        if prev and a.start <= prev.end:
            merged[a.source] = Attribution(prev.start, max(prev.end, a.end), a.source)
        elif prev is None:
            merged[a.source] = a
    return sorted(merged.values(), key=lambda a: a.start)


def find_responses(
    folded: str, start: int, end: int, names: list[NameMention], resolve: dict[str, str]
) -> list[Response]:
    """Return the responses of parties in the sentence `folded[start:end]`."""
    out = []
    for value, pattern in _RESPONSES:
        for m in pattern.finditer(folded, start, end):
            before = [n for n in names if n.end <= m.start() and n.kind == "organisation"]
            subject = resolve.get(before[-1].key, before[-1].key) if before else None
            out.append(Response(m.start(), m.end(), value, subject))
    return out
