"""Topics renamed in the app and saved as a topics file (issue 14 point 9): the new name shows
in the picker, the status line and the compare header, is kept for the review session, and a
saved topics file gives the same topics back through --topics."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from apps import new_app, ready, settle, shown_lines
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from dealview.core.models import Topic
from dealview.core.pipeline import analyse
from dealview.core.topics import load_topics
from dealview.core.topics_save import (
    TopicsSaveError,
    apply_names,
    clean_name,
    load_names,
    names_path,
    save_names,
    save_topics_file,
    topics_file_path,
)
from dealview.tui.app import make_app
from dealview.tui.screens.main import MainScreen
from dealview.tui.widgets.compare import CompareView
from dealview.tui.widgets.topics import TopicPicker

HELVION = Path(__file__).parent / "data" / "helvion"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A copy of a story whose topics are derived (no topics file)."""
    folder = tmp_path / "helvion"
    shutil.copytree(HELVION, folder)
    return folder


def picker_lines(screen: MainScreen) -> list[str]:
    picker = screen.query_one(TopicPicker)
    return [str(picker.get_option_at_index(n).prompt) for n in range(picker.option_count)]


async def rename_second_topic(pilot: Pilot[None], screen: MainScreen, name: str) -> None:
    await pilot.press("t", "down", "r")
    await settle(pilot)
    field = pilot.app.screen.query_one("#topic-name", Input)
    assert field.value == screen.analysis.topics[1].label  # the name it has, to edit
    await pilot.press("ctrl+u", *("space" if ch == " " else ch for ch in name), "enter")
    await settle(pilot)


async def test_a_renamed_topic_shows_everywhere_and_is_kept(story: Path, tmp_path: Path) -> None:
    review = tmp_path / "review.json"
    app = new_app(tmp_path, [story], review)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        topic = screen.analysis.topics[1]
        before = topic.label
        await rename_second_topic(pilot, screen, "Wind [b]farm[/b]")
        assert isinstance(pilot.app.screen, MainScreen)
        # The picker is still open, with the new name in place of the old one.
        lines = picker_lines(screen)
        assert lines[1].startswith("Wind [b]farm[/b]  ")  # markup shown as typed
        assert not any(line.startswith(before) for line in lines)
        await pilot.press("enter")  # pick it: the compare view names it in its header
        await settle(pilot)
        assert screen.topic == topic.id
        assert "topic Wind [b]farm[/b]" in shown_lines(screen.query_one(CompareView))[1]
        # The status line's notice says so, and where the name is kept.
        said = [str(n.message) for n in pilot.app._notifications]
        assert any("Wind [b]farm[/b]" in m and "kept" in m for m in said)
    # Opened again: the name is kept.
    again = new_app(tmp_path, [story], review)
    async with again.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        assert screen.analysis.topics[1].label == "Wind [b]farm[/b]"
        await pilot.press("t")
        await settle(pilot)
        assert picker_lines(screen)[1].startswith("Wind [b]farm[/b]  ")
        # An empty name gives the topic the name dealview gave it.
        await rename_second_topic(pilot, screen, "")
        assert picker_lines(screen)[1].startswith(f"{before}  ")
    assert load_names(names_path(review)) == ({}, None)


async def test_saved_topics_are_read_back_by_topics(story: Path, tmp_path: Path) -> None:
    review = tmp_path / "review.json"
    app = new_app(tmp_path, [story], review)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        await rename_second_topic(pilot, screen, "Wind farm")
        await pilot.press("t", "w")
        await pilot.app.workers.wait_for_complete()
        await settle(pilot)
        said = [str(n.message) for n in pilot.app._notifications]
        assert any(m.startswith("Topics saved to") and "--topics" in m for m in said)
        shown = [(t.id, t.label) for t in screen.analysis.topics]
        topic_of = {c.id: c.topic for c in screen.analysis.claims if c.topic}
    saved = topics_file_path(review)
    assert saved.is_file()
    again = analyse([story], topics_file=saved)
    assert [(t.id, t.label) for t in again.topics] == shown
    assert shown[1][1] == "Wind farm"
    assert all(t.passages for t in again.topics if t.keywords)
    # The words that mark each topic's passages are saved with it: read back, the claims
    # stay, nearly all, in the topic they were in.
    kept = sum(1 for c in again.claims if topic_of.get(c.id) == c.topic)
    assert kept >= 0.8 * len(topic_of)
    # The app on the saved file: the same names, and no word of names lost.
    steered = make_app(
        [story], topics=saved, review=review, data_dir=tmp_path / "data", cache_dir=tmp_path / "c"
    )
    async with steered.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        assert [(t.id, t.label) for t in screen.analysis.topics] == shown
        assert not [n for n in pilot.app._notifications if "not given back" in str(n.message)]


def test_a_topics_file_of_the_users_is_never_replaced(tmp_path: Path) -> None:
    topics = [Topic(id="a", label="A", keywords=["alpha"], origin="derived")]
    mine = tmp_path / "topics.toml"
    mine.write_text('[[topic]]\nid = "x"\nlabel = "Mine"\nkeywords = ["x"]\n')
    with pytest.raises(TopicsSaveError, match="did not write"):
        save_topics_file(mine, topics, "story")
    assert "Mine" in mine.read_text()
    link = tmp_path / "link.toml"
    link.symlink_to(tmp_path / "elsewhere.toml")
    with pytest.raises(TopicsSaveError):
        save_topics_file(link, topics, "story")
    assert not (tmp_path / "elsewhere.toml").exists()
    ours = tmp_path / "ours.toml"
    save_topics_file(ours, topics, "story")
    topics[0].label = "B"
    save_topics_file(ours, topics, "story")  # dealview's own file: replaced
    assert [s.labels for s in load_topics(ours)] == [{"en": "B"}]


def test_names_are_one_line_of_visible_text_and_read_back_exactly(tmp_path: Path) -> None:
    assert clean_name("  Deal\n\x1b[31mred\x1b[0m \u202e ") == "Deal ␛[31mred␛[0m ⟨U+202E⟩"
    odd = 'Quote " back\\slash [bold]x[/] é'
    topics = [Topic(id='i"d', label=odd, keywords=["alpha", "*"], origin="derived")]
    path = tmp_path / "t.toml"
    save_topics_file(path, topics, "a\x1b]52;c;x\x07 folder")
    assert path.read_text().splitlines()[0].startswith("# dealview topics:")
    assert "\x1b" not in path.read_text()
    (spec,) = load_topics(path)
    assert (spec.id, spec.labels, spec.keywords) == ('i"d', {"en": odd}, ["alpha"])


def test_a_names_file_of_the_users_is_neither_read_nor_replaced(tmp_path: Path) -> None:
    path = tmp_path / "review-topic-names.json"
    path.write_text('{"names": {"t1": "not dealview\'s"}}')
    names, problem = load_names(path)
    assert names == {} and problem and "not a topic names file" in problem
    with pytest.raises(TopicsSaveError):
        save_names(path, {"t1": "x"}, [])
    assert "not dealview" in path.read_text()
    (tmp_path / "big.json").write_bytes(b" " * (2 << 20))
    assert load_names(tmp_path / "big.json")[0] == {}


async def test_a_filter_by_a_renamed_topic_names_it_in_the_status_line(
    story: Path, tmp_path: Path
) -> None:
    """F, then the renamed topic: the list shows its findings and the status line names it
    (the list, refilled, once took a message of the old list for a move and stopped the app)."""
    app = new_app(tmp_path, [story], tmp_path / "review.json")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        topic = screen.analysis.topics[1]
        await rename_second_topic(pilot, screen, "Wind farm")
        await pilot.press("escape", "F")
        await settle(pilot)
        choices = pilot.app.screen.query_one("#filter-choices", OptionList)
        prompts = [str(choices.get_option_at_index(n).prompt) for n in range(choices.option_count)]
        choices.highlighted = prompts.index("topic Wind farm")
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.is_running and isinstance(pilot.app.screen, MainScreen)
        assert "only topic Wind farm" in str(screen.query_one("#status", Static).render())
        listed = {f.id for f in screen.listed()}
        assert {f.id for f in screen.analysis.findings if f.topic == topic.id} <= listed
        assert len(listed) < len(screen.analysis.findings)


def test_a_name_goes_back_only_to_the_topic_it_was_given(tmp_path: Path) -> None:
    """Derived topics are numbered t1, t2…: once the articles change, t2 may be another topic,
    which must not take the name the reader gave the old one."""
    path = tmp_path / "review-topic-names.json"
    old = [Topic(id="t2", label="Energy", keywords=["capacité", "GW"], origin="derived")]
    save_names(path, {"t2": "Wind farm"}, old)
    kept, problem = load_names(path)
    assert problem is None
    same = [Topic(id="t2", label="Energy", keywords=["capacité", "GW"], origin="derived")]
    assert apply_names(same, kept) == ({"t2": "Wind farm"}, 0)
    assert same[0].label == "Wind farm"
    other = [Topic(id="t2", label="Bonus", keywords=["prime"], origin="derived")]
    assert apply_names(other, kept) == ({}, 1)
    assert other[0].label == "Bonus"
