"""Where the analysis spends its time: cProfile of one run, the engine's functions first.

    python -m bench.profile [N] [--kind generated|reprints] [--top 15] [--own] [--seed S]

Writes a corpus of N articles (default 1,000 reprints), analyses it once under cProfile and
prints the functions of core/ with the largest cumulative time (with --own: their own time).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from bench.generate import KINDS, write_corpus

CORE = Path(__file__).resolve().parent.parent / "core"


def top_core_functions(stats: pstats.Stats, top: int, by_own: bool = False) -> list[str]:
    """The `top` functions of core/ by cumulative time (or by their own time), as Markdown
    table lines."""
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]]
    raw = stats.stats  # type: ignore[attr-defined]
    rows = [
        (cum, own, calls, f"{Path(file).relative_to(CORE.parent)}:{line} {name}")
        for (file, line, name), (_prim, calls, own, cum, _callers) in raw.items()
        if Path(file).resolve().is_relative_to(CORE)
    ]
    rows.sort(key=lambda row: row[1] if by_own else row[0], reverse=True)
    lines = ["| cumulative | own | calls | function |", "|---|---|---|---|"]
    lines += [
        f"| {cum:.2f} s | {own:.2f} s | {calls:,} | `{where}` |"
        for cum, own, calls, where in rows[:top]
    ]
    return lines


def main() -> None:
    """Command line: profile one analysis and print the engine's heaviest functions."""
    parser = argparse.ArgumentParser(description="profile one analysis")
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("--kind", choices=KINDS, default="reprints")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--own", action="store_true", help="rank by own time, not cumulative")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="dealview-profile-"))
    write_corpus(folder, args.count, args.kind, args.seed)
    from dealview.core.pipeline import analyse

    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    analysis = analyse([folder])
    profiler.disable()
    took = time.perf_counter() - start
    print(
        f"{args.count} {args.kind} articles: {took:.1f} s under cProfile "
        f"({len(analysis.articles)} articles kept, {len(analysis.findings)} findings)\n"
    )
    print("\n".join(top_core_functions(pstats.Stats(profiler), args.top, args.own)))


if __name__ == "__main__":
    main()
