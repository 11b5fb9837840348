"""What a finding's fact is called on screen and in reports: the measure an item's value
stands for ("Share price", "Yearly amount", "Number of staff"), from its fact key."""

from __future__ import annotations

from .items import Item

LABELS = {
    "money:total": "Amount",
    "money:to-date": "Amount so far",
    "money:year": "Yearly amount",
    "money:month": "Monthly amount",
    "duration": "Duration",
    "date:start": "Start date",
    "date:end": "End date or deadline",
    "date:since": "Since",
    "date:after": "After",
    "date:before": "Before",
    "date:point": "Date",
    "power": "Power",
    "energy": "Energy",
    "percentage": "Share",
    "percentage:%:change": "Change",
    "percentage:pp": "Change in points",
    "percentage:pp:change": "Change in points",
    "measure:m": "Length",
    "measure:m2": "Area",
    "measure:kg": "Mass",
    "measure:m3": "Volume",
    "measure:m/s": "Speed",
    "measure:degC": "Temperature",
    "measure:magnitude": "Magnitude",
    "measure:storey": "Storeys",
    "age": "Age",
    "ratio": "Share",
}


def fact_label(item: Item) -> str:
    """Name what an item's value measures: "Share price", "Yearly amount", "Number of staff"."""
    dim, role, kind = item.dim, item.role, item.kind
    frame = item.fact.frame
    if frame and kind not in {"date", "age"}:
        if frame.startswith("count:"):
            return f"Number of {item.main.display.split(' ', 1)[-1]}"
        name, _, noun = frame.partition(":")
        text = name.replace("_", " ").capitalize() + (f" {noun}" if noun else "")
        if item.fact.segment:
            text += f", {item.fact.segment}"
        if kind == "money" and dim.split(":")[2] == "year":
            text += " per year"
        if item.fact.basis:
            text += f" ({item.fact.basis})"
        if ":change" in dim and not name.endswith("move"):
            text += " change"
        return text
    if kind == "count":
        return f"Number of {item.main.display.split(' ', 1)[-1]}"
    if kind == "money":
        parts = dim.split(":")
        key = "to-date" if role == "to-date" else parts[2]
        if role == "unit-price":
            return f"Price per {item.main.period or 'unit'}"
        return LABELS.get(f"money:{key}", "Amount")
    if kind == "date":
        if frame and frame not in {"start", "end", "since"}:
            return f"{frame.capitalize()} date"
        return LABELS.get(f"date:{frame or role}", "Date")
    if kind == "age" and frame == "age_at":
        return "Age at the time"
    return LABELS.get(dim) or LABELS.get(kind, kind.capitalize())
