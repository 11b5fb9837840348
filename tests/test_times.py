"""Times of day: French and English forms, zones, and what is not a time."""

from __future__ import annotations

import pytest
from extracting import extract, one

from dealview.core.textnorm import fold_same_length
from dealview.core.times import find_times


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "value", "zone"),
    [
        ("La secousse a été ressentie à 9 h 40 dans la vallée.", "fr", "9 h 40", "T09:40", None),
        ("La secousse a été ressentie à 9h40 dans la vallée.", "fr", "9h40", "T09:40", None),
        ("Le train partira à 21 heures de la gare.", "fr", "21 heures", "T21:00", None),
        ("Le train partira à 9 heures du soir.", "fr", "9 heures du soir", "T21:00", None),
        (
            "La secousse a eu lieu à 9 h 40 (heure de Paris).",
            "fr",
            "9 h 40 (heure de Paris)",
            "T09:40",
            "Europe/Paris",
        ),
        ("The vote closes at 15:15 in the capital.", "en", "15:15", "T15:15", None),
        ("The vote closes at noon in the capital.", "en", "noon", "T12:00", None),
        (
            "The quake hit at 10 a.m. EDT near the coast.",
            "en",
            "10 a.m. EDT",
            "T10:00-04:00",
            "EDT",
        ),
        ("Le vote sera clos à midi dans la capitale.", "fr", "midi", "T12:00", None),
        ("Le trafic reprendra à partir de 6 h demain.", "fr", "6 h", "T06:00", None),
        ("La réplique a eu lieu vers 9 h hier soir.", "fr", "9 h", "T21:00", None),
    ],
)
def test_times_of_day(sentence: str, lang: str, text: str, value: str, zone: str | None) -> None:
    claim = one(sentence, "time", lang)
    assert (claim.text, claim.value, claim.unit) == (text, value, zone)


def test_a_time_with_its_gmt_equivalent() -> None:
    sentence = "The quake struck at 3:15 p.m. local time (1915 GMT) on the coast."
    got = [(c.text, c.value, c.unit) for c in extract(sentence, "time", "en")]
    assert got == [("3:15 p.m. local time", "T15:15", "local"), ("1915 GMT", "T19:15Z", "UTC")]
    assert [c for c in extract(sentence, language="en") if c.kind in ("count", "date")] == []


def test_a_range_of_times() -> None:
    got = [c.value for c in extract("Le musée ouvre de 9h à 17h en semaine.", "time", "fr")]
    assert got == ["T09:00", "T17:00"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Les négociations ont duré 21 heures sans pause.", "fr"),
        ("Il a couru le marathon en 2h05 à Berlin.", "fr"),
        ("Le vin du Midi se vend bien cette année.", "fr"),
        ("Les pourparlers ont repris après 3 heures de pause.", "fr"),
        ("The talks lasted 36 hours in Geneva.", "en"),
        ("The model is built at a scale of 1:50 in the lab.", "en"),
        ("He ran a 2:05:30 marathon in Berlin.", "en"),
        ("Le village se trouve à 2 heures de Paris.", "fr"),
        ("Il faut compter 1h30 pour y aller.", "fr"),
    ],
)
def test_what_is_not_a_time(sentence: str, lang: str) -> None:
    assert extract(sentence, "time", lang) == []


def test_a_time_is_never_a_duration() -> None:
    assert extract("Le train partira à 21 heures de la gare.", "duration", "fr") == []


def test_a_distance_in_time_is_a_duration() -> None:
    claim = one("Le village se trouve à 3 heures de route.", "duration", "fr")
    assert claim.text == "3 heures"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "La réplique a été ressentie vers 4 h 10, puis vers 22h35.",
            [("4 h 10", "T04:10", "approximate"), ("22h35", "T22:35", "approximate")],
        ),
        (
            "Le train est arrivé peu avant minuit et reparti peu après 7 h.",
            [("minuit", "T00:00", "less_than"), ("7 h", "T07:00", "more_than")],
        ),
        (
            "The quake struck around 4 p.m., shortly before midnight, then just after 8am.",
            [
                ("4 p.m.", "T16:00", "approximate"),
                ("midnight", "T00:00", "less_than"),
                ("8am", "T08:00", "more_than"),
            ],
        ),
        (
            "Ouvert de 9 h à 17 h, dès 8 h le samedi, jusqu'à 21 h le vendredi.",
            [
                ("9 h", "T09:00", "exact"),
                ("17 h", "T17:00", "exact"),
                ("8 h", "T08:00", "at_least"),
                ("21 h", "T21:00", "up_to"),
            ],
        ),
    ],
)
def test_a_time_keeps_the_qualifier_written_before_it(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = find_times(sentence, fold_same_length(sentence), 0, len(sentence))
    assert [(sentence[t.start : t.end], t.value, t.qualifier) for t in found] == expected


def test_a_time_claim_carries_its_qualifier() -> None:
    from extracting import extract

    claims = extract("Le séisme a frappé vers 3 h 15, peu avant minuit.", "time", "fr")
    assert [(c.value, c.qualifier, c.display) for c in claims] == [
        ("T03:15", "approximate", "~03:15"),
        ("T00:00", "less_than", "before 00:00"),
    ]
