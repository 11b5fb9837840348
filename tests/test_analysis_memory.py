"""An analysis holds what it returns and little else once it is done."""

from __future__ import annotations

from pathlib import Path

from dealview.core.pipeline import analyse
from dealview.core.textnorm import fold

DATA = Path(__file__).parent / "data"


def test_no_article_stays_in_the_fold_cache() -> None:
    # fold() keeps what it folds (words, phrases): whole articles and their folded copies
    # stayed there for the life of the process, thousands of them after a large story.
    fold.cache_clear()
    analysis = analyse([DATA / "nimbus"])
    assert fold("Élan") == "elan"  # the cache still works for words
    cached = fold.cache_info().currsize
    assert cached > 0
    texts = {a.text for a in analysis.articles}
    # Reach the cache's keys through a fresh call on each article: a hit would mean it is kept.
    hits_before = fold.cache_info().hits
    for text in texts:
        fold(text)
    assert fold.cache_info().hits == hits_before, "a whole article was kept by fold's cache"


def test_equal_numbers_are_held_once() -> None:
    analysis = analyse([DATA / "nimbus"])
    by_value: dict[tuple[type, float], set[int]] = {}
    for c in analysis.claims:
        for v in (c.start, c.end, c.sentence_start, c.sentence_end):
            if v > 256:  # smaller ints are shared by Python itself
                by_value.setdefault((int, v), set()).add(id(v))
    assert by_value and all(len(ids) == 1 for ids in by_value.values())


def test_a_negative_zero_stays_negative() -> None:
    from dealview.core.models import Claim
    from dealview.core.shared_values import SharedValues

    def claim(value: float) -> Claim:
        return Claim(
            id="a:c1", article="a", start=0, end=1, text="x", kind="percentage", value=value
        )

    alike = SharedValues()
    plus, minus = alike.share(claim(0.0)), alike.share(claim(-0.0))
    assert str(plus.value) == "0.0" and str(minus.value) == "-0.0"
    one, other = alike.share(claim(2.5)), alike.share(claim(2.5))
    assert one.value is other.value
