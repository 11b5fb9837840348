"""The model of what the reader sees (tui/view_state.py): plain data, no app running."""

from __future__ import annotations

from dealview.core.models import Analysis, Finding
from dealview.tui.kinds import shown_kind
from dealview.tui.view_state import (
    Filter,
    Search,
    ViewState,
    evidence_of,
    fit_status,
    hidden_hint,
    hits_in_article,
    hits_in_topic,
    span_in,
    topic_with_hits,
)

KINDS = ("contradiction", "discrepancy", "certainty", "agreement", "single-source")


def test_findings_are_listed_by_kind_and_counted_in_it(sample: Analysis) -> None:
    state = ViewState(sample, KINDS)
    kinds = [KINDS.index(shown_kind(f)) for f in state.findings]
    assert kinds == sorted(kinds) and len(state.findings) == len(sample.findings)
    first = state.finding
    assert first is not None
    kind = shown_kind(first)
    assert state.position() == f"{kind} 1 / {state.counts[kind]}"
    state.index = state.counts[kind] - 1
    assert state.position() == f"{kind} {state.counts[kind]} / {state.counts[kind]}"


def test_next_index_goes_round_within_a_kind(sample: Analysis) -> None:
    state = ViewState(sample, KINDS)
    kind = shown_kind(state.findings[0])
    count = state.counts[kind]
    seen = []
    for _ in range(count):
        j = state.next_index(1, kind)
        assert j is not None
        state.index = j
        seen.append(j)
    assert seen[-1] == 0 and sorted(seen) == list(range(count))  # back to the first
    assert state.next_index(-1, kind) == count - 1
    assert state.next_index(1, "no such kind") is None
    # `accept` narrows further: the next finding with no verdict
    done = {f.id for f in state.findings[:3]}
    state.index = 0
    assert state.next_index(1, accept=lambda f: f.id not in done) == 3


def test_first_unreviewed_is_where_a_review_resumes(sample: Analysis) -> None:
    state = ViewState(sample, KINDS)
    done = {f.id for f in state.findings[:4]}
    assert state.first_unreviewed(lambda f: f.id in done) == 4
    assert state.first_unreviewed(lambda f: True) is None


def test_search_counts_matches_and_sources_and_steps_round(sample: Analysis) -> None:
    topic = sample.topics[0].id
    hits = hits_in_topic(sample, topic, "oracle")
    assert hits and hits == hits_in_topic(sample, topic, "ORACLE")  # any case
    for hit in hits:
        text = sample.article(hit.article).text
        assert text[hit.start : hit.start + 6].casefold() == "oracle"
        assert hit.passage <= hit.start
    search = Search("oracle", hits)
    sources = len({h.article for h in hits})
    assert search.summary() == f"{len(hits)} matches in {sources} sources (1/{len(hits)})"
    assert search.step(-1) == hits[-1] and search.position == len(hits) - 1
    assert search.step(1) == hits[0]
    assert Search("x").summary(" in this article") == "no match in this article"
    one = Search("q", hits[:1])
    assert one.summary() == "1 match in 1 source (1/1)"


def test_search_in_an_article_and_topic_to_search_in(sample: Analysis) -> None:
    article = sample.articles[0]
    hits = hits_in_article(sample, article.id, "Oracle")
    assert [h.start for h in hits] == [
        n for n in range(len(article.text)) if article.text[n : n + 6].casefold() == "oracle"
    ]
    current = sample.topics[0].id
    assert topic_with_hits(sample, current, "oracle") == current  # the current topic first
    assert topic_with_hits(sample, current, "zzzz-not-there") is None
    other = next(
        t.id for t in sample.topics if t.id != current and hits_in_topic(sample, t.id, "a")
    )
    word = next(
        w
        for w in ("gigawatts", "Abilene", "Stargate", "électricité", "Texas")
        if hits_in_topic(sample, other, w) and not hits_in_topic(sample, current, w)
    )
    assert topic_with_hits(sample, current, word) not in (current, None)


def test_evidence_puts_one_source_per_value_first(sample: Analysis) -> None:
    finding = next(f for f in sample.findings if f.kind == "contradiction" and len(f.values) > 1)
    evidence = evidence_of(sample, finding)
    firsts = [sample.claim(v.claims[0]).article for v in finding.values]
    assert evidence.sources[: len(set(firsts))] == list(dict.fromkeys(firsts))
    assert span_in(sample, finding, evidence.sources[0]) == evidence.first_offset
    outside = next((a.id for a in sample.articles if a.id not in evidence.sources), None)
    if outside is not None:
        assert span_in(sample, finding, outside) is None


def test_hidden_hint_points_to_the_hidden_sources() -> None:
    order = ["a", "b", "c", "d", "e"]
    assert hidden_hint(order, order) == ""
    assert hidden_hint(["a", "b"], order) == "showing 2 of 5 ▸ (tab)"
    assert hidden_hint(["d", "e"], order) == "◂ showing 2 of 5 (tab)"
    assert hidden_hint(["b", "c", "d"], order) == "◂ showing 3 of 5 ▸ (tab)"


def test_filter_admits_by_kind_source_topic_and_verdict(sample: Analysis) -> None:
    def never(_f: Finding) -> bool:
        return False

    everything = Filter()
    assert not everything.active
    assert all(everything.admits(sample, f, never) for f in sample.findings)
    state = ViewState(sample, KINDS)
    kind = shown_kind(state.findings[0])
    by_kind = Filter(kind=kind)
    assert by_kind.active and by_kind.describe() == kind
    assert {shown_kind(f) for f in sample.findings if by_kind.admits(sample, f, never)} == {kind}
    source = sample.articles[0].id
    by_source = Filter(source=source)
    for f in sample.findings:
        cites = any(sample.claim(c).article == source for c in f.claims)
        assert by_source.admits(sample, f, never) == cites
    first = sample.findings[0]
    unreviewed = Filter(unreviewed=True)
    assert not unreviewed.admits(sample, first, lambda f: f.id == first.id)
    assert unreviewed.describe() == "not reviewed"


def test_status_line_drops_the_least_needed_pieces_first() -> None:
    parts = [
        ((("5 articles ", "bold"),), 5),
        ((("contradiction 1 / 3", "bold"),), 0),
        (((" │ ", "dim"), ("0/23 reviewed", "")), 1),
        ((((" · source 1/5"), "dim"),), 2),
    ]
    full = "5 articles contradiction 1 / 3 │ 0/23 reviewed · source 1/5"
    assert "".join(t for t, _s in fit_status(parts, 200)) == full
    assert "".join(t for t, _s in fit_status(parts, 48)) == (
        "contradiction 1 / 3 │ 0/23 reviewed · source 1/5"
    )
    assert "".join(t for t, _s in fit_status(parts, 35)) == "contradiction 1 / 3 │ 0/23 reviewed"
    # what must stay stays, even when it does not fit
    assert "".join(t for t, _s in fit_status(parts, 5)) == "contradiction 1 / 3"
