"""Durations, in years: units from seconds to decades, halves, compounds and words."""

from __future__ import annotations

import pytest
from extracting import extract, one

HOUR = 1 / 8766


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "years"),
    [
        ("Les négociations ont duré 3 heures au ministère.", "fr", "3 heures", 3 * HOUR),
        ("The talks lasted 36 hours in Geneva.", "en", "36 hours", 36 * HOUR),
        ("The meeting took 90 minutes on Monday.", "en", "90 minutes", 1.5 * HOUR),
        ("Le chantier a duré trois ans et demi à Lyon.", "fr", "trois ans et demi", 3.5),
        ("Le chantier a duré deux ans et six mois à Lyon.", "fr", "deux ans et six mois", 2.5),
        ("The works lasted a year and a half in Leeds.", "en", "a year and a half", 1.5),
        ("The company runs an 18-month programme for staff.", "en", "18-month", 1.5),
        ("The company has led the market for a decade now.", "en", "a decade", 10.0),
        ("The company paused its works for a fortnight.", "en", "a fortnight", 14 / 365.25),
        ("The company paused its works for half an hour.", "en", "half an hour", HOUR / 2),
        ("Le trajet dure une heure et quart en train.", "fr", "une heure et quart", 1.25 * HOUR),
        ("Le contrat court sur cinq ans pour la société.", "fr", "cinq ans", 5.0),
    ],
)
def test_durations_in_years(sentence: str, lang: str, text: str, years: float) -> None:
    claim = one(sentence, "duration", lang)
    assert (claim.text, claim.unit) == (text, "year")
    assert claim.value == pytest.approx(years)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Il y a trois ans, la société a signé l'accord.", "fr"),
        ("The company signed the deal three years ago.", "en"),
        ("Un homme âgé de 58 ans a été blessé.", "fr"),
        ("A 58-year-old man was hurt in the blast.", "en"),
        ("The man, aged 71, was hurt in the blast.", "en"),
        ("Le train partira à 21 heures de la gare.", "fr"),
        ("Le chiffre d'affaires a crû de 5 % sur un an.", "fr"),
        ("The company earns $30 billion a year from cloud.", "en"),
        ("Sept 2025 · 7 min de lecture", "fr"),
        ("The group posted its half-year results on Monday.", "en"),
    ],
)
def test_what_is_not_a_duration(sentence: str, lang: str) -> None:
    assert extract(sentence, "duration", lang) == []


def test_ago_is_a_relative_date_instead() -> None:
    claim = one("The company signed the deal three years ago.", "date", "en")
    assert (claim.text, claim.relative) == ("three years ago", True)


def test_a_half_is_written_to_the_half_unit() -> None:
    from extracting import one

    assert one("La grève a duré trois ans et demi.", "duration", "fr").precision == 0.5
    assert one("The talks lasted a year and a half.", "duration", "en").precision == 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "He tried for a second time.",
        "A second attempt failed.",
        "Il a tenté une seconde fois.",
        "Pour la seconde fois, le train est resté à quai.",
    ],
)
def test_second_as_an_ordinal_is_no_duration(sentence: str) -> None:
    for language in ("fr", "en"):
        assert extract(sentence, "duration", language) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Une seconde plus tard, tout était fini.", "Une seconde"),
        ("It happened due to a one second time difference.", "one second"),
        ("It took a second.", "a second"),
    ],
)
def test_second_as_a_unit_stays_a_duration(sentence: str, text: str) -> None:
    language = "fr" if sentence.startswith("Une") else "en"
    assert one(sentence, "duration", language).text == text


def test_a_hyphenated_second_is_a_duration() -> None:
    from extracting import one

    assert one("A 10-second clip went viral.", "duration", "en").display == "10 seconds"
