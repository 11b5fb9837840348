"""A figure as written: the `Quantity` record every extractor returns, with its qualifier
("environ", "plus de", "jusqu'à"), the interval it allows and the precision it is written with."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .numbers import Number
from .phrases import literal_alternation

INF = math.inf


@dataclass(frozen=True)
class Quantity:
    """A quantity found in text; `start`/`end` cover the approximator, number and unit."""

    start: int
    end: int
    kind: str
    value: float
    unit: str
    low: float
    high: float
    approximate: bool
    significant: int
    period: str | None = None
    noun: str | None = None
    approx: str | None = None
    """'around', 'nearly', 'more' or 'less' when an approximator was written."""
    qualifier: str = "exact"
    """How the figure was qualified as written (see `models.Qualifier`)."""
    precision: float | None = None
    """The step of the last digit as written, in the unit of `value`."""
    sign: int | None = None
    """1 for a rise, -1 for a fall, None for a level."""


# Words written before a figure that qualify it: (interval kind, qualifier as written).
QUALIFIER_WORDS: dict[str, tuple[str, str]] = {
    "environ": ("around", "approximate"),
    "quelque": ("around", "approximate"),
    "quelques": ("around", "approximate"),
    "autour de": ("around", "approximate"),
    "de l'ordre de": ("around", "approximate"),
    "aux alentours de": ("around", "approximate"),
    "approximativement": ("around", "approximate"),
    "grosso modo": ("around", "approximate"),
    "about": ("around", "approximate"),
    "around": ("around", "approximate"),
    "roughly": ("around", "approximate"),
    "approximately": ("around", "approximate"),
    "some": ("around", "approximate"),
    "an estimated": ("around", "approximate"),
    "estime a": ("around", "approximate"),
    "estimee a": ("around", "approximate"),
    "estimes a": ("around", "approximate"),
    "estimees a": ("around", "approximate"),
    "pres de": ("nearly", "nearly"),
    "pres d'": ("nearly", "nearly"),
    "presque": ("nearly", "nearly"),
    "quasiment": ("nearly", "nearly"),
    "nearly": ("nearly", "nearly"),
    "almost": ("nearly", "nearly"),
    "close to": ("nearly", "nearly"),
    "just under": ("nearly", "nearly"),
    "au moins": ("more", "at_least"),
    "pas moins de": ("more", "at_least"),
    "pas moins d'": ("more", "at_least"),
    "at least": ("more", "at_least"),
    "no fewer than": ("more", "at_least"),
    "no less than": ("more", "at_least"),
    "plus de": ("more", "more_than"),
    "plus d'": ("more", "more_than"),
    "au-dela de": ("more", "more_than"),
    "au dela de": ("more", "more_than"),
    "superieur a": ("more", "more_than"),
    "superieure a": ("more", "more_than"),
    "superieurs a": ("more", "more_than"),
    "superieures a": ("more", "more_than"),
    "more than": ("more", "more_than"),
    "over": ("more", "more_than"),
    "upwards of": ("more", "more_than"),
    "in excess of": ("more", "more_than"),
    "au plus": ("less", "at_most"),
    "tout au plus": ("less", "at_most"),
    "au maximum": ("less", "at_most"),
    "pas plus de": ("less", "at_most"),
    "pas plus d'": ("less", "at_most"),
    "at most": ("less", "at_most"),
    "no more than": ("less", "at_most"),
    "a maximum of": ("less", "at_most"),
    "moins de": ("less", "less_than"),
    "moins d'": ("less", "less_than"),
    "inferieur a": ("less", "less_than"),
    "inferieure a": ("less", "less_than"),
    "inferieurs a": ("less", "less_than"),
    "inferieures a": ("less", "less_than"),
    "less than": ("less", "less_than"),
    "fewer than": ("less", "less_than"),
    "under": ("less", "less_than"),
    "jusqu'a": ("less", "up_to"),
    "up to": ("less", "up_to"),
    "as much as": ("less", "up_to"),
    "as many as": ("less", "up_to"),
}
"""Approximators and bounds before a figure, folded: "environ", "plus de", "up to"."""

_APPROX = re.compile(r"(?<![a-z])(?P<approx>" + literal_alternation(QUALIFIER_WORDS) + r")\s*$")


_ADDS_BEFORE = re.compile(r"(?<![a-z])(?:adds?|added|adding|sums?|summed|summing)\s+$")


def interval(value: float, approx: str | None) -> tuple[float, float]:
    """Return the interval a value allows given its approximator kind ('around', 'more'…)."""
    if approx == "around":
        return value * 0.9, value * 1.1
    if approx == "nearly":
        return value * 0.85, value * 1.02
    if approx == "more":
        return value, INF
    if approx == "less":
        return 0.0, value
    return value, value


def qualifier_before(folded: str, pos: int) -> tuple[str | None, str, int]:
    """Return (interval kind, qualifier, start) of the words qualifying a figure at `pos`."""
    m = _APPROX.search(folded, max(0, pos - 30), pos)
    if not m:
        return None, "exact", pos
    if m.group("approx") == "up to" and _ADDS_BEFORE.search(
        folded, max(0, m.start() - 10), m.start()
    ):
        return None, "exact", pos  # "adds up to $2.4bn" is a sum, not a bound
    kind, qualifier = QUALIFIER_WORDS[m.group("approx")]
    return kind, qualifier, m.start()


def precision_of(n: Number, value: float) -> float:
    """Return the step of `n`'s last written digit in the unit of `value` ("1,5 million" 1e5)."""
    if n.value == 0:
        return n.step
    return float(f"{abs(n.step * value / n.value):.12g}")


def make_quantity(
    kind: str,
    start: int,
    end: int,
    value: float,
    unit: str,
    n: Number,
    folded: str,
    period: str | None = None,
    noun: str | None = None,
    sign: int | None = None,
) -> Quantity:
    """Return the quantity `value` `unit` written over `start:end` with the number `n`.

    The qualifier written before it ("environ", "plus de", "up to") widens the span and sets
    `qualifier` and the interval; `precision` is the step of `n`'s last digit scaled like
    `value`. A minus sign written before `n` makes the value negative. `sign` (1 rise, -1 fall)
    marks a change: a fall passed here turns value and interval negative (percentages do so;
    money sets its sign afterwards and keeps the amount written, see `quantities`).
    """
    precision = precision_of(n, value)
    if n.negative and start == n.start:
        start -= 1  # the minus sign is part of the figure
        value = -value
        if sign is None and kind == "percentage":
            sign = -1
        sign = -1 if sign is not None else None
    approx, qualifier, astart = qualifier_before(folded, start)
    if kind == "duration" and folded[astart : astart + 4] == "over":
        approx, qualifier, astart = None, "exact", start  # "over five years": a span of time
    if sign == -1 and not n.negative:
        # The magnitude is written and qualified: "a reculé de plus de 3 %" falls by 3 or more.
        low, high = interval(value, approx)
        value, low, high = -value, -high, -low
        if math.isinf(low):
            low = -100.0 if kind == "percentage" else -INF
    else:
        low, high = interval(value, approx)
        low, high = min(low, high), max(low, high)
    return Quantity(
        start=astart if approx else start,
        end=end,
        kind=kind,
        value=value,
        unit=unit,
        low=low,
        high=high,
        approximate=approx is not None,
        significant=n.significant,
        period=period,
        noun=noun,
        approx=approx,
        qualifier=qualifier,
        precision=precision,
        sign=sign,
    )
