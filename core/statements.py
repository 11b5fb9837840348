"""Findings on what sources say beyond figures: one quote credited to two speakers, who first
reported the story, who the members of a group are (member_lists.py), and figures the sources
say were not disclosed."""

from __future__ import annotations

from collections import defaultdict

from .drafts import Draft, count_sources, unique_ids
from .member_lists import member_list_findings
from .models import Claim, FindingValue
from .quotes import same_words

QUOTE_BUCKET_WORDS = 3
"""Quotes are only matched against quotes that open or close with the same words."""


def statement_findings(
    claims: list[Claim], display: dict[str, str], origin_of: dict[str, str]
) -> list[Draft]:
    """Return the findings on quotes, first reports and non-disclosures across articles."""
    return [
        *_quote_findings([c for c in claims if c.kind == "quote"], display, origin_of),
        *_first_report_findings(
            [c for c in claims if c.kind == "first-report"], display, origin_of
        ),
        *member_list_findings([c for c in claims if c.kind == "member-list"], display, origin_of),
        *_undisclosed_findings([c for c in claims if c.kind == "undisclosed"], origin_of),
        *_undisclosed_against_stated(claims, origin_of),
    ]


def _same_quotes(quotes: list[Claim]) -> list[list[Claim]]:
    """Group quotes of the same words (union-find over quotes that share opening or closing
    words, tested with `same_words`); quotes written alike are one from the start."""
    index_of: dict[str, int] = {}
    for q in quotes:
        index_of.setdefault(str(q.value), len(index_of))
    texts = list(index_of)
    parent = list(range(len(texts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    buckets: dict[str, list[int]] = defaultdict(list)
    for n, text in enumerate(texts):
        words = text.split()
        for key in (
            "<" + " ".join(words[:QUOTE_BUCKET_WORDS]),
            ">" + " ".join(words[-QUOTE_BUCKET_WORDS:]),
        ):
            for m in buckets[key]:
                if find(m) != find(n) and same_words(texts[m], text):
                    parent[find(n)] = find(m)
            buckets[key].append(n)
    groups: dict[int, list[Claim]] = defaultdict(list)
    for q in quotes:
        groups[find(index_of[str(q.value)])].append(q)
    return list(groups.values())


def _quote_findings(
    quotes: list[Claim], display: dict[str, str], origin_of: dict[str, str]
) -> list[Draft]:
    drafts = []
    for group in _same_quotes(quotes):
        articles = sorted({q.article for q in group})
        if len(articles) < 2:
            continue
        head = group[0]
        words = head.display
        speakers: dict[str, set[str]] = defaultdict(set)
        channels: dict[str, set[str]] = defaultdict(set)
        for q in group:
            speakers[q.article].update(q.subject)
            if q.role:
                channels[q.article].add(q.role)
        named = {a: s for a, s in speakers.items() if s}
        everyone = set().union(*named.values()) if named else set()
        shared = set.intersection(*named.values()) if named else set()
        ids = [q.id for q in group]
        order = (-len(articles), min(q.start for q in group))
        if len(named) >= 2 and not shared:
            # One quote, two speakers: each source names someone the others do not.
            values = [
                FindingValue(
                    display=", ".join(display.get(k, k) for k in sorted(who)),
                    articles=sorted(a for a, s in named.items() if s == who),
                    claims=[q.id for q in group if set(q.subject) == who],
                )
                for who in {frozenset(s) for s in named.values()}
            ]
            listing = ", ".join(f"{v.display} in {len(v.articles)}" for v in values)
            drafts.append(
                Draft(
                    "contradiction",
                    None,
                    "Quote",
                    f"Quote {words} credited to {listing}",
                    "quote-speaker",
                    "The sources quote the same words but credit them to different speakers.",
                    ids,
                    values,
                    order,
                )
            )
            continue
        who = ", ".join(display.get(k, k) for k in sorted(shared or everyone))
        said = f" by {who}" if who else ""
        where = sorted({c for cs in channels.values() for c in cs})
        note = ""
        if len(channels) >= 2 and len(where) > 1:
            note = "; where: " + ", ".join(
                f"{c.replace('_', ' ').replace(':', ' ')} in "
                + ", ".join(sorted(a for a, cs in channels.items() if c in cs))
                for c in where
            )
        drafts.append(
            Draft(
                "agreement",
                None,
                "Quote",
                f"Quote {words}{said} in {count_sources(articles, origin_of)}{note}",
                "same-quote",
                "The sources quote the same words"
                + (" from the same speaker" if who else "")
                + (", but do not say alike where they were said." if note else "."),
                ids,
                [FindingValue(display=words, articles=articles, claims=ids)],
                order,
            )
        )
    return drafts


def _first_report_findings(
    reports: list[Claim], display: dict[str, str], origin_of: dict[str, str]
) -> list[Draft]:
    by_outlet: dict[str, list[Claim]] = defaultdict(list)
    for r in reports:
        by_outlet[str(r.value)].append(r)
    articles = sorted({r.article for r in reports})
    if len(articles) < 2:
        return []
    values = [
        FindingValue(
            display=display.get(outlet, rs[0].display),
            articles=sorted({r.article for r in rs}),
            claims=[r.id for r in rs],
        )
        for outlet, rs in sorted(by_outlet.items())
    ]
    ids = unique_ids(r.id for r in reports)
    order = (-len(articles), min(r.start for r in reports))
    listing = ", ".join(f"{v.display} in {count_sources(v.articles, origin_of)}" for v in values)
    if len(values) > 1 and all(
        len(set(v.articles) - {a for w in values if w is not v for a in w.articles}) for v in values
    ):
        return [
            Draft(
                "contradiction",
                None,
                "First report",
                f"First reported by {listing}",
                "first-report-mismatch",
                "The sources credit different outlets with revealing the story.",
                ids,
                values,
                order,
            )
        ]
    if len(values) == 1:
        return [
            Draft(
                "agreement",
                None,
                "First report",
                f"First reported by {listing}",
                "same-first-report",
                "The sources credit the same outlet with revealing the story.",
                ids,
                values,
                order,
            )
        ]
    return []


def _undisclosed_findings(claims: list[Claim], origin_of: dict[str, str]) -> list[Draft]:
    articles = sorted({c.article for c in claims})
    if len(articles) < 2:
        return []
    what = sorted({str(c.value) for c in claims})
    ids = [c.id for c in claims]
    return [
        Draft(
            "agreement",
            None,
            "Not disclosed",
            f"Not disclosed ({', '.join(what)}): in {count_sources(articles, origin_of)}",
            "same-nondisclosure",
            "The sources say alike that these figures were not made public: every figure given "
            "for them comes from someone else.",
            ids,
            [FindingValue(display="not disclosed", articles=articles, claims=ids)],
            (-len(articles), min(c.start for c in claims)),
        )
    ]


WITHHELD_FRAMES: dict[str, frozenset[str]] = {
    "amount": frozenset({"deal_value", "investment", "fee", "bonus", "salary", "release_clause"}),
    "value": frozenset({"deal_value", "enterprise_value"}),
    "price": frozenset({"deal_value"}),
    "terms": frozenset({"deal_value", "salary", "bonus", "fee", "release_clause"}),
    "figure": frozenset({"deal_value", "salary", "bonus", "fee", "release_clause"}),
    "salary": frozenset({"salary"}),
    "fee": frozenset({"fee"}),
    "bonus": frozenset({"bonus"}),
    "cost": frozenset({"investment", "budget"}),
    "budget": frozenset({"budget", "investment"}),
}
"""What a source says was not disclosed, and the measure frames of the figures it covers."""


def _undisclosed_against_stated(claims: list[Claim], origin_of: dict[str, str]) -> list[Draft]:
    """A source says a figure was not disclosed while another states it as fact: unresolved,
    since the stated figure comes from someone other than whoever withheld it."""
    withheld = [c for c in claims if c.kind == "undisclosed" and str(c.value) in WITHHELD_FRAMES]
    if not withheld:
        return []
    frames = frozenset().union(*(WITHHELD_FRAMES[str(c.value)] for c in withheld))
    silent = {c.article for c in withheld}
    stated = [
        c
        for c in claims
        if c.kind == "money"
        and c.status == "asserted"
        and c.fact is not None
        and c.fact.frame in frames
        and not c.fact.past  # a former deal ("avait déboursé") is not what was withheld now
        and c.article not in silent
    ]
    if not stated:
        return []
    what = ", ".join(sorted({str(c.value) for c in withheld}))
    shown = ", ".join(dict.fromkeys(f"{_frame_words(c)} {c.display}" for c in stated))
    stating = sorted({c.article for c in stated})
    values = [
        FindingValue(
            display=f"{what} not disclosed",
            articles=sorted(silent),
            claims=[c.id for c in withheld],
        ),
        FindingValue(display="stated as fact", articles=stating, claims=[c.id for c in stated]),
    ]
    return [
        Draft(
            "discrepancy",
            None,
            "Not disclosed",
            f"Not disclosed ({what}) in {count_sources(silent, origin_of)}; stated as fact in "
            f"{count_sources(stating, origin_of)}: {shown}",
            "undisclosed-vs-stated",
            "Some sources say these figures were not made public while others state figures as "
            "fact: whoever gave them, it was not whoever withheld them.",
            unique_ids([*(c.id for c in withheld), *(c.id for c in stated)]),
            values,
            (-len(silent | set(stating)), min(c.start for c in withheld)),
        )
    ]


def _frame_words(c: Claim) -> str:
    frame = c.fact.frame if c.fact else None
    return (frame or "amount").replace("_", " ")
