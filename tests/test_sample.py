"""End to end on the bundled sample: the findings a reader of these five articles must get."""

from __future__ import annotations

from conftest import findings_of

from dealview.core.models import Analysis


def _articles(analysis: Analysis, finding_rule: str) -> list[list[str]]:
    return [
        [v.display for v in f.values] for f in findings_of(analysis, "contradiction", finding_rule)
    ]


def test_articles_are_read_with_ids_titles_and_language(sample: Analysis) -> None:
    assert [a.id for a in sample.articles] == [
        "000_42e33100c0584014",
        "001_d8fc20f1230e2450",
        "002_bd2e6556c4060397",
        "003_cf8350971e2b4f94",
        "004_db2f5d6c8755f3e8",
    ]
    assert {a.language for a in sample.articles} == {"fr"}
    assert sample.article("001_d8fc20f1230e2450").title == "Oracle fait son grand cloud"
    assert sample.article("001_d8fc20f1230e2450").metadata == {"source": "Techcrunch"}


def test_the_start_year_differs_between_sources(sample: Analysis) -> None:
    found = [
        f
        for f in findings_of(sample, "contradiction", "value-mismatch")
        if f.subject.startswith("Start date")
    ]
    assert len(found) == 1
    values = {v.display: v.articles for v in found[0].values}
    assert set(values) == {"2027", "2028"}
    assert values["2028"] == ["003_cf8350971e2b4f94"]
    assert len(values["2027"]) == 3
    assert found[0].summary.endswith("2027 in 3 sources, 2028 in 1")


def test_the_conditional_against_the_indicative(sample: Analysis) -> None:
    found = findings_of(sample, "contradiction", "certainty-divergence")
    assert len(found) == 1
    asserted, hedged = found[0].values
    assert hedged.articles == ["000_42e33100c0584014", "001_d8fc20f1230e2450"]
    assert asserted.articles == ["002_bd2e6556c4060397", "004_db2f5d6c8755f3e8"]
    cues = {sample.claim(c).cue for c in hedged.claims}
    assert cues <= {"aurait", "achèterait"}


def test_a_yearly_amount_against_the_total_over_five_years(sample: Analysis) -> None:
    found = findings_of(sample, "contradiction", "rate-vs-total")
    assert len(found) == 1
    values = {v.display: v.articles for v in found[0].values}
    assert values["$30bn/yr"] == ["003_cf8350971e2b4f94"]
    assert sorted(len(a) for a in values.values()) == [1, 3]


def test_the_broadcom_deal_is_not_the_oracle_contract(sample: Analysis) -> None:
    ten = [c for c in sample.claims if c.kind == "money" and c.value == 1e10]
    assert len(ten) == 1 and "broadcom" in ten[0].subject
    for f in sample.findings:
        if ten[0].id in f.claims:
            assert f.kind == "single-source", f.summary


def test_the_deal_size_agrees_across_four_sources(sample: Analysis) -> None:
    deal = [f for f in findings_of(sample, "agreement") if f.summary.startswith("Deal value")]
    assert [len(f.values[0].articles) for f in deal if f.values[0].display == "$300bn"] == [4]
    stargate = [f for f in findings_of(sample, "agreement") if f.summary.startswith("Investment")]
    # Stargate's total, kept apart from the contract
    assert [len(f.values[0].articles) for f in stargate if f.values[0].display == "$500bn"] == [3]


def test_no_contradiction_beyond_the_three_real_ones(sample: Analysis) -> None:
    assert sorted(f.rule for f in findings_of(sample, "contradiction")) == [
        "certainty-divergence",
        "rate-vs-total",
        "value-mismatch",
    ]


def test_every_finding_points_at_exact_spans(sample: Analysis) -> None:
    for f in sample.findings:
        assert f.claims and f.summary and f.rule
        for cid in f.claims:
            c = sample.claim(cid)
            assert sample.article(c.article).text[c.start : c.end] == c.text


def test_boilerplate_stays_out_of_claims(sample: Analysis) -> None:
    art = sample.article("001_d8fc20f1230e2450")
    spans = [(b.start, b.end) for b in art.boilerplate]
    assert len(spans) == 9
    for c in sample.claims:
        if c.article == art.id:
            assert not any(s <= c.start < e for s, e in spans), c.text


def test_topics_cover_the_four_themes(sample: Analysis) -> None:
    assert [t.id for t in sample.topics] == ["deal-size", "stargate", "energy", "diversification"]
    assert all(t.passages for t in sample.topics)
    rows = [r for r in sample.alignment if r.topic == "deal-size"]
    assert any(sum(1 for p in r.cells.values() if p) >= 3 for r in rows)
    assert all(set(r.cells) == {a.id for a in sample.articles} for r in rows)
