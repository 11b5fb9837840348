"""A small story built by hand, so that the app and the report can be tested on what the engine
will emit (an unresolved discrepancy, claims with the span of their hedge or asserting verb,
fact keys) without depending on the engine's output.

Three sources: a French one that reports a deal in the conditional ("aurait conclu") and a
share move without its session, an English one that states both (the move at the close), and
a third that gives another move without its session.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dealview.core.models import (
    AlignedRow,
    Analysis,
    Article,
    Claim,
    FactKey,
    Finding,
    FindingValue,
    Passage,
    Topic,
    TopicPassage,
)
from dealview.tui import app as app_module
from dealview.tui.app import DealviewApp

TEXTS = {
    "a-echos": (
        "Veltra rachète Norhaven",
        "Selon nos informations, le groupe Veltra aurait conclu un accord de 12 milliards "
        "d'euros pour racheter Norhaven. Lundi, l'action Veltra a gagné 2 % à Paris.",
    ),
    "b-wire": (
        "Veltra agrees Norhaven deal",
        "Veltra has agreed a €12bn deal to buy Norhaven, the company said on Monday. "
        "Veltra shares closed up 2.4% in Paris.",
    ),
    "c-blog": (
        "Veltra jumps",
        "Investors cheered: Veltra stock rose 3.1% on Monday, the best day in a year.",
    ),
}


LANGUAGES = {"a-echos": "fr", "b-wire": "en", "c-blog": "en"}


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", at)
    return start, len(text) if end < 0 else end + 1


def _claim(article: str, cid: str, words: str, kind: str, **fields: Any) -> Claim:
    text = TEXTS[article][1]
    start, end = _span(text, words)
    s, e = _sentence(text, start)
    cue = fields.pop("cue_words", None)
    if cue is not None:
        fields["cue"] = cue
        fields["cue_start"], fields["cue_end"] = _span(text, cue, s)
    return Claim(
        id=f"{article}:{cid}",
        article=article,
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,  # type: ignore[arg-type]
        sentence_start=s,
        sentence_end=e,
        topic="deal",
        **fields,
    )


def _organisation(article: str, cid: str, name: str, after: int = 0) -> Claim:
    text = TEXTS[article][1]
    start, end = _span(text, name, after)
    s, e = _sentence(text, start)
    return Claim(
        id=f"{article}:{cid}",
        article=article,
        start=start,
        end=end,
        text=name,
        kind="organisation",
        value=name.lower(),
        display=name,
        sentence_start=s,
        sentence_end=e,
    )


def story() -> Analysis:
    """The hand-built analysis: a certainty divergence (a contradiction by its rule), an
    unresolved discrepancy on the share move, and a single-source figure."""
    deal = FactKey(entity=["veltra", "norhaven"], entity_from="named", frame="deal_value")
    move = FactKey(entity=["veltra"], entity_from="anaphor", frame="share_price")
    close = FactKey(entity=["veltra"], entity_from="named", frame="share_price", session="close")
    claims = [
        _organisation("a-echos", "o1", "Veltra"),
        _claim(
            "a-echos",
            "c1",
            "12 milliards d'euros",
            "money",
            value=12e9,
            unit="EUR",
            display="€12bn",
            hedged=True,
            status="hedged",
            cue_words="aurait conclu",
            fact=deal,
        ),
        _claim(
            "a-echos",
            "c2",
            "2 %",
            "percentage",
            value=2.0,
            unit="%",
            display="2%",
            sign=1,
            fact=move,
        ),
        _organisation("a-echos", "o2", "Norhaven"),
        _organisation("b-wire", "o1", "Veltra"),
        _organisation("b-wire", "o2", "Norhaven"),
        _claim(
            "b-wire",
            "c1",
            "€12bn",
            "money",
            value=12e9,
            unit="EUR",
            display="€12bn",
            cue_words="has agreed",
            fact=deal,
        ),
        _claim(
            "b-wire",
            "c2",
            "2.4%",
            "percentage",
            value=2.4,
            unit="%",
            display="2.4%",
            sign=1,
            fact=close,
        ),
        _organisation("c-blog", "o1", "Veltra"),
        _claim(
            "c-blog",
            "c1",
            "3.1%",
            "percentage",
            value=3.1,
            unit="%",
            display="3.1%",
            sign=1,
            fact=move,
        ),
        _claim("c-blog", "c2", "a year", "duration", value=1.0, unit="year", display="1 year"),
    ]
    articles = [
        Article(
            id=a,
            path=f"{a}.txt",
            title=title,
            language=LANGUAGES[a],
            encoding="utf-8",
            text=text,
        )
        for a, (title, text) in TEXTS.items()
    ]
    findings = [
        Finding(
            id="f0",
            kind="contradiction",
            topic="deal",
            subject="Deal value",
            summary="Stated as fact in 1 source, reported as unconfirmed in 1: deal €12bn",
            rule="certainty-divergence",
            explanation="Some sources assert as done what others report in the conditional.",
            claims=["b-wire:c1", "a-echos:c1"],
            values=[
                FindingValue(display="stated as fact", articles=["b-wire"], claims=["b-wire:c1"]),
                FindingValue(
                    display="hedged (aurait conclu)",
                    articles=["a-echos"],
                    claims=["a-echos:c1"],
                    hedged=["a-echos"],
                ),
            ],
        ),
        Finding(
            id="f1",
            kind="discrepancy",
            topic="deal",
            subject="Share move (Veltra)",
            summary="Veltra share move: 2% (a-echos) · 2.4% (b-wire, close) · 3.1% (c-blog); "
            "timing not given by a-echos and c-blog",
            rule="unresolved-qualifier",
            explanation="The values differ, but not every source says which session it gives.",
            claims=["a-echos:c2", "b-wire:c2", "c-blog:c1"],
            values=[
                FindingValue(display="2%", articles=["a-echos"], claims=["a-echos:c2"]),
                FindingValue(display="2.4% (close)", articles=["b-wire"], claims=["b-wire:c2"]),
                FindingValue(display="3.1%", articles=["c-blog"], claims=["c-blog:c1"]),
            ],
        ),
        Finding(
            id="f2",
            kind="single-source",
            topic="deal",
            subject="Duration",
            summary="Duration: 1 year, only in c-blog",
            rule="single-source",
            claims=["c-blog:c2"],
            values=[FindingValue(display="1 year", articles=["c-blog"], claims=["c-blog:c2"])],
        ),
    ]
    whole = {a.id: TopicPassage(article=a.id, start=0, end=len(a.text)) for a in articles}
    return Analysis(
        articles=articles,
        passages=[
            Passage(id=f"{a.id}:p0", article=a.id, start=0, end=len(a.text), kind="paragraph")
            for a in articles
        ],
        claims=claims,
        topics=[Topic(id="deal", label="The deal", passages=list(whole.values()))],
        alignment=[AlignedRow(topic="deal", cells=dict(whole), score=80.0)],
        findings=findings,
    )


class HandBuiltApp(DealviewApp):
    """The app on a given analysis (no articles read, nothing analysed)."""

    CSS_PATH = str(Path(app_module.__file__).parent / DealviewApp.CSS_PATH)  # type: ignore[arg-type]

    def __init__(self, analysis: Analysis, tmp: Path) -> None:
        self._given = analysis
        super().__init__(review=tmp / "review.json", data_dir=tmp / "data", cache_dir=tmp / "c")

    def _preload(self) -> tuple[Analysis, Any, Path | None, list[str]]:
        return (self._given, *self._open_review(self._given))
