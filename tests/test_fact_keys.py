"""Fact keys (issue 12): what each figure is about, read from its clause. The frame from the
measure lexicon, the entity (named, referred back to, never guessed from a list, never a source or
the other term of a comparison) and the qualifiers that make two facts of one frame (session, who
counted, gross or net, a former state, a segment, an age at some event), in French and English.
"""

from __future__ import annotations

import pytest

from dealview.core import claims_in
from dealview.core.models import Claim, FactKey


def engine_gap(reason: str) -> pytest.MarkDecorator:
    """Mark a test of behaviour issue 12 asks for that the engine does not have yet: it must
    fail until the engine is fixed (strict), then the mark goes."""
    return pytest.mark.xfail(strict=True, reason=f"engine gap (issue 12): {reason}")


RESOLVED = frozenset({"named", "anaphor", "pronoun", "sentence", "paragraph"})
"""How an entity is found when the text says whom the figure is about."""


def claim(text: str, language: str, fragment: str) -> Claim:
    """Return the one figure of `text` whose text is `fragment`."""
    found = [c for c in claims_in(text, language) if c.text == fragment]
    assert len(found) == 1, [c.text for c in claims_in(text, language)]
    return found[0]


def key(text: str, language: str, fragment: str) -> FactKey:
    """Return the fact key of the figure `fragment` of `text`."""
    fact = claim(text, language, fragment).fact
    assert fact is not None
    return fact


# --- frames ---


@pytest.mark.parametrize(
    ("text", "language", "figure", "frame"),
    [
        ("Le titre Northwind a perdu 9 % jeudi à Paris.", "fr", "9 %", "share_move"),
        ("Le titre Northwind a grimpé de 3,1 % jeudi.", "fr", "3,1 %", "share_move"),
        ("Acme Corp shares fell 9% on Thursday in New York.", "en", "9%", "share_move"),
        (
            "Le groupe Norvia a réalisé un chiffre d'affaires de 12 milliards d'euros en 2024.",
            "fr",
            "12 milliards d'euros",
            "revenue",
        ),
        (
            "Investors cheered Norvia Corp as its revenue rose to $12 billion last year.",
            "en",
            "$12 billion",
            "revenue",
        ),
        ("L'accident a fait 12 morts et 40 blessés, selon les pompiers.", "fr", "12 morts", "dead"),
        (
            "L'accident a fait 12 morts et 40 blessés, selon les pompiers.",
            "fr",
            "40 blessés",
            "injured",
        ),
        ("Douze personnes ont perdu la vie dans l'incendie.", "fr", "Douze personnes", "dead"),
        ("The blast killed 12 people in the port on Sunday.", "en", "12 people", "dead"),
        ("At least 40 people were injured in the blast.", "en", "At least 40 people", "injured"),
        (
            "La manifestation a rassemblé 12 000 manifestants selon la police.",
            "fr",
            "12 000 manifestants",
            "participants",
        ),
        (
            "Some 12,000 protesters marched in Lyon, according to the police.",
            "en",
            "Some 12,000 protesters",
            "participants",
        ),
        (
            "Le séisme s'est produit à 10 km de profondeur, au large de la côte.",
            "fr",
            "10 km",
            "depth",
        ),
        ("The quake struck at a depth of 10 km under the sea.", "en", "10 km", "depth"),
    ],
)
def test_the_frame_comes_from_the_measure_lexicon(
    text: str, language: str, figure: str, frame: str
) -> None:
    assert key(text, language, figure).frame == frame


def test_the_title_gaining_percent_is_a_share_move_not_a_profit() -> None:
    # "gagner" names a profit ("a gagné 2 milliards"), but "le titre", "l'action" say that a
    # percentage it gains is the share price's move.
    assert key("Le titre Northwind a gagné 2 % vendredi.", "fr", "2 %").frame == "share_move"
    text = "Les investisseurs ont salué Northwind jeudi. L'action a gagné 2 % en séance."
    assert key(text, "fr", "2 %").frame == "share_move"


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("Northwind values Globex at €3.2 billion including debt.", "en", "€3.2 billion"),
        pytest.param(
            "Le rachat valorise Globex à 3,2 milliards d'euros, dette comprise.",
            "fr",
            "3,2 milliards d'euros",
        ),
    ],
)
def test_a_value_including_debt_is_an_enterprise_value(
    text: str, language: str, figure: str
) -> None:
    assert key(text, language, figure).frame == "enterprise_value"


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        (
            "Northwind agreed to buy Globex for €3 billion, or €24 a share, a premium of 35% to "
            "the last close.",
            "en",
            "€24 a share",
        ),
        pytest.param(
            "Northwind va racheter Globex pour 3 milliards d'euros, soit 24 euros par action, "
            "une prime de 35 % sur le dernier cours.",
            "fr",
            "24 euros par action",
        ),
    ],
)
def test_a_price_per_share_in_a_deal_is_no_bonus(text: str, language: str, figure: str) -> None:
    assert key(text, language, figure).frame == "deal_value"
    premium = [c for c in claims_in(text, language) if c.kind == "percentage"]
    assert [c.fact.frame for c in premium if c.fact] == ["premium"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un séisme de magnitude 6,2 a frappé la région mardi soir.", "fr"),
        pytest.param(
            "An earthquake of magnitude 6.2 struck the region at a depth of 10 km.",
            "en",
        ),
    ],
)
def test_a_magnitude_is_never_a_depth(text: str, language: str) -> None:
    found = [c for c in claims_in(text, language) if c.unit == "magnitude"]
    assert len(found) == 1
    fact = found[0].fact
    assert fact is not None and fact.frame in {None, "magnitude"}


def test_who_counted_is_part_of_a_count_of_people() -> None:
    police = key(
        "La manifestation a rassemblé 12 000 manifestants selon la police.",
        "fr",
        "12 000 manifestants",
    )
    union = key(
        "La manifestation a rassemblé 40 000 manifestants selon les syndicats.",
        "fr",
        "40 000 manifestants",
    )
    assert (police.frame, union.frame) == ("participants", "participants")
    assert police.counter is not None and union.counter is not None
    assert police.counter != union.counter
    english = key(
        "Some 12,000 protesters marched in Lyon, according to the police.",
        "en",
        "Some 12,000 protesters",
    )
    assert english.counter == police.counter


def test_a_revenue_has_no_counter() -> None:
    fact = key(
        "Selon l'AFP, le chiffre d'affaires de Northwind a atteint 12 milliards d'euros.",
        "fr",
        "12 milliards d'euros",
    )
    assert fact.counter is None


# --- sessions ---


@pytest.mark.parametrize(
    ("text", "language", "figure", "session"),
    [
        ("Northwind Corp shares rose 3% in premarket trading.", "en", "3%", "premarket"),
        ("Northwind Corp shares rose 3% after hours on Monday.", "en", "3%", "after_hours"),
        ("Northwind Corp shares have risen 40% this year.", "en", "40%", "ytd"),
        ("Le titre Northwind a perdu 3 % à la clôture.", "fr", "3 %", "close"),
        ("Le titre Northwind a perdu 3 % en séance.", "fr", "3 %", "intraday"),
        ("Le titre Northwind a perdu 30 % depuis le début de l'année.", "fr", "30 %", "ytd"),
    ],
)
def test_the_session_of_a_share_move(text: str, language: str, figure: str, session: str) -> None:
    fact = key(text, language, figure)
    assert fact.frame == "share_move"
    assert fact.session == session


def test_a_move_with_no_session_word_leaves_it_unsaid() -> None:
    assert key("Le titre Northwind a grimpé de 3,1 %.", "fr", "3,1 %").session is None


def test_close_in_its_verb_form_is_the_close() -> None:
    # "avant de clôturer en hausse de 4,1 %": the figure after the verb of closing is the close,
    # not the intraday peak named before it.
    text = (
        "L'action Northwind a grimpé jusqu'à 6,2 % en séance jeudi, avant de clôturer en hausse "
        "de 4,1 %."
    )
    assert key(text, "fr", "jusqu'à 6,2 %").session == "intraday"
    assert key(text, "fr", "4,1 %").session == "close"


# --- entities ---


def test_a_name_in_the_noun_phrase_is_the_entity() -> None:
    fact = key("Acme Corp shares fell 9% on Thursday in New York.", "en", "9%")
    assert (fact.entity, fact.entity_from) == (["acme"], "named")
    fact = key("Le titre Northwind a perdu 9 % jeudi.", "fr", "9 %")
    assert (fact.entity, fact.entity_from) == (["northwind"], "named")


@pytest.mark.parametrize(
    ("text", "language", "figure", "how"),
    [
        (
            "Northwind a publié ses résultats jeudi. Le titre a progressé de 2 % à la clôture.",
            "fr",
            "2 %",
            "anaphor",
        ),
        (
            "Investors cheered Northwind on Thursday. The stock rose 4% in early trading.",
            "en",
            "4%",
            "anaphor",
        ),
        (
            "Investors cheered Northwind on Thursday. The company said that its revenue rose 12%.",
            "en",
            "12%",
            "anaphor",
        ),
        (
            "Globex a perdu du terrain. Northwind, en revanche, a gagné des clients. Le groupe a "
            "vu ses ventes progresser de 12 %.",
            "fr",
            "12 %",
            "anaphor",
        ),
        (
            "Les analystes saluent Northwind depuis des mois. Il a vu son chiffre d'affaires "
            "progresser de 12 %.",
            "fr",
            "12 %",
            "pronoun",
        ),
    ],
)
def test_referring_words_resolve_to_the_last_party_of_the_paragraph(
    text: str, language: str, figure: str, how: str
) -> None:
    fact = key(text, language, figure)
    assert fact.entity == ["northwind"]
    assert fact.entity_from == how


def test_a_list_of_names_is_never_a_named_entity() -> None:
    # The amount's sentence names no one; the sentence before it names two parties. Taking the
    # last of them would be a guess, and must say so.
    text = (
        "Jeudi, Northwind et Globex ont signé un accord de fusion. Le montant atteint 3 milliards "
        "d'euros."
    )
    found = [c for c in claims_in(text, "fr") if c.kind == "money"]
    assert len(found) == 1
    fact = found[0].fact
    assert fact is not None
    assert fact.entity_from not in RESOLVED
    # Both names are read (the guess is not for want of a second name).
    orgs = {c.value for c in claims_in(text, "fr") if c.kind == "organisation"}
    assert {"northwind", "globex"} <= orgs


def test_the_other_term_of_a_comparison_is_not_the_entity() -> None:
    text = "Le taux de réussite atteint 80 %, contre 50 % pour les joueurs du club Globex."
    assert "globex" not in key(text, "fr", "80 %").entity
    text = (
        "Northwind affiche un taux de réussite de 80 %, contre 50 % pour les joueurs du club "
        "Globex."
    )
    assert key(text, "fr", "80 %").entity == ["northwind"]


@pytest.mark.parametrize(
    ("text", "language", "figure", "source"),
    [
        (
            "Reuters reported that the revenue of Northwind Corp rose to $12 billion last year.",
            "en",
            "$12 billion",
            "reuters",
        ),
        (
            "Selon l'AFP, le chiffre d'affaires de Northwind a atteint 12 milliards d'euros.",
            "fr",
            "12 milliards d'euros",
            "afp",
        ),
        (
            "Le chiffre d'affaires de Northwind a atteint 12 milliards d'euros, selon l'AFP.",
            "fr",
            "12 milliards d'euros",
            "afp",
        ),
    ],
)
def test_a_source_is_not_what_the_figure_is_about(
    text: str, language: str, figure: str, source: str
) -> None:
    fact = key(text, language, figure)
    assert source not in fact.entity
    assert fact.entity == ["northwind"]
    assert fact.frame == "revenue"


@engine_gap("'its' after 'X said' finds no party: the speaker is taken for a source only")
def test_its_after_a_company_that_said_is_the_company() -> None:
    # Saying is no reporting: a company that said its sales fell is what the figure is about.
    fact = key("Northwind Corp said its sales fell 5% in the quarter.", "en", "5%")
    assert fact.frame == "revenue"
    assert fact.entity == ["northwind"]


# --- qualifiers ---


@pytest.mark.parametrize(
    ("text", "language", "figure", "reference"),
    [
        (
            "Northwind Corp shares closed at $42 on March 3, 2025, after a volatile session.",
            "en",
            "$42",
            "2025-03-03",
        ),
        (
            "Le chiffre d'affaires de Northwind a atteint 12 milliards d'euros en 2023.",
            "fr",
            "12 milliards d'euros",
            "2023",
        ),
        (
            "Le chiffre d'affaires de Northwind a atteint 12 milliards d'euros.",
            "fr",
            "12 milliards d'euros",
            None,
        ),
    ],
)
def test_the_date_a_figure_is_given_for(
    text: str, language: str, figure: str, reference: str | None
) -> None:
    assert key(text, language, figure).reference == reference


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("Acme supprimera 1 200 postes en Europe d'ici à 2027.", "fr", "1 200 postes"),
        ("Acme Corp will cut 1,200 jobs in Europe by 2027.", "en", "1,200 jobs"),
        (
            "Acme prévoit 1 200 suppressions de postes en Europe d'ici à 2027.",
            "fr",
            "1 200 suppressions",
        ),
    ],
)
def test_job_cuts_however_written(text: str, language: str, figure: str) -> None:
    assert key(text, language, figure).frame == "job_cuts"


def test_net_and_gross() -> None:
    net = key(
        "À Valmont, Karim Delorme touchera 2,7 millions d'euros net par mois.",
        "fr",
        "2,7 millions d'euros net par mois",
    )
    gross = key(
        "À Valmont, Karim Delorme touchera 4,5 millions d'euros brut par mois.",
        "fr",
        "4,5 millions d'euros brut par mois",
    )
    english = key(
        "At Valmont, Karim Delorme will earn €30 million gross a year.",
        "en",
        "€30 million gross a year",
    )
    assert (net.frame, gross.frame, english.frame) == ("salary", "salary", "salary")
    assert (net.basis, gross.basis, english.basis) == ("net", "gross", "gross")
    plain = key(
        "À Valmont, Karim Delorme touchera 2,7 millions d'euros par mois.",
        "fr",
        "2,7 millions d'euros par mois",
    )
    assert plain.basis is None


@pytest.mark.parametrize(
    ("text", "language", "figure", "past"),
    [
        # The imperfect set against another tense for the same measure is the former state.
        (
            "Karim Delorme touchera 2 millions d'euros par mois à Valmont, alors qu'il percevait "
            "1 million d'euros par mois à Lorient.",
            "fr",
            "1 million d'euros par mois",
            True,
        ),
        (
            "Karim Delorme touchera 2 millions d'euros par mois à Valmont, alors qu'il percevait "
            "1 million d'euros par mois à Lorient.",
            "fr",
            "2 millions d'euros par mois",
            False,
        ),
        (
            "À Lorient, Karim Delorme percevait 1 million d'euros par mois. À Valmont, il "
            "touchera 2 millions d'euros par mois.",
            "fr",
            "1 million d'euros par mois",
            True,
        ),
        (
            "Karim Delorme perçoit 1 million d'euros par mois à Lorient.",
            "fr",
            "1 million d'euros par mois",
            False,
        ),
        ("By then, Northwind Corp had lost 20% of its market value.", "en", "20%", True),
        ("On Monday, Northwind Corp lost 20% of its market value.", "en", "20%", False),
    ],
)
def test_a_former_state_is_apart(text: str, language: str, figure: str, past: bool) -> None:
    assert key(text, language, figure).past is past


@pytest.mark.parametrize(
    ("text", "language", "figure", "segment"),
    [
        (
            "Northwind Corp said its cloud revenue rose to $4 billion in the quarter.",
            "en",
            "$4 billion",
            "cloud",
        ),
        (
            "Northwind a vu ses revenus du cloud atteindre 4 milliards d'euros au trimestre.",
            "fr",
            "4 milliards d'euros",
            "cloud",
        ),
        (
            "Northwind Corp said its revenue rose to $4 billion in the quarter.",
            "en",
            "$4 billion",
            None,
        ),
        (
            "Northwind a vu son chiffre d'affaires atteindre 4 milliards d'euros au trimestre.",
            "fr",
            "4 milliards d'euros",
            None,
        ),
    ],
)
def test_a_segment_narrows_revenue(
    text: str, language: str, figure: str, segment: str | None
) -> None:
    fact = key(text, language, figure)
    assert fact.frame == "revenue"
    assert fact.segment == segment


@pytest.mark.parametrize(
    ("text", "language", "figure", "frame"),
    [
        ("Karim Delorme, 25 ans, a signé à Valmont lundi.", "fr", "25 ans", "age"),
        ("Karim Delorme, 25, signed for Valmont on Monday.", "en", "25", "age"),
        (
            "Karim Delorme a rejoint le centre de formation de Valmont à 13 ans.",
            "fr",
            "13 ans",
            "age_at",
        ),
        (
            "Karim Delorme joined the Valmont academy at the age of 13.",
            "en",
            "13",
            "age_at",
        ),
    ],
)
def test_an_age_at_some_event_is_not_the_age_now(
    text: str, language: str, figure: str, frame: str
) -> None:
    found = [c for c in claims_in(text, language) if c.kind == "age"]
    assert [c.text for c in found] == [figure]
    fact = found[0].fact
    assert fact is not None and fact.frame == frame


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The imperfect of a market report is the move under way, not a former state.
        ("Le titre Northwind gagnait 2 % en séance jeudi.", "2 %"),
        ("Le titre Northwind cédait 2 % en fin de matinée.", "2 %"),
        # "Ils étaient N" is how a count of marchers is given, not what they used to be.
        ("À Lyon, ils étaient 12 000 manifestants selon la police.", "12 000 manifestants"),
    ],
)
def test_the_imperfect_of_a_report_is_no_former_state(text: str, figure: str) -> None:
    assert key(text, "fr", figure).past is False


@engine_gap("'reported' after a name always makes it a source")
def test_a_company_reporting_its_own_results_is_what_they_are_about() -> None:
    # "Reuters reported that…" names a source; "Norvia Corp reported revenue of…" names the
    # company whose revenue it is.
    fact = key(
        "Norvia Corp reported revenue of $12 billion for 2024, up from a year earlier.",
        "en",
        "$12 billion",
    )
    assert fact.frame == "revenue"
    assert fact.entity == ["norvia"]


def test_a_full_venue_counts_its_crowd() -> None:
    full = "Pour la présentation, le stade de 80 000 places était plein à craquer."
    assert key(full, "fr", "80 000 places").frame == "crowd"
    seats = "Le nouveau stade du club comptera 80 000 places en 2027."
    assert key(seats, "fr", "80 000 places").frame == "capacity"
