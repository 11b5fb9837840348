"""How normalised values are written for a reader: "$300bn", "$30bn/yr", "4.5 GW", "5 years"."""

from __future__ import annotations

import math
from fractions import Fraction

_CURRENCY_SIGNS = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CNY": "CN¥",
    "CAD": "C$",
    "AUD": "A$",
    "NZD": "NZ$",
    "HKD": "HK$",
    "SGD": "S$",
    "CHF": "CHF ",
    "INR": "₹",
    "KRW": "₩",
    "BRL": "R$",
    "MXN": "MX$",
}
_PERIOD_SHORT = {"year": "/yr", "month": "/mo", "week": "/wk", "day": "/day", "hour": "/h"}


def _num(x: float) -> str:
    if x == int(x):
        return str(int(x))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _scaled(value: float, steps: tuple[tuple[float, str], ...]) -> str:
    for size, suffix in steps:
        if abs(value) >= size:
            return f"{_num(value / size)}{suffix}"
    return _num(value)


def format_money(value: float, unit: str) -> str:
    """Return a money amount as "$300bn" or "€30m/yr"."""
    currency, _, period = unit.partition("/")
    sign = _CURRENCY_SIGNS.get(currency, currency + " ")
    body = _scaled(value, ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")))
    suffix = _PERIOD_SHORT.get(period, f"/{period}" if period else "")
    return f"{sign}{body}{suffix}"


def format_value(kind: str, value: float, unit: str | None) -> str:
    """Return a normalised quantity as a reader would write it."""
    if math.isinf(value):
        return "∞"
    if kind == "money":
        return format_money(value, unit or "USD")
    base, _, period = (unit or "").partition("/")
    if period and kind in {"power", "energy", "measure"} and base not in {"m"}:
        # A rate of a quantity ("16 GWh par an", "5 Mt/year"): the quantity, then its period.
        return format_value(kind, value, base) + _PERIOD_SHORT.get(period, f"/{period}")
    if kind == "power":
        return _scaled(value, ((1e12, " TW"), (1e9, " GW"), (1e6, " MW"), (1e3, " kW"))) + (
            " W" if abs(value) < 1e3 else ""
        )
    if kind == "energy":
        return _scaled(value, ((1e12, " TWh"), (1e9, " GWh"), (1e6, " MWh"), (1e3, " kWh"))) + (
            " Wh" if abs(value) < 1e3 else ""
        )
    if kind == "duration":
        hours = value * 8766
        if hours < 23.99 or (hours < 72 and abs(hours / 24 - round(hours / 24)) > 0.01):
            return _sub_day(hours)
        if value < 1 / 12:
            days = round(value * 365.25)
            return f"{days} day" + ("s" if days != 1 else "")
        if value < 1:
            months = value * 12
            return f"{_num(round(months, 1))} month" + ("s" if months != 1 else "")
        return f"{_num(round(value, 2))} year" + ("s" if value != 1 else "")
    if kind == "percentage":
        return f"{_num(value)} pts" if unit == "pp" else f"{_num(value)}%"
    if kind == "count":
        return f"{_scaled(value, ((1e9, ' billion'), (1e6, ' million')))} {unit}"
    if kind == "measure":
        return format_measure(value, unit or "")
    if kind == "age":
        return f"aged {_num(value)}"
    if kind == "ratio":
        return f"{_num(value)}×" if unit == "multiple" else _ratio(value)
    return _num(value)


_MEASURE_STEPS: dict[str, tuple[tuple[float, str], ...]] = {
    "m": ((1e3, " km"), (1.0, " m"), (1e-2, " cm"), (0.0, " mm")),
    "m2": ((1e8, " km²"), (1e4, " ha"), (0.0, " m²")),
    "kg": ((1e9, " Mt"), (1e3, " t"), (0.0, " kg")),
    "m3": ((1.0, " m³"), (0.0, " l")),
    "Wh": ((1e12, " TWh"), (1e9, " GWh"), (1e6, " MWh"), (1e3, " kWh"), (0.0, " Wh")),
}
_MEASURE_DIVISORS = {
    " km²": 1e6,
    " ha": 1e4,
    " m²": 1.0,
    " cm": 1e-2,
    " mm": 1e-3,
    " l": 1e-3,
    " m": 1.0,
    " m³": 1.0,
}


def format_measure(value: float, unit: str) -> str:
    """Return a measurement in base units as a reader would write it: "35 km", "4,200 ha",
    "6.4 magnitude", "41 °C", "130 km/h", "12 storeys"."""
    if unit == "magnitude":
        return f"magnitude {_num(value)}"
    if unit == "degC":
        return f"{_num(value)} °C"
    if unit == "m/s":
        return f"{_num(round(value * 3.6, 1))} km/h"
    if unit == "storey":
        return f"{_num(value)} storey" + ("s" if value != 1 else "")
    for size, suffix in _MEASURE_STEPS.get(unit, ()):
        if abs(value) >= size:
            divisor = _MEASURE_DIVISORS.get(suffix, size) or 1.0
            return f"{_num(round(value / divisor, 3))}{suffix}"
    return f"{_num(value)} {unit}".rstrip()


def _sub_day(hours: float) -> str:
    """Return a duration under a day as "36 hours", "45 minutes" or "30 seconds"."""
    for size, name in ((1.0, "hour"), (1 / 60, "minute"), (1 / 3600, "second")):
        if hours >= size * 0.999 or size == 1 / 3600:
            n = round(hours / size, 1)
            return f"{_num(n)} {name}" + ("s" if n != 1 else "")
    return f"{_num(hours)} hours"


def _ratio(value: float) -> str:
    """Return a share as "1 in 4" or "2 in 3" when it is a simple fraction, else a percent."""
    frac = Fraction(value).limit_denominator(12)
    if 0 < value < 1 and abs(float(frac) - value) < 1e-6:
        return f"{frac.numerator} in {frac.denominator}"
    return f"{_num(value * 100)}%"


_APPROX_SIGNS = {"around": "~", "nearly": "~", "more": ">", "less": "≤"}


def format_range(kind: str, low: float, high: float, unit: str | None) -> str:
    """Return a range as a reader would write it: "20–30%", "$2–3bn", "4–5 GW"."""
    a, b = format_value(kind, low, unit), format_value(kind, high, unit)
    head = _affix(a, b)
    tail = _affix(a[::-1], b[::-1])
    if head + tail < min(len(a), len(b)) and not a[head:].startswith(b[head:]):
        return f"{a[: len(a) - tail]}–{b[head:]}"
    return f"{a}–{b}"


def _affix(a: str, b: str) -> int:
    """Return the length of the shared start of `a` and `b` that holds no digit nor sign."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n] and not (a[n].isdigit() or a[n] == "-"):
        n += 1
    return n


_QUALIFIER_SIGNS = {
    "approximate": "~",
    "nearly": "~",
    "at_least": "≥",
    "more_than": ">",
    "at_most": "≤",
    "less_than": "<",
    "up_to": "≤",
}
_REVERSED = {"≥": "≤", ">": "<", "≤": "≥", "<": ">"}


def format_qualified(kind: str, value: float, unit: str | None, qualifier: str | None) -> str:
    """Return a value with its qualifier as written, as a sign: "≥14 dead" (au moins 14),
    ">4%" (plus de 4 %), "<-3%" (a fall of more than 3 %), "~30 houses" (une trentaine)."""
    sign = _QUALIFIER_SIGNS.get(qualifier or "", "")
    if value < 0:
        sign = _REVERSED.get(sign, sign)  # a fall of more than 3 % is below -3 %
    return sign + format_value(kind, value, unit)


_TIME_QUALIFIERS = {
    "approximate": "~",
    "less_than": "before ",
    "more_than": "after ",
    "at_least": "from ",
    "up_to": "until ",
}


def format_time(shown: str, qualifier: str | None) -> str:
    """Return a time of day with its qualifier as written: "~03:15" (vers 3 h 15), "before
    00:00" (peu avant minuit)."""
    return _TIME_QUALIFIERS.get(qualifier or "", "") + shown


def format_approx(kind: str, value: float, unit: str | None, approx: str | None) -> str:
    """Return a value with its approximator as a sign: "~5 years", ">4 GW", "≤14%"."""
    return _APPROX_SIGNS.get(approx or "", "") + format_value(kind, value, unit)
