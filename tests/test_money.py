"""Money in every currency: symbols, codes and names in French and English, sub-units, amounts
in two parts, and the words that are currencies only in a money context."""

from __future__ import annotations

import pytest
from extracting import extract, one

FR = "Selon le journal, la société a signé un accord. "
EN = "The company said that it has signed the agreement with the group. "


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        (
            FR + "Il vaut 125 millions de dollars australiens.",
            "125 millions de dollars australiens",
            1.25e8,
            "AUD",
        ),
        (FR + "La prime atteint 100 millions de livres.", "100 millions de livres", 1e8, "GBP"),
        (
            FR + "La prime atteint 100 millions de livres sterling.",
            "100 millions de livres sterling",
            1e8,
            "GBP",
        ),
        (FR + "Le rachat coûte 1,5 Md€.", "1,5 Md€", 1.5e9, "EUR"),
        (FR + "Le groupe a payé 10 000 francs suisses.", "10 000 francs suisses", 1e4, "CHF"),
        (FR + "Il a cédé 16,4 millions de $ c.", "16,4 millions de $ c", 1.64e7, "CAD"),
        (FR + "Il a vendu 100 milliards de yuans.", "100 milliards de yuans", 1e11, "CNY"),
        (
            FR + "Il a versé 2 milliards de couronnes suédoises.",
            "2 milliards de couronnes suédoises",
            2e9,
            "SEK",
        ),
        (FR + "Le contrat vaut 3 millions de roupies.", "3 millions de roupies", 3e6, "INR"),
        (FR + "Le budget est de 5 milliards de reais.", "5 milliards de reais", 5e9, "BRL"),
        (
            FR + "La banque a prêté 40 milliards de pesos mexicains.",
            "40 milliards de pesos mexicains",
            4e10,
            "MXN",
        ),
        (EN + "The club paid £100m for the player.", "£100m", 1e8, "GBP"),
        (EN + "The bank paid 100 million Swiss francs.", "100 million Swiss francs", 1e8, "CHF"),
        (EN + "The bonds raised €1.5bn in total.", "€1.5bn", 1.5e9, "EUR"),
        (EN + "The charge came to C$300 million.", "C$300 million", 3e8, "CAD"),
        (EN + "Exports reached HK$ 10.05 billion.", "HK$ 10.05 billion", 1.005e10, "HKD"),
        (EN + "The government set aside Rs 500 crore.", "Rs 500 crore", 5e9, "INR"),
        (EN + "The fund holds ¥450,000 in cash.", "¥450,000", 4.5e5, "JPY"),
        (EN + "The firm sold 5 billion rand of bonds.", "5 billion rand", 5e9, "ZAR"),
        (EN + "It paid R$ 2 billion for the stake.", "R$ 2 billion", 2e9, "BRL"),
        (EN + "It bought 2 million pounds of shares.", "2 million pounds", 2e6, "GBP"),
        (
            EN + "The sale raised 300 million Australian dollars.",
            "300 million Australian dollars",
            3e8,
            "AUD",
        ),
        (EN + "Tokyo approved a 5 trillion yen package.", "5 trillion yen", 5e12, "JPY"),
    ],
)
def test_currencies_by_name_symbol_and_code(
    sentence: str, text: str, value: float, unit: str
) -> None:
    claim = one(sentence, "money")
    assert (claim.text, claim.unit) == (text, unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        (EN + "The offer is 470 pence a share.", "470 pence a share", 4.70, "GBP/share"),
        (FR + "L'offre est de 470 pence par action.", "470 pence par action", 4.70, "GBP/share"),
        (EN + "The shares closed at 197p on Friday after the bid.", "197p", 1.97, "GBP"),
        (EN + "The shares closed one penny lower.", "one penny", 0.01, "GBP"),
        (EN + "Onvia's stock was down 34 cents.", "34 cents", 0.34, "USD"),
        (FR + "L'action a perdu 34 cents.", "34 cents", 0.34, "EUR"),
        (FR + "L'action a perdu 197 centimes.", "197 centimes", 1.97, "EUR"),
        (
            EN + "The Canadian unit fell to C$1.20 and then lost 5 cents more.",
            "5 cents",
            0.05,
            "CAD",
        ),
        (
            FR + "Le franc vaut 1,10 franc suisse et le ticket 50 centimes de plus.",
            "50 centimes",
            0.5,
            "CHF",
        ),
        (EN + "It will pay a 12-cent-a-share dividend.", "12-cent-a-share", 0.12, "USD/share"),
    ],
)
def test_sub_units_are_converted_to_the_main_unit(
    sentence: str, text: str, value: float, unit: str
) -> None:
    claims = [c for c in extract(sentence, "money") if c.text == text]
    assert len(claims) == 1, [c.text for c in extract(sentence, "money")]
    assert claims[0].unit == unit
    assert isinstance(claims[0].value, float)
    assert abs(claims[0].value) == pytest.approx(value)  # "lost 5 cents" is a fall: -0.05


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (EN + "A ticket only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5),
        (
            EN + "A ticket only cost thirteen dollars and forty-five cents.",
            "thirteen dollars and forty-five cents",
            13.45,
        ),
        (FR + "Le ticket ne coûte que 15 euros 50.", "15 euros 50", 15.5),
        (
            FR + "Le ticket ne coûte que treize euros et quarante-cinq cents.",
            "treize euros et quarante-cinq cents",
            13.45,
        ),
    ],
)
def test_amounts_in_two_parts(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, "money")
    assert claim.text == text
    assert claim.value == pytest.approx(value)
    assert claim.precision == pytest.approx(0.01)


def test_two_amounts_are_not_joined() -> None:
    claims = extract(FR + "Le ticket coûte 10 euros et 15 euros le samedi.", "money")
    assert [c.value for c in claims] == [10, 15]
    claims = extract(EN + "The shares cost 5 dollars and 20 percent of them were sold.", "money")
    assert [c.value for c in claims] == [5]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (EN + "Foot Locker holders get $24 apiece for their shares.", "USD/share"),
        (EN + "The buyer will pay 24 bucks a share.", "USD/share"),
        (FR + "Il touchera 15 millions d'euros nets par saison.", "EUR/year"),
        (FR + "Il percevait 2,7 millions d'euros nets par mois.", "EUR/month"),
        (EN + "He earns $15 an hour.", "USD/hour"),
        (EN + "The rooms cost €200 a night in summer.", "EUR"),
    ],
)
def test_prices_per_unit_and_rates(sentence: str, unit: str) -> None:
    assert one(sentence, "money").unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        EN + "The parcel weighs 300 pounds.",
        EN + "Police seized 300 pounds of cocaine at the port.",
        EN + "The bomb was a 500-pound device.",
        FR + "L'auteur a écrit 12 livres en dix ans.",
        FR + "Ses romans se sont vendus à 3 millions de livres en poche.",
        EN + "The team won 3 games and lost 2 won matches.",
        EN + "The 19 euro zone members met in Brussels.",
        EN + "Prices are given in 2020 dollars.",
        EN + "The video streams in 1080p on most devices.",
        EN + "Watch it in 720p or 1080p.",
        FR + "Il a vendu 2 millions de livres de cuisine.",
        FR + "La maison d'édition a vendu 3 millions de livres.",
        FR + "Le site a coûté cher : c'est dans 5 ans.",
        FR + "Sur le plan sportif, il sort d'un Euro décevant.",
        FR + "Le club n'a pas versé un euro d'indemnité.",
    ],
)
def test_words_that_are_not_money_here(sentence: str) -> None:
    assert extract(sentence, "money") == []


def test_pence_in_share_prices() -> None:
    claims = extract(EN + "Shares rose 5p to 120p on Friday.", "money")
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("5p", 0.05, "GBP"),
        ("120p", 1.2, "GBP"),
    ]


def test_pounds_with_money_words_are_money() -> None:
    claim = one(EN + "He was paid 300 pounds for the job.", "money")
    assert (claim.value, claim.unit) == (300, "GBP")


def test_dollars_alone_are_us_dollars_and_a_dollar_sign_before_au_total_is_not_australian() -> None:
    assert one(FR + "Il vaut 300 Md$ au total.", "money").unit == "USD"
    assert one(EN + "It costs a $5 fee.", "money").unit == "USD"
    assert one(FR + "Le marché pèse 40 milliards de dollars.", "money").unit == "USD"


def test_spans_are_slices_of_the_text() -> None:
    text = EN + "It paid £100m, 100 million Swiss francs and 470 pence a share; C$ 16.4 million."
    for claim in extract(text, "money"):
        assert text[claim.start : claim.end] == claim.text


def test_an_amount_restated_without_its_currency() -> None:
    text = FR + "Il touchera 15 millions d'euros nets par saison, soit 30 millions bruts."
    claims = extract(text, "money")
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("15 millions d'euros nets par saison", 15e6, "EUR/year"),
        ("30 millions bruts", 30e6, "EUR/year"),
    ]
    claim = extract(EN + "The budget is $5 billion, up from 4 billion.", "money")[-1]
    assert (claim.text, claim.value, claim.unit) == ("4 billion", 4e9, "USD")


@pytest.mark.parametrize(
    "sentence",
    [
        FR + "La zone euro compte 340 millions.",
        FR + "La ville compte 2 millions d'habitants, contre 3 millions.",
        EN + "The app has 3 million users, up from 2 million.",
    ],
)
def test_a_bare_scale_without_an_amount_before_is_not_money(sentence: str) -> None:
    assert extract(sentence, "money") == []


def test_a_lone_article_before_a_currency_is_an_amount_only_as_one() -> None:
    assert one(FR + "Il a cédé la société pour un euro symbolique.", "money").value == 1
    assert one(EN + "Fujitsu withdrew its one-yen bid.", "money").unit == "JPY"


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        (FR + "Le groupe a levé 250 millions de dirhams.", "250 millions de dirhams", "MAD"),
        (EN + "The Dubai developer raised 3 billion dirhams.", "3 billion dirhams", "AED"),
        (EN + "The port operator paid 3 billion dirhams.", "3 billion dirhams", "AED"),
        (FR + "À Tunis, la banque a prêté 40 millions de dinars.", "40 millions de dinars", "TND"),
        (EN + "In Argentina the bill came to 300 million pesos.", "300 million pesos", "ARS"),
        (
            FR + "Au Cameroun, l'État a versé 2 milliards de francs CFA.",
            "2 milliards de francs CFA",
            "XAF",
        ),
        (FR + "Le billet coûte 10 000 FCFA.", "10 000 FCFA", "XOF"),
        (EN + "The central bank sold 2 billion lira.", "2 billion lira", "TRY"),
        (EN + "The budget is 40 billion koruna.", "40 billion koruna", "CZK"),
        (FR + "Le groupe marocain a investi 250 millions de DH.", "250 millions de DH", "MAD"),
        (EN + "The Dubai flat costs 2 million Dhs.", "2 million Dhs", "AED"),
    ],
)
def test_currencies_shared_by_several_countries_follow_the_country_named(
    sentence: str, text: str, unit: str
) -> None:
    claim = one(sentence, "money")
    assert (claim.text, claim.unit) == (text, unit)


def test_a_dinar_or_a_peso_without_a_country_is_no_money() -> None:
    assert extract(EN + "The bill came to 300 million pesos.", "money") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        (
            FR + "Le chiffre d'affaires atteint 8,3 Md€, contre 8,1 milliards un an plus tôt.",
            "8,1 milliards",
            8.1e9,
            "EUR",
        ),
        (
            FR + "Le résultat net ressort à 2 milliards d'euros, contre 780 millions en 2023.",
            "780 millions",
            7.8e8,
            "EUR",
        ),
        (
            EN + "Revenue was $6.2 billion, compared with 5.9 billion a year earlier.",
            "5.9 billion",
            5.9e9,
            "USD",
        ),
        (
            EN + "Profit was $3.05 a share, against 2.71 a year ago.",
            "2.71",
            2.71,
            "USD/share",
        ),
    ],
)
def test_an_amount_restated_for_comparison_takes_the_currency_just_written(
    sentence: str, text: str, value: float, unit: str
) -> None:
    claims = [c for c in extract(sentence, "money") if c.text == text]
    assert len(claims) == 1, [c.text for c in extract(sentence, "money")]
    assert claims[0].unit == unit
    assert claims[0].value == pytest.approx(value)


def test_a_restated_figure_after_another_figure_is_left_alone() -> None:
    sentence = FR + "Il a dépensé 3 millions d'euros pour 200 salariés, contre 150 en 2020."
    assert [c.text for c in extract(sentence, "money")] == ["3 millions d'euros"]


def test_a_year_earlier_is_no_rate() -> None:
    claim = one(EN + "Sales were $4 billion a year earlier.", "money")
    assert (claim.unit, claim.period) == ("USD", None)
    claim = one(FR + "Les ventes atteignaient 4 milliards d'euros l'an dernier.", "money")
    assert claim.unit == "EUR"


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        (FR + "Le bénéfice par action atteint 3,12 euros.", "3,12 euros", "EUR/share"),
        (EN + "It reported earnings per share of $2.40.", "$2.40", "USD/share"),
        (FR + "Le dividende par action de 1,15 euro sera versé.", "1,15 euro", "EUR/share"),
        (FR + "Le BPA ressort à 4,02 euros.", "4,02 euros", "EUR/share"),
        (EN + "Each strike day costs the economy £25m.", "£25m", "GBP/day"),
        (FR + "Chaque jour de grève coûte 25 millions d'euros.", "25 millions d'euros", "EUR/day"),
        (EN + "Every week of delay costs about $2 million.", "about $2 million", "USD/week"),
    ],
)
def test_the_unit_of_a_price_may_be_written_before_it(sentence: str, text: str, unit: str) -> None:
    claim = one(sentence, "money")
    assert (claim.text, claim.unit) == (text, unit)


def test_a_total_after_a_per_share_word_stays_a_total() -> None:
    claim = one(EN + "The price per share rose, and it paid $1.2bn in all.", "money")
    assert claim.unit == "USD"
    claim = one(EN + "He bought a share in the club for £5.", "money")
    assert claim.unit == "GBP"


@pytest.mark.parametrize(
    ("sentence", "text", "sign"),
    [
        (EN + "The shares closed at 312p, adding 45p.", "45p", 1),
        (EN + "Fares were up £270 on the year.", "£270", 1),
        (FR + "Le résultat est en hausse de 3 millions d'euros.", "3 millions d'euros", 1),
        (FR + "Le groupe a perdu 2 milliards d'euros en Bourse.", "2 milliards d'euros", -1),
        (EN + "Its market value fell by $2bn.", "$2bn", -1),
        (FR + "La capitalisation a pris 4 millions d'euros.", "4 millions d'euros", 1),
        (EN + "The start-up raised $40m from investors.", "$40m", None),
        (FR + "Il gagne 3 000 euros par mois.", "3 000 euros par mois", None),
        (EN + "The firm lost a £3m contract.", "£3m", None),
        (EN + "It expected a net loss of $363 million.", "$363 million", None),
        (EN + "The chain rang up $8bn in sales.", "$8bn", None),
        (FR + "Il a cédé 16 millions d'euros d'actifs.", "16 millions d'euros", None),
    ],
)
def test_a_change_of_money_has_a_sign(sentence: str, text: str, sign: int | None) -> None:
    claims = [c for c in extract(sentence, "money") if c.text == text]
    assert len(claims) == 1, [c.text for c in extract(sentence, "money")]
    assert claims[0].sign == sign
    assert isinstance(claims[0].value, float) and claims[0].value > 0  # the magnitude written


def test_adds_up_to_is_a_sum_not_a_bound() -> None:
    claim = one(EN + "It adds up to 2.4 billion dollars.", "money")
    assert (claim.text, claim.qualifier) == ("2.4 billion dollars", "exact")


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        (
            FR + "Le BPA ressort à 3,40 euros par action, contre 3,05 euros.",
            "3,05 euros",
            "EUR/share",
        ),
        (EN + "It earned $2.60 a share, against $2.31 a year ago.", "$2.31", "USD/share"),
        (FR + "Le titre vaut 30 euros, contre 28 euros la veille.", "28 euros", "EUR"),
    ],
)
def test_a_restated_price_keeps_the_unit_of_the_price_it_restates(
    sentence: str, text: str, unit: str
) -> None:
    claims = [c for c in extract(sentence, "money") if c.text == text]
    assert [c.unit for c in claims] == [unit]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dans ce pays, elle a lu 3 livres.", "fr"),
        ("Elle a offert 3 livres à sa sœur.", "fr"),
        ("He refined 3 pounds of sugar.", "en"),
    ],
)
def test_a_money_word_inside_another_word_makes_no_money(text: str, language: str) -> None:
    from extracting import extract

    assert not extract(text, "money", language)
