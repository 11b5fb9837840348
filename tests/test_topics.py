"""Topics from a file, and topics derived when there is none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dealview.core.models import Analysis
from dealview.core.pipeline import analyse, sample_dir
from dealview.core.topics import TopicsFileError, load_topics


def test_topics_file_with_labels_per_language(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(
        '[[topic]]\nid = "x"\nlabel = { en = "Energy", fr = "Énergie" }\n'
        'keywords = ["gigawatt*"]\n',
        encoding="utf-8",
    )
    (spec,) = load_topics(path)
    assert spec.label_for("fr") == "Énergie" and spec.label_for("de") == "Energy"
    assert spec.pattern is not None and spec.pattern.search("4,5 gigawatts")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not toml [", "not a valid TOML file"),
        ("x = 1", "no [[topic]] entries"),
        ("[[topic]]\nid='a'", "needs a label"),
    ],
)
def test_bad_topics_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "t.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TopicsFileError, match=re.escape(message)):
        load_topics(path)


def test_claims_take_the_topic_of_their_sentence(sample: Analysis) -> None:
    broadcom = next(c for c in sample.claims if c.kind == "money" and c.value == 1e10)
    contract = [c for c in sample.claims if c.kind == "money" and c.value == 3e11]
    assert {c.topic for c in contract} == {"deal-size"}
    assert broadcom.topic != "deal-size"


def test_topics_are_derived_without_a_file(tmp_path: Path) -> None:
    for f in sample_dir().glob("*.txt"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    derived = analyse([tmp_path])
    assert derived.topics and all(t.origin == "derived" for t in derived.topics)
    assert all(t.label and len({p.article for p in t.passages}) >= 2 for t in derived.topics)
    # Derived topics are named after what their findings measure and whom they are about.
    labels = [t.label for t in derived.topics]
    assert any(label.startswith("Start date") and "(OpenAI, Oracle)" in label for label in labels)
    # The findings that matter survive without the user's topics.
    rules = {f.rule for f in derived.findings if f.kind == "contradiction"}
    assert "certainty-divergence" in rules
