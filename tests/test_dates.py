"""Years, months and seasons, with the role the sentence gives them."""

from __future__ import annotations

import pytest
from extracting import extract, one

FR = "Selon le journal, la société a signé un accord. "
EN = "The company said that it has signed the agreement with the group. "


@pytest.mark.parametrize(
    ("sentence", "text", "value", "role"),
    [
        (FR + "Les achats débuteront à partir de 2027.", "2027", "2027", "start"),
        (FR + "Avec des achats débutant en 2027.", "2027", "2027", "start"),
        (FR + "Dès 2026, le site ouvrira.", "2026", "2026", "start"),
        (FR + "Les centres consommeront davantage d'ici 2040.", "2040", "2040", "end"),
        (FR + "La société a commencé durant l'été 2024.", "été 2024", "2024-22", "point"),
        (FR + "En janvier dernier, la société a changé de cap.", "janvier", "XXXX-01", "point"),
        (FR + "Le 15 mars 2025, la société a signé.", "15 mars 2025", "2025-03-15", "point"),
        (EN + "Purchases will start in 2027 under the deal.", "2027", "2027", "start"),
        (EN + "The deal was signed in May 2024 by the firm.", "May 2024", "2024-05", "point"),
        (EN + "The plant will be ready by 2030 at the latest.", "2030", "2030", "end"),
        (EN + "The firm has grown since summer 2023.", "summer 2023", "2023-22", "since"),
    ],
)
def test_dates_keep_granularity_and_role(sentence: str, text: str, value: str, role: str) -> None:
    claim = one(sentence, "date")
    assert (claim.text, claim.value, claim.role) == (text, value, role)


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "Le contrat a été signé hier.",  # "été" the participle
        EN + "The company may sign the deal soon.",  # "may" the verb
        FR + "Les centres des données sont prêts.",  # "des" is not "dès"
        FR + "Le site produira 2040 MW à terme.",  # a power, not a year
    ],
)
def test_words_that_only_look_like_dates(sentence: str) -> None:
    assert extract(sentence, "date") == []


def test_des_the_article_does_not_make_a_start_date() -> None:
    claim = one(FR + "La société lancera des services en 2027.", "date")
    assert claim.role == "point"
