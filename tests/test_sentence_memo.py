"""Sentences a corpus repeats are read once (issue 13, point 4): the claims stay the same.

Wire copy reprints paragraphs word for word; the sentence finders run once per distinct
sentence text and each later occurrence gets the findings at its own offsets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dealview.core import sentence_memo
from dealview.core.dates import DateMention
from dealview.core.evidential import Attribution
from dealview.core.models import Analysis
from dealview.core.pipeline import analyse
from dealview.core.sentence_memo import SentenceMemo, moved

WIRE = (
    "Selon Reuters, Acme aurait accepté de payer 2,5 milliards d'euros pour Globex. "
    "L'opération serait conclue le 12 mars 2026, a indiqué une source proche du dossier."
)


def _claims(analysis: Analysis) -> list[str]:
    return sorted(json.dumps(c.model_dump(mode="json"), sort_keys=True) for c in analysis.claims)


def test_moved_shifts_offsets_and_nothing_else() -> None:
    date = DateMention(10, 22, "2026-03-12", "12 March 2026", 2026.0, 2026.0, "point")
    attribution = Attribution(0, 13, "reuters", scope_start=0, scope_end=78)
    found: list[DateMention | Attribution] = [date, attribution]
    copy = moved(found, 100)
    assert copy[0].start == 110 and copy[0].end == 122 and copy[0].value == "2026-03-12"
    assert (copy[1].start, copy[1].end, copy[1].scope_start, copy[1].scope_end) == (
        100,
        113,
        100,
        178,
    )
    assert date.start == 10, "the kept finding is not changed"
    assert moved([(3, 9), (12, 20, "close")], -2) == [(1, 7), (10, 18, "close")]
    assert moved(([(1, 2)], []), 5) == ([(6, 7)], [])


def test_only_sentences_given_more_than_once_are_kept() -> None:
    memo = SentenceMemo.for_sentences(["Une phrase.", "Une autre.", "Une phrase."])
    assert memo.repeated == {"Une phrase."}


def test_a_reprinted_paragraph_gives_the_claims_it_gives_when_read_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    # The same wire paragraph at different places: first, after another paragraph, in a title.
    (folder / "a.txt").write_text(f"Acme rachète Globex\n\n{WIRE}\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Le Journal du Soir\n\nLes marchés ont salué l'annonce mardi. Le titre a pris 3 %.\n\n"
        f"{WIRE}\n\nAcme n'a pas souhaité commenter.\n",
        encoding="utf-8",
    )
    (folder / "c.txt").write_text(f"Dépêche\n\n{WIRE}\n\nMis à jour à 18 h.\n", encoding="utf-8")
    with_memo = analyse([folder])
    assert any(c.kind == "money" and c.article == "b" for c in with_memo.claims)
    monkeypatch.setattr(
        sentence_memo.SentenceMemo, "for_sentences", classmethod(lambda cls, _texts: cls())
    )
    without = analyse([folder])
    assert _claims(with_memo) == _claims(without)
    for claim in with_memo.claims:
        text = next(a.text for a in with_memo.articles if a.id == claim.article)
        assert text[claim.start : claim.end] == claim.text
        if claim.cue_start is not None and claim.cue_end is not None:
            assert text[claim.cue_start : claim.cue_end].lower().startswith(claim.cue or "")
