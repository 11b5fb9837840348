"""Whatever users point dealview at: a correct result or one clear line, never a traceback."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from dealview.core.models import Analysis
from dealview.core.pipeline import analyse
from dealview.core.reading import MAX_FILE_BYTES, ReadError
from dealview.core.review import Review, load_review, save_review

FR = (
    "Selon le Wall Street Journal, Oracle aurait conclu un accord de 300 milliards de dollars "
    "avec OpenAI, avec des achats débutant en 2027. Oracle a décliné de commenter."
)


def run_report(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dealview.tui.cli", "report", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def write(folder: Path, name: str, data: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# --- paths ---


def test_a_missing_path_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = run_report(str(tmp_path / "nope"))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"dealview: {tmp_path / 'nope'}: no such file or folder\n"


def test_a_folder_without_articles(tmp_path: Path) -> None:
    write(tmp_path / "pics", "photo.png", b"\x89PNG\r\n")
    done = run_report(str(tmp_path / "pics"))
    assert done.returncode == 2
    assert "no article files (.txt, .md, .markdown, .html, .htm) in folder" in done.stderr


def test_subfolders_images_and_hidden_files_are_passed_over(tmp_path: Path) -> None:
    story = tmp_path / "story"
    write(story, "a.txt", FR)
    write(story / "more", "b.md", FR.replace("2027", "2028"))
    write(story, "cover.jpg", b"\xff\xd8\xff\xe0" + bytes(200))
    write(story, ".DS_Store", b"\x00\x00\x00\x01Bud1" + bytes(100))
    result = analyse([story])
    assert [a.id for a in result.articles] == ["a", "b"]


def test_an_unreadable_file_among_others_is_skipped_with_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = tmp_path / "story"
    write(story, "a.txt", FR)
    locked = write(story, "b.txt", FR)
    import dealview.core.reading as reading

    original = reading.os.open

    def os_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied")
        return original(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reading.os, "open", os_open)
    result = analyse([story])
    assert [a.id for a in result.articles] == ["a"]
    assert any("b.txt: cannot be read (Permission denied); skipped" in n for n in result.notices)
    with pytest.raises(ReadError, match="cannot be read"):
        analyse([locked])


# --- contents ---


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\t \r\n ", "empty"), (bytes(range(256)) * 40, "not text")],
)
def test_empty_whitespace_and_binary_files_are_skipped(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    story = tmp_path / "story"
    write(story, "good.txt", FR)
    write(story, "bad.txt", data)
    result = analyse([story])
    assert [a.id for a in result.articles] == ["good"]
    assert any(
        n.endswith(f"bad.txt: {reason}; skipped") or f"bad.txt: {reason}" in n
        for n in result.notices
    )
    alone = run_report(str(story / "bad.txt"))
    assert alone.returncode == 2 and f"bad.txt: {reason}" in alone.stderr


def test_one_huge_line_without_punctuation_finishes(tmp_path: Path) -> None:
    line = " ".join(
        f"mot{i % 97} 300 milliards" if i % 50 == 0 else f"mot{i % 89}" for i in range(330_000)
    )
    assert len(line) > 2_000_000
    write(tmp_path / "story", "long.txt", line)
    write(tmp_path / "story", "short.txt", FR)
    result = analyse([tmp_path / "story"])
    assert {a.id for a in result.articles} == {"long", "short"}


def test_a_file_over_the_limit_is_refused_with_the_limit(tmp_path: Path) -> None:
    story = tmp_path / "story"
    write(story, "ok.txt", FR)
    big = story / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    result = analyse([story])
    assert [a.id for a in result.articles] == ["ok"]
    assert any("over the 5 MB limit for one article; skipped" in n for n in result.notices)


# --- encodings ---


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + FR.encode("utf-8"), "utf-8-sig"),
        (FR.encode("utf-16"), "utf-16"),
        (FR.encode("cp1252"), "cp1252"),
        (FR.encode("latin-1"), "cp1252"),
        (FR.replace(". ", ".\r\n").encode("utf-8"), "utf-8"),
        (FR.replace(". ", ".\r").encode("utf-8"), "utf-8"),
        (unicodedata.normalize("NFD", FR).encode("utf-8"), "utf-8, NFC-normalised"),
    ],
    ids=["bom", "utf16", "cp1252", "latin1", "crlf", "cr", "nfd"],
)
def test_encodings_give_the_same_claims_at_right_offsets(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    write(tmp_path / "s", "a.txt", data)
    result = analyse([tmp_path / "s"])
    article = result.articles[0]
    assert article.encoding == encoding
    found = {
        (c.kind, c.display, c.hedged)
        for c in result.claims
        if c.kind in {"money", "date", "response"}
    }
    assert found == {
        ("money", "$300bn", True),
        ("date", "2027", True),
        ("response", "no comment", False),
    }
    for c in result.claims:
        assert article.text[c.start : c.end] == c.text


# --- sets of articles ---


def test_the_same_article_twice_is_counted_once(tmp_path: Path) -> None:
    write(tmp_path / "s", "a.txt", FR)
    write(tmp_path / "s", "copy.txt", FR)
    result = analyse([tmp_path / "s"])
    assert [a.id for a in result.articles] == ["a"]
    assert result.duplicates == {"copy": "a"}
    assert "copy is the same text as a: counted once" in result.notices
    assert not [f for f in result.findings if f.kind == "agreement"]


def test_reprints_of_one_wire_story_are_one_origin(tmp_path: Path) -> None:
    wire = (
        "Acme has agreed to buy Globex for $12 billion in cash, the companies said on Monday. "
        "The deal is expected to close in 2026, subject to regulatory approval. Acme said the "
        "combined group would employ 40,000 people and generate $1.2 billion in annual savings "
        "within three years. Globex shareholders will receive $62 a share."
    )
    write(tmp_path / "s", "wire.txt", wire)
    write(tmp_path / "s", "reprint.txt", "By our staff. " + wire + " Shares of Acme rose 3%.")
    write(
        tmp_path / "s",
        "own.txt",
        "Acme will pay $12bn for Globex, Acme told the FT, and close the deal in 2027.",
    )
    result = analyse([tmp_path / "s"])
    assert "3 sources, 2 independent: reprint reprints wire" in result.notices
    amount = [f for f in result.findings if f.kind == "agreement" and "$12bn" in f.summary]
    assert amount and amount[0].summary.endswith("in 3 sources (2 independent)")


def test_two_hundred_articles(tmp_path: Path) -> None:
    for n in range(200):
        year = 2027 + (n % 2)
        write(
            tmp_path / "s",
            f"a{n:03}.txt",
            f"Article {n}. " + FR.replace("2027", str(year)) + f" Note {n * 7}.",
        )
    result = analyse([tmp_path / "s"])
    assert len(result.articles) == 200
    assert result.findings


# --- untrusted text in the Markdown report ---


def test_controls_bidi_emoji_and_combining_marks_in_the_report(tmp_path: Path) -> None:
    # The controls sit in a sentence that holds a claim, so that the report quotes it.
    text = (
        FR
        + " Le titre a gagné 3 %\x00 \x85 \u202eevil\u202c 😀 e\u0301"
        + " [bold]x[/] \x1b[31mred\x1b[0m."
    )
    write(tmp_path / "s", "a.txt", text)
    write(tmp_path / "s", "b.txt", FR)
    done = run_report(str(tmp_path / "s"))
    assert done.returncode == 0
    for raw in ("\x00", "\x85", "\u202e", "\x1b"):
        assert raw not in done.stdout
    assert "␀" in done.stdout and "⟨U+202E⟩" in done.stdout and "😀" in done.stdout


# --- review files ---


def test_a_writer_killed_mid_save_leaves_a_valid_file(tmp_path: Path, sample: Analysis) -> None:
    path = tmp_path / "review.json"
    review = Review()
    review.set_status(sample.findings[0], "confirmed")
    save_review(path, review)
    writer = (
        "import sys\n"
        "from pathlib import Path\n"
        "from dealview.core.review import Review, Verdict, save_review\n"
        "v = Verdict(status='dismissed', note='x' * 2000)\n"
        "r = Review(verdicts={f'k{i}': v for i in range(300)})\n"
        "while True: save_review(Path(sys.argv[1]), r)\n"
    )
    for delay in (0.05, 0.13, 0.21, 0.34):
        proc = subprocess.Popen([sys.executable, "-c", writer, str(path)])
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        data = json.loads(path.read_text(encoding="utf-8"))
        assert sample.findings[0].key in data["verdicts"]  # merged, never lost


def test_two_processes_keep_each_others_verdicts(tmp_path: Path, sample: Analysis) -> None:
    path = tmp_path / "review.json"
    first, _ = load_review(path, sample)
    second, _ = load_review(path, sample)
    first.set_status(sample.findings[0], "confirmed")
    second.set_status(sample.findings[1], "dismissed")
    save_review(path, first)
    merged = save_review(path, second)
    assert merged.verdict(sample.findings[0]).status == "confirmed"
    assert merged.verdict(sample.findings[1]).status == "dismissed"
    again, _ = load_review(path, sample)
    assert again.reviewed(sample.findings) == 2


# --- HTML pages ---


PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Oracle signe avec OpenAI - Le Journal</title><meta name="author" content="Jean Dupont">
<meta property="og:site_name" content="Le Journal"></head><body>
<nav>Accueil | Tech | Économie | [bold]Menu[/]</nav>
<article><h1>Oracle signe un contrat géant avec OpenAI</h1>
<p>Selon le Wall Street Journal, Oracle aurait conclu un accord de 300 milliards de dollars
avec OpenAI, avec des achats débutant en 2027.</p>
<p>Oracle a décliné de commenter. OpenAI prévoit de diversifier ses fournisseurs.</p></article>
<footer>© 2025 Le Journal. Tous droits réservés. Nous utilisons des cookies.</footer>
<script>alert("x")</script></body></html>"""


def test_an_html_page_gives_its_article_text_and_metadata(tmp_path: Path) -> None:
    write(tmp_path / "s", "page.html", PAGE)
    write(tmp_path / "s", "b.txt", FR.replace("2027", "2028"))
    result = analyse([tmp_path / "s"])
    page = result.article("page")
    assert "article text extracted from HTML" in page.encoding
    assert page.title == "Oracle signe un contrat géant avec OpenAI"
    assert page.metadata["author"] == "Jean Dupont"
    assert "Accueil" not in page.text and "cookies" not in page.text and "alert" not in page.text
    money = [c for c in result.claims if c.article == "page" and c.kind == "money"]
    assert [c.text for c in money] == ["300 milliards de dollars"] and money[0].hedged
    for c in result.claims:
        assert result.article(c.article).text[c.start : c.end] == c.text
    assert any(f.kind == "contradiction" and "2028" in f.summary for f in result.findings)


def test_a_page_without_an_article_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "s", "empty.html", "<html><body><nav>Menu</nav></body></html>")
    write(tmp_path / "s", "b.txt", FR)
    result = analyse([tmp_path / "s"])
    assert [a.id for a in result.articles] == ["b"]
    assert any(
        "empty.html: no article text found in the page; skipped" in n for n in result.notices
    )
