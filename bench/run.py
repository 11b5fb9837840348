"""dealview benchmarks: start-up, analysis scaling, keystroke latency, memory.

    python -m bench.run [--quick]

Writes bench/RESULTS.md. Ratios are measured in the same run, since absolute times vary
between machines. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import io
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console, RenderableType
from textual import events
from textual._compositor import CompositorUpdate
from textual.app import App
from textual.screen import Screen

from bench.scaling import (
    GENERATED_SIZES,
    PEAK_MIB,
    QUICK_GENERATED_SIZES,
    QUICK_REPRINT_SIZES,
    REPRINT_SIZES,
    Run,
    engine_state,
    scaling,
    scaling_section,
)

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
APP_LIMIT_S = 120
"""Seconds after which a start-up or app-memory run counts as hung and the benchmark stops
(an app whose analysis failed never reaches its main screen)."""

MINIMAL_APP = """
import json, sys, time
marks = [("start", time.perf_counter())]
from textual._compositor import CompositorUpdate
from textual.app import App
from textual.widgets import Static
marks.append(("importing Textual", time.perf_counter()))

class Minimal(App):
    def compose(self):
        yield Static("one static line")

app = Minimal()
marks.append(("building the app (dealview: reading the stored analysis)", time.perf_counter()))
display = app._display

def first_frame(screen, update):
    display(screen, update)
    if isinstance(update, CompositorUpdate):
        app._display = display
        FIRST_FRAME
        app.exit()

app._display = first_frame
app.run(headless=True)
"""

DEALVIEW_FIRST_FRAME = """
import json, os, sys, tempfile, time
from pathlib import Path
marks = [("start", time.perf_counter())]
from textual._compositor import CompositorUpdate
from textual.app import App
from textual.widgets import Static
marks.append(("importing Textual", time.perf_counter()))
from pydantic import BaseModel
marks.append(("importing pydantic", time.perf_counter()))
import dealview.core.models
marks.append(("defining dealview's models (pydantic classes)", time.perf_counter()))
from dealview.tui.app import make_app
from dealview.tui.screens.main import MainScreen
marks.append(("importing dealview's other modules", time.perf_counter()))

paths = [Path(p) for p in sys.argv[1:]] or None
review = os.environ.get("DEALVIEW_BENCH_REVIEW") or Path(tempfile.mkdtemp()) / "r.json"
app = make_app(paths, data_dir=Path(tempfile.mkdtemp()), review=Path(review))
marks.append(("building the app (dealview: reading the stored analysis)", time.perf_counter()))
display = app._display

def first_frame(screen, update):
    display(screen, update)
    if isinstance(update, CompositorUpdate) and isinstance(screen, MainScreen):
        app._display = display
        FIRST_FRAME
        shown()
        app.exit()

def shown():
    pass

app._display = first_frame
app.run(headless=True)
"""
"""Both apps stop at their first frame: the minimal one at its static line, dealview at the
first frame of its main screen (the analysed articles). There each writes the time (to be
measured from process start) and how long each phase took, timed inside the process."""

FIRST_FRAME = """sys.__stdout__.write(f"frame {time.time()!r}\\n")
        marks.append(("running to the first frame", time.perf_counter()))
        spans = {b[0]: b[1] - a[1] for a, b in zip(marks, marks[1:])}
        sys.__stdout__.write("phases " + json.dumps(spans) + "\\n")"""

MINIMAL_APP = MINIMAL_APP.replace("FIRST_FRAME", FIRST_FRAME)
DEALVIEW_FIRST_FRAME = DEALVIEW_FIRST_FRAME.replace("FIRST_FRAME", FIRST_FRAME)

APP_MEMORY = PEAK_MIB + DEALVIEW_FIRST_FRAME.replace(
    "def shown():\n    pass\n", "def shown():\n    print(peak_mib(), flush=True)\n"
)


def machine() -> str:
    """Describe the machine: CPU, cores, memory, Python, Textual."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{mem_kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        memory = "unknown memory"
    import textual

    return (
        f"{cpu}, {os.cpu_count()} cores, {memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; Textual {textual.__version__}"
    )


def saved_review(folder: Path) -> Path:
    """Write a review of the sample with one verdict given, as a returning reader has one."""
    from dealview.core.pipeline import analyse
    from dealview.core.review import new_review, save_review

    analysis = analyse(None)
    review = new_review(analysis)
    review.set_status(analysis.findings[0], "confirmed")
    path = folder / "review.json"
    save_review(path, review)
    return path


def walls(
    commands: dict[str, tuple[list[str], dict[str, str]]], runs: int
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Median time of each command, in seconds: from process start to the first frame when
    the command writes one ("frame <time.time()>"), else to its end; and the median of each
    phase a command reports ("phases <json>"). The commands take turns, run after run, so
    that a slow spell of the machine weighs on all of them alike. Each is run once first
    (which also fills the analysis cache), with its own environment variables added."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    spans: dict[str, dict[str, list[float]]] = {name: {} for name in commands}

    def run(name: str, keep: bool) -> None:
        cmd, extra = commands[name]
        start = time.time()
        out = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, **extra},
            timeout=APP_LIMIT_S,
        )
        end = time.time()
        lines = out.stdout.splitlines()
        frame = next((float(line.split()[1]) for line in lines if line.startswith("frame ")), end)
        if not keep:
            return
        times[name].append(frame - start)
        for line in lines:
            if line.startswith("phases "):
                for phase, seconds in json.loads(line.removeprefix("phases ")).items():
                    spans[name].setdefault(phase, []).append(seconds)

    for name in commands:
        run(name, keep=False)
    for _ in range(runs):
        for name in commands:
            run(name, keep=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    phases = {
        name: {phase: statistics.median(values) for phase, values in by_phase.items()}
        for name, by_phase in spans.items()
        if by_phase
    }
    return medians, phases


def startup(runs: int, work: Path) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Process start to first frame, and the CLI's quick commands, against their baselines;
    and where the time to the first frame goes, phase by phase."""
    dealview = str(Path(PY).with_name("dealview"))
    cold = {"DEALVIEW_NO_CACHE": "1"}
    reviewed = {"DEALVIEW_BENCH_REVIEW": str(saved_review(work))}
    return walls(
        {
            "minimal_app": ([PY, "-c", MINIMAL_APP], {}),
            "dealview_app": ([PY, "-c", DEALVIEW_FIRST_FRAME], {}),
            "dealview_app_review": ([PY, "-c", DEALVIEW_FIRST_FRAME], reviewed),
            "dealview_app_cold": ([PY, "-c", DEALVIEW_FIRST_FRAME], cold),
            "import_textual_app": ([PY, "-c", "import textual.app"], {}),
            "dealview_help": ([dealview, "--help"], {}),
            "dealview_report": ([dealview, "report"], {}),
            "dealview_report_cold": ([dealview, "report"], cold),
        },
        runs,
    )


KEY_CHARS = {"tab": "\t", "enter": "\r", "down": None, "up": None, "escape": "\x1b"}


class FrameProbe:
    """Timestamps every frame the app renders, and times a keystroke to the frame that shows
    its result.

    Headless Textual still lays out and renders each frame (the compositor's update); only the
    write to the terminal is skipped, so the probe turns each update into the bytes a truecolor
    terminal would be sent, and keeps them. After each keystroke (never during it) the bytes are
    replayed through a terminal emulator (pyte), so that frames which change nothing on the
    screen (a scrollbar repainted the same) are told from frames the user sees. A keystroke runs
    from sending the key event, as the terminal driver does, to the last frame that changed the
    screen before the app fell quiet: nothing of the pilot's own waiting is counted.
    """

    QUIET = 0.15
    """Seconds without a frame after which the app counts as quiet."""

    def __init__(self, app: App[None], size: tuple[int, int]) -> None:
        import pyte

        self.app = app
        self.frames: list[tuple[float, str]] = []
        console = Console(
            color_system="truecolor",
            force_terminal=True,
            width=size[0],
            height=size[1],
            file=io.StringIO(),
            legacy_windows=False,
        )
        self.terminal = pyte.Screen(*size)
        self.stream = pyte.Stream(self.terminal)
        self.shown: list[tuple[object, ...]] = [() for _ in range(size[1])]
        self.replayed = 0
        display = app._display

        def timed(screen: Screen[object], renderable: RenderableType | None) -> None:
            display(screen, renderable)
            if isinstance(renderable, CompositorUpdate):
                self.frames.append((time.perf_counter(), renderable.render_segments(console)))

        app._display = timed  # type: ignore[method-assign]

    async def quiet(self) -> None:
        """Wait until no frame has come for QUIET seconds."""
        while True:
            seen = len(self.frames)
            await asyncio.sleep(self.QUIET)
            if len(self.frames) == seen:
                return

    def _replay(self) -> list[tuple[float, bool]]:
        """Feed the frames not yet replayed to the terminal: (time, whether it changed)."""
        out = []
        for when, data in self.frames[self.replayed :]:
            self.stream.feed(data)
            changed = False
            for y in self.terminal.dirty:
                row = self.terminal.buffer[y]
                line = tuple(row[x] for x in range(self.terminal.columns))
                if line != self.shown[y]:
                    self.shown[y] = line
                    changed = True
            self.terminal.dirty.clear()
            out.append((when, changed))
        # The frames replayed are dropped: the probe keeps no more than a screen's worth, and
        # the collector is left alone (freezing it here hid the pauses a user feels).
        self.frames.clear()
        self.replayed = 0
        return out

    async def key(self, key: str) -> tuple[float, float] | None:
        """Press `key` once the app is quiet; seconds to its first frame and to the last frame
        that changed the screen (None: the screen did not change)."""
        await self.quiet()
        self._replay()
        char = KEY_CHARS.get(key, key if len(key) == 1 else None)
        event = events.Key(key, char)
        event.set_sender(self.app)
        assert self.app._driver is not None
        t = time.perf_counter()
        self.app._driver.send_message(event)
        await self.quiet()
        frames = self._replay()
        changed = [when for when, change in frames if change]
        if not changed:
            return None
        return frames[0][0] - t, changed[-1] - t


async def _latencies(paths: list[Path] | None, presses: int) -> dict[str, list[float]]:
    from dealview.tui.app import make_app
    from dealview.tui.screens.main import MainScreen

    tmp = Path(tempfile.mkdtemp())
    app = make_app(paths, data_dir=tmp, review=tmp / "r.json")
    probe = FrameProbe(app, (200, 50))
    out: dict[str, list[float]] = {}
    async with app.run_test(size=(200, 50)) as pilot:
        await app.workers.wait_for_complete()
        deadline = time.perf_counter() + APP_LIMIT_S
        while not isinstance(app.screen, MainScreen):
            if time.perf_counter() > deadline:
                raise RuntimeError(f"the app showed no main screen in {APP_LIMIT_S} s")
            await pilot.pause(0.01)

        async def measure(
            name: str, key: str, before: tuple[str, ...] = (), after: tuple[str, ...] = ()
        ) -> None:
            firsts = out.setdefault(f"{name}|first", [])
            settled = out.setdefault(f"{name}|settled", [])
            for _ in range(presses):
                for k in before:
                    await probe.key(k)
                took = await probe.key(key)
                if took is not None:
                    firsts.append(took[0])
                    settled.append(took[1])
                for k in after:
                    await probe.key(k)

        await measure("next contradiction (n), overview", "n")
        await measure("next finding (]), overview", "right_square_bracket")
        # y twice: a verdict, then the same key clears it; both saved as they are given.
        await measure("confirm / clear (y), overview", "y")
        await measure("next unreviewed (u), overview", "u")
        await measure("open compare (c)", "c", after=("o",))
        # Scroll where there is something to scroll: the topic with the most passages.
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await probe.key("c")
        screen.state.topic = max(screen.analysis.topics, key=lambda t: len(t.passages)).id
        screen._show_compare()
        await measure("scroll compare, longest topic (j)", "j")
        await measure("next source (tab), compare", "tab")
        await measure("next contradiction (n), compare", "n")
        await measure("open the topic list (t)", "t", after=("escape",))
        await measure("switch topic (enter in the list)", "enter", before=("t", "down"))
        await measure("confirm / clear (y), compare", "y")
        for k in ("slash", *"the", "enter"):
            await probe.key(k)
        await measure("next match (n), compare search", "n")
        await probe.key("escape")
        await probe.key("m")
        await measure("scroll the claims matrix (j)", "j")
    return out


def interaction(paths: list[Path] | None, presses: int) -> dict[str, dict[str, float]]:
    """Keystroke to frames, per action: median first frame, median and 95th percentile of the
    last frame that changed the screen."""
    samples = asyncio.run(_latencies(paths, presses))
    result = {}
    for key, values in samples.items():
        name, which = key.rsplit("|", 1)
        if which != "settled":
            continue
        values.sort()
        first = samples[f"{name}|first"]
        result[name] = {
            "first_ms": 1000 * statistics.median(first) if first else math.nan,
            "median_ms": 1000 * statistics.median(values) if values else math.nan,
            "p95_ms": 1000 * values[min(len(values) - 1, int(0.95 * len(values)))]
            if values
            else math.nan,
            "samples": len(values),
        }
    return result


def app_memory(paths: list[Path], cold: bool) -> float:
    """Peak memory (MiB) of the running app once the articles are analysed and shown: `cold`,
    analysing them in the app; otherwise from the stored analysis."""
    env = {**os.environ, **({"DEALVIEW_NO_CACHE": "1"} if cold else {})}
    out = subprocess.run(
        [PY, "-c", APP_MEMORY, *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=APP_LIMIT_S,
    )
    return float(
        next(line for line in out.stdout.splitlines() if not line.startswith(("frame ", "phases ")))
    )


WHY = """## What was done, and where the misses come from

Profiled on this machine; absolute times vary from run to run by up to 50 % when the two cores
are shared, the ratios less.

- **Start-up** (the table of phases above). A stored analysis (pickled, keyed by the
  articles' bytes, the topics file, the engine's source and the pydantic version:
  core/cache.py) is read before the app starts, in a few milliseconds, and the main screen
  is the app's first screen: no loading frame. The models defer pydantic's validator builds,
  which a pickle never needs; the review models build theirs just after the first frame (a
  saved review is validated before it: about 20 ms, within this machine's noise here). The
  collector is held off until the first frame is drawn (a full collection walking the
  modules and the analysis cost 20-40 ms of it). What remains above the minimal app is
  pydantic (importing it and defining the models: about a third of the minimal app's whole
  start-up on its own, so 1.3x cannot be met while the models are pydantic models, which
  the design fixes as the contract between core and tui), dealview's own modules, and
  laying out and drawing a full screen of findings, with its stylesheet, instead of one
  line. A first run also analyses the articles (in a worker; the app shows that it is
  analysing).
- **Analysis scaling** (`python -m bench.profile N --kind KIND`: cProfile of one analysis,
  the functions of core/ by cumulative time). Fact keys replaced the scoring of every pair of
  claims sharing a party (`compare` at 1,000 reprints: 104 s -> under 1 s); origins find
  candidate pairs by prefix filtering over the rarest shingles instead of counting every
  pair that shares one (133 s -> 3.5 s at 5,000 reprints); reprinted lines and sentences are
  classified and read once (core/sentence_memo.py); alignment scores each distinct pair of
  passage texts once per topic; the collector runs less often during an analysis. From 150
  articles on, with two cores and no other thread in the process, origins are found in a
  forked child while the parent reads the articles, and the later half of the articles'
  claims are read in another child (core/two_cores.py; the app, which analyses in a worker
  thread, reads on one core). Memory: claims share pydantic's per-instance set of field
  names (1.4 KB of a 3.2 KB claim) and every value they repeat (sentence texts, parties,
  fact keys, numbers: core/shared_values.py), and what only the early stages need (the
  sentence memo, folded texts, names, sentences) is let go before the later stages; a cache
  of `fold` kept every article and its folded copy for the life of the process. What
  remains at 5,000 reprints is spread: claim extraction (about 7 s in each of two
  processes), alignment (about 5 s, rapidfuzz's `cdist` on both cores), names (4.5 s),
  parsing (3 s), comparison (4 s), topics (2.5 s); the memory is mostly the claims (160,000
  pydantic models, 1.2 KB each) and the lemmatiser's dictionaries (40 MB).
- **Keystrokes.** The compare view, the claims matrix and the finding in the overview are
  line-API views (ScrollView): text is wrapped once per width and remembered, only the lines
  in sight are drawn, and the matrix draws only the columns in sight (Textual's DataTable
  drew all 200 sources' columns for each line: 0.7 s to open the matrix on 200 articles).
  The overview remembers the findings shown lately and, once a frame is drawn, prepares the
  finding the same key would reach next; the findings list repaints the two options a move
  changes, not the list. The key bar is one widget (Textual's footer remounts a widget per
  key on every change of focus); the topic picker drops over the view instead of redrawing
  the terminal as a dialog screen, takes the keys while open but never the focus (a change
  of focus restyles and redraws the view that loses it, its scrollbar and the key bar), and
  prepares the topic highlighted in it once the frame is drawn, so that picking it only
  assembles lines; the compare view's scrollbar track is always there (a scrollbar that
  came and went with the topic's length was drawn by Textual two timer ticks after the
  text); the two boxes that hold the views are hidden (their children shown), so that
  Textual does not paint them under the views; focus moves at once instead of a frame
  later; hidden views follow the current finding only when shown; the garbage collector is
  frozen once the analysis is loaded (its full collections were the 40-110 ms outliers), and
  it then starts no full collection of its own: one runs when the reader pauses for a second
  (what the views remember grew into thousands of objects, and collecting them, 13-60 ms,
  landed on one key in ten); a search's next match updates the status line in the same frame
  as the match.
  What remains is Textual's own cost per frame: a layout pass, a restyle when the focus
  moves, and about 20 microseconds per line of each widget drawn (the compare view's
  scrollbar alone costs 1-2 ms whenever it is redrawn), so a key that redraws the whole
  screen takes 12-20 ms on this machine, more in a slow spell: opening the compare view on
  200 articles also restyles the findings list it hides (1.5 ms with 301 findings).
"""


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def phase_table(phases: object, minimal_app: float) -> list[str]:
    """The start-up phases of both apps side by side, as Markdown lines."""
    assert isinstance(phases, dict)
    minimal, dealview = phases["minimal_app"], phases["dealview_app"]
    lines = [
        "Where the time to the first frame goes (timed inside each process, medians; the",
        "interpreter's own start is the same for both and left out). The last column is each",
        "phase's share of the minimal app's whole start-up, the unit of the ratio above:",
        "",
        "| phase | minimal app | dealview | more than the minimal app |",
        "|---|---|---|---|",
    ]
    for phase in dealview:
        ours, theirs = dealview[phase], minimal.get(phase, 0.0)
        lines.append(
            f"| {phase} | {theirs * 1000:.0f} ms | {ours * 1000:.0f} ms | "
            f"{(ours - theirs) * 1000:+.0f} ms ({(ours - theirs) / minimal_app:+.2f}x) |"
        )
    return lines


def report(results: dict[str, object]) -> str:
    """Render the results as Markdown."""
    s = results["startup"]
    assert isinstance(s, dict)
    inter = results["interaction"]
    assert isinstance(inter, dict)
    app_ratio = s["dealview_app"] / s["minimal_app"]
    help_ratio = s["dealview_help"] / s["import_textual_app"]
    report_ratio = s["dealview_report"] / s["import_textual_app"]
    lines = [
        "# dealview benchmark results",
        "",
        f"Machine: {results['machine']}.",
        f"Run: `python -m bench.run` on {results['date']}.",
        f"Engine when the analysis-scaling runs began: {results['commit']}.",
        "Medians of repeated runs; ratios are taken within this run.",
        "",
        "## Start-up",
        "",
        "| measure | time | ratio | target | |",
        "|---|---|---|---|---|",
        f"| minimal Textual app, process start to first frame | {s['minimal_app']:.3f} s | 1 | | |",
        f"| dealview, process start to first frame with the sample analysed (cached) | "
        f"{s['dealview_app']:.3f} s | {app_ratio:.2f} | ≤ 1.3 | {_verdict(app_ratio <= 1.3)} |",
        f"| the same, with a saved review to read | {s['dealview_app_review']:.3f} s | "
        f"{s['dealview_app_review'] / s['minimal_app']:.2f} | | |",
        f"| the same, first run (no cached analysis) | {s['dealview_app_cold']:.3f} s | "
        f"{s['dealview_app_cold'] / s['minimal_app']:.2f} | | |",
        f'| `python -c "import textual.app"` | {s["import_textual_app"]:.3f} s | 1 | | |',
        f"| `dealview --help` | {s['dealview_help']:.3f} s | {help_ratio:.2f} | ≤ 1.5 | "
        f"{_verdict(help_ratio <= 1.5)} |",
        f"| `dealview report` (sample, cached) | {s['dealview_report']:.3f} s | {report_ratio:.2f} "
        f"| ≤ 1.5 | {_verdict(report_ratio <= 1.5)} |",
        f"| the same, first run (no cached analysis) | {s['dealview_report_cold']:.3f} s | "
        f"{s['dealview_report_cold'] / s['import_textual_app']:.2f} | | |",
        "",
        "The two apps are timed from process start to the first frame each one renders (the",
        "time it writes then), not to their exit.",
        "",
        *phase_table(results["phases"], s["minimal_app"]),
        "",
    ]
    runs = results["scaling"]
    assert isinstance(runs, list)
    lines += scaling_section([r for r in runs if isinstance(r, Run)])
    lines += [
        "",
        "## Keystroke to rendered frame (200x50 terminal)",
        "",
        "Each key is sent as the terminal driver sends it, once the app has been quiet for",
        "150 ms; every frame the headless app renders is timestamped and turned into the bytes a",
        "truecolor terminal would get. After the key (never during it) the frames are replayed",
        "through a terminal emulator (pyte): *first* is the first frame after the key, *settled*",
        "the last frame that changed the screen (a scrollbar thumb moving counts). Targets apply",
        "to settled: median under 16 ms, 95th percentile under 50 ms.",
        "",
        "| corpus | action | first (median) | settled median | settled p95 | target |",
        "|---|---|---|---|---|---|",
    ]
    lines += keystroke_table(inter)
    lines += [
        "",
        "## Memory of the running app",
        "",
        f"200 articles shown, peak memory: {results['app_memory_200_cold']:.0f} MiB when the "
        f"app analyses them, {results['app_memory_200']:.0f} MiB from the stored analysis.",
        "",
        WHY,
    ]
    return "\n".join(lines)


def keystroke_table(inter: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """The keystroke rows, as Markdown table lines."""
    lines = []
    for corpus, rows in inter.items():
        for name, v in rows.items():
            if not v["samples"]:
                lines.append(f"| {corpus} | {name} | nothing to scroll here | | | |")
                continue
            ok = v["median_ms"] < 16 and v["p95_ms"] < 50
            lines.append(
                f"| {corpus} | {name} | {v['first_ms']:.1f} ms | {v['median_ms']:.1f} ms | "
                f"{v['p95_ms']:.1f} ms | {_verdict(ok)} |"
            )
    return lines


def keystroke_rows(presses: int) -> None:
    """Measure the keystrokes alone (the sample and 200 generated articles) and print their
    rows of the results table."""
    from bench.generate import write_corpus

    work = Path(tempfile.mkdtemp(prefix="dealview-keys-"))
    write_corpus(work / "generated_200", 200)
    inter = {
        "sample (5)": interaction(None, presses),
        "generated (200)": interaction([work / "generated_200"], presses),
    }
    print("\n".join(keystroke_table(inter)))


def main() -> None:
    """Run every benchmark and write bench/RESULTS.md."""
    parser = argparse.ArgumentParser(description="dealview benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 1,000 articles")
    parser.add_argument(
        "--keys", action="store_true", help="only the keystroke rows (printed, not written)"
    )
    args = parser.parse_args()
    if args.keys:
        keystroke_rows(15 if args.quick else 30)
        return
    runs = 3 if args.quick else 11
    sizes = QUICK_GENERATED_SIZES if args.quick else GENERATED_SIZES
    reprint_sizes = QUICK_REPRINT_SIZES if args.quick else REPRINT_SIZES
    work = Path(tempfile.mkdtemp(prefix="dealview-bench-"))
    # A regular install compiles the modules to bytecode; an editable one (with
    # PYTHONDONTWRITEBYTECODE set, as on some machines) would compile them at every start.
    for folder in ("core", "tui"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    results: dict[str, object] = {"machine": machine(), "date": time.strftime("%Y-%m-%d")}
    print("start-up…", flush=True)
    results["startup"], results["phases"] = startup(2 * runs - 1, work)
    print("scaling…", flush=True)
    results["commit"] = engine_state()
    results["scaling"] = scaling(sizes, work) + scaling(reprint_sizes, work, "reprints")
    print("interaction…", flush=True)
    presses = 15 if args.quick else 30
    results["interaction"] = {
        "sample (5)": interaction(None, presses),
        "generated (200)": interaction([work / "generated_200"], presses),
    }
    print("memory…", flush=True)
    results["app_memory_200_cold"] = app_memory([work / "generated_200"], cold=True)
    results["app_memory_200"] = app_memory([work / "generated_200"], cold=False)
    text = report(results)
    (ROOT / "bench" / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
