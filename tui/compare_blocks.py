"""What the compare view shows, before it is laid out: one block per aligned row of a topic
(a cell per visible source), folded runs of agreed rows, or a hint."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content

from dealview.core.models import AlignedRow, Analysis, Claim, TopicPassage

from .finding_evidence import NOT_IN_FINDING, evidence_content, evidence_note, one_row_holds
from .render import Marks, highlight

CellKey = tuple[str, int, int, frozenset[tuple[str, str]], str]
"""What a cell's look depends on: article, passage start and end, the current finding's claims
in the passage with their role in it, the search."""


@dataclass(frozen=True)
class Cell:
    """One source's passage in a row; `content` is None when the source is silent there."""

    article: str
    content: Content | None
    key: CellKey | None = None


@dataclass(frozen=True)
class Block:
    """A row of cells side by side, or (with no cells) one line of text across all panes."""

    cells: tuple[Cell, ...] = ()
    text: Content | None = None
    current: bool = False
    """Whether the row holds a claim of the current finding."""
    folded: int = 0
    """How many agreed rows the line stands for (a folded run), else 0."""


def row_agrees(row: AlignedRow, analysis: Analysis, marks: Marks) -> bool:
    """Return whether every marked claim of a row supports an agreement (a row to fold)."""
    present = [p for p in row.cells.values() if p is not None]
    if len(present) < 2:
        return False
    verdicts = {
        marks.verdict[c.id]
        for p in present
        for c in analysis.claims_of(p.article)
        if p.start <= c.start < p.end and c.id in marks.verdict
    }
    return verdicts == {"agreement"}


def compare_blocks(
    analysis: Analysis,
    topic: str | None,
    visible: list[str],
    marks: Marks,
    current: set[str],
    fold: bool,
    search: str = "",
    memo: dict[CellKey, Content] | None = None,
    evidence: bool = False,
) -> list[Block]:
    """Return the blocks of `topic` for the `visible` sources, in alignment order; with `fold`,
    runs of rows on which every source agrees become one line (never the current finding's).
    With `evidence` (the view is opened on the finding whose claims are `current`), the
    finding's own sentences come first unless one row of the topic holds them all
    (tui/finding_evidence.py).

    `memo` keeps the styled text of cells from one call to the next (for the same analysis and
    marks): moving to another finding restyles only the cells that hold its claims."""
    by_article = {a: analysis.claims_of(a) for a in visible}
    rows = [r for r in analysis.alignment if r.topic == topic]
    blocks: list[Block] = []
    if evidence and current:
        blocks = _evidence_blocks(analysis, topic, rows, visible, marks, current, search, memo)
    if not rows:
        text = Content("No passage of these sources belongs to this topic.")
        return blocks if blocks and topic is None else [*blocks, Block(text=text)]
    folded = 0
    for row in rows:
        if not any(row.cells.get(a) for a in visible):
            continue
        holds_current = any(
            c.id in current
            for a in visible
            if (p := row.cells.get(a)) is not None
            for c in by_article[a]
            if p.start <= c.start < p.end
        )
        if fold and not holds_current and row_agrees(row, analysis, marks):
            folded += 1
            continue
        if folded:
            blocks.append(_fold_line(folded))
            folded = 0
        cells = tuple(
            _cell(analysis, a, row.cells.get(a), by_article[a], marks, current, search, memo)
            for a in visible
        )
        blocks.append(Block(cells=cells, current=holds_current))
    if folded:
        blocks.append(_fold_line(folded))
    return blocks


def _evidence_blocks(
    analysis: Analysis,
    topic: str | None,
    rows: list[AlignedRow],
    visible: list[str],
    marks: Marks,
    current: set[str],
    search: str,
    memo: dict[CellKey, Content] | None,
) -> list[Block]:
    """The finding's sentences side by side and the line that says what they are; nothing
    when one row of the topic holds them all."""
    claims = sorted(map(analysis.claim, current), key=lambda c: (c.article, c.start))
    if one_row_holds(rows, claims, visible):
        return []
    cells: list[Cell] = []
    for article in visible:
        own = [c for c in claims if c.article == article]
        if not own:
            cells.append(Cell(article, NOT_IN_FINDING))
            continue
        shown = frozenset((c.id, marks.role(c.id) or "") for c in own)
        ids = ",".join(c.id for c in own)
        key: CellKey = (f"{article}\x1fevidence {ids}", -1, -1, shown, search)
        content = memo.get(key) if memo is not None else None
        if content is None:
            content = evidence_content(analysis, article, own, marks, current, search)
            if memo is not None:
                memo[key] = content
        cells.append(Cell(article, content, key))
    label = next((t.label for t in analysis.topics if t.id == topic), None)
    note = evidence_note(claims, visible, label if rows else None)
    return [Block(cells=tuple(cells), current=True), Block(text=note)]


def _cell(
    analysis: Analysis,
    art_id: str,
    passage: TopicPassage | None,
    claims: list[Claim],
    marks: Marks,
    current: set[str],
    search: str,
    memo: dict[CellKey, Content] | None,
) -> Cell:
    if passage is None:
        return Cell(art_id, None)
    inside = [c for c in claims if passage.start <= c.start < passage.end]
    shown = frozenset((c.id, marks.role(c.id) or "") for c in inside if c.id in current)
    key: CellKey = (art_id, passage.start, passage.end, shown, search)
    content = memo.get(key) if memo is not None else None
    if content is None:
        art = analysis.article(art_id)
        content = highlight(
            art, passage.start, passage.end, inside, marks, current=current, search=search
        )
        if memo is not None:
            memo[key] = content
    return Cell(art_id, content, key)


def _fold_line(count: int) -> Block:
    noun = "passage" if count == 1 else "passages"
    text = Content(f"⋯ {count} {noun} on which the sources agree (z to unfold)")
    return Block(text=text.stylize("dim italic"), folded=count)


def fold_notice(fold: bool, blocks: list[Block] | None) -> str:
    """What `z` just did, in words: how many passages it folded in the `blocks` shown (None
    outside the compare view), or why there was nothing to fold."""
    if blocks is None:
        state = "will be folded" if fold else "will all be shown"
        return f"Agreed passages {state} in the compare view (c)."
    if not fold:
        return "Unfolded: every passage of the topic is shown (z folds the agreed ones)."
    folded = sum(b.folded for b in blocks)
    if not folded:
        return (
            "Nothing to fold in this topic: z hides passages where the sources shown only "
            "agree (✓ marks alone), and it has none."
        )
    noun = "passage" if folded == 1 else "passages"
    return f"Folded {folded} {noun} on which the sources shown agree (⋯ lines; z to unfold)."
