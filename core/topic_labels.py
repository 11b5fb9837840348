"""Names of derived topics: what their figures measure and whom they are about.

A topic derived from the articles is first named by the words its passages share ("semaines",
"groupe"), which say little. Once the findings are known, it is named after them instead:
"Deal value, start date (Acme, Borel)", from the subjects the comparison gave its findings.
"""

from __future__ import annotations

from collections import Counter

from .fact_label_words import NOT_A_PART
from .models import Finding, Topic
from .textnorm import fold

KIND_WEIGHT = {"contradiction": 3, "discrepancy": 3, "agreement": 2, "single-source": 1}
"""How much a finding's subject counts towards its topic's name."""
VAGUE_MEASURES = frozenset(
    {
        "Date", "Amount", "Share", "Number", "Percentage", "Count", "Age", "Duration", "Change",
        "After", "Since", "Certainty", "Quote", "Not disclosed", "Yearly amount", "After a date",
        "Before a date", "Since a date", "Multiple",
    }
)  # fmt: skip
"""Subjects that name no measure: used only when a topic has nothing better ("Response of X"
is one too)."""
NOT_A_PARTY = NOT_A_PART | frozenset(
    """
    net gross brut brute nette adjusted total annual yearly monthly per share part
    """.split()
)
"""Common words, never a party's name: a qualifier in parentheses ("Salary (net)", as older
subjects wrote it) is not taken for whom a figure is about."""
MEASURES_SHOWN = 2
NAMES_SHOWN = 2
MAX_LABEL = 48
"""A topic's name fits a list column and a pane header: names are dropped, then the measure is
cut at a word, to keep it within this many characters."""


def subject_parts(subject: str) -> tuple[str, list[str]]:
    """Split a finding's subject into its measure and its names: "Start date (Acme, Borel)"
    gives ("Start date", ["Acme", "Borel"])."""
    if subject.endswith(")") and " (" in subject:
        what, _, who = subject[:-1].rpartition(" (")
        names = [n.strip() for n in who.split(",") if n.strip()]
        if all(_common(n) for n in names):
            return subject.strip(), []  # "Salary (net)": a qualifier, not whom it is about
        return what.strip(), [n for n in names if not _common(n)]
    return subject.strip(), []


def _common(name: str) -> bool:
    """A word of the language rather than a name: written all in lower case ("net"), or a
    common word whatever its case ("Net")."""
    return not any(ch.isupper() or ch.isdigit() for ch in name) or fold(name) in NOT_A_PARTY


def name_derived_topics(topics: list[Topic], findings: list[Finding]) -> None:
    """Name each derived topic after the measures and names of its findings, contradictions
    first; a topic with no finding keeps the words it was derived from."""
    measures: dict[str, Counter[str]] = {t.id: Counter() for t in topics if t.origin == "derived"}
    names: dict[str, Counter[str]] = {tid: Counter() for tid in measures}
    for f in findings:
        if f.topic not in measures:
            continue
        weight = KIND_WEIGHT.get(f.kind, 1)
        what, who = subject_parts(f.subject)
        if what:
            measures[f.topic][what.removesuffix(" per share")] += weight
        for name in who:
            names[f.topic][name] += weight
    for topic in topics:
        if topic.id not in measures or not measures[topic.id]:
            continue
        ranked = [m for m, _n in measures[topic.id].most_common()]
        precise = [m for m in ranked if not _vague(m)] or ranked
        shown = precise[:MEASURES_SHOWN]
        what = ", ".join([shown[0], *(m[:1].lower() + m[1:] for m in shown[1:])])
        who = [n for n, _c in names[topic.id].most_common(NAMES_SHOWN)]
        topic.label = _fitted(what, who)


def _vague(measure: str) -> bool:
    return measure in VAGUE_MEASURES or measure.startswith("Response of ")


def _fitted(what: str, who: list[str]) -> str:
    """ "What (who, who)" within MAX_LABEL characters: the last names go first, then the end of
    the measure, cut at a word with an ellipsis."""
    while who:
        label = f"{what} ({', '.join(who)})"
        if len(label) <= MAX_LABEL:
            return label
        who = who[:-1]
    if len(what) <= MAX_LABEL:
        return what
    cut = what[: MAX_LABEL - 1].rsplit(" ", 1)[0].rstrip(",")
    return f"{cut}…"
