"""Analysis scaling: time and peak memory of the engine on corpora of growing size and kind.

Each corpus (bench.generate.KINDS: invented deal stories, or wire reprints of real stories
that all speak of the same parties) is analysed once, without the cache, in a fresh process
that times itself and reads its own peak memory. A run is stopped after RUN_LIMIT_S seconds or
at MEMORY_LIMIT_MIB MiB and recorded as such. Growth from one size to another is set against
n log n's.

    python -m bench.scaling [--sizes 1000 5000] [--reprints 300 1000]

prints the table alone (bench.run writes it into bench/RESULTS.md with the other benchmarks).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.generate import write_corpus

PY = sys.executable
ROOT = Path(__file__).resolve().parent.parent

PEAK_MIB = """
def peak_mib():
    # VmHWM: this process's own peak. ru_maxrss would also count the benchmark process that
    # forked it (Linux keeps it across exec).
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""

ANALYSE = (
    PEAK_MIB
    + """
import json, sys, time
from pathlib import Path
t = time.perf_counter()
from dealview.core.pipeline import analyse
imported = time.perf_counter()
a = analyse([Path(sys.argv[1])])
done = time.perf_counter()
print(json.dumps({
    "import": imported - t,
    "analyse": done - imported,
    "peak_mib": peak_mib(),
    "articles": len(a.articles),
    "findings": len(a.findings),
}))
"""
)

RUN_LIMIT_S = 600.0
"""A single analysis run is stopped after this many seconds (and recorded as over it)."""
MEMORY_LIMIT_MIB = 4096.0
"""A single analysis run is stopped when it holds this much memory: the machine is shared, and
a run that far over the 500 MiB target says all there is to say."""
POLL_S = 0.2
"""Seconds between two looks at a running analysis (its resident memory, its time)."""

GENERATED_SIZES = [5, 50, 200, 1000, 5000]
REPRINT_SIZES = [300, 1000, 5000]
QUICK_GENERATED_SIZES = [5, 50, 200]
QUICK_REPRINT_SIZES = [100, 300]

TARGET_S = {1000: 6.0, 5000: 25.0}
"""Analysis time targets on two cores, by number of articles (issues 12 and 13)."""
TARGET_MIB = {5000: 500.0}
"""Peak memory targets, by number of articles (issue 13)."""
GROWTH_STEPS = [(1000, 5000), (300, 1000)]
"""Sizes between which time growth is set against n log n's, when both were measured."""

KIND_NAMES = {
    "generated": "generated French and English deal stories",
    "reprints": "wire reprints: reshuffled paragraphs of the sample and the development stories",
}


@dataclass
class Run:
    """One analysis of one corpus."""

    kind: str
    n: int
    analyse: float
    """Seconds of analysis (import excluded); when stopped, the seconds until it was stopped."""
    peak_mib: float
    """Peak resident memory (when stopped, the largest seen)."""
    articles: int = 0
    findings: int = 0
    stopped: str = ""
    """Why the run did not finish ("over 10 min", "over 4096 MiB", "failed: ..."), or ""."""
    engine: str = ""
    """The engine's commit when the run started, and its files changed since (engine_state)."""
    tree_mib: float = 0.0
    """The largest memory seen (sampled) of the process and the child it forks to read claims
    on a second core, as proportional set sizes (pages they share counted once); 0 when the
    run forked no child."""

    @property
    def memory_mib(self) -> float:
        """The memory the run needed: its own peak, or with its child's, the larger."""
        return max(self.peak_mib, self.tree_mib)


def engine_state() -> str:
    """The commit the engine is at, and the files of core/ changed since (not committed yet),
    if any."""
    git = ["git", "-C", str(ROOT)]
    try:
        head = subprocess.run(
            [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            [*git, "status", "--porcelain", "--", "core"], capture_output=True, text=True
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "an unknown commit (no git)"
    if not changed:
        return f"commit {head}"
    names = ", ".join(sorted(Path(line[3:]).name for line in changed))
    return f"commit {head} with uncommitted changes to core/ ({names})"


def _resident_mib(pid: int) -> float:
    """Resident memory of process `pid` now, in MiB (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _tree_pss_mib(pid: int) -> tuple[float, bool]:
    """Proportional set size of process `pid` and its children now, in MiB, and whether it has
    a child (0 once it is gone)."""
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    pids += [int(c) for c in children]
    total = 0.0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) / 1024
                    break
        except OSError:
            pass
    return total, bool(children)


def analyse_corpus(
    folder: Path,
    kind: str,
    n: int,
    limit_s: float = RUN_LIMIT_S,
    limit_mib: float = MEMORY_LIMIT_MIB,
) -> Run:
    """Analyse `folder` in a fresh process without the cache. A run over `limit_s` seconds or
    `limit_mib` MiB is stopped, and says so; a run that fails says how."""
    engine = engine_state()
    start = time.perf_counter()
    proc = subprocess.Popen(
        [PY, "-c", ANALYSE, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "DEALVIEW_NO_CACHE": "1"},
    )
    seen_mib = tree_mib = 0.0
    while proc.poll() is None:
        seen_mib = max(seen_mib, _resident_mib(proc.pid))
        pss, forked = _tree_pss_mib(proc.pid)
        if forked:
            tree_mib = max(tree_mib, pss)
        elapsed = time.perf_counter() - start
        stopped = ""
        if elapsed > limit_s:
            stopped = f"over {limit_s / 60:g} min"
        elif seen_mib > limit_mib:
            stopped = f"over {limit_mib:.0f} MiB"
        if stopped:
            proc.kill()
            proc.communicate()
            return Run(kind, n, elapsed, seen_mib, stopped=stopped, engine=engine)
        time.sleep(POLL_S)
    out, err = proc.communicate()
    if proc.returncode != 0:
        last = (err.strip().splitlines() or ["no message"])[-1]
        return Run(kind, n, math.nan, seen_mib, stopped=f"failed: {last[:160]}", engine=engine)
    got = json.loads(out)
    return Run(
        kind,
        n,
        float(got["analyse"]),
        float(got["peak_mib"]),
        got["articles"],
        got["findings"],
        engine=engine,
        tree_mib=tree_mib,
    )


def scaling(sizes: list[int], work: Path, kind: str = "generated") -> list[Run]:
    """Write a corpus of `kind` for each size into `work` and analyse it once."""
    runs = []
    for n in sizes:
        folder = work / f"{kind}_{n}"
        write_corpus(folder, n, kind)
        print(f"  {kind}, {n} articles…", flush=True)
        runs.append(analyse_corpus(folder, kind, n))
    return runs


def nlogn_ratio(small: int, large: int) -> float:
    """How much n log n grows from `small` to `large` articles."""
    return (large * math.log(large)) / (small * math.log(small))


def growth(runs: list[Run], small: int, large: int) -> tuple[float, float] | None:
    """Time ratio from `small` to `large` articles and n log n's ratio, or None when either
    run is missing or did not finish."""
    by_n = {r.n: r for r in runs if not r.stopped}
    if small not in by_n or large not in by_n:
        return None
    return by_n[large].analyse / max(by_n[small].analyse, 1e-6), nlogn_ratio(small, large)


def exponent(runs: list[Run]) -> float:
    """Least-squares slope of log(time) against log(n), 50 articles and up: 1 is linear."""
    pts = [(math.log(r.n), math.log(max(r.analyse, 1e-6))) for r in runs if r.n >= 50]
    if any(r.stopped for r in runs) or len(pts) < 2:
        return math.nan
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def _target(run: Run) -> tuple[str, str]:
    """The targets of a row and whether they are met."""
    parts, ok = [], True
    if run.n in TARGET_S:
        parts.append(f"≤ {TARGET_S[run.n]:g} s")
        ok = ok and not run.stopped and run.analyse <= TARGET_S[run.n]
    if run.n in TARGET_MIB:
        parts.append(f"≤ {TARGET_MIB[run.n]:g} MiB")
        ok = ok and not run.stopped and run.memory_mib <= TARGET_MIB[run.n]
    return ", ".join(parts), _verdict(ok) if parts else ""


def run_row(run: Run) -> str:
    """One Markdown row: corpus, articles, time, peak memory, findings, target, verdict."""
    target, verdict = _target(run)
    if run.stopped.startswith("failed"):
        time_cell, memory, findings = run.stopped, "", ""
    elif run.stopped:
        time_cell = f"{run.stopped} (stopped at {run.analyse:.0f} s)"
        memory, findings = f"≥ {run.peak_mib:.0f} MiB", ""
    else:
        time_cell, memory = f"{run.analyse:.2f} s", f"{run.peak_mib:.0f} MiB"
        if run.tree_mib:
            memory += f" ({run.tree_mib:.0f} MiB with its child)"
        findings = str(run.findings)
        if run.articles != run.n:
            findings += f" ({run.articles} articles kept)"
    return (
        f"| {run.kind} | {run.n:,} | {time_cell} | {memory} | {findings} | {target} | {verdict} |"
    )


def growth_lines(runs: list[Run]) -> list[str]:
    """One line per kind and measured step: time ratio against n log n's."""
    lines = []
    for kind in KIND_NAMES:
        mine = [r for r in runs if r.kind == kind]
        for small, large in GROWTH_STEPS:
            got = growth(mine, small, large)
            if got is None:
                if any(r.n == large and r.stopped for r in mine):
                    lines.append(
                        f"- {kind}, {small:,} -> {large:,} articles: not measured "
                        f"({large:,} did not finish)."
                    )
                continue
            ratio, nlogn = got
            within = ratio <= nlogn
            lines.append(
                f"- {kind}, {small:,} -> {large:,} articles: time x {ratio:.2f}, n log n "
                f"x {nlogn:.2f}: {'within' if within else 'faster than'} n log n "
                f"({_verdict(within)})."
            )
    return lines


def engine_lines(runs: list[Run]) -> list[str]:
    """Which engine the rows ran on: one line when all ran on one, else one per row (the
    engine may be edited while the benchmark runs)."""
    states = list(dict.fromkeys(r.engine for r in runs))
    if len(states) <= 1:
        return [f"Every row ran on the engine at {states[0]}."] if states and states[0] else []
    lines = ["The engine changed while the rows ran; the engine of each row when it started:", ""]
    for state in states:
        rows = ", ".join(f"{r.kind} {r.n:,}" for r in runs if r.engine == state)
        lines.append(f"- {rows}: {state}")
    return lines


def scaling_section(runs: list[Run]) -> list[str]:
    """The analysis-scaling section of bench/RESULTS.md, as Markdown lines."""
    lines = [
        "## Analysis scaling",
        "",
        "Each corpus is analysed once, without the cache, in a fresh process (analysis time,",
        "import left out; peak resident memory of that process; from 150 articles on, claims are",
        "read on two cores, half of them in a forked child: the memory of the process and its",
        "child together, pages they share counted once (proportional set sizes, sampled every "
        f"{POLL_S:g} s), is given beside it, and the target applies to the larger of the two). "
        "A run is stopped after "
        f"{RUN_LIMIT_S / 60:g} min",
        f"or at {MEMORY_LIMIT_MIB:.0f} MiB. The corpora "
        "(`python -m bench.generate OUT N --kind KIND`):",
        "",
        *(f"- {kind}: {name}." for kind, name in KIND_NAMES.items()),
        "",
        "In the reprints every article speaks of the same parties, the case where any work done",
        "for each pair of claims sharing a party grows with the square of the articles.",
        "",
        "| corpus | articles | analysis | peak memory | findings | target | |",
        "|---|---|---|---|---|---|---|",
        *(run_row(r) for r in runs),
        "",
        *engine_lines(runs),
        "",
        "Growth of the analysis time against n log n (targets: no faster):",
        "",
        *growth_lines(runs),
    ]
    generated = [r for r in runs if r.kind == "generated"]
    k = exponent(generated)
    if not math.isnan(k):
        lines.append(
            f"- generated, measured exponent of time against size (50 and up): {k:.2f} "
            "(1 is linear; n log n is about 1.1 over this range)."
        )
    return lines


def main() -> None:
    """Command line: measure the scaling rows and print them."""
    parser = argparse.ArgumentParser(description="dealview analysis scaling")
    parser.add_argument("--sizes", type=int, nargs="*", default=GENERATED_SIZES)
    parser.add_argument("--reprints", type=int, nargs="*", default=REPRINT_SIZES)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dealview-scaling-"))
    runs = scaling(args.sizes, work) + scaling(args.reprints, work, "reprints")
    print("\n".join(scaling_section(runs)))


if __name__ == "__main__":
    main()
