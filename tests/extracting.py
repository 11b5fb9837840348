"""Run extraction on one text, without topics or comparison."""

from __future__ import annotations

from dealview.core.entities import build_index
from dealview.core.extract import extract_claims, find_all_names, parse_article
from dealview.core.models import Claim
from dealview.core.reading import RawArticle


def extract(text: str, kind: str | None = None) -> list[Claim]:
    """Return the claims of `text` (of one kind if given)."""
    parse = parse_article(RawArticle("a", "a.txt", text, "utf-8"))
    find_all_names([parse])
    index = build_index([n for names in parse.names for n in names])
    claims = extract_claims(parse, index)
    return [c for c in claims if kind is None or c.kind == kind]


def one(text: str, kind: str) -> Claim:
    """Return the one claim of `kind` in `text`, failing if there is not exactly one."""
    found = extract(text, kind)
    assert len(found) == 1, [c.text for c in found]
    return found[0]
