"""Marks that mean what the legend says (issue 14 point 3): every claim of the finding on screen
is marked by its role in that finding, certainty divergences are a group of their own, the
legend names every mark and the status counts read in words when there is room."""

from __future__ import annotations

from pathlib import Path

from apps import new_app, ready, settle, shown_lines
from hand_built import HandBuiltApp, story
from textual.content import Content
from textual.widgets import Static

from dealview.core.models import (
    AlignedRow,
    Analysis,
    Article,
    Claim,
    Finding,
    FindingValue,
    Topic,
    TopicPassage,
)
from dealview.core.review import no_verdict
from dealview.tui.compare_blocks import CellKey, compare_blocks
from dealview.tui.kinds import shown_kind
from dealview.tui.render import SYMBOLS, Marks, highlight, roles_in
from dealview.tui.widgets.compare import CompareView
from dealview.tui.widgets.detail import FindingDetail, render_finding
from dealview.tui.widgets.findings import FindingsList
from dealview.tui.widgets.legend import Legend, counts_text, legend
from dealview.tui.widgets.matrix import ClaimsMatrix

TEXT = "Acme paie 300 millions et Durand 20 millions."


def _claim(cid: str, words: str, hedged: bool = False) -> Claim:
    start = TEXT.index(words)
    return Claim(
        id=cid,
        article="x",
        start=start,
        end=start + len(words),
        text=words,
        kind="money",
        value=1.0,
        hedged=hedged,
        sentence_end=len(TEXT),
    )


def _finding(fid: str, kind: str, claims: list[str], rule: str = "r", **kw: object) -> Finding:
    return Finding(
        id=fid,
        kind=kind,  # type: ignore[arg-type]
        topic=None,
        subject="s",
        summary="s",
        rule=rule,
        claims=claims,
        **kw,  # type: ignore[arg-type]
    )


def _analysis(findings: list[Finding]) -> Analysis:
    art = Article(id="x", path="x.txt", title="x", language="fr", encoding="utf-8", text=TEXT)
    claims = [_claim("c1", "300 millions"), _claim("c2", "20 millions", hedged=True)]
    return Analysis(articles=[art], claims=claims, findings=findings)


def test_an_agreed_value_is_marked_agreed_in_its_agreement_though_contradicted_elsewhere() -> None:
    agreement = _finding("f1", "agreement", ["c1"])
    contradiction = _finding("f2", "contradiction", ["c1"])
    analysis = _analysis([contradiction, agreement])
    marks = Marks.of(analysis)
    art, claims = analysis.articles[0], analysis.claims
    # Shown for the agreement: ✓, not the ✗ of the other finding.
    shown = highlight(art, 0, len(TEXT), claims[:1], marks.on(agreement), {"c1"})
    assert "✓300 millions" in shown.plain and "✗" not in shown.plain
    # Shown for the contradiction: ✗.
    shown = highlight(art, 0, len(TEXT), claims[:1], marks.on(contradiction), {"c1"})
    assert "✗300 millions" in shown.plain
    # With no finding on screen, its most important finding (drawn faint, not as the current).
    shown = highlight(art, 0, len(TEXT), claims[:1], marks.on(None), set())
    assert "✗300 millions" in shown.plain


def test_a_certainty_divergence_marks_hedged_and_stated_claims_never_x_or_diamond() -> None:
    certainty = _finding(
        "f1",
        "contradiction",
        ["c1", "c2"],
        rule="certainty-divergence",
        values=[
            FindingValue(display="stated as fact", articles=["x"], claims=["c1"]),
            FindingValue(display="hedged", articles=["x"], claims=["c2"], hedged=["x"]),
        ],
    )
    single = _finding("f2", "single-source", ["c1"])
    analysis = _analysis([certainty, single])
    assert shown_kind(certainty) == "certainty"
    assert roles_in(certainty) == {"c1": "stated", "c2": "hedged"}
    marks = Marks.of(analysis).on(certainty)
    shown = highlight(analysis.articles[0], 0, len(TEXT), analysis.claims, marks, {"c1", "c2"})
    assert "=300 millions" in shown.plain and "≈20 millions" in shown.plain
    assert "✗" not in shown.plain and "◆" not in shown.plain and "≈≈" not in shown.plain


def test_claims_of_the_finding_on_screen_are_drawn_apart_from_the_others() -> None:
    agreement = _finding("f1", "agreement", ["c1"])
    other = _finding("f2", "single-source", ["c2"])
    analysis = _analysis([agreement, other])
    marks = Marks.of(analysis).on(agreement)
    shown = highlight(analysis.articles[0], 0, len(TEXT), analysis.claims, marks, {"c1"})
    styles = {str(span.style) for span in shown.spans}
    assert any(" on " in s for s in styles)  # the finding shown: on its colour
    # The other finding's claim is in colour on no background.
    at = shown.plain.index("◆")
    faint = [str(s.style) for s in shown.spans if s.start <= at < s.end]
    assert faint and all(" on " not in s for s in faint)


def test_the_evidence_marks_only_the_findings_own_claims() -> None:
    agreement = _finding("f1", "agreement", ["c1"], values=[])
    agreement.values.append(FindingValue(display="300", articles=["x"], claims=["c1"]))
    other = _finding("f2", "contradiction", ["c2"])
    analysis = _analysis([agreement, other])
    text = render_finding(analysis, agreement, Marks.of(analysis), no_verdict()).plain
    assert "✓300 millions" in text
    assert "20 millions" in text and "✗≈20 millions" not in text


def test_the_legend_names_every_mark_and_fits_the_width() -> None:
    for width in (200, 120, 80, 78):
        line = legend(width).plain
        assert len(line) <= width
        for mark in ("✗", "?", "≈", "=", "✓", "◆", "☑", "☒", "⚑"):
            assert mark in line, (width, mark)
    assert "contradiction" in legend(200).plain and "stated as fact" in legend(200).plain
    assert len(legend(30).plain) <= 30


def test_counts_read_in_words_when_there_is_room() -> None:
    counts = {"contradiction": 3, "agreement": 7, "single-source": 11}
    assert counts_text(counts, 80) == "3 contradictions · 7 agreements · 11 single"
    assert counts_text(counts, 20) == "✗3 ✓7 ◆11"
    one = {"contradiction": 1, "certainty": 2, "discrepancy": 1, "agreement": 1}
    assert counts_text(one, 100) == (
        "1 contradiction · 1 unresolved · 2 certainty · 1 agreement · 0 single"
    )
    assert counts_text(one, 10) == "✗1 ?1 ≈2 ✓1 ◆0"


# --- in the app ---------------------------------------------------------------------------------


async def test_certainty_divergences_are_listed_apart_under_their_own_heading(
    tmp_path: Path,
) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        listing = [line.strip() for line in shown_lines(screen.query_one(FindingsList))]
        assert "≈ Certainty (1)" in listing
        assert not any(line.startswith("✗ Contradictions") for line in listing)
        certainty = listing.index("≈ Certainty (1)")
        assert listing[certainty + 1].startswith("≈")
        assert "Stated as fact in 1 source" in listing[certainty + 1]
        unresolved = listing.index("? Unresolved discrepancies (1)")
        assert listing[unresolved + 1].startswith("?")


async def test_the_screen_shows_a_legend_of_the_marks(tmp_path: Path) -> None:
    for size in ((80, 24), (120, 40)):
        app = new_app(tmp_path)
        async with app.run_test(size=size) as pilot:
            screen = await ready(pilot)
            line = shown_lines(screen.query_one(Legend))[0]
            for mark in ("✗", "?", "≈", "=", "✓", "◆", "☑", "☒", "⚑"):
                assert mark in line, (size, mark)
            assert "…" not in line


async def test_the_certainty_evidence_marks_each_source_by_its_role(tmp_path: Path) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.press("down")  # the certainty divergence
        await settle(pilot)
        finding = screen.finding
        assert finding is not None and shown_kind(finding) == "certainty"
        text = " ".join(" ".join(shown_lines(screen.query_one(FindingDetail))).split())
        assert text.startswith(f"{SYMBOLS['certainty']} certainty divergence")
        assert "=€12bn" in text and "≈12 milliards" in text
        assert "✗" not in text and "◆" not in text
        status = str(screen.query_one("#status", Static).content)
        assert "certainty 1 / 1" in status


async def test_the_status_counts_read_in_words_on_a_wide_screen(tmp_path: Path) -> None:
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(200, 40)) as pilot:
        screen = await ready(pilot)
        status = str(screen.query_one("#status", Static).content)
        assert "0 contradictions · 1 unresolved · 1 certainty · 0 agreements · 1 single" in status
    app = HandBuiltApp(story(), tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        status = str(screen.query_one("#status", Static).content)
        assert "✗0 ?1 ≈1 ✓0 ◆1" in status  # the legend names the symbols


async def test_the_list_and_the_evidence_say_when_sources_share_one_origin(
    tmp_path: Path,
) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        listing = " ".join(" ".join(shown_lines(screen.query_one(FindingsList))).split())
        assert "$300bn in 4 sources · 3 of 4 credit Wall Street Journal" in listing
        deal = next(f for f in screen.findings if f.summary.startswith("Deal value (OpenAI"))
        screen.query_one(FindingsList).select_finding(deal.id)
        await settle(pilot)
        text = " ".join(" ".join(shown_lines(screen.query_one(FindingDetail))).split())
        assert "⚠ 4 sources, 3 of them credit Wall Street Journal" in text
        # Each source by its label, its file name beside it, and whom it credits.
        assert "La course pour dominer… · 002_bd2e6556c4060397" in text
        assert "· credits Wall Street Journal" in text


async def test_compare_marks_the_agreement_shown_as_agreed_and_other_findings_faint(
    tmp_path: Path,
) -> None:
    app = new_app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await ready(pilot)
        deal = next(f for f in screen.findings if f.summary.startswith("Deal value (OpenAI"))
        screen.query_one(FindingsList).select_finding(deal.id)
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        compare = screen.query_one(CompareView)
        text = " ".join(" ".join(shown_lines(compare)).split())
        # The $300bn of the agreement on screen is ✓ in it, though a contradiction uses it too.
        assert "✓300 milliards" in text and "✗300 milliards" not in text
        # A claim of another finding keeps its own mark, drawn on no background.
        faint = [
            segment.style
            for y in range(compare.scrollable_content_region.height)
            for segment in compare.render_line(y)
            if segment.text.startswith("✗") and segment.style is not None
        ]
        assert faint, "a contradiction's claim is in sight"
        assert all(s.bgcolor is None or s.bgcolor.name != "#9b1c1c" for s in faint)


async def test_an_html_page_is_named_by_its_outlet_and_its_twin_told_apart(
    tmp_path: Path,
) -> None:
    story = tmp_path / "story"
    story.mkdir()
    body = (
        "<p>OpenAI a conclu un accord d'une valeur de {} milliards de dollars avec Oracle, "
        "prévu pour s'étendre sur cinq ans à partir de 2027, selon le Wall Street Journal. "
        "Le contrat porte sur 4,5 gigawatts de capacité de calcul.</p><p>Oracle n'a pas "
        "souhaité commenter. L'action a bondi de 36 % mercredi à la Bourse de New York.</p>"
    )
    for name, amount in (("a", 300), ("b", 30)):
        (story / f"{name}.html").write_text(
            '<html><head><title>Oracle</title><meta property="og:site_name" '
            'content="&lt;b&gt;Le Monde&lt;/b&gt;\x07"></head><body><article><h1>Oracle '
            "signe un contrat "
            f"géant</h1>{body.format(amount)}</article></body></html>",
            encoding="utf-8",
        )
    app = new_app(tmp_path, paths=[story])
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("m")
        await settle(pilot)
        header = shown_lines(screen.query_one(ClaimsMatrix))[0]
        assert "Le Monde" in header and "Le Monde (2)" in header  # twins told apart
        assert "<b>" not in header and "\x07" not in header  # untrusted: no markup, no BEL
        await pilot.press("r", "2")
        await settle(pilot)
        head = str(screen.query_one("#reader-head", Static).content)
        assert head.startswith("b ") and "outlet Le Monde" in head  # the file name, and why


def test_a_compare_cell_is_restyled_when_the_same_claims_play_another_role() -> None:
    agreement = _finding("f1", "agreement", ["c1"])
    single = _finding("f2", "single-source", ["c1"])
    analysis = _analysis([agreement, single])
    passage = TopicPassage(article="x", start=0, end=len(TEXT))
    analysis.topics = [Topic(id="t", label="t", passages=[passage])]
    analysis.alignment = [AlignedRow(topic="t", cells={"x": passage}, score=100)]
    marks = Marks.of(analysis)
    memo: dict[CellKey, Content] = {}

    def cell(finding: Finding) -> str:
        blocks = compare_blocks(analysis, "t", ["x"], marks.on(finding), {"c1"}, False, memo=memo)
        content = blocks[0].cells[0].content
        assert content is not None
        return content.plain

    assert "✓300 millions" in cell(agreement)
    assert "◆300 millions" in cell(single)  # not the agreement's cell, kept in the memo
    assert "✓300 millions" in cell(agreement)
