"""Compare find_origins of a past commit (HEAD by default) with the working tree's on corpora.

    python -m bench.compare_origins [--rev HEAD] [--generated 1000] [--reprints 1000] [PATH ...]

For each corpus (the sample, ../shared/eval/*, tests/data/*, generated and reprint corpora, or
the PATHs given), prints both timings and whether `origin` and `duplicate_of` are identical.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from bench.generate import write_corpus
from dealview.core import origins as current
from dealview.core.reading import collect_paths, read_article, sample_dir, unique_ids

ROOT = Path(__file__).resolve().parent.parent


def _old_module(rev: str, folder: Path) -> ModuleType:
    source = subprocess.run(
        ["git", "show", f"{rev}:core/origins.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = folder / "origins_old.py"
    path.write_text(source.replace("from .", "from dealview.core."))
    spec = importlib.util.spec_from_file_location("origins_old", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["origins_old"] = module
    spec.loader.exec_module(module)
    return module


def _raws(folder: Path) -> list:  # type: ignore[type-arg]
    found = []
    for f in collect_paths([folder], []):
        # A file the reader refuses is simply not compared.
        with contextlib.suppress(Exception):
            found.append(read_article(f))
    return unique_ids(found)


def main() -> None:
    """Run both versions on every corpus and print one line each."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("--generated", type=int, nargs="*", default=[1000])
    parser.add_argument("--reprints", type=int, nargs="*", default=[1000])
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = _old_module(args.rev, Path(tmp))
        corpora = list(args.paths) or [
            sample_dir(),
            *sorted(p for p in (ROOT.parent / "shared" / "eval").iterdir() if p.is_dir()),
            *sorted(p for p in (ROOT / "tests" / "data").iterdir() if p.is_dir()),
        ]
        for n in args.generated:
            out = Path(tmp) / f"generated-{n}"
            write_corpus(out, n)
            corpora.append(out)
        for n in args.reprints:
            out = Path(tmp) / f"reprints-{n}"
            write_corpus(out, n, kind="reprints")
            corpora.append(out)
        same_all = True
        for folder in corpora:
            raws = _raws(folder)
            t0 = time.perf_counter()
            before = old.find_origins(raws)
            t1 = time.perf_counter()
            after = current.find_origins(raws)
            t2 = time.perf_counter()
            same = before.origin == after.origin and before.duplicate_of == after.duplicate_of
            same_all &= same
            print(
                f"{folder.name:<22} {len(raws):>5} articles  origins {before.independent():>5} -> "
                f"{after.independent():>5}  {t1 - t0:7.2f} s -> {t2 - t1:6.2f} s  "
                f"{'identical' if same else 'DIFFERENT'}"
            )
        sys.exit(0 if same_all else 1)


if __name__ == "__main__":
    main()
