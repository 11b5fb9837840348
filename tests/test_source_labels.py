"""Source labels: what a reader sees instead of file names (issue 14 point 2)."""

from __future__ import annotations

from dealview.core.credits import shared_credit
from dealview.core.models import Analysis, Article
from dealview.core.source_labels import (
    LABEL_MAX,
    cells,
    clean_label_text,
    relabel,
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
    assert label.startswith("Le Monde [red]x[/red]")  # escape sequences go whole; [ ] stay text
    assert clean_label_text("Le Monde\x1b[2J\x9b31m") == "Le Monde"
    assert clean_label_text("a\u2028b\tc") == "a b c"
    name = source_label(_article("evil\x1b[2Jname", ""))
    assert "\x1b" not in name and "name" in name


def test_blank_metadata_falls_back() -> None:
    assert source_label(_article("f", "  \u200b ", sitename=" \x00 ")) == "f"


def test_summaries_name_sources_by_label_where_the_engine_names_them() -> None:
    labels = {"002_bd2e": "Le Monde", "a-echos": "Les Echos", "1": "One", "2028": "Y"}
    assert relabel("Power: 4.5 GW, only in 002_bd2e", labels) == "Power: 4.5 GW, only in Le Monde"
    assert relabel("2% (a-echos) · 2.4% (002_bd2e, close); not given by a-echos", labels) == (
        "2% (Les Echos) · 2.4% (Le Monde, close); not given by Les Echos"
    )
    # An id that reads as a number is replaced only where it cannot be a count or a value.
    assert relabel("2027 in 3 sources, 2028 in 1, only in 1", labels) == (
        "2027 in 3 sources, 2028 in 1, only in One"
    )


def test_the_sample_is_named_by_its_titles_and_credits_are_counted(sample: Analysis) -> None:
    labels = source_labels(sample.articles)
    assert len(set(labels.values())) == len(sample.articles)
    assert not any(label == a.id for a, label in zip(sample.articles, labels.values(), strict=True))
    # 001 says "Source : Techcrunch": it credits Techcrunch, it is not Techcrunch.
    assert labels["001_d8fc20f1230e2450"] == "Oracle fait son grand…"
    deal = next(f for f in sample.findings if f.summary.startswith("Deal value (OpenAI, Oracle)"))
    credit = shared_credit(sample, deal)
    assert credit is not None
    assert credit.line() == "4 sources, 3 of them credit Wall Street Journal"
    assert credit.articles == (
        "000_42e33100c0584014",
        "001_d8fc20f1230e2450",
        "002_bd2e6556c4060397",
    )
    alone = next(f for f in sample.findings if f.kind == "single-source")
    assert shared_credit(sample, alone) is None


def test_the_start_titles_share_is_found_among_thousands() -> None:
    # Each title is compared with its neighbours in sorted order, not with every other title
    # (20,000 files took minutes): the same shared starts as comparing every pair.
    import random

    from dealview.core.source_labels import _longest_shared_starts

    rng = random.Random(0)
    vocab = ["acme", "rachète", "borel", "", "lyon", "à", "le", "monde"]
    for _ in range(200):
        keys = {
            f"a{i}": [rng.choice(vocab) for _ in range(rng.randint(0, 5))]
            for i in range(rng.randint(1, 9))
        }
        every_pair = {}
        for aid, mine in keys.items():
            best = 0
            for other, theirs in keys.items():
                n = 0
                for a, b in zip(mine, theirs, strict=False):
                    if other == aid or a != b or not a:
                        break
                    n += 1
                best = max(best, n)
            every_pair[aid] = best
        assert _longest_shared_starts(keys) == every_pair


def test_thousands_of_titles_cut_alike_get_numbers_in_turn() -> None:
    articles = [
        Article(
            id=f"a{i:05d}",
            path=f"a{i:05d}.txt",
            title=f"Le contrat porterait sur des milliards de dollars, selon la source {i}",
            language="fr",
            encoding="utf-8",
            text="x",
        )
        for i in range(3000)
    ]
    labels = source_labels(articles)
    assert len(set(labels.values())) == 3000
    assert labels["a00000"] == "Le contrat porterait…"
    assert labels["a00001"] == "Le contrat… (2)"
    assert labels["a02999"].endswith("(3000)")
