"""What the comparison makes of the figures issue 11 reads: dates of every granularity, gross
and net pay, changes against levels, relative dates."""

from __future__ import annotations

import pytest
from conftest import Story, findings_of

from dealview.core.items import dates_overlap


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("2025", "2025-05-14", True),
        ("2025-41", "2025-05-14", False),  # the second half holds no day of May
        ("2025-41", "2025-09", True),
        ("2025-35", "2025-36", False),  # Q3 and Q4
        ("2024-22", "2024-07", True),  # summer holds July
        ("2024-22", "2024-02", False),
        ("199X", "1995", True),
        ("199X", "2001", False),
        ("XXXX-05-14", "2025-05-14", True),
        ("XXXX-05", "2025-06-14", False),
        ("2027", "2028", False),
        ("2024-12-30/2025-01-05", "2025-01-02", True),  # a week across the new year
        ("2025-03-03/2025-03-09", "2025-03-28", False),
        ("2025-03-03/2025-03-09", "2025-03", True),
        ("2024-24", "2024-02", True),  # winter straddles the year: any month
    ],
)
def test_dates_overlap_by_what_each_one_covers(a: str, b: str, overlap: bool) -> None:
    assert dates_overlap(a, b) is overlap
    assert dates_overlap(b, a) is overlap


def test_gross_and_net_pay_are_never_one_fact(story: Story) -> None:
    result = story(
        {
            "a": "Le joueur touchera 72 millions d'euros bruts par an au club. Il est ravi.",
            "b": "Le joueur touchera 32 millions d'euros nets par an au club. Il est ravi.",
        }
    )
    assert not findings_of(result, "contradiction")


def test_a_rise_is_not_set_against_a_level(story: Story) -> None:
    result = story(
        {
            "a": "Globex shares rose 12% on Monday after the deal was announced.",
            "b": "Globex holds a 30% stake in the venture, the company said on Monday.",
        }
    )
    assert not findings_of(result, "contradiction")


def test_falls_of_different_size_on_one_stock_contradict(story: Story) -> None:
    result = story(
        {
            "a": "Globex shares fell 14.6% on Thursday after the deal was announced.",
            "b": "Globex shares dropped 9% on Thursday after the deal was announced.",
        }
    )
    found = findings_of(result, "contradiction", "value-mismatch")
    assert [sorted(v.display for v in f.values) for f in found] == [["-14.6%", "-9%"]]


def test_a_relative_year_is_too_loose_to_compare(story: Story) -> None:
    result = story(
        {
            "a": "Publié le 12/05/2025\n\nGlobex prévoit de conclure le rachat cette année.",
            "b": "Publié le 12/05/2025\n\nGlobex prévoit de conclure le rachat le 30 juin 2025.",
        }
    )
    for f in result.findings:
        assert not any(result.claim(c).relative for c in f.claims if f.kind != "single-source")


def test_an_amount_lost_is_not_the_amount_of_a_deal(story: Story) -> None:
    result = story(
        {
            "a": "Globex a perdu 2 milliards d'euros en Bourse après l'annonce du rachat.",
            "b": "Le rachat de Globex porte sur 2 milliards d'euros, selon le groupe.",
        }
    )
    assert not findings_of(result, "agreement")
