"""Physical measurements: values in the base unit of their dimension, in French and English, and
the numbers that are not measurements (model names, roads, product codes, times, races)."""

from __future__ import annotations

import pytest
from extracting import extract, one

FR = "Selon les autorités, la situation reste tendue. "
EN = "The authorities said the situation remained tense. "


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        (FR + "L'épicentre se situait à 35 km de la côte.", "35 km", 35e3, "m"),
        (FR + "Le mur mesure 4,5 mètres de haut.", "4,5 mètres", 4.5, "m"),
        (FR + "La digue fait 12 m de haut.", "12 m", 12.0, "m"),
        (FR + "Une vague de 3 m a submergé la digue.", "3 m", 3.0, "m"),
        (FR + "Le projet prévoit 300 m de piste.", "300 m", 300.0, "m"),
        (EN + "The quake struck at a depth of 10 miles.", "10 miles", 16093.44, "m"),
        (EN + "The plane flew at 30,000 feet.", "30,000 feet", 9144.0, "m"),
        (FR + "Le feu a détruit 4 200 hectares de forêt.", "4 200 hectares", 4.2e7, "m2"),
        (EN + "The fire burned 4,200 acres.", "4,200 acres", 4200 * 4046.8564224, "m2"),
        (EN + "The reserve covers 1,200 km² of savanna.", "1,200 km²", 1.2e9, "m2"),
        (FR + "Le bâtiment offre 12 000 m² de bureaux.", "12 000 m²", 1.2e4, "m2"),
        (FR + "Le camion transportait 40 tonnes de déchets.", "40 tonnes", 4e4, "kg"),
        (EN + "The ship carried 40 tons of aid.", "40 tons", 4e4, "kg"),
        (EN + "The bag weighed 23 kilograms.", "23 kilograms", 23.0, "kg"),
        (EN + "Police seized 300 pounds of cocaine.", "300 pounds", 300 * 0.45359237, "kg"),
        (EN + "He lost 30 pounds on a diet.", "30 pounds", 30 * 0.45359237, "kg"),
        (EN + "The lake lost 5 cubic kilometres of water.", "5 cubic kilometres", 5e9, "m3"),
        (FR + "Le réservoir contient 500 litres d'eau.", "500 litres", 0.5, "m3"),
        (FR + "La raffinerie traite 200 000 barils.", "200 000 barils", 2e5 * 0.158987294928, "m3"),
        (FR + "Le train roulait à 130 km/h.", "130 km/h", 130 / 3.6, "m/s"),
        (EN + "Winds reached 80 mph on the coast.", "80 mph", 80 * 1609.344 / 3600, "m/s"),
        (FR + "Le navire filait à 20 nœuds.", "20 nœuds", 20 * 1852 / 3600, "m/s"),
        (FR + "Il a fait 41 °C à Lyon.", "41 °C", 41.0, "degC"),
        (EN + "It reached 105 °F in Phoenix.", "105 °F", (105 - 32) * 5 / 9, "degC"),
        (EN + "Thermometers showed 41 degrees Celsius.", "41 degrees Celsius", 41.0, "degC"),
        (FR + "La température a atteint 35 degrés à l'ombre.", "35 degrés", 35.0, "degC"),
    ],
)
def test_measures_in_base_units(sentence: str, text: str, value: float, unit: str) -> None:
    claim = one(sentence, "measure")
    assert (claim.text, claim.unit) == (text, unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (EN + "A magnitude 6.4 earthquake hit the island.", "magnitude 6.4", 6.4),
        (EN + "A 6.4-magnitude quake hit the island.", "6.4-magnitude", 6.4),
        (FR + "Un séisme de magnitude 5,8 a frappé l'île.", "magnitude 5,8", 5.8),
        (
            FR + "Un séisme de 6,1 sur l'échelle de Richter a frappé.",
            "6,1 sur l'échelle de Richter",
            6.1,
        ),
        (EN + "The quake measured 7.1 on the Richter scale.", "7.1 on the Richter scale", 7.1),
    ],
)
def test_seismic_magnitudes(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, "measure")
    assert (claim.text, claim.unit) == (text, "magnitude")
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (EN + "Fire gutted a 12-storey building.", "12-storey", 12),
        (EN + "They live in a 30-story tower.", "30-story", 30),
        (FR + "Un immeuble de 18 étages s'est effondré.", "18 étages", 18),
    ],
)
def test_storeys(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, "measure")
    assert (claim.text, claim.unit, claim.value) == (text, "storey", value)


def test_a_conversion_in_parentheses_restates_the_figure() -> None:
    text = EN + "The epicentre was 25 km (15 miles) from the city."
    claim = one(text, "measure")
    assert claim.text == "25 km (15 miles)"
    assert claim.value == 25e3


def test_qualifiers_and_rates() -> None:
    about = one(FR + "Le feu a brûlé environ 4 000 hectares.", "measure")
    assert about.approximate and about.low == pytest.approx(3.6e7)
    rate = one(EN + "The field produces 1.2 million barrels a day.", "measure")
    assert rate.unit == "m3/day" and rate.period == "day"
    assert rate.value == pytest.approx(1.2e6 * 0.158987294928)


def test_power_and_energy_keep_their_kinds() -> None:
    power = one(FR + "La centrale produira 1 600 mégawatts.", "power")
    assert (power.value, power.unit) == (1.6e9, "W")
    energy = one(EN + "The plant produced 12 terawatt-hours last year.", "energy")
    assert (energy.value, energy.unit) == (12e12, "Wh")


def test_negative_temperatures() -> None:
    claim = one(FR + "Il a fait -5 °C cette nuit à Lyon.", "measure")
    assert claim.value == -5 and claim.text == "-5 °C"
    claim = one(FR + "Le thermomètre est descendu à moins 12 degrés.", "measure")
    assert claim.value == -12 and claim.text == "moins 12 degrés"


@pytest.mark.parametrize(
    "sentence",
    [
        EN + "The airline ordered 20 A320 jets and the N7 road was closed.",
        EN + "The 5G phone records 4K video.",
        EN + "The 100m sprint drew 100m viewers.",
        FR + "Il a remporté le 100 m en 9,58 secondes.",
        FR + "Le vol décolle à 9 h 40 et arrive à 11h05.",
        EN + "He said it twice, or 2 once more.",
        EN + "The sides turned 90 degrees at the corner.",
        EN + "Temperatures hit 105 degrees in Phoenix.",
        FR + "Le robot tourne de 90 degrés sur lui-même.",
        FR + "Le groupe a levé 5 m de dollars.",
        FR + "Le festival a attiré 2 M de visiteurs.",
        FR + "Il a lu 3 livres et vu 2 films en 2024.",
        EN + "The company 3M said profit rose.",
        EN + "Their stories were told in 3 stories.",
        FR + "Un séisme d'une magnitude inédite a frappé.",
        FR + "Ils habitent un étage plus haut.",
        EN + "The error was an order of magnitude 5 larger than expected.",
    ],
)
def test_numbers_that_are_not_measures(sentence: str) -> None:
    assert extract(sentence, "measure") == []


def test_spans_are_slices_of_the_text() -> None:
    text = FR + "Un séisme de magnitude 5,8 à 35 km (22 miles), 41 °C, 18 étages et 130 km/h."
    claims = extract(text, "measure")
    assert len(claims) == 5
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "value", "unit"),
    [
        (FR + "Un immeuble de cinq étages s'est effondré.", "fr", "cinq étages", 5.0, "storey"),
        (EN + "A three-storey building collapsed.", "en", "three-storey", 3.0, "storey"),
        (EN + "The top three storeys fell.", "en", "three storeys", 3.0, "storey"),
        (FR + "Il a marché dix kilomètres.", "fr", "dix kilomètres", 10000.0, "m"),
    ],
)
def test_spelled_numbers_with_units(
    sentence: str, lang: str, text: str, value: float, unit: str
) -> None:
    claim = one(sentence, "measure", lang)
    assert (claim.text, claim.value, claim.unit) == (text, value, unit)


def test_one_storey_is_an_article() -> None:
    assert extract(FR + "Il habite au premier, un étage plus haut.", "measure", "fr") == []


def test_a_one_storey_house_is_a_figure() -> None:
    claim = one(EN + "They live in a one-storey house.", "measure", "en")
    assert (claim.text, claim.value) == ("one-storey", 1.0)


def test_english_or_is_no_gold() -> None:
    from extracting import one

    coffee = one("Buy 10 ounces or more of coffee.", "measure", "en")
    assert coffee.value == pytest.approx(0.2835, abs=1e-4)  # avoirdupois, not troy
    gold = one("Il a acheté 10 onces d'or.", "measure", "fr")
    assert gold.value == pytest.approx(0.311, abs=1e-3)
