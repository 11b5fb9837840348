"""Keys pressed faster than the app draws: every step counts, and a verdict lands on the finding
the reader sees (the list's cursor, the finding shown and the one the verdict goes to agree)."""

from __future__ import annotations

from pathlib import Path

from apps import new_app, ready, settle, shown_lines
from textual import events

from dealview.tui.app import DealviewApp
from dealview.tui.screens.main import MainScreen
from dealview.tui.view_state import Filter
from dealview.tui.widgets.detail import FindingDetail
from dealview.tui.widgets.findings import FindingsList
from dealview.tui.widgets.matrix import ClaimsMatrix

KEYS = {"]": "right_square_bracket", "[": "left_square_bracket", "j": "j", "y": "y"}


def burst(app: DealviewApp, keys: str) -> None:
    """Queue `keys` at once, as a fast typist or a held key does: none waits for a frame."""
    for char in keys:
        app.post_message(events.Key(KEYS[char], char))


def on_screen(screen: MainScreen) -> str:
    """The id of the finding whose line the findings list's cursor is on."""
    findings = screen.query_one(FindingsList)
    assert findings.highlighted is not None
    option_id = findings.get_option_at_index(findings.highlighted).id
    assert option_id is not None
    return option_id


async def test_quick_steps_each_count_and_the_verdict_lands_on_the_finding_shown(
    tmp_path: Path,
) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        order = [f.id for f in screen.findings]
        # One step at a time, waiting for each frame: the order the reader walks.
        walk = [screen.finding.id if screen.finding else ""]
        for _ in range(12):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            walk.append(on_screen(screen))
        assert len(set(walk)) == 13 and set(walk) <= set(order)
        await pilot.press(*["left_square_bracket"] * 12)
        await settle(pilot)
        assert on_screen(screen) == walk[0]

        at = 0
        for n in (1, 2, 3, 4):
            burst(app, "]" * n + "y")
            at += n
            await settle(pilot)
            assert on_screen(screen) == walk[at]
            assert screen.finding is not None and screen.finding.id == walk[at]
            assert screen.review.status(screen.finding) == "confirmed"
            summary = screen.finding.summary[:30]
            assert any(summary in line for line in shown_lines(screen.query_one(FindingDetail)))
        confirmed = {f.id for f in screen.findings if screen.review.status(f) == "confirmed"}
        assert confirmed == {walk[1], walk[3], walk[6], walk[10]}


async def test_a_quick_move_in_the_matrix_is_not_undone_by_the_one_before(
    tmp_path: Path,
) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("m")
        await settle(pilot)
        matrix = screen.query_one(ClaimsMatrix)
        burst(app, "jjj]")
        await settle(pilot)
        # Wherever the last key left the cursor, the finding is the one under it.
        assert screen.finding is not None
        assert matrix.current_finding == screen.finding.id
        burst(app, "jjjy")
        await settle(pilot)
        assert matrix.current_finding == screen.finding.id
        assert screen.review.status(screen.finding) == "confirmed"


async def test_a_verdict_under_the_not_reviewed_filter_stays_until_the_reader_moves_on(
    tmp_path: Path,
) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        screen.apply_filter(Filter(unreviewed=True))
        await settle(pilot)
        first = on_screen(screen)
        listed = screen.query_one(FindingsList).option_count
        await pilot.press("y")
        await settle(pilot)
        # The finding confirmed is still the one shown, its mark on its line: no jump.
        assert on_screen(screen) == first and screen.finding and screen.finding.id == first
        assert screen.review.status(screen.finding) == "confirmed"
        assert screen.query_one(FindingsList).option_count == listed
        await pilot.press("y")  # the same key again takes the verdict back
        await settle(pilot)
        assert screen.review.status(screen.finding) is None and on_screen(screen) == first
        await pilot.press("y", "right_square_bracket")
        await settle(pilot)
        # Moving on: the finding reviewed leaves the list, the reader is on the next one.
        assert on_screen(screen) != first and screen.finding.id == on_screen(screen)
        ids = [
            screen.query_one(FindingsList).get_option_at_index(i).id
            for i in range(screen.query_one(FindingsList).option_count)
        ]
        assert first not in ids


async def test_in_the_matrix_the_verdict_goes_to_the_row_under_the_cursor(tmp_path: Path) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        matrix = screen.query_one(ClaimsMatrix)
        # Start on a finding the matrix has no row for (a certainty divergence).
        await pilot.press("m")
        await settle(pilot)
        rowless = [f for f in screen.findings if not matrix.has_row(f.id)]
        assert rowless
        await pilot.press("o")
        await settle(pilot)
        screen._select(screen.state.index_of[rowless[0].id])
        await pilot.press("m")
        await settle(pilot)
        assert screen.finding is not None
        assert screen.finding.id == matrix.current_finding
        for _ in range(len(screen.findings)):
            await pilot.press("right_square_bracket")
            assert matrix.has_row(screen.finding.id)
            assert screen.finding.id == matrix.current_finding
        await pilot.press("y")
        await settle(pilot)
        assert matrix.current_finding is not None
        assert screen.review.status(screen.state.findings[screen.index]) == "confirmed"
        assert screen.finding.id == matrix.current_finding


async def test_a_new_filter_moves_off_a_finding_it_hides_even_after_a_verdict(
    tmp_path: Path,
) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        assert screen.finding is not None
        hidden_kind = screen.finding.kind
        await pilot.press("y")  # a verdict keeps the finding listed under "not yet reviewed"...
        await settle(pilot)
        other = next(f.kind for f in screen.findings if f.kind != hidden_kind)
        screen.apply_filter(Filter(kind=other))  # ...but not under a filter that hides it
        await settle(pilot)
        assert screen.finding is not None and screen.finding.kind == other
        assert on_screen(screen) == screen.finding.id
        shown = screen.query_one(FindingsList)
        kinds = {
            screen.findings[screen.state.index_of[option_id]].kind
            for i in range(shown.option_count)
            if (option_id := shown.get_option_at_index(i).id) in screen.state.index_of
        }
        assert kinds == {other}
