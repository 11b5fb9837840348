"""Source labels: what a reader sees instead of file names (issue 14 point 2)."""

from __future__ import annotations

from dealview.core.models import Article
from dealview.core.source_labels import (
    LABEL_MAX,
    cells,
    clean_label_text,
    shorten,
    source_label,
    source_labels,
)


def _article(id_: str, title: str = "", **metadata: str) -> Article:
    return Article(
        id=id_,
        path=f"/tmp/{id_}.txt",
        title=title,
        language="fr",
        encoding="utf-8",
        text="x",
        metadata=metadata,
    )


def test_outlet_before_title_before_file_name() -> None:
    assert source_label(_article("002_bd2e", "Un titre", sitename="Le Monde")) == "Le Monde"
    assert source_label(_article("002_bd2e", "Un titre")) == "Un titre"
    assert source_label(_article("002_bd2e", "")) == "002_bd2e"


def test_address_host_names_the_outlet_when_no_site_name() -> None:
    art = _article("a", "Titre", url="https://www.lefigaro.fr/economie/x.html")
    assert source_label(art) == "lefigaro.fr"


def test_a_credited_source_line_is_not_the_outlet() -> None:
    # "Source : Techcrunch" says whom the article credits, not who published it
    assert source_label(_article("a", "Oracle et le cloud", source="Techcrunch")) == (
        "Oracle et le cloud"
    )


def test_long_titles_are_cut_at_a_word_within_budget() -> None:
    title = "Les marchés boursiers ont réagi positivement à la nouvelle concernant Oracle"
    label = source_label(_article("a", title))
    assert cells(label) <= LABEL_MAX
    assert label.endswith("…")
    assert label == "Les marchés boursiers…"
    assert cells(shorten("日本経済新聞社の記事です", 9)) <= 9


def test_labels_are_unique_on_screen() -> None:
    arts = [
        _article("a", "T1", sitename="Le Monde"),
        _article("b", "T2", sitename="Le Monde"),
        _article("c", "T3", sitename="Le Monde"),
        _article("d", "Le Monde (2)"),
    ]
    labels = source_labels(arts)
    assert labels["a"] == "Le Monde"
    assert labels["b"] == "Le Monde (2)"
    assert labels["c"] == "Le Monde (3)"
    assert len(set(labels.values())) == 4
    long = [_article(str(n), "A very long headline that is cut at the budget") for n in range(12)]
    long_labels = source_labels(long)
    assert len(set(long_labels.values())) == 12
    assert all(cells(label) <= LABEL_MAX for label in long_labels.values())


def test_untrusted_metadata_is_sanitised() -> None:
    nasty = "<b>Le\x1b]52;c;ZXZpbA==\x07 Monde</b>\u202e\u200b\n[red]x[/red]"
    label = source_label(_article("a", "", sitename=nasty))
    assert "\x1b" not in label and "\x07" not in label and "\u202e" not in label
    assert "<b>" not in label and "\n" not in label and "\u200b" not in label
    assert label.startswith("Le]52;c;ZXZpbA== Monde")  # the escape byte is gone, text stays
    assert clean_label_text("a\u2028b\tc") == "a b c"
    name = source_label(_article("evil\x1b[2Jname", ""))
    assert "\x1b" not in name and "name" in name


def test_blank_metadata_falls_back() -> None:
    assert source_label(_article("f", "  \u200b ", sitename=" \x00 ")) == "f"
