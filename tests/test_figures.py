"""How a figure is written: precision, qualifier, sign of a change and ranges, FR and EN."""

from __future__ import annotations

import pytest
from extracting import extract, one

FR = "Selon le journal, la société a signé un accord. "
EN = "The company said that it has signed the agreement with the group. "


@pytest.mark.parametrize(
    ("sentence", "kind", "precision"),
    [
        (FR + "Le groupe emploie 4 500 salariés.", "count", 100),
        (FR + "La part atteint 2,47 % du marché.", "percentage", 0.01),
        (FR + "Il vaut 1,5 million d'euros.", "money", 100_000),
        (FR + "Il vaut 300 milliards de dollars.", "money", 1e11),
        (EN + "The group employs 12,000 people.", "count", 1000),
        (EN + "The group employs 1,204 people.", "count", 1),
        (FR + "Le groupe emploie trois salariés.", "count", 1),
        (FR + "Le contrat court sur 18 mois.", "duration", 1 / 12),
    ],
)
def test_precision_is_the_step_of_the_last_written_digit(
    sentence: str, kind: str, precision: float
) -> None:
    assert one(sentence, kind).precision == pytest.approx(precision)


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier", "low", "high"),
    [
        (
            FR + "Le site emploie environ 300 salariés.",
            "environ 300 salariés",
            "approximate",
            270,
            330,
        ),
        (FR + "Il vaut près de 2,5 % du total.", "près de 2,5 %", "nearly", 2.125, 2.55),
        (FR + "Il emploie au moins 300 salariés.", "au moins 300 salariés", "at_least", 300, None),
        (FR + "Il emploie plus de 300 salariés.", "plus de 300 salariés", "more_than", 300, None),
        (FR + "Il emploie au plus 300 salariés.", "au plus 300 salariés", "at_most", 0, 300),
        (FR + "Il emploie moins de 300 salariés.", "moins de 300 salariés", "less_than", 0, 300),
        (FR + "Il emploiera jusqu'à 300 salariés.", "jusqu'à 300 salariés", "up_to", 0, 300),
        (EN + "It employs roughly 300 people.", "roughly 300 people", "approximate", 270, 330),
        (EN + "It employs at least 300 people.", "at least 300 people", "at_least", 300, None),
        (EN + "It employs upwards of 300 people.", "upwards of 300 people", "more_than", 300, None),
        (EN + "It employs at most 300 people.", "at most 300 people", "at_most", 0, 300),
        (EN + "It employs fewer than 300 people.", "fewer than 300 people", "less_than", 0, 300),
        (EN + "It will employ as many as 300 people.", "as many as 300 people", "up_to", 0, 300),
        (EN + "It employs 300 people.", "300 people", "exact", 300, 300),
        (
            FR + "La part est de l'ordre de 20 % du total.",
            "de l'ordre de 20 %",
            "approximate",
            18,
            22,
        ),
        (
            FR + "La part est supérieure à 20 % du total.",
            "supérieure à 20 %",
            "more_than",
            20,
            None,
        ),
        (
            FR + "Il emploie pas moins de 300 salariés.",
            "pas moins de 300 salariés",
            "at_least",
            300,
            None,
        ),
        (FR + "Il emploie au maximum 300 salariés.", "au maximum 300 salariés", "at_most", 0, 300),
        (
            FR + "Il emploie au-delà de 300 salariés.",
            "au-delà de 300 salariés",
            "more_than",
            300,
            None,
        ),
    ],
)
def test_qualifier_as_written(
    sentence: str, text: str, qualifier: str, low: float, high: float | None
) -> None:
    claim = next(c for c in extract(sentence) if c.kind in {"count", "percentage"})
    assert (claim.text, claim.qualifier) == (text, qualifier)
    assert claim.low == pytest.approx(low)
    assert claim.high == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "sign"),
    [
        (FR + "L'action a cédé 0,40 % lundi.", "0,40 %", -0.4, -1),
        (FR + "Le titre a reculé de 2 % à la clôture.", "2 %", -2, -1),
        (FR + "Le titre a chuté de 5 % en séance.", "5 %", -5, -1),
        (FR + "Les ventes sont en baisse de 3 % sur un an.", "3 %", -3, -1),
        (FR + "Le titre perd 1,2 % à Paris.", "1,2 %", -1.2, -1),
        (FR + "Le titre a gagné 3 % lundi.", "3 %", 3, 1),
        (FR + "Les ventes sont en hausse de 4 % sur un an.", "4 %", 4, 1),
        (FR + "Le titre a bondi de 12 % lundi.", "12 %", 12, 1),
        (FR + "Le titre a pris 3 % en séance.", "3 %", 3, 1),
        (FR + "Les ventes affichent 5 % de baisse.", "5 %", -5, -1),
        (EN + "The shares slid 2% on Monday.", "2%", -2, -1),
        (EN + "The shares fell 3.5 percent on Monday.", "3.5 percent", -3.5, -1),
        (EN + "The shares were down 5% on Monday.", "5%", -5, -1),
        (EN + "The shares jumped 7% on Monday.", "7%", 7, 1),
        (EN + "The shares were up 3% on Monday.", "3%", 3, 1),
        (EN + "The shares gave up about 7% after hours.", "about 7%", -7, -1),
        (EN + "Sales showed a 5% drop in the quarter.", "5%", -5, -1),
        (EN + "The index closed at -5% for the year.", "-5%", -5, -1),
        (EN + "The index closed at +3% for the year.", "+3%", 3, 1),
    ],
)
def test_changes_carry_their_sign(sentence: str, text: str, value: float, sign: int) -> None:
    claim = one(sentence, "percentage")
    assert (claim.text, claim.sign) == (text, sign)
    assert claim.value == pytest.approx(value)
    assert claim.low is not None and claim.low <= claim.value <= (claim.high or claim.value)


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "La société détient une part de 20 % du marché.",
        FR + "Le chômage a baissé à 7 % en mars.",
        FR + "Le groupe a pris 20 % du capital de la société.",
        EN + "Unemployment fell to 7% in March.",
        EN + "Nike would make up 38% of its purchases.",
        EN + "It will use up to 14% of the power.",
    ],
)
def test_levels_have_no_sign(sentence: str) -> None:
    assert one(sentence, "percentage").sign is None


def test_the_nearest_change_word_in_the_clause_governs() -> None:
    claims = extract(FR + "Le titre a chuté de 5 % après avoir gagné 3 % la veille.", "percentage")
    assert [(c.value, c.sign) for c in claims] == [(-5, -1), (3, 1)]
    claims = extract(FR + "Le titre a reculé de 2 %, et sa part atteint 30 %.", "percentage")
    assert [(c.value, c.sign) for c in claims] == [(-2, -1), (30, None)]


def test_a_qualified_fall_keeps_a_bounded_negative_interval() -> None:
    claim = one(FR + "Le titre a reculé de plus de 3 % lundi.", "percentage")
    assert (claim.value, claim.qualifier) == (-3, "more_than")
    assert claim.low == -100 and claim.high == -3


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "value", "sign"),
    [
        (
            FR + "Le taux a gagné 0,5 point de pourcentage.",
            "0,5 point de pourcentage",
            "pp",
            0.5,
            1,
        ),
        (FR + "Le parti a perdu 3 points dans les sondages.", "3 points", "pp", -3, -1),
        (EN + "Its share shed 3 points in a year.", "3 points", "pp", -3, -1),
        (EN + "Its share rose 2 percentage points.", "2 percentage points", "pp", 2, 1),
        (EN + "The bank raised rates by 25 basis points.", "25 basis points", "pp", 0.25, 1),
        (EN + "The bank cut rates by 25 basis points.", "25 basis points", "pp", -0.25, -1),
        (EN + "Rates stand 25 basis points above it.", "25 basis points", "pp", 0.25, None),
        (FR + "Le taux atteint 5 pour cent du total.", "5 pour cent", "%", 5, None),
        (EN + "It reached 5 per cent of the total.", "5 per cent", "%", 5, None),
    ],
)
def test_percent_and_percentage_points(
    sentence: str, text: str, unit: str, value: float, sign: int | None
) -> None:
    claim = one(sentence, "percentage")
    assert (claim.text, claim.unit, claim.sign) == (text, unit, sign)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "L'indice a pris 300 points en un an.",  # index points, not percentage points
        FR + "Le groupe compte 3 points de vente.",
        EN + "The team scored 3 points on Sunday.",
    ],
)
def test_points_without_a_change_or_too_large_are_not_percentages(sentence: str) -> None:
    assert extract(sentence, "percentage") == []


def test_no_figure_inside_a_web_address() -> None:
    text = EN + "See http://example.org/search?q=issn%280024%2D9114%29%20and%2030%25 for it."
    assert extract(text, "percentage") == []
    assert extract(EN + "Read www.example.com/20%20off today.", "percentage") == []


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "low", "high"),
    [
        (FR + "Il garde entre 20 et 30 % des droits.", "entre 20 et 30 %", "percentage", 20, 30),
        (FR + "Il garde de 20 à 30 % des droits.", "de 20 à 30 %", "percentage", 20, 30),
        (FR + "Il garde 20-30 % des droits.", "20-30 %", "percentage", 20, 30),
        (
            FR + "Il garde entre 20 % et 30 % des droits.",
            "entre 20 % et 30 %",
            "percentage",
            20,
            30,
        ),
        (EN + "It keeps 20 to 30% of the rights.", "20 to 30%", "percentage", 20, 30),
        (EN + "It keeps 20-30% of the rights.", "20-30%", "percentage", 20, 30),
        (EN + "The site will draw between 4 and 5 GW.", "between 4 and 5 GW", "power", 4e9, 5e9),
        (
            FR + "Le site emploiera de 200 à 300 salariés.",
            "de 200 à 300 salariés",
            "count",
            200,
            300,
        ),
    ],
)
def test_ranges_are_one_claim(sentence: str, text: str, kind: str, low: float, high: float) -> None:
    claim = one(sentence, kind)
    assert (claim.text, claim.qualifier) == (text, "range")
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))
    assert claim.value == pytest.approx((low + high) / 2)


def test_a_move_from_one_level_to_another_is_no_range() -> None:
    claims = extract(FR + "Le taux est passé de 5 à 7 % en un an.", "percentage")
    assert [c.qualifier for c in claims] == ["exact"] and claims[0].value == 7
    claims = extract(EN + "The rate rose from 5% to 7% in a year.", "percentage")
    assert [c.qualifier for c in claims] == ["exact", "exact"]


def test_a_score_is_not_a_range_or_a_count() -> None:
    assert extract(EN + "They won 4-2 victory after extra time.", "count") == []
