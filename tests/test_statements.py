"""Findings beyond figures: one quote and its speakers, who first reported the story, figures
said to be undisclosed. Stories of our own, French and English."""

from __future__ import annotations

from conftest import Story, findings_of


def test_one_quote_credited_to_two_speakers_contradicts(story: Story) -> None:
    result = story(
        {
            "a": "Acme rachète Globex\n\nAcme a confirmé le rachat de Globex mardi. « Nous "
            "allons conquérir le marché européen », a déclaré Jeanne Martin, la patronne "
            "d'Acme, devant la presse.\n",
            "b": "Acme buys Globex\n\nAcme confirmed the purchase of Globex on Tuesday. « Nous "
            "allons conquérir le marché européen », said Paul Durand, Globex's founder, to "
            "reporters.\n",
        }
    )
    found = findings_of(result, "contradiction", "quote-speaker")
    assert len(found) == 1
    shown = {v.display for v in found[0].values}
    assert shown == {"Jeanne Martin", "Paul Durand"}


def test_the_same_quote_from_the_same_speaker_agrees_and_says_where(story: Story) -> None:
    result = story(
        {
            "a": "Relief at Acme\n\nAcme's chief executive spoke after the results. \"We are in "
            'a great position to grow," Chief Executive Jane Roe said in a statement.\n',
            "b": 'Acme upbeat\n\nThe results pleased investors. "We are in a great position to '
            'grow," Jane Roe told CNBC on Thursday.\n',
        }
    )
    [found] = findings_of(result, "agreement", "same-quote")
    assert "Jane Roe" in found.summary
    assert "statement" in found.summary and "cnbc" in found.summary
    assert not findings_of(result, "contradiction", "quote-speaker")


def test_different_outlets_credited_with_the_scoop_contradict(story: Story) -> None:
    result = story(
        {
            "a": "Helmark bids for Norvalis\n\nHelmark made an offer for Norvalis, as first "
            "reported by Bloomberg on Friday.\n",
            "b": "Helmark veut Norvalis\n\nHelmark a fait une offre sur Norvalis, une opération "
            "révélée par le Financial Times vendredi.\n",
        }
    )
    [found] = findings_of(result, "contradiction", "first-report-mismatch")
    assert {a for v in found.values for a in v.articles} == {"a", "b"}


def test_sources_saying_no_figure_was_published_agree(story: Story) -> None:
    result = story(
        {
            "a": "Transfert de Durand\n\nLe club n'a communiqué aucun chiffre sur le contrat de "
            "Durand, qui rejoint le Racing.\n",
            "b": "Durand joins Racing\n\nThe club did not disclose the terms of Durand's "
            "contract with Racing.\n",
        }
    )
    [found] = findings_of(result, "agreement", "same-nondisclosure")
    assert found.values[0].articles == ["a", "b"]


def test_a_figure_said_undisclosed_and_stated_elsewhere_is_unresolved(story: Story) -> None:
    result = story(
        {
            "a": "Acme buys Globex\n\nAcme agreed to buy Globex on Monday. The companies did not "
            "disclose the terms of the deal.\n",
            "b": "Acme rachète Globex\n\nAcme a racheté Globex pour 2 milliards d'euros, a "
            "annoncé le groupe lundi.\n",
        }
    )
    [found] = [f for f in result.findings if f.rule == "undisclosed-vs-stated"]
    assert found.kind == "discrepancy"  # never asserted as a contradiction
    assert [v.articles for v in found.values] == [["a"], ["b"]]
    assert "€2bn" in found.summary


def test_two_complete_lists_of_members_contradict(story: Story) -> None:
    result = story(
        {
            "a": "Le métro attribué\n\nLe consortium formé par Vinci, Eiffage et Bouygues a "
            "remporté le contrat du métro de Lyon.\n",
            "b": "Metro contract awarded\n\nVinci, Eiffage and Colas make up the consortium that "
            "won the Lyon metro contract.\n",
        }
    )
    [found] = findings_of(result, "contradiction", "members-mismatch")
    assert {a for v in found.values for a in v.articles} == {"a", "b"}
