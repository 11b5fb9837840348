"""dealview never reads its own files as articles: reviews, exports, backups, reports, under
any name, in a `.dealview/` folder or among the articles; and it says which it left out."""

from __future__ import annotations

import codecs
import json
import shutil
from pathlib import Path

import pytest

from dealview.core.cache import cached_analyse
from dealview.core.models import Analysis
from dealview.core.own_files import EXPORT_MARKER, looks_written_by_dealview
from dealview.core.pipeline import analyse
from dealview.core.reading import ReadError, collect_paths, sample_dir
from dealview.core.report_md import render_markdown
from dealview.core.review import Review
from dealview.core.review_export import export_json, export_markdown
from dealview.tui.cli import main

SAMPLE_FILES = sorted(p.name for p in sample_dir().glob("*.txt"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the sample's articles (and topics file) in a folder of the user's."""
    story = tmp_path / "story"
    shutil.copytree(sample_dir(), story, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return story


def exports(sample: Analysis) -> tuple[str, str]:
    """The Markdown and JSON exports of a review of the sample with one verdict and a note."""
    review = Review()
    review.set_status(sample.findings[0], "follow-up")
    review.set_note(sample.findings[0], "call the desk")
    return export_markdown(sample, review), export_json(sample, review)


@pytest.mark.parametrize(
    "head",
    [
        f"{EXPORT_MARKER}\n# dealview review: 5 articles\n",
        "# dealview review: 5 articles\n\n1 / 23 findings reviewed.\n",  # an older export
        "\n\n# dealview report: 5 articles\n",
        '{\n  "schema_version": 1,\n  "articles": {}',
        '\ufeff{"schema_version": 1, "verdicts": {}}',
    ],
)
def test_what_dealview_writes_is_recognised_by_its_start(head: str) -> None:
    assert looks_written_by_dealview(head.encode("utf-8"))
    assert looks_written_by_dealview(codecs.BOM_UTF16_LE + head.encode("utf-16-le"))


@pytest.mark.parametrize(
    "head",
    [
        "Oracle a conclu un accord de 300 milliards de dollars avec OpenAI.",
        "# Le marché réagit\n\ndealview review: pas un en-tête",
        '{"title": "an article kept as JSON", "schema_version": 1}',
        "<!-- a comment of the user's -->\nArticle text.",
        "",
    ],
)
def test_articles_are_not_taken_for_dealview_files(head: str) -> None:
    assert not looks_written_by_dealview(head.encode("utf-8"))


def test_exports_and_reports_start_as_dealview_files(sample: Analysis) -> None:
    md, js = exports(sample)
    assert md.splitlines()[0] == EXPORT_MARKER
    for text in (md, js, render_markdown(sample), sample.model_dump_json(indent=2)):
        assert looks_written_by_dealview(text.encode("utf-8")[:4096])


def test_a_folder_walk_leaves_out_dealview_files_under_any_name(
    folder: Path, sample: Analysis
) -> None:
    md, js = exports(sample)
    store = folder / ".dealview"
    store.mkdir()
    (store / "review.md").write_text(md, encoding="utf-8")  # its own folder: passed over
    (folder / "notes.md").write_text(md, encoding="utf-8")  # renamed by the user
    (folder / "findings.txt").write_text(js, encoding="utf-8")
    (folder / "dealview-review.md").write_text("# Notes\n", encoding="utf-8")  # the old name
    (folder / "sub").mkdir()
    (folder / "sub" / "report.md").write_text(render_markdown(sample), encoding="utf-8")
    notices: list[str] = []
    found = collect_paths([folder], notices)
    assert sorted(p.name for p in found) == SAMPLE_FILES
    assert len(notices) == 1
    assert notices[0].startswith("skipped 4 files dealview wrote")
    for name in ("notes.md", "findings.txt", "dealview-review.md", "report.md"):
        assert name in notices[0]
    assert ".dealview" not in notices[0]  # its own folder is passed over, not listed


def test_the_analysis_after_an_export_is_the_analysis_before(
    folder: Path, sample: Analysis
) -> None:
    before = analyse([folder])
    md, js = exports(sample)
    (folder / "dealview-review.md").write_text(md, encoding="utf-8")  # where E wrote it before
    (folder / "my notes.txt").write_text(md, encoding="utf-8")
    (folder / "data.md").write_text(js, encoding="utf-8")
    after = analyse([folder])
    assert len(after.articles) == 5
    assert [f.key for f in after.findings] == [f.key for f in before.findings]
    assert [n for n in after.notices if n not in before.notices] == [
        "skipped 3 files dealview wrote (a review, export or report, not an article): "
        f"{folder / 'data.md'}, {folder / 'dealview-review.md'}, {folder / 'my notes.txt'}"
    ]


def test_a_dealview_file_named_is_left_out_too(folder: Path, sample: Analysis) -> None:
    md, _ = exports(sample)
    notes = folder / "notes.md"
    notes.write_text(md, encoding="utf-8")
    articles = sorted(folder.glob("*.txt"))
    analysis = analyse([*articles, notes])
    assert len(analysis.articles) == 5
    assert any("dealview wrote" in n and "notes.md" in n for n in analysis.notices)
    with pytest.raises(ReadError, match="no article to analyse: skipped 1 file dealview wrote"):
        analyse([notes])
    inside = folder / ".dealview" / "plain.txt"  # by its place, whatever it holds
    inside.parent.mkdir()
    inside.write_text("Oracle a conclu un accord.", encoding="utf-8")
    with pytest.raises(ReadError, match="skipped 1 file dealview wrote"):
        analyse([inside])


def test_a_stored_analysis_copied_among_the_articles_is_left_out(
    folder: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    cached_analyse([folder], None, cache)
    (entry,) = cache.glob("*.pickle")
    shutil.copy(entry, folder / "analysis.txt")
    assert looks_written_by_dealview(entry.read_bytes()[:4096])
    notices: list[str] = []
    assert len(collect_paths([folder], notices)) == 5
    assert notices[0].startswith("skipped 1 file dealview wrote") and "analysis.txt" in notices[0]


def test_a_folder_holding_only_dealview_files_says_so(tmp_path: Path, sample: Analysis) -> None:
    md, _ = exports(sample)
    (tmp_path / "review.md").write_text(md, encoding="utf-8")
    with pytest.raises(ReadError, match="no article files in folder, only 1 file dealview wrote"):
        collect_paths([tmp_path], [])


def test_a_stored_analysis_is_not_reused_when_a_dealview_file_appears(
    folder: Path, tmp_path: Path, sample: Analysis
) -> None:
    cache = tmp_path / "cache"
    first = cached_analyse([folder], None, cache)
    assert not any("dealview wrote" in n for n in first.notices)
    md, _ = exports(sample)
    (folder / "notes.md").write_text(md, encoding="utf-8")
    second = cached_analyse([folder], None, cache)
    assert len(second.articles) == 5
    assert any("dealview wrote" in n and "notes.md" in n for n in second.notices)


def test_the_report_command_reads_five_articles_beside_an_export(
    folder: Path, sample: Analysis, capsys: pytest.CaptureFixture[str]
) -> None:
    md, js = exports(sample)
    (folder / "notes.md").write_text(md, encoding="utf-8")
    (folder / "export.txt").write_text(js, encoding="utf-8")
    assert main(["report", str(folder), "-o", str(folder / "report.md")]) == 0
    assert main(["report", str(folder), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["articles"]) == 5
    assert any("skipped 3 files dealview wrote" in n for n in report["notices"])


def test_the_notice_shows_a_hostile_file_name_as_placeholders(
    folder: Path, sample: Analysis
) -> None:
    md, _ = exports(sample)
    (folder / "notes\x1b]52;c;aGk=\x07\n.md").write_text(md, encoding="utf-8")
    notices: list[str] = []
    collect_paths([folder], notices)
    (notice,) = notices
    assert "notes␛]52;c;aGk=␇␊.md" in notice
    assert not any(ch in notice for ch in "\x1b\x07\n")
