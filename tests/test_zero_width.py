"""Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) inside or after a figure do
not hide it, and the claim's span still covers the exact text."""

from __future__ import annotations

import pytest
from extracting import one

from dealview.core.textnorm import ZERO_WIDTH, ZERO_WIDTH_FOLDED, fold_same_length


@pytest.mark.parametrize("zw", list(ZERO_WIDTH))
def test_a_zero_width_character_after_the_digits_keeps_the_money_claim(zw: str) -> None:
    text = f"Le fonds a levé 300{zw} milliards de dollars l'an dernier."
    claim = one(text, "money", "fr")
    assert claim.value == 300e9
    assert claim.unit == "USD"
    assert claim.text == text[claim.start : claim.end] == f"300{zw} milliards de dollars"


def test_a_zero_width_space_between_digits_keeps_the_whole_number() -> None:
    text = "Le groupe a perdu 3\u200b00 millions d'euros au premier semestre."
    claim = one(text, "money", "fr")
    assert claim.value == 300e6
    assert claim.unit == "EUR"
    assert claim.text == text[claim.start : claim.end] == "3\u200b00 millions d'euros"


def test_a_zero_width_joiner_in_an_english_figure() -> None:
    text = "The company raised $1,2\u200d00 million from investors."
    claim = one(text, "money", "en")
    assert claim.value == 1200e6
    assert claim.text == text[claim.start : claim.end]
    assert claim.text.startswith("$1,2\u200d00")


def test_a_zero_width_character_in_a_grouped_french_number() -> None:
    text = "L'usine emploie 1\u2060 250 salariés selon la direction."
    claim = one(text, "count", "fr")
    assert claim.value == 1250
    assert claim.text == text[claim.start : claim.end]


def test_folding_keeps_one_character_per_character_and_one_placeholder() -> None:
    text = "Caf\u00e9\u200b \u00c9T\u00c9\ufeff 3\u200d00"
    folded = fold_same_length(text)
    assert len(folded) == len(text)
    assert folded == f"cafe{ZERO_WIDTH_FOLDED} ete{ZERO_WIDTH_FOLDED} 3{ZERO_WIDTH_FOLDED}00"
