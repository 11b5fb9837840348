"""An article the reader accepts is analysed in seconds, whatever it holds: figures are read up
to a bound, and the reader is told (bench/ times the real sizes; here the bounds are made small)."""

from __future__ import annotations

from pathlib import Path

import pytest

import dealview.core.extract as extract
from dealview.core.pipeline import analyse


def test_figures_past_the_bound_are_not_read_and_the_reader_is_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "MAX_FIGURES", 5)
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(
        "Titre\n\n" + "".join(f"Le groupe a versé {n} millions d'euros. " for n in range(1, 40)),
        encoding="utf-8",
    )
    result = analyse([story])
    money = [c for c in result.claims if c.kind == "money"]
    assert 5 <= len(money) < 39
    assert any("after its first 5 figures" in n for n in result.notices)


def test_a_sentence_too_long_is_read_for_figures_up_to_its_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "MAX_SENTENCE_FOR_FIGURES", 200)
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(
        "Titre\n\n" + "300 millions d'euros et " * 60 + "fin.", encoding="utf-8"
    )
    result = analyse([story])
    money = [c for c in result.claims if c.kind == "money"]
    assert money and all(c.end <= result.articles[0].text.index("300") + 200 for c in money)
    assert any("beyond 200 characters of one sentence" in n for n in result.notices)
    for c in result.claims:
        assert result.articles[0].text[c.start : c.end] == c.text


def test_what_a_figure_is_about_is_read_up_to_the_same_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An endless sentence of names and figures (a 5 MB one took minutes: every figure looked
    # at every name of its clause): names past the bound are not read, a claim still quotes
    # its whole sentence, and what is read is read as before.
    monkeypatch.setattr(extract, "MAX_SENTENCE_FOR_FIGURES", 300)
    story = tmp_path / "story"
    story.mkdir()
    phrase = "Nimbus Systems aurait versé 300 millions d'euros à Kestrel Group selon Reuters "
    (story / "a.txt").write_text("Titre\n\n" + phrase * 40 + "fin.", encoding="utf-8")
    result = analyse([story])
    text = result.articles[0].text
    sentence_end = text.index("fin.") + len("fin.")
    bound = text.index("Nimbus") + 300
    assert all(c.end <= bound for c in result.claims)
    assert all(c.sentence_end == sentence_end for c in result.claims)
    money = [c for c in result.claims if c.kind == "money"]
    assert money and all(c.subject for c in money)


def test_the_other_term_of_a_comparison_is_told_apart_from_the_parties() -> None:
    # Read once per figure for all the names of its clause, as it was for each name.
    from dealview.core.fact_keys import compared_names, compared_with

    folded = "acme a gagne 80 %, contre 50 % pour globex et initech, selon umbrella"
    figure = (folded.index("80"), folded.index("80") + 4)
    names = [(0, 4)] + [(folded.index(w), folded.index(w) + len(w)) for w in ("globex", "initech")]
    names.append((folded.index("umbrella"), len(folded)))
    expected = [compared_with(folded, figure, n) for n in names]
    assert compared_names(folded, figure, names) == expected == [False, True, True, True]
    plain = "acme a gagne 80 % avec globex"
    assert compared_names(plain, (13, 17), [(plain.index("globex"), len(plain))]) == [False]
