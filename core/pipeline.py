"""The whole analysis: read, clean, segment, extract, group by topic, align and compare."""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .align import align_topic
from .compare import compare
from .entities import NameIndex, build_index
from .extract import ArticleParse, capitalised_in, extract_claims, parse_article
from .models import Analysis, Article, Claim
from .reading import (
    RawArticle,
    ReadError,
    Skipped,
    collect_paths,
    default_topics_file,
    read_article,
    sample_dir,
    unique_ids,
)
from .sentence_memo import SentenceMemo
from .shared_values import SharedValues
from .shown_names import shown_name
from .topic_labels import name_derived_topics
from .topics import Assignment, assign_from_file, derive_topics, load_topics
from .two_cores import extract_all, find_all_names, origins_beside

ANALYSIS_GC_THRESHOLD = (100_000, 50, 100)
"""The collector's thresholds while an analysis runs. It allocates millions of objects and
frees few cycles: with the default (700, 10, 10) the collector walked every live object over
and over (5,000 reprinted articles: 38.6 s with the defaults, 32.8 s with these, the same peak
memory)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with the collector's thresholds raised, and put the previous ones back."""
    before = gc.get_threshold()
    gc.set_threshold(*ANALYSIS_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def analyse(paths: list[Path] | None = None, topics_file: Path | None = None) -> Analysis:
    """Analyse the articles at `paths` (the bundled sample when None) and return the result.

    Without `topics_file`, a topics.toml inside the one folder given is used; failing that,
    topics are derived from the articles.
    """
    with fewer_collections():
        return _analyse(paths, topics_file)


def _analyse(paths: list[Path] | None, topics_file: Path | None) -> Analysis:
    if not paths:
        paths = [sample_dir()]
    if topics_file is None:
        topics_file = default_topics_file(paths)
    notices: list[str] = []
    files = collect_paths(paths, notices)
    found: list[RawArticle] = []
    for f in files:
        try:
            found.append(read_article(f))
        except Skipped as skip:
            notices.append(str(skip))
        except ReadError as exc:
            if len(files) == 1:
                raise
            notices.append(f"{exc}; skipped")
    if not found:
        reason = notices[0] if len(notices) == 1 else f"{len(notices)} files, none readable"
        raise ReadError(f"no article to analyse: {reason}")
    raws = unique_ids(found)
    with origins_beside(raws) as origins_found:  # in a child, while the articles are read here
        parses = [parse_article(r) for r in raws]
        # Finding origins takes longer than reading the articles: meanwhile, what each article
        # capitalises (for its names, below).
        capitalised = {p.article.id: capitalised_in(p) for p in parses}
        origins = origins_found()
    for dup, kept in origins.duplicate_of.items():
        notices.append(f"{shown_name(dup)} is the same text as {shown_name(kept)}: counted once")
    parses = [p for p in parses if p.article.id not in origins.duplicate_of]
    memo = SentenceMemo.for_sentences(
        p.article.text[s.start : s.end] for p in parses for s in p.sentences
    )
    find_all_names(parses, set().union(*(capitalised.pop(p.article.id) for p in parses)))
    del capitalised
    for p in parses:
        p.article.origin = origins.origin[p.article.id]
    index = build_index([n for p in parses for names in p.names for n in names])
    claims = extract_all(parses, index, memo, SharedValues())
    del memo  # what it kept of the repeated sentences served the extractors only
    for p in parses:
        p.folded = ""  # so did the folded copy of each article
    for p in parses:
        notices.extend(p.notes)
    articles = [p.article for p in parses]
    sentences = [s for p in parses for s in p.sentences]
    texts = {a.id: a.text for a in articles}
    languages = Counter(a.language for a in articles)
    language = languages.most_common(1)[0][0] if languages else "en"
    title_names = _title_names(parses, index)
    passage_names: dict[str, set[str]] = defaultdict(set)
    if topics_file is None:
        for p in parses:
            for s, names in zip(p.sentences, p.names, strict=True):
                passage_names[s.passage].update(
                    index.resolve(n.key) for n in names if n.kind == "organisation"
                )
    for p in parses:
        p.names = []  # every stage that reads the names of each sentence has run
    assignment: Assignment
    if topics_file is not None:
        assignment = assign_from_file(load_topics(topics_file), sentences, texts, language)
    else:
        assignment = derive_topics(sentences, texts, passage_names, index.display)
    # Every stage that reads sentences has run: let them go before the comparison and the
    # alignment build their own (an analysis of thousands of articles).
    del sentences, passage_names
    for p in parses:
        p.sentences = []
    for c in claims:
        c.topic = assignment.topic_at(c.article, c.sentence_start)
    ids = [a.id for a in articles]
    findings = compare(
        claims,
        index.display,
        block_by_topic=topics_file is not None,
        origin_of=origins.origin,
        title_names=title_names,
        people=frozenset(k for k, kind in index.kind.items() if kind == "person"),
    )
    name_derived_topics(assignment.topics, findings)
    alignment = [
        row for t in assignment.topics for row in align_topic(t, ids, texts, claims, findings)
    ]
    if len(articles) == 1:
        notices.append("Only one article: there is nothing to compare it with.")
    independent = origins.independent()
    if independent < len(articles):
        notices.append(_independence(articles, independent))
    return Analysis(
        articles=articles,
        passages=[p for parse in parses for p in parse.passages],
        claims=claims,
        topics=assignment.topics,
        alignment=alignment,
        findings=findings,
        notices=notices,
        duplicates=origins.duplicate_of,
    )


def _title_names(parses: list[ArticleParse], index: NameIndex) -> dict[str, set[str]]:
    """The organisations and people each article's title names (name keys)."""
    out: dict[str, set[str]] = {}
    for parse in parses:
        spans = [(p.start, p.end) for p in parse.passages if p.kind == "title"]
        out[parse.article.id] = {
            index.resolve(n.key)
            for names in parse.names
            for n in names
            if any(a <= n.start < b for a, b in spans)
            and index.kind.get(index.resolve(n.key)) in {"organisation", "person"}
        }
    return out


def claims_in(text: str, language: str | None = None) -> list[Claim]:
    """Return the claims of one text, analysed as a one-article story.

    `language` is "fr" or "en"; when None it is detected. Offsets index `text` as given.
    """
    parse = parse_article(RawArticle("text", "", text, "utf-8"), language)
    find_all_names([parse])
    index = build_index([n for names in parse.names for n in names])
    return extract_claims(parse, index)


def _independence(articles: list[Article], independent: int) -> str:
    """Return the notice on independence, e.g. "5 sources, 3 independent: b reprints a; d, e
    reprint c" (at most five origins named)."""
    copies: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        if a.origin and a.origin != a.id:
            copies[a.origin].append(a.id)
    parts = []
    for origin, ids in list(copies.items())[:5]:
        more = f" and {len(ids) - 3} more" if len(ids) > 3 else ""
        shown = ", ".join(map(shown_name, ids[:3])) + more
        parts.append(f"{shown} {'reprints' if len(ids) == 1 else 'reprint'} {shown_name(origin)}")
    if len(copies) > 5:
        parts.append(f"{len(copies) - 5} more stories reprinted")
    return f"{len(articles)} sources, {independent} independent: " + "; ".join(parts)
