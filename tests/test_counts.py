"""Counts, approximate counts, ratios and ages, in French and English."""

from __future__ import annotations

import pytest
from extracting import extract, one

FR = "Selon le journal, la société a signé un accord. "
EN = "The company said that it has signed the agreement with the group. "


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        (EN + "The app now has 3 million users.", "3 million users", 3e6, "user"),
        (
            FR + "Le réseau a transporté 2,3 millions de voyageurs.",
            "2,3 millions de voyageurs",
            2.3e6,
            "passenger",
        ),
        (
            FR + "La mesure touche 800 millions de personnes.",
            "800 millions de personnes",
            8e8,
            "person",
        ),
        (FR + "Le fonds détient 250 millions d'actions.", "250 millions d'actions", 2.5e8, "share"),
        (EN + "The storm forced 1,204 people from their homes.", "1,204 people", 1204, "person"),
        (FR + "Le séisme a fait 12 morts dans la région.", "12 morts", 12, "death"),
        (EN + "The quake left 12 dead in the region.", "12 dead", 12, "death"),
        (FR + "Les secours cherchent 3 disparus.", "3 disparus", 3, "missing"),
        (FR + "Le plan crée 12 000 nouveaux emplois.", "12 000 nouveaux emplois", 12000, "job"),
        (EN + "The plan creates 12,000 new jobs.", "12,000 new jobs", 12000, "job"),
        (FR + "La compagnie annule 300 vols lundi.", "300 vols", 300, "flight"),
        (EN + "The airline cancels 300 flights on Monday.", "300 flights", 300, "flight"),
        (EN + "The grocer sold three dozen eggs.", "three dozen eggs", 36, "egg"),
    ],
)
def test_counts_are_scaled_and_keyed_by_lemma(
    sentence: str, text: str, value: float, unit: str
) -> None:
    claim = one(sentence, "count")
    assert (claim.text, claim.unit) == (text, unit)
    assert claim.value == pytest.approx(value)


def test_people_and_employees_stay_apart() -> None:
    people = one(EN + "The flood displaced 1,204 people.", "count")
    staff = one(EN + "The firm has 1,204 employees.", "count")
    salaries = one(FR + "La société compte 1 204 salariés.", "count")
    personnes = one(FR + "La crue a déplacé 1 204 personnes.", "count")
    assert people.unit == personnes.unit == "person"
    assert staff.unit == salaries.unit == "employee"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "qualifier", "unit"),
    [
        (
            FR + "Une trentaine de maisons ont brûlé.",
            "Une trentaine de maisons",
            30,
            "approximate",
            "house",
        ),
        (
            FR + "Une dizaine de bâtiments sont détruits.",
            "Une dizaine de bâtiments",
            10,
            "approximate",
            "building",
        ),
        (
            FR + "Une centaine de passagers attendent.",
            "Une centaine de passagers",
            100,
            "approximate",
            "passenger",
        ),
        (
            FR + "Des centaines de personnes ont fui.",
            "Des centaines de personnes",
            100,
            "at_least",
            "person",
        ),
        (
            FR + "Des milliers de voyageurs sont bloqués.",
            "Des milliers de voyageurs",
            1000,
            "at_least",
            "passenger",
        ),
        (
            FR + "Plus d'une centaine de salariés manifestent.",
            "Plus d'une centaine de salariés",
            100,
            "more_than",
            "employee",
        ),
        (EN + "Dozens of flights were cancelled.", "Dozens of flights", 12, "at_least", "flight"),
        (EN + "Hundreds of homes were flooded.", "Hundreds of homes", 100, "at_least", "home"),
        (
            EN + "Tens of thousands of people marched.",
            "Tens of thousands of people",
            1e4,
            "at_least",
            "person",
        ),
        (EN + "A dozen people were hurt.", "A dozen people", 12, "approximate", "person"),
    ],
)
def test_approximate_counts(
    sentence: str, text: str, value: float, qualifier: str, unit: str
) -> None:
    claim = one(sentence, "count")
    assert (claim.text, claim.qualifier, claim.unit) == (text, qualifier, unit)
    assert claim.value == pytest.approx(value)
    assert claim.approximate


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "Le patient a été placé en quarantaine.",
        FR + "Il a attendu une dizaine d'années.",
        FR + "Des milliards d'euros sont en jeu.",
        EN + "Hundreds of millions of dollars are at stake.",
    ],
)
def test_approximate_counts_of_no_thing_are_not_counts(sentence: str) -> None:
    assert extract(sentence, "count") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (FR + "Un train sur quatre circulera mardi.", "Un train sur quatre", 0.25),
        (FR + "Deux vols sur trois sont annulés.", "Deux vols sur trois", 2 / 3),
        (FR + "Un Français sur cinq part en vacances.", "Un Français sur cinq", 0.2),
        (EN + "One in four workers is affected.", "One in four workers", 0.25),
        (EN + "About 1 in 5 Americans agrees.", "About 1 in 5 Americans", 0.2),
        (EN + "Three out of four voters agree.", "Three out of four voters", 0.75),
        (FR + "La moitié des salariés sont en grève.", "La moitié", 0.5),
        (FR + "Un tiers des vols est annulé.", "Un tiers", 1 / 3),
        (FR + "Les deux tiers des usagers sont satisfaits.", "Les deux tiers", 2 / 3),
        (EN + "A quarter of the staff will leave.", "A quarter", 0.25),
        (EN + "Half of the flights were cancelled.", "Half", 0.5),
        (EN + "Two-thirds of the voters agree.", "Two-thirds", 2 / 3),
    ],
)
def test_ratios_in_words_and_digits(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, "ratio")
    assert (claim.text, claim.unit) == (text, "fraction")
    assert claim.value == pytest.approx(value)


def test_a_ratio_keeps_its_counted_noun() -> None:
    assert one(FR + "Un train sur quatre circulera.", "ratio").display.startswith("1 in 4")
    claim = one(FR + "Deux vols sur trois sont annulés.", "ratio")
    assert claim.text == "Deux vols sur trois" and claim.value == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "Le magasin est ouvert 7 jours sur 7.",
        FR + "Il a été éliminé en quart de finale.",
        FR + "Il a attendu un quart d'heure.",
        EN + "Sales grew in the second half of the year.",
        EN + "He waited a quarter of an hour.",
        EN + "The company won 2 in 2024.",
        EN + "He scored 256 goals in 308 matches.",
    ],
)
def test_not_ratios(sentence: str) -> None:
    assert extract(sentence, "ratio") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (FR + "Un homme de 58 ans a été blessé.", "58 ans", 58),
        (FR + "Âgé de 71 ans, il vit à Lyon.", "71 ans", 71),
        (FR + "Marie, 44 ans, témoigne.", "44 ans", 44),
        (FR + "Il est arrivé au club à 13 ans.", "13 ans", 13),
        (FR + "Il y est venu pour ses 14 ans.", "14 ans", 14),
        (FR + "Il en rêvait lorsqu'il avait 8 ans ; il l'a dit.", "8 ans", 8),
        (FR + "Le joueur de vingt-cinq ans est arrivé.", "vingt-cinq ans", 25),
        (EN + "A 71-year-old man was hurt.", "71-year-old", 71),
        (EN + "The victim, aged 71, was hurt.", "aged 71", 71),
        (EN + "The building is 100 years old.", "100 years old", 100),
    ],
)
def test_ages(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, "age")
    assert (claim.text, claim.unit) == (text, "year")
    assert claim.value == value
    assert extract(sentence, "duration") == []


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "Le contrat de 5 ans a été signé.",
        FR + "Il y a 12 ans, le club l'avait invité.",
        FR + "Douze ans de patience ont payé.",
        FR + "Le taux à 10 ans, à 3 %, recule.",
        FR + "Il fête ses 10 ans de carrière.",
        FR + "Le contrat court jusqu'à 5 ans.",
        FR + "D'ici à 10 ans, tout aura changé.",
    ],
)
def test_not_ages(sentence: str) -> None:
    assert extract(sentence, "age") == []


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "Économie · 7 min de lecture",
        EN + "The quake struck at 3:15 local time (1915 GMT).",
        EN + "The quake struck at 10:30 GMT on Monday.",
        FR + "Voir https://example.org/article/2024/12345-people pour plus.",
        FR + "Le salaire atteint 15 millions nets, soit 30 millions bruts.",
        FR + "En 2027 salariés et patrons se retrouveront.",
    ],
)
def test_counts_never_swallow_times_years_or_addresses(sentence: str) -> None:
    assert extract(sentence, "count") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (EN + "The price equals 6.1 times Acme's adjusted earnings.", "6.1 times", 6.1),
        (EN + "The stock trades at 15x earnings.", "15x", 15),
        (EN + "Demand is three times higher than supply.", "three times", 3),
        (FR + "Le prix est trois fois plus élevé.", "trois fois", 3),
        (FR + "Il vaut 12 fois son bénéfice.", "12 fois", 12),
    ],
)
def test_multiples(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, "ratio")
    assert (claim.text, claim.unit, claim.value) == (text, "multiple", value)


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "Il a été opéré trois fois.",
        FR + "Une fois la décision prise, il est parti.",
        EN + "He met her three times.",
        EN + "They met three times the following week.",
        EN + "It happens 10 times a year.",
    ],
)
def test_how_often_is_not_a_multiple(sentence: str) -> None:
    assert extract(sentence, "ratio") == []


def test_nouns_outside_the_synonym_table_are_keyed_by_their_lemma() -> None:
    horses = one(FR + "Les pompiers ont sauvé 40 chevaux.", "count")
    geese = one(EN + "The farm lost 4 geese in the storm.", "count")
    assert (horses.unit, geese.unit) == ("cheval", "goose")
