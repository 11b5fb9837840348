"""Write corpora of realistic French and English news articles for the benchmarks.

Articles come in stories: each story is a deal between two invented companies with its figures
(amount, start year, duration, yearly rate, power, jobs, share). Each article of a story tells
it in its own words and language, gives a subset of the figures, sometimes a conflicting one,
sometimes in the conditional, credits an outlet, and carries filler and site boilerplate. No
two articles are copies of one file.

`--kind reprints` writes wire reprints instead: articles made of reshuffled paragraphs of a few
real stories, all speaking of the same parties (bench/reprints.py).

    python -m bench.generate OUT_DIR N [--kind generated|reprints] [--seed S]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

from bench.reprints import generate_reprints

KINDS = ("generated", "reprints")
"""The kinds of corpus: invented deal stories (the default), or wire reprints of real ones."""

SYLLABLES = "vel tor ix an dra mo nex qua lum sor bel tri ka zen ori pax vor ly sta fen".split()
OUTLETS_FR = ["Le Courrier économique", "La Gazette des affaires", "Le Journal du soir"]
OUTLETS_EN = ["the Daily Ledger", "Market Wire", "the Evening Post"]
CITIES = ["Lyon", "Texas", "Ohio", "Michigan", "Madrid", "Berlin"]
FILLER_FR = (
    ["Les marchés", "Les analystes", "Les investisseurs", "Les concurrents", "Les syndicats"],
    ["ont accueilli", "commentent", "attendent", "scrutent", "discutent"],
    [
        "la nouvelle avec prudence",
        "les perspectives du secteur",
        "des précisions sur le calendrier",
        "les conséquences pour l'emploi",
        "la stratégie du groupe",
        "l'équilibre du marché",
    ],
)
FILLER_EN = (
    ["Markets", "Analysts", "Investors", "Rivals", "Unions"],
    ["greeted", "weighed", "await", "scrutinised", "debated"],
    [
        "the news with caution",
        "the outlook for the sector",
        "details of the timetable",
        "the consequences for jobs",
        "the group's strategy",
        "the balance of the market",
    ],
)
BOILERPLATE_FR = ["Laisser un commentaire", "Inscrivez-vous à notre newsletter", "Source : Agence"]
BOILERPLATE_EN = ["Leave a comment", "Sign up for our newsletter", "Source: Wire"]


@dataclass
class Story:
    """The facts of one deal, as the sources may report them."""

    buyer: str
    seller: str
    amount: int
    start: int
    years: int
    gw: float
    jobs: int
    share: int


def _filler(parts: tuple[list[str], list[str], list[str]], rng: random.Random, k: int) -> list[str]:
    return [
        f"{rng.choice(parts[0])} {rng.choice(parts[1])} {rng.choice(parts[2])}." for _ in range(k)
    ]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _story(rng: random.Random) -> Story:
    return Story(
        buyer=_name(rng),
        seller=_name(rng),
        amount=rng.choice([5, 8, 12, 20, 30, 45, 60, 120, 300]),
        start=rng.randint(2025, 2030),
        years=rng.choice([3, 4, 5, 10]),
        gw=rng.choice([1.5, 2, 4.5, 6]),
        jobs=rng.choice([800, 1200, 2500, 4000]),
        share=rng.randint(5, 40),
    )


def _fr(s: Story, rng: random.Random, n: int) -> str:
    amount = s.amount + (rng.choice([-2, 3, 10]) if rng.random() < 0.15 else 0)
    start = s.start + (1 if rng.random() < 0.2 else 0)
    verb = "aurait conclu" if rng.random() < 0.3 else "a conclu"
    outlet = rng.choice(OUTLETS_FR)
    lines = [f"{s.buyer} et {s.seller} : un accord à {amount} milliards"]
    body = [
        f"Selon {outlet}, {s.buyer} {verb} un accord de {amount} milliards de dollars avec "
        f"{s.seller}, sur {s.years} ans, avec des livraisons débutant en {start}.",
        f"Le contrat porte sur {str(s.gw).replace('.', ',')} gigawatts de capacité "
        f"à {rng.choice(CITIES)}.",
        f"{s.seller} emploiera {s.jobs:,} salariés sur le site.".replace(",", " "),
        f"{s.buyer} détient désormais {s.share} % du marché, selon les analystes.",
        f"{s.seller} a décliné de commenter.",
    ]
    rng.shuffle(body)
    text = body[: rng.randint(3, len(body))] + _filler(FILLER_FR, rng, 3)
    rng.shuffle(text)
    lines += [" ".join(text[i : i + 2]) for i in range(0, len(text), 2)]
    lines += [rng.choice(BOILERPLATE_FR), f"Article {n}."]
    return "\n\n".join(lines) + "\n"


def _en(s: Story, rng: random.Random, n: int) -> str:
    amount = s.amount + (rng.choice([-2, 3, 10]) if rng.random() < 0.15 else 0)
    start = s.start + (1 if rng.random() < 0.2 else 0)
    verb = "has reportedly agreed" if rng.random() < 0.3 else "has agreed"
    outlet = rng.choice(OUTLETS_EN)
    lines = [f"{s.buyer} strikes ${amount}bn deal with {s.seller}"]
    body = [
        f"{s.buyer} {verb} a ${amount} billion deal with {s.seller} over {s.years} years, "
        f"with deliveries starting in {start}, according to {outlet}.",
        f"The contract covers {s.gw} GW of capacity in {rng.choice(CITIES)}.",
        f"{s.seller} will employ {s.jobs:,} workers at the site, {s.seller} said.",
        f"{s.buyer} now holds {s.share}% of the market, analysts said.",
        f"{s.seller} declined to comment.",
    ]
    rng.shuffle(body)
    text = body[: rng.randint(3, len(body))] + _filler(FILLER_EN, rng, 3)
    rng.shuffle(text)
    lines += [" ".join(text[i : i + 2]) for i in range(0, len(text), 2)]
    lines += [rng.choice(BOILERPLATE_EN), f"Article {n}."]
    return "\n\n".join(lines) + "\n"


def generate(out: Path, count: int, seed: int = 7, per_story: int = 5) -> list[Path]:
    """Write `count` articles into `out` (stories of about `per_story` articles each)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    story = _story(rng)
    for n in range(count):
        if n and n % per_story == 0:
            story = _story(rng)
        text = (_fr if rng.random() < 0.5 else _en)(story, rng, n)
        path = out / f"article_{n:04d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def write_corpus(out: Path, count: int, kind: str = "generated", seed: int = 7) -> list[Path]:
    """Write `count` articles of `kind` (one of KINDS) into `out` and return their paths."""
    if kind == "reprints":
        return generate_reprints(out, count, seed)
    if kind == "generated":
        return generate(out, count, seed)
    raise ValueError(f"unknown corpus kind {kind!r}; expected one of {', '.join(KINDS)}")


def main() -> None:
    """Command line: write a corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--kind",
        choices=KINDS,
        default="generated",
        help="generated: invented deal stories (default); reprints: reshuffled paragraphs of "
        "the sample and the development stories",
    )
    args = parser.parse_args()
    write_corpus(args.out, args.count, args.kind, args.seed)


if __name__ == "__main__":
    main()
