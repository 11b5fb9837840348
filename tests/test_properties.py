"""Properties over any input: spans are exact, and nothing crashes the pipeline."""

from __future__ import annotations

from pathlib import Path

from extracting import extract
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dealview.core.pipeline import analyse
from dealview.core.reading import ReadError

_PIECES = st.sampled_from(
    [
        "Selon le Wall Street Journal, ",
        "Oracle ",
        "Open AI ",
        "aurait conclu ",
        "a signé ",
        "un accord de ",
        "300 milliards de dollars ",
        "$30bn a year ",
        "4,5 gigawatts ",
        "sur cinq ans",
        "à partir de 2027",
        "environ ",
        "plus de ",
        "14 %",
        "l'été 2024",
        "janvier ",
        "M. ",
        "É.-U. ",
        "« ",
        " »",
        ". ",
        ", ",
        " ; ",
        " : ",
        "?",
        "\n",
        "\n\n",
        "\r\n",
        "## ",
        "- ",
        "Credits image : X\n",
        "0\n",
        "reportedly ",
        "declined to comment ",
        "[bold]",
        "[/]",
        "\x1b[31m",
        "\u202e",
        "é",
        "e\u0301",
        "😀",
        "…",
        "’",
        "\x00",
    ]
)
_TEXT = st.one_of(st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=300))


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_every_claim_text_is_its_slice(text: str) -> None:
    for claim in extract(text):
        assert text[claim.start : claim.end] == claim.text
        assert claim.start < claim.end
        assert claim.sentence_start <= claim.start and claim.end <= claim.sentence_end


@given(st.lists(_TEXT, min_size=1, max_size=4))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_pipeline_never_crashes(tmp_path_factory: object, texts: list[str]) -> None:
    folder = Path(tmp_path_factory.mktemp("fuzz"))  # type: ignore[attr-defined]
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        analysis = analyse([folder])
    except ReadError as exc:  # every file empty or binary: one clear line, no crash
        assert "no article to analyse" in str(exc)
        return
    claims = {c.id: c for c in analysis.claims}
    for f in analysis.findings:
        assert all(cid in claims for cid in f.claims)
    analysis.model_dump_json()
