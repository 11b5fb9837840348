"""The library entry point: `dealview.core.claims_in`, as the README documents it."""

from __future__ import annotations

import subprocess
import sys

from dealview.core import claims_in


def test_claims_in_returns_claims_whose_text_is_their_slice() -> None:
    text = "Le groupe a annoncé lundi un contrat de 300 milliards de dollars sur cinq ans."
    claims = claims_in(text, "fr")
    kinds = {c.kind for c in claims}
    assert {"money", "duration"} <= kinds
    for c in claims:
        assert text[c.start : c.end] == c.text


def test_claims_in_detects_the_language_when_none_is_given() -> None:
    english = claims_in("The company said it would cut 1,200 jobs, or about 4% of its staff.")
    assert any(c.kind == "percentage" and c.value == 4 for c in english)


def test_importing_the_package_loads_no_engine_module() -> None:
    code = (
        "import sys, dealview.core\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('dealview.core.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_readme_example_prints_what_the_readme_says() -> None:
    text = "Le séisme, de magnitude 6,1, a fait une trentaine de blessés."
    shown = [
        (c.kind, c.text, c.value, c.unit, c.qualifier, c.precision) for c in claims_in(text, "fr")
    ]
    assert shown == [
        ("measure", "magnitude 6,1", 6.1, "magnitude", "exact", 0.1),
        ("count", "une trentaine de blessés", 30.0, "injured", "approximate", 10.0),
    ]
