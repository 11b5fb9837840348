"""Derived topics are named after what their figures measure and whom they are about (issue 14,
point 9), not after a word their passages share ("semaines", "groupe")."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealview.core.models import Finding, FindingKind, Topic
from dealview.core.pipeline import analyse
from dealview.core.topic_labels import MAX_LABEL, name_derived_topics, subject_parts

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def _finding(kind: FindingKind, subject: str, topic: str = "t1") -> Finding:
    return Finding(
        id=subject,
        key=subject,
        kind=kind,
        topic=topic,
        subject=subject,
        summary="",
        rule="r",
        claims=[],
    )


def test_subject_parts_split_measure_and_names() -> None:
    assert subject_parts("Start date (OpenAI, Oracle)") == ("Start date", ["OpenAI", "Oracle"])
    assert subject_parts("Magnitude") == ("Magnitude", [])


def test_a_topic_is_named_by_its_contradictions_first_then_by_its_names() -> None:
    topics = [Topic(id="t1", label="semaines", origin="derived")]
    findings = [
        _finding("single-source", "Date (Acme)"),
        _finding("single-source", "Revenue (Acme)"),
        _finding("agreement", "Revenue (Acme, Globex)"),
        _finding("contradiction", "Deal value (Acme, Globex)"),
        _finding("contradiction", "Deal value (Acme, Globex)"),
    ]
    name_derived_topics(topics, findings)
    assert topics[0].label == "Deal value, revenue (Acme, Globex)"


def test_vague_measures_name_a_topic_only_when_nothing_else_does() -> None:
    topics = [
        Topic(id="t1", label="groupe", origin="derived"),
        Topic(id="t2", label="semaines", origin="derived"),
    ]
    findings = [
        _finding("contradiction", "Certainty (Acme)"),
        _finding("single-source", "Magnitude"),
        _finding("single-source", "Date", topic="t2"),
    ]
    name_derived_topics(topics, findings)
    assert topics[0].label == "Magnitude (Acme)"
    assert topics[1].label == "Date"


def test_a_users_topic_and_a_topic_without_findings_keep_their_names() -> None:
    topics = [
        Topic(id="t1", label="Montant du contrat", origin="file"),
        Topic(id="t2", label="Stargate · SoftBank", origin="derived"),
    ]
    name_derived_topics(topics, [_finding("contradiction", "Deal value (Acme)")])
    assert [t.label for t in topics] == ["Montant du contrat", "Stargate · SoftBank"]


def test_long_names_are_dropped_before_the_measure_is_cut() -> None:
    topics = [Topic(id="t1", label="x", origin="derived")]
    long_name = "Institut national de géophysique et de volcanologie"
    name_derived_topics(topics, [_finding("agreement", f"Magnitude, depth ({long_name})")])
    assert topics[0].label == "Magnitude, depth"
    assert len(topics[0].label) <= MAX_LABEL


def test_the_development_story_topics_are_named_by_their_measures() -> None:
    folder = EVAL / "dicks-footlocker"
    if not folder.is_dir():
        pytest.skip(f"development story not available at {EVAL}")
    analysis = analyse([folder])
    derived = [t for t in analysis.topics if t.origin == "derived"]
    assert derived
    for topic in derived:
        subjects = {subject_parts(f.subject)[0] for f in analysis.findings if f.topic == topic.id}
        if subjects:
            assert any(topic.label.startswith(s) for s in subjects), topic.label
            assert len(topic.label) <= MAX_LABEL
