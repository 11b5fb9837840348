"""From a decoded article to passages, sentences and claims with exact spans and evidential status.

Extraction runs in three passes: `parse_article` finds the structure of one article;
`find_all_names` finds names with what the whole corpus capitalises; `extract_claims` needs the
corpus-wide name index, so that aliases fold across sources.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from .dates import DateMention, find_dates
from .disclosures import find_nondisclosures
from .durations import find_word_durations, settle_overlaps
from .entities import NameIndex, NameMention, capitalised_inside, find_names
from .evidential import (
    Attribution,
    Hedge,
    Response,
    credited,
    find_attributions,
    find_hedges,
    find_responses,
    governing_hedge,
    is_question,
)
from .fact_keys import compared_names, is_issuer, is_source_name, make_key, refers_back
from .figures import Quantity
from .first_reports import find_first_reports
from .formatting import format_qualified, format_range, format_time
from .frames import Cue, clause_cues, frame_of, measure_near, segment_of
from .language import detect_language
from .member_lists import find_member_lists
from .models import Article, Claim, Passage, Sentence, Status, compact
from .qualifiers import (
    asserting_verb,
    basis_of,
    day_part_in,
    nearest_session,
    past_of,
    period_in,
    sessions_in,
)
from .quantities import find_quantities
from .quotes import find_quotes, outlet_key
from .reading import RawArticle
from .segment import find_boilerplate, find_passages, sentences_of, split_clauses, split_lines
from .sentence_memo import SentenceMemo, moved
from .shared_values import SharedValues
from .stamps import publication_dates
from .textnorm import fold_same_length
from .times import TimeMention, find_times
from .titles import choose_title


@dataclass
class ArticleParse:
    """An article's structure and names, before claims are extracted."""

    article: Article
    passages: list[Passage]
    sentences: list[Sentence]
    folded: str
    names: list[list[NameMention]] = field(default_factory=list)
    """The names of each sentence, in the order of `sentences`."""
    notes: list[str] = field(default_factory=list)
    """What the reader should know of how this article was read (bounds met)."""


def _is_title_case(text: str, p: Passage) -> bool:
    if p.kind not in {"title", "heading"}:
        return False
    long_words = [w for w in text[p.start : p.end].split() if len(w) > 3]
    caps = [w for w in long_words if w[:1].isupper()]
    return len(long_words) >= 3 and len(caps) >= 0.6 * len(long_words)


def parse_article(raw: RawArticle, language: str | None = None) -> ArticleParse:
    """Return an article's metadata, passages and sentences (names come with `find_all_names`);
    its language is detected unless `language` is given."""
    text = raw.text
    lines = split_lines(text)
    boilerplate, metadata = find_boilerplate(text, lines)
    passages = find_passages(raw.id, text, lines, boilerplate)
    sentences = sentences_of(raw.id, text, passages)
    content = " ".join(text[p.start : p.end] for p in passages)
    first_lines = [text[p.start : p.end] for p in passages[:3]]
    published, updated = publication_dates(metadata, first_lines, raw.metadata.get("date"))
    article = Article(
        id=raw.id,
        path=raw.path,
        title=raw.metadata.get("title") or choose_title(text, passages, sentences, raw.id),
        language=language or detect_language(content),
        encoding=raw.encoding,
        text=text,
        boilerplate=boilerplate,
        metadata={**raw.metadata, **metadata},
        published=published,
        updated=updated,
    )
    return ArticleParse(article, passages, sentences, fold_same_length(text))


def find_all_names(parses: list[ArticleParse]) -> None:
    """Find the names of every sentence of every article.

    A word that opens a sentence counts as a name when some article of the corpus capitalises
    it elsewhere: a company named only at sentence starts in one source is named mid-sentence
    in another. (Names are read with the whole article, which tells whether a word is ever
    written in lower case: they are not kept per sentence text.)
    """
    inside = capitalised_anywhere(parses)
    for p in parses:
        p.names = names_of(p, inside)


def capitalised_anywhere(parses: list[ArticleParse]) -> set[str]:
    """The words some article of the corpus capitalises inside a sentence."""
    inside: set[str] = set()
    for p in parses:
        inside |= capitalised_in(p)
    return inside


def capitalised_in(parse: ArticleParse) -> set[str]:
    """The words an article capitalises inside a sentence."""
    return capitalised_inside(parse.article.text, [(s.start, s.end) for s in parse.sentences])


def names_of(
    p: ArticleParse, inside: set[str], first: int = 0, last: int | None = None
) -> list[list[NameMention]]:
    """The names of each sentence of an article (of its sentences `first` to `last`), `inside`
    the words the corpus capitalises inside a sentence."""
    text = p.article.text
    by_id = {q.id: q for q in p.passages}
    # Names, like figures, are read up to a bound in a sentence that never ends.
    return [
        find_names(
            text,
            p.folded,
            s.start,
            min(s.end, s.start + MAX_SENTENCE_FOR_FIGURES),
            inside,
            _is_title_case(text, by_id[s.passage]),
        )
        for s in p.sentences[first:last]
    ]


def _evidence(
    hedges: list[Hedge],
    folded: str,
    start: int,
    end: int,
    question: bool,
    attributions: list[Attribution],
) -> dict[str, object]:
    """Return the status fields of a claim at `folded[start:end]` in a clause with these hedges:
    the hedge that governs it (see `governing_hedge`) and the attribution whose scope holds it."""
    hedge = governing_hedge(hedges, folded, start, end)
    source = credited(attributions, start)
    status, cue = _status(hedge.cue if hedge else None, question, source is not None)
    attribution = source.source if source else None
    return {
        "hedged": status == "hedged",
        "status": status,
        "cue": cue,
        "cue_start": hedge.start if hedge else None,
        "cue_end": hedge.end if hedge else None,
        "attribution": attribution,
    }


def _status(hedge_cue: str | None, question: bool, attributed: bool) -> tuple[Status, str | None]:
    if hedge_cue:
        return "hedged", hedge_cue
    if question:
        return "hedged", "?"
    if attributed:
        return "attributed", None
    return "asserted", None


def extract_claims(
    parse: ArticleParse,
    index: NameIndex,
    memo: SentenceMemo | None = None,
    alike: SharedValues | None = None,
) -> list[Claim]:
    """Return the claims of a parsed article, using the corpus-wide name index for aliases
    (and what `memo` keeps of the sentences the corpus repeats; the values claims repeat are
    held once, in `alike`)."""
    memo = memo or SentenceMemo()
    art = parse.article
    text, folded, lang = art.text, parse.folded, art.language
    claims: list[Claim] = []
    prev_subject: dict[str, list[str]] = {}
    mentioned: dict[str, list[list[str]]] = {}  # per passage, the parties of each sentence
    last_named: str | None = None  # the last party the article named, in any passage
    persons: set[str] = set()  # name keys of people: "le titre" never refers back to them
    periods_set: dict[str, str] = {}  # per passage, the last period a sentence named
    imperfect: set[int] = set()  # claims (by index) stated in the imperfect
    figures_read = 0
    named_in_passage: dict[str, list[str]] = {}  # per passage, every party named so far
    last_named_sentence: dict[str, list[str]] = {}  # per passage, the last sentence's parties
    bounded = False  # whether the article met the bounds on figures (said once)
    cut: dict[int, int] = {}  # start -> end of the sentences read only up to the bound
    previous_sentence: int | None = None

    def add(start: int, end: int, **fields: object) -> None:
        claims.append(
            Claim(id="", article=art.id, start=start, end=end, text=text[start:end], **fields)  # type: ignore[arg-type]
        )

    # Relative dates ("lundi", "hier") are read against the article's own date.
    reference = art.published or art.updated or art.metadata.get("date")
    for sent, names in zip(parse.sentences, parse.names, strict=True):
        s, e = sent.start, sent.end
        # Figures are read up to a bound, so that any article the reader accepts is analysed in
        # seconds: no real sentence is this long, no real article holds this many figures.
        if figures_read >= MAX_FIGURES:
            parse.notes.append(
                f"{art.id}: after its first {MAX_FIGURES:,} figures, the rest of the article is "
                "not read for claims"
            )
            break
        if e - s > MAX_SENTENCE_FOR_FIGURES:
            if not bounded:
                bounded = True
                parse.notes.append(
                    f"{art.id}: figures beyond {MAX_SENTENCE_FOR_FIGURES:,} characters of one "
                    "sentence are not read"
                )
            # Its clauses, names and cues too: what a figure is about is read in what is read.
            e = s + MAX_SENTENCE_FOR_FIGURES
            names = [n for n in names if n.end <= e]
            cut[s] = sent.end
        clauses = memo.run(
            "clauses", text, folded, s, e, lambda t, _f, a, b: split_clauses(t, a, b)
        )
        names_key = tuple((n.start - s, n.end - s, n.key, n.kind) for n in names)
        attributions = memo.run(
            "attributions",
            text,
            folded,
            s,
            e,
            partial(_attributions, names, clauses, index.canonical, s),
            names_key,
        )
        attr_spans = [(a.start, a.end) for a in attributions]
        orgs = [
            n
            for n in names
            if index.kind.get(index.resolve(n.key)) == "organisation"
            and not any(a <= n.start < b for a, b in attr_spans)
        ]
        sentence_subject = _unique(index.resolve(n.key) for n in orgs)
        if not sentence_subject:
            sentence_subject = prev_subject.get(sent.passage, [])
        prev_subject[sent.passage] = sentence_subject
        question = is_question(text, s, sent.end)
        quantities = memo.run(
            "quantities",
            text,
            folded,
            s,
            e,
            lambda t, f, a, b: find_quantities(t, f, lang, a, b),
            lang,
        )
        all_dates = memo.run(
            "dates",
            text,
            folded,
            s,
            e,
            lambda t, f, a, b: find_dates(t, f, a, b, lang=lang, reference=reference),
            (lang, reference),
        )
        times = memo.run("times", text, folded, s, e, find_times)
        word_durations = memo.run(
            "durations", text, folded, s, e, lambda _t, f, a, b: find_word_durations(f, a, b)
        )
        figures_read += len(quantities) + len(all_dates) + len(times)
        quantities = settle_overlaps(quantities, word_durations, all_dates, times)
        dates = [
            d
            for d in all_dates
            if not any(q.start < d.end and d.start < q.end for q in quantities)
            and not any(t.start < d.end and d.start < t.end for t in times)
        ]
        # The words that frame and qualify figures, read only where there are figures.
        figured = bool(quantities or dates)
        sessions = (
            memo.run("sessions", text, folded, s, e, lambda _t, f, a, b: sessions_in(f, a, b))
            if figured
            else []
        )
        session_starts = [x[0] for x in sessions]
        sentence_near, sentence_wide = (
            memo.run("cues", text, folded, s, e, lambda _t, f, a, b: clause_cues(f, a, b))
            if figured
            else ([], [])
        )
        near_starts = [c.start for c in sentence_near]
        found = sorted(
            [(q.start, q.end, _quantity_fields(q, False)) for q in quantities]
            + [(d.start, d.end, _date_fields(d)) for d in dates]
            + [(t.start, t.end, _time_fields(t)) for t in times],
            key=lambda f: f[0],
        )
        found_starts = [f[0] for f in found]
        # Whom figures may be about: organisations and people, not the sources quoted.
        people = [
            n
            for n in names
            if index.kind.get(index.resolve(n.key)) == "person"
            and not any(a <= n.start < b for a, b in attr_spans)
        ]
        persons.update(index.resolve(n.key) for n in people)
        parties = sorted(
            (n for n in orgs + people if not is_source_name(folded, n.start, n.end, (s, e))),
            key=lambda n: n.start,
        )
        earlier = mentioned.setdefault(sent.passage, [])
        # The period a paragraph set before ("Au troisième trimestre, … Le bénéfice atteint…").
        period_before = periods_set.get(sent.passage)
        clause_hedges = memo.run(
            "hedges",
            text,
            folded,
            s,
            e,
            partial(_clause_hedges, clauses, lang, s),
            lang,
        )
        for (cs, ce), hedges in zip(clauses, clause_hedges, strict=True):
            clause_subject = _unique(index.resolve(n.key) for n in orgs if cs <= n.start < ce)
            in_clause = [n for n in parties if cs <= n.start < ce]
            # A person is what a figure is about only as its clause's subject: the first name,
            # before the figure ("Son coéquipier Paul Martin touche…"), not "en présence de X".
            in_clause = [
                n for k, n in enumerate(in_clause) if index.resolve(n.key) not in persons or k == 0
            ]
            before = Before(
                [index.resolve(n.key) for n in parties if n.end <= cs],
                last_named_sentence.get(sent.passage, []),
                named_in_passage.setdefault(sent.passage, []),
                last_named,
            )
            wide = [c for c in sentence_wide if cs <= c.start and c.end <= ce]

            shared: dict[str, object] = {
                "subject": clause_subject or sentence_subject,
                "sentence_start": s,
                "sentence_end": e,
            }

            to_date = bool(_TO_DATE.search(folded, cs, ce))
            first, last = bisect_left(found_starts, cs), bisect_left(found_starts, ce)
            for vs, ve, fields in found[first:last]:
                if cs <= vs < ce:
                    if fields["kind"] == "money" and to_date:
                        fields = {**fields, "role": "to-date"}
                    # Every look around a figure stays within a window of it: a clause of
                    # a thousand figures costs a thousand windows, not a million scans.
                    ws, we = max(cs, vs - WINDOW), min(ce, ve + WINDOW)
                    near = _within(sentence_near, near_starts, ws, we)
                    lead = _within(sentence_near, near_starts, max(s, vs - 2 * WINDOW), cs)
                    cues = (near, wide)
                    spans = _within_spans(sessions, session_starts, ws, we)
                    evidence = _evidence(hedges, folded, vs, ve, question, attributions)
                    if (
                        evidence["hedged"]
                        and fields["kind"] in {"duration", "date", "time"}
                        and _PRESUPPOSED.search(folded, max(cs, vs - 8), vs)
                    ):
                        # "expects the strike to cost €30m over the two days": the days are
                        # taken as known, only the cost is hedged.
                        evidence.update(hedged=False, status="asserted", cue=None)
                        evidence.update(cue_start=None, cue_end=None)
                        if evidence["attribution"]:
                            evidence["status"] = "attributed"
                    if not evidence["hedged"] and evidence["status"] in {"asserted", "attributed"}:
                        verb = asserting_verb(folded, ws, vs)
                        # A verb with another figure between governs that one ("closed at
                        # $23.90, just under the $24.00 offered").
                        if verb is not None and bisect_left(found_starts, verb[1]) == bisect_left(
                            found_starts, vs
                        ):
                            # The words that state it as fact, evidence beside the hedges.
                            evidence.update(
                                cue=text[verb[0] : verb[1]], cue_start=verb[0], cue_end=verb[1]
                            )
                    kind = str(fields["kind"])
                    entity, entity_from = _entity(
                        kind, folded, (ws, ce), (vs, ve), in_clause, before, index, persons
                    )
                    fact = None
                    if kind != "time":
                        frame = _frame(
                            fields, text, folded, (ws, we), (vs, ve), (*cues, lead), spans
                        )
                        cue_span = (
                            (frame[1], frame[2])
                            if frame[1] is not None and frame[2] is not None
                            else None
                        )
                        fact = make_key(
                            entity=entity,
                            entity_from=entity_from,
                            frame=frame,
                            segment=(
                                measure_near(cues[0], vs, ve)
                                if kind == "date" and frame[0] == "end"
                                else segment_of(text, folded, frame[0], cue_span, lang, (ws, vs))
                            ),
                            session=nearest_session(spans, vs, ve) or _day_named(dates, ws, we),
                            reference=_reference(dates, ws, we, vs, ve) if kind != "date" else None,
                            period=period_in(folded, ws, we) or period_before,
                            day_part=day_part_in(folded, ws, we),
                            counter=evidence["attribution"]  # type: ignore[arg-type]
                            or _counted_by(orgs, parties, (cs, ce), (vs, ve), folded, index),
                            past=(tense := past_of(folded, cs, vs)) == "former",
                            basis=basis_of(folded, vs, ve, ce) if kind == "money" else None,
                        )
                    if fact is not None and tense == "imperfect":
                        imperfect.add(len(claims))
                    add(
                        vs,
                        ve,
                        **fields,
                        **shared,
                        **evidence,
                        fact=fact,
                    )
        earlier.append(_unique(index.resolve(n.key) for n in parties))
        named_in_passage.setdefault(sent.passage, []).extend(earlier[-1])
        if earlier[-1]:
            last_named_sentence[sent.passage] = earlier[-1]
        said = _period_said(dates, folded, s, e)
        if said:
            periods_set[sent.passage] = said
        companies = [n for n in parties if n in orgs]
        if companies:
            last_named = index.resolve(companies[-1].key)
        _disclaimed(claims, text, folded, s, e, previous_sentence)
        previous_sentence = s
        _statements(add, text, folded, s, e, lang, names, index, memo)
        for a in attributions:
            if a.source is None:
                continue
            add(
                a.start,
                a.end,
                kind="attribution",
                value=a.source,
                display=a.display or index.display.get(a.source, a.source),
                subject=[a.source],
                sentence_start=s,
                sentence_end=e,
            )
        responses = memo.run(
            "responses",
            text,
            folded,
            s,
            e,
            partial(_responses, names, index.canonical, s),
            names_key,
        )
        for r in responses:
            who = r.subject or (sentence_subject[0] if sentence_subject else None)
            add(
                r.start,
                r.end,
                kind="response",
                value=r.value,
                display=r.value.replace("-", " "),
                status=r.value if r.value != "confirmed" else "asserted",
                subject=[who] if who else [],
                sentence_start=s,
                sentence_end=e,
            )
        for n in orgs:
            key = index.resolve(n.key)
            add(
                n.start,
                n.end,
                kind="organisation",
                value=key,
                display=index.display.get(key, n.surface),
                subject=[key],
                sentence_start=s,
                sentence_end=e,
            )
    _contrast_tenses(claims, imperfect)
    for c in claims if cut else ():  # a claim of a sentence read up to the bound quotes it all
        c.sentence_end = cut.get(c.sentence_start, c.sentence_end)
    claims.sort(key=lambda c: (c.start, c.end))
    for i, c in enumerate(claims, 1):
        c.id = f"{art.id}:c{i}"
        if alike is not None:
            claims[i - 1] = compact(alike.share(c))
    return claims


def _frame(
    fields: dict[str, object],
    text: str,
    folded: str,
    clause: tuple[int, int],
    span: tuple[int, int],
    cues: tuple[list[Cue], list[Cue], list[Cue]],
    sessions: list[tuple[int, int, str]],
) -> tuple[str | None, int | None, int | None]:
    """The measure frame of a figure; a date's is what happens then ("to close in 2026"), else
    what its role says ("à partir de" a start, "by" an end, "since")."""
    kind = str(fields["kind"])
    role = fields.get("role")
    if kind == "date" and role in {"start", "end", "since"}:
        return str(role), None, None  # "à partir de 2028" is a start, whatever was signed
    unit = fields.get("unit")
    found = frame_of(
        kind,
        unit if isinstance(unit, str) else None,
        fields.get("sign") is not None,
        text,
        folded,
        clause,
        span,
        cues,
        nearest_session([x for x in sessions if clause[0] <= x[0] < clause[1]], *span),
    )
    return found


AGE_NAME_GAP = 3
"""An age names its person when it follows the name this closely ("Jane Roe, 57,")."""


@dataclass
class Before:
    """The parties named before a clause: earlier in its sentence, in the last sentence of its
    paragraph that names any, and in the whole paragraph, in reading order."""

    sentence: list[str]
    last_sentence: list[str]
    paragraph: list[str]
    article: str | None = None
    """The last party the article named before, in any paragraph: what "the deal" refers to."""


def _entity(
    kind: str,
    folded: str,
    clause: tuple[int, int],
    span: tuple[int, int],
    in_clause: list[NameMention],
    before: Before,
    index: NameIndex,
    persons: set[str],
) -> tuple[list[str], str]:
    """Whom a figure is about: the parties its clause names (not those it is compared with);
    else the party a referring word points back to; else the last party named earlier in its
    sentence, or named alone by the paragraph's last sentence that names any ("paragraph");
    a sentence naming several leaves it a guess; else the story's subject. An age is a
    person's: only a name just before it says whose."""
    vs = span[0]
    if kind == "age":
        just_before = [n for n in in_clause if 0 <= vs - n.end <= AGE_NAME_GAP]
        if just_before:
            return [index.resolve(just_before[-1].key)], "named"
        if refers_back(folded, clause[0], vs) == "pronoun":
            return [], "pronoun"  # "il … pour ses 14 ans": the story's person, if it has one
        return [], "unnamed"  # "une fillette de 8 ans" is someone: agreeing, never contradicting
    compared = compared_names(folded, span, [(n.start, n.end) for n in in_clause])
    named = _unique(
        index.resolve(n.key) for n, other in zip(in_clause, compared, strict=True) if not other
    )
    if named:
        return named, "named"
    how = refers_back(folded, clause[0], vs)
    if how == "pronoun" and before.sentence:
        return [before.sentence[-1]], "sentence"  # "…au PSG, dont il est le meilleur buteur"
    recent = before.sentence or before.paragraph
    if how == "anaphor":
        # "le titre", "the company" refer back to an issuer, never to an index.
        recent = [k for k in recent if is_issuer(k) and k not in persons]
        if recent:
            return [recent[-1]], how
        if before.article and is_issuer(before.article) and before.article not in persons:
            return [before.article], how
    elif how and recent:
        return [recent[-1]], how
    if before.sentence:
        return [before.sentence[-1]], "sentence"
    if before.last_sentence:
        last = before.last_sentence
        return [last[-1]], "paragraph" if len(last) == 1 else "guess"
    return [], "pronoun" if how == "pronoun" else "story"


def _attributions(
    names: list[NameMention],
    clauses: list[tuple[int, int]],
    canonical: dict[str, str],
    s: int,
    text: str,
    folded: str,
    start: int,
    end: int,
) -> list[Attribution]:
    """The attributions of the sentence that starts at `s`, read at `start` in `text`."""
    by = start - s
    return find_attributions(
        text, folded, start, end, moved(names, by), canonical, moved(clauses, by)
    )


def _clause_hedges(
    clauses: list[tuple[int, int]], lang: str, s: int, text: str, folded: str, start: int, _end: int
) -> list[list[Hedge]]:
    """The hedges of each clause of the sentence that starts at `s`, read at `start` in `text`."""
    by = start - s
    return [find_hedges(text, folded, cs + by, ce + by, lang) for cs, ce in clauses]


def _responses(
    names: list[NameMention],
    canonical: dict[str, str],
    s: int,
    _text: str,
    folded: str,
    start: int,
    end: int,
) -> list[Response]:
    """The responses of the sentence that starts at `s`, read at `start` in `folded`."""
    return find_responses(folded, start, end, moved(names, start - s), canonical)


def _statements(
    add: Callable[..., None],
    text: str,
    folded: str,
    s: int,
    e: int,
    lang: str,
    names: list[NameMention],
    index: NameIndex,
    memo: SentenceMemo,
) -> None:
    """Add the claims of what a sentence says beyond figures: quotes with their speaker and
    channel, who first reported the story, the members of a group, figures said to be
    undisclosed."""
    shared: dict[str, object] = {"sentence_start": s, "sentence_end": e}

    def named(start: int | None, end: int | None) -> list[str]:
        if start is None or end is None:
            return []
        return _unique(index.resolve(n.key) for n in names if start <= n.start < end)

    for q in find_quotes(text, s, e, lang):
        words = text[q.start : q.end]
        add(
            q.start,
            q.end,
            kind="quote",
            value=q.key,
            display=f"« {' '.join(words.split()[:QUOTE_WORDS])}"
            + (" … »" if len(words.split()) > QUOTE_WORDS else " »"),
            subject=named(q.speaker_start, q.speaker_end),
            role=q.channel,
            # A quote may run on past the sentence it opens in: its claim's sentence holds it.
            sentence_start=min(s, q.start),
            sentence_end=max(e, q.end),
        )
    first_reports = memo.run(
        "first-reports",
        text,
        folded,
        s,
        e,
        lambda t, f, a, b: find_first_reports(t, f, a, b, lang),
        lang,
    )
    for r in first_reports:
        if not r.strong:
            continue  # "selon X" is an attribution, read as such
        keys = named(r.outlet_start, r.outlet_end)
        outlet = keys[0] if keys else outlet_key(r.outlet)
        add(
            r.start,
            r.end,
            kind="first-report",
            value=outlet,
            display=index.display.get(outlet, r.outlet),
            subject=[outlet],
            **shared,
        )
    names_key = tuple((n.start - s, n.end - s, n.key, n.kind) for n in names)
    member_lists = memo.run(
        "member-lists",
        text,
        folded,
        s,
        e,
        lambda t, f, a, b: find_member_lists(t, f, a, b, moved(names, a - s)),
        names_key,
    )
    for m in member_lists:
        group, _, owner = m.group.partition(":")
        members = _unique(index.resolve(k) for k in m.members)
        add(
            m.start,
            m.end,
            kind="member-list",
            value=f"{group}:{index.resolve(owner)}" if owner else group,
            display=", ".join(index.display.get(k, k) for k in members),
            subject=members,
            role="complete" if m.complete else "open",
            **shared,
        )
    nondisclosures = memo.run(
        "nondisclosures",
        text,
        folded,
        s,
        e,
        lambda t, f, a, b: find_nondisclosures(t, f, a, b, lang),
        lang,
    )
    for d in nondisclosures:
        add(
            d.start,
            d.end,
            kind="undisclosed",
            value=d.what or "figure",
            display=f"{d.what or 'figures'} not disclosed",
            **shared,
        )


QUOTE_WORDS = 8
"""How many of a quote's words its display keeps."""


_DISCLAIMER = re.compile(
    r"(?<![a-z])(?:n'(?:a|ont|avait|avaient)\s+(?:pas\s+|jamais\s+)?(?:encore\s+)?confirme|"
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?confirmed|(?:hasn't|haven't|hadn't|did not|didn't)"
    r"\s+(?:yet\s+)?confirm(?:ed)?|(?:declined|refused)\s+to\s+confirm)\s+"
    r"(?:ce|ces|cette|cet|this|these|that|the)\s+(?:chiffres?|montants?|informations?|bilan|"
    r"figures?|numbers?|reports?|amounts?|toll|estimates?|estimations?)(?![a-z])"
)
"""A clause that declines to confirm "this figure": it hedges the figures said before it."""


def _disclaimed(
    claims: list[Claim], text: str, folded: str, s: int, e: int, previous_sentence: int | None
) -> None:
    """Hedge the figures a disclaimer refers back to: those of its sentence before it ("…1 200
    postes, mais ni la direction ni les syndicats n'ont confirmé ce chiffre"), or of the
    sentence before when it opens its own."""
    m = _DISCLAIMER.search(folded, s, e)
    if m is None:
        return
    own = [c for c in claims if c.sentence_start == s and c.end <= m.start()]
    targets = own or [c for c in claims if c.sentence_start == previous_sentence]
    for c in targets:
        if c.fact is not None and not c.hedged:
            c.hedged = True
            c.status = "hedged"
            c.cue = text[m.start() : m.end()]
            c.cue_start, c.cue_end = m.start(), m.end()


MAX_FIGURES = 10_000
"""Figures read in one article at most (a real article holds a few hundred)."""
MAX_SENTENCE_FOR_FIGURES = 20_000
"""Characters of one sentence in which figures are read at most."""
WINDOW = 240
"""How far around a figure (in characters, within its clause) its frame, qualifiers and
asserting verb are read."""


def _within(cues: list[Cue], starts: list[int], lo: int, hi: int) -> list[Cue]:
    """The cues (sorted by start) that lie within [lo, hi)."""
    return [c for c in cues[bisect_left(starts, lo) : bisect_left(starts, hi)] if c.end <= hi]


def _within_spans(
    spans: list[tuple[int, int, str]], starts: list[int], lo: int, hi: int
) -> list[tuple[int, int, str]]:
    """The named spans (sorted by start) that lie within [lo, hi)."""
    return spans[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _contrast_tenses(claims: list[Claim], imperfect: set[int]) -> None:
    """A figure in the imperfect is a former state where the article states the same measure
    in another tense ("il percevait 32 M€ … il touchera 15 M€"); alone, the imperfect is the
    ordinary tense of a description ("le foyer se trouvait à 10 km")."""
    other: set[str | None] = {
        c.fact.frame for n, c in enumerate(claims) if c.fact and n not in imperfect
    }
    for n in imperfect:
        fact = claims[n].fact
        if fact is not None and fact.frame is not None and fact.frame in other:
            fact.past = True


COUNTER_GAP = 3
"""A source named this close before a clause ("l'institut, qui avait compté…") counted its
figures."""


def _counted_by(
    orgs: list[NameMention],
    parties: list[NameMention],
    clause: tuple[int, int],
    span: tuple[int, int],
    folded: str,
    index: NameIndex,
) -> str | None:
    """Who counted: a source the clause names by its verb, or that the clause's relative
    pronoun stands for ("si l'on en croit l'Agence Dalmas, qui avait compté…"); not one that credits
    the other term of a comparison ("85 000, autant que pour X si l'on en croit Y")."""
    cs, ce = clause
    near = [n for n in orgs if n not in parties and cs - COUNTER_GAP <= n.end <= ce]
    compared = compared_names(folded, span, [(n.start, n.end) for n in near])
    sources = [n for n, other in zip(near, compared, strict=True) if not other]
    return index.resolve(sources[0].key) if sources else None


def _period_said(dates: list[DateMention], folded: str, s: int, e: int) -> str | None:
    """The period a sentence names for what follows: a year, quarter, half or month, else
    period words ("au troisième trimestre")."""
    for d in dates:
        if d.value and d.value[:4].isdigit() and len(d.value) < len("2025-05-15"):
            return d.value
    return period_in(folded, s, e)


def _day_named(dates: list[DateMention], cs: int, ce: int) -> str | None:
    """A move given for a named day ("fell 9% on Thursday") is that day's move, to its close."""
    for d in dates:
        day = d.relative or (d.value is not None and len(d.value) >= len("2025-05-15"))
        if cs <= d.start < ce and d.role == "point" and day:
            return "close"
    return None


def _reference(dates: list[DateMention], cs: int, ce: int, vs: int, ve: int) -> str | None:
    """The date a figure is given for: the nearest date with a value in its clause ("since
    August" or "by 2027" bound a span of time, not the day the figure holds)."""
    best: tuple[int, str] | None = None
    for d in dates:
        if d.value is None or d.role not in {"point", "start"} or not (cs <= d.start < ce):
            continue
        if d.start < ve and vs < d.end:
            continue
        distance = vs - d.end if d.end <= vs else d.start - ve
        if best is None or distance < best[0]:
            best = (distance, d.value)
    return best[1] if best else None


_PRESUPPOSED = re.compile(r"(?<![a-z])(?:the|these|those|les|ces)\s+$")
"""A definite determiner right before a span of time: it is taken as known."""
_TO_DATE = re.compile(
    r"jusqu'a present|jusqu'ici|a ce jour|pour l'instant|pour le moment|so far|to date|"
    r"thus far|until now|deja leve|already raised|already invested|deja investi"
)


def _date_fields(d: DateMention) -> dict[str, object]:
    """The claim fields of a date: its EDTF value, bounds, display and role."""
    return {
        "kind": "date",
        "value": d.value,
        "unit": "edtf",
        "low": d.low,
        "high": d.high,
        "display": d.display,
        "role": d.role,
        "relative": d.relative,
    }


def _time_fields(t: TimeMention) -> dict[str, object]:
    """The claim fields of a time of day: its value, zone and qualifier."""
    return {
        "kind": "time",
        "value": t.value,
        "unit": t.zone,
        "qualifier": t.qualifier,
        "approximate": t.qualifier == "approximate",
        "display": format_time(t.display, t.qualifier),
    }


def _quantity_fields(q: Quantity, to_date: bool) -> dict[str, object]:
    if q.period in {"year", "month", "week", "day", "hour"}:
        role: str | None = "rate"
    elif q.period:
        role = "unit-price"
    else:
        role = "total" if q.kind == "money" else None
    if to_date and q.kind == "money":
        role = "to-date"  # raised "so far" is progress towards a total, not the total
    return {
        "kind": q.kind,
        "value": q.value,
        "unit": q.unit,
        "low": q.low,
        "high": None if math.isinf(q.high) else q.high,
        "approximate": q.approximate,
        "qualifier": q.qualifier,
        "precision": q.precision,
        "sign": q.sign,
        "period": q.period,
        "role": role,
        "display": (
            format_range(q.kind, q.low, q.high, q.noun or q.unit)
            if q.qualifier == "range"
            else format_qualified(q.kind, q.value, q.noun or q.unit, q.qualifier)
        ),
    }


def _unique(keys: object) -> list[str]:
    out: list[str] = []
    for k in keys:  # type: ignore[attr-defined]
        if k not in out:
            out.append(k)
    return out
