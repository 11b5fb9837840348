"""Money, rates, durations, power, percentages and counts, in French and English."""

from __future__ import annotations

import pytest
from extracting import extract, one

FR = "Selon le journal, la société a signé un accord. "
EN = "The company said that it has signed the agreement with the group. "


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        (FR + "Il vaut 300 milliards de dollars.", "300 milliards de dollars", 3e11, "USD"),
        (FR + "Il vaut 300 Md$ au total.", "300 Md$", 3e11, "USD"),
        (FR + "Il vaut 4,5 millions d'euros.", "4,5 millions d'euros", 4.5e6, "EUR"),
        (FR + "Il vaut 12 M€ environ.", "12 M€", 1.2e7, "EUR"),
        (FR + "Il vaut 2 billions de dollars.", "2 billions de dollars", 2e12, "USD"),
        (
            FR + "Il vaut trois cents milliards de dollars.",
            "trois cents milliards de dollars",
            3e11,
            "USD",
        ),
        (EN + "It is worth $300 billion.", "$300 billion", 3e11, "USD"),
        (EN + "It is worth $300bn in total.", "$300bn", 3e11, "USD"),
        (EN + "It is worth €1.5bn in total.", "€1.5bn", 1.5e9, "EUR"),
        (EN + "It is worth 2,500 million dollars.", "2,500 million dollars", 2.5e9, "USD"),
        (EN + "It is worth £40m in total.", "£40m", 4e7, "GBP"),
    ],
)
def test_money_totals_are_normalised(sentence: str, text: str, value: float, unit: str) -> None:
    claim = one(sentence, "money")
    assert claim.text == text
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    assert claim.period is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (FR + "Le contrat rapporte 30 milliards de dollars par an.", 3e10),
        (FR + "Le contrat rapporte 30 milliards de dollars de revenus annuels.", 3e10),
        (FR + "Le contrat porte sur des revenus annuels de 30 milliards de dollars.", 3e10),
        (EN + "The contract brings in $30bn a year.", 3e10),
        (EN + "The contract brings in $30 billion annually.", 3e10),
        (EN + "The contract has an annual value of $30bn.", 3e10),
    ],
)
def test_rates_are_told_from_totals(sentence: str, value: float) -> None:
    claim = one(sentence, "money")
    assert claim.value == pytest.approx(value)
    assert claim.period == "year"
    assert claim.unit == "USD/year"
    assert claim.role == "rate"


@pytest.mark.parametrize(
    ("sentence", "years", "low", "high"),
    [
        (FR + "Le contrat court sur cinq ans.", 5, 5, 5),
        (FR + "Le contrat court sur une période d'environ cinq ans.", 5, 4.5, 5.5),
        (FR + "Le contrat court sur les quatre prochaines années.", 4, 4, 4),
        (FR + "Le contrat court sur 18 mois.", 1.5, 1.5, 1.5),
        (EN + "The contract runs over five years.", 5, 5, 5),
        (EN + "The company signed a five-year contract.", 5, 5, 5),
        (EN + "The contract runs for more than ten years.", 10, 10, None),
    ],
)
def test_durations(sentence: str, years: float, low: float, high: float | None) -> None:
    claim = one(sentence, "duration")
    assert claim.value == pytest.approx(years)
    assert claim.low == pytest.approx(low)
    assert claim.high == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "Il y a cinq ans, la société était petite.",
        EN + "Five years ago, the company was small.",
        FR + "Un jour, ce cloud deviendra un orage.",
    ],
)
def test_time_ago_and_someday_are_not_durations(sentence: str) -> None:
    assert extract(sentence, "duration") == []


def test_power_and_energy_are_different_kinds() -> None:
    power = one(FR + "Oracle loue 4,5 gigawatts de capacité.", "power")
    assert power.value == pytest.approx(4.5e9)
    assert power.unit == "W"
    assert power.display == "4.5 GW"
    energy = one(EN + "The plant produces 12 TWh of electricity.", "energy")
    assert energy.value == pytest.approx(12e12)
    assert energy.unit == "Wh"


def test_approximators_make_intervals() -> None:
    more = one(FR + "Le site consommera plus de 4 GW.", "power")
    assert more.low == pytest.approx(4e9) and more.high is None and more.approximate
    upto = one(FR + "Les centres consommeront jusqu'à 14 % de l'électricité.", "percentage")
    assert upto.low == 0 and upto.high == pytest.approx(14)
    about = one(EN + "The deal is worth about $30bn.", "money")
    assert about.low == pytest.approx(27e9) and about.high == pytest.approx(33e9)
    assert about.display == "~$30bn"


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "Ils consommeront 14 % du total.",
        FR + "Ils consommeront 14% du total.",
        EN + "It will use 14 percent of the total.",
    ],
)
def test_percentages(sentence: str) -> None:
    claim = one(sentence, "percentage")
    assert claim.value == 14
    assert claim.unit == "%"


def test_counts_need_a_noun_and_skip_references() -> None:
    count = one(FR + "Oracle construira 12 centres de données au Texas.", "count")
    assert count.value == 12 and count.display == "12 centres"
    staff = [
        one(FR + "Vantor emploie 12 000 salariés.", "count"),
        one(EN + "Vantor has 12,000 employees.", "count"),
    ]
    assert {c.unit for c in staff} == {"employee"} and {c.value for c in staff} == {12000}
    assert extract(FR + "Les deux parties ont intérêt à ce partenariat.", "count") == []
    assert extract(EN + "The two companies declined to comment.", "count") == []


def test_a_year_is_a_date_and_grouped_digits_a_count() -> None:
    claims = extract(FR + "En 2027, le groupe comptera 4 500 salariés.")
    kinds = {c.text: (c.kind, c.value) for c in claims if c.kind != "organisation"}
    assert kinds == {"2027": ("date", "2027"), "4 500 salariés": ("count", 4500.0)}


@pytest.mark.parametrize(
    ("sentence", "unit", "display"),
    [
        (EN + "The deal values the target at $62 per share.", "USD/share", "$62/share"),
        (EN + "The buyer will pay $62 a share in cash.", "USD/share", "$62/share"),
        (FR + "Le groupe paiera 62 dollars par action.", "USD/share", "$62/share"),
        (FR + "Le pétrole a atteint 80 dollars le baril.", "USD/barrel", "$80/barrel"),
    ],
)
def test_unit_prices_are_not_totals(sentence: str, unit: str, display: str) -> None:
    claim = one(sentence, "money")
    assert (claim.unit, claim.display, claim.role) == (unit, display, "unit-price")


def test_annual_after_the_amount_makes_a_rate() -> None:
    claim = one(EN + "It would bring $1.2 billion in annual cost savings.", "money")
    assert claim.period == "year"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Tom Baxter, 62, said the line would reopen.", 62.0),
        ("The driver, 58, was taken to hospital.", 58.0),
        ("A woman, 34, was rescued from the rubble.", 34.0),
        ("Mary Ann Cole, 102, from Leeds, was honoured.", 102.0),
        ("The union's leader, Tom Baxter, 58, told the paper so.", 58.0),
    ],
)
def test_an_english_age_in_apposition(sentence: str, value: float) -> None:
    claim = one(EN + sentence, "age", "en")
    assert (claim.value, claim.unit) == (value, "year")


@pytest.mark.parametrize(
    "sentence",
    [
        "He lives in New York, 57, and works there.",
        "Sales rose in Q1, 57, 58 and 60 units were sold.",
        "The scores were Leeds United, 57, and Chelsea, 40.",
        "The Guardian, 57, said so.",
        "Prices rose 3%, 57, 58.",
        "The winners were Bob Hill, 40, Ann Lee, 57, and Tom Kay, 33.",
        "Manchester City, 89, lead the table.",
    ],
)
def test_no_age_from_a_number_between_commas_elsewhere(sentence: str) -> None:
    assert extract(EN + sentence, "age", "en") == []


@pytest.mark.parametrize(
    ("sentence", "text", "seconds", "qualifier"),
    [
        (
            FR + "L'alerte a duré une vingtaine de secondes.",
            "une vingtaine de secondes",
            20,
            "approximate",
        ),
        (FR + "Il a attendu une dizaine de minutes.", "une dizaine de minutes", 600, "approximate"),
        (EN + "The meeting lasted a dozen hours.", "a dozen hours", 12 * 3600, "approximate"),
        (
            FR + "Cela a pris des dizaines d'années.",
            "des dizaines d'années",
            10 * 365.25 * 86400,
            "at_least",
        ),
    ],
)
def test_approximate_counts_of_time_units_are_durations(
    sentence: str, text: str, seconds: float, qualifier: str
) -> None:
    claim = one(sentence, "duration")
    assert (claim.text, claim.qualifier) == (text, qualifier)
    assert claim.value == pytest.approx(seconds / (365.25 * 86400), rel=1e-3)
