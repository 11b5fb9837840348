"""A French and English story written for the tests (a battery plant), with its traps: state aid
beside the total investment, an amount raised so far, a town named in two languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import findings_of

from dealview.core.models import Analysis
from dealview.core.pipeline import analyse

STORY = Path(__file__).parent / "data" / "helvion"


@pytest.fixture(scope="module")
def helvion() -> Analysis:
    return analyse([STORY])


def _values(analysis: Analysis, kind: str) -> list[set[str]]:
    return [{v.display for v in f.values} for f in findings_of(analysis, kind)]


def test_the_three_real_discrepancies(helvion: Analysis) -> None:
    contradictions = _values(helvion, "contradiction")
    assert {"€2.5bn", "~€3bn"} in contradictions
    assert {"2026", "2027"} in contradictions
    assert {"1200 jobs", "1500 emplois"} in contradictions
    assert len(contradictions) == 3


def test_state_aid_agrees_and_is_never_set_against_the_total(helvion: Analysis) -> None:
    assert {"€500m"} in _values(helvion, "agreement")
    for f in findings_of(helvion, "contradiction"):
        assert "€500m" not in {v.display for v in f.values}


def test_places_are_not_parties(helvion: Analysis) -> None:
    orgs = {c.value for c in helvion.claims if c.kind == "organisation"}
    assert "helvion" in orgs
    assert not orgs & {"dunkerque", "dunkirk", "french"}
