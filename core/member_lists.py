"""Lists of members: which names a sentence says make up a group ("le consortium formé par X, Y et
Z", "X, Y and Z make up the consortium", "the bidders are X and Y"), and how sources compare.

A list is two names or more joined by commas and a final "et" / "and" / "ainsi que" / "as well
as", tied to a group word of the same sentence by a linking phrase. It is complete unless the
sentence says it is not ("notamment", "including", "parmi lesquels", "among the bidders", "font
partie du consortium"). Only names count as members: a list with any other item is no list.

The vocabulary is data at the top of the module, French and English, written folded (lower case,
no accents). Group keys are English so that French and English articles compare.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .drafts import Draft, count_sources, unique_ids
from .entities import NameMention
from .models import Claim, FindingValue

# --- Vocabulary ----------------------------------------------------------------------------------

GROUP_WORDS: dict[str, str] = {
    "consortium": r"consortium",
    "alliance": r"alliance",
    "coalition": r"coalition",
    "board": r"board(?: of directors)?|conseil d'administration|conseil de surveillance",
    "jury": r"jury",
    "team": r"team|equipe",
    "bidders": r"bidders|candidats|pretendants|soumissionnaires|repreneurs potentiels",
    "partners": r"partners|partenaires",
    "investors": r"investors|investisseurs",
    "shareholders": r"shareholders|stockholders|actionnaires",
    "members": r"members|membres",
    "countries": r"countries|pays|nations",
    "signatories": r"signatories|signataires",
}
"""Group keys and the folded words that name them: a collective in the singular only (a list
after "les deux consortiums" names consortiums, not members), a role in the plural."""

GROUP_SUBJECTS: dict[str, str] = {
    "bidders": "Bidders",
    "partners": "Partners",
    "investors": "Investors",
    "shareholders": "Shareholders",
    "members": "Members",
    "countries": "Countries",
    "signatories": "Signatories",
}
"""How a finding names a group of members; other groups read "Members of the <key>"."""

CONJUNCTIONS = r"et|and|ainsi que|as well as"
"""Words that join the last member of a list."""

ARTICLES = r"(?:(?:the|le|la|les|l'|de|d'|du|des|de la|de l')\s*)"
"""Articles and partitives that may stand before a member's name."""

INTRODUCERS_COMPLETE = (
    r"forme(?:e|s|es)? (?:par|de)|compose(?:e|s|es)? (?:de|par)|constitue(?:e|s|es)? (?:de|par)|"
    r"(?:qui )?(?:reunit|reunira|reunissant|regroupe|regroupera|"
    r"regroupant|rassemble|rassemblant|associe|associant)|"
    r"sont|seront|sont desormais|a savoir|soit|"
    r"(?:which |that )?(?:brings|brought|bringing) together|(?:is |was |are |were )?made up of|"
    r"(?:is |was |are |were )?composed of|(?:which |that )?(?:consists?|consisting|consisted) of|"
    r"(?:which |that )?(?:comprises|comprised|comprising)|formed by|are|were|will be|namely|"
    r":"
)
"""Phrases after a group word that introduce its full list of members."""

INTRODUCERS_OPEN = (
    r"(?:qui )?(?:comprend|comprenait|comprenant|compte|comptait|inclut|incluant)|"
    r"(?:qui )?(?:reunissait|regroupait|rassemblait|associait)|etaient|"
    r"dont|notamment|parmi (?:lesquel(?:le)?s|eux|elles)(?: (?:figurent|on trouve|on compte))?|"
    r"figurent|figuraient|on trouve|on retrouve|on compte|"
    r"comme|tels? que|telles? que|"
    r"entre autres|(?:which |that )?(?:includes?|included|including)|such as|among them|"
    r"(?:which |that )?counts?|(?:sont|are) notamment|(?:include|includes) notably"
)
"""Phrases after a group word that introduce some of its members only."""

LINKS_AFTER_COMPLETE = (
    r"(?:(?:make|made|will make) up|form|forment|formeront|composent|constituent|"
    r"(?:ont|avaient) (?:forme|constitue)|(?:have |had )?(?:formed|set up))|"
    r"(?:sont|seront|are|were|will be) (?:the|les|l'|its|their|ses|leurs)"
)
"""Verbs after a list that say it is the whole group ("X and Y make up the consortium")."""

LINKS_AFTER_OPEN = (
    r"formaient|composaient|constituaient|(?:ont|avaient) fonde|(?:have |had )?founded|"
    r"(?:sont|etaient|seront|are|were|will be) (?:parmi|among|aussi|also|egalement)|"
    r"(?:font|faisaient|feront) (?:partie|egalement partie|aussi partie)|"
    r"(?:are|were|will be) (?:also )?(?:part|members?) of|(?:sont|etaient|seront) membres|"
    r"(?:have |has |had )?joined|(?:ont|avaient|vont) (?:rejoint|integre|rejoindre|integrer)|"
    r"rejoignent|integrent|(?:sont|etaient|seront|are|were|will be) (?:aussi |also |egalement )?"
    r"(?:au sein|dans|in|within|on)|au sein|sit on|siegent (?:au|dans)|"
    r"(?:sont|etaient|seront|are|were|will be)"
)
"""Phrases after a list that make it some members only ("X and Y are among the bidders")."""

GROUP_FILLERS = (
    r"only|sole|seuls|seules|remaining|restants|restantes|final|finaux|finalists|finalistes|"
    r"two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix|"
    r"current|actuels|actuelles|\d+"
)
"""Words that may stand between the determiner and a group word without making the list partial."""

RANKING_WORDS = (
    r"main|principal|principaux|principales|principale|largest|biggest|major|key|leading|top|"
    r"premiers|premieres|plus gros|plus grands|plus importants|majoritaires|minoritaires|"
    r"institutional|institutionnels|historiques|grands|gros|other|autres|some|certains|certaines|"
    r"plusieurs|several|many|nombreux|new|nouveau|nouvel|nouvelle|nouveaux|nouvelles|founding|"
    r"fondateurs|fondatrices|additional|supplementaires|former|anciens|anciennes|ex"
)
"""Words next to a group word that make a list of some members only ("the main shareholders")."""

OPEN_BEFORE_GROUP = (
    r"(?:among|amongst|parmi|(?:one|two|three|four|five|some|several|many|most|l'un|l'une|deux|"
    r"trois|quatre|cinq|certains|certaines|plusieurs|la plupart|\d+) (?:of|des|d'entre))"
)
"""Words before a group word that make a list of some of its members ("among the bidders")."""

OPEN_AFTER_LIST = (
    r"\s*,?\s*(?:etc\b|entre autres|notamment|among others|inter alia|and others|et d'autres|"
    r"et autres|amongst others|and more|et bien d'autres|and many others)"
)
"""Words after a list that leave it open ("X, Y, etc.")."""

DETERMINERS = (
    r"the|its|their|his|her|these|those|le|la|les|l'|ses|leurs|leur|son|sa|ces|ce|cette|cet|du|"
    r"des|au|aux|de la|de l'|a|an|un|une"
)

# --- Compiled patterns ---------------------------------------------------------------------------

_GROUP_ALTERNATION = "|".join(f"(?P<g_{key}>{forms})" for key, forms in GROUP_WORDS.items())
_GROUP_RE = re.compile(rf"(?<![\w-])(?:{_GROUP_ALTERNATION})(?![\w-])")
_CONJ_RE = re.compile(rf"(?<!\w)(?:{CONJUNCTIONS})(?!\w)")
_LIST_CUE_RE = re.compile(rf"(?<!\w)(?:{CONJUNCTIONS}|etc)(?!\w)")

_PAREN = r"(?:\s*\([^()]{1,24}\))?"
_COMMA_GAP_RE = re.compile(rf"{_PAREN}\s*,\s*{ARTICLES}?")
_LAST_GAP_RE = re.compile(rf"{_PAREN}\s*,?\s*(?:{CONJUNCTIONS})\s+{ARTICLES}?")
_CONTINUES_RE = re.compile(rf"{_PAREN}\s*,?\s*(?:{CONJUNCTIONS})\s")

_FILL = rf"(?:\s+(?:{DETERMINERS}|[a-z][a-z'-]*)){{0,3}}"
_LINK_BEFORE_RE = re.compile(
    rf"(?P<fill>{_FILL})\s*,?\s*(?:(?P<open>{INTRODUCERS_OPEN})|(?P<full>{INTRODUCERS_COMPLETE}))"
    rf"\s*(?:(?:{DETERMINERS})\s*)?"
)
_BETWEEN_RE = re.compile(rf"\s+(?:entre|between)\s+(?:(?:{DETERMINERS})\s*)?")
_APPOSITION_RE = re.compile(r"\s*[,(:—–]\s*(?:(?:the|les|la|le|l')\s*)?")
_APPOSITION_END_RE = re.compile(r"\s*[,)—–]")
_DETERMINED_BEFORE_RE = re.compile(
    rf"(?:^|[^\w'])(?:the|its|their|these|those|les|ses|leurs|ces)\s*(?:(?:{GROUP_FILLERS})\s+){{0,2}}$"
)
_LINK_AFTER_RE = re.compile(
    rf"\s+(?:(?P<full>{LINKS_AFTER_COMPLETE})|(?P<open>{LINKS_AFTER_OPEN}))"
    rf"(?:\s+(?:{DETERMINERS}))?\s*(?P<fill>(?:(?:{GROUP_FILLERS}|{RANKING_WORDS})\s+){{0,2}})"
)
_RANKING_RE = re.compile(rf"(?<![\w'])(?:{RANKING_WORDS})(?![\w'])")
_OPEN_BEFORE_GROUP_RE = re.compile(
    rf"(?<![\w'])(?:{OPEN_BEFORE_GROUP})\s+(?:(?:{DETERMINERS})\s*)?"
    rf"(?:(?:{GROUP_FILLERS}|{RANKING_WORDS})\s+){{0,2}}$"
)
_CLAUSE_SPLIT_RE = re.compile(r"[,;:()«»\"“”—–]")
_OPEN_AFTER_LIST_RE = re.compile(OPEN_AFTER_LIST)
_OPEN_WORD_RE = re.compile(
    r"(?<![\w'])(?:notamment|including|notably|also|aussi|egalement|among|parmi|d'autres)(?![\w'])"
)
_FILLER_WORDS = frozenset(
    w
    for w in (GROUP_FILLERS + "|" + DETERMINERS).replace("\\d+", "").split("|")
    if w and " " not in w
)
_GROUP_ENDS_RE = re.compile(
    r"\s*(?:[.,;:!?)»\"”(—–-]|$)|\s+(?:et|and|but|mais|qui|which|who|that|selon|according|"
    r"pour|for|in|dans|au|aux|a|to|on|sur|depuis|since|ont|est|sont|is|are|was|were|have|has|"
    r"will|va|vont|avec|with|alongside|aux cotes)(?![\w'])"
)
"""What may follow a group word that names the whole group: the clause ends or goes on. Anything
else qualifies it ("les candidats retenus", "the countries of the south"): a part of the group."""
_MEMBERS_OF_RE = re.compile(
    rf"(?:'s(?:\s+(?:{GROUP_FILLERS}))?|\s*,?\s*(?:dont les|dont ses|whose))\s*$"
)
_OPEN_AFTER_GROUP_RE = re.compile(r"\s+(?:with|avec|alongside|aux cotes de|along with)(?!\w)")
_COMMA_BEFORE_RE = re.compile(rf"\s*,\s*{ARTICLES}?$")
_AFTER_COMMA_OPENERS = re.compile(
    r"\s*(?:en|in|on|at|au|a|le|la|depuis|since|after|apres|lors|during|pendant|selon|"
    r"according|mais|but|however|cependant|toutefois|ainsi|ensuite|then|finally|enfin|hier|"
    r"yesterday|today|aujourd'hui|desormais|now|last|this|ce|cette|officially|officiellement|"
    r"dans|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|finalement|together|ensemble|under|sous|by|d'ici)(?!\w)"
)
"""Words that open an adverbial before a comma and a list that is a sentence's subject."""

_OF_RE = re.compile(r"\s+(?:of(?:\s+the)?|de(?:\s+la|\s+l')?|d'|du|des)\s*")
_POSSESSIVE_RE = re.compile(
    rf"(?:'s|\s*,\s*(?:dont (?:les|ses|leurs)|whose|of which the))\s+(?:(?:{GROUP_FILLERS})\s+)?"
)
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?<![\w'])(?:(?P<along>aux cotes d(?:e |')|aux cotes des|alongside|along with|together with|"
    r"with|avec)|selon|according to|d'apres|pour|for|par|by|de|d'|du|des|of|a|au|aux|chez|"
    rf"contre|against|from|to|in|en|sur|on|between|entre)\s*{ARTICLES}?$"
)
"""A preposition before a list: the names are no subject ("la part de X et Y"), or stand beside
someone else ("aux côtés de X et Y")."""

GROUP_WINDOW = 60
"""How far (characters) a group word may stand from the list it introduces or follows."""


@dataclass(frozen=True)
class MemberList:
    """An enumeration of names said to be the members of a group, with its span in the text."""

    start: int
    end: int
    group: str
    members: tuple[str, ...]
    complete: bool


@dataclass(frozen=True)
class _Group:
    start: int
    end: int
    key: str


def find_member_lists(
    text: str, folded: str, start: int, end: int, names: list[NameMention]
) -> list[MemberList]:
    """Return the lists of members the sentence `text[start:end]` gives for a group word.

    `folded` is `fold_same_length(text)`; `names` are the sentence's name mentions. A list is two
    names or more joined by commas and a final conjunction, introduced by a group word ("le
    consortium formé par X, Y et Z", "the bidders are X and Y") or followed by one ("X, Y and Z
    make up the consortium"); it is open (not complete) when the sentence says it names some
    members only ("notamment", "including", "among the bidders", "font partie du consortium").
    """
    if len(names) < 2:
        return []
    groups = [
        _Group(m.start(), m.end(), _group_key(m)) for m in _GROUP_RE.finditer(folded, start, end)
    ]
    if not groups or not _LIST_CUE_RE.search(folded, start, end):
        return []
    out: list[MemberList] = []
    for chain in _chains(folded, start, end, names):
        found = _tie(folded, start, end, chain, groups, names)
        if found is not None:
            out.append(found)
    return out


def _group_key(m: re.Match[str]) -> str:
    for name, value in m.groupdict().items():
        if value is not None:
            return name[2:]
    return ""


def _chains(folded: str, start: int, end: int, names: list[NameMention]) -> list[list[NameMention]]:
    """Runs of names joined by commas and one final conjunction."""
    mentions: list[NameMention] = []
    for n in sorted(names, key=lambda n: (n.start, -n.end)):
        if n.alias_of or n.start < start or n.end > end:
            continue
        if mentions and n.start < mentions[-1].end:
            continue
        mentions.append(n)
    chains: list[list[NameMention]] = []
    run: list[NameMention] = []
    for n in mentions:
        if run:
            prev = run[-1]
            if _COMMA_GAP_RE.fullmatch(folded, prev.end, n.start):
                run.append(n)
                continue
            if _LAST_GAP_RE.fullmatch(folded, prev.end, n.start):
                run.append(n)
                chains.append(run)
                run = []
                continue
            if len(run) >= 2 and _OPEN_AFTER_LIST_RE.match(folded, prev.end, end):
                chains.append(run)  # "X, Y, etc.", "X, Y and others"
        run = [n]
    if len(run) >= 2 and _OPEN_AFTER_LIST_RE.match(folded, run[-1].end, end):
        chains.append(run)
    return chains


def _tie(
    folded: str,
    start: int,
    end: int,
    chain: list[NameMention],
    groups: list[_Group],
    names: list[NameMention],
) -> MemberList | None:
    """The list a chain of names makes with a group word before or after it, if any."""
    last = chain[-1]
    tail = _OPEN_AFTER_LIST_RE.match(folded, last.end, end)
    tail_open = tail is not None
    if tail is None and _CONTINUES_RE.match(folded, last.end, end):
        return None  # "X, Y et Z et des fonds": the list goes on with something else
    first = chain[0]
    before = [g for g in groups if g.end <= first.start and first.start - g.end <= GROUP_WINDOW]
    if before:
        g = before[-1]
        if (
            g.key == "members"
            and len(before) > 1
            and _MEMBERS_OF_RE.search(folded, before[-2].end, g.start)
        ):
            g = _Group(g.start, g.end, before[-2].key)  # "le consortium, dont les membres sont"
        owner = _owner(folded, g, names)
        between = [n for n in names if g.end <= n.start < first.start and n is not owner]
        complete = (
            None if between else _introduced(folded, start, end, g, owner, first.start, last.end)
        )
        if complete is not None:
            return _made(chain, g, owner, complete and not tail_open)
    after = [g for g in groups if g.start >= last.end and g.start - last.end <= GROUP_WINDOW]
    if tail is not None:
        after = [g for g in after if g.start >= tail.end()]
    if not after:
        return None
    g = after[0]
    owner = _owner(folded, g, names)
    complete = _followed(folded, start, end, g, owner, tail.end() if tail else last.end)
    if complete is None:
        return None
    lead = _PREPOSITION_BEFORE_RE.search(folded, max(start, first.start - 24), first.start)
    if lead is not None and lead.group("along") is None and len(chain) > 2:
        chain = chain[1:]  # "Selon Reuters, X et Y sont les candidats"
        first = chain[0]
        lead = _PREPOSITION_BEFORE_RE.search(folded, max(start, first.start - 24), first.start)
    if lead is not None and lead.group("along") is None:
        return None  # "la part de X et Y dans le consortium": not the subject
    if lead is None and not _subject_start(folded, start, first.start):
        return None
    along = lead is not None  # "aux côtés de X et Y au sein du consortium": with someone else
    return _made(chain, g, owner, complete and not along and not tail_open)


def _made(
    chain: list[NameMention], g: _Group, owner: NameMention | None, complete: bool
) -> MemberList | None:
    members = tuple(dict.fromkeys(n.key for n in chain if owner is None or n.key != owner.key))
    if len(members) < 2:
        return None
    group = f"{g.key}:{owner.key}" if owner is not None else g.key
    return MemberList(chain[0].start, chain[-1].end, group, members, complete)


def _owner(folded: str, g: _Group, names: list[NameMention]) -> NameMention | None:
    """The name a group word belongs to: "le conseil d'administration de X", "X's board", "X,
    dont les actionnaires sont"."""
    of = _OF_RE.match(folded, g.end)
    if of is not None:
        for n in names:
            if n.start == of.end():
                return n
    for n in names:
        if n.end < g.start and _POSSESSIVE_RE.fullmatch(folded, n.end, g.start):
            return n
    return None


def _group_open(folded: str, start: int, g: _Group) -> bool:
    """Whether the words around a group word make it some members only ("among the main")."""
    head = _CLAUSE_SPLIT_RE.split(folded[max(start, g.start - 40) : g.start])[-1]
    return bool(_OPEN_BEFORE_GROUP_RE.search(head) or _RANKING_RE.search(head))


def _introduced(
    folded: str,
    start: int,
    end: int,
    g: _Group,
    owner: NameMention | None,
    list_start: int,
    list_end: int,
) -> bool | None:
    """Whether a group word before the list introduces it: None when it does not, else whether
    the list is complete."""
    after_group = g.end if owner is None or owner.start < g.start else owner.end
    if _BETWEEN_RE.fullmatch(folded, after_group, list_start):
        return not _group_open(folded, start, g)  # "l'alliance entre X et Y"
    link = _LINK_BEFORE_RE.fullmatch(folded, after_group, list_start)
    if link is None:
        appos = _APPOSITION_RE.fullmatch(folded, after_group, list_start)
        head = folded[max(start, g.start - 30) : g.start]
        if appos is None or not _DETERMINED_BEFORE_RE.search(head):
            return None
        if not _APPOSITION_END_RE.match(folded, list_end, end):
            return None  # "the bidders, X and Y, …": an apposition closes
        return not _group_open(folded, start, g)
    fill = link.group("fill")
    return not (
        link.group("open")
        or any(w not in _FILLER_WORDS and not w.isdigit() for w in fill.split())
        or _RANKING_RE.search(fill)
        or _OPEN_WORD_RE.search(fill)
        or _group_open(folded, start, g)
    )


def _followed(
    folded: str, start: int, end: int, g: _Group, owner: NameMention | None, list_end: int
) -> bool | None:
    """Whether a group word after the list says what it is: None when it does not, else whether
    the list is complete."""
    link = _LINK_AFTER_RE.fullmatch(folded, list_end, g.start)
    if link is None or folded.startswith("'s", g.end):
        return None  # "X and Y are the team's sponsors"
    return not (
        link.group("open")
        or _RANKING_RE.search(link.group("fill"))
        or _OPEN_AFTER_GROUP_RE.match(folded, g.end, end)
        or (owner is None and not _GROUP_ENDS_RE.match(folded, g.end, end))
    )


def _subject_start(folded: str, start: int, list_start: int) -> bool:
    """Whether a list that opens a clause is not the tail of a longer enumeration: after a comma
    it must follow a short adverbial that opens the sentence ("En mars, X et Y forment…")."""
    comma = _COMMA_BEFORE_RE.search(folded, start, list_start)
    if comma is None:
        return True
    lead = folded[start : comma.start()]
    return "," not in lead and bool(_AFTER_COMMA_OPENERS.match(lead)) and len(lead.split()) <= 6


# --- Comparison ----------------------------------------------------------------------------------


def member_list_findings(
    claims: list[Claim], display: dict[str, str], origin_of: dict[str, str]
) -> list[Draft]:
    """Return findings on lists of members across articles: the same complete list agrees (open
    lists that fit in it join), two complete lists naming different members contradict. A list
    given in the conditional counts as open; a denied one not at all."""
    by_group: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if (
            c.kind == "member-list"
            and isinstance(c.value, str)
            and len(c.subject) >= 2
            and c.status != "denied"
        ):
            by_group[c.value].append(c)
    drafts: list[Draft] = []
    for group, lists in sorted(by_group.items()):
        if len({c.article for c in lists}) < 2:
            continue
        draft = _group_finding(group, lists, display, origin_of)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _subject(group: str, display: dict[str, str]) -> str:
    """How a finding names a group: "Members of the consortium", "Bidders", "Members of the
    board (Acme)" for a group key that carries its owner ("board:acme")."""
    key, _, owner = group.partition(":")
    subject = GROUP_SUBJECTS.get(key, f"Members of the {key}")
    return f"{subject} ({display.get(owner, owner)})" if owner else subject


def _hedged(c: Claim) -> bool:
    return c.hedged or c.status == "hedged"


def _shown(members: list[str], display: dict[str, str]) -> str:
    return ", ".join(display.get(k, k) for k in members)


def _group_finding(
    group: str, lists: list[Claim], display: dict[str, str], origin_of: dict[str, str]
) -> Draft | None:
    subject = _subject(group, display)
    complete = [c for c in lists if c.role != "open" and not _hedged(c)]
    opened = [c for c in lists if c.role == "open" or _hedged(c)]
    sets: dict[frozenset[str], list[Claim]] = defaultdict(list)
    for c in complete:
        sets[frozenset(c.subject)].append(c)
    if len(sets) >= 2:
        return _mismatch(subject, sets, display, origin_of)
    if len(sets) == 1:
        ((members, full),) = sets.items()
        joined = full + [c for c in opened if set(c.subject) <= members]
        shown = _shown(list(full[0].subject), display)
        what = f"{subject}: {shown}"
        explanation = "The sources name the same members"
        if len(joined) > len(full):
            explanation += "; those that name only some of them name none other."
        else:
            explanation += "."
        return _agreement(subject, what, shown, joined, explanation, origin_of)
    shared = set.intersection(*(set(c.subject) for c in opened))
    if not shared:
        return None
    order = [k for k in opened[0].subject if k in shared]
    shown = _shown(order, display)
    return _agreement(
        subject,
        f"{subject} include {shown}",
        shown,
        opened,
        "The sources name some members only, and agree on these.",
        origin_of,
        rule="shared-members",
    )


def _agreement(
    subject: str,
    what: str,
    shown: str,
    joined: list[Claim],
    explanation: str,
    origin_of: dict[str, str],
    rule: str = "same-members",
) -> Draft | None:
    articles = sorted({c.article for c in joined})
    if len(articles) < 2:
        return None
    ids = unique_ids(c.id for c in joined)
    return Draft(
        "agreement",
        None,
        subject,
        f"{what} in {count_sources(articles, origin_of)}",
        rule,
        explanation,
        ids,
        [FindingValue(display=shown, articles=articles, claims=ids)],
        (-len(articles), min(c.start for c in joined)),
    )


def _mismatch(
    subject: str,
    sets: dict[frozenset[str], list[Claim]],
    display: dict[str, str],
    origin_of: dict[str, str],
) -> Draft | None:
    arts = {members: {c.article for c in cs} for members, cs in sets.items()}
    if not all(
        a - set().union(*(b for m, b in arts.items() if m != members))
        for members, a in arts.items()
    ):
        return None  # an article gives two lists itself: perhaps two moments, say nothing
    ordered = sorted(sets.items(), key=lambda kv: (-len(arts[kv[0]]), kv[1][0].start))
    values = [
        FindingValue(
            display=_shown(list(cs[0].subject), display),
            articles=sorted(arts[members]),
            claims=[c.id for c in cs],
        )
        for members, cs in ordered
    ]
    everyone = set().union(*sets)
    common = frozenset.intersection(*sets)
    first_seen = [k for _, cs in ordered for c in cs for k in c.subject]
    differ = [k for k in dict.fromkeys(first_seen) if k in everyone - common]
    listing = "; ".join(f"{v.display} in {count_sources(v.articles, origin_of)}" for v in values)
    all_claims = [c for _, cs in ordered for c in cs]
    return Draft(
        "contradiction",
        None,
        subject,
        f"{subject}: {listing} (differ: {_shown(differ, display)})",
        "members-mismatch",
        "The sources give the full list of members, and their lists differ.",
        unique_ids(c.id for c in all_claims),
        values,
        (-len({c.article for c in all_claims}), min(c.start for c in all_claims)),
    )
