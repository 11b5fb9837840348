"""What the app shows of issue 12's output, on a story built by hand (tests/hand_built.py):
unresolved discrepancies kept apart from contradictions, the words that hedge or assert a
claim marked as evidence, and what the engine compared the claims by."""

from __future__ import annotations

from pathlib import Path

import pytest
from apps import ready, settle, shown_lines
from hand_built import HandBuiltApp, story
from textual.widget import Widget
from textual.widgets import Static

from dealview.core.models import Analysis, Article, Claim
from dealview.tui import cli
from dealview.tui.facts import compared_as
from dealview.tui.render import CUE_SYMBOLS, HEDGED_SYMBOL, Marks, highlight
from dealview.tui.screens.help import HelpScreen
from dealview.tui.widgets.compare import CompareView
from dealview.tui.widgets.detail import FindingDetail
from dealview.tui.widgets.findings import FindingsList
from dealview.tui.widgets.matrix import ClaimsMatrix
from dealview.tui.widgets.reader import ReaderView


def underlined(widget: Widget, text: str) -> bool:
    """Whether `text` is drawn underlined on some line the widget shows."""
    for y in range(widget.scrollable_content_region.height):
        line = widget.render_line(y)
        if text not in line.text:
            continue
        drawn = "".join(s.text for s in line if s.style is not None and s.style.underline)
        if text in drawn:
            return True
    return False


def joined(widget: Widget) -> str:
    return " ".join(" ".join(shown_lines(widget)).split())


# --- findings list, status bar, keys ---------------------------------------------------------


async def test_discrepancies_are_listed_apart_and_counted_with_their_own_symbol(
    tmp_path: Path,
) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        listing = shown_lines(screen.query_one(FindingsList))
        headings = [line.strip() for line in listing if line.strip()[:1] in "✗?≈✓◆"]
        # The story's one contradiction is a certainty divergence: listed apart (issue 14).
        assert headings[0].startswith("? Unresolved discrepancies (1)")
        assert "≈ Certainty (1)" in headings
        unresolved = next(n for n, line in enumerate(listing) if "Unresolved discrepancies" in line)
        assert listing[unresolved].strip() == "? Unresolved discrepancies (1)"
        assert "Veltra share move" in listing[unresolved + 1]
        # Not under the contradictions' heading: the share move comes after its own heading.
        first = next(n for n, line in enumerate(listing) if "Veltra share move" in line)
        assert first > unresolved
        status = str(screen.query_one("#status", Static).content)
        assert "✗0 ?1 ≈1 ✓0 ◆1" in status  # in words when the screen is wide (tests/test_marks.py)


async def test_the_contradiction_keys_never_stop_on_a_discrepancy(tmp_path: Path) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket")  # the certainty divergence, after the ?
        await settle(pilot)
        assert screen.finding is not None and screen.finding.rule == "certainty-divergence"
        for key in ("n", "n", "N", "N"):  # no ✗ in this story: n and N stay where they are
            await pilot.press(key)
            await settle(pilot)
            assert screen.finding is not None, key
            assert screen.finding.rule == "certainty-divergence", key
        await pilot.press("left_square_bracket")  # [ does reach it, in the list's order
        await settle(pilot)
        assert screen.finding is not None and screen.finding.kind == "discrepancy"
        status = str(screen.query_one("#status", Static).content)
        assert "discrepancy 1 / 1" in status


async def test_the_evidence_of_a_discrepancy_never_calls_it_a_contradiction(
    tmp_path: Path,
) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        shown = joined(screen.query_one(FindingDetail))  # the first finding of the list
        assert shown.startswith("? unresolved discrepancy Veltra share move")
        assert "contradiction" not in shown
        assert "compared as share price · Veltra · session close / not given" in shown
        for value in ("2%", "2.4% (close)", "3.1%"):
            assert f"■ {value}" in shown


async def test_the_matrix_marks_a_discrepancys_values_with_its_symbol(tmp_path: Path) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.press("m")
        await settle(pilot)
        lines = shown_lines(screen.query_one(ClaimsMatrix))
        row = next(line for line in lines if "Share move" in line)
        assert "?2%" in row.replace(" ", "") and "?3.1%" in row.replace(" ", "")


async def test_the_help_names_the_discrepancy_and_the_cue_marks(tmp_path: Path) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(s.content) for s in app.screen.query(Static))
        assert "? unresolved discrepancy" in text
        assert "next / previous contradiction (✗ only)" in text
        assert "underlined: words that hedge (≈), assert (=) or deny (¬)" in text


def test_the_plain_summary_counts_the_discrepancies_apart(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "_analyse", lambda *args: story())
    assert cli.main(["--summary"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "3 articles, 3 findings: 0 contradictions, 1 unresolved discrepancy, "
        "1 certainty divergence, 0 agreements, 1 single-source."
    )
    assert any(line.startswith("unresolved discrepancy Veltra share move") for line in lines)


# --- the words that set a claim's certainty ----------------------------------------------------


async def test_the_certainty_evidence_marks_the_hedge_and_the_asserting_verb(
    tmp_path: Path,
) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.press("down")  # the certainty divergence
        await settle(pilot)
        detail = screen.query_one(FindingDetail)
        shown = joined(detail)
        assert "compared as deal value · Veltra, Norhaven" in shown
        assert "Veltra agrees Norhaven… · b-wire (= stated as fact “has agreed”)" in shown
        assert "Veltra =has agreed a =€12bn deal" in shown  # its role: stated as fact
        assert "Veltra rachète Norhaven · a-echos (≈ hedged “aurait conclu”)" in shown
        assert "le groupe Veltra ≈aurait conclu un accord de ≈12 milliards d'euros" in shown
        assert underlined(detail, "≈aurait conclu") and underlined(detail, "=has agreed")
        assert not underlined(detail, "Selon nos informations")


async def test_compare_and_reader_mark_the_cues_of_the_finding_shown_only(
    tmp_path: Path,
) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.press("down", "enter")  # the certainty finding, its sources side by side
        await settle(pilot)
        compare = screen.query_one(CompareView)
        assert screen.view == "compare"
        shown = joined(compare)
        assert "≈aurait" in shown and "=has agreed" in shown
        assert underlined(compare, "=has agreed")
        await pilot.press("r", "1")  # the French source in full
        await settle(pilot)
        body = screen.query_one(ReaderView).query_one("#reader-body", Static)
        assert "le groupe Veltra ≈aurait conclu un accord" in str(body.content)
        await pilot.press("o", "down", "r", "1")  # another finding: its claims carry no cue
        await settle(pilot)
        assert "Veltra aurait conclu" in str(body.content)


# --- highlight: cue spans never break the text --------------------------------------------------


def _article(text: str) -> Article:
    return Article(id="x", path="x.txt", title="x", language="fr", encoding="utf-8", text=text)


def _figure(text: str, words: str, cid: str, cue: str | None = None, **fields: object) -> Claim:
    start = text.index(words)
    cue_at = text.index(cue) if cue else None
    return Claim(
        id=cid,
        article="x",
        start=start,
        end=start + len(words),
        text=words,
        kind="money",
        value=1.0,
        cue=cue,
        cue_start=cue_at,
        cue_end=None if cue_at is None or cue is None else cue_at + len(cue),
        **fields,  # type: ignore[arg-type]
    )


def _marks(*ids: str) -> Marks:
    return Marks({cid: "contradiction" for cid in ids})


def test_a_cue_across_another_claim_keeps_every_character_in_place() -> None:
    text = "Le groupe aurait versé 3 millions puis 4 millions, selon la presse."
    hedged = _figure(text, "4 millions", "c2", cue="aurait versé 3 millions puis", hedged=True)
    other = _figure(text, "3 millions", "c1")
    art = _article(text)
    for current in ({"c2"}, {"c1", "c2"}, set()):
        shown = highlight(art, 0, len(text), [other, hedged], _marks("c1", "c2"), current)
        # Removing the marks gives the text back, whatever overlaps.
        plain = shown.plain
        for mark in ("✗", HEDGED_SYMBOL, CUE_SYMBOLS["assert"]):
            plain = plain.replace(mark, "")
        assert plain == text
    shown = highlight(art, 0, len(text), [other, hedged], _marks("c1", "c2"), {"c2"})
    assert shown.plain.startswith("Le groupe ≈aurait versé ✗3 millions puis ✗≈4 millions")


def test_cues_shared_outside_or_cut_by_the_slice_are_shown_once_or_not_at_all() -> None:
    text = "Selon nos informations, Orvane aurait payé 5 millions et 6 millions."
    a = _figure(text, "5 millions", "a", cue="Selon nos informations", hedged=True)
    b = _figure(text, "6 millions", "b", cue="Selon nos informations", hedged=True)
    art = _article(text)
    whole = highlight(art, 0, len(text), [a, b], _marks("a", "b"), {"a", "b"})
    assert whole.plain.count(HEDGED_SYMBOL + "Selon") == 1
    start = text.index("Orvane")  # the cue lies before the slice shown
    part = highlight(art, start, len(text), [a, b], _marks("a", "b"), {"a", "b"})
    assert part.plain.startswith("Orvane aurait payé ✗≈5 millions")
    # A cue beyond the text (offsets the engine got wrong) is dropped, never a crash.
    wrong = a.model_copy(update={"cue_start": len(text) + 5, "cue_end": len(text) + 9})
    assert "✗≈5 millions" in highlight(art, 0, len(text), [wrong], _marks("a"), {"a"}).plain


def test_control_characters_in_a_cue_stay_visible_text_never_markup() -> None:
    text = "Il [bold]aurait\x1b[31m versé 7 millions."
    claim = _figure(text, "7 millions", "c", cue="[bold]aurait\x1b[31m", hedged=True)
    shown = highlight(_article(text), 0, len(text), [claim], _marks("c"), {"c"})
    assert "[bold]aurait" in shown.plain and "\x1b" not in shown.plain
    assert len(shown.plain) == len(text) + len("≈") + len("✗≈")


def test_compared_as_lists_what_each_claim_was_keyed_by() -> None:
    analysis: Analysis = story()
    certainty, discrepancy, single = analysis.findings
    assert compared_as(analysis, certainty) == "deal value · Veltra, Norhaven"
    assert compared_as(analysis, discrepancy) == (
        "share price · Veltra · session close / not given"
    )
    assert compared_as(analysis, single) is None  # no fact key: no line
