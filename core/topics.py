"""Topics: themes of a story that passages are grouped by.

A topics file (TOML) is the user's way to steer: each topic has an id, a label (one string, or
one per language) and keywords in any language ("invest*" matches a prefix). Without a file,
topics are derived from the articles: terms and names that several sources share, grouped when
they occur in the same passages, and labelled with their most frequent forms.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .models import Sentence, Topic, TopicPassage
from .reading import RefusedFile, read_bounded
from .shown_names import shown_name
from .textnorm import STOPWORDS, fold, stem, strip_elision, words


class TopicsFileError(Exception):
    """A topics file that cannot be used; the message says why."""


@dataclass
class TopicSpec:
    """A topic as the user described it."""

    id: str
    labels: dict[str, str]
    keywords: list[str]
    pattern: re.Pattern[str] | None = field(default=None, repr=False)

    def label_for(self, language: str) -> str:
        """Return the label in `language`, else English, else any."""
        return (
            self.labels.get(language) or self.labels.get("en") or next(iter(self.labels.values()))
        )


def _keyword_pattern(keywords: list[str]) -> re.Pattern[str]:
    parts = []
    for kw in sorted(keywords, key=len, reverse=True):
        f = fold(kw.strip())
        prefix = f.endswith("*")
        f = f.rstrip("*").strip()
        if not f:
            continue
        body = r"[\s\-']+".join(re.escape(p) for p in re.split(r"[\s\-']+", f))
        parts.append(body + (r"\w*" if prefix else r"s?"))
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


def load_topics(path: Path) -> list[TopicSpec]:
    """Read a topics file and return its topics in file order.

    The file is read like an article (a regular file of at most `MAX_FILE_BYTES`: a FIFO or
    /dev/zero is refused unread). Raises `TopicsFileError`, one line naming the file and the
    problem, for a file that cannot be read, is not TOML, or holds a topic without a label or
    keywords, with an id that is not text or repeats another's, or with a keyword that has no
    letter or digit (a lone "*" would match every sentence).
    """
    name = shown_name(path)
    try:
        data = tomllib.loads(read_bounded(path, what="a topics file").decode("utf-8"))
    except RefusedFile as refused:
        raise TopicsFileError(f"{name}: {refused}; not read") from refused
    except OSError as exc:
        raise TopicsFileError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TopicsFileError(f"{name}: not a valid TOML file ({exc})") from exc
    entries = data.get("topic")
    if not isinstance(entries, list) or not entries:
        raise TopicsFileError(f"{name}: no [[topic]] entries")
    specs: list[TopicSpec] = []
    first_of: dict[str, int] = {}
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise TopicsFileError(f"{name}: topic {n} is not a table")
        label = entry.get("label")
        labels = label if isinstance(label, dict) else {"en": label} if label else {}
        keywords = entry.get("keywords", [])
        if not labels or not all(isinstance(v, str) for v in labels.values()):
            raise TopicsFileError(f"{name}: topic {n} needs a label")
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            raise TopicsFileError(f"{name}: topic {n} needs a list of keywords")
        for kw in keywords:
            if not _WORD_RE.search(fold(kw)):
                raise TopicsFileError(
                    f"{name}: topic {n} has the keyword {shown_name(repr(kw))}, which has no "
                    "letter or digit and would match every sentence"
                )
        tid = _topic_id(entry.get("id"), labels, n, name)
        if tid in first_of:
            raise TopicsFileError(
                f"{name}: topic {n} has the id {shown_name(repr(tid))}, already that of "
                f"topic {first_of[tid]}; give each topic its own id"
            )
        first_of[tid] = n
        spec = TopicSpec(tid, {str(k): str(v) for k, v in labels.items()}, keywords)
        spec.pattern = _keyword_pattern(keywords) if keywords else None
        specs.append(spec)
    return specs


_WORD_RE = re.compile(r"[^\W_]")
"""A letter or a digit: a keyword needs one."""
_TOML_TYPES = {list: "a list", dict: "a table", bool: "true or false", int: "a number"}


def _topic_id(given: object, labels: dict[str, str], n: int, name: str) -> str:
    """The id of topic `n`: the one given (text), else one made from its first label."""
    if given is None or given == "":
        return re.sub(r"\W+", "-", fold(next(iter(labels.values()))))
    if not isinstance(given, str):
        kind = next((v for t, v in _TOML_TYPES.items() if isinstance(given, t)), "not text")
        raise TopicsFileError(f'{name}: topic {n} has an id that is {kind}; write id = "some-id"')
    return given


@dataclass
class Assignment:
    """The topic of each sentence (None when it has none) and the topics themselves."""

    topics: list[Topic]
    by_sentence: dict[tuple[str, int], str | None]

    def topic_at(self, article: str, sentence_start: int) -> str | None:
        """Return the topic of the sentence of `article` that starts at `sentence_start`."""
        return self.by_sentence.get((article, sentence_start))


def _merge_passages(
    sentences: list[Sentence], topic_of: dict[tuple[str, int], str | None]
) -> dict[str, list[TopicPassage]]:
    out: dict[str, list[TopicPassage]] = defaultdict(list)
    prev: tuple[str, str, str | None] | None = None  # article, passage, topic
    for s in sentences:
        t = topic_of.get((s.article, s.start))
        if t is None:
            prev = None
            continue
        if prev == (s.article, s.passage, t):
            last = out[t][-1]
            out[t][-1] = TopicPassage(article=last.article, start=last.start, end=s.end)
        else:
            out[t].append(TopicPassage(article=s.article, start=s.start, end=s.end))
        prev = (s.article, s.passage, t)
    return out


def assign_from_file(
    specs: list[TopicSpec], sentences: list[Sentence], texts: dict[str, str], language: str
) -> Assignment:
    """Give each sentence the topic whose keywords it matches most; unmatched sentences take
    the topic of their passage."""
    scores: dict[tuple[str, int], Counter[str]] = {}
    by_passage: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sentences:
        folded = fold(texts[s.article][s.start : s.end])
        c: Counter[str] = Counter()
        for spec in specs:
            if spec.pattern is not None:
                hits = len(spec.pattern.findall(folded))
                if hits:
                    c[spec.id] = hits
        scores[(s.article, s.start)] = c
        by_passage[s.passage].update(c)
    order = {spec.id: i for i, spec in enumerate(specs)}
    topic_of: dict[tuple[str, int], str | None] = {}
    for s in sentences:
        c = scores[(s.article, s.start)]
        if not c:
            c = by_passage[s.passage]
        if not c:
            topic_of[(s.article, s.start)] = None
            continue
        passage_scores = by_passage[s.passage]
        best = max(c, key=lambda t: (c[t], passage_scores[t], -order[t]))
        topic_of[(s.article, s.start)] = best
    grouped = _merge_passages(sentences, topic_of)
    topics = [
        Topic(
            id=spec.id,
            label=spec.label_for(language),
            keywords=spec.keywords,
            origin="file",
            passages=grouped.get(spec.id, []),
        )
        for spec in specs
    ]
    return Assignment(topics, topic_of)


_QUANTITY_WORDS = frozenset(
    stem(w)
    for w in """
        milliard milliards million millions billion billions dollar dollars euro euros an
        ans annee annees year years mois month months pourcent percent gigawatt gigawatts
        chiffre montant amount also aussi plus deja egalement encore
    """.split()
)


NAME_BOOST = 2.0
"""Names shared by several sources say more about a theme than common words do."""
MIN_GROUP_SHARE = 0.25
"""A derived topic must weigh at least this share of the strongest one."""


def _terms(sentence: str, name_words: set[str]) -> list[tuple[str, str]]:
    """The terms a sentence gives a topic (stems of its longer lower-case words, no figures, no
    names), each with the form it is written in."""
    out = []
    for w, _a, _b in words(sentence):
        f = strip_elision(fold(w))
        if len(f) < 5 or f in STOPWORDS or any(ch.isdigit() for ch in f):
            continue
        if strip_elision(w)[:1].isupper():
            continue  # parts of names come in as names; sentence starts add noise
        t = stem(f)
        if t in _QUANTITY_WORDS or t in name_words:
            continue
        out.append((t, strip_elision(w.lower())))
    return out


def derive_topics(
    sentences: list[Sentence],
    texts: dict[str, str],
    passage_names: dict[str, set[str]],
    name_display: dict[str, str],
    max_topics: int = 6,
) -> Assignment:
    """Derive topics from shared terms and names when the user gave no topics file."""
    passage_sentences: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        passage_sentences[s.passage].append(s)
    passage_article = {pid: ss[0].article for pid, ss in passage_sentences.items()}
    surface: dict[str, Counter[str]] = defaultdict(Counter)
    terms_of: dict[str, set[str]] = {}
    name_words = {
        stem(strip_elision(fold(w)))
        for keys in passage_names.values()
        for k in keys
        for w, _a, _b in words(name_display.get(k, k))
    }
    # The terms of each distinct sentence text, read once: reprinted copy repeats sentences.
    sentence_terms: dict[str, list[tuple[str, str]]] = {}
    for pid, ss in passage_sentences.items():
        terms: set[str] = {f"@{k}" for k in passage_names.get(pid, set())}
        for s in ss:
            sentence = texts[s.article][s.start : s.end]
            found = sentence_terms.get(sentence)
            if found is None:
                found = sentence_terms[sentence] = _terms(sentence, name_words)
            for t, shown in found:
                terms.add(t)
                surface[t][shown] += 1
        terms_of[pid] = terms
    n_passages = max(1, len(terms_of))
    n_articles = len(set(passage_article.values()))
    passages_with: dict[str, set[str]] = defaultdict(set)
    for pid, terms in terms_of.items():
        for t in terms:
            passages_with[t].add(pid)
    weight: dict[str, float] = {}
    for t, pids in passages_with.items():
        arts = {passage_article[p] for p in pids}
        if len(arts) < 2 or (len(arts) > max(2, 0.8 * n_articles) and n_articles > 2):
            continue
        if len(pids) > 0.4 * n_passages:
            continue
        if len(pids) < 2:
            continue
        boost = NAME_BOOST if t.startswith("@") else 1.0
        weight[t] = boost * len(arts) * math.log(1 + n_passages / len(pids))
    groups: list[tuple[list[str], set[str]]] = []
    for t in sorted(weight, key=lambda t: (-weight[t], t)):
        pids = passages_with[t]
        for group_terms, covered in groups:
            if len(pids & covered) / len(pids | covered) >= 0.34:
                group_terms.append(t)
                covered |= pids
                break
        else:
            covered_any = set().union(*(c for _t, c in groups)) if groups else set()
            if len(groups) < max_topics and len(pids - covered_any) >= 0.5 * len(pids):
                groups.append(([t], set(pids)))
    strength = [sum(weight[t] for t in terms) for terms, _c in groups]
    top = max(strength, default=0.0)
    groups = [g for g, s in zip(groups, strength, strict=True) if s >= MIN_GROUP_SHARE * top]
    topic_of_passage: dict[str, str] = {}
    topics: list[Topic] = []
    ids = []
    for n, (group_terms, _covered) in enumerate(groups, 1):
        label_terms = [
            name_display.get(t[1:], t[1:]) if t.startswith("@") else surface[t].most_common(1)[0][0]
            for t in sorted(group_terms, key=lambda t: (not t.startswith("@"), -weight[t]))[:3]
        ]
        ids.append(f"t{n}")
        topics.append(
            Topic(
                id=f"t{n}",
                label=" · ".join(label_terms[:2]),
                keywords=label_terms,
                origin="derived",
            )
        )
    for pid, terms in terms_of.items():
        best, best_score = None, 0.0
        for tid, (gterms, _c) in zip(ids, groups, strict=True):
            score = sum(weight.get(t, 0.0) for t in gterms if t in terms)
            if score > best_score:
                best, best_score = tid, score
        if best:
            topic_of_passage[pid] = best
    topic_of = {(s.article, s.start): topic_of_passage.get(s.passage) for s in sentences}
    grouped = _merge_passages(sentences, topic_of)
    kept = []
    for topic in topics:
        topic.passages = grouped.get(topic.id, [])
        if len({p.article for p in topic.passages}) >= 2:
            kept.append(topic)
    kept_ids = {t.id for t in kept}
    topic_of = {k: (v if v in kept_ids else None) for k, v in topic_of.items()}
    return Assignment(kept, topic_of)
