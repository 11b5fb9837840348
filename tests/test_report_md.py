"""The Markdown report as an editor reads it: unresolved discrepancies counted and listed apart
from contradictions, and the words that hedge or assert a figure in italics in its quote."""

from __future__ import annotations

import re

from hand_built import story

from dealview.core.models import Analysis, Claim
from dealview.core.report_md import kind_counts, quote, render_markdown


def _sections(report: str) -> list[str]:
    return re.findall(r"^## (.+)$", report, flags=re.MULTILINE)


def _section(report: str, title: str) -> str:
    body = report.split(f"## {title}\n", 1)[1]
    return body.split("\n## ", 1)[0]


def test_the_first_line_counts_findings_as_the_app_does() -> None:
    # The certainty divergence (filed by the engine as a contradiction) is counted apart, as
    # the app's status line and findings list count it.
    report = render_markdown(story())
    assert report.splitlines()[2] == (
        "0 contradictions, 1 unresolved discrepancy, 1 certainty divergence, 0 agreements, "
        "1 single-source."
    )


def test_no_discrepancy_no_mention_of_them() -> None:
    analysis = story()
    analysis.findings = [f for f in analysis.findings if f.kind != "discrepancy"]
    assert kind_counts(analysis) == (
        "0 contradictions, 1 certainty divergence, 0 agreements, 1 single-source."
    )
    assert "Unresolved discrepancies" not in render_markdown(analysis)


def test_sections_are_the_app_s_groups_in_its_order() -> None:
    report = render_markdown(story())
    sections = _sections(report)
    assert sections == [
        "Sources",
        "Unresolved discrepancies (1)",
        "Certainty (1)",
        "Single-source (1)",
    ]
    unresolved = _section(report, "Unresolved discrepancies (1)")
    # Summaries name sources by label, as the app does; the file name stays beside the quote.
    assert (
        "#### Veltra share move: 2% (Veltra rachète Norhaven) · 2.4% (Veltra agrees Norhaven…, "
        "close)" in unresolved
    )
    assert "a-echos" not in unresolved.split("\n- ", 1)[0]
    assert "Not contradictions" in unresolved
    assert "- **2.4% (close)**" in unresolved
    assert "check who confirmed it" in _section(report, "Certainty (1)")


def test_evidence_quotes_put_the_hedge_and_the_asserting_verb_in_italics() -> None:
    report = render_markdown(story())
    assert (
        "Selon nos informations, le groupe Veltra *aurait conclu* un accord de "
        "**12 milliards d'euros** pour racheter Norhaven." in report
    )
    assert (
        "- **Veltra agrees Norhaven…** (`b-wire`) (stated as fact, “has agreed”): "
        "Veltra *has agreed* a **€12bn** deal"
    ) in report
    assert (
        "- **Veltra rachète Norhaven** (`a-echos`) (hedged, “aurait conclu”): "
        "Selon nos informations"
    ) in report


def _claim(text: str, words: str, cid: str, cue: str | None = None) -> Claim:
    start = text.index(words)
    cue_at = text.index(cue) if cue else 0
    return Claim(
        id=cid,
        article="x",
        start=start,
        end=start + len(words),
        text=words,
        kind="money",
        value=1.0,
        cue=cue,
        cue_start=cue_at if cue else None,
        cue_end=cue_at + len(cue) if cue else None,
        sentence_start=0,
        sentence_end=len(text),
    )


def test_a_cue_across_a_figure_is_cut_around_it_and_never_breaks_the_bold() -> None:
    text = "Orvane aurait versé 3 millions à Kestrel, dit-on."
    claim = _claim(text, "3 millions", "c", cue="aurait versé 3 millions à")
    assert quote(text, [claim]) == "Orvane *aurait versé* **3 millions** *à* Kestrel, dit-on."


def test_a_cue_touching_a_figure_or_holding_markup_stays_readable() -> None:
    text = "Orvane paierait*5 millions_ pour Kestrel."
    claim = _claim(text, "5 millions_", "c", cue="paierait*")
    # Glued to the figure, italics could not be told from the bold: the cue is left plain.
    assert quote(text, [claim]) == r"Orvane paierait\***5 millions\_** pour Kestrel."
    text = "Selon [nos] sources, Orvane paierait 5 millions."
    claim = _claim(text, "5 millions", "c", cue="Selon [nos] sources")
    assert quote(text, [claim]) == r"*Selon \[nos\] sources*, Orvane paierait **5 millions**."


def test_two_figures_sharing_one_cue_italicise_it_once() -> None:
    text = "Orvane aurait payé 5 millions et 6 millions."
    claims = [
        _claim(text, "5 millions", "a", cue="aurait"),
        _claim(text, "6 millions", "b", cue="aurait"),
    ]
    assert quote(text, claims) == "Orvane *aurait* payé **5 millions** et **6 millions**."


def test_every_claim_in_the_report_is_quoted_whole() -> None:
    analysis: Analysis = story()
    report = render_markdown(analysis)
    for finding in analysis.findings:
        for cid in finding.claims:
            assert f"**{analysis.claim(cid).text}**" in report.replace("\\", "")
