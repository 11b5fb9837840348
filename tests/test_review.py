"""Review files: verdicts saved atomically, resumed, tied to the articles' content."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from dealview.core.models import Analysis
from dealview.core.pipeline import analyse, sample_dir
from dealview.core.review import (
    Review,
    ReviewError,
    load_review,
    new_review,
    save_review,
)
from dealview.core.review_export import export_json, export_markdown
from dealview.core.review_place import open_review, review_path_for, review_place_for


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
    assert review_path_for([tmp_path], sample, data) == tmp_path / ".dealview" / "review.json"
    bundled = review_path_for(None, sample, data)
    assert bundled.parent.parent == data / "reviews" and bundled.name == "review.json"


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


# --- where the review is kept, and a review kept where an older dealview put it ---


def story_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    shutil.copytree(sample_dir(), folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def test_the_review_is_kept_in_a_dealview_folder_beside_the_articles(
    sample: Analysis, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    folder = story_copy(tmp_path)
    place = review_place_for([folder], sample, data)
    assert place.review == folder / ".dealview" / "review.json"
    assert place.folder == folder / ".dealview"
    named = review_place_for([folder / "000_42e33100c0584014.txt"], sample, data)
    assert named.review == place.review  # the folder of the first file named
    chosen = review_place_for([folder], sample, data, tmp_path / "mine.json")
    assert chosen.review == tmp_path / "mine.json" and chosen.legacy == ()


@pytest.mark.parametrize("store", ["file", "link", "another user's", "read-only folder"])
def test_a_dealview_folder_that_cannot_be_used_sends_the_review_to_the_data_folder(
    sample: Analysis, tmp_path: Path, store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = story_copy(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    if store == "file":
        (folder / ".dealview").write_text("a file of the user's", encoding="utf-8")
    elif store == "link":
        (folder / ".dealview").symlink_to(elsewhere)
    elif store == "another user's":
        (folder / ".dealview").mkdir()
        monkeypatch.setattr(os, "getuid", lambda: os.stat(folder).st_uid + 1)
    else:  # chmod does not stop root: the folder is said not writable as the system would
        real = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode: False if Path(p) == folder else real(p, mode)
        )
    place = review_place_for([folder], sample, tmp_path / "data")
    assert place.review.parent.parent == tmp_path / "data" / "reviews"
    assert place.review.name == "review.json"
    assert list(elsewhere.iterdir()) == []


def test_a_review_where_dealview_kept_it_before_is_moved_and_said_once(
    sample: Analysis, tmp_path: Path
) -> None:
    folder = story_copy(tmp_path)
    analysis = analyse([folder])
    old = folder / "dealview-review.json"
    before, _ = load_review(old, analysis)
    before.set_status(analysis.findings[0], "confirmed")
    save_review(old, before)
    old_bytes = old.read_bytes()
    place = review_place_for([folder], analysis, tmp_path / "data")
    review, path, said = open_review(place, analysis)
    assert path == folder / ".dealview" / "review.json" and path.is_file()
    assert review.status(analysis.findings[0]) == "confirmed"
    assert said == [
        f"the review found in {old} (where dealview kept it before) is now kept in {path}; "
        "the old file is left as it was"
    ]
    assert old.read_bytes() == old_bytes
    again, _, said = open_review(place, analysis)
    assert said == [] and again.status(analysis.findings[0]) == "confirmed"
    assert old.read_bytes() == old_bytes


def test_a_review_of_the_sample_in_the_data_folder_is_moved_to_its_own_folder(
    sample: Analysis, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    place = review_place_for(None, sample, data)
    (old,) = place.legacy
    assert old.parent == data / "reviews" and old.name == f"{place.review.parent.name}.json"
    review = new_review(sample)
    review.set_status(sample.findings[3], "dismissed")
    save_review(old, review)
    resumed, path, said = open_review(place, sample)
    assert path == place.review and resumed.status(sample.findings[3]) == "dismissed"
    assert len(said) == 1 and "is now kept in" in said[0]


def test_an_old_file_that_is_no_review_is_left_alone(sample: Analysis, tmp_path: Path) -> None:
    folder = story_copy(tmp_path)
    old = folder / "dealview-review.json"
    old.write_text('{"name": "my-package"}', encoding="utf-8")
    place = review_place_for([folder], sample, tmp_path / "data")
    review, path, said = open_review(place, sample)
    assert review.verdicts == {} and path == place.review
    assert len(said) == 1 and "not a valid review file" in said[0]
    assert old.read_text(encoding="utf-8") == '{"name": "my-package"}'
    assert not path.exists()  # written at the first verdict, not before


def test_backups_are_kept_beside_the_review_in_its_folder(tmp_path: Path) -> None:
    folder = story_copy(tmp_path)
    analysis = analyse([folder])
    place = review_place_for([folder], analysis, tmp_path / "data")
    review, path, _ = open_review(place, analysis)
    review.set_status(analysis.findings[0], "confirmed")
    save_review(path, review)
    edited = folder / "003_cf8350971e2b4f94.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAjout.", encoding="utf-8")
    _, _, said = open_review(place, analyse([folder]))
    assert "has changed since the review was saved" in said[0]
    assert len(list(place.folder.glob("review.*.bak.json"))) == 1
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(".txt")) == [
        ".dealview",
        "topics.toml",
    ]
