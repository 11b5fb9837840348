"""The benchmark's corpora: wire reprints made of reshuffled paragraphs of a few stories."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.generate import main, write_corpus
from bench.reprints import Story, default_stories, generate_reprints, read_story, sentences

FR = [
    "La société Alpha a racheté Beta pour 12 milliards d'euros. Le prix représente une prime "
    "de 30 % sur le dernier cours. Les syndicats attendent des précisions.",
    "Beta emploie 4 000 salariés en France. Son directeur a salué l'opération devant la presse.",
    "Le titre Alpha a gagné 2,5 % à la clôture. Les analystes restent prudents sur la suite.",
    "Les autorités de la concurrence devront se prononcer avant la fin de l'année prochaine.",
    "Alpha prévoit 150 millions d'euros d'économies par an. Elles viendront des achats groupés.",
    "Le conseil de Beta recommande l'offre à ses actionnaires, qui voteront au printemps.",
]
EN = [
    "Gamma agreed to buy Delta for $3.1 billion in cash. The price is a 40% premium to "
    "Friday's close. Delta's board backs the deal.",
    "Delta shares jumped 35% in premarket trading. Gamma's stock slipped 4% at the open.",
    "The deal is expected to close in the second half of next year, subject to approvals.",
    "Gamma runs about 900 stores in the United States. Delta adds 2,400 more abroad.",
    "Gamma expects savings of $100 million a year by the third year after the closing.",
    "Analysts at several brokers called the price full but said the fit made sense.",
]


def _story(folder: Path, name: str, paragraphs: list[str], title: str) -> Story:
    folder.mkdir()
    half = len(paragraphs) // 2
    (folder / "01.txt").write_text(
        title + "\n\n" + "\n\n".join(paragraphs[:half]) + "\n", encoding="utf-8"
    )
    (folder / "02.txt").write_text("\n".join(paragraphs[half:]) + "\nShort line\n", "utf-8")
    return read_story(name, sorted(folder.glob("*.txt")))


@pytest.fixture
def stories(tmp_path: Path) -> list[Story]:
    return [
        _story(tmp_path / "fr", "fr", FR, "Alpha rachète Beta pour 12 milliards"),
        _story(tmp_path / "en", "en", EN, "Gamma to buy Delta in $3.1bn deal"),
    ]


def _source(paragraph: str, stories: list[Story]) -> str | None:
    """The story a written paragraph comes from: a paragraph of it, with a sentence dropped or
    not, or one of its sentences given again."""
    for story in stories:
        for original in story.paragraphs:
            parts = sentences(original)
            variants = {original, *parts}
            variants |= {" ".join(parts[:i] + parts[i + 1 :]) for i in range(len(parts))}
            if paragraph in variants:
                return story.name
    return None


def test_read_story_keeps_paragraphs_and_first_line_titles(stories: list[Story]) -> None:
    fr = stories[0]
    assert set(fr.paragraphs) == set(FR)
    assert fr.titles == ("Alpha rachète Beta pour 12 milliards",)


def test_reprints_are_distinct_titled_articles_of_shuffled_source_paragraphs(
    tmp_path: Path, stories: list[Story]
) -> None:
    paths = generate_reprints(tmp_path / "out", 60, seed=3, stories=stories)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(paths) == 60
    assert len({" ".join(t.casefold().split()) for t in texts}) == 60
    titles = {t for s in stories for t in s.titles}
    leads = [s for story in stories for p in story.paragraphs for s in sentences(p)]
    one_story = 0
    for text in texts:
        title, *body = text.strip().split("\n\n")
        assert title in titles or any(s.startswith(title) for s in leads), title
        origins = [_source(p, stories) for p in body]
        assert None not in origins, text
        assert 4 <= len(body) <= 20
        one_story += len(set(origins)) == 1
    # Mostly one story, sometimes two.
    assert 0.6 * 60 <= one_story < 60


def test_reprints_vary_paragraphs_and_order(tmp_path: Path, stories: list[Story]) -> None:
    texts = [
        p.read_text(encoding="utf-8")
        for p in generate_reprints(tmp_path / "out", 60, seed=5, stories=stories)
    ]
    body = [p for t in texts for p in t.strip().split("\n\n")[1:]]
    originals = {p for s in stories for p in s.paragraphs}
    assert any(p not in originals for p in body)  # a sentence dropped or repeated
    firsts = {t.split("\n\n")[1] for t in texts}
    assert len(firsts) > 5  # the order is shuffled, not the source's


def test_reprints_are_reproducible_from_the_seed(tmp_path: Path, stories: list[Story]) -> None:
    a = generate_reprints(tmp_path / "a", 10, seed=1, stories=stories)
    b = generate_reprints(tmp_path / "b", 10, seed=1, stories=stories)
    c = generate_reprints(tmp_path / "c", 10, seed=2, stories=stories)
    assert [p.read_text() for p in a] == [p.read_text() for p in b]
    assert [p.read_text() for p in a] != [p.read_text() for p in c]


def test_too_few_paragraphs_for_distinct_articles_is_said(tmp_path: Path) -> None:
    # Four one-sentence paragraphs: 24 orders, 5 titles, at most 120 distinct articles.
    tiny = Story("tiny", tuple(FR[3:4] + FR[5:6] + EN[2:3] + EN[5:6]), ("Un titre de dépêche",))
    assert len(generate_reprints(tmp_path / "few", 30, stories=[tiny])) == 30
    with pytest.raises(ValueError, match="distinct"):
        generate_reprints(tmp_path / "out", 500, stories=[tiny])


def test_without_the_development_stories_the_sample_alone_is_used(tmp_path: Path) -> None:
    alone = default_stories(eval_dir=tmp_path / "missing")
    assert [s.name for s in alone] == ["sample"]
    assert len(alone[0].paragraphs) >= 20


def test_command_line_writes_reprints_or_the_generated_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["generate", str(tmp_path / "r"), "12", "--kind", "reprints"])
    main()
    monkeypatch.setattr(sys, "argv", ["generate", str(tmp_path / "g"), "12"])
    main()
    reprints = sorted((tmp_path / "r").glob("*.txt"))
    generated = sorted((tmp_path / "g").glob("*.txt"))
    assert len(reprints) == len(generated) == 12
    assert "Article 0." in generated[0].read_text(encoding="utf-8")
    assert "Article 0." not in reprints[0].read_text(encoding="utf-8")


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="reprints"):
        write_corpus(tmp_path, 3, "poems")
