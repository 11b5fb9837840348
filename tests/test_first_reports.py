"""Who first reported or revealed a story."""

from __future__ import annotations

import time

from dealview.core.first_reports import FirstReport, find_first_reports
from dealview.core.textnorm import fold_same_length


def reports(text: str, lang: str = "en") -> list[FirstReport]:
    return find_first_reports(text, fold_same_length(text), 0, len(text), lang)


def test_outlet_first_reported_is_strong() -> None:
    text = "The Financial Times first reported on Monday that the two banks were in talks."
    (r,) = reports(text)
    assert r.outlet == "The Financial Times"
    assert text[r.outlet_start : r.outlet_end] == r.outlet
    assert r.strong
    assert text[r.start : r.end] == "The Financial Times first reported"


def test_first_reported_by_and_as_first_reported() -> None:
    (r,) = reports("The talks were first reported by the New York Times last week.")
    assert r.outlet == "New York Times" and r.strong
    (r,) = reports("As Bloomberg News first reported, the board met on Sunday.")
    assert r.outlet == "Bloomberg News" and r.strong


def test_french_revealed_by_is_strong() -> None:
    text = "L'information, révélée mardi par Le Canard enchaîné, a été confirmée par le ministère."
    (r,) = reports(text, "fr")
    assert r.outlet == "Le Canard"  # "enchaîné" is written in lower case
    assert r.strong
    (r,) = reports("Le Parisien a révélé que le maire allait démissionner.", "fr")
    assert r.outlet == "Le Parisien" and r.strong


def test_french_informations_de_is_weak() -> None:
    text = "Selon des informations de L'Équipe, le joueur a passé sa visite médicale."
    (r,) = reports(text, "fr")
    assert r.outlet == "L'Équipe"
    assert not r.strong
    (r,) = reports("D'après les informations du Parisien, l'enquête a été close.", "fr")
    assert r.outlet == "Parisien" and not r.strong


def test_outlet_reported_that_is_weak() -> None:
    (r,) = reports("Reuters reported on Tuesday that the plant would close.")
    assert r.outlet == "Reuters" and not r.strong
    (r,) = reports("The bid was lower than expected, The Wall Street Journal reported.")
    assert r.outlet == "The Wall Street Journal" and not r.strong


def test_companies_reporting_results_are_no_first_report() -> None:
    assert reports("Nordwind reported revenue of $12bn for the quarter.") == []
    assert reports("Acme Corp reported that comparable sales rose 4%.") == []
    assert reports("The company reported a loss of $363 million.") == []
    assert reports("L'enquête a révélé que le moteur était défaillant.", "fr") == []
    assert reports("Renault a révélé sa nouvelle voiture électrique.", "fr") == []
    assert reports("Selon la police, 2 000 personnes ont défilé.", "fr") == []


def test_fast_without_cue() -> None:
    text = "Le groupe a annoncé une hausse de 4,5 % de son chiffre d'affaires au premier trimestre."
    folded = fold_same_length(text)
    t0 = time.perf_counter()
    for _ in range(10_000):
        find_first_reports(text, folded, 0, len(text), "fr")
    assert (time.perf_counter() - t0) / 10_000 < 20e-6
