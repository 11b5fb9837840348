"""The top of a news page: kickers above the headline, stamps in every shape, reading times
written alone, market-data notices and photo credits are furniture, never claims; the title is
the first headline-like line; places, first names and long institution names are told apart."""

from __future__ import annotations

import pytest
from extracting import extract

from dealview.core.boilerplate import classify_line
from dealview.core.entities import build_index
from dealview.core.extract import find_all_names, parse_article
from dealview.core.models import Article
from dealview.core.reading import RawArticle


def article(text: str) -> Article:
    return parse_article(RawArticle("a", "a.txt", text, "utf-8")).article


def reasons(text: str) -> dict[str, str]:
    art = article(text)
    return {text[b.start : b.end]: b.reason for b in art.boilerplate}


def no_claim_in_boilerplate(text: str) -> None:
    art = article(text)
    inside = [
        c.text
        for c in extract(text)
        for b in art.boilerplate
        if b.start < c.end and c.start < b.end
    ]
    assert inside == []


FRENCH_PAGE = (
    "Europe\n"
    "La Bourse de Milan termine la semaine en forte baisse\n"
    "Radio Nord, publié le vendredi 6 juin 2025 à 18 h 05\n"
    "3 min\n\n"
    "L'indice vedette a cédé 2,1 % vendredi, sa plus forte baisse depuis mars.\n\n"
    "Les valeurs bancaires ont reculé lundi, après un repli de 4 % la semaine dernière.\n\n"
    "Photo d'illustration © Radio Nord\n"
    "Cotations en différé de 20 minutes. Ce contenu ne constitue pas un conseil en "
    "investissement.\n"
)

ENGLISH_PAGE = (
    "BREAKING NEWS\n"
    "Ferry operator cancels crossings as storm batters the coast\n"
    "By Ann Lee\n"
    "Updated 4:52 p.m. ET, Oct. 9, 2025\n"
    "2 min\n\n"
    "The operator cancelled 14 sailings on Thursday, a spokesman said.\n\n"
    "Photograph: Ann Lee/Wire Images\n"
    "Quotes delayed by at least 15 minutes\n"
)


def test_a_kicker_above_the_headline_is_a_section_label_not_the_title() -> None:
    assert article(FRENCH_PAGE).title == "La Bourse de Milan termine la semaine en forte baisse"
    assert reasons(FRENCH_PAGE)["Europe"] == "section label"
    assert article(ENGLISH_PAGE).title == (
        "Ferry operator cancels crossings as storm batters the coast"
    )
    assert reasons(ENGLISH_PAGE)["BREAKING NEWS"] == "section label"


def test_a_kicker_is_no_organisation() -> None:
    text = "WORLD DESK\nStorm closes three ports along the coast\n\nThe ports closed on Friday.\n"
    assert article(text).title == "Storm closes three ports along the coast"
    assert [c.text for c in extract(text, "organisation")] == []


def test_a_one_word_title_over_a_paragraph_stays_the_title() -> None:
    text = "Titre\r\n\r\nOracle a signé un contrat\r\nde 30 milliards de dollars.\r\n"
    assert article(text).title == "Titre"
    assert article(text).boilerplate == []


def test_an_outlet_name_before_a_stamp_with_a_weekday() -> None:
    art = article(FRENCH_PAGE)
    assert art.published == "2025-06-06T18:05"
    assert reasons(FRENCH_PAGE)["Radio Nord, publié le vendredi 6 juin 2025 à 18 h 05"] == (
        "publication stamp"
    )
    assert "radionord" not in {c.value for c in extract(FRENCH_PAGE, "organisation")}


def test_relative_dates_take_the_stamp_as_reference() -> None:
    dates = {c.text: c.value for c in extract(FRENCH_PAGE, "date")}
    assert dates["vendredi"] == "2025-06-06"
    assert dates["lundi"] == "2025-06-02"


def test_a_time_written_before_its_date() -> None:
    art = article(ENGLISH_PAGE)
    assert art.updated == "2025-10-09T16:52"


@pytest.mark.parametrize(
    ("stamp", "published", "updated"),
    [
        ("Tue 4 Feb 2025 14.05 GMT", "2025-02-04T14:05", None),
        ("Published on Tuesday 4 February 2025, 14:05 GMT", "2025-02-04T14:05", None),
        ("Publié le mardi 4 février 2025 à 14h05 (heure de Paris)", "2025-02-04T14:05", None),
        ("Mis à jour à 16:20 le 4 février 2025", None, "2025-02-04T16:20"),
        ("Published: 04/02/2025 - 14:05 CET", "2025-02-04T14:05", None),
        ("Mis à jour le 4 février 2025 | 16h20", None, "2025-02-04T16:20"),
    ],
)
def test_stamps_with_weekdays_dotted_times_and_zones(
    stamp: str, published: str | None, updated: str | None
) -> None:
    text = f"Un titre de plusieurs mots ici\n{stamp}\n\nLe texte de l'article commence ici.\n"
    art = article(text)
    assert (art.published, art.updated) == (published, updated)
    assert stamp in reasons(text)


def test_guardian_style_stamps_give_both_dates() -> None:
    text = (
        "Transport\n"
        "Trains cancelled as engineers walk out\n"
        "Tue 4 Feb 2025 06.30 GMT\n"
        "Last modified on Tue 4 Feb 2025 11.47 GMT\n\n"
        "About 300 trains were cancelled on Tuesday.\n"
    )
    art = article(text)
    assert art.published == "2025-02-04T06:30"
    assert art.updated == "2025-02-04T11:47"
    assert not [c for c in extract(text) if c.kind in {"time", "date"} and c.start < 90]


def test_a_reading_time_alone_near_the_top_is_furniture_not_a_duration() -> None:
    assert reasons(FRENCH_PAGE)["3 min"] == "reading time"
    assert reasons(ENGLISH_PAGE)["2 min"] == "reading time"
    assert [c.text for c in extract(FRENCH_PAGE, "duration")] == []


def test_a_lone_number_of_minutes_further_down_is_content() -> None:
    text = "Un titre de plusieurs mots\n\nUn.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.\n\n12 min\n"
    assert "12 min" not in reasons(text)


@pytest.mark.parametrize(
    "line",
    [
        "Cours en différé de 15 minutes.",
        "Données différées",
        "Quotes delayed 15 minutes",
        "Market data delayed by at least 20 minutes. This is not investment advice.",
        "Les informations publiées ne constituent pas un conseil en investissement.",
    ],
)
def test_market_data_notices_are_boilerplate(line: str) -> None:
    verdict = classify_line(line)
    assert verdict is not None and verdict.reason == "market data notice"


@pytest.mark.parametrize(
    "line",
    [
        "Les livraisons ont été différées de deux semaines.",
        "Prices were delayed by the strike, traders said.",
    ],
)
def test_sentences_about_delays_stay_content(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "(Crédit photo : AP Photo/Jean Martin)",
        "Photograph: Jane Roe/PA",
        "Photo d'illustration © Radio Nord",
        "Photo: Reuters",
        "[Crédits : Jean Martin / Hans Lucas]",
    ],
)
def test_photo_credits_in_other_shapes(line: str) -> None:
    verdict = classify_line(line)
    assert verdict is not None and verdict.reason == "image credit"


def test_no_claim_and_no_organisation_in_the_furniture() -> None:
    no_claim_in_boilerplate(FRENCH_PAGE)
    no_claim_in_boilerplate(ENGLISH_PAGE)
    orgs = {c.value for c in extract(FRENCH_PAGE + ENGLISH_PAGE, "organisation")}
    assert not orgs & {"radionord", "wireimages", "pa", "breakingnews", "europe", "reuters"}


def kinds(text: str) -> dict[str, str]:
    parse = parse_article(RawArticle("a", "a.txt", text, "utf-8"))
    find_all_names([parse])
    mentions = [n for names in parse.names for n in names]
    index = build_index(mentions)
    return {n.surface: index.kind[index.resolve(n.key)] for n in mentions}


def test_cities_countries_and_nations_are_places() -> None:
    found = kinds(
        "Les vols vers Tanger et Agadir ont repris. Le Portugal et le Sénégal ont réagi. "
        "Trains in Wales and Scotland ran normally, while Leeds and Reading saw delays."
    )
    for place in ("Tanger", "Agadir", "Portugal", "Sénégal", "Wales", "Scotland", "Leeds"):
        assert found[place] == "place", place


def test_a_place_is_known_by_the_words_around_it() -> None:
    found = kinds(
        "Un glissement de terrain a frappé la province de Val Serrano. Les routes de la région "
        "de Val Serrano restent fermées. Des secours sont arrivés dans le Mont Caldo italien. "
        "Les villages du Mont Caldo, au nord de Turin, sont isolés."
    )
    assert found["Val Serrano"] == "place"
    assert found["Mont Caldo"] == "place"
    assert {
        c.value for c in extract("Le navire a sombré au large de Port Vallis.", "organisation")
    } == set()


def test_a_first_name_alone_is_a_person() -> None:
    found = kinds("Amina, 39 ans, a tout perdu. « Nous dormons dehors », raconte Amina.")
    assert found["Amina"] == "person"


def test_a_headline_word_before_a_colon_is_no_organisation() -> None:
    text = (
        "Bus strike: drivers walk out across the region\n\n"
        "Drivers at Metro Bus Services walked out on Monday, the company said.\n"
    )
    assert "bus" not in {c.value for c in extract(text, "organisation")}


def test_a_company_before_a_headline_colon_is_still_named() -> None:
    text = (
        "Acmeco chute : le titre perd 8 %\n\n"
        "Le titre d'Acmeco a perdu 8 % mardi. Les analystes suivent Acmeco de près.\n"
    )
    assert "acmeco" in {c.value for c in extract(text, "organisation")}


def test_two_institutes_keep_apart_by_their_acronyms() -> None:
    text = (
        "Selon l'Institut national de météorologie (INM), la tempête a fait 3 morts. "
        "L'Institut d'études océaniques des Pays-Bas (NIOZ) évoque des vagues de 9 mètres. "
        "L'INM prévoit une accalmie."
    )
    parse = parse_article(RawArticle("a", "a.txt", text, "utf-8"))
    find_all_names([parse])
    index = build_index([n for names in parse.names for n in names])
    assert index.resolve("inm") == "institutnationaldemeteorologie"
    assert index.resolve("nioz") == "institutdetudesoceaniquesdespaysbas"
    assert index.resolve("inm") != index.resolve("nioz")
    sources = {c.value for c in extract(text, "attribution")}
    assert "institut" not in sources
    assert "institutnationaldemeteorologie" in sources


def test_an_english_long_name_with_its_acronym() -> None:
    text = (
        "The National Union of Port Workers and Dockers (Nupwd) said 400 members voted. "
        "Nupwd will meet on Friday."
    )
    parse = parse_article(RawArticle("a", "a.txt", text, "utf-8"))
    find_all_names([parse])
    index = build_index([n for names in parse.names for n in names])
    long_key = "nationalunionofportworkersanddockers"
    assert index.resolve("nupwd") == long_key
    assert index.display[long_key] == "National Union of Port Workers and Dockers"


def test_a_generic_head_is_never_the_whole_name() -> None:
    text = (
        "L'Agence spatiale européenne a lancé un satellite. L'Agence France Trésor a levé "
        "8 milliards d'euros."
    )
    orgs = {c.value for c in extract(text, "organisation")}
    assert "agence" not in orgs
    assert "agencespatialeeuropeenne" in orgs


def test_a_person_and_party_in_parentheses_stay_a_person() -> None:
    found = kinds("Le député Jean Morel (LR) a voté contre le texte mardi.")
    assert found["Jean Morel"] == "person"


def test_a_share_button_with_its_count_is_furniture() -> None:
    verdict = classify_line("Partager 2 310 partages")
    assert verdict is not None and verdict.reason == "comment or share count"


def test_an_airport_or_station_named_after_its_city_is_a_place() -> None:
    found = kinds(
        "Les vols de l'aéroport de Port-Vallis-Nord ont repris. La gare de Port-Vallis-Sud "
        "reste fermée, et l'aéroport de Port-Vallis-Nord attend des renforts."
    )
    assert found["Port-Vallis-Nord"] == "place"


def test_a_kicker_over_a_headline_without_furniture_is_not_the_title() -> None:
    text = (
        "Planète\n"
        "Le glacier recule de 40 mètres en un été\n"
        "Les relevés de l'été montrent un recul record.\n"
    )
    assert article(text).title == "Le glacier recule de 40 mètres en un été"


def test_a_one_word_title_over_a_one_sentence_text_stays_the_title() -> None:
    text = "Brexit\n\nLe Royaume-Uni a quitté l'Union européenne le 31 janvier.\n"
    assert article(text).title == "Brexit"
    assert article(text).boilerplate == []


def test_a_clause_before_a_bracketed_acronym_is_no_long_name() -> None:
    text = "Le groupe Acmeco annonce un nouveau plan stratégique (PDF) pour ses usines."
    orgs = extract(text, "organisation")
    assert not [c.text for c in orgs if "annonce" in c.text]
    assert "acmeco" in {c.value for c in orgs}


def test_a_company_followed_by_years_is_no_person() -> None:
    found = kinds("Dix ans plus tard, Acmeco, 10 ans après sa création, emploie 300 salariés.")
    assert found["Acmeco"] != "person"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Published 05/12/2025", "2025-05-12"),  # English: month first
        ("Publié le 05/12/2025", "2025-12-05"),  # French: day first
        ("Publié le 12/05/98", "1998-05-12"),  # a two-digit year, never 2098
        ("Posted 03/14/2025 at 7:12 a.m.", "2025-03-14T07:12"),
    ],
)
def test_a_stamp_reads_its_numbers_in_its_own_language(stamp: str, published: str) -> None:
    from dealview.core.extract import parse_article
    from dealview.core.reading import RawArticle

    text = f"{stamp}\n\nLa grève a commencé hier, selon les syndicats."
    assert parse_article(RawArticle("a", "a.txt", text, "utf-8")).article.published == published
