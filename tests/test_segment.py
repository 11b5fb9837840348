"""Lines, boilerplate, passages and sentences, with exact offsets."""

from __future__ import annotations

from dealview.core.extract import parse_article
from dealview.core.reading import RawArticle, decode
from dealview.core.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def test_abbreviations_decimals_and_initials_do_not_end_sentences() -> None:
    text = (
        "M. Altman a parlé aux É.-U. hier. Le site fait 4,5 GW et 4.5 GW. "
        "Mme Dupont, cf. le rapport, a signé. J. Smith est d'accord."
    )
    assert sentences(text) == [
        "M. Altman a parlé aux É.-U. hier.",
        "Le site fait 4,5 GW et 4.5 GW.",
        "Mme Dupont, cf. le rapport, a signé.",
        "J. Smith est d'accord.",
    ]


def test_a_sentence_ends_after_its_closing_guillemet() -> None:
    text = "« Personne ne vous entendra crier… sauf votre banquier. » Voilà une maxime. Fin."
    assert sentences(text) == [
        "« Personne ne vous entendra crier… sauf votre banquier. »",
        "Voilà une maxime.",
        "Fin.",
    ]


def test_boilerplate_is_recognised_and_offsets_kept() -> None:
    text = (
        "curtain wall building\n\nCredits image : R Onita / Unsplash\n\n"
        "HardwareIntelligence ArtificielleTechnologie\n0\n\nLe vrai titre\n\n"
        "Oracle a signé un contrat de 30 milliards de dollars.\n\n##\n\n"
        "Source : Techcrunch\n\nLaisser un commentaire\n\n"
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *\n"
        "Ce site utilise Akismet pour réduire les indésirables."
    )
    parse = parse_article(RawArticle("a", "a.txt", text, "utf-8"))
    reasons = [b.reason for b in parse.article.boilerplate]
    assert reasons == [
        "image caption",
        "image credit",
        "category strip",
        "counter",
        "markup",
        "source line",
        "comment form",
        "comment form",
        "site notice",
    ]
    assert parse.article.metadata == {"source": "Techcrunch"}
    assert parse.article.title == "Le vrai titre"
    kept = [text[p.start : p.end] for p in parse.passages]
    assert kept == ["Le vrai titre", "Oracle a signé un contrat de 30 milliards de dollars."]


def test_crlf_and_hard_wrapped_paragraphs() -> None:
    text = "Titre\r\n\r\nOracle a signé un contrat\r\nde 30 milliards de dollars.\r\nFin du texte."
    parse = parse_article(RawArticle("a", "a.txt", text, "utf-8"))
    kept = [text[p.start : p.end] for p in parse.passages]
    assert kept == [
        "Titre",
        "Oracle a signé un contrat\r\nde 30 milliards de dollars.",
        "Fin du texte.",
    ]


def test_list_items_and_markdown_headings() -> None:
    text = "# Le titre\n\nUn paragraphe qui parle.\n\n- premier point ici\n- second point là"
    parse = parse_article(RawArticle("a", "a.md", text, "utf-8"))
    assert [(p.kind, text[p.start : p.end]) for p in parse.passages] == [
        ("title", "Le titre"),
        ("paragraph", "Un paragraphe qui parle."),
        ("list-item", "premier point ici"),
        ("list-item", "second point là"),
    ]


def test_decoding_says_what_it_used() -> None:
    assert decode("été".encode()) == ("été", "utf-8")
    assert decode("\ufeffété".encode()) == ("été", "utf-8-sig")
    assert decode("été".encode("utf-16")) == ("été", "utf-16")
    assert decode("été 2024 – 4,5 €".encode("cp1252")) == ("été 2024 – 4,5 €", "cp1252")


def test_language() -> None:
    fr = parse_article(
        RawArticle(
            "a", "a.txt", "Le contrat a été signé par la société avec les partenaires.", "utf-8"
        )
    )
    en = parse_article(
        RawArticle(
            "b", "b.txt", "The contract was signed by the company with its partners.", "utf-8"
        )
    )
    assert (fr.article.language, en.article.language) == ("fr", "en")


def test_an_abbreviated_month_does_not_end_the_sentence() -> None:
    from extracting import extract

    claims = extract("The vote is set for Mar. 14 in Ohio. Sales rose on Aug. 3 after it.", "date")
    assert [c.value for c in claims] == ["XXXX-03-14", "XXXX-08-03"]
    assert claims[0].sentence_end > claims[0].end  # "Mar." did not cut the sentence
