"""A topics file that would steer the analysis wrongly is refused with one line naming the
problem: an id that is not text, two topics with one id, a keyword that matches everything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dealview.core.topics import TopicsFileError, load_topics

GOOD = """
[[topic]]
id = "montant"
label = { fr = "Montant", en = "Amount" }
keywords = ["milliard*", "billion*", "investissement"]

[[topic]]
id = "emplois"
label = "Jobs"
keywords = ["emploi*", "jobs", "postes"]
"""
ARTICLE = (
    "Le groupe investira 12 milliards d'euros dans trois usines, a annoncé mardi son "
    "directeur financier. Le projet doit créer 4 000 emplois d'ici 2030, selon la région.\n"
)

BAD = {
    "list id": (
        GOOD.replace('id = "emplois"', 'id = ["emplois", "postes"]'),
        "topic 2 has an id that is a list",
    ),
    "duplicate id": (
        GOOD.replace('id = "emplois"', 'id = "montant"'),
        "topic 2 has the id 'montant', already that of topic 1",
    ),
    "duplicate label, no ids": (
        '[[topic]]\nlabel = "Jobs"\nkeywords = ["emploi*"]\n'
        '[[topic]]\nlabel = "Jobs"\nkeywords = ["postes"]\n',
        "topic 2 has the id 'jobs', already that of topic 1",
    ),
    "star keyword": (
        GOOD.replace('"jobs", "postes"', '"jobs", "*"'),
        "topic 2 has the keyword '*', which has no letter or digit",
    ),
    "punctuation keyword": (
        GOOD.replace('"investissement"', '"- *"'),
        "topic 1 has the keyword '- *', which has no letter or digit",
    ),
}


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "topics.toml"
    path.write_text(content, encoding="utf-8")
    return path


def test_the_good_file_is_accepted(tmp_path: Path) -> None:
    specs = load_topics(write(tmp_path, GOOD))
    assert [s.id for s in specs] == ["montant", "emplois"]
    assert specs[1].pattern is not None and specs[1].pattern.search("deux emplois")
    assert not specs[1].pattern.search("une usine neuve")


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_topics_file_is_refused_naming_the_problem(tmp_path: Path, case: str) -> None:
    content, message = BAD[case]
    with pytest.raises(TopicsFileError) as raised:
        load_topics(write(tmp_path, content))
    text = str(raised.value)
    assert text.startswith(f"{tmp_path / 'topics.toml'}: ")
    assert message in text
    assert "\n" not in text


@pytest.mark.parametrize("case", ["list id", "duplicate id", "star keyword"])
def test_dealview_report_says_it_in_one_line_with_exit_2(tmp_path: Path, case: str) -> None:
    content, message = BAD[case]
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    topics = write(tmp_path, content)
    done = subprocess.run(
        [sys.executable, "-m", "dealview.tui.cli", "report", "--topics", str(topics), str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DEALVIEW_NO_CACHE": "1"},
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("dealview: ") and message in line


def test_an_id_given_as_a_number_or_a_table_is_refused(tmp_path: Path) -> None:
    for given, kind in (("7", "a number"), ("{ x = 1 }", "a table"), ("true", "true or false")):
        content = GOOD.replace('id = "emplois"', f"id = {given}")
        with pytest.raises(TopicsFileError, match=f"topic 2 has an id that is {kind}"):
            load_topics(write(tmp_path, content))
