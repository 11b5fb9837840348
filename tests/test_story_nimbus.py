"""An English and French story written for the tests (an acquisition), with its traps: a price per
share beside the deal value, "as much as", reported speech, a buyback and R&D spending."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import findings_of

from dealview.core.models import Analysis
from dealview.core.pipeline import analyse

STORY = Path(__file__).parent / "data" / "nimbus"


@pytest.fixture(scope="module")
def nimbus() -> Analysis:
    return analyse([STORY])


def _values(analysis: Analysis, subject_start: str, kind: str) -> list[dict[str, list[str]]]:
    return [
        {v.display: v.articles for v in f.values}
        for f in findings_of(analysis, kind)
        if f.subject.startswith(subject_start)
    ]


def test_the_real_discrepancies_are_found(nimbus: Analysis) -> None:
    assert _values(nimbus, "Completion date", "contradiction") == [
        {"H2 2026": ["blog", "lemonde", "reuters"], "2027": ["ft"]}
    ]
    assert _values(nimbus, "Premium", "contradiction") == [{"30%": ["ft"], "34%": ["reuters"]}]


def test_nothing_else_is_called_a_value_contradiction(nimbus: Analysis) -> None:
    mismatches = findings_of(nimbus, "contradiction", "value-mismatch")
    assert len(mismatches) == 2, [f.summary for f in mismatches]
    assert findings_of(nimbus, "contradiction", "rate-vs-total") == []


def test_price_per_share_and_deal_value_are_apart_and_agree(nimbus: Analysis) -> None:
    # A price per share and the deal's total share a frame; their sizes keep them apart.
    assert _values(nimbus, "Deal value", "agreement")[0]["$28bn"] == [
        "blog",
        "ft",
        "lemonde",
        "reuters",
    ]
    assert _values(nimbus, "Deal value", "agreement")[1] == {
        "$62/share": ["ft", "lemonde", "reuters"]
    }


def test_reported_speech_is_not_a_hedge(nimbus: Analysis) -> None:
    savings = [
        c for c in nimbus.claims if c.article == "ft" and c.kind == "money" and c.period == "year"
    ]
    assert len(savings) == 1
    assert savings[0].status == "attributed" and not savings[0].hedged
    price = [c for c in nimbus.claims if c.article == "ft" and c.text == "$28bn"]
    assert [c.hedged for c in price] == [False, False]  # "…in a deal that would create…"


def test_reportedly_is_a_hedge_and_the_divergence_is_reported(nimbus: Analysis) -> None:
    found = [
        f
        for f in findings_of(nimbus, "contradiction", "certainty-divergence")
        if "$28bn" in f.summary
    ]
    assert len(found) == 1 and found[0].values[1].articles == ["blog"]


def test_nimbus_systems_is_nimbus(nimbus: Analysis) -> None:
    orgs = {c.value for c in nimbus.claims if c.kind == "organisation"}
    assert "nimbus" in orgs and "nimbussystems" not in orgs
