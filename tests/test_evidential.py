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


# --- Attribution cues are whole words -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Le conseil s'est réuni en début d'après-midi avec 40 délégués.",
        "Les 40 délégués se sont réunis dans l'après-midi.",
        "Le boom d'après-guerre a porté la production à 40 000 voitures.",
    ],
)
def test_apres_inside_a_word_is_no_attribution(sentence: str) -> None:
    claims = extract(sentence)
    assert [c for c in claims if c.kind == "attribution"] == []
    assert all(c.status == "asserted" for c in claims if c.kind in {"count", "date"})


# --- Sources named by a common noun -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "source"),
    [
        ("D'après un responsable local, 40 maisons ont été détruites.", "count", "authorities"),
        ("Selon les autorités régionales, 12 personnes sont mortes.", "count", "authorities"),
        ("Selon une source syndicale, 800 postes seront supprimés.", "count", "union"),
        ("Selon la police, 3 200 personnes ont défilé dans le centre.", "count", "police"),
        ("Selon un porte-parole de la police, 45 personnes ont été arrêtées.", "count", "police"),
        (
            "Le parquet de Paris a indiqué que 3 personnes avaient été interpellées.",
            "count",
            "prosecutors",
        ),
        ("Les pompiers ont dénombré 25 blessés dans le quartier.", "count", "firefighters"),
        (
            "Le trafic a baissé de 30 % sur la rocade, a indiqué la préfecture.",
            "percentage",
            "prefecture",
        ),
        (
            "Le bilan s'élève à 9 morts, a annoncé dans la soirée le ministère de la Santé.",
            "count",
            "ministry of health",
        ),
        ("About 5,000 people marched through the city, according to the union.", "count", "union"),
        ("Police said 2,300 people attended the vigil.", "count", "police"),
        ("Turnout in the ballot was 64%, the union said.", "percentage", "union"),
        ("Around 900 workers joined the picket, union officials said.", "count", "union"),
        ("Officials told reporters that 16 people were injured.", "count", "authorities"),
        (
            "The Health Ministry said 9 people had died in the floods.",
            "count",
            "ministry of health",
        ),
        ("Organisers claimed 20,000 people took part.", "count", "organisers"),
        ("Industry figures suggest each closure costs £3m.", "money", "industry"),
        ("Police figures show 4,000 people attended the march.", "count", "police"),
        ("According to local media, 40 people died in the fire.", "count", "press"),
        ("Selon la presse italienne, 40 personnes sont mortes.", "count", "press"),
    ],
)
def test_common_noun_sources_are_attributions(sentence: str, kind: str, source: str) -> None:
    claim = one(sentence, kind)
    assert claim.status == "attributed" and claim.attribution == source
    assert one(sentence, "attribution").value == source


def test_one_source_gets_one_key_in_both_languages() -> None:
    keys = {
        one(s, "count").attribution
        for s in (
            "Selon la police, 3 200 personnes ont défilé.",
            "Police said 3,200 people marched.",
            "About 3,200 people marched, police said.",
            "La police a compté 3 200 manifestants.",
        )
    }
    assert keys == {"police"}
    assert one("Selon les syndicats, 9 000 personnes ont défilé.", "count").attribution == "union"
    assert one("The unions said 9,000 people marched.", "count").attribution == "union"


def test_two_counters_in_one_sentence_are_kept_apart() -> None:
    claims = extract(
        "Selon la police, 3 000 personnes ont défilé à Lyon, mais les syndicats revendiquent "
        "9 000 manifestants."
    )
    credited = {c.text: c.attribution for c in claims if c.kind == "count"}
    assert credited == {"3 000 personnes": "police", "9 000 manifestants": "union"}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Le ministre a prévenu la police que 40 maisons étaient menacées.", None),
        ("Le directeur a déclaré à la police que 40 maisons étaient menacées.", None),
        ("The mayor said the government had pledged £40m to the town.", "mayor"),
    ],
)
def test_a_listener_or_object_is_no_source(sentence: str, source: str | None) -> None:
    figure = next(c for c in extract(sentence) if c.kind in {"count", "money"})
    assert figure.attribution == source


# --- What an attribution credits ----------------------------------------------------------------


def test_a_later_clause_attribution_does_not_reach_back() -> None:
    claims = extract(
        "Three operators cancelled about 60% of their services, while Northway said it would run "
        "80% of its trains."
    )
    credited = {c.text: c.attribution for c in claims if c.kind == "percentage"}
    assert credited["about 60%"] is None
    assert credited["80%"] == "northway"


def test_a_closing_tag_credits_the_whole_sentence() -> None:
    claims = extract(
        "Le cortège comptait 3 000 personnes au départ, mais 5 000 à l'arrivée, selon la police."
    )
    assert {c.attribution for c in claims if c.kind == "count"} == {"police"}


def test_a_speech_verb_in_a_relative_clause_credits_only_that_clause() -> None:
    claims = extract("Fares rose 4.6% for commuters who the union said earn less than £30,000.")
    credited = {c.text: c.attribution for c in claims if c.kind in {"percentage", "money"}}
    assert credited == {"4.6%": None, "less than £30,000": "union"}


# --- A hedge governs its own clause -------------------------------------------------------------


def test_a_hedge_does_not_reach_back_over_a_new_subject() -> None:
    claims = extract(
        "La ligne ouvrira en 2031, et les premiers trains pourraient circuler dès 2032.", "date"
    )
    assert {c.text: c.hedged for c in claims} == {"2031": False, "2032": True}


def test_an_expectation_does_not_reach_a_clause_after_as() -> None:
    claims = extract(
        "Only one in five buses is expected to run, as the drivers began a 48-hour stoppage at "
        "noon."
    )
    status = {c.text: c.hedged for c in claims if c.kind in {"ratio", "duration"}}
    assert status == {"one in five buses": True, "48-hour": False}


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("About 10,000 people could attend the concert.", True),
        ("A deal worth $5bn could close in June.", False),
    ],
)
def test_a_modal_hedges_the_figure_that_is_its_subject(sentence: str, hedged: bool) -> None:
    claim = next(c for c in extract(sentence) if c.kind in {"count", "money"})
    assert claim.hedged is hedged


# --- A negated confirmation confirms nothing ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "responses"),
    [
        ("Ni la mairie ni l'opposition n'ont confirmé le coût de 12 millions d'euros.", []),
        ("Renault n'a pas confirmé le montant de 12 millions d'euros.", []),
        ("Acme has not confirmed the $12m figure.", []),
        ("Acme declined to confirm the $12m figure.", ["no-comment"]),
        ("Renault n'a ni confirmé ni démenti le montant de 12 millions d'euros.", ["no-comment"]),
        ("Renault a confirmé le montant de 12 millions d'euros.", ["confirmed"]),
    ],
)
def test_negated_confirmations(sentence: str, responses: list[str]) -> None:
    assert [c.value for c in extract(sentence, "response")] == responses


@pytest.mark.parametrize(
    "sentence",
    [
        "Ni la mairie ni l'opposition n'ont confirmé le coût de 12 millions d'euros.",
        "Acme has not confirmed the $12m figure.",
    ],
)
def test_an_unconfirmed_figure_is_hedged(sentence: str) -> None:
    assert one(sentence, "money").hedged


# --- Expectations and targets hedge what follows them -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Acme expects the merger to generate $80m of savings.", True),
        ("Acme is targeting $80m of savings by 2027.", True),
        ("Acme is counting on savings of at least $80m.", True),
        ("Le groupe vise 8 milliards d'euros de chiffre d'affaires.", True),
        ("Le groupe a confirmé l'objectif d'un chiffre d'affaires de 8 milliards d'euros.", True),
        ("Les analystes tablaient sur 8 milliards d'euros.", True),
        ("Il évoque une prime pouvant aller jusqu'à 8 millions d'euros.", True),
        ("As expected, Acme paid $80m for the plant.", False),
        ("Acme paid $80m for the plant, more than expected.", False),
        ("Acme will save $80m a year.", False),
    ],
)
def test_expectations_and_targets(sentence: str, hedged: bool) -> None:
    assert one(sentence, "money").hedged is hedged


def test_an_opening_attribution_stops_at_another_speaker() -> None:
    claims = extract(
        "The union said 89% of members backed the strike, but the company said only 40% of "
        "staff walked out."
    )
    credited = {c.text: c.attribution for c in claims if c.kind == "percentage"}
    assert credited == {"89%": "union", "40%": None}


def test_each_tag_credits_the_figure_before_it() -> None:
    claims = extract(
        "Le bilan est de 14 morts, selon les autorités, et de 30 blessés selon les secours."
    )
    credited = {c.text: c.attribution for c in claims if c.kind == "count"}
    assert credited == {"14 morts": "authorities", "30 blessés": "emergency services"}


def test_a_french_inverted_tag_may_end_with_long_adverbials() -> None:
    claim = one(
        "Les écoles resteront fermées pendant cinq jours, a annoncé le ministère de l'Éducation "
        "dans un communiqué publié lundi soir à Tunis.",
        "duration",
    )
    assert claim.attribution == "ministry of education"


def test_a_hedged_claim_points_at_its_cue() -> None:
    from extracting import one

    text = "Selon le WSJ, Oracle aurait conclu un accord de 300 milliards de dollars."
    money = one(text, "money", "fr")
    assert money.cue_start is not None and money.cue_end is not None
    assert text[money.cue_start : money.cue_end] == "aurait"
    # A figure stated as fact points at the verb that states it (issue 12: the evidence of a
    # certainty finding is "aurait conclu" against "a conclu").
    plain_text = "Oracle a conclu un accord de 300 milliards de dollars."
    plain = one(plain_text, "money", "fr")
    assert plain.status == "asserted" and not plain.hedged
    assert plain.cue_start is not None and plain.cue_end is not None
    assert plain_text[plain.cue_start : plain.cue_end] == "a conclu"
