"""Evidential status: who a sentence credits (attribution), whether a clause is hedged (the French
journalistic conditional, "reportedly", questions), and how a party responded (no comment,
denial, confirmation)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .entities import NameMention
from .sources import SourceNoun, parse_source, source_before, tokens

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
    r"(?:selon|d'apres) nos informations|according to our (?:information|sources)|"
    r"reportedly|allegedly|purportedly|supposedly|apparently|possibly|probably|potential(?:ly)?|"
    r"pouvant (?:aller|atteindre|monter|grimper)|"
    r"unconfirmed|rumou?red|rumou?rs?|(?:is|are|was|were) (?:said|believed|expected|thought|"
    r"rumou?red|understood) to|would|could|might|may|if confirmed|"
    r"n'(?:a|ont|avait|avaient)\s+(?:pas\s+|ni\s+|jamais\s+)?(?:encore\s+)?confirme(?!e?s?\s+qu)|"
    r"(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?confirm(?:ed)?|"
    r"(?:hasn't|haven't|hadn't|didn't|doesn't)\s+(?:yet\s+)?confirm(?:ed)?|"
    r"(?:declined|refused|yet)\s+to\s+confirm|"
    r"could\s+not\s+(?:immediately\s+|independently\s+)?confirm)\b"
)
_FORWARD_CUES = frozenset({"would", "could", "might", "may"})
_EXPECTATIONS = re.compile(
    r"(?<!\w)(?:(?<!as )(?<!than )expect(?:s|ed|ing)?|anticipates|forecasts?|"
    r"(?:is|are|was|were)\s+(?:targeting|aiming\s+(?:for|at)|counting\s+on)|targets|"
    r"aims?\s+(?:to|for)|counts?\s+on|targets?\s+of|goal\s+of|"
    r"vise(?:nt)?|visai(?:t|ent)|viser|table(?:nt)?\s+sur|tablai(?:t|ent)\s+sur|"
    r"s'attend(?:ent|ait|aient)?\s+a|compte(?:nt)?\s+sur|comptai(?:t|ent)\s+sur|"
    r"objectifs?(?=\s+(?:de\b|d')))(?![\w-])"
)
"""An expectation, target or forecast, which hedges what follows it: "expects to generate $40m",
"is targeting $40m", "is counting on savings of $40m", "vise 8 milliards", "table sur 3,1 Md€",
"un objectif de 8 milliards" (not "as expected", "than expected")."""
_REPORTED_SPEECH = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:declare|dit|indique|affirme|annonce|precise|explique|"
    r"assure|estime|souligne|confirme)\s+(?:que|qu')|said|says|told\s+\w+|announced|stated|"
    r"added|noted|explained|confirmed)\b"
)
_QUESTION_END = re.compile(r"\?[\s»\"”)]*$")

# --- Attributions ------------------------------------------------------------------------------
_ATTRIBUTION_CUES = re.compile(
    r"(?<![\w'])(?:(?P<listener>(?:a|ont|avait|avaient)\s+(?:confirme|declare|affirme|indique|"
    r"precise|annonce|revele|explique|assure|souligne|rapporte|confie)\s+(?:au|a la|a l'|aux|a)|"
    r"told)|selon|d'apres|according to|"
    r"(?:rapporte|revele|publie|annonce|cite|devoile|communique|fourni|etabli|dresse|diffuse)e?s?"
    r"(?:\s+[a-z]+){0,3}?\s+par|"
    r"(?:reported|revealed|first reported|released|published|issued)\s+by|"
    r"(?:des |les )?(?:rapports?|informations?|articles?)\s+(?:de|du|des|d')|"
    r"(?:reports?|a report)\s+(?:by|from|in))(?![\w'-])"
)
"""A cue before its source: "selon X", "d'après X" (not "d'après-midi"), "according to X",
"annoncé mardi par X". A listener cue ("a déclaré au Monde", "told the FT") credits the outlet
that was told, never a common noun ("told the union")."""
_ANONYMOUS = re.compile(
    r"(?<![\w'])(?:(?:de |des )?sources?\s+(?:proches?|bien informees?|concordantes|anonymes?|"
    r"internes?|au fait)|people familiar with|persons familiar with|sources familiar|"
    r"anonymous sources|a source close|sources close|people close to)(?![\w])"
)
_SPEAKS_AFTER = re.compile(
    r"\s+(?:reported|reports|said|says|say|told|wrote|estimated|estimates|claimed|claims|"
    r"counted|put\s+(?:the|its|their)\s+(?:figure|number|toll|count|crowd|turnout|total)|"
    r"a rapporte|a revele|a indique|a ecrit|rapporte|revele|indique|ecrit|"
    r"(?:a|ont)\s+(?:compte|recense|denombre|revendique)|revendiquen?t?)\b"
)
"""A verb of speech or of counting after a name: "Reuters reported", "Acme claims"."""
_SOURCE_VERB = re.compile(
    r"(?<![\w'-])(?:(?:(?:has|have|had)\s+)?(?:said|says|say|told|reported|reports|estimated|"
    r"estimates|estimate|claimed|claims|claim|announced|stated|confirmed|confirms|added|counted|"
    r"suggest|suggests|suggested|show|shows|showed|indicate|indicates|indicated|"
    r"put\s+(?:the|its|their)\s+(?:figure|number|toll|count|crowd|turnout|total|attendance))|"
    r"(?:a|ont|avait|avaient)\s+(?:indique|annonce|declare|precise|affirme|estime|explique|"
    r"assure|souligne|confirme|rapporte|compte|recense|denombre|chiffre|communique|evalue|"
    r"revendique|fait\s+etat|fait\s+savoir)|"
    r"(?:en\s+)?(?:indiquen?t?|annoncen?t?|declaren?t?|precisen?t?|affirmen?t?|estimen?t?|"
    r"evaluen?t?|revendiquen?t?|recensen?t?|denombren?t?|chiffren?t?|confirmen?t?|assurent|"
    r"font\s+etat|fait\s+etat))(?![\w'-])"
)
"""A verb of speech or of counting whose subject may be a common noun: "police said", "les
syndicats revendiquent", "la préfecture a indiqué"."""
_INVERTED_TAG = re.compile(
    r"[,\u00bb\"\u201d)]\s*(?P<verb>(?:(?:a|ont|avait|avaient)\s+(?:annonce|indique|precise|"
    r"declare|affirme|explique|assure|estime|souligne|confirme|ajoute|rapporte|communique|"
    r"detaille|fait savoir|fait etat|releve|note)|annoncen?t?|indiquen?t?|precisen?t?|"
    r"affirmen?t?|explique|ajoute|souligne|rapporte|confirme|rappelle|assure|estime|declare|"
    r"(?P<en>said|says|added|reported|told reporters)))(?![\w'-])"
)
"""A speech verb put before its subject after the words it reports: "…, a annoncé mardi le
ministère", "…, indique la préfecture", "…, said the union"."""
_TAG_SKIP_STOP = frozenset("a au aux que qu' to that avec with pour for sur on par by".split())
"""Words that end the search for an inverted subject ("a indiqué à la police": a listener)."""
_TAG_STOP = re.compile(r"[,.;:!?()\"\u00ab\u00bb\u201c\u201d]")
_QUOTES = frozenset('"\u00ab\u00bb\u201c\u201d')
_TAG_REST_WORDS = 8
"""A tag ends what it credits when at most this many words follow it in its clause."""
_TAG_REST_BAN = re.compile(r"\d|\b(?:that|que|qu'|if|si)\b")
_RELATIVE_BEFORE = re.compile(r"(?:^|[^\w'])(?:who|whom|which|that|qui|que|qu'|dont)\s*$")
_TAG_BEFORE = re.compile(r"(?:^|[,\u00bb\"\u201d)(\u2014\u2013-]|\bas|\bcomme)\s*$")
_OPENER_WORDS = 4
"""An attribution with at most this many words before it in its sentence opens the sentence
("Lundi, selon la police, …") and credits every clause after it."""

# --- Responses of a party ------------------------------------------------------------------------
_RESPONSES = (
    (
        "no-comment",
        re.compile(
            r"(?:decline|refuse|declined|refused|declines|refuses)\s+(?:de |to )?(?:commenter|"
            r"comment|faire de|confirmer|confirm)|"
            r"n'(?:a|ont|avait)\s+pas\s+(?:souhaite|voulu)\s+(?:commenter|reagir)|"
            r"n'(?:a|ont|avait)\s+pas\s+(?:donne suite|repondu|reagi)|pas de commentaire|"
            r"sans commentaire|refuse a tout commentaire|did not (?:immediately )?(?:respond|reply|"
            r"return)|could not be reached|no comment|would not comment|did not comment|"
            r"fait la sourde oreille|reste (?:aussi )?silencieu(?:x|se)|remained silent|"
            r"n'(?:a|ont|avait|avaient)\s+ni\s+confirme\s+ni\s+dementi|"
            r"(?:neither|not)\s+confirm(?:ed)?\s+(?:nor|or)\s+den(?:y|ied)"
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
            r"(?<!pas )(?:(?<![\w'])(?:a|ont)\s+(?:officiellement\s+)?confirme"
            r"(?!\s+(?:au|a|aux)\b)|confirmed(?!\s+to\b)|a officialise|ont officialise)"
        ),
    ),
)
_NEGATED = re.compile(
    r"(?:^|[^\w'])(?:n'|ne|ni|pas|jamais|aucun|aucune|sans|not|n't|never|nor|neither|no|"
    r"without|yet\s+to|declined\s+to|refused\s+to|failed\s+to|unable\s+to)"
    r"(?:[^\w.,;:!?]+[\w']+){0,3}[^\w.,;:!?]*$"
)
"""A negation at most three words before a verb: "n'ont pas confirmé", "ni la direction ni les
syndicats n'ont confirmé", "has not yet confirmed", "did not confirm"."""


@dataclass(frozen=True)
class Attribution:
    """A sentence crediting a source: the span of cue and name, the source's key, and the span
    of the sentence it credits."""

    start: int
    end: int
    source: str | None
    """The canonical name key, a common noun's key ("police", "union"), or 'anonymous
    sources'; None when no source is named."""
    scope_start: int = 0
    scope_end: int = 1 << 62
    """The part of the sentence whose claims it credits (a clause, or the whole sentence)."""
    display: str | None = None
    """How a source named by a common noun is written ("la police"); None for a name."""


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
    for m in _EXPECTATIONS.finditer(folded, start, end):
        out.append(Hedge(m.start(), m.end(), text[m.start() : m.end()], True))
    return sorted(out, key=lambda h: h.start)


_SUBJECT_GAP = re.compile(r"\s*(?:(?:only|still|also|now|alone|each|all|together)\s+)?")
"""What may stand between a figure that is the subject and its modal: "about 10,000 people
could attend", "one in three trains is expected to run"."""
_COMPLEMENT_BEFORE = re.compile(r"\b(?:worth|of|at|to|by|for|from|than|valued|above|below)\s+$")
"""A figure after these words is a complement ("a deal worth $5bn could close"), not a subject."""


def governing_hedge(hedges: list[Hedge], folded: str, start: int, end: int) -> Hedge | None:
    """Return the hedge of its clause that governs a claim at `folded[start:end]`, or None.

    A forward cue (an English modal, "is expected to") hedges what follows it and the figure
    that is its subject ("10,000 people could attend"), not a figure written before it ("a deal
    worth $5bn that would create…").
    """
    for h in hedges:
        if not h.forward or h.start < start:
            return h
        if (
            h.start >= end
            and _SUBJECT_GAP.fullmatch(folded, end, h.start)
            and not _COMPLEMENT_BEFORE.search(folded, max(0, start - 12), start)
        ):
            return h
    return None


def is_question(text: str, start: int, end: int) -> bool:
    """Return whether the sentence `text[start:end]` is a question."""
    return bool(_QUESTION_END.search(text, start, end))


def _source_noun(
    text: str, found: SourceNoun, start: int, end: int, source: str | None = None
) -> Attribution:
    return Attribution(start, end, source or found.key, display=text[found.shown_start : found.end])


def _cued(
    text: str,
    folded: str,
    start: int,
    end: int,
    names: list[NameMention],
    resolve: dict[str, str],
) -> list[Attribution]:
    """Attributions whose cue comes before the source: "selon la police", "according to X"."""
    out: list[Attribution] = []
    for m in _ATTRIBUTION_CUES.finditer(folded, start, end):
        at = m.end()
        while at < end and folded[at].isspace():
            at += 1
        if m.group("listener") is None:
            found = parse_source(folded, at, end, names, resolve)
            if found is not None:
                out.append(_source_noun(text, found, m.start(), found.end))
                continue
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
    return out


def _ends_tag(folded: str, pos: int, end: int, english: bool) -> bool:
    """Return whether a tag's subject ending at `pos` ends what it says: no quote nor "que" after
    it ("…, said the government "has not…"" has the subject of the words reported, not of
    "said"), and in English at most a few words ("on Monday") before the next punctuation. A
    French inverted verb cannot take an object, so adverbials of any length may follow ("…, a
    annoncé le ministère dans un communiqué publié mardi soir")."""
    stop = _TAG_STOP.search(folded, pos, end)
    rest = folded[pos : stop.start() if stop else end]
    return (
        (stop is None or stop.group(0) not in _QUOTES)
        and (not english or len(rest.split()) <= 4)
        and not _TAG_REST_BAN.search(rest)
    )


def _inverted(
    text: str,
    folded: str,
    start: int,
    end: int,
    names: list[NameMention],
    resolve: dict[str, str],
) -> list[Attribution]:
    """Attributions whose verb comes before its subject, after what it reports: "…, a annoncé
    mardi le ministère de l'Intérieur", "…, said the union", "…, said Acme Rail"."""
    out: list[Attribution] = []
    for m in _INVERTED_TAG.finditer(folded, start, end):
        reach = 1 if m.group("en") else 5
        for i, t in enumerate(tokens(folded, m.end("verb"), end, reach)):
            if t.word in _TAG_SKIP_STOP:
                break
            name = next((n for n in names if n.start == t.start and n.kind != "place"), None)
            if name is not None:
                out.append(Attribution(m.start("verb"), name.end, resolve.get(name.key, name.key)))
                break
            found = parse_source(folded, t.start, end, names, resolve)
            if found is not None:
                if _ends_tag(folded, found.end, end, m.group("en") is not None):
                    out.append(_source_noun(text, found, m.start("verb"), found.end))
                break
            if i == 0 and t.word in {"la", "le", "les", "l'", "the"}:
                break  # an object after the verb ("a annoncé la fermeture")
    return out


def _subjects(
    text: str,
    folded: str,
    start: int,
    end: int,
    names: list[NameMention],
    resolve: dict[str, str],
) -> list[Attribution]:
    """Attributions to a common noun before its verb: "police said", "union officials told
    reporters", "la préfecture a indiqué", "les syndicats en revendiquent"."""
    out: list[Attribution] = []
    for m in _SOURCE_VERB.finditer(folded, start, end):
        found = source_before(folded, start, m.start(), names, resolve)
        if found is not None:
            out.append(_source_noun(text, found, found.start, m.end()))
    return out


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> int:
    k = 0
    for i, (cs, _ce) in enumerate(clauses):
        if cs <= pos:
            k = i
    return k


def _scoped(
    a: Attribution, folded: str, start: int, end: int, clauses: list[tuple[int, int]]
) -> Attribution:
    """Return `a` with the part of the sentence it credits.

    A tag after what it reports ("…, police said.", "…, selon la police", "… selon X.", "…, as
    Reuters reported") credits the sentence up to its clause's end; an attribution that opens
    the sentence ("Selon la police, …", "Police said …") credits it from there on; "selon X"
    inside a clause credits that clause; any other one (a speaker and verb, "told X", one after
    a relative pronoun) what follows it in its clause: "…60% of its flights, while X said it
    would…" does not credit the 60% to X, nor "Jane Roe, 58, told the FT…" her age to the FT.
    """
    k = _clause_of(clauses, a.start)
    cs, ce = clauses[k]
    before = folded[cs : a.start]
    if _RELATIVE_BEFORE.search(before):
        return replace(a, scope_start=a.start, scope_end=ce)
    cue = _ATTRIBUTION_CUES.match(folded, a.start)
    cue_first = cue is not None and cue.group("listener") is None
    rest = folded[a.end : ce]
    closing = len(rest.split()) <= _TAG_REST_WORDS and not _TAG_REST_BAN.search(rest)
    tag = _TAG_BEFORE.search(before) and (before.strip() or k > 0)
    if closing and (tag or (cue_first and before.strip())):
        return replace(a, scope_start=start, scope_end=ce)
    lead = folded[start : a.start]
    if k == 0 and not re.search(r"\d", lead) and len(lead.split()) <= _OPENER_WORDS:
        # It reaches no clause with a speaker of its own ("…, but the company said only…").
        stop = next(
            (s for s, e in clauses[1:] if _SOURCE_VERB.search(folded, s, e)),
            end,
        )
        return replace(a, scope_start=start, scope_end=stop)
    if cue_first:
        return replace(a, scope_start=cs, scope_end=ce)
    return replace(a, scope_start=a.start, scope_end=ce)


def find_attributions(
    text: str,
    folded: str,
    start: int,
    end: int,
    names: list[NameMention],
    resolve: dict[str, str],
    clauses: list[tuple[int, int]] | None = None,
) -> list[Attribution]:
    """Return who the sentence `folded[start:end]` credits, with the span of cue and source and
    the part of the sentence (made of `clauses`) each one credits.

    A source is a name ("selon Reuters", "Reuters reported") or a common noun keyed alike in
    French and English ("selon la police", "police said", "a indiqué la préfecture").
    """
    out = _cued(text, folded, start, end, names, resolve)
    out += _inverted(text, folded, start, end, names, resolve)
    nouns = _subjects(text, folded, start, end, names, resolve)
    out += nouns
    for m in _ANONYMOUS.finditer(folded, start, end):
        out.append(Attribution(m.start(), m.end(), "anonymous sources"))
    for n in names:
        s = _SPEAKS_AFTER.match(folded, n.end, end)
        if n.kind != "place" and s is not None:
            out.append(Attribution(n.start, s.end(), resolve.get(n.key, n.key)))
    # A name inside a common-noun source ("le ministère de l'Intérieur a indiqué") is that
    # source's, not a source of its own.
    common = [a for a in out if a.display is not None]
    out = [
        a
        for a in out
        if a.display is not None
        or not any(c.start <= a.start and a.end <= c.end and c.source != a.source for c in common)
    ]
    # Keep one attribution per source: the widest span ("selon des informations rapportées par").
    merged: dict[str | None, Attribution] = {}
    for a in sorted(out, key=lambda a: (a.start, -a.end)):
        prev = merged.get(a.source)
        if prev and a.start <= prev.end:
            merged[a.source] = replace(prev, end=max(prev.end, a.end))
        elif prev is None:
            merged[a.source] = a
    spans = clauses or [(start, end)]
    return [_scoped(a, folded, start, end, spans) for a in sorted(merged.values(), key=_start)]


def _start(a: Attribution) -> int:
    return a.start


def credited(attributions: list[Attribution], pos: int) -> Attribution | None:
    """Return the attribution that credits a claim at `pos`: the narrowest one whose scope holds
    it (its own clause's before the sentence's), then the nearest after it, as a tag follows
    what it credits ("9 morts, selon les autorités, et 21 blessés selon les secours"), then the
    nearest before it."""
    holding = [a for a in attributions if a.scope_start <= pos < a.scope_end]
    if not holding:
        return None

    def rank(a: Attribution) -> tuple[int, bool, int]:
        after = a.start >= pos
        return (a.scope_end - a.scope_start, not after, a.start - pos if after else pos - a.end)

    return min(holding, key=rank)


def find_responses(
    folded: str, start: int, end: int, names: list[NameMention], resolve: dict[str, str]
) -> list[Response]:
    """Return the responses of parties in the sentence `folded[start:end]`.

    A negated confirmation ("n'a pas confirmé", "ni X ni Y n'ont confirmé", "has not
    confirmed") confirms nothing; "declined to confirm" is no comment.
    """
    out = []
    for value, pattern in _RESPONSES:
        for m in pattern.finditer(folded, start, end):
            if value == "confirmed" and _NEGATED.search(
                folded, max(start, m.start() - 40), m.start()
            ):
                continue
            before = [n for n in names if n.end <= m.start() and n.kind == "organisation"]
            subject = resolve.get(before[-1].key, before[-1].key) if before else None
            out.append(Response(m.start(), m.end(), value, subject))
    return out
