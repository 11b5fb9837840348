"""Shared fixtures: the analysed sample, and a helper that analyses articles written on the fly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dealview.core.models import Analysis, Claim, Finding
from dealview.core.pipeline import analyse


@pytest.fixture(scope="session")
def sample() -> Analysis:
    """The bundled sample, analysed once with its topics file."""
    return analyse()


Story = Callable[..., Analysis]


@pytest.fixture
def story(tmp_path: Path) -> Story:
    """Return a function that writes articles (name -> text) and analyses them."""

    def run(articles: dict[str, str], topics: str | None = None) -> Analysis:
        folder = tmp_path / "story"
        folder.mkdir(exist_ok=True)
        for name, text in articles.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        topics_file = None
        if topics is not None:
            topics_file = tmp_path / "topics.toml"
            topics_file.write_text(topics, encoding="utf-8")
        return analyse([folder], topics_file)

    return run


def claims_of(analysis: Analysis, kind: str, article: str | None = None) -> list[Claim]:
    """Return the claims of one kind, optionally of one article."""
    return [
        c for c in analysis.claims if c.kind == kind and (article is None or c.article == article)
    ]


def findings_of(analysis: Analysis, kind: str, rule: str | None = None) -> list[Finding]:
    """Return the findings of one kind, optionally fired by one rule."""
    return [f for f in analysis.findings if f.kind == kind and (rule is None or f.rule == rule)]


# --- the terminal app ---

SNAPSHOTS = Path(__file__).resolve().parent.parent / "snapshots"


@pytest.fixture(autouse=True)
def _stable_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Snapshots must not depend on the environment: colours on, one time zone."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TZ", "UTC")


def pytest_configure(config: pytest.Config) -> None:
    """Store SVG snapshots in the top-level snapshots/ folder that the design card names."""
    from pytest_textual_snapshot import SVGImageExtension

    def dirname(cls: type, *, test_location: object) -> str:
        return str(SNAPSHOTS)

    SVGImageExtension.dirname = classmethod(dirname)  # type: ignore[method-assign, assignment]
