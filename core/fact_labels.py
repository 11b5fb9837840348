"""What a finding's fact is called on screen and in reports: the measure an item's value
stands for ("Share price", "Yearly amount", "Number of employees"), from its fact key, in
English whatever the article's language ("Number of seasons" for "sept saisons"); a noun the
vocabulary does not know is quoted as the source wrote it ('Number of “demandes”')."""

from __future__ import annotations

from .fact_label_words import BASIS_WORDS, COUNTED, FRAME_NAMES, NOT_A_PART, NOUNS
from .items import Item

LABELS = {
    "money:total": "Amount",
    "money:to-date": "Amount so far",
    "money:year": "Yearly amount",
    "money:month": "Monthly amount",
    "duration": "Duration",
    "date:start": "Start date",
    "date:end": "End date or deadline",
    "date:since": "Since a date",
    "date:after": "After a date",
    "date:before": "Before a date",
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
    """Name what an item's value measures, in English: "Share price", "Net salary per year",
    "Number of seasons", "Share of electricity"."""
    dim, role, kind = item.dim, item.role, item.kind
    frame = item.fact.frame
    if frame and kind not in {"date", "age"}:
        if frame.startswith("count:"):
            return _number_of(item)
        name, _, noun = frame.partition(":")
        text = FRAME_NAMES.get(name) or name.replace("_", " ").capitalize()
        if noun:
            text += f" {_noun(noun, None)}"
        if item.fact.basis:
            basis = BASIS_WORDS.get(item.fact.basis, item.fact.basis.capitalize())
            text = f"{basis} {text[:1].lower()}{text[1:]}"
        segment = item.fact.segment
        if segment and segment not in NOT_A_PART:
            text += f", {_noun(segment, None)}"
        if kind == "money" and dim.split(":")[2] == "year":
            text += " per year"
        elif kind == "money" and role == "unit-price" and not text.endswith(" per share"):
            text += f" per {item.main.period or 'unit'}"
        if ":change" in dim and not name.endswith("move"):
            text += " change"
        return text
    if kind == "count":
        return _number_of(item)
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
    if kind == "ratio" and item.main.unit == "multiple":
        return "Multiple"
    return LABELS.get(dim) or LABELS.get(kind, kind.capitalize())


def _number_of(item: Item) -> str:
    """ "Number of seasons": the counted thing in English, else as the source wrote it."""
    key = item.dim.partition(":")[2] or (item.main.unit or "")
    written = item.main.display.split(" ", 1)[-1] if " " in item.main.display else None
    if key in COUNTED:
        return f"Number of {COUNTED[key]}"
    return f"Number of {_noun(key, written)}"


def _noun(key: str, written: str | None) -> str:
    """A noun the engine keyed (folded, singular) in English; else the source's word (or the
    key, when the source's word is not at hand) in quotes: never a French word shown as if it
    were English, nor one with its accents folded away unmarked."""
    for form in (key, key + "s", key.rstrip("s")):
        if form in NOUNS:
            return NOUNS[form]
        if form in COUNTED:
            return COUNTED[form]
    return f"“{written or key}”"
