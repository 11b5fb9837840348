"""Findings on stories written for the tests: what must be found, and what must not."""

from __future__ import annotations

from conftest import Story, findings_of

DEAL_TOPICS = """
[[topic]]
id = "deal"
label = "Deal"
keywords = ["deal", "agree*", "acqui*", "buy", "pay", "contrat", "accord", "versera", "paiera",
            "close", "closing", "signé", "puissance", "GW", "invest*", "fonds", "lev*"]
"""


def test_agreement_within_an_interval_and_a_certainty_divergence(story: Story) -> None:
    result = story(
        {
            "a1": "Acme has agreed to buy Globex for $12 billion, Acme said on Monday. "
            "Acme expects the deal to close in 2026.",
            "a2": "Acme will buy Globex in a $12bn deal, the companies said. Acme expects "
            "the deal to close in 2026.",
            "a3": "Acme has reportedly agreed to pay about $11.5 billion for Globex, people "
            "familiar with the matter said.",
        },
        DEAL_TOPICS,
    )
    agreements = findings_of(result, "agreement")
    amount = [f for f in agreements if f.subject.startswith("Deal value")]
    assert len(amount) == 1 and len({a for v in amount[0].values for a in v.articles}) == 3
    assert not findings_of(result, "contradiction", "value-mismatch")
    divergence = findings_of(result, "contradiction", "certainty-divergence")
    assert len(divergence) == 1
    assert divergence[0].values[1].articles == ["a3"]


def test_a_different_party_is_not_the_same_deal(story: Story) -> None:
    result = story(
        {
            "a1": "Acme has agreed to buy Globex for $12 billion, Acme said. Globex shares rose.",
            "a2": "Acme has agreed to buy Globex for $12 billion. Acme also signed a $2 billion "
            "deal with Initech, Acme said. Initech shares rose.",
            "a3": "Acme signed a $3 billion deal with Initech, Acme said. Initech was pleased.",
        },
        DEAL_TOPICS,
    )
    for f in findings_of(result, "contradiction"):
        shown = {v.display for v in f.values}
        assert not shown & {"$12bn"}, f.summary  # the Globex price is never set against Initech's
    mismatch = findings_of(result, "contradiction", "value-mismatch")
    assert [sorted(v.display for v in f.values) for f in mismatch] == [["$2bn", "$3bn"]]


def test_a_yearly_rate_that_fits_the_total_is_no_contradiction(story: Story) -> None:
    result = story(
        {
            "b1": "Le groupe Voltaris a signé avec Nordgrid un contrat de 40 milliards d'euros "
            "sur dix ans. Le site aura une puissance de plus de 2 GW, selon Voltaris.",
            "b2": "Voltaris versera 4 milliards d'euros par an à Nordgrid pendant dix ans. "
            "La puissance du site de Voltaris atteindra 2,4 GW.",
        },
        DEAL_TOPICS,
    )
    assert findings_of(result, "contradiction") == []
    power = [f for f in findings_of(result, "agreement") if f.subject.startswith("Power")]
    assert len(power) == 1  # "plus de 2 GW" and "2,4 GW" can both be true


def test_a_yearly_rate_against_a_total_over_a_duration(story: Story) -> None:
    result = story(
        {
            "b1": "Le groupe Voltaris a signé avec Nordgrid un contrat de 40 milliards d'euros "
            "sur dix ans, selon Voltaris.",
            "b3": "Voltaris paiera 6 milliards d'euros par an à Nordgrid dans le cadre du "
            "contrat signé.",
        },
        DEAL_TOPICS,
    )
    found = findings_of(result, "contradiction", "rate-vs-total")
    assert len(found) == 1
    assert {v.display for v in found[0].values} == {"€4bn/yr (€40bn over 10 years)", "€6bn/yr"}
    # Every claim a finding names points at the exact words in its article.
    for cid in found[0].claims:
        claim = result.claim(cid)
        assert result.article(claim.article).text[claim.start : claim.end] == claim.text


def test_raised_so_far_is_not_the_total_commitment(story: Story) -> None:
    result = story(
        {
            "c1": "Le fonds Helios s'engage à investir 200 milliards de dollars dans des "
            "centres de données, a indiqué Helios.",
            "c2": "Jusqu'à présent, le fonds Helios a levé 20 milliards de dollars "
            "d'investissements auprès de ses partenaires, selon Helios.",
        },
        DEAL_TOPICS,
    )
    assert findings_of(result, "contradiction") == []


def test_one_article_saying_both_values_keeps_them_apart(story: Story) -> None:
    result = story(
        {
            "d1": "Acme paid $12 billion for Globex. Acme paid $2 billion for Globex assets "
            "in a second deal, Acme said.",
            "d2": "Acme paid $12 billion for Globex, the group said.",
        },
        DEAL_TOPICS,
    )
    assert findings_of(result, "contradiction", "value-mismatch") == []


def test_the_same_article_twice_is_not_two_sources_disagreeing(story: Story) -> None:
    text = "Acme has agreed to buy Globex for $12 billion, Acme said. The deal closes in 2026."
    result = story({"x1": text, "x2": text}, DEAL_TOPICS)
    assert findings_of(result, "contradiction") == []


def test_an_amount_raised_so_far_does_not_make_a_yearly_rate(story: Story) -> None:
    result = story(
        {
            "e1": "Le fonds Helios investira 10 milliards d'euros par an dans des centres de "
            "données, a indiqué Helios.",
            "e2": "Jusqu'à présent, le fonds Helios a investi 20 milliards d'euros en quatre ans "
            "dans des centres de données, selon Helios.",
        },
        DEAL_TOPICS,
    )
    assert findings_of(result, "contradiction", "rate-vs-total") == []
