"""Page furniture (stamps, bylines, reading times, counts, badges, labels) is never a claim;
publication and update stamps become the article's metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import extract

from dealview.core.boilerplate import classify_line
from dealview.core.extract import parse_article
from dealview.core.reading import RawArticle, read_article


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("7 min de lecture", "reading time"),
        ("3 min read", "reading time"),
        ("Temps de lecture : 4 min", "reading time"),
        ("Publié le 12/05/2025 à 07:12", "publication stamp"),
        ("Mis à jour le 3 juin", "publication stamp"),
        ("Updated 11:08 a.m. ET", "publication stamp"),
        ("Published March 3, 2025", "publication stamp"),
        ("Modifié le 4 mars 2025 à 18h30", "publication stamp"),
        ("Publié aujourd'hui à 10h12", "publication stamp"),
        ("Updated 2 hours ago", "publication stamp"),
        ("27 commentaires", "comment form"),
        ("12 comments", "comment form"),
        ("Partager (3)", "comment or share count"),
        ("1 204 partages", "comment or share count"),
        ("Par Jeanne Morel", "byline"),
        ("By Jane Doe", "byline"),
        ("Par la rédaction", "byline"),
        ("By the Metro Desk", "byline"),
        ("Le Monde avec AFP", "byline"),
        ("De notre correspondante à Berlin", "byline"),
        ("Économie", "section label"),
        ("Markets", "section label"),
        ("Abonnés", "subscriber badge"),
        ("Subscribers only", "subscriber badge"),
        ("Économie · Par la rédaction · 7 min de lecture", "byline"),
        ("POLITIQUE | Jeudi 3 avril 2025", "date line"),
        ("THE WEEKLY BRIEF | Tech | Analysis", "section label"),
        ("Share: X · Facebook · LinkedIn · 48 shares", "comment or share count"),
        ("June 4, 2025", "date line"),
        ("(Reporting by Ann Lee in Seoul; Editing by Tom Hale)", "byline"),
        ("Publié le 12 mai 2025 à 07h12, modifié le 12 mai 2025 à 09h40", "publication stamp"),
        ("Par Jeanne Morel Publié le 12/05/2025 à 07:12", "publication stamp"),
        ("Il vous reste 80 % de cet article à lire.", "subscriber badge"),
        ("Écouter cet article", "subscriber badge"),
        ("You have 3 free articles remaining this month", "subscriber badge"),
        ("(Rédaction de Paul Martin, édition par Anne Roy)", "byline"),
        ("https://www.example.org/2025/05/article-123", "url"),
    ],
)
def test_furniture_lines_are_boilerplate_with_a_reason(line: str, reason: str) -> None:
    verdict = classify_line(line)
    assert verdict is not None
    assert verdict.reason == reason


@pytest.mark.parametrize(
    "line",
    [
        "Mis à jour en 2024, le plan prévoit de doubler la production.",
        "Updated figures show a 4% rise in sales",
        "Publié en 1998, le roman s'est vendu à 2 millions d'exemplaires",
        "Par amour du jeu",
        "By 2030",
        "By selling its stake, the group raised $3 billion",
        "Renault – Nissan",
        "Le salaire d'abord",
        "Le club a reçu 27 commentaires hostiles sur son site",
        "Three minutes to read the fine print",
        "La rédaction de l'accord a pris 3 mois.",
        "(Reporting by the agency showed a 5% rise in prices.)",
        "Il vous reste 80 % du budget à dépenser.",
        "Le rapport Published by Reuters montre une hausse de 3 %.",
    ],
)
def test_sentences_and_headings_stay_content(line: str) -> None:
    assert classify_line(line) is None


def parsed(text: str, date: str | None = None) -> RawArticle:
    return RawArticle("a", "a.txt", text, "utf-8", {"date": date} if date else {})


def test_stamps_become_published_and_updated_never_claims() -> None:
    text = (
        "ÉCONOMIE · Par la rédaction · 7 min de lecture\n"
        "Publié le 12/05/2025 à 07:12 – Mis à jour le 12/05/2025 à 09:40\n"
        "27 commentaires\n\n"
        "Renault relève sa prévision de marge\n\n"
        "Le constructeur vise une marge de 8 % cette année, contre 7,5 % en 2024.\n"
    )
    art = parse_article(parsed(text)).article
    assert art.published == "2025-05-12T07:12"
    assert art.updated == "2025-05-12T09:40"
    assert art.title == "Renault relève sa prévision de marge"
    claims = extract(text)
    assert not [
        c.text for c in claims for b in art.boilerplate if b.start < c.end and c.start < b.end
    ]
    assert sorted(c.text for c in claims if c.kind in {"percentage", "count"}) == ["7,5 %", "8 %"]


def test_english_stamps_take_the_date_of_the_publication() -> None:
    text = (
        "MARKETS | Analysis\n"
        "By Jane Doe and John Roe\n"
        "4 min read · Published June 2, 2025 · Updated 3:42 p.m. ET\n\n"
        "Shares of the chipmaker rose 6% on Monday.\n"
    )
    art = parse_article(parsed(text)).article
    assert art.published == "2025-06-02"
    assert art.updated == "2025-06-02T15:42"
    assert [c.text for c in extract(text) if c.kind in {"percentage", "count", "duration"}] == [
        "6%"
    ]


def test_a_missing_year_is_taken_from_the_dateline_or_the_page() -> None:
    art = parse_article(parsed("Mis à jour le 3 juin\n\nLe texte commence ici.\n")).article
    assert art.updated == "XXXX-06-03"
    text = "Titre\n\nPARIS, 12 mai 2025 (AFP) - Le gouvernement a présenté son plan.\n"
    art = parse_article(parsed(text)).article
    assert art.published == "2025-05-12"
    wire = parse_article(parsed("Titre\n\nMay 15 (Wire) - The deal was signed.\n", "2025-05-15"))
    assert wire.article.published == "2025-05-15"
    page = parse_article(parsed("Un titre\n\nUn texte sans date.\n", "2024-03-01T10:00:00+01:00"))
    assert page.article.published == "2024-03-01T10:00"


def test_an_article_without_stamps_has_no_dates() -> None:
    art = parse_article(parsed("Un titre\n\nLe plan prévoit 3 000 emplois d'ici 2027.\n")).article
    assert art.published is None
    assert art.updated is None


def test_nothing_is_read_inside_a_web_address() -> None:
    text = (
        "Voir https://doi.org/issn%280024%2D9114%29 et https://exemple.org/etude/chiffres?id=30 "
        "pour le détail."
    )
    assert [c.text for c in extract(text)] == []


def test_a_text_of_one_line_is_all_content() -> None:
    assert [c.text for c in extract("14/03/2025", "date")] == ["14/03/2025"]
    assert parse_article(parsed("Publié le 12/05/2025")).article.boilerplate == []
    two_lines = parse_article(parsed("Publié le 12/05/2025\nLe texte suit ici."))
    assert [b.reason for b in two_lines.article.boilerplate] == ["publication stamp"]


def test_an_html_page_gives_its_publication_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Plan</title>"
        '<meta property="article:published_time" content="2025-05-12T07:12:00+02:00">'
        "</head><body><article><h1>Le gouvernement présente son plan</h1>"
        "<p>Le gouvernement a présenté mardi un plan de 3 milliards d'euros pour la "
        "rénovation des écoles, qui prévoit aussi 200 gymnases d'ici à 2030.</p>"
        "<p>Le ministère promet un calendrier précis et une évaluation annuelle des travaux "
        "engagés dans toutes les régions du pays.</p></article></body></html>",
        encoding="utf-8",
    )
    assert parse_article(read_article(page)).article.published == "2025-05-12"


def test_a_date_heading_further_down_stays_content() -> None:
    text = (
        "Chronologie d'une fusion\n\nLe texte revient sur les étapes.\n\nUn.\n\nDeux.\n\n"
        "Trois.\n\nQuatre.\n\n3 mars 2024\n\nLes discussions commencent.\n"
    )
    art = parse_article(parsed(text)).article
    assert art.boilerplate == []
    assert art.published is None
    assert "2024-03-03" in [c.value for c in extract(text, "date")]


def _article(text: str) -> str:
    return " ".join(c.text for c in extract(text))


@pytest.mark.parametrize(
    ("header", "author", "comment"),
    [
        ("Comments (7)", "hoopdad_412 · 2 days ago", "The mall closed 2,410 stores in 2019."),
        ("27 commentaires", "Sam_93 · 18/07/2024 à 09h12", "Il y avait 50 000 personnes."),
    ],
)
def test_readers_comments_after_the_article_make_no_claim(
    header: str, author: str, comment: str
) -> None:
    body = "\n\n".join(
        f"Paragraph {i}: the council voted the 2026 budget of 40 million euros." for i in range(4)
    )
    text = f"A title\n\n{body}\n\n{header}\n\n{author}\n{comment}\n"
    claims = extract(text)
    assert claims, "the article's own figures are read"
    assert all(c.end <= text.index(header) for c in claims), _article(text)


def test_a_comments_link_near_the_top_does_not_hide_the_article() -> None:
    text = (
        "A title\nComments (3)\n\n"
        + "\n\n".join(f"Paragraph {i}: the plant employs 1,200 workers." for i in range(4))
        + "\n"
    )
    assert len(extract(text, "count")) == 4
