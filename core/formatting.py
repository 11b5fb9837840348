"""How normalised values are written for a reader: "$300bn", "$30bn/yr", "4.5 GW", "5 years"."""

from __future__ import annotations

import math

_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "CAD": "C$"}
_PERIOD_SHORT = {"year": "/yr", "month": "/mo"}


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
    if kind == "power":
        return _scaled(value, ((1e12, " TW"), (1e9, " GW"), (1e6, " MW"), (1e3, " kW"))) + (
            " W" if abs(value) < 1e3 else ""
        )
    if kind == "energy":
        return _scaled(value, ((1e12, " TWh"), (1e9, " GWh"), (1e6, " MWh"), (1e3, " kWh"))) + (
            " Wh" if abs(value) < 1e3 else ""
        )
    if kind == "duration":
        if value < 1 / 12:
            days = round(value * 365.25)
            return f"{days} day" + ("s" if days != 1 else "")
        if value < 1:
            months = value * 12
            return f"{_num(round(months, 1))} month" + ("s" if months != 1 else "")
        return f"{_num(round(value, 2))} year" + ("s" if value != 1 else "")
    if kind == "percentage":
        return f"{_num(value)}%"
    if kind == "count":
        return f"{_num(value)} {unit}"
    return _num(value)


_APPROX_SIGNS = {"around": "~", "nearly": "~", "more": ">", "less": "≤"}


def format_approx(kind: str, value: float, unit: str | None, approx: str | None) -> str:
    """Return a value with its approximator as a sign: "~5 years", ">4 GW", "≤14%"."""
    return _APPROX_SIGNS.get(approx or "", "") + format_value(kind, value, unit)
