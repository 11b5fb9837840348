"""How normalised values are written for a reader, for every kind of quantity."""

from __future__ import annotations

import pytest

from dealview.core.formatting import format_approx, format_range, format_value


@pytest.mark.parametrize(
    ("kind", "value", "unit", "shown"),
    [
        ("measure", 35_000, "m", "35 km"),
        ("measure", 0.05, "m", "5 cm"),
        ("measure", 40_000, "kg", "40 t"),
        ("measure", 0.5, "m3", "500 l"),
        ("measure", 130 / 3.6, "m/s", "130 km/h"),
        ("measure", 41, "degC", "41 °C"),
        ("measure", 6.4, "magnitude", "magnitude 6.4"),
        ("measure", 12, "storey", "12 storeys"),
        ("age", 58, "year", "aged 58"),
        ("ratio", 0.25, "fraction", "1 in 4"),
        ("ratio", 2 / 3, "fraction", "2 in 3"),
        ("percentage", 3, "pp", "3 pts"),
        ("percentage", -0.4, "%", "-0.4%"),
        ("money", 4.7, "GBP/share", "£4.7/share"),
        ("money", 9.42e9, "AUD", "A$9.42bn"),
        ("money", 15, "USD/hour", "$15/h"),
        ("measure", 4.2e7, "m2", "4200 ha"),
        ("measure", 2e8, "m2", "200 km²"),
        ("measure", 150, "m2", "150 m²"),
        ("measure", 5e9, "kg/year", "5 Mt/yr"),
        ("energy", 16e9, "Wh/year", "16 GWh/yr"),
        ("duration", 45 / 525_960, "year", "45 minutes"),
        ("duration", 36 / 8766, "year", "36 hours"),
        ("duration", 2 / 365.25, "year", "2 days"),
        ("count", 2.3e6, "voyageurs", "2.3 million voyageurs"),
        ("ratio", 6.1, "multiple", "6.1×"),
    ],
)
def test_each_kind_reads_as_a_reader_writes_it(
    kind: str, value: float, unit: str, shown: str
) -> None:
    assert format_value(kind, value, unit) == shown


def test_an_approximator_shows_as_a_sign() -> None:
    assert format_approx("measure", 6.4, "magnitude", "around") == "~magnitude 6.4"
    assert format_approx("percentage", 15, "%", "more") == ">15%"


@pytest.mark.parametrize(
    ("kind", "low", "high", "unit", "shown"),
    [
        ("percentage", 20, 30, "%", "20–30%"),
        ("money", 2e9, 3e9, "USD", "$2–3bn"),
        ("power", 4e9, 5e9, "W", "4–5 GW"),
        ("money", 5e8, 2e9, "EUR", "€500m–2bn"),
        ("percentage", -3, -1, "%", "-3–-1%"),
    ],
)
def test_a_range_shows_both_ends_once_with_its_unit(
    kind: str, low: float, high: float, unit: str, shown: str
) -> None:
    assert format_range(kind, low, high, unit) == shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Au moins 14 personnes sont mortes.", "≥14 personnes"),
        ("Le titre a reculé de plus de 3 %.", "<-3%"),
        ("More than 300 jobs will go.", ">300 jobs"),
        ("Fewer than 20 trains ran.", "<20 trains"),
        ("It could cost up to 40% more.", "≤40%"),
    ],
)
def test_a_claim_shows_its_qualifier_as_written(text: str, shown: str) -> None:
    from extracting import extract

    assert [c.display for c in extract(text) if c.kind in {"count", "percentage"}] == [shown]
