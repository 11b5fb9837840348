"""The values dealview compares: one item per figure or date, in a dimension (money totals,
yearly money, durations, dates, power…), with the interval its written precision allows, and the
rates derived from others (a total over a duration; a monthly figure put per year).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .calendar_words import SEASON_MONTHS
from .fact_lexicon import frame_info
from .formatting import format_approx
from .models import Claim, FactKey
from .tolerance import Span, span_of

MAX_RATIO = 10.0
"""Values further apart than this factor are never taken for two readings of one fact."""
DERIVED_WINDOW = 140
"""How far after a total (in characters, same sentence) a duration may stand to make a rate."""
COUNTS_OF_ANY_NOUN = frozenset({"hires", "job_cuts"})
"""Frames whose counted noun varies with the writer ("jobs", "emplois", "postes") but not what
is counted."""
PER_SHARE = frozenset({"share"})
"""Periods of a price per share, compared with amounts written without one."""
PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 365.0}
"""How many of each period a year holds: monthly pay put per year meets yearly pay."""

COMPARED_KINDS = frozenset(
    {
        "money",
        "duration",
        "date",
        "power",
        "energy",
        "percentage",
        "count",
        "measure",
        "age",
        "ratio",
    }
)


@dataclass
class Item:
    """A value to compare: one claim, or a rate derived from a total and a duration."""

    claims: list[Claim]
    article: str
    dim: str
    kind: str
    span: Span | None
    edtf: str | None
    display: str
    hedged: bool
    role: str
    topic: str | None
    fact: FactKey
    derived: bool = False
    """A rate computed from a total and a duration: it repeats what its claims state."""
    scale: float = 1.0
    """A monthly, weekly or daily amount is compared per year: its value times this."""
    uid: int = 0

    @property
    def main(self) -> Claim:
        """The claim that states the value."""
        return self.claims[0]

    @property
    def value(self) -> float | None:
        """The value as written, in the item's dimension (a derived rate's computed value)."""
        if self.span is None:
            return None
        if self.derived:
            return (self.span.low + self.span.high) / 2
        v = self.main.value
        return float(v) * self.scale if isinstance(v, int | float) else None


def _dimension(c: Claim) -> str:
    if c.kind == "money":
        currency = (c.unit or "USD").split("/")[0]
        change = ":change" if c.sign else ""  # "a perdu 2 milliards" is no amount of a deal
        period = c.period or "total"
        if period in PER_YEAR:
            period = "year"  # put per year by `item_of`
        if period in PER_SHARE:
            period = "total"  # "$24 a share" and "$24 for each share": the frame tells them apart
        if c.role == "to-date":
            period = "to-date"  # raised "so far" is progress towards a total, not the total
        return f"money:{currency}:{period}{change}"
    if c.kind == "count":
        frame = frame_info(c.fact.frame if c.fact else None)
        if frame is not None and (frame.counted or frame.name in COUNTS_OF_ANY_NOUN):
            return f"count:{frame.name}"  # "1 200 emplois" and "1,200 jobs" created: one count
        return f"count:{c.unit}"
    if c.kind == "measure":
        return f"measure:{c.unit}"
    if c.kind == "percentage":
        # Percent and percentage points never compare; nor does a change with a level.
        return f"percentage:{c.unit or '%'}" + (":change" if c.sign else "")
    return c.kind


def item_of(c: Claim) -> Item:
    """Return the comparable item of a quantity or date claim; a monthly, weekly or daily
    amount is put per year (its interval and precision too), and says so."""
    span = span_of(c)
    display = c.display
    scale = 1.0
    per_year = PER_YEAR.get(c.period or "") if c.kind == "money" else None
    if span is not None and per_year and per_year != 1.0:
        span = span.scaled(per_year)
        point = float(c.value) * per_year if isinstance(c.value, int | float) else span.low
        currency = (c.unit or "USD").split("/")[0]
        shown = format_approx("money", point, f"{currency}/year", None)
        display = f"{shown} ({c.display} × {per_year:g})"
        scale = per_year
    return Item(
        claims=[c],
        article=c.article,
        dim=_dimension(c),
        kind=c.kind,
        span=span,
        edtf=c.value if c.kind == "date" and isinstance(c.value, str) else None,
        display=display,
        hedged=c.hedged,
        role=c.role or "point",
        topic=c.topic,
        fact=c.fact or FactKey(),
        scale=scale,
    )


def derived_rates(claims: list[Claim]) -> list[Item]:
    """Return yearly rates implied by a total and a duration in the same sentence."""
    out = []
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.article, c.sentence_start)].append(c)
    for group in by_sentence.values():
        # Only a total over a duration makes a rate: money raised "so far" is not a total.
        totals = [c for c in group if c.kind == "money" and c.role == "total"]
        durations = [c for c in group if c.kind == "duration"]
        for t in totals:
            after = [
                d
                for d in durations
                if t.end <= d.start <= t.end + DERIVED_WINDOW
                and not any(o is not t and t.end <= o.start < d.start for o in totals)
            ]
            if not after or t.low is None:
                continue
            d = after[0]
            if d.low is None or d.low <= 0:
                continue
            total, years = span_of(t), span_of(d)
            if total is None or years is None or years.low <= 0:
                continue
            span = Span(total.low / years.high, total.high / years.low)
            currency = (t.unit or "USD").split("/")[0]
            unit = f"{currency}/year"
            approx = "around" if (t.approximate or d.approximate) else None
            point = float(t.value) / float(d.value) if t.value and d.value else span.low
            shown = format_approx("money", point, unit, approx)
            item = item_of(t)
            item.claims = [t, d]
            item.dim = f"money:{currency}:year"
            item.span = span
            item.display = f"{shown} ({t.display} over {d.display})"
            item.hedged = t.hedged
            item.derived = True
            item.role = "rate"
            out.append(item)
    return out


def compatible(a: Item, b: Item) -> bool:
    """Return whether two values can both be true: dates that overlap, figures whose written
    precision lets them meet (see core/tolerance.py)."""
    if a.kind == "date" and a.edtf and b.edtf:
        return dates_overlap(a.edtf, b.edtf)
    if a.span is None or b.span is None:
        return True
    if _point(a) and _point(b):
        # The more precise figure, rounded to the precision of the other, must give it.
        fine, coarse = sorted((a, b), key=lambda i: i.span.high - i.span.low if i.span else 0.0)
        v = fine.value
        return v is not None and coarse.span is not None and coarse.span.holds(v)
    return a.span.overlaps(b.span)


def _point(it: Item) -> bool:
    return not it.derived and (it.main.qualifier or "exact") in {"exact", "approximate"}


_PART_MONTHS = {
    # A season starts about the 21st, so it may reach into the month after its last whole one.
    **{str(code): (first, last + 1) for code, (first, last) in SEASON_MONTHS.items()},
    "24": (1, 12),
    **{str(33 + i): (1 + 3 * i, 3 + 3 * i) for i in range(4)},
    "40": (1, 6),
    "41": (7, 12),
}
"""Months an EDTF season (21-24; winter straddles two years, so any month), quarter (33-36) or
half (40, 41) may cover."""


_YEAR_KEYS = 13 * 32
"""A day of the year is keyed month * 32 + day, below this; a day is then year * this + key."""
_WHOLE_YEAR = (1 * 32, 12 * 32 + 31)


@lru_cache(maxsize=4096)
def edtf_span(v: str) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    """Return the time an EDTF date may cover: as (first, last) days keyed year * 416 + month
    * 32 + day when its year is written (None otherwise), and as days of the year (month * 32 +
    day bounds, the whole year when it spans several): "2025-41" is July to December 2025,
    "199X" 1990 to 1999, "XXXX-05-14" 14 May of some year, "2024-12-30/2025-01-05" a week."""
    if "/" in v:
        first, _, last = v.partition("/")
        (fa, da), (fb, db) = edtf_span(first), edtf_span(last)
        known = (fa[0], fb[1]) if fa is not None and fb is not None else None
        same_year = known is not None and known[0] // _YEAR_KEYS == known[1] // _YEAR_KEYS
        return known, ((da[0], db[1]) if same_year else _WHOLE_YEAR)
    head, _, rest = v.partition("-")
    years: tuple[int, int] | None = None
    if head.isdigit():
        years = (int(head), int(head))
    elif head[:3].isdigit() and head.endswith("X"):
        years = (int(head.replace("X", "0")), int(head.replace("X", "9")))
    days = _WHOLE_YEAR
    if rest and not (years is not None and years[0] != years[1]):
        month, _, day = rest.partition("-")
        if month in _PART_MONTHS:
            first_month, last_month = _PART_MONTHS[month]
            days = (first_month * 32, last_month * 32 + 31)
        elif month.isdigit() and day.isdigit():
            days = (int(month) * 32 + int(day), int(month) * 32 + int(day))
        elif month.isdigit():
            days = (int(month) * 32, int(month) * 32 + 31)
    if years is None:
        return None, days
    if years[0] != years[1]:
        days = _WHOLE_YEAR
    return (years[0] * _YEAR_KEYS + days[0], years[1] * _YEAR_KEYS + days[1]), days


def dates_overlap(a: str, b: str) -> bool:
    """Return whether two EDTF dates can name the same time: what they cover overlaps, in time
    when both write a year, else in the days of the year ("2025" holds "2025-05-14",
    "2025-41" does not)."""
    ka, da = edtf_span(a)
    kb, db = edtf_span(b)
    if ka is not None and kb is not None:
        return ka[0] <= kb[1] and kb[0] <= ka[1]
    return da[0] <= db[1] and db[0] <= da[1]


def comparable(a: Item, b: Item) -> bool:
    """Return whether two values can be set against each other at all ("January" of an
    unnamed year cannot be against "2027"; "$62" a share is no reading of "$28bn")."""
    if a.kind == "date" and a.edtf and b.edtf:
        return (edtf_span(a.edtf)[0] is None) == (edtf_span(b.edtf)[0] is None)
    va, vb = a.value, b.value
    if va is not None and vb is not None:
        small, big = sorted((abs(va), abs(vb)))
        if small > 0 and big / small > MAX_RATIO:
            return False
    return True


def idf(sets: list[frozenset[str]]) -> dict[str, float]:
    """Return the inverse document frequency of each term over `sets`."""
    df: Counter[str] = Counter()
    for s in sets:
        df.update(s)
    n = max(1, len(sets))
    return {t: math.log(1 + n / c) for t, c in df.items()}


def bundle(items: list[Item]) -> list[Item]:
    """Fold the items of one article that repeat one value under one key (a title, then the
    body) into one."""
    out: dict[tuple[object, ...], Item] = {}
    for it in sorted(items, key=lambda i: (RESOLUTION.index(i.fact.entity_from), i.main.start)):
        key = (it.article, it.role, it.derived, it.edtf or it.display, it.fact.session)
        if key not in out:
            out[key] = it  # the mention that says best whom it is about leads
            continue
        b = out[key]
        b.claims = b.claims + it.claims
        b.hedged = b.hedged and it.hedged
    return list(out.values())


RESOLUTION = (
    "named",
    "anaphor",
    "pronoun",
    "sentence",
    "paragraph",
    "guess",
    "story",
    "unnamed",
    "none",
)
"""How a claim's entity was found, from the surest to the loosest."""


def value_groups(cluster: list[Item]) -> list[list[Item]]:
    """Split a fact's items into groups of mutually compatible values. Items stating the same
    value (a story reprinted many times) are tested once."""
    groups: list[list[Item]] = []
    shown: list[list[Item]] = []  # one item per distinct value of each group
    placed: dict[tuple[object, ...], int] = {}
    for it in sorted(cluster, key=lambda i: (i.derived, i.main.start)):
        key = value_key(it)
        if key in placed:
            groups[placed[key]].append(it)
            continue
        n = next((n for n, reps in enumerate(shown) if all(compatible(it, o) for o in reps)), None)
        if n is None:
            groups.append([it])
            shown.append([it])
            n = len(groups) - 1
        else:
            groups[n].append(it)
            shown[n].append(it)
        placed[key] = n
    return groups


def value_key(it: Item) -> tuple[object, ...]:
    """Everything `compatible` reads of an item: items with one key give the same answers."""
    return (it.kind == "date", it.edtf, it.span, it.derived, it.main.qualifier, it.value)
