"""Hedging (the French journalistic conditional), attributions and responses."""

from __future__ import annotations

import pytest
from extracting import extract, one

from dealview.core.evidential import is_conditional


@pytest.mark.parametrize(
    "word",
    [
        "aurait",
        "serait",
        "auraient",
        "porterait",
        "débuterait",
        "achèterait",
        "pourrait",
        "devrait",
        "voudrait",
        "prendrait",
        "conclurait",
        "construirait",
        "finirait",
        "mettrait",
        "déclarerait",
        "verrait",
        "ferait",
    ],
)
def test_conditional_forms(word: str) -> None:
    assert is_conditional(word)


@pytest.mark.parametrize(
    "word",
    [
        "déclarait",
        "montrait",
        "durait",
        "assurait",
        "espérait",
        "tirait",
        "préparait",
        "encadrait",
        "portrait",
        "attrait",
        "retrait",
        "extrait",
        "mais",
        "jamais",
        "vrais",
    ],
)
def test_imperfect_and_nouns_are_not_conditional(word: str) -> None:
    assert not is_conditional(word)


def test_conditional_hedges_the_claims_of_its_clause() -> None:
    claim = one(
        "Selon le Wall Street Journal, Oracle aurait conclu un accord de 300 milliards de dollars.",
        "money",
    )
    assert claim.hedged and claim.status == "hedged" and claim.cue == "aurait"
    assert claim.attribution == "wallstreetjournal"


def test_a_hedge_does_not_reach_another_clause() -> None:
    claims = extract(
        "Oracle a signé un contrat de 30 milliards de dollars, mais le montant pourrait "
        "atteindre 40 milliards de dollars."
    )
    money = {c.text: c.hedged for c in claims if c.kind == "money"}
    assert money == {"30 milliards de dollars": False, "40 milliards de dollars": True}


def test_indicative_with_attribution_is_attributed_not_hedged() -> None:
    claim = one(
        "Selon le Financial Times, Oracle a signé un contrat de 30 milliards de dollars.", "money"
    )
    assert claim.status == "attributed" and not claim.hedged
    assert claim.attribution == "financialtimes"


@pytest.mark.parametrize(
    "sentence",
    [
        "Oracle has reportedly signed a $30bn contract with the group, the paper said.",
        "Oracle is said to have signed a $30bn contract with the group.",
        "Oracle could sign a $30bn contract with the group by the end of the year.",
    ],
)
def test_english_hedges(sentence: str) -> None:
    assert one(sentence, "money").hedged


def test_questions_are_not_assertions() -> None:
    assert one("Oracle signera-t-il un contrat de 30 milliards de dollars ?", "money").hedged


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Selon des informations rapportées par le Wall Street Journal, Oracle a signé.",
            "Wall Street Journal",
        ),
        ("D'après Reuters, la société a signé un accord.", "Reuters"),
        ("Des sources ont confirmé au Financial Times que la société a signé.", "Financial Times"),
        ("According to Bloomberg, the company has signed the agreement.", "Bloomberg"),
        ("The Wall Street Journal reported that the company has signed.", "Wall Street Journal"),
        ("People familiar with the matter said that the company has signed.", "anonymous sources"),
    ],
)
def test_attributions_name_their_source(sentence: str, source: str) -> None:
    claim = one(sentence, "attribution")
    assert claim.display == source


def test_idiom_selon_is_not_an_attribution() -> None:
    assert (
        extract(
            "La situation s'assombrit (ou se clarifie, c'est selon), et OpenAI attend.",
            "attribution",
        )
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "value", "who"),
    [
        ("Cependant, Oracle a décliné de commenter cette annonce.", "no-comment", "oracle"),
        ("OpenAI n'a pas donné suite à une demande de confirmation.", "no-comment", "openai"),
        ("Oracle declined to comment on the report.", "no-comment", "oracle"),
        ("Oracle a formellement démenti ces informations.", "denied", "oracle"),
        ("Oracle denied the report on Tuesday.", "denied", "oracle"),
    ],
)
def test_responses(sentence: str, value: str, who: str) -> None:
    claim = one("Oracle and OpenAI are in talks, says Oracle to OpenAI. " + sentence, "response")
    assert claim.value == value and claim.subject == [who]


def test_no_denial_is_not_a_denial() -> None:
    assert [c.value for c in extract("Oracle : pas de commentaire, ni démenti.", "response")] == [
        "no-comment"
    ]
