"""An article's title is its first headline-like line, never a kicker, byline or stamp."""

from __future__ import annotations

from dealview.core.extract import parse_article
from dealview.core.reading import RawArticle


def title(text: str) -> str:
    return parse_article(RawArticle("a", "a.txt", text, "utf-8")).article.title


def test_the_kicker_byline_and_stamp_are_not_the_title() -> None:
    text = (
        "Économie · Par la rédaction · 7 min de lecture\n\n"
        "La SNCF commande 30 rames\n\n"
        "Le groupe a passé commande lundi pour 1,2 milliard d'euros.\n"
    )
    assert title(text) == "La SNCF commande 30 rames"


def test_an_english_title_after_section_strip_and_byline() -> None:
    text = (
        "THE WEEKLY BRIEF | Tech | Analysis\n\n"
        "Chipmakers rally. Investors want more.\n\n"
        "By Jane Doe\n"
        "Published March 3, 2025\n\n"
        "Shares of the largest chipmakers rose 6% on Monday after a strong quarter.\n"
    )
    assert title(text) == "Chipmakers rally. Investors want more."


def test_a_long_first_paragraph_is_cut_to_its_first_sentence() -> None:
    text = (
        "Le gouvernement a présenté mardi un plan de 3 milliards d'euros pour la rénovation "
        "des écoles. Il prévoit aussi la construction de 200 gymnases d'ici à 2030, selon le "
        "ministère, qui promet un calendrier précis.\n\nUn second paragraphe suit."
    )
    assert title(text).startswith("Le gouvernement a présenté mardi un plan")
    assert title(text).endswith("…")
