"""Organisations, with aliases folded into one key."""

from __future__ import annotations

from extracting import extract

from dealview.core.entities import build_index, name_key
from dealview.core.extract import find_all_names, parse_article
from dealview.core.reading import RawArticle


def test_alias_keys() -> None:
    assert name_key("Open AI") == name_key("OpenAI") == "openai"
    assert name_key("The Wall Street Journal") == name_key("Wall Street Journal")
    assert name_key("Project Stargate") == name_key("projet Stargate") == "stargate"


def test_acronym_folds_into_the_long_name_of_the_corpus() -> None:
    text = (
        "Selon le Wall Street Journal, Oracle a signé un contrat. Le WSJ ajoute que la "
        "société a refusé de commenter. Le Financial Times, ou FT, confirme."
    )
    parse = parse_article(RawArticle("a", "a.txt", text, "utf-8"))
    find_all_names([parse])
    index = build_index([n for names in parse.names for n in names])
    assert index.resolve("wsj") == "wallstreetjournal"
    assert index.resolve("ft") == "financialtimes"
    assert index.display["wallstreetjournal"] == "Wall Street Journal"


def test_sentence_starts_people_and_places_are_not_organisations() -> None:
    text = (
        "Cependant, Oracle a signé avec OpenAI. Selon Chirag Dekate, vice-président de "
        "Gartner, le marché est porteur. Oracle construira au Texas et aux États-Unis."
    )
    orgs = {c.value for c in extract(text, "organisation")}
    assert orgs == {"oracle", "openai", "gartner"}


def test_coordinated_names_stay_apart() -> None:
    orgs = {
        c.value
        for c in extract("Le partenariat entre OpenAI, SoftBank et Oracle avance.", "organisation")
    }
    assert orgs == {"openai", "softbank", "oracle"}
