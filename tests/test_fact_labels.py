"""What a fact is called: in English whatever the article's language, a noun the vocabulary
does not know quoted as written, never a French word in an English phrase nor a folded one."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealview.core.fact_labels import fact_label
from dealview.core.items import item_of
from dealview.core.pipeline import analyse, claims_in
from dealview.core.topic_labels import subject_parts


def labels(text: str, language: str) -> dict[str, str]:
    """Each compared figure of `text` -> what its fact is called."""
    return {
        c.text: fact_label(item_of(c))
        for c in claims_in(text, language)
        if c.kind in {"count", "percentage", "money", "date", "ratio"}
    }


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("Il a joué sept saisons au club et marqué 256 buts.", "sept saisons", "Number of seasons"),
        ("Il a joué sept saisons au club et marqué 256 buts.", "256 buts", "Number of goals"),
        ("Le Real a reçu plus de 500 000 demandes de billets.", "plus de 500 000 demandes",
         "Number of requests"),
        ("Les centres de données consommeront jusqu'à 14 % de l'électricité du pays.",
         "jusqu'à 14 %", "Share of electricity"),
        ("Il garde 80 % de ses droits à l'image.", "80 %", "Share of rights"),
        ("The company expects a loss of 7 cents per share.", "7 cents per share",
         "Loss per share"),
    ],
)  # fmt: skip
def test_french_words_are_named_in_english(text: str, figure: str, label: str) -> None:
    language = "en" if text.startswith("The") else "fr"
    assert labels(text, language)[figure] == label


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("The company reported a loss per share of $0.40.", "$0.40", "Result per share"),
        ("Le PSG lui doit encore 55 millions d'euros.", "55 millions d'euros", "Amount owed"),
        ("The earthquake killed 300 people.", "300 people", "Death toll"),
        ("Police arrested 45 people.", "45 people", "Arrests"),
    ],
)
def test_frames_whose_key_is_no_english_name_have_one(text: str, figure: str, label: str) -> None:
    language = "fr" if text.startswith("Le ") else "en"
    assert labels(text, language)[figure] == label


def test_an_unknown_counted_noun_is_quoted_as_written() -> None:
    assert labels("Le club a reçu 3 000 zorglubs.", "fr")["3 000 zorglubs"] == (
        "Number of “zorglubs”"
    )


def test_no_label_on_the_development_stories_mixes_languages_or_folds_accents() -> None:
    """Every fact the engine names in the sample, the test stories and the eval stories is
    English, or quotes the source's word; a little word the engine took for a segment ("it
    lost", "said margins") is not shown; net and gross come before the measure."""
    folders = [None, *sorted(Path("tests/data").iterdir())]
    shared = Path(__file__).parents[1].parent / "shared" / "eval"
    folders += [p for p in (shared / "mbappe-real", shared / "dicks-footlocker") if p.is_dir()]
    subjects: set[str] = set()
    topics: list[str] = []
    for folder in folders:
        analysis = analyse([folder] if folder else None)
        subjects.update(subject_parts(f.subject)[0] for f in analysis.findings)
        topics += [t.label for t in analysis.topics]
    french = {"saisons", "buts", "droit", "electricite", "demandes", "personnes", "voitures"}
    for subject in subjects:
        words = {w.strip("“”,()").lower() for w in subject.split()}
        assert not words & french, subject
        assert not words & {"it", "said", "environ"}, subject
        assert subject != "After", subject
    assert not [t for t in topics if "net," in t or "(net" in t]
    if (shared / "mbappe-real").is_dir():
        assert {"Number of seasons", "Share of rights", "Net salary per year"} <= subjects


def test_a_salary_basis_is_not_taken_for_a_party() -> None:
    assert subject_parts("Salary per year (net)") == ("Salary per year (net)", [])
    assert subject_parts("Deal value (Oracle, net)") == ("Deal value", ["Oracle"])
    assert subject_parts("Start date (OpenAI, Oracle)") == ("Start date", ["OpenAI", "Oracle"])
