"""Compare opened from a finding shows the finding's own sentences (issue 14, helper point 1).

Whatever topic the aligner put them in (or none), `c` and `enter` on a finding bring every
claim of it given by a source whose pane is shown onto the screen, in that source's pane;
a source of the finding left out of the panes is said ("showing 2 of 4", "2 of its 3
sources"); a pane whose source gives no claim of the finding says so.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from apps import new_app, ready, settle, shown_lines

from dealview.core.models import Analysis
from dealview.tui.compare_blocks import compare_blocks
from dealview.tui.finding_evidence import NOT_IN_FINDING, one_row_holds, sentence_spans
from dealview.tui.render import Marks
from dealview.tui.screens.main import MainScreen
from dealview.tui.widgets.compare import HEADER_LINES, CompareView, column_widths

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
MARKS = re.compile(r"[\s✗✓◆≈=?¬…]")


def _flat(text: str) -> str:
    """Text with whitespace and the marks the view inserts taken out (panes wrap lines)."""
    return MARKS.sub("", text)


def _pane_texts(compare: CompareView) -> dict[str, str]:
    """What each pane shows below the pinned header now, as one string per source."""
    lines = shown_lines(compare)[HEADER_LINES:]
    columns = column_widths(compare.scrollable_content_region.width, len(compare.sources_shown))
    texts: dict[str, str] = {}
    left = 0
    for article, width in zip(compare.sources_shown, columns, strict=True):
        texts[article] = " ".join(line[left + 2 : left + width - 1] for line in lines)
        left += width + 1
    return texts


def _story(name: str) -> list[Path] | None:
    if name == "sample":
        return None
    folder = EVAL / name
    if not folder.is_dir():
        pytest.skip(f"development story {name} not available at {EVAL}")
    return [folder]


async def _walk(tmp_path: Path, paths: list[Path] | None, key: str) -> int:
    """Open compare with `key` on every finding in turn; check what each shows. Return how
    many findings needed their own evidence row."""
    app = new_app(tmp_path, paths)
    with_row = 0
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert isinstance(screen, MainScreen)
        analysis = screen.analysis
        compare = screen.query_one(CompareView)
        for index in range(len(screen.findings)):
            await pilot.press("o")
            screen._select(index)
            await pilot.press(key)
            await settle(pilot)
            finding = screen.finding
            assert finding is not None
            assert screen.view == "compare", finding.summary
            assert screen.state.position() in shown_lines(compare)[0]
            claims = [analysis.claim(c) for c in finding.claims]
            shown = set(compare.sources_shown)
            hidden = {c.article for c in claims} - shown
            head = "\n".join(shown_lines(compare)[:HEADER_LINES])
            if hidden:  # the reason a source of the finding is not on screen
                assert f"showing {len(shown)} of {len(analysis.articles)}" in head
            assert "(not in this topic)" not in head, finding.summary
            panes = {a: _flat(t) for a, t in _pane_texts(compare).items()}
            for claim in claims:
                if claim.article in shown:
                    assert _flat(claim.text) in panes[claim.article], (finding.summary, claim)
            if len(compare.blocks) > 1 and compare.blocks[0].current and compare.blocks[1].text:
                with_row += 1
                note = compare.blocks[1].text.plain
                assert "the finding's sentences" in note
                if hidden:
                    assert f"{len(shown & {c.article for c in claims})} of its" in note
                silent = [a for a in shown if all(c.article != a for c in claims)]
                for article in silent:  # a pane of a source the finding does not rest on
                    assert _flat(NOT_IN_FINDING.plain) in panes[article]
    return with_row


@pytest.mark.parametrize(
    ("story", "key"),
    [("sample", "c"), ("sample", "enter"), ("dicks-footlocker", "c"), ("mbappe-real", "c")],
)
async def test_compare_shows_every_findings_own_sentences(
    tmp_path: Path, story: str, key: str
) -> None:
    rows = await _walk(tmp_path, _story(story), key)
    assert rows > 0  # the stories hold findings the aligned rows alone do not show


async def test_enter_opens_compare_for_a_finding_without_a_topic(tmp_path: Path) -> None:
    paths = _story("dicks-footlocker")
    app = new_app(tmp_path, paths)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        analysis = screen.analysis
        index = next(
            n
            for n, f in enumerate(screen.findings)
            if all(analysis.claim(c).topic is None for c in f.claims)
        )
        screen._select(index)
        await pilot.press("enter")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        lines = shown_lines(compare)
        assert screen.view == "compare"  # no longer the reader
        assert "no topic" in lines[1]
        note = compare.blocks[1].text
        assert note is not None and "no topic holds them" in note.plain
        assert "the finding's sentences" in " ".join(lines)


def test_the_evidence_row_comes_first_only_when_no_row_holds_the_finding(
    sample: Analysis,
) -> None:
    marks = Marks.of(sample)
    ids = [a.id for a in sample.articles]
    held = needed = 0
    for finding in sample.findings:
        claims = [sample.claim(c) for c in finding.claims]
        topic = claims[0].topic
        rows = [r for r in sample.alignment if r.topic == topic]
        blocks = compare_blocks(
            sample, topic, ids, marks.on(finding), set(finding.claims), False, evidence=True
        )
        if one_row_holds(rows, claims, ids):
            held += 1
            assert not any(b.cells and b.cells[0].key and b.cells[0].key[1] == -1 for b in blocks)
        else:
            needed += 1
            assert blocks[0].current and blocks[1].text is not None
            for article, cell in zip(ids, blocks[0].cells, strict=True):
                own = [c for c in claims if c.article == article]
                assert cell.content is not None
                if not own:
                    assert cell.content.plain == NOT_IN_FINDING.plain
                for claim in own:
                    assert claim.text in cell.content.plain
    assert held and needed


def test_sentences_of_one_article_are_merged_in_reading_order(sample: Analysis) -> None:
    claims = sorted(sample.claims_of(sample.articles[0].id)[:6], key=lambda c: -c.start)
    spans = sentence_spans(claims)
    assert spans == sorted(spans)
    assert all(a[1] < b[0] for a, b in pairwise(spans))
    for claim in claims:
        assert any(s <= claim.start < e for s, e in spans)


async def test_stepping_through_findings_in_the_reader_stays_in_the_reader(
    tmp_path: Path,
) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("r")
        for _ in range(4):
            before = screen.finding
            await pilot.press("right_square_bracket")
            await settle(pilot)
            assert screen.view == "reader" and screen.finding is not before
        await pilot.press("enter")  # the evidence: side by side
        await settle(pilot)
        assert screen.view == "compare"
