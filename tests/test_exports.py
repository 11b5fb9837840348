"""Exports an editor reads on their own, written where dealview keeps its files, and a next run
that reads the same five articles, finds the same findings and resumes the verdicts."""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from apps import ready, settle
from textual.pilot import Pilot
from textual.widgets import Static

from dealview.core.models import Analysis
from dealview.core.reading import sample_dir
from dealview.core.review import Review
from dealview.core.review_export import (
    ExportError,
    export_json,
    export_markdown,
    export_paths,
    write_export,
)
from dealview.core.source_labels import source_labels
from dealview.tui.app import DealviewApp, make_app
from dealview.tui.screens import review_actions

SAMPLE_FILES = sorted(p.name for p in sample_dir().glob("*.txt"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the sample's articles in a folder of the user's."""
    story = tmp_path / "story"
    story.mkdir()
    for name in SAMPLE_FILES:
        shutil.copy(sample_dir() / name, story / name)
    return story


def reviewed(sample: Analysis) -> Review:
    review = Review()
    review.set_status(sample.findings[1], "follow-up")
    review.set_note(sample.findings[1], "ask the *desk* [bold]now[/]")
    review.set_status(sample.findings[2], "dismissed")
    return review


# --- what the exports hold ---


def test_the_markdown_export_lists_every_finding_with_its_evidence(sample: Analysis) -> None:
    md = export_markdown(sample, reviewed(sample))
    labels = source_labels(sample.articles)
    assert md.count("\n### ") == len(sample.findings)  # every finding, reviewed or not
    for f in sample.findings:
        assert f"Rule `{f.rule}`" in md
    follow = md[md.index("## Needs follow-up (1)") : md.index("## Dismissed (1)")]
    assert "- Verdict: **needs follow-up** (" in follow
    assert r"- Note: ask the \*desk\* \[bold\]now\[/\]" in follow  # markup escaped, kept
    assert "## Not reviewed (21)" in md and "- Verdict: **not reviewed**" in md
    # Each source by its label and file name, its sentence quoted with the claim in bold.
    for a in sample.articles:
        assert f"- **{labels[a.id]}**, file `{a.id}`" in md
    contradiction = sample.findings[2]
    block = md[md.index(contradiction.summary[:40]) :]
    block = block[: block.index("\n### ")]
    for value in contradiction.values:
        assert f"- **{value.display}**" in block
        for cid in value.claims:
            claim = sample.claim(cid)
            assert f"**{labels[claim.article]}** (`{claim.article}`)" in block
            assert f"**{claim.text}**" in block


def test_the_json_export_carries_the_claims_not_only_their_ids(sample: Analysis) -> None:
    data = json.loads(export_json(sample, reviewed(sample)))
    assert next(iter(data)) == "schema_version"  # how dealview recognises its own file
    labels = source_labels(sample.articles)
    assert [s["label"] for s in data["sources"]] == [labels[a.id] for a in sample.articles]
    assert len(data["findings"]) == len(sample.findings)
    second = data["findings"][1]
    assert second["status"] == "follow-up" and second["note"] == "ask the *desk* [bold]now[/]"
    for finding, shown in zip(sample.findings, data["findings"], strict=True):
        assert [c["id"] for c in shown["claims"]] == finding.claims
        for c in shown["claims"]:
            article = sample.article(c["article"])
            start, end = c["span"]
            assert article.text[start:end] == c["text"]
            assert c["source"] == labels[c["article"]]
            assert c["value"] == sample.claim(c["id"]).value
            assert c["unit"] == sample.claim(c["id"]).unit
            assert c["text"] in c["sentence"]


def test_exports_go_beside_the_review(tmp_path: Path) -> None:
    md, js = export_paths(tmp_path / ".dealview" / "review.json")
    assert md == tmp_path / ".dealview" / "review.md"
    assert js == tmp_path / ".dealview" / "review-export.json"


def test_an_export_replaces_only_a_file_dealview_wrote(tmp_path: Path, sample: Analysis) -> None:
    md = export_markdown(sample, Review())
    target = tmp_path / "new" / "review.md"
    write_export(target, md)  # the folder is made
    write_export(target, md)  # an earlier export is replaced
    assert target.read_text(encoding="utf-8") == md
    mine = tmp_path / "mine.md"
    mine.write_text("My own notes.\n", encoding="utf-8")
    with pytest.raises(ExportError, match="a file dealview did not write is already there"):
        write_export(mine, md)
    assert mine.read_text(encoding="utf-8") == "My own notes.\n"
    link = tmp_path / "link.md"
    link.symlink_to(target)
    with pytest.raises(ExportError, match="not replaced"):
        write_export(link, md)
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "mine.md", "new"]


# --- in the app ---


def app_on(folder: Path, tmp_path: Path) -> DealviewApp:
    """The app on `folder` as a user opens it: no review file named."""
    return make_app([folder], data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")


def notifications(app: DealviewApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_export_then_run_again_reads_five_articles_and_resumes(
    folder: Path, tmp_path: Path
) -> None:
    app = app_on(folder, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        finding = screen.finding
        assert finding is not None
        findings = [f.key for f in screen.analysis.findings]
        await pilot.press("y")
        await settle(pilot)
        assert any(
            m.startswith("Review saved in ") and m.endswith(".dealview/review.json")
            for m in notifications(app)
        )
        await pilot.press("E")
        await settle(pilot)
        said = [m for m in notifications(app) if m.startswith("Review exported to ")]
        assert len(said) == 1
        assert ".dealview/review.md and " in said[0] and said[0].endswith("review-export.json")
    assert sorted(os.listdir(folder)) == [".dealview", *SAMPLE_FILES]
    assert sorted(os.listdir(folder / ".dealview")) == [
        "review-export.json",
        "review.json",
        "review.md",
    ]
    again = app_on(folder, tmp_path)
    async with again.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        assert [f.key for f in screen.analysis.findings] == findings
        status = str(screen.query_one("#status", Static).content)
        assert "5 articles" in status and f"1/{len(findings)} reviewed" in status
        assert screen.review.status(finding) == "confirmed"
        assert not any("not part of this review" in m for m in notifications(again))
        assert not any("dealview wrote" in m for m in notifications(again))


async def test_a_renamed_export_is_left_out_and_the_app_says_so(
    folder: Path, tmp_path: Path
) -> None:
    app = app_on(folder, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("f", "E")
        await settle(pilot)
    (folder / ".dealview" / "review.md").rename(folder / "notes.md")
    again = app_on(folder, tmp_path)
    async with again.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        assert len(screen.analysis.articles) == 5
        assert "5 articles" in str(screen.query_one("#status", Static).content)
        said = [m for m in notifications(again) if "dealview wrote" in m]
        assert len(said) == 1 and said[0].endswith("notes.md")
        assert screen.review.reviewed(screen.analysis.findings) == 1


async def test_an_export_never_replaces_a_file_of_the_users(folder: Path, tmp_path: Path) -> None:
    store = folder / ".dealview"
    store.mkdir()
    (store / "review.md").write_text("My plan for the piece.\n", encoding="utf-8")
    app = app_on(folder, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("E")
        await settle(pilot)
        failed = [m for m in notifications(app) if m.startswith("Export failed")]
        assert len(failed) == 1 and "dealview did not write" in failed[0]
    assert (store / "review.md").read_text(encoding="utf-8") == "My plan for the piece.\n"


async def test_a_review_beside_the_articles_is_resumed_from_its_new_place(
    folder: Path, tmp_path: Path
) -> None:
    app = app_on(folder, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        finding = screen.finding
        assert finding is not None
        await pilot.press("x")
        await settle(pilot)
    # As an older dealview left it: the review among the articles, no .dealview folder.
    old = folder / "dealview-review.json"
    (folder / ".dealview" / "review.json").rename(old)
    (folder / ".dealview").rmdir()
    old_bytes = old.read_bytes()
    said: list[list[str]] = []
    for _run in range(2):
        again = app_on(folder, tmp_path)
        async with again.run_test(size=(120, 36)) as pilot:
            screen = await ready(pilot)
            assert screen.review.status(finding) == "dismissed"
            said.append([m for m in notifications(again) if "where dealview kept it" in m])
        assert (folder / ".dealview" / "review.json").is_file()
        assert old.read_bytes() == old_bytes  # left as it was
    assert len(said[0]) == 1 and "the old file is left as it was" in said[0][0]
    assert said[1] == []  # said once


async def test_a_large_export_is_written_away_from_the_event_loop(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_actions, "BACKGROUND_EXPORT_FINDINGS", 0)
    threads: list[str] = []
    real = review_actions.export_markdown

    def watched(analysis: Analysis, review: Review) -> str:
        threads.append(threading.current_thread().name)
        return real(analysis, review)

    monkeypatch.setattr(review_actions, "export_markdown", watched)
    app = app_on(folder, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("y", "E")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert threads and threading.main_thread().name not in threads
        assert any(m.startswith("Review exported to ") for m in notifications(app))
        finding = screen.finding
        assert finding is not None
    data = json.loads((folder / ".dealview" / "review-export.json").read_text(encoding="utf-8"))
    assert {f["key"]: f["status"] for f in data["findings"]}[finding.key] == "confirmed"


SnapCompare = Callable[..., bool]


class TestOwnFilesOnScreen:
    """Pictures (snapshots/) of what the app says about the files it writes, at 80x24."""

    def test_export_notice(
        self,
        snap_compare: SnapCompare,
        folder: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """y then E: where the review is saved, then both exports named, in .dealview/."""
        monkeypatch.chdir(tmp_path)  # paths are shown from the current folder: story/…
        app = app_on(Path("story"), tmp_path)
        assert snap_compare(app, terminal_size=(80, 24), run_before=pressing("y", "E"))

    def test_renamed_export_notice(
        self,
        snap_compare: SnapCompare,
        folder: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        sample: Analysis,
    ) -> None:
        """An export the user moved among the articles as notes.md: left out, said at start."""
        monkeypatch.chdir(tmp_path)
        (folder / "notes.md").write_text(export_markdown(sample, Review()), encoding="utf-8")
        app = app_on(Path("story"), tmp_path)
        assert snap_compare(app, terminal_size=(80, 24), run_before=pressing())


def pressing(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """A run_before that waits for the analysis, presses `keys`, and lets the screen settle."""

    async def run(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        await settle(pilot)

    return run
