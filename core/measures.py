"""Extracting physical measurements: power and energy, normalised to base units."""

from __future__ import annotations

import re

from .figures import Quantity, make_quantity
from .numbers import Number

_POWER = re.compile(
    r"\s?(?P<u>gw|gigawatts?|mw|megawatts?|kw|kilowatts?|tw|terawatts?)(?![a-z])(?!\s?h\b)"
)
_ENERGY = re.compile(
    r"\s?(?P<u>gwh|twh|mwh|kwh|gigawattheures?|terawattheures?|megawattheures?|kilowattheures?)"
    r"(?![a-z])"
)
_POWER_SCALE = {"k": 1e3, "m": 1e6, "g": 1e9, "t": 1e12}


def measure_at(n: Number, folded: str, lang: str, end: int) -> Quantity | None:
    """Return the measurement whose number is `n` ("4,5 GW", "10 TWh"), if a unit follows it."""
    if m := _ENERGY.match(folded, n.end, end):
        u = m.group("u")
        mult = _POWER_SCALE.get(u[0], 1.0)
        return make_quantity("energy", n.start, m.end(), n.value * mult, "Wh", n, folded)
    if m := _POWER.match(folded, n.end, end):
        u = m.group("u")
        mult = _POWER_SCALE.get(u[0], 1.0)
        return make_quantity("power", n.start, m.end(), n.value * mult, "W", n, folded)
    return None
