"""The engine never imports the terminal UI libraries."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import dealview.core


def test_core_imports_no_textual_and_no_rich() -> None:
    modules = [f"dealview.core.{m.name}" for m in pkgutil.iter_modules(dealview.core.__path__)]
    assert "dealview.core.pipeline" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_report_command_imports_no_textual() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from dealview.tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['report', '--format', 'json'])\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('textual'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
