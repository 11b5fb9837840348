"""Claims read on two cores are the claims read on one, and nothing is lost when the child
fails or must not be forked."""

from __future__ import annotations

import gc
import os
import pickle
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dealview.core import two_cores
from dealview.core.entities import build_index
from dealview.core.extract import find_all_names as serial_names
from dealview.core.extract import parse_article
from dealview.core.models import Analysis, Claim
from dealview.core.pipeline import analyse
from dealview.core.reading import read_article
from dealview.core.sentence_memo import SentenceMemo
from dealview.core.shared_values import SharedValues

DATA = Path(__file__).parent / "data"


def _claims(analysis: Analysis) -> list[dict[str, object]]:
    return [c.model_dump() for c in analysis.claims]


def _count_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pids of the children forked from now on (the list fills as they are)."""
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted_fork)
    return forks


@pytest.fixture
def serial() -> Analysis:
    """The analysis of a folder of articles read on one core."""
    return analyse([DATA / "nimbus"])


def test_two_cores_give_the_same_claims_in_the_same_order(
    serial: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(two_cores, "TWO_CORES_FROM", 2)
    monkeypatch.setattr(two_cores, "_may_fork", lambda n: n >= 2)
    forks = _count_forks(monkeypatch)
    both = analyse([DATA / "nimbus"])
    assert forks, "the later articles were not read in a child"
    assert _claims(both) == _claims(serial)
    assert [f.model_dump() for f in both.findings] == [f.model_dump() for f in serial.findings]
    assert both.notices == serial.notices


def test_a_child_that_fails_leaves_its_articles_to_the_parent(
    serial: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> object:
        raise RuntimeError("the child fails")

    monkeypatch.setattr(two_cores, "_may_fork", lambda n: n >= 2)
    monkeypatch.setattr(two_cores, "_batch", broken)  # runs in the child only
    assert _claims(analyse([DATA / "nimbus"])) == _claims(serial)


def test_no_fork_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(two_cores, "TWO_CORES_FROM", 2)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not two_cores._may_fork(1000)  # the app analyses in a worker thread
    finally:
        stop.set()
        other.join()
    assert two_cores._may_fork(1000) == (len(os.sched_getaffinity(0)) >= 2)


def test_claims_share_one_set_of_field_names(serial: Analysis) -> None:
    # pydantic keeps a set of field names per instance: shared, a claim takes half the memory.
    assert len({id(c.__pydantic_fields_set__) for c in serial.claims}) == 1
    assert len({id(c.fact.__pydantic_fields_set__) for c in serial.claims if c.fact}) == 1


def test_values_claims_repeat_are_held_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Reprints repeat sentences: their claims hold one copy of each text, party list and fact
    # key, also when half of them were read in a child.
    monkeypatch.setattr(two_cores, "_may_fork", lambda n: n >= 2)
    folder = DATA / "nimbus"
    analysis = analyse([folder])
    by_text: dict[str, set[int]] = {}
    for c in analysis.claims:
        by_text.setdefault(c.text, set()).add(id(c.text))
    assert all(len(ids) == 1 for ids in by_text.values())
    by_subject: dict[tuple[str, ...], set[int]] = {}
    by_fact: dict[str, set[int]] = {}
    for c in analysis.claims:
        by_subject.setdefault(tuple(c.subject), set()).add(id(c.subject))
        if c.fact is not None:
            by_fact.setdefault(c.fact.model_dump_json(), set()).add(id(c.fact))
    assert all(len(ids) == 1 for ids in by_subject.values())
    assert all(len(ids) == 1 for ids in by_fact.values())
    repeated = [t for t in by_text if sum(c.text == t for c in analysis.claims) > 1]
    assert repeated  # the test means something: some values do repeat


def test_origins_found_beside_are_the_origins_found_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two copies of one article and a reprint among others: the child finds the same
    # duplicates and origins, and the copy is dropped with its notice.
    folder = tmp_path / "story"
    folder.mkdir()
    for source in sorted((DATA / "nimbus").iterdir()):
        if source.is_file() and source.suffix in {".txt", ".md", ".html"}:
            (folder / source.name).write_bytes(source.read_bytes())
    first = sorted(folder.iterdir())[0]
    (folder / f"copy-of-{first.name}").write_bytes(first.read_bytes())
    here = analyse([folder])
    assert any("counted once" in n for n in here.notices)
    monkeypatch.setattr(two_cores, "_may_fork", lambda n: n >= 2)
    forks = _count_forks(monkeypatch)
    beside = analyse([folder])
    assert len(forks) == 3  # origins, names, then claims
    assert beside.notices == here.notices
    assert [a.id for a in beside.articles] == [a.id for a in here.articles]
    assert [a.origin for a in beside.articles] == [a.origin for a in here.articles]
    assert _claims(beside) == _claims(here)


def test_names_found_beside_are_the_names_found_here(monkeypatch: pytest.MonkeyPatch) -> None:
    raws = [read_article(f) for f in sorted((DATA / "nimbus").iterdir()) if f.suffix == ".txt"]
    here = [parse_article(r) for r in raws]
    serial_names(here)
    monkeypatch.setattr(two_cores, "_may_fork", lambda n: n >= 2)
    forks = _count_forks(monkeypatch)
    beside = [parse_article(r) for r in raws]
    two_cores.find_all_names(beside)
    assert forks and len(beside) >= 2
    assert [p.names for p in beside] == [p.names for p in here]
    assert any(p.names for p in beside[len(beside) // 2 :])  # the child's half found some


def _pickles(count: int, size: int) -> Iterator[bytes]:
    for n in range(count):
        yield pickle.dumps((n, "x" * size))


def test_a_child_may_send_more_than_its_pipe_holds() -> None:
    # The parent takes nothing until the child has done: the child waits on a full pipe and
    # everything still arrives, in order.
    child = two_cores._Child.start(lambda: _pickles(40, 100_000), lambda got: got[0])
    assert child.rest(40) == list(range(40))


def test_what_a_child_sent_is_taken_while_it_works() -> None:
    # Taken as it arrives, so the child does not hold all it found until the parent is free;
    # rebuilt, in order, once the child has ended.
    child = two_cores._Child.start(lambda: _pickles(200, 5_000), lambda got: got[0])
    assert isinstance(child, two_cores._Child)
    deadline = time.monotonic() + 30
    while not child._received and time.monotonic() < deadline:
        child.take()
        time.sleep(0.01)
    assert child._received, "nothing was taken before the child ended"
    assert child.rest(200) == list(range(200))


def test_a_broken_hand_over_gives_nothing() -> None:
    def garbage() -> Iterator[bytes]:
        yield pickle.dumps(1)
        yield b"not a pickle"

    assert two_cores._Child.start(garbage, lambda got: got).rest(2) is None
    # A child that ends before it has sent what was expected.
    assert two_cores._Child.start(lambda: _pickles(3, 10), lambda got: got).rest(4) is None


def test_claims_keep_their_values_in_half_the_memory(serial: Analysis) -> None:
    # Hundreds of thousands of claims: each keeps only its values, the field names once for
    # all (a validated claim keeps a table of its own, three times the size).
    claim = serial.claims[0]
    validated = Claim.model_validate(claim.model_dump())
    assert validated == claim
    assert sys.getsizeof(claim.__dict__) * 2 < sys.getsizeof(validated.__dict__)
    assert all(sys.getsizeof(c.__dict__) == sys.getsizeof(claim.__dict__) for c in serial.claims)


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files in /proc")
def test_an_error_in_the_parent_stops_the_child_and_leaves_nothing_behind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The parent fails while the child works (an extractor's bug, an interrupt): the error
    # goes on as it is, and no child, open pipe or frozen collector is left behind.
    raws = [read_article(f) for f in sorted((DATA / "nimbus").iterdir()) if f.suffix == ".txt"]
    parses = [parse_article(r) for r in raws]
    serial_names(parses)
    monkeypatch.setattr(two_cores, "_may_fork", lambda n: n >= 2)
    forks = _count_forks(monkeypatch)
    real = two_cores.extract_claims

    def failing(*args: object) -> object:
        if os.getpid() == parent:
            raise KeyboardInterrupt
        return real(*args)  # type: ignore[arg-type]

    parent = os.getpid()
    monkeypatch.setattr(two_cores, "extract_claims", failing)
    before = _open_fds()
    index = build_index([n for p in parses for names in p.names for n in names])
    memo = SentenceMemo.for_sentences([])
    with pytest.raises(KeyboardInterrupt):
        two_cores.extract_all(parses, index, memo, SharedValues())
    assert forks, "no child was started"
    assert gc.get_freeze_count() == 0
    assert _open_fds() == before
    with pytest.raises(ChildProcessError):  # reaped: no child of this process is left
        os.waitpid(forks[0], os.WNOHANG)


@pytest.mark.skipif(not two_cores._can_fork(), reason="needs two cores and one thread")
def test_the_names_of_one_long_article_are_found_on_two_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One article of thousands of sentences: its later sentences are read in a child, and
    # the article gets the same names, sentence by sentence, as when read here.
    raws = [read_article(f) for f in sorted((DATA / "nimbus").iterdir()) if f.suffix == ".txt"]
    raw = max(raws, key=lambda r: len(r.text))
    here = parse_article(raw)
    serial_names([here])
    monkeypatch.setattr(two_cores, "NAMES_TWO_CORES_FROM", 2)
    forks = _count_forks(monkeypatch)
    beside = parse_article(raw)
    two_cores.find_all_names([beside])
    assert forks, "the later sentences were not read in a child"
    assert len(beside.names) == len(here.names) >= 2
    assert beside.names == here.names
    assert any(beside.names[len(beside.names) // 2 :])  # the child's part found some
