"""Review files are never lost: what is not a review is refused untouched, a file changed on disk
is merged or left alone, concurrent verdicts all survive, and what is loaded is bounded."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from apps import new_app, ready, settle

from dealview.core import review as review_module
from dealview.core.models import Analysis
from dealview.core.review import (
    MAX_REVIEW_BYTES,
    Review,
    ReviewError,
    Verdict,
    VerdictStatus,
    load_review,
    merge,
    save_review,
)
from dealview.tui.screens import review_actions

PACKAGE_JSON = json.dumps(
    {"name": "my-site", "version": "1.2.0", "scripts": {"build": "vite build"}}, indent=2
)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- a file that is not a review ---


@pytest.mark.parametrize(
    "content",
    [
        PACKAGE_JSON,
        "[]",
        '"a review"',
        '{"schema_version": 1, "verdicts": {}, "name": "my-site"}',  # one key too many
        '{"schema_version": 1, "verdicts": {"k": {"status": "confirmed", "colour": "red"}}}',
        "{}",  # no review format
    ],
)
def test_a_json_file_that_is_not_a_review_is_refused_untouched(
    sample: Analysis, tmp_path: Path, content: str
) -> None:
    path = tmp_path / "package.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReviewError) as refused:
        load_review(path, sample)
    message = str(refused.value)
    assert "\n" not in message and "not a valid review file" in message
    assert path.read_text(encoding="utf-8") == content
    assert files_in(tmp_path) == ["package.json"]  # no backup either


def test_a_refused_review_file_is_named_on_one_printable_line(
    sample: Analysis, tmp_path: Path
) -> None:
    # A file name may hold a newline, an escape sequence and a byte that is not UTF-8: the
    # message names it with visible placeholders, on one line.
    name = os.fsdecode(b"bad\xff\nname\x1b]52;c;aGk=\x07.json")
    path = tmp_path / name
    path.write_text(PACKAGE_JSON, encoding="utf-8")
    with pytest.raises(ReviewError) as refused:
        load_review(path, sample)
    message = str(refused.value)
    assert message.isprintable()
    assert "bad⟨0xFF⟩␊name␛]52;c;aGk=␇.json: not a valid review file" in message
    message.encode("utf-8")  # no lone surrogate left: it can be written to a terminal


async def test_package_json_given_as_review_to_the_app_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "package.json"
    path.write_text(PACKAGE_JSON, encoding="utf-8")
    app = new_app(tmp_path, review=path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        assert screen.review_path is None
        notes = [n.message for n in app._notifications if "package.json" in n.message]
        assert len(notes) == 1 and "not a valid review file" in notes[0]
        await pilot.press("y")
        await settle(pilot)
        assert screen.finding is not None  # the finding the reader is on
        assert screen.review.status(screen.finding) == "confirmed"
    assert path.read_text(encoding="utf-8") == PACKAGE_JSON
    assert "package.json" in files_in(tmp_path) and not list(tmp_path.glob("*.bak.json"))


# --- a file changed on disk after it was loaded ---


def test_a_review_replaced_by_another_review_is_merged(sample: Analysis, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    first, second = sample.findings[:2]
    mine, _ = load_review(path, sample)
    mine.set_status(first, "confirmed")
    save_review(path, mine)
    other = Review()
    other.set_status(second, "dismissed")
    other.set_note(second, "the other desk's note")
    path.write_text(other.model_dump_json(), encoding="utf-8")  # replaced: first is gone
    mine.set_note(first, "checked")
    saved = save_review(path, mine)
    again, _ = load_review(path, sample)
    for review in (saved, again):
        assert review.verdict(first).status == "confirmed"
        assert review.verdict(first).note == "checked"
        assert review.verdict(second).status == "dismissed"
        assert review.verdict(second).note == "the other desk's note"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (PACKAGE_JSON, "not a valid review file"),
        ('{"schema_version": 1, "verdi', "not a readable review file"),  # truncated
        ("", "not a readable review file"),  # emptied
        ('{"schema_version": 2, "verdicts": {}, "labels": []}', "written by a newer dealview"),
    ],
)
def test_a_review_replaced_by_what_cannot_be_merged_is_never_overwritten(
    sample: Analysis, tmp_path: Path, content: str, said: str
) -> None:
    path = tmp_path / "r.json"
    mine, _ = load_review(path, sample)
    mine.set_status(sample.findings[0], "confirmed")
    save_review(path, mine)
    path.write_text(content, encoding="utf-8")
    mine.set_status(sample.findings[1], "follow-up")
    with pytest.raises(ReviewError) as refused:
        save_review(path, mine)
    assert said in str(refused.value) and "were not saved over it" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert path.read_text(encoding="utf-8") == content
    assert files_in(tmp_path) == ["r.json"]  # no temporary file left
    # The session keeps both verdicts, the unsaved one still marked as such.
    assert mine.status(sample.findings[0]) == "confirmed"
    assert mine.status(sample.findings[1]) == "follow-up"
    assert sample.findings[1].key in mine.unsaved


async def test_the_app_refuses_to_save_over_a_file_that_became_no_review(tmp_path: Path) -> None:
    path = tmp_path / "review.json"
    app = new_app(tmp_path, review=path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert json.loads(path.read_text(encoding="utf-8"))["verdicts"]
        path.write_text(PACKAGE_JSON, encoding="utf-8")
        await pilot.press("f")
        await settle(pilot)
        notes = [n.message for n in app._notifications if n.message.startswith("Review not")]
        assert len(notes) == 1 and "not a valid review file" in notes[0]
        assert "E exports them" in notes[0]
        finding = screen.finding
        assert finding is not None
        assert screen.review.status(finding) == "follow-up"
        await pilot.press("E")
        await settle(pilot)
    assert path.read_text(encoding="utf-8") == PACKAGE_JSON
    exported = json.loads((tmp_path / "review-export.json").read_text(encoding="utf-8"))
    statuses = {f["key"]: f["status"] for f in exported["findings"]}
    assert statuses[finding.key] == "follow-up"


# --- two writers on one finding ---


def test_two_writers_alternating_on_one_finding_keep_every_verdict(
    sample: Analysis, tmp_path: Path
) -> None:
    path = tmp_path / "r.json"
    finding = sample.findings[0]
    writers = [load_review(path, sample)[0], load_review(path, sample)[0]]
    statuses: tuple[VerdictStatus, ...] = ("confirmed", "dismissed", "follow-up")
    kept = 0
    for turn in range(50):  # all within the same second or two: timestamps tie
        writer = writers[turn % 2]
        writer.set_note(finding, f"verdict {turn}")
        writer.set_status(finding, statuses[turn % 3])
        writers[turn % 2] = save_review(path, writer)
        on_disk = json.loads(path.read_text(encoding="utf-8"))["verdicts"][finding.key]
        kept += on_disk["note"] == f"verdict {turn}"
        assert on_disk["seq"] == turn + 1  # one more save, never a tie
    assert kept == 50
    # The writer that did not save last learns the last verdict at its next save.
    late = save_review(path, writers[0])
    assert late.verdict(finding).note == "verdict 49"


def test_two_writers_on_different_findings_keep_all_fifty(sample: Analysis, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    a, _ = load_review(path, sample)
    b, _ = load_review(path, sample)
    findings = sample.findings[:20]
    for turn in range(50):
        writer = a if turn % 2 == 0 else b
        writer.set_note(findings[turn % len(findings)], f"note {turn}")
        save_review(path, writer)
    saved = json.loads(path.read_text(encoding="utf-8"))["verdicts"]
    assert {f.key: saved[f.key]["note"] for f in findings} == {
        f.key: f"note {max(t for t in range(50) if t % len(findings) == i)}"
        for i, f in enumerate(findings)
    }


def test_merge_of_two_diverged_copies_does_not_depend_on_which_is_ours() -> None:
    same_time = "2026-01-01T00:00:00+00:00"
    one = Review(verdicts={"k": Verdict(status="confirmed", updated=same_time, seq=3)})
    two = Review(verdicts={"k": Verdict(status="dismissed", updated=same_time, seq=3)})
    assert merge(one, two).verdicts == merge(two, one).verdicts
    newer = Review(verdicts={"k": Verdict(status="follow-up", updated=same_time, seq=4)})
    assert merge(one, newer).verdicts["k"].status == "follow-up"
    assert merge(newer, one).verdicts["k"].status == "follow-up"


# --- bounds ---


def test_a_review_over_the_size_limit_is_refused_in_one_line(
    sample: Analysis, tmp_path: Path
) -> None:
    path = tmp_path / "r.json"
    with path.open("wb") as fh:
        fh.truncate(MAX_REVIEW_BYTES + 1)
    with pytest.raises(ReviewError) as refused:
        load_review(path, sample)
    assert "too large" in str(refused.value) and "\n" not in str(refused.value)
    assert path.stat().st_size == MAX_REVIEW_BYTES + 1


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000,
        '{"a":' * 100_000,
        '{"schema_version": 1, "verdicts": {"k": {"note": ' + "[" * 50 + "]" * 50 + "}}}",
    ],
)
def test_deep_nesting_is_refused_before_parsing(
    sample: Analysis, tmp_path: Path, content: str
) -> None:
    path = tmp_path / "r.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReviewError) as refused:
        load_review(path, sample)
    assert "nested more than" in str(refused.value) and "\n" not in str(refused.value)
    assert path.read_text(encoding="utf-8") == content


def test_brackets_inside_notes_are_not_nesting(sample: Analysis, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    review = Review()
    review.set_note(sample.findings[0], 'see [[[[[[[[[[[[[[[[[[[[ "quoted \\ [{' * 3)
    save_review(path, review)
    again, _ = load_review(path, sample)
    assert again.verdict(sample.findings[0]).note.startswith("see [[[[")


def test_a_parser_recursion_error_is_one_line(
    sample: Analysis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_module, "MAX_REVIEW_DEPTH", 10**9)  # the parser's own limit
    path = tmp_path / "r.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(ReviewError) as refused:
        load_review(path, sample)
    assert "nested too deep" in str(refused.value)


async def test_a_deeply_nested_review_opens_the_app_with_one_notice(tmp_path: Path) -> None:
    path = tmp_path / "review.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    app = new_app(tmp_path, review=path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)  # not "Analysing…" for ever
        assert screen.review_path is None
        notes = [n.message for n in app._notifications if "nested" in n.message]
        assert len(notes) == 1
    assert path.read_text(encoding="utf-8") == "[" * 100_000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_as_review_is_refused_without_blocking(sample: Analysis, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    os.mkfifo(path)
    with pytest.raises(ReviewError, match="not a regular file"):
        load_review(path, sample)


# --- saves of a big review run in a thread ---


async def test_a_big_review_is_saved_in_a_thread_keeping_later_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_actions, "BACKGROUND_SAVE_VERDICTS", 0)
    release = threading.Event()
    threads: list[str] = []

    def slow_save(path: Path, review: Review) -> Review:
        threads.append(threading.current_thread().name)
        release.wait(10)
        return save_review(path, review)

    monkeypatch.setattr(review_actions, "save_review", slow_save)
    path = tmp_path / "review.json"
    app = new_app(tmp_path, review=path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        first = screen.finding  # the finding the reader is on: `y` confirms it
        assert first is not None
        second = next(f for f in screen.analysis.findings if f is not first)
        await pilot.press("y")  # the app answers while the save waits in its thread
        assert screen._saving and "1/23 reviewed" in str(screen.query_one("#status").render())
        screen.review.set_status(second, "dismissed")  # given while that save runs
        screen._save()
        assert screen._save_again
        release.set()
        for _ in range(200):
            await app.workers.wait_for_complete()
            await pilot.pause(0.01)
            if not screen._saving and not screen.review.unsaved:
                break
        assert not screen._saving and screen.review.unsaved == frozenset()
        assert len(threads) == 2 and threading.main_thread().name not in threads
        saved = json.loads(path.read_text(encoding="utf-8"))["verdicts"]
        assert saved[first.key]["status"] == "confirmed"
        assert saved[second.key]["status"] == "dismissed"
        assert screen.review.status(first) == "confirmed"


async def test_verdicts_given_during_a_thread_save_are_saved_on_quit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_actions, "BACKGROUND_SAVE_VERDICTS", 0)
    release = threading.Event()

    def slow_save(path: Path, review: Review) -> Review:
        release.wait(10)
        return save_review(path, review)

    monkeypatch.setattr(review_actions, "save_review", slow_save)
    path = tmp_path / "review.json"
    app = new_app(tmp_path, review=path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        first = screen.finding  # the finding the reader is on: `y` confirms it
        assert first is not None
        second = next(f for f in screen.analysis.findings if f is not first)
        await pilot.press("y")
        screen.review.set_status(second, "follow-up")
        screen._save()  # waits for the save in the thread
        release.set()
    saved = json.loads(path.read_text(encoding="utf-8"))["verdicts"]
    assert saved[first.key]["status"] == "confirmed"
    assert saved[second.key]["status"] == "follow-up"
