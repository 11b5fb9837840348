"""Review files: verdicts saved atomically, resumed, tied to the articles' content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dealview.core.models import Analysis
from dealview.core.pipeline import analyse, sample_dir
from dealview.core.review import (
    Review,
    ReviewError,
    export_json,
    export_markdown,
    load_review,
    review_path_for,
    save_review,
)


def test_verdicts_toggle_and_count(sample: Analysis) -> None:
    review = Review()
    first, second = sample.findings[:2]
    review.set_status(first, "confirmed")
    review.set_status(second, "follow-up")
    review.set_note(second, "  call the FT desk  ")
    assert review.reviewed(sample.findings) == 2
    review.set_status(first, "confirmed")  # the same key again clears it
    assert review.verdict(first).status is None
    assert review.verdict(second).note == "call the FT desk"


def test_save_and_resume(sample: Analysis, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    review, warnings = load_review(path, sample)
    assert warnings == [] and review.verdicts == {}
    review.set_status(sample.findings[0], "dismissed")
    save_review(path, review)
    again, warnings = load_review(path, analyse())
    assert warnings == []
    assert again.verdict(sample.findings[0]).status == "dismissed"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]  # no temporary file left


def test_an_edited_article_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(sample_dir(), folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    before = analyse([folder])
    review, _ = load_review(folder / "r.json", before)
    save_review(folder / "r.json", review)
    edited = folder / "003_cf8350971e2b4f94.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAjout.", encoding="utf-8")
    _, warnings = load_review(folder / "r.json", analyse([folder]))
    assert warnings[0] == "003_cf8350971e2b4f94 has changed since the review was saved"
    backups = list(folder.glob("r.*.bak.json"))
    assert len(backups) == 1 and warnings[1] == f"the review as it was is kept in {backups[0].name}"
    assert backups[0].read_text(encoding="utf-8") == (folder / "r.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a readable review file"),
        ('{"schema_version": 99, "verdicts": {}}', "written by a newer dealview"),
        ('{"verdicts": {"x": {"status": "maybe"}}}', "not a valid review file"),
    ],
)
def test_unusable_review_files_are_refused_and_kept(
    sample: Analysis, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "r.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReviewError, match=message):
        load_review(path, sample)
    assert path.read_text(encoding="utf-8") == content


def test_review_location(sample: Analysis, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert review_path_for([tmp_path], sample, data) == tmp_path / "dealview-review.json"
    bundled = review_path_for(None, sample, data)
    assert bundled.parent == data / "reviews" and bundled.suffix == ".json"


def test_exports(sample: Analysis) -> None:
    review = Review()
    review.set_status(sample.findings[0], "follow-up")
    review.set_note(sample.findings[0], "ask *Oracle*")
    md = export_markdown(sample, review)
    assert "1 / 23 findings reviewed." in md
    assert md.index("## Needs follow-up (1)") < md.index("## Not reviewed (22)")
    assert r"Note: ask \*Oracle\*" in md
    data = json.loads(export_json(sample, review))
    assert data["findings"][0]["status"] == "follow-up"
    assert data["findings"][1]["status"] is None
