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

import dataclasses
import gc
import io
import os
import pickle
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from .cache import models_only_load
from .entities import NameIndex, NameMention
from .extract import ArticleParse, capitalised_anywhere, extract_claims, names_of
from .models import Claim, FactKey
from .origins import Origins, find_origins
from .reading import RawArticle
from .sentence_memo import SentenceMemo
from .shared_values import SharedValues

M = TypeVar("M", bound=BaseModel)
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
    wait = _in_child(lambda: _batch(later, index, memo, shared))
    claims = _extract(parses[:split], index, memo, shared)
    handed = wait(len(later), shared)
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
) -> list[bytes]:
    """Each article's claims and notes, pickled apart (the parent loads them one at a time)."""
    return [
        pickle.dumps(
            ([_pack(c) for c in extract_claims(p, index, memo, shared)], p.notes),
            protocol=pickle.HIGHEST_PROTOCOL,
        )
        for p in parses
    ]


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
        fields["fact"] = _rebuilt(FactKey, dict(zip(FACT_FIELDS, fact, strict=True)))
    return shared.share(_rebuilt(Claim, fields))


def _rebuilt(cls: type[M], fields: dict[str, object]) -> M:
    """A model from field values it held when it was packed (valid then: not validated again),
    the way pickle rebuilds it (model_construct takes three times as long)."""
    model = cls.__new__(cls)
    model.__setstate__(
        {
            "__dict__": fields,
            "__pydantic_extra__": None,
            "__pydantic_fields_set__": None,  # the shared one, set just below
            "__pydantic_private__": None,
        }
    )
    model.model_post_init(None)  # the class's shared fields set
    return model


def _may_fork(articles: int) -> bool:
    """Whether reading in a child pays and is safe here."""
    return (
        articles >= TWO_CORES_FROM
        and hasattr(os, "fork")
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


def _fork(work: Callable[[], list[bytes]]) -> tuple[int, int] | None:
    """Start `work` in a forked child that writes what it returns to a pipe; return the child's
    pid and the pipe's end to read, or None when no child could be started."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
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
            chunks = work()  # written at the end: a full pipe would stall the child
            with open(write_end, "wb", closefd=True) as out:  # buffered: writes it all
                for chunk in chunks:  # one by one: joined, they would be held twice
                    out.write(chunk)
            code = 0
        finally:
            os._exit(code)
    gc.unfreeze()
    os.close(write_end)
    return pid, read_end


def _ended_well(pid: int) -> bool:
    """Wait for child `pid`; whether it ended as it should."""
    _pid, status = os.waitpid(pid, 0)
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0


def _in_child(
    work: Callable[[], list[bytes]],
) -> Callable[[int, SharedValues], list[tuple[list[Claim], list[str]]] | None]:
    """Start `work` in a forked child; return a function that reads back what it found for
    so many articles (None when the child could not give it all)."""
    child = _fork(work)

    def read(count: int, shared: SharedValues) -> list[tuple[list[Claim], list[str]]] | None:
        def rebuilt(got: Any) -> tuple[list[Claim], list[str]]:
            packed, notes = got
            return [_unpack(c, shared) for c in packed], notes

        return _read_each(child, count, rebuilt)

    return read


def _read_each(
    child: tuple[int, int] | None, count: int, rebuilt: Callable[[Any], T]
) -> list[T] | None:
    """Read `count` pickles from `child`, one at a time (little is held at once), each made
    into what `rebuilt` makes of it; None when the child could not give them all."""
    if child is None:
        return None
    pid, read_end = child
    handed: list[T] = []
    try:
        with io.BufferedReader(io.FileIO(read_end, "rb", closefd=True)) as pipe:
            for _ in range(count):
                handed.append(rebuilt(models_only_load(pipe)))
    except Exception:  # a broken hand-over: the parent does that work itself
        handed = []
    if not _ended_well(pid) or len(handed) != count:
        return None
    return handed


def find_all_names(parses: list[ArticleParse]) -> None:
    """Find the names of every sentence of every article, as extract.find_all_names does; the
    later half of the articles in a child, where it pays and is safe."""
    inside = capitalised_anywhere(parses)
    later: list[ArticleParse] = []
    child = None
    if _may_fork(len(parses)):
        later = parses[_halfway(parses) :]
        child = _fork(lambda: [_names_packed(p, inside) for p in later])
    for p in parses[: len(parses) - len(later)]:
        p.names = names_of(p, inside)
    handed = _read_each(child, len(later), _names_unpacked) if later else None
    for p, names in zip(later, handed or [names_of(p, inside) for p in later], strict=True):
        p.names = names


_NAME_FIELDS = tuple(f.name for f in dataclasses.fields(NameMention))


def _names_packed(parse: ArticleParse, inside: set[str]) -> bytes:
    names = [
        [tuple(getattr(n, f) for f in _NAME_FIELDS) for n in ns] for ns in names_of(parse, inside)
    ]
    return pickle.dumps(names, protocol=pickle.HIGHEST_PROTOCOL)


def _names_unpacked(got: Any) -> list[list[NameMention]]:
    return [[NameMention(*fields) for fields in sentence] for sentence in got]


def origins_beside(raws: list[RawArticle]) -> Callable[[], Origins]:
    """Start finding the origins of `raws` (reprints, duplicates) in a child, where it pays and
    is safe, while the parent reads the articles; return a function that gives them (found
    here if the child could not)."""
    child = (
        _fork(lambda: [pickle.dumps(_plain(find_origins(raws)))]) if _may_fork(len(raws)) else None
    )

    def result() -> Origins:
        if child is not None:
            pid, read_end = child
            try:
                with io.BufferedReader(io.FileIO(read_end, "rb", closefd=True)) as pipe:
                    duplicate_of, origin = models_only_load(pipe)
            except Exception:  # a broken hand-over: found here instead
                duplicate_of = None
            if _ended_well(pid) and duplicate_of is not None:
                return Origins(dict(duplicate_of), dict(origin))
        return find_origins(raws)

    return result


def _plain(origins: Origins) -> tuple[dict[str, str], dict[str, str]]:
    return dict(origins.duplicate_of), dict(origins.origin)
