"""A figure as written: the `Quantity` record every extractor returns, with its qualifier
("environ", "plus de", "jusqu'à"), the interval it allows and the precision it is written with."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .numbers import Number

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


_APPROX = re.compile(
    r"(?P<approx>environ|pres de|presque|quelque|plus de|au moins|moins de|jusqu'a|autour de|"
    r"de l'ordre de|aux alentours de|approximativement|pas moins de|au-dela de|"
    r"superieure? a|inferieure? a|pres d'|plus d'|moins d'|about|around|roughly|approximately|"
    r"nearly|almost|some|more than|over|at least|less than|under|up to|as much as|as many as|"
    r"close to|upwards of|an estimated|estimee?s? a)\s*$"
)
_APPROX_KIND = {
    "environ": "around",
    "quelque": "around",
    "autour de": "around",
    "de l'ordre de": "around",
    "aux alentours de": "around",
    "approximativement": "around",
    "about": "around",
    "around": "around",
    "roughly": "around",
    "approximately": "around",
    "some": "around",
    "an estimated": "around",
    "pres de": "nearly",
    "pres d'": "nearly",
    "presque": "nearly",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "plus de": "more",
    "plus d'": "more",
    "au moins": "more",
    "pas moins de": "more",
    "au-dela de": "more",
    "superieur a": "more",
    "superieure a": "more",
    "more than": "more",
    "over": "more",
    "at least": "more",
    "upwards of": "more",
    "moins de": "less",
    "moins d'": "less",
    "jusqu'a": "less",
    "inferieur a": "less",
    "inferieure a": "less",
    "less than": "less",
    "under": "less",
    "up to": "less",
    "as much as": "less",
    "as many as": "less",
}


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


def approximator(folded: str, pos: int) -> tuple[str | None, int]:
    m = _APPROX.search(folded, max(0, pos - 30), pos)
    if not m:
        return None, pos
    return _APPROX_KIND.get(m.group("approx")), m.start()


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
) -> Quantity:
    approx, astart = approximator(folded, start)
    if kind == "duration" and folded[astart : astart + 4] == "over":
        approx, astart = None, start  # "over five years" is a span of time, not "more than"
    low, high = interval(value, approx)
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
    )
