"""Dates: years, months, seasons, numeric and spelled dates, ranges, quarters, relative dates."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import extract, one

from dealview.core.dates import find_dates
from dealview.core.textnorm import fold_same_length

FR = "Selon le journal, la société a signé un accord. "
EN = "The company said that it has signed the agreement with the group. "


def dates_of(
    text: str, lang: str | None = None, reference: dt.date | str | None = None
) -> list[tuple[str, str | None, str]]:
    """Return (text, value, role) of the dates `find_dates` reads in `text`."""
    found = find_dates(text, fold_same_length(text), 0, len(text), lang=lang, reference=reference)
    return [(text[d.start : d.end], d.value, d.role) for d in found]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "role"),
    [
        (FR + "Les achats débuteront à partir de 2027.", "2027", "2027", "start"),
        (FR + "Avec des achats débutant en 2027.", "2027", "2027", "start"),
        (FR + "Dès 2026, le site ouvrira.", "2026", "2026", "start"),
        (FR + "Les centres consommeront davantage d'ici 2040.", "2040", "2040", "end"),
        (FR + "La société a commencé durant l'été 2024.", "été 2024", "2024-22", "point"),
        (
            FR + "En janvier dernier, la société a changé de cap.",
            "janvier dernier",
            "XXXX-01",
            "point",
        ),
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
    ("sentence", "lang", "text", "value"),
    [
        ("Le rapport a été remis le 14/03/2025 au ministre.", "fr", "14/03/2025", "2025-03-14"),
        ("Le rapport a été remis le 03/04/2025 au ministre.", "fr", "03/04/2025", "2025-04-03"),
        ("The report was filed on 03/04/2025 with the court.", "en", "03/04/2025", "2025-03-04"),
        ("The report was filed on 21/04/2016 with the court.", "en", "21/04/2016", "2016-04-21"),
        ("The report was filed on 2025-03-14 with the court.", "en", "2025-03-14", "2025-03-14"),
        ("Le rapport sera remis 22/04 au ministre.", "fr", "22/04", "XXXX-04-22"),
        ("Le rapport a été remis le 15.05.99 au ministre.", "fr", "15.05.99", "1999-05-15"),
        ("The report was filed on Oct. 14 with the court.", "en", "Oct. 14", "XXXX-10-14"),
        ("The report was filed Sept 3 with the court.", "en", "Sept 3", "XXXX-09-03"),
        ("Le rapport sera remis le 1er sept. au ministre.", "fr", "1er sept.", "XXXX-09-01"),
        ("Le rapport sera remis le premier janvier.", "fr", "premier janvier", "XXXX-01-01"),
        ("The report is due on the third of March.", "en", "the third of March", "XXXX-03-03"),
        ("The report is due on March 3rd at the court.", "en", "March 3rd", "XXXX-03-03"),
        ("Le rapport sera remis lundi 3 mars 2025.", "fr", "lundi 3 mars 2025", "2025-03-03"),
        ("The report was filed on May 15, 2025 in Ohio.", "en", "May 15, 2025", "2025-05-15"),
        ("Le rapport a été remis en novembre 2016 au ministre.", "fr", "novembre 2016", "2016-11"),
        ("The report was filed in Dec. 2018 with the court.", "en", "Dec. 2018", "2018-12"),
        ("The report was filed on 4th of July of 1995.", "en", "4th of July of 1995", "1995-07-04"),
    ],
)
def test_written_dates(sentence: str, lang: str, text: str, value: str) -> None:
    claim = one(sentence, "date", lang)
    assert (claim.text, claim.value) == (text, value)


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "value"),
    [
        (
            "Les ventes ont bondi au troisième trimestre 2016.",
            "fr",
            "troisième trimestre 2016",
            "2016-35",
        ),
        ("Sales rose in the third quarter of 2016.", "en", "the third quarter of 2016", "2016-35"),
        ("Sales rose in Q3 2016 across the group.", "en", "Q3 2016", "2016-35"),
        ("Les ventes ont bondi au T3 2016.", "fr", "T3 2016", "2016-35"),
        ("Sales should rise in H1 2026.", "en", "H1 2026", "2026-40"),
        ("Les ventes devraient croître au S2 2026.", "fr", "S2 2026", "2026-41"),
        (
            "Les ventes devraient croître au premier semestre 2026.",
            "fr",
            "premier semestre 2026",
            "2026-40",
        ),
        (
            "Sales should rise in the second half of 2025.",
            "en",
            "the second half of 2025",
            "2025-41",
        ),
        ("Prices soared in the 1990s across Europe.", "en", "1990s", "199X"),
        ("Les prix ont flambé dans les années 90 en Europe.", "fr", "années 90", "199X"),
    ],
)
def test_quarters_halves_and_decades(sentence: str, lang: str, text: str, value: str) -> None:
    claim = one(sentence, "date", lang)
    assert (claim.text, claim.value) == (text, value)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Le festival aura lieu du 3 au 12 septembre 2025.",
            "fr",
            [("3", "2025-09-03", "start"), ("12 septembre 2025", "2025-09-12", "end")],
        ),
        (
            "The fair runs between March 3 and 7 in Lyon.",
            "en",
            [("March 3", "XXXX-03-03", "start"), ("7", "XXXX-03-07", "end")],
        ),
        (
            "Output fell from April to June 2016 at the plant.",
            "en",
            [("April", "2016-04", "start"), ("June 2016", "2016-06", "end")],
        ),
        (
            "Les travaux ont duré de novembre à février 2016.",
            "fr",
            [("novembre", "2015-11", "start"), ("février 2016", "2016-02", "end")],
        ),
        (
            "The summit ran Nov 18-Dec 19, 2015 in Paris.",
            "en",
            [("Nov 18", "2015-11-18", "start"), ("Dec 19, 2015", "2015-12-19", "end")],
        ),
        (
            "Les épreuves ont lieu entre le 3 et le 12 mars.",
            "fr",
            [("3", "XXXX-03-03", "start"), ("12 mars", "XXXX-03-12", "end")],
        ),
        (
            "Les épreuves ont lieu les 15 et 16 juin 2024.",
            "fr",
            [("15", "2024-06-15", "point"), ("16 juin 2024", "2024-06-16", "point")],
        ),
        (
            "The fair runs November 19-20 in Lyon.",
            "en",
            [("November 19", "XXXX-11-19", "start"), ("20", "XXXX-11-20", "end")],
        ),
        (
            "Le plan couvre la période 2016-2018 pour le groupe.",
            "fr",
            [("2016", "2016", "start"), ("2018", "2018", "end")],
        ),
        (
            "The 2019-20 season was cut short.",
            "en",
            [("2019", "2019", "start"), ("20", "2020", "end")],
        ),
    ],
)
def test_ranges_give_two_dates(
    sentence: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(c.text, c.value, c.role) for c in extract(sentence, "date", lang)]
    assert got == expected


def test_a_year_and_month_written_as_digits_is_a_month() -> None:
    assert dates_of("Le bilan de 2016-11 est publié.", "fr") == [("2016-11", "2016-11", "point")]


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "Le contrat a été signé vendredi.",  # "été" the participle
        EN + "The company may sign the deal soon.",  # "may" the verb
        EN + "May I ask why the deal was signed?",  # "May" opening a question
        FR + "Les centres des données sont prêts.",  # "des" is not "dès"
        FR + "Le site produira 2040 MW à terme.",  # a power, not a year
        EN + "Black Friday sales were strong.",  # a name, not a day
        FR + "Les trois quarts des salariés, soit 3/4, ont voté.",  # a fraction
        FR + "Le club a gagné le 1/4 de finale.",  # a fraction: the quarter-final
        EN + "The Mars rover landed safely.",  # the planet
        EN + "The fall of the wall changed Europe.",  # not autumn
        EN + "The game was tied in the third quarter.",  # a period of a match
        EN + "It struck at 3:15 p.m. local time (1915 GMT).",  # a time, not the year 1915
        FR + "La France d'aujourd'hui a changé.",  # nowadays
        FR + "Le concert de Juin Martin a été annulé.",  # a capitalised French month: a name
    ],
)
def test_words_that_only_look_like_dates(sentence: str) -> None:
    assert [c.text for c in extract(sentence, "date") if not c.relative] == []


def test_des_the_article_does_not_make_a_start_date() -> None:
    claim = one(FR + "La société lancera des services en 2027.", "date")
    assert claim.role == "point"


def test_money_before_a_month_is_no_day() -> None:
    claim = one("I paid $12 December 27 for the ticket.", "date", "en")
    assert (claim.text, claim.value) == ("December 27", "XXXX-12-27")


REF = dt.date(2025, 5, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value"),
    [
        ("La société a signé hier.", "fr", "hier", "2025-05-13"),
        ("La société signe aujourd'hui.", "fr", "aujourd'hui", "2025-05-14"),
        ("La société a signé lundi.", "fr", "lundi", "2025-05-12"),
        ("La société signera vendredi.", "fr", "vendredi", "2025-05-16"),
        ("La société signera lundi prochain.", "fr", "lundi prochain", "2025-05-19"),
        (
            "La société a signé la semaine dernière.",
            "fr",
            "la semaine dernière",
            "2025-05-05/2025-05-11",
        ),
        ("La société signera l'an prochain.", "fr", "l'an prochain", "2026"),
        ("La société a signé il y a trois ans.", "fr", "il y a trois ans", "2022"),
        ("The firm signed yesterday.", "en", "yesterday", "2025-05-13"),
        ("The firm signed on Monday.", "en", "on Monday", "2025-05-12"),
        ("The firm will sign on Friday.", "en", "on Friday", "2025-05-16"),
        ("The firm signed last Wednesday.", "en", "last Wednesday", "2025-05-07"),
        ("The firm signed last month.", "en", "last month", "2025-04"),
        ("The firm will sign next year.", "en", "next year", "2026"),
        ("The firm signed two weeks ago.", "en", "two weeks ago", "2025-04-28/2025-05-04"),
        ("La société a renoncé l'été dernier.", "fr", "été dernier", "2024-22"),
        ("La société signera en mars prochain.", "fr", "mars prochain", "2026-03"),
        ("La société a signé en janvier dernier.", "fr", "janvier dernier", "2025-01"),
        ("La société a signé le 3 mai dernier.", "fr", "3 mai dernier", "2025-05-03"),
        ("The firm will open next spring.", "en", "next spring", "2026-21"),
        ("The firm signed last June.", "en", "last June", "2024-06"),
    ],
)
def test_relative_dates_resolve_against_the_reference(
    text: str, lang: str, phrase: str, value: str
) -> None:
    found = find_dates(text, fold_same_length(text), 0, len(text), lang=lang, reference=REF)
    assert [(text[d.start : d.end], d.value, d.relative) for d in found] == [(phrase, value, True)]


def test_a_reference_given_as_an_iso_string() -> None:
    text = "La société a signé hier."
    assert dates_of(text, "fr", "2025-05-14T07:12:00+02:00")[0][1] == "2025-05-13"


def test_a_reference_known_to_the_year_resolves_only_years() -> None:
    assert dates_of("Elle a signé hier et l'an dernier.", "fr", "2025") == [
        ("hier", None, "point"),
        ("l'an dernier", "2024", "point"),
    ]


def test_the_eve_is_never_resolved_against_the_article() -> None:
    assert dates_of("La veille, la société avait signé.", "fr", REF) == [
        ("La veille", None, "point")
    ]


def test_relative_dates_without_a_reference_are_marked_and_unresolved() -> None:
    claim = one(EN + "The firm signed the deal yesterday.", "date")
    assert (claim.text, claim.value, claim.relative) == ("yesterday", None, True)


def test_find_dates_keeps_its_positional_call() -> None:
    text = "Publié le 12/05/2025 à 07:12"
    found = find_dates(text, fold_same_length(text), 0, len(text))
    assert [(text[d.start : d.end], d.value) for d in found] == [("12/05/2025", "2025-05-12")]


@pytest.mark.parametrize(
    "text",
    ["", "12/13/14/15", "2016-2016", "99/99/9999", "le 32 mars", "Q5 2016", "--//..", "31/02"],
)
def test_odd_inputs_do_not_crash(text: str) -> None:
    for d in find_dates(text, fold_same_length(text), 0, len(text), lang="en", reference="x"):
        assert 0 <= d.start < d.end <= len(text)


def test_a_resolved_relative_date_is_displayed_like_a_written_one() -> None:
    text = "La société a signé hier, après l'accord de janvier dernier."
    found = find_dates(text, fold_same_length(text), 0, len(text), lang="fr", reference=REF)
    assert [d.display for d in found] == ["13 May 2025", "January 2025"]


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value"),
    [
        ("Travel only if necessary until Friday.", "en", "Friday", "2025-05-16"),
        ("Le trafic restera perturbé jusqu'à vendredi.", "fr", "vendredi", "2025-05-16"),
        ("D'ici lundi, un accord doit être trouvé.", "fr", "lundi", "2025-05-19"),
        ("The strike lasted until Monday.", "en", "Monday", "2025-05-12"),
    ],
)
def test_until_and_d_ici_point_forward(text: str, lang: str, phrase: str, value: str) -> None:
    found = find_dates(text, fold_same_length(text), 0, len(text), lang=lang, reference=REF)
    assert [(text[d.start : d.end], d.value) for d in found] == [(phrase, value)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "The fair runs from March 3 to 7.",
            "en",
            [("March 3", "XXXX-03-03", "start"), ("7", "XXXX-03-07", "end")],
        ),
        (
            "Le salon a lieu du 3 au 9 juin.",
            "fr",
            [("3", "XXXX-06-03", "start"), ("9 juin", "XXXX-06-09", "end")],
        ),
    ],
)
def test_a_range_at_the_end_of_a_sentence(
    sentence: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dates_of(sentence, lang) == expected


def test_a_decimal_after_a_date_is_no_range_end() -> None:
    assert dates_of("Scores were March 3 to 7.5 points.", "en") == [
        ("March 3", "XXXX-03-03", "point")
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "value"),
    [
        (
            "Les six premiers mois de 2025 ont été bons.",
            "fr",
            "six premiers mois de 2025",
            "2025-40",
        ),
        (
            "In the first six months of 2024, sales fell.",
            "en",
            "first six months of 2024",
            "2024-40",
        ),
        (
            "Sur les trois premiers mois, le chiffre a baissé.",
            "fr",
            "trois premiers mois",
            "XXXX-33",
        ),
    ],
)
def test_the_first_months_of_a_year_are_a_quarter_or_a_half(
    sentence: str, lang: str, text: str, value: str
) -> None:
    assert dates_of(sentence, lang) == [(text, value, "point")]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Les six premiers mois de son mandat ont été durs.", "fr"),
        ("The first three months of his tenure were hard.", "en"),
    ],
)
def test_the_first_months_of_something_else_are_no_date(sentence: str, lang: str) -> None:
    assert dates_of(sentence, lang) == []


def test_the_first_nine_months_of_a_year_are_an_interval() -> None:
    assert dates_of("Les neuf premiers mois de 2024 ont été bons.", "fr") == [
        ("neuf premiers mois de 2024", "2024-01/2024-09", "point")
    ]
    assert dates_of("The first nine months of the year were good.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value"),
    [
        (
            "Les six premiers mois de l'année ont été bons.",
            "fr",
            "six premiers mois de l'année",
            "2025-40",
        ),
        (
            "The first three months of the year were slow.",
            "en",
            "first three months of the year",
            "2025-33",
        ),
        (
            "Sales rose in the third quarter of the year.",
            "en",
            "the third quarter of the year",
            "2025-35",
        ),
    ],
)
def test_a_period_of_the_year_is_in_the_article_s_year(
    text: str, lang: str, phrase: str, value: str
) -> None:
    found = find_dates(text, fold_same_length(text), 0, len(text), lang=lang, reference=REF)
    assert [(text[d.start : d.end], d.value, d.relative) for d in found] == [(phrase, value, True)]


def test_a_period_of_the_year_without_a_reference_is_of_some_year() -> None:
    assert dates_of("Les six premiers mois de l'année ont été bons.", "fr") == [
        ("six premiers mois de l'année", "XXXX-40", "point")
    ]


def test_an_english_name_ending_like_a_french_future_does_not_move_a_weekday_forward() -> None:
    from extracting import extract

    text = (
        "Published May 14, 2025\n\nLaura met the minister on Monday. Talks will resume on Monday."
    )
    assert [c.value for c in extract(text, "date", "en")] == ["2025-05-12", "2025-05-19"]


def test_an_update_stamp_alone_dates_the_article_for_its_relative_dates() -> None:
    from extracting import extract

    text = "Updated May 14, 2025\n\nThe strike began on Monday."
    assert [c.value for c in extract(text, "date", "en")] == ["2025-05-12"]
