"""The `dealview` command line. Arguments are parsed before anything heavy is imported."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dealview.core.models import Analysis

_REPORT_HELP = """\
Analyse articles and print the findings. No PATH: the bundled sample.
Without --topics, a topics.toml in the one folder given is used, else topics are derived."""


def _report_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dealview report",
        description=_REPORT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders")
    p.add_argument("--format", choices=("json", "md"), default="md", help="output format")
    p.add_argument("--topics", type=Path, metavar="FILE", help="a topics file (TOML)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE, not stdout")
    p.add_argument("--debug", action="store_true", help="show a traceback on error")
    return p


def _main_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dealview",
        description="Compare how several sources report the same story.",
        epilog="Commands: 'dealview report --help' for the JSON and Markdown report.",
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders")
    p.add_argument("--topics", type=Path, metavar="FILE", help="a topics file (TOML)")
    p.add_argument("--review", type=Path, metavar="FILE", help="the review file to use")
    p.add_argument(
        "--summary", action="store_true", help="print the findings instead of opening the app"
    )
    p.add_argument("--debug", action="store_true", help="show a traceback on error")
    return p


def _fail(message: str) -> int:
    from dealview.core.shown_names import one_line

    print(f"dealview: {one_line(message)}", file=sys.stderr)
    return 2


def _analyse(paths: list[Path], topics: Path | None, debug: bool) -> Analysis | int:
    """Return the analysis, or the exit code after one clear line on standard error."""
    from dealview.core.cache import cached_analyse, default_cache_dir
    from dealview.core.reading import ReadError
    from dealview.core.topics import TopicsFileError

    try:
        return cached_analyse(paths or None, topics, default_cache_dir())
    except (ReadError, TopicsFileError) as exc:
        if debug:
            raise
        return _fail(str(exc))


def run_report(argv: Sequence[str]) -> int:
    """Run `dealview report`: print the analysis as Markdown or JSON."""
    args = _report_parser().parse_args(argv)
    analysis = _analyse(args.paths, args.topics, args.debug)
    if isinstance(analysis, int):
        return analysis
    if args.format == "json":
        from dealview.core.report_json import render_json

        text = render_json(analysis)
    else:
        from dealview.core.report_md import render_markdown

        text = render_markdown(analysis)
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            return _fail(f"{args.output}: cannot be written ({exc.strerror or exc})")
    else:
        sys.stdout.write(text)
    return 0


def run_app(argv: Sequence[str]) -> int:
    """Run `dealview [PATH ...]`: the terminal app (a plain summary when not in a terminal)."""
    args = _main_parser().parse_args(argv)
    if args.summary or not (sys.stdin.isatty() and sys.stdout.isatty()):
        return run_overview(args)
    for p in args.paths:
        try:
            if not p.exists():
                return _fail(f"{p}: no such file or folder")
        except OSError as exc:  # a name longer than the system allows
            return _fail(f"{p}: cannot be read ({exc.strerror or exc})")
    from dealview.tui.app import make_app

    make_app(args.paths or None, topics=args.topics, review=args.review).run()
    return 0


def run_overview(args: argparse.Namespace) -> int:
    """Print a plain summary of the findings."""
    analysis = _analyse(args.paths, args.topics, args.debug)
    if isinstance(analysis, int):
        return analysis
    from dealview.core.summary import render_summary

    sys.stdout.write(render_summary(analysis))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `dealview` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "report":
            return run_report(args[1:])
        return run_app(args)
    except BrokenPipeError:
        # The reader went away (`dealview report | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
