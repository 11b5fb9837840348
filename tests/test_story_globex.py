"""An earnings story written for the tests: one company, many figures (revenue, profit, growth,
margin, job cuts), so names cannot keep facts apart; what they are about must."""

from __future__ import annotations

from pathlib import Path

from conftest import findings_of

from dealview.core.pipeline import analyse

STORY = Path(__file__).parent / "data" / "globex"


def test_only_the_planted_discrepancies_are_contradictions() -> None:
    result = analyse([STORY])
    contradictions = [
        frozenset(v.display for v in f.values) for f in findings_of(result, "contradiction")
    ]
    assert len(contradictions) == 2
    assert set(contradictions) == {frozenset({"29%", "31%"}), frozenset({"$4.9bn", "$5.1bn"})}
    agreed = {f.values[0].display for f in findings_of(result, "agreement")}
    assert {"$24.3bn", "$8.2bn"} <= agreed


def test_year_on_year_is_not_a_duration() -> None:
    result = analyse([STORY])
    assert [c.text for c in result.claims if c.kind == "duration"] == []
