"""An analysis of many articles on two cores.

Three stages read each article on its own and can share the work: finding which articles
are reprints or copies of others (while the parent reads the articles), finding the names of
each sentence (against the words the whole corpus capitalises), and extracting the claims
(against the names of the whole corpus), the longest. When there are many articles, a second
core, and nothing else running in the process, a forked child does one share while the parent
does the other, and hands back what it found through a pipe as plain values, one article at
a time. Whatever goes wrong in a child (it cannot be forked, it fails, it is killed) the
parent does that share itself: the results are the same either way, in the same order.

A fork is only safe in a process with one thread (another thread may hold a lock the child
would wait on for ever): the terminal app, which analyses in a worker thread, works serially.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import io
import os
import pickle
import signal
import struct
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

from .cache import models_only_load
from .entities import NameIndex, NameMention
from .extract import ArticleParse, capitalised_anywhere, extract_claims, names_of
from .models import Claim, FactKey, rebuilt
from .origins import Origins, find_origins
from .reading import RawArticle
from .sentence_memo import SentenceMemo
from .shared_values import SharedValues

T = TypeVar("T")

TWO_CORES_FROM = 150
"""From this many articles on, half of them are read in a child (below, forking and handing
the claims back cost about as much as the second core saves)."""

CLAIM_FIELDS = tuple(Claim.model_fields)
"""The child hands claims back as plain tuples of their field values, in this order (pickling
18,000 pydantic claims and loading them back took 0.5 s; tuples, a twentieth of it)."""
FACT_FIELDS = tuple(FactKey.model_fields)


def extract_all(
    parses: list[ArticleParse], index: NameIndex, memo: SentenceMemo, shared: SharedValues
) -> list[Claim]:
    """Return the claims of every article, in article order (each parse's notes filled)."""
    if not _may_fork(len(parses)):
        return _extract(parses, index, memo, shared)
    split = _halfway(parses)
    later = parses[split:]

    def unpacked(got: Any) -> tuple[list[Claim], list[str]]:
        packed, notes = got
        return [_unpack(c, shared) for c in packed], notes

    claims: list[Claim] = []
    with _Child.start(lambda: _batch(later, index, memo, shared), unpacked) as child:
        for parse in parses[:split]:
            claims.extend(extract_claims(parse, index, memo, shared))
            child.take()  # what the child has sent so far: it need not hold it
        handed = child.rest(len(later))
    if handed is None:  # the child could not do it: read those articles here
        return claims + _extract(later, index, memo, shared)
    for parse, (found, said) in zip(later, handed, strict=True):
        parse.notes[:] = said
        claims.extend(found)
    return claims


def _extract(
    parses: list[ArticleParse], index: NameIndex, memo: SentenceMemo, shared: SharedValues
) -> list[Claim]:
    return [c for p in parses for c in extract_claims(p, index, memo, shared)]


def _batch(
    parses: list[ArticleParse], index: NameIndex, memo: SentenceMemo, shared: SharedValues
) -> Iterator[bytes]:
    """Each article's claims and notes, pickled apart (the parent loads them one at a time)."""
    for p in parses:
        packed = [_pack(c) for c in extract_claims(p, index, memo, SharedValues())]
        yield pickle.dumps((packed, p.notes), protocol=pickle.HIGHEST_PROTOCOL)


def _pack(claim: Claim) -> tuple[object, ...]:
    values = claim.__dict__
    fact = claim.fact
    packed = tuple(values[f] for f in CLAIM_FIELDS)
    if fact is None:
        return packed
    at = CLAIM_FIELDS.index("fact")
    return (*packed[:at], tuple(fact.__dict__[f] for f in FACT_FIELDS), *packed[at + 1 :])


def _unpack(values: tuple[object, ...], shared: SharedValues) -> Claim:
    fields = dict(zip(CLAIM_FIELDS, values, strict=True))
    fact = fields["fact"]
    if isinstance(fact, tuple):
        fields["fact"] = rebuilt(FactKey, dict(zip(FACT_FIELDS, fact, strict=True)))
    return shared.share(rebuilt(Claim, fields))


def _may_fork(articles: int) -> bool:
    """Whether reading so many articles in a child pays and is safe here."""
    return articles >= TWO_CORES_FROM and _can_fork()


def _can_fork() -> bool:
    """Whether a child may be forked here: two cores, and no other thread in the process."""
    return (
        hasattr(os, "fork")
        and len(os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else ()) >= 2
        and threading.active_count() == 1
    )


def _halfway(parses: list[ArticleParse]) -> int:
    """Where to cut the articles so that both halves hold about as much text."""
    total = sum(len(p.article.text) for p in parses)
    seen = 0
    for n, p in enumerate(parses):
        seen += len(p.article.text)
        if seen * 2 >= total:
            return max(1, min(n + 1, len(parses) - 1))
    return len(parses) // 2


_FRAME = struct.Struct("<Q")
"""Each pickle a child sends is preceded by its length, so that the parent can take what has
arrived without waiting for the rest."""

PIPE_BYTES = 1 << 20
"""The pipe to a child holds this much (where the system allows), so that the child seldom
waits for the parent to take what it sent."""


class _Child(Generic[T]):
    """A forked child doing some work, and what it has sent the parent.

    The parent takes what has arrived whenever it likes (`take`, which never waits), so that
    the child need not hold what it found until the parent is free. What it sent is rebuilt
    once the child has ended (`rest`): the bytes it sends are a fifth of the objects rebuilt
    from them, and while the child lives, the memory of both counts."""

    def __init__(self, pid: int, read_end: int, unpacked: Callable[[Any], T]) -> None:
        self._pid = pid
        self._read_end = read_end
        self._unpacked = unpacked
        self._received = bytearray()
        self._broken = False
        self._ended = False
        os.set_blocking(read_end, False)

    def __enter__(self) -> _Child[T]:
        return self

    def __exit__(self, *_exc: object) -> None:
        """Leaving the block before `rest` (an error, an interrupt): stop the child."""
        if not self._ended:
            self._end(stop=True)

    @classmethod
    def start(
        cls, work: Callable[[], Iterable[bytes]], unpacked: Callable[[Any], T]
    ) -> _Child[T] | _NoChild[T]:
        """Start `work` in a forked child; each pickle it yields is made into what `unpacked`
        makes of it, in the parent. A child that cannot be started is a _NoChild."""
        forked = _fork(work)
        if forked is None:
            return _NoChild()
        return cls(*forked, unpacked)

    def take(self) -> None:
        """Take in what the child has sent so far, without waiting for more."""
        if self._broken or self._ended:
            return
        try:
            while chunk := os.read(self._read_end, PIPE_BYTES):
                self._received += chunk
        except BlockingIOError:  # nothing more for now
            pass
        except OSError:
            self._broken = True

    def rest(self, count: int) -> list[T] | None:
        """Wait for the child to end; the `count` things it found, in order, or None when it
        could not give them all."""
        if self._ended:
            return None
        try:
            if not self._broken:
                os.set_blocking(self._read_end, True)
                while chunk := os.read(self._read_end, PIPE_BYTES):
                    self._received += chunk
        except OSError:
            self._broken = True
        if not self._end(stop=False) or self._broken:
            return None
        handed = self._unframed()
        return handed if handed is not None and len(handed) == count else None

    def _end(self, stop: bool) -> bool:
        """Close the pipe, stop the child first if `stop`, wait for it, and give the parent's
        objects back to the collector; whether the child ended as it should."""
        self._ended = True
        ended_well = False
        try:
            os.close(self._read_end)  # a child still writing gets a broken pipe and ends
            if stop:
                with contextlib.suppress(OSError):
                    os.kill(self._pid, signal.SIGKILL)
            _pid, status = os.waitpid(self._pid, 0)
            ended_well = os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        except OSError:  # no child to wait for (SIGCHLD ignored): what it sent is not trusted
            pass
        finally:
            gc.unfreeze()
        return ended_well

    def _unframed(self) -> list[T] | None:
        """Each pickle received, rebuilt; None when what was received is not whole pickles."""
        received, self._received = self._received, bytearray()
        handed: list[T] = []
        at = 0
        try:
            while at < len(received):
                (size,) = _FRAME.unpack_from(received, at)
                start = at + _FRAME.size
                if len(received) - start < size:
                    return None
                got = models_only_load(io.BytesIO(received[start : start + size]))
                handed.append(self._unpacked(got))
                at = start + size
        except Exception:  # a broken hand-over: the parent does that work itself
            return None
        return handed


class _NoChild(Generic[T]):
    """A child that could not be started: it hands nothing back."""

    def __enter__(self) -> _NoChild[T]:
        return self

    def __exit__(self, *_exc: object) -> None:
        """Nothing to stop."""

    def take(self) -> None:
        """Nothing to take."""

    def rest(self, count: int) -> None:
        """Nothing was found."""
        return None


def _fork(work: Callable[[], Iterable[bytes]]) -> tuple[int, int] | None:
    """Start `work` in a forked child that writes each pickle it yields to a pipe, framed;
    return the child's pid and the pipe's end to read, or None when no child could be
    started."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    with contextlib.suppress(OSError, AttributeError, ImportError):  # else the usual size
        import fcntl

        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    gc.freeze()  # the child's collector leaves the parent's objects (and their pages) alone
    try:
        pid = os.fork()
    except OSError:
        gc.unfreeze()
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: do the work, hand it back, leave without cleaning up
        code = 1
        try:
            os.close(read_end)
            with open(write_end, "wb", closefd=True) as out:  # buffered: writes it all
                for chunk in work():  # sent as found: the child holds little
                    out.write(_FRAME.pack(len(chunk)))
                    out.write(chunk)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)  # the parent's objects stay frozen until the child has ended
    return pid, read_end


NAMES_TWO_CORES_FROM = 20_000
"""From this many sentences on, names are found on two cores even in few articles (one
article of 5 MB holds about 100,000)."""


def find_all_names(parses: list[ArticleParse], inside: set[str] | None = None) -> None:
    """Find the names of every sentence of every article, as extract.find_all_names does
    (`inside`: the words some article capitalises inside a sentence, when they are known
    already); the later half of the sentences in a child, where it pays and is safe."""
    words = capitalised_anywhere(parses) if inside is None else inside
    sentences = sum(len(p.sentences) for p in parses)
    if not (_may_fork(len(parses)) or (sentences >= NAMES_TWO_CORES_FROM and _can_fork())):
        for p in parses:
            p.names = names_of(p, words)
        return
    at, first = _cut_sentences(parses)
    # The child's share: the article cut from its sentence `first` on, and every later one.
    later = [(parses[at], first), *((p, 0) for p in parses[at + 1 :])]

    def work() -> Iterator[bytes]:
        return (_names_packed(names_of(p, words, k)) for p, k in later)

    with _Child.start(work, _names_unpacked) as child:
        for p in parses[:at]:
            p.names = names_of(p, words)
            child.take()
        head = names_of(parses[at], words, 0, first)
        handed = child.rest(len(later))
    found = handed or [names_of(p, words, k) for p, k in later]
    for n, ((p, _k), names) in enumerate(zip(later, found, strict=True)):
        p.names = head + names if n == 0 else names


def _cut_sentences(parses: list[ArticleParse]) -> tuple[int, int]:
    """Where to cut the sentences of the articles so that both parts hold about as much
    text: the article, and its first sentence in the later part."""
    total = sum(s.end - s.start for p in parses for s in p.sentences)
    seen = 0
    for at, p in enumerate(parses):
        for k, s in enumerate(p.sentences):
            seen += s.end - s.start
            if seen * 2 >= total:
                return at, k + 1
    return len(parses) - 1, len(parses[-1].sentences)


_NAME_FIELDS = tuple(f.name for f in dataclasses.fields(NameMention))


def _names_packed(names: list[list[NameMention]]) -> bytes:
    packed = [[tuple(getattr(n, f) for f in _NAME_FIELDS) for n in ns] for ns in names]
    return pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)


def _names_unpacked(got: Any) -> list[list[NameMention]]:
    return [[NameMention(*fields) for fields in sentence] for sentence in got]


@contextlib.contextmanager
def origins_beside(raws: list[RawArticle]) -> Iterator[Callable[[], Origins]]:
    """Start finding the origins of `raws` (reprints, duplicates) in a child, where it pays and
    is safe, while the parent reads the articles; give a function that returns them (found
    here if the child could not). Leaving the block early stops the child."""
    if not _may_fork(len(raws)):
        yield lambda: find_origins(raws)
        return

    def work() -> list[bytes]:
        return [pickle.dumps(_plain(find_origins(raws)))]

    with _Child.start(work, _origins_unpacked) as child:

        def result() -> Origins:
            handed = child.rest(1)
            return handed[0] if handed else find_origins(raws)

        yield result


def _origins_unpacked(got: Any) -> Origins:
    duplicate_of, origin = got
    return Origins(dict(duplicate_of), dict(origin))


def _plain(origins: Origins) -> tuple[dict[str, str], dict[str, str]]:
    return dict(origins.duplicate_of), dict(origins.origin)
