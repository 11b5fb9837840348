"""Write corpora of wire reprints: articles made of reshuffled paragraphs of a few real stories.

A wire story is reprinted by many sites, each cutting, reordering and retitling it: every
article of such a corpus speaks of the same parties, which is the hard case for comparing
claims (every pair of claims shares a party). The paragraphs come from the bundled sample
(`seeds/`, one story) and from the development stories (`../shared/eval/STORY/NN.txt`, one
story per folder) when they are there. Each article has a title line taken from its story and
4-10 of its paragraphs (a fifth of the articles take some from a second story), shuffled; some
paragraphs are lightly varied (a sentence dropped, or a sentence with a figure given again on
its own) so that no article is an exact copy of another (exact copies count once).

    python -m bench.generate OUT_DIR N --kind reprints [--seed S]
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "seeds"
EVAL_DIR = ROOT.parent / "shared" / "eval"

MIN_PARAGRAPH = 80
"""Characters a line needs to count as a paragraph (shorter ones are headings, captions)."""
PARAGRAPH_ENDS = (".", "!", "?", "»", '"', "”", ")")
"""How a paragraph ends: a sentence, a quote or a bracket (not a menu or a caption)."""
TITLE_LENGTH = (20, 130)
"""Shortest and longest title line, in characters."""
TITLE_WORDS = 12
"""Words of a paragraph's first sentence that make a title when the story's own are not used."""
OWN_TITLE = 0.6
"""Chance that an article takes one of its story's titles rather than a lead made into one."""
PARAGRAPHS = (4, 10)
"""Fewest and most paragraphs per article."""
SECOND_STORY = 0.2
"""Share of articles that take some paragraphs from a second story."""
DROP_SENTENCE = 0.25
"""Chance that a paragraph of two sentences or more loses one."""
REPEAT_FIGURE = 0.15
"""Chance that a paragraph's sentence with a figure is given again as a paragraph of its own."""

SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")
DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Story:
    """The paragraphs and title lines of one story, from all its articles."""

    name: str
    paragraphs: tuple[str, ...]
    titles: tuple[str, ...]


def _is_title(line: str) -> bool:
    return (
        TITLE_LENGTH[0] <= len(line) <= TITLE_LENGTH[1]
        and line[0].isupper()
        and not line.endswith((".", ":", ",", ";", "*"))
    )


def read_story(name: str, files: list[Path]) -> Story:
    """Return the paragraphs (long lines ending a sentence) of `files`, and their titles (a
    first line that reads as a title)."""
    paragraphs: list[str] = []
    titles: list[str] = []
    for path in files:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        if lines and _is_title(lines[0]):
            titles.append(lines[0])
        paragraphs += [
            line for line in lines if len(line) >= MIN_PARAGRAPH and line.endswith(PARAGRAPH_ENDS)
        ]
    return Story(name, tuple(dict.fromkeys(paragraphs)), tuple(dict.fromkeys(titles)))


def default_stories(sample: Path = SAMPLE_DIR, eval_dir: Path = EVAL_DIR) -> list[Story]:
    """The bundled sample as one story, and each development story when `eval_dir` exists."""
    stories = [read_story("sample", sorted(sample.glob("*.txt")))]
    if eval_dir.is_dir():
        for folder in sorted(p for p in eval_dir.iterdir() if p.is_dir()):
            files = sorted(folder.glob("[0-9][0-9].txt"))
            if files:
                stories.append(read_story(folder.name, files))
    return [s for s in stories if s.paragraphs]


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences (a full stop, then a capital, a digit or a quote)."""
    return SENTENCE_BREAK.split(paragraph)


def _vary(paragraph: str, rng: random.Random) -> list[str]:
    """The paragraph, maybe with a sentence dropped, maybe followed elsewhere by a figure's
    sentence given again: the paragraphs to place."""
    parts = sentences(paragraph)
    if len(parts) >= 2 and rng.random() < DROP_SENTENCE:
        del parts[rng.randrange(len(parts))]
    out = [" ".join(parts)]
    figures = [s for s in parts if DIGIT.search(s)]
    if figures and rng.random() < REPEAT_FIGURE:
        out.append(rng.choice(figures))
    return out


def _title(story: Story, rng: random.Random) -> str:
    """One of the story's titles, or the first words of one of its sentences."""
    if story.titles and rng.random() < OWN_TITLE:
        return rng.choice(story.titles)
    words = rng.choice(sentences(rng.choice(story.paragraphs))).split()
    return " ".join(words[:TITLE_WORDS]).rstrip(" .,;:")


def _draw(stories: list[Story], rng: random.Random) -> str:
    main = rng.choice(stories)
    count = rng.randint(*PARAGRAPHS)
    picked: list[str] = []
    if len(stories) > 1 and rng.random() < SECOND_STORY:
        other = rng.choice([s for s in stories if s is not main])
        borrowed = rng.randint(1, max(1, count // 3))
        picked += rng.sample(other.paragraphs, min(borrowed, len(other.paragraphs)))
    picked += rng.sample(main.paragraphs, min(count - len(picked), len(main.paragraphs)))
    body = [p for paragraph in picked for p in _vary(paragraph, rng)]
    rng.shuffle(body)
    return "\n\n".join([_title(main, rng), *body]) + "\n"


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def generate_reprints(
    out: Path, count: int, seed: int = 7, stories: list[Story] | None = None
) -> list[Path]:
    """Write `count` distinct reprint articles into `out` and return their paths."""
    stories = default_stories() if stories is None else stories
    if not stories:
        raise ValueError("no story to draw paragraphs from")
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    written = []
    for n in range(count):
        text = _draw(stories, rng)
        for _ in range(100):
            if _normal(text) not in seen:
                break
            text = _draw(stories, rng)
        else:
            raise ValueError(f"the stories give fewer than {count} distinct articles")
        seen.add(_normal(text))
        path = out / f"article_{n:04d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
