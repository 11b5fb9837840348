"""Which claims state the same fact (issue 12), on short stories written for these tests in French
and English: a contradiction needs the frame, the entity and every qualifier on both sides;
what one source leaves unsaid makes a discrepancy; derived rates meet the figures they imply;
the certainty finding points at the words that hedge.
"""

from __future__ import annotations

import pytest
from conftest import Story, findings_of

from dealview.core import claims_in
from dealview.core.models import Analysis, Claim, Finding


def texts(analysis: Analysis, finding: Finding) -> set[tuple[str, str]]:
    """The (article, text) of every claim a finding rests on."""
    return {(analysis.claim(c).article, analysis.claim(c).text) for c in finding.claims}


def value_texts(analysis: Analysis, finding: Finding) -> list[set[tuple[str, str]]]:
    """For each value a finding compares, the (article, text) of its claims."""
    return [
        {(analysis.claim(c).article, analysis.claim(c).text) for c in v.claims}
        for v in finding.values
    ]


def with_claim(analysis: Analysis, kind: str, article: str, text: str) -> list[Finding]:
    """The findings of one kind that rest on the claim `text` of `article`."""
    return [f for f in findings_of(analysis, kind) if (article, text) in texts(analysis, f)]


def the_claim(analysis: Analysis, article: str, text: str) -> Claim:
    """The one claim of `article` whose text is `text`."""
    found = [c for c in analysis.claims_of(article) if c.text == text]
    assert len(found) == 1, [c.text for c in analysis.claims_of(article)]
    return found[0]


# --- the entity and the frame must be the same on both sides ---

TWO_COMPANIES = {
    "a": (
        "Northwind et Globex en Bourse\n\n"
        "Le titre Northwind a progressé de 3 % à la clôture jeudi, porté par de bons résultats. "
        "Dans le même temps, l'action Globex a reculé de 2 % sur la séance.\n"
    ),
    "b": (
        "Northwind rallies, Globex slides\n\n"
        "Northwind shares closed up 3% on Thursday after the company said that its sales were "
        "strong. Globex shares fell 5% at the close, the worst loss of the day.\n"
    ),
    "c": (
        "Globex recule\n\n"
        "L'action Globex a perdu 2 % à la clôture jeudi, dans un marché pourtant calme. Le groupe "
        "n'a fait aucun commentaire sur ce recul.\n"
    ),
}


def test_one_companys_move_never_contradicts_anothers(story: Story) -> None:
    result = story(TWO_COMPANIES)
    for f in findings_of(result, "contradiction") + findings_of(result, "agreement"):
        claims = [result.claim(c) for c in f.claims if result.claim(c).kind == "percentage"]
        entities = {frozenset(c.fact.entity) for c in claims if c.fact}
        assert len(entities) <= 1, (f.summary, entities)
    # The same company's close, given two ways, is a contradiction; Northwind's agrees.
    [globex] = with_claim(result, "contradiction", "b", "5%")
    assert [sorted(g) for g in value_texts(result, globex)] == [
        [("a", "2 %"), ("c", "2 %")],
        [("b", "5%")],
    ]
    assert with_claim(result, "agreement", "b", "3%")
    assert not with_claim(result, "contradiction", "b", "3%")


DEAL = {
    "a": (
        "Northwind rachète Globex\n\n"
        "Northwind va racheter Globex pour 3 milliards d'euros, soit 24 euros par action, une "
        "prime de 35 % sur le dernier cours. En cas d'échec, Northwind devra verser une indemnité "
        "de rupture de 90 millions d'euros. Le groupe avait racheté Initech pour 1,2 milliard "
        "d'euros en 2021.\n"
    ),
    "b": (
        "Northwind to buy Globex\n\n"
        "Northwind agreed to buy Globex for €3 billion, or €24 a share, a premium of 35% to the "
        "last close. Northwind would owe a termination fee of €120 million if the deal collapses. "
        "Globex shares jumped 30% on the news.\n"
    ),
    "c": (
        "Northwind-Globex\n\n"
        "Le rachat de Globex par Northwind valorise la cible à 3,2 milliards d'euros, dette "
        "comprise. L'action Globex a bondi de 30 % à la clôture, tandis que Northwind perdait "
        "4 %.\n"
    ),
}


def test_a_deals_figures_meet_their_own_kind_only(story: Story) -> None:
    result = story(DEAL)
    judged = [f for f in result.findings if f.kind != "single-source"]
    for f in judged:
        found = texts(result, f)
        # An earlier deal of the buyer, and a value that includes debt, are other facts.
        assert ("a", "1,2 milliard d'euros") not in found, f.summary
        assert ("c", "3,2 milliards d'euros") not in found, f.summary
        # The target's jump is not the buyer's move.
        assert not {("c", "30 %"), ("c", "4 %")} <= found, f.summary
    [deal] = with_claim(result, "agreement", "b", "€3 billion")
    assert texts(result, deal) == {("a", "3 milliards d'euros"), ("b", "€3 billion")}
    [premium] = with_claim(result, "agreement", "b", "35%")
    assert texts(result, premium) == {("a", "35 %"), ("b", "35%")}
    [fee] = findings_of(result, "contradiction", "value-mismatch")
    assert texts(result, fee) == {("a", "90 millions d'euros"), ("b", "€120 million")}


MARKET_VALUE = {
    "a": (
        "Northwind s'envole en Bourse\n\n"
        "Le titre Northwind a progressé de 4 % à la clôture jeudi, porté par de bons résultats. "
        "Sa valeur boursière a progressé de 30 % depuis le début de l'année, selon les calculs de "
        "l'agence.\n"
    ),
    "b": (
        "Northwind shares jump\n\n"
        "Northwind shares closed up 4% on Thursday after the company said that its sales were "
        "strong. The stock market value of Northwind has now risen 30% this year.\n"
    ),
    "c": (
        "Northwind rallies\n\n"
        "The market value of Northwind rose 4% on Thursday, to $40 billion. Its shares have "
        "gained 25% this year.\n"
    ),
}


def test_a_one_day_move_never_meets_a_move_since_january(story: Story) -> None:
    result = story(MARKET_VALUE)
    for f in result.findings:
        shown = {v.display for v in f.values}
        assert not ({"4%", "30%"} <= shown or {"4%", "25%"} <= shown), f.summary
    # Each of the two facts is judged on its own: the day's move agrees, the year's does not.
    assert with_claim(result, "agreement", "c", "4%")
    [year] = with_claim(result, "contradiction", "c", "25%")
    assert ("a", "30 %") in texts(result, year)
    assert ("b", "30%") in texts(result, year)


PEAK_AND_CLOSE = {
    "a": (
        "Northwind s'envole en Bourse\n\n"
        "L'action Northwind a grimpé jusqu'à 6,2 % en séance jeudi, avant de terminer la journée "
        "en hausse de 4,1 % à la clôture. Le titre Globex a reculé de 1,2 % sur la séance.\n"
    ),
    "b": (
        "Northwind shares jump\n\n"
        "Northwind shares closed up 4.1% on Thursday, while Globex shares fell 1.2% at the close. "
        "The rally came after the company said that its sales were strong.\n"
    ),
    "c": (
        "Northwind rallies\n\n"
        "Shares of Northwind rose as much as 6.2% at one point on Thursday. The company said that "
        "its sales were strong in the quarter.\n"
    ),
}


def test_an_intraday_peak_is_not_the_close(story: Story) -> None:
    result = story(PEAK_AND_CLOSE)
    assert not findings_of(result, "contradiction")
    assert not findings_of(result, "discrepancy")
    [close] = with_claim(result, "agreement", "b", "4.1%")
    assert texts(result, close) == {("a", "4,1 %"), ("b", "4.1%")}
    [peak] = with_claim(result, "agreement", "c", "as much as 6.2%")
    assert texts(result, peak) == {("a", "jusqu'à 6,2 %"), ("c", "as much as 6.2%")}


def test_the_close_told_with_its_verb_is_not_the_peak(story: Story) -> None:
    articles = dict(PEAK_AND_CLOSE)
    articles["a"] = (
        "Northwind s'envole en Bourse\n\n"
        "L'action Northwind a grimpé jusqu'à 6,2 % en séance jeudi, avant de clôturer en hausse de "
        "4,1 %. Le titre Globex a reculé de 1,2 % sur la séance.\n"
    )
    result = story(articles)
    for f in findings_of(result, "agreement"):
        assert not {("a", "4,1 %"), ("a", "jusqu'à 6,2 %")} <= texts(result, f), f.summary


QUAKE = {
    "a": (
        "Séisme dans le sud\n\n"
        "Un séisme de magnitude 6,2 a frappé la région de Valdor mardi soir, à 10 km de "
        "profondeur. Le bilan provisoire fait état de 12 morts et 40 blessés, selon les pompiers. "
        "Dans la ville voisine de Marlin, 3 personnes ont été tuées.\n"
    ),
    "b": (
        "Earthquake in the south\n\n"
        "A magnitude 6.4 earthquake struck the Valdor region on Tuesday evening, at a depth of 10 "
        "km. At least 15 people were killed and 60 injured, the fire service said.\n"
    ),
}


def test_casualties_meet_by_what_they_count(story: Story) -> None:
    result = story(QUAKE)
    # A toll rises as reports come in: given without the time it holds for, two different
    # tolls are an unresolved discrepancy, never a contradiction.
    assert not with_claim(result, "contradiction", "a", "12 morts")
    [dead] = with_claim(result, "discrepancy", "a", "12 morts")
    assert texts(result, dead) == {("a", "12 morts"), ("b", "At least 15 people")}
    assert "date it is for" in dead.summary
    [injured] = with_claim(result, "discrepancy", "a", "40 blessés")
    assert texts(result, injured) == {("a", "40 blessés"), ("b", "60 injured")}
    [depth] = with_claim(result, "agreement", "a", "10 km")
    assert texts(result, depth) == {("a", "10 km"), ("b", "10 km")}
    # The toll of another town is another fact.
    for f in result.findings:
        if f.kind != "single-source":
            assert ("a", "3 personnes") not in texts(result, f), f.summary


def test_two_magnitudes_of_one_quake_contradict(story: Story) -> None:
    result = story(QUAKE)
    assert with_claim(result, "contradiction", "a", "magnitude 6,2")


# --- what one source leaves unsaid: a discrepancy, never a contradiction ---

SESSION_UNSAID = {
    "a": (
        "Northwind bondit avant l'ouverture\n\n"
        "Le titre Northwind a bondi de 6 % avant l'ouverture de Wall Street, après la publication "
        "de résultats meilleurs que prévu. La société a relevé ses prévisions pour l'année.\n"
    ),
    "b": (
        "Northwind jumps on results\n\n"
        "Northwind shares rose 3% after the company said that its results were better than "
        "expected. It also raised its forecast for the year.\n"
    ),
}


def test_a_session_given_by_one_source_only_leaves_a_discrepancy(story: Story) -> None:
    result = story(SESSION_UNSAID)
    assert not findings_of(result, "contradiction")
    [found] = findings_of(result, "discrepancy")
    assert texts(result, found) == {("a", "6 %"), ("b", "3%")}
    assert "trading session" in found.summary
    assert "not given by b" in found.summary


DATED = {
    "a": (
        "Northwind stock\n\n"
        "Northwind Corp shares closed at $42 on March 3, 2025, after the company said that its "
        "sales were strong. The stock has been volatile for weeks.\n"
    ),
    "b": (
        "Northwind stock slips\n\n"
        "Northwind Corp shares closed at $45 on March 4, 2025, as investors took profits after the "
        "rally. The stock has been volatile for weeks.\n"
    ),
    "c": (
        "Northwind : le chiffre d'affaires\n\n"
        "Le chiffre d'affaires de Northwind a atteint 12 milliards d'euros en 2023, puis 14 "
        "milliards d'euros en 2024, selon le rapport annuel du groupe.\n"
    ),
    "d": (
        "Northwind revenue\n\n"
        "The revenue of Northwind Corp reached €12 billion in 2024, according to its annual "
        "report. The company did not give a forecast.\n"
    ),
}


def test_figures_given_for_two_dates_are_two_facts(story: Story) -> None:
    result = story(DATED)
    # Two closes on two days, and last year's revenue against this year's, never meet.
    for f in result.findings:
        if f.kind != "single-source":
            assert ("a", "$42") not in texts(result, f), f.summary
            assert ("c", "12 milliards d'euros") not in texts(result, f), f.summary
    # The same year's revenue, given two ways, contradicts.
    [found] = findings_of(result, "contradiction")
    assert texts(result, found) == {("c", "14 milliards d'euros"), ("d", "€12 billion")}


def test_a_date_given_by_one_source_only_leaves_a_discrepancy(story: Story) -> None:
    undated = (
        "Northwind revenue\n\n"
        "The revenue of Northwind Corp reached €12 billion, according to a report published by "
        "the group. The company did not give a forecast.\n"
    )
    dated = (
        "Northwind : le chiffre d'affaires\n\n"
        "Le chiffre d'affaires de Northwind a atteint 14 milliards d'euros en 2024, selon le "
        "rapport annuel du groupe.\n"
    )
    result = story({"c": dated, "d": undated})
    assert not findings_of(result, "contradiction")
    [found] = findings_of(result, "discrepancy")
    assert "the date it is for not given by d" in found.summary


RENAULT_VERBS = {
    "a": (
        "Renault porté par ses ventes\n\n"
        "Renault a publié des ventes en forte hausse pour le trimestre. Le titre a gagné 2 % à la "
        "Bourse de Paris après cette annonce.\n"
    ),
    "b": (
        "Renault en hausse\n\n"
        "L'action Renault a clôturé en hausse de 2,47 % jeudi, après la publication de ventes "
        "solides pour le trimestre.\n"
    ),
    "c": (
        "Renault s'envole\n\n"
        "Après l'annonce de ses ventes trimestrielles, le titre Renault a bondi de 3,1 % sur la "
        "séance de jeudi.\n"
    ),
    "d": (
        "Renault salué par le marché\n\n"
        "Les ventes du trimestre ont rassuré les investisseurs : l'action Renault a pris 2,8 % à "
        "la clôture jeudi.\n"
    ),
}
CLOSES = {("b", "2,47 %"), ("c", "3,1 %"), ("d", "2,8 %")}


def test_one_move_told_with_different_verbs_is_one_fact(story: Story) -> None:
    # "a clôturé en hausse de", "a bondi de", "a pris": no word in common, one fact.
    result = story({k: RENAULT_VERBS[k] for k in "bcd"})
    [found] = findings_of(result, "contradiction")
    assert texts(result, found) == CLOSES


@pytest.mark.xfail(
    strict=True,
    reason="engine gap (issue 12): an item leaving the session unsaid that fits one close joins "
    "the closes, and the whole fact becomes a discrepancy (same_fact.judge_group)",
)
def test_a_source_silent_on_the_session_hides_no_contradiction_between_closes(
    story: Story,
) -> None:
    result = story(RENAULT_VERBS)
    silent = the_claim(result, "a", "2 %").fact
    assert silent is not None and silent.frame == "share_move" and silent.session is None
    [found] = findings_of(result, "contradiction")
    assert texts(result, found) >= CLOSES


LAST_AND_NEXT_YEAR = {
    "a": (
        "Northwind revenue\n\n"
        "The revenue of Northwind Corp reached €12 billion last year, according to its annual "
        "report. The company did not give a forecast.\n"
    ),
    "b": (
        "Northwind vise plus haut\n\n"
        "Le chiffre d'affaires de Northwind devrait atteindre 15 milliards d'euros l'an prochain, "
        "selon les prévisions du groupe.\n"
    ),
}


def test_last_years_revenue_never_contradicts_next_years_forecast(story: Story) -> None:
    result = story(LAST_AND_NEXT_YEAR)
    assert not findings_of(result, "contradiction")


QUARTER_AND_YEAR = {
    "a": (
        "Northwind results\n\n"
        "Northwind Corp posted third-quarter revenue of $3.1 billion, up 8% from a year earlier, "
        "the company said on Tuesday.\n"
    ),
    "b": (
        "Northwind : des ventes solides\n\n"
        "Northwind a réalisé un chiffre d'affaires annuel de 12 milliards de dollars, a indiqué "
        "le groupe mardi, en hausse de 5 %.\n"
    ),
}


def test_a_quarters_growth_never_contradicts_the_years(story: Story) -> None:
    result = story(QUARTER_AND_YEAR)
    assert not findings_of(result, "contradiction")


PROTEST = {
    "a": (
        "Retraites : forte mobilisation à Lyon\n\n"
        "La manifestation contre la réforme a rassemblé 12 000 manifestants selon la police, "
        "jeudi à Lyon. Le cortège est parti de la place Bellecour en fin de matinée.\n"
    ),
    "b": (
        "Retraites : les syndicats revendiquent un succès\n\n"
        "La manifestation a rassemblé 40 000 manifestants selon les syndicats, jeudi à Lyon. "
        "Le cortège s'est dispersé dans le calme.\n"
    ),
    "c": (
        "Pension protest in Lyon\n\n"
        "Some 25,000 protesters marched through Lyon on Thursday against the reform. The march "
        "ended peacefully in the afternoon.\n"
    ),
    "d": (
        "Mobilisation à Lyon\n\n"
        "Jeudi, 15 000 manifestants ont défilé selon la police à Lyon. Les syndicats parlent d'un "
        "succès.\n"
    ),
}


def test_the_police_and_the_unions_count_two_facts(story: Story) -> None:
    result = story({k: PROTEST[k] for k in "ab"})
    assert not findings_of(result, "contradiction")
    assert not findings_of(result, "discrepancy")


def test_an_unattributed_count_is_never_a_contradiction(story: Story) -> None:
    result = story(PROTEST)
    union = ("b", "40 000 manifestants")
    unattributed = ("c", "Some 25,000 protesters")
    for f in findings_of(result, "contradiction"):
        assert unattributed not in texts(result, f), f.summary
        assert union not in texts(result, f), f.summary
    # Two counts by the police do contradict.
    [police] = findings_of(result, "contradiction")
    assert texts(result, police) == {("a", "12 000 manifestants"), ("d", "15 000 manifestants")}
    # The count that names no counter is set against the others as unresolved.
    [open_] = with_claim(result, "discrepancy", *unattributed)
    assert "who counted" in open_.summary


# --- rates: a monthly figure put per year, a total over a duration ---

SALARY = {
    "a": (
        "Delorme signe à Valmont\n\n"
        "Karim Delorme s'est engagé avec le Racing Valmont pour cinq saisons. Selon le quotidien, "
        "l'attaquant touchera 2,7 millions d'euros net par mois au Racing Valmont.\n"
    ),
    "b": (
        "Delorme à Valmont : les chiffres\n\n"
        "Karim Delorme percevra 32 millions d'euros net par an au Racing Valmont, où il s'est "
        "engagé pour cinq saisons. Le club n'a pas commenté.\n"
    ),
    "c": (
        "Delorme joins Valmont\n\n"
        "Karim Delorme will be paid €45 million net a year by Racing Valmont, according to the "
        "newspaper. The striker signed a five-year contract with the club.\n"
    ),
}
MONTHLY = ("a", "2,7 millions d'euros net par mois")
YEARLY = ("b", "32 millions d'euros net par an")


@pytest.mark.xfail(
    strict=True,
    reason="engine gap (issue 12): a monthly figure put per year is 'derived', and a fact whose "
    "other side is derived is dropped (same_fact._verdict): no agreement, not even single-source",
)
def test_a_monthly_salary_times_twelve_agrees_with_a_yearly_one(story: Story) -> None:
    result = story({k: SALARY[k] for k in "ab"})
    assert not findings_of(result, "contradiction")
    [agreed] = with_claim(result, "agreement", *MONTHLY)
    assert YEARLY in texts(result, agreed)


@pytest.mark.xfail(
    strict=True,
    reason="engine gap (issue 12): one source keys the salary by the club it is paid at, the "
    "others by the player: the entities never meet (since people are entities)",
)
def test_a_monthly_salary_times_twelve_contradicts_a_yearly_one(story: Story) -> None:
    result = story(SALARY)
    [found] = with_claim(result, "contradiction", *MONTHLY)
    assert found.rule == "rate-per-year"
    sides = sorted(value_texts(result, found), key=len)
    assert sides == [{("c", "€45 million net a year")}, {MONTHLY, YEARLY}]


TEAMMATE = {
    "a": (
        "Delorme signe à Valmont\n\n"
        "Karim Delorme s'est engagé avec le Racing Valmont pour cinq saisons. L'attaquant "
        "touchera 24 millions d'euros net par an, selon le quotidien.\n"
    ),
    "b": (
        "Valmont : la masse salariale explose\n\n"
        "Le Racing Valmont a recruté Karim Delorme pour cinq saisons. Son coéquipier Paul Martin, "
        "arrivé l'an dernier, touche 12 millions d'euros net par an, selon le quotidien.\n"
    ),
    "c": (
        "Valmont's wage bill\n\n"
        "Racing Valmont signed Karim Delorme for five years. His teammate Paul Martin, who "
        "arrived last year, earns €12 million net a year, the newspaper said.\n"
    ),
}


@pytest.mark.parametrize("other", ["b", "c"])
def test_a_teammates_salary_never_contradicts_the_players(story: Story, other: str) -> None:
    result = story({"a": TEAMMATE["a"], other: TEAMMATE[other]})
    assert not findings_of(result, "contradiction")


CANDIDATES = {
    "a": (
        "Municipales à Valdor\n\n"
        "Au second tour, Claire Dumas a obtenu 52 % des voix dimanche. Elle devient la première "
        "femme maire de la ville.\n"
    ),
    "b": (
        "Valdor : Leroy battu\n\n"
        "Marc Leroy n'a obtenu que 48 % des voix au second tour dimanche. Il a reconnu sa défaite "
        "dans la soirée.\n"
    ),
}


def test_two_candidates_shares_of_the_vote_never_contradict(story: Story) -> None:
    result = story(CANDIDATES)
    assert not findings_of(result, "contradiction")


CONTRACT = {
    "a": (
        "Northwind décroche un contrat chez Globex\n\n"
        "Northwind a signé avec Globex un contrat de 150 millions d'euros sur cinq ans pour "
        "équiper ses usines, a annoncé la société mardi.\n"
    ),
    "b": (
        "Northwind et Globex : un contrat de 40 millions par an\n\n"
        "Le contrat signé par Northwind avec Globex est évalué à 40 millions d'euros par an, selon "
        "nos informations. Les usines seront équipées dès l'an prochain.\n"
    ),
    "c": (
        "Northwind wins Globex contract\n\n"
        "Northwind signed a contract with Globex worth €30 million a year to equip its plants, the "
        "company said on Tuesday.\n"
    ),
}


def test_a_yearly_amount_against_a_total_over_a_duration(story: Story) -> None:
    result = story(CONTRACT)
    [found] = findings_of(result, "contradiction")
    assert found.rule == "rate-vs-total"
    sides = sorted(value_texts(result, found), key=len)
    assert sides[0] == {("b", "40 millions d'euros par an")}
    assert {("a", "150 millions d'euros"), ("a", "cinq ans"), ("c", "€30 million a year")} <= (
        sides[1]
    )


def test_a_yearly_amount_that_fits_the_total_is_no_contradiction(story: Story) -> None:
    result = story({k: CONTRACT[k] for k in "ac"})
    assert not findings_of(result, "contradiction")
    assert not findings_of(result, "discrepancy")


# --- sides, bases, unknown measures ---

TWO_VALUES = {
    "a": (
        "Northwind : un chiffre d'affaires record\n\n"
        "Northwind a réalisé un chiffre d'affaires de 12 milliards d'euros, selon le communiqué. "
        "Plus loin, le groupe évoque un chiffre d'affaires de 14 milliards d'euros, sans préciser "
        "la période.\n"
    ),
    "b": (
        "Northwind posts record revenue\n\n"
        "The revenue of Northwind Corp reached €13 billion, a record for the group. The company "
        "did not give a forecast for the year.\n"
    ),
    "c": (
        "Northwind : 12 milliards\n\n"
        "Le chiffre d'affaires de Northwind a atteint 12 milliards d'euros, a indiqué le groupe "
        "dans un communiqué.\n"
    ),
}


def test_an_article_with_two_values_under_one_key_makes_no_side_alone(story: Story) -> None:
    result = story({k: TWO_VALUES[k] for k in "ab"})
    assert not findings_of(result, "contradiction")
    # With a third source that gives one value, that value makes a side; the other value of
    # the article with two stays out.
    result = story(TWO_VALUES)
    [found] = findings_of(result, "contradiction")
    assert sorted(value_texts(result, found), key=len) == [
        {("b", "€13 billion")},
        {("a", "12 milliards d'euros"), ("c", "12 milliards d'euros")},
    ]
    assert ("a", "14 milliards d'euros") not in texts(result, found)


GROSS_AND_NET = {
    "a": (
        "Delorme signe à Valmont\n\n"
        "Karim Delorme s'est engagé avec le Racing Valmont pour cinq saisons. Selon le quotidien, "
        "l'attaquant touchera 50 millions d'euros brut par an au Racing Valmont.\n"
    ),
    "b": (
        "Delorme à Valmont : les chiffres\n\n"
        "Karim Delorme percevra 30 millions d'euros net par an au Racing Valmont, où il s'est "
        "engagé pour cinq saisons. Le club n'a pas commenté.\n"
    ),
}


def test_gross_is_never_set_against_net(story: Story) -> None:
    result = story(GROSS_AND_NET)
    for kind in ("contradiction", "discrepancy", "agreement"):
        assert not with_claim(result, kind, "b", "30 millions d'euros net par an"), kind


UNFRAMED = {
    "a": (
        "Northwind rachète Globex\n\n"
        "Northwind a annoncé jeudi le rachat de Globex pour 3 milliards d'euros, une opération "
        "saluée par les marchés.\n"
    ),
    "b": (
        "Northwind to buy Globex\n\n"
        "Northwind agreed on Thursday to buy Globex for €3 billion in cash, the companies said.\n"
    ),
    "c": (
        "Northwind-Globex : les détails\n\n"
        "Northwind et Globex ont officialisé jeudi leur union. Le chiffre de 3 milliards d'euros a "
        "été confirmé par les deux groupes dans la soirée.\n"
    ),
    "d": (
        "Northwind-Globex : un autre chiffre\n\n"
        "Jeudi, Northwind a évoqué devant les analystes le chiffre de 5 milliards d'euros, sans "
        "autre détail sur Globex.\n"
    ),
}


def test_a_figure_naming_no_measure_joins_an_agreement_but_opens_no_contradiction(
    story: Story,
) -> None:
    result = story(UNFRAMED)
    unframed = [
        the_claim(result, "c", "3 milliards d'euros"),
        the_claim(result, "d", "5 milliards d'euros"),
    ]
    assert all(c.fact is not None and c.fact.frame is None for c in unframed)
    [deal] = with_claim(result, "agreement", "b", "€3 billion")
    assert texts(result, deal) == {
        ("a", "3 milliards d'euros"),
        ("b", "€3 billion"),
        ("c", "3 milliards d'euros"),
    }
    assert not findings_of(result, "contradiction")
    assert not findings_of(result, "discrepancy")


# --- certainty, with the words that hedge ---

HEDGED_DEAL = {
    "a": (
        "Northwind aurait racheté Globex\n\n"
        "Northwind aurait conclu un accord pour racheter Globex pour 3 milliards d'euros, selon "
        "plusieurs sources proches du dossier.\n"
    ),
    "b": (
        "Northwind buys Globex\n\n"
        "Northwind has agreed to buy Globex for €3 billion in cash, the companies said on "
        "Thursday.\n"
    ),
    "c": (
        "Northwind in talks for Globex\n\n"
        "Northwind has reportedly agreed to buy Globex for €3 billion, people familiar with the "
        "matter said.\n"
    ),
}


def test_the_certainty_finding_points_at_the_hedge(story: Story) -> None:
    result = story(HEDGED_DEAL)
    [found] = findings_of(result, "contradiction", "certainty-divergence")
    asserted, hedged = found.values
    assert asserted.articles == ["b"]
    assert hedged.articles == ["a", "c"]
    cues = {}
    for cid in hedged.claims:
        c = result.claim(cid)
        assert c.hedged and c.cue_start is not None and c.cue_end is not None
        cues[c.article] = result.article(c.article).text[c.cue_start : c.cue_end]
    # The cue is the hedge itself, not the figure.
    assert cues == {"a": "aurait", "c": "reportedly"}
    assert not findings_of(result, "contradiction", "value-mismatch")


JOB_CUTS = {
    "a": (
        "Northwind va supprimer des postes\n\n"
        "Northwind a annoncé jeudi un plan de 1 200 suppressions de postes dans ses usines "
        "françaises, a indiqué la direction.\n"
    ),
    "b": (
        "Plan social chez Northwind\n\n"
        "Le plan de Northwind prévoit 1 200 suppressions de postes, un chiffre que ni la direction "
        "ni les syndicats n'ont confirmé jeudi.\n"
    ),
    "c": (
        "Northwind : le flou sur les postes\n\n"
        "Le plan de Northwind prévoit 1 200 suppressions de postes, mais ni la direction ni les "
        "syndicats n'ont confirmé ce chiffre jeudi.\n"
    ),
}


def test_neither_nor_confirmed_is_no_confirmation(story: Story) -> None:
    result = story({k: JOB_CUTS[k] for k in "ab"})
    figure = the_claim(result, "b", "1 200 suppressions")
    assert figure.hedged
    assert figure.cue_start is not None and figure.cue_end is not None
    cue = result.article("b").text[figure.cue_start : figure.cue_end]
    assert cue.endswith("confirmé") and cue.startswith("n'")
    assert not any(c.kind == "response" and c.value == "confirmed" for c in result.claims_of("b"))
    [found] = findings_of(result, "contradiction", "certainty-divergence")
    assert [v.articles for v in found.values] == [["a"], ["b"]]


def test_neither_nor_confirmed_in_a_clause_of_its_own_is_no_assertion(story: Story) -> None:
    result = story({k: JOB_CUTS[k] for k in "ac"})
    assert the_claim(result, "c", "1 200 suppressions").hedged


def test_our_information_is_a_hedge() -> None:
    text = "Selon nos informations, Northwind supprimera 1 200 postes dans ses usines françaises."
    [figure] = [c for c in claims_in(text, "fr") if c.kind == "count"]
    assert figure.hedged
    assert figure.cue_start is not None and figure.cue_end is not None
    assert "nos informations" in text[figure.cue_start : figure.cue_end]


def test_a_hedge_governs_its_own_clause() -> None:
    text = (
        "La nouvelle ligne de tramway ouvrira en 2027, et les premiers trains pourraient circuler "
        "dès la fin de l'année."
    )
    [year] = [c for c in claims_in(text, "fr") if c.kind == "date"]
    assert (year.text, year.hedged, year.status) == ("2027", False, "asserted")
    text = "The new tram line will open in 2027, and the first trains could run by year-end."
    [year] = [c for c in claims_in(text, "en") if c.kind == "date" and c.text == "2027"]
    assert not year.hedged
