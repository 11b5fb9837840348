"""A single-source finding says "only in X" only when it is true (issue 14, point 4).

When other sources give the same value in the same dimension for a fact the engine keys
differently, the finding says so ("the same value also in Y, Z, not matched to this fact"),
and its evidence holds their sentences, so that the reader can compare them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dealview.core.models import Analysis, Claim
from dealview.core.pipeline import analyse

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def _same_value_elsewhere(analysis: Analysis, head: Claim) -> list[Claim]:
    """Claims of other articles giving `head`'s value, in its kind, unit and role, as plain
    figures or dates (no bound, no range; not a date computed from "twelve years ago")."""
    plain = {None, "exact", "approximate"}
    return [
        c
        for c in analysis.claims
        if c.article != head.article
        and c.kind == head.kind
        and c.unit == head.unit
        and c.role == head.role
        and c.value == head.value
        and c.qualifier in plain
        and not c.relative
        and head.qualifier in plain
    ]


def _only_in_but_elsewhere(analysis: Analysis) -> list[str]:
    """The "only in" findings whose value another article gives in the same dimension."""
    wrong = []
    for f in analysis.findings:
        if f.kind != "single-source" or ", only in " not in f.summary:
            continue
        head = analysis.claim(f.claims[0])
        if head.value is not None and _same_value_elsewhere(analysis, head):
            wrong.append(f.summary)
    return wrong


def test_no_only_in_on_the_sample_is_false(sample: Analysis) -> None:
    assert _only_in_but_elsewhere(sample) == []


@pytest.mark.parametrize("story", ["dicks-footlocker", "mbappe-real"])
def test_no_only_in_on_the_development_stories_is_false(story: str) -> None:
    folder = EVAL / story
    if not folder.is_dir():
        pytest.skip(f"development story {story} not available at {EVAL}")
    assert _only_in_but_elsewhere(analyse([folder])) == []


def test_a_value_given_elsewhere_names_the_other_sources_and_shows_their_sentences(
    sample: Analysis,
) -> None:
    echoed = [f for f in sample.findings if f.rule == "same-value-elsewhere"]
    assert echoed, "the sample's start year 2027 is also given by two other sources"
    for f in echoed:
        own, others = f.values[0], f.values[1]
        assert f.kind == "single-source" and "only in" not in f.summary
        assert others.elsewhere and not own.elsewhere
        assert len(own.articles) == 1 and set(others.articles).isdisjoint(own.articles)
        for art in others.articles:
            assert "also in" in f.summary and art in f.summary
        # The evidence reaches every sentence: the source's own and the others'.
        assert set(f.claims) == set(own.claims) | set(others.claims)
        assert {sample.claim(c).article for c in others.claims} == set(others.articles)
        assert "could not tell whether they state the same fact" in f.explanation


def test_a_value_only_one_source_gives_still_says_only_in(sample: Analysis) -> None:
    only = [f for f in sample.findings if f.kind == "single-source" and "only in" in f.summary]
    assert any("$10bn" in f.summary for f in only), "the Broadcom deal is in one source only"


def test_the_same_value_elsewhere_is_not_drawn_as_this_fact(sample: Analysis) -> None:
    """The matrix shows the single-source value in its own source's column only, and the
    evidence does not mark the other sources' claims as single-source."""
    from dealview.tui.render import roles_in
    from dealview.tui.widgets.matrix import matrix_rows

    echoed = {f.id: f for f in sample.findings if f.rule == "same-value-elsewhere"}
    order = [a.id for a in sample.articles]
    for row in matrix_rows(sample):
        f = echoed.get(row.finding)
        if f is None:
            continue
        filled = {order[n] for n, cell in enumerate(row.cells) if cell is not None}
        assert filled == set(f.values[0].articles), f.summary
        roles = roles_in(f)
        assert set(roles) == set(f.values[0].claims)
        assert not set(roles) & set(f.values[1].claims)


@pytest.mark.parametrize("story", ["dicks-footlocker", "mbappe-real"])
def test_each_finding_keeps_a_verdict_of_its_own(sample: Analysis, story: str) -> None:
    # Several "same value elsewhere" findings show the same sentences beside their own (the
    # sample's three "January" findings): a verdict given to one must not mark the others.
    if not (EVAL / story).is_dir():
        pytest.skip(f"development story {story} not available at {EVAL}")
    for analysis in (sample, analyse([EVAL / story])):
        keys = [f.key for f in analysis.findings]
        assert len(set(keys)) == len(keys)
    echoed = [f for f in sample.findings if f.rule == "same-value-elsewhere"]
    assert len(echoed) >= 3
