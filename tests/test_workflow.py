"""The review workflow (issue 14 point 8): the next finding not yet reviewed, resuming, the
filter, the reader at the finding's span, a quote copied with its source."""

from __future__ import annotations

from pathlib import Path

from apps import new_app, ready, settle, shown_lines
from textual.widgets import Static

from dealview.tui.kinds import shown_kind
from dealview.tui.screens.prompts import FilterScreen
from dealview.tui.view_state import span_in
from dealview.tui.widgets.findings import FindingsList
from dealview.tui.widgets.reader import ReaderView


def status(screen: object) -> str:
    return str(screen.query_one("#status", Static).content)  # type: ignore[attr-defined]


async def test_u_goes_to_the_next_finding_not_yet_reviewed(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket", "y", "right_square_bracket", "x")
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert screen.index == 0
        await pilot.press("u")  # 1 and 2 have verdicts
        assert screen.index == 3
        await pilot.press("y", "u")
        assert screen.index == 4


async def test_a_review_resumes_at_the_first_finding_not_yet_reviewed(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("y", "right_square_bracket", "x", "right_square_bracket")
        await pilot.press("right_square_bracket", "f")  # 0, 1 and 3 reviewed
        await settle(pilot)
    again = new_app(tmp_path)
    async with again.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await settle(pilot)
        assert screen.index == 2
        assert any(
            "resuming at the first one not yet reviewed" in n.message for n in again._notifications
        )
        assert screen.query_one(FindingsList).highlighted_option.id == screen.findings[2].id


async def test_the_filter_shows_only_the_findings_asked_for(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("y")
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FilterScreen)
        await pilot.press("down", "enter")  # not yet reviewed
        await settle(pilot)
        listed = screen.query_one(FindingsList)
        total = len(screen.findings)
        shown_ids = {listed.get_option_at_index(n).id for n in range(listed.option_count)}
        assert screen.findings[0].id not in shown_ids
        assert f"only not reviewed ({total - 1})" in status(screen)
        assert screen.index == 1  # the confirmed one left the list
        await pilot.press("left_square_bracket")  # steps only through the findings shown
        assert screen.index == total - 1
        # by kind: agreements only
        await pilot.press("F")
        await settle(pilot)
        choices = app.screen
        assert isinstance(choices, FilterScreen)
        at = list(choices.choices).index("kind-agreement")
        await pilot.press("home", *["down"] * at, "enter")
        await settle(pilot)
        assert shown_kind(screen.finding) == "agreement"
        for _ in range(8):
            await pilot.press("right_square_bracket")
            assert shown_kind(screen.finding) == "agreement"
        await pilot.press("F")
        await settle(pilot)
        await pilot.press("home", "enter")  # all findings again
        await settle(pilot)
        assert "only" not in status(screen)
        assert listed.option_count > total


async def test_r_opens_the_current_source_at_the_finding(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        finding = screen.finding
        assert finding is not None
        await pilot.press("r")
        await settle(pilot)
        article = screen.analysis.articles[screen.source].id
        offset = span_in(screen.analysis, finding, article)
        assert offset is not None  # the reader shows a source of the finding
        reader = screen.query_one(ReaderView)
        if offset > 2000:
            assert reader.scroll_y > 0


async def test_C_copies_the_sentence_with_its_source(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(pilot)
        finding = screen.finding
        assert finding is not None
        await pilot.press("enter", "C")
        await settle(pilot)
        copied = app.clipboard
        article = screen.analysis.articles[screen.source]
        claim = next(
            c for c in map(screen.analysis.claim, finding.claims) if c.article == article.id
        )
        assert copied.startswith("« ") and claim.text in copied
        assert article.id in copied and "»" in copied
        assert any(n.message.startswith("Copied: «") for n in app._notifications)


async def test_a_verdict_shows_at_once_in_the_list(tmp_path: Path) -> None:
    """The line of the finding judged is repainted with its mark (and only its mark goes when
    the same key clears it); the other lines keep theirs."""
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        listed = screen.query_one(FindingsList)

        def marked(mark: str) -> int:
            return sum(mark in line for line in shown_lines(listed))

        await pilot.press("y")
        await settle(pilot)
        assert marked("☑") == 1
        await pilot.press("right_square_bracket", "x", "right_square_bracket", "f")
        await settle(pilot)
        assert (marked("☑"), marked("☒"), marked("⚑")) == (1, 1, 1)
        await pilot.press("f")  # the same key again clears it
        await settle(pilot)
        assert (marked("☑"), marked("☒"), marked("⚑")) == (1, 1, 0)
        await pilot.resize_terminal(80, 24)  # laid out again: the marks stay
        await settle(pilot)
        assert marked("☑") + marked("☒") >= 1
