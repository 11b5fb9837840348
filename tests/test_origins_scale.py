"""find_origins on small crafted corpora: reprints linked, unrelated stories kept apart."""

from __future__ import annotations

import random

from dealview.core.origins import find_origins
from dealview.core.reading import RawArticle

WIRE = (
    "La société Brimval a annoncé mardi la fermeture de son usine de Quessoy, qui emploie "
    "quatre cent douze salariés, en invoquant la baisse des commandes de l'industrie "
    "automobile. Les syndicats ont appelé à une grève dès jeudi matin devant les grilles du "
    "site, tandis que la préfecture promet une réunion avec la direction avant la fin du mois. "
    "Le maire de la commune a dénoncé une décision brutale prise sans concertation locale."
)
OTHER = (
    "The Halvern city council voted on Monday to rebuild the old ferry terminal, a project "
    "its engineers expect to last three winters. Residents who use the crossing every day "
    "asked for a temporary pier, and the harbour master said a shuttle boat would run from "
    "the fish market while the works go on along the northern quay."
)


def _raw(name: str, text: str) -> RawArticle:
    return RawArticle(name, name, text, "utf-8")


def _words(seed: int, count: int) -> str:
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ter", "vu", "sen", "dra", "pol", "ne", "fi", "gor", "ul"]
    return " ".join(
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(count)
    )


def test_a_reprint_with_its_own_lead_shares_the_wire_story_origin() -> None:
    reprint = "Notre correspondant régional rapporte les faits suivants. " + WIRE
    origins = find_origins([_raw("journal.txt", reprint), _raw("agence.txt", WIRE)])
    # The shorter text is the wire story the longer one adds to.
    assert origins.origin == {"journal.txt": "agence.txt", "agence.txt": "agence.txt"}
    assert origins.independent() == 1


def test_unrelated_articles_are_each_their_own_origin() -> None:
    origins = find_origins([_raw("a.txt", WIRE), _raw("b.txt", OTHER)])
    assert origins.origin == {"a.txt": "a.txt", "b.txt": "b.txt"}
    assert origins.independent() == 2


def test_the_same_text_twice_is_a_duplicate_not_an_origin() -> None:
    origins = find_origins([_raw("a.txt", WIRE), _raw("b.txt", "  " + WIRE.upper())])
    assert origins.duplicate_of == {"b.txt": "a.txt"}
    assert origins.origin == {"a.txt": "a.txt"}


def test_sharing_less_than_half_of_the_shorter_text_is_no_reprint() -> None:
    half = WIRE[: len(WIRE) // 3]
    mixed = half + " " + _words(3, 80)
    origins = find_origins([_raw("a.txt", WIRE), _raw("b.txt", mixed)])
    assert origins.independent() == 2


def test_a_wire_story_reprinted_sixty_times_links_every_reprint_to_it() -> None:
    raws = [
        _raw(f"site{n:02}.txt", f"{_words(n, 12)}. {WIRE} {_words(100 + n, 15)}.")
        for n in range(60)
    ]
    raws.append(_raw("wire.txt", WIRE))
    # Unrelated articles of their own words, all sharing a common phrase. (With fewer of them the
    # wire story, in over 80% of the articles, would be taken for boilerplate.)
    raws += [_raw(f"other{n}.txt", f"{_words(500 + n, 60)}. {OTHER[:60]}") for n in range(30)]
    origins = find_origins(raws)
    assert {origins.origin[f"site{n:02}.txt"] for n in range(60)} == {"wire.txt"}
    assert origins.origin["wire.txt"] == "wire.txt"
    assert all(origins.origin[f"other{n}.txt"] == f"other{n}.txt" for n in range(30))
    assert origins.independent() == 31


def test_origins_link_through_a_chain_of_reprints() -> None:
    # b reprints a, c reprints b's added part: one origin though a and c share little.
    a = WIRE
    extra = _words(9, 70)
    b = WIRE + " " + extra
    c = extra + " " + _words(10, 20)
    origins = find_origins([_raw("a.txt", a), _raw("b.txt", b), _raw("c.txt", c)])
    assert len(set(origins.origin.values())) == 1


def test_an_empty_article_and_a_very_short_one_are_their_own_origins() -> None:
    origins = find_origins([_raw("empty.txt", ""), _raw("short.txt", "Oui."), _raw("a.txt", WIRE)])
    assert origins.independent() == 3
