"""Aligning passages across many sources: rows gather what speaks of the same thing."""

from __future__ import annotations

from dealview.core.align import ROW_SAMPLE, align_topic
from dealview.core.models import Topic, TopicPassage

DEAL = "Acme will buy {n} turbines from Borealis for its wind farm, the company said on {day}."
HIRING = "Meanwhile the mayor of Lisbon opened a new public library near the harbour in {day}."


def test_a_passage_many_sources_share_stays_one_row_past_the_sampled_cells() -> None:
    """More sources than a row's sampled cells: every one still joins the row that speaks
    of the same thing, and no other passage does."""
    count = 3 * ROW_SAMPLE
    texts, passages = {}, []
    for n in range(count):
        article = f"a{n:03d}"
        deal = DEAL.format(n=40 + n % 7, day=("Monday", "Tuesday")[n % 2])
        other = HIRING.format(day=("May", "June")[n % 2])
        texts[article] = f"{deal}\n\n{other}"
        passages.append(TopicPassage(article=article, start=0, end=len(deal)))
        passages.append(TopicPassage(article=article, start=len(deal) + 2, end=len(texts[article])))
    topic = Topic(id="t", label="t", passages=passages)
    rows = align_topic(topic, sorted(texts), texts, claims=[])
    full = [r for r in rows if all(r.cells.values())]
    assert len(full) == 2
    for row in full:
        starts = {p.start for p in row.cells.values() if p is not None}
        assert starts == {0} or 0 not in starts  # deal passages together, the others apart
