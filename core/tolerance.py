"""The tolerance rule: what range of values a figure stands for, as written, and whether two
figures can both be true.

A figure stands for half a unit of its last written digit on each side ("2,47 %" is 2.465 to
2.475; "800 stores" is 800, "100 millions" 100 millions to the million). "Environ", "about",
"quelque" say a round figure is a rounding: "environ 800" stands for 750 to 850, "about 40 %"
for 35 to 45 %. "Près de X" is just under X, "plus de X" just over it (below X plus one unit of
its rounding: "plus de 15 %" holds 15,4 %, not 18 %), "au moins X" a floor, "jusqu'à X" and
"au plus X" ceilings, "entre X et Y" an interval. Two figures agree when what they stand for
overlaps; of two plain figures, the finer must round to the coarser.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .models import Claim
from .textnorm import fold


@dataclass(frozen=True)
class Span:
    """An interval of values: `low` to `high`, each end open or closed."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = True

    def overlaps(self, other: Span) -> bool:
        """Return whether some value lies in both intervals."""
        low, high = max(self.low, other.low), min(self.high, other.high)
        if low < high:
            return True
        if low > high:
            return False
        # They touch at one value: it must belong to both.
        return self.holds(low) and other.holds(low)

    def holds(self, v: float) -> bool:
        """Return whether a value lies in the interval."""
        above = v > self.low or (v == self.low and not self.low_open)
        below = v < self.high or (v == self.high and not self.high_open)
        return above and below

    def scaled(self, factor: float) -> Span:
        """Return the interval times a positive factor (a monthly figure x 12)."""
        return Span(self.low * factor, self.high * factor, self.low_open, self.high_open)


NEARLY = 0.4
"""How far under X, in steps of its rounding, "près de X" and "nearly X" may reach."""
UNSCALED = frozenset({"count", "duration", "age", "percentage", "measure"})
"""Kinds whose value is the number as written, with no scale word (money has "millions")."""
_SCALES = (
    (re.compile(r"(?<![a-z])(?:billions?|trillions?|billiards?)(?![a-z])"), 1e12),
    (re.compile(r"(?<![a-z])(?:milliards?|billion|bn|md|mds|mrd)(?![a-z])"), 1e9),
    (re.compile(r"(?<![a-z])(?:millions?|mn|mio|m)(?![a-z])"), 1e6),
    (re.compile(r"(?<![a-z])(?:mille|thousand|k)(?![a-z])"), 1e3),
)
"""Scale words of an amount, folded; French "billion" is 10^12 only where the amount says
"billions" in French text, which `value` already holds: here only the step matters."""


def _scale(c: Claim) -> float:
    """The unit the amount's number is written in: 1e6 for "15 millions d'euros"."""
    text = fold(c.text)
    return next((unit for rx, unit in _SCALES if rx.search(text)), 1.0)


def _step(c: Claim, value: float) -> float:
    """The step a figure stands for: its rounding ("environ 800" is 750 to 850), but an exact
    figure is exact to the last digit written, zeros included ("800 stores" is 800; "100
    millions" is 100 millions to the million); a thousandth of the value when unknown."""
    if c.precision is None or c.precision <= 0:
        return abs(value) * 0.001 or 1e-9
    if (c.qualifier or "exact") == "exact":
        if c.kind in UNSCALED:
            return min(c.precision, 1.0)
        if c.kind == "money":
            return min(c.precision, _scale(c))
    return c.precision


def span_of(c: Claim) -> Span | None:
    """Return the values a quantity claim stands for, as written, or None when it has none."""
    if not isinstance(c.value, int | float) or isinstance(c.value, bool):
        return None
    v = float(c.value)
    p = _step(c, v)
    q = c.qualifier or ("approximate" if c.approximate else "exact")
    floor = -math.inf if v < 0 or (c.low is not None and c.low < 0) else 0.0
    if q == "range" and c.low is not None and c.high is not None:
        return Span(c.low - p / 2, c.high + p / 2)
    if q == "nearly":
        # Just under ("près de 2,5 %" holds 2,47 %, "près de 3 milliards" not 2,5 milliards).
        if v >= 0:
            return Span(v - NEARLY * p, v, low_open=True, high_open=False)
        return Span(v, v + NEARLY * p, high_open=True)
    # Bounds reach away from zero: "plus de 3 %" of a fall is below -3 %.
    if q == "more_than":
        if v < 0:
            return Span(v - p, v, high_open=True)
        return Span(v, v + p, low_open=True, high_open=False)
    if q == "at_least":
        return Span(-math.inf, v, high_open=False) if v < 0 else Span(v, math.inf)
    if q == "less_than":
        if v < 0:
            return Span(v, min(0.0, v + p), low_open=True, high_open=False)
        return Span(max(floor, v - p), v)
    if q in {"at_most", "up_to"}:
        return Span(floor, v, high_open=False)
    return Span(v - p / 2, v + p / 2)


def compatible_values(a: Claim, b: Claim) -> bool:
    """Return whether two quantity claims can both be true under the tolerance rule."""
    sa, sb = span_of(a), span_of(b)
    if sa is None or sb is None:
        return True
    return sa.overlaps(sb)
