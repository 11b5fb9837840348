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
