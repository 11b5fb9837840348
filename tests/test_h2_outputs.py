"""Every output tells the same story the app does (issue 14): `dealview --summary`, `dealview
report` (Markdown and JSON) and the review exports count and name findings as the app's list
does, name sources by the app's labels, say the same credits, and dealview knows its exports
even when a user added lines above them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from apps import ready, shown_lines
from hand_built import HandBuiltApp, story

from dealview.core.credits import Credits
from dealview.core.models import Analysis, Article
from dealview.core.own_files import EXPORT_MARKER, looks_written_by_dealview
from dealview.core.pipeline import analyse
from dealview.core.reading import collect_paths
from dealview.core.report_md import render_markdown
from dealview.core.review import Review
from dealview.core.review_export import export_json, export_markdown, write_export
from dealview.core.source_labels import source_labels
from dealview.tui.cli import main
from dealview.tui.widgets.findings import FindingsList

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def _dev_story(name: str) -> Path:
    folder = EVAL / name
    if not folder.is_dir():
        pytest.skip(f"development story {name} not available at {EVAL}")
    return folder


def _printed(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


# --- 1. one vocabulary and one count ----------------------------------------------------------


async def test_the_report_groups_and_counts_as_the_app_lists(tmp_path: Path) -> None:
    """The headings of the app's findings list are the report's sections, same counts."""
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        listing = [line.strip() for line in shown_lines(screen.query_one(FindingsList))]
    headings = [line[2:] for line in listing if re.fullmatch(r". [A-Z][\w -]+ \(\d+\)", line)]
    assert headings == ["Unresolved discrepancies (1)", "Certainty (1)", "Single-source (1)"]
    report = render_markdown(story())
    assert re.findall(r"^## (.+ \(\d+\))$", report, flags=re.MULTILINE) == headings


def test_the_summary_names_a_certainty_divergence_as_the_app_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _printed(capsys, "--summary")
    assert out.startswith(
        "5 articles, 23 findings: 2 contradictions, 1 certainty divergence, 6 agreements, "
        "14 single-source.\n"
    )
    rows = [line for line in out.splitlines() if "Stated as fact in 2 sources" in line]
    assert len(rows) == 1 and rows[0].startswith("certainty divergence ")
    assert not any(line.startswith("contradiction ") and "Stated as fact" in line for line in rows)
    # In the order of the app's list: contradictions, then certainty, then agreements.
    kinds = [line.split("  ")[0] for line in out.splitlines() if line[:1].islower()]
    assert kinds.index("certainty divergence") == 2
    assert kinds.index("agreement") == 3


def test_the_json_report_keeps_the_engine_kind_and_adds_the_shown_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = json.loads(_printed(capsys, "report", "--format", "json"))
    assert data["counts"] == {
        "contradiction": 2,
        "discrepancy": 0,
        "certainty": 1,
        "agreement": 6,
        "single-source": 14,
    }
    certainty = [f for f in data["findings"] if f["shown_kind"] == "certainty"]
    assert len(certainty) == 1 and certainty[0]["kind"] == "contradiction"  # machines' field
    labels = {a["id"]: a["label"] for a in data["articles"]}
    assert labels["003_cf8350971e2b4f94"] == "Contrat de 30 milliards…"


def test_the_review_export_names_kinds_and_counts_as_the_app(sample: Analysis) -> None:
    md = export_markdown(sample, Review())
    assert "Findings: 2 contradictions, 1 certainty divergence, 6 agreements" in md
    assert "### Certainty divergence: Stated as fact in 2 sources" in md
    assert "### Contradiction: Stated as fact" not in md
    data = json.loads(export_json(sample, Review()))
    assert data["counts"]["certainty"] == 1
    assert sum(f["shown_kind"] == "certainty" for f in data["findings"]) == 1


# --- 2. labels wherever a reader reads ----------------------------------------------------------


def test_no_file_name_in_the_summary_s_findings(capsys: pytest.CaptureFixture[str]) -> None:
    out = _printed(capsys, "--summary")
    findings = out.split("Sources:\n", 1)[1].split("\n", 6)[-1]  # past the five sources
    assert "only in Contrat de 30 milliards…" in findings
    assert not re.search(r"\d{3}_[0-9a-f]{16}", findings)
    # The sources, each by label with its file name, once, above the findings.
    assert "  Contrat de 30 milliards… (003_cf8350971e2b4f94, credits" in out


def test_no_file_name_in_the_report_s_summaries_and_rule_text(sample: Analysis) -> None:
    report = render_markdown(sample)
    for line in report.splitlines():
        if line.startswith(("#### ", "*Rule ")):
            assert not re.search(r"\d{3}_[0-9a-f]{16}", line), line
    assert "but Les marchés boursiers…, Oracle fait son grand… give the same value" in report
    # Beside each quote, the label and the file name.
    assert "**Contrat de 30 milliards…** (`003_cf8350971e2b4f94`)" in report


def test_labels_in_outputs_are_sanitised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Titre\x1b[2J piégé\n\nOrvane a versé 3 millions d'euros à Kestrel lundi.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Autre titre\n\nOrvane a versé 4 millions d'euros à Kestrel lundi.\n", encoding="utf-8"
    )
    out = _printed(capsys, "--summary", str(folder))
    assert "\x1b" not in out
    assert "Titre piégé (a" in out


# --- 3. the same credits everywhere ------------------------------------------------------------


def test_a_first_report_before_an_announcement_credits_only_its_sentence() -> None:
    """dicks-footlocker 01: the companies announced the deal; the Wall Street Journal had only
    reported the talks first. Its figures do not credit the Wall Street Journal."""
    analysis = analyse([_dev_story("dicks-footlocker")])
    credits = Credits(analysis)
    deal = next(f for f in analysis.findings if f.summary.startswith("Deal value (Foot Locker"))
    assert "wallstreetjournal" not in credits.origins(deal)
    assert credits.of_article("01")[0] == "Wall Street Journal (first report)"


def test_the_sample_still_credits_the_journal_that_revealed_the_deal(sample: Analysis) -> None:
    credits = Credits(sample)
    deal = next(f for f in sample.findings if f.summary.startswith("Deal value (OpenAI, Oracle)"))
    shared = credits.shared(deal)
    assert shared is not None and shared.line() == "4 sources, 3 of them credit Wall Street Journal"


def test_credits_are_the_same_in_the_report_and_the_export(sample: Analysis) -> None:
    report = render_markdown(sample)
    md = export_markdown(sample, Review())
    line = "**⚠ 4 sources, 3 of them credit Wall Street Journal**"
    assert line in report
    assert "- ⚠ 4 sources, 3 of them credit Wall Street Journal" in md
    tagged = "**La course pour dominer…** (`002_bd2e6556c4060397`)"
    for text in (report, md):
        assert f"{tagged} · credits Wall Street Journal:" in text
    # The sources table credits what the app's evidence says each source credits.
    row = next(line for line in report.splitlines() if "`003_cf8350971e2b4f94`" in line)
    assert row.endswith("| anonymous sources, Financial Times |")
    assert "- **Contrat de 30 milliards…**, file `003_cf8350971e2b4f94`" in md
    assert "; credits anonymous sources, Financial Times" in md


# --- 4. labels a reader can tell apart ---------------------------------------------------------


def _titled(id_: str, title: str) -> Article:
    return Article(
        id=id_, path=f"/tmp/{id_}", title=title, language="fr", encoding="utf-8", text="x"
    )


def test_titles_that_start_alike_are_named_by_what_tells_them_apart() -> None:
    articles = [
        _titled("01", "Football : Mbappé présenté au Bernabéu, « je vais donner ma vie »"),
        _titled("02", "Mbappé, le transfert gratuit le plus cher de l'histoire"),
        _titled("03", "Mbappé au Real Madrid : ce que l'on sait de son contrat"),
        _titled("04", "Mbappé à Madrid : 85 000 personnes, un milliard et des larmes"),
    ]
    narrow = source_labels(articles, 14)
    assert narrow == {
        "01": "Football…",
        "02": "Transfert…",
        "03": "Real Madrid…",
        "04": "Madrid : 85…",
    }
    wide = source_labels(articles)
    assert wide["03"] == "Mbappé au Real Madrid…"  # long enough to tell apart: kept whole
    assert len(set(wide.values())) == 4


def test_the_development_stories_get_labels_that_differ_in_their_words() -> None:
    for name in ("dicks-footlocker", "mbappe-real"):
        folder = _dev_story(name)
        analysis = analyse([folder])
        for budget in (24, 14):
            labels = list(source_labels(analysis.articles, budget).values())
            firsts = [label.split()[0].strip("…,:").replace("’", "'") for label in labels]
            assert len(set(labels)) == len(labels), labels
            assert len(set(firsts)) >= len(labels) - 1, (name, budget, labels)


# --- 5. exports are never read as articles -----------------------------------------------------


def test_an_export_with_a_line_added_above_is_not_read_as_an_article(
    tmp_path: Path, sample: Analysis, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "story"
    shutil.copytree(_dev_story("dicks-footlocker"), folder)
    md = export_markdown(sample, Review())
    js = export_json(sample, Review())
    (folder / "notes.md").write_text("Notes pour mardi\n\n" + md, encoding="utf-8")
    (folder / "notes.txt").write_text("// mine\n" + js, encoding="utf-8")
    report = render_markdown(sample)
    (folder / "report.md").write_text("Relu par C.\n" + report, encoding="utf-8")
    notices: list[str] = []
    kept = collect_paths([folder], notices)
    assert sorted(p.name for p in kept) == ["01.txt", "02.txt", "03.txt", "04.txt"]
    assert any("notes.md" in n and "notes.txt" in n and "report.md" in n for n in notices)
    out = _printed(capsys, "--summary", str(folder))
    assert out.startswith("4 articles, ")
    assert "skipped 3 files dealview wrote" in out


@pytest.mark.parametrize(
    "text",
    [
        # An article about dealview that quotes its heading, without the report's sections.
        "Un outil pour journalistes\n\n# dealview report: 5 articles\n\nIl compare les articles.",
        # An article quoting the marker inside a sentence.
        f"Le fichier commence par {EXPORT_MARKER} puis le titre.",
        # JSON of the user's, schema_version not first.
        '{"title": "x", "schema_version": 1}',
        "Le marché réagit.\n\n## Sources\n\nLe Monde, Les Echos.",
    ],
)
def test_a_real_article_is_never_hidden(text: str) -> None:
    assert not looks_written_by_dealview(text.encode("utf-8"))


def test_an_export_the_user_wrote_into_is_not_replaced(tmp_path: Path, sample: Analysis) -> None:
    path = tmp_path / "review.md"
    md = export_markdown(sample, Review())
    write_export(path, md)
    write_export(path, md)  # dealview's own, as written: replaced
    path.write_text("My notes, keep them\n" + md, encoding="utf-8")
    with pytest.raises(Exception, match="did not write"):
        write_export(path, md)
    assert path.read_text(encoding="utf-8").startswith("My notes")


@pytest.mark.parametrize(
    ("sentence", "announced"),
    [
        ("Veltra a conclu un accord, ont annoncé les deux groupes lundi.", True),
        ("Acme will buy Brio for $3bn, the two companies said on Thursday.", True),
        ("Acme will buy Brio, said the companies.", True),
        ("Le groupe a publié un communiqué.", False),
        ("Selon le Journal du Nord, Veltra aurait conclu un accord.", False),
    ],
)
def test_an_announcement_by_the_parties_is_recognised(sentence: str, announced: bool) -> None:
    from dealview.core.credits import ANNOUNCEMENT_RE

    assert (ANNOUNCEMENT_RE.search(sentence) is not None) is announced
