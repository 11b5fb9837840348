"""Lists of members: which names a sentence says make up a group, and how sources compare.
Sentences of our own, French and English."""

from __future__ import annotations

import re

import pytest

from dealview.core.entities import NameMention, find_names
from dealview.core.member_lists import MemberList, find_member_lists, member_list_findings
from dealview.core.models import Claim, Status
from dealview.core.textnorm import fold_same_length

# --- Detection -----------------------------------------------------------------------------------


def lists_in(text: str) -> list[MemberList]:
    """The member lists of a one-sentence text, with the names `find_names` gives for it (every
    capitalised word counted as seen inside the article)."""
    folded = fold_same_length(text)
    inside = set(re.findall(r"[A-ZÀ-Ý][\w&]*", text))
    names = find_names(text, folded, 0, len(text), inside)
    return find_member_lists(text, folded, 0, len(text), names)


def one_list(text: str) -> MemberList:
    found = lists_in(text)
    assert len(found) == 1, found
    return found[0]


def test_group_word_before_a_closed_french_list() -> None:
    text = "Le consortium formé par Acme, Globex et Initech a remporté l'appel d'offres."
    found = one_list(text)
    assert found.group == "consortium"
    assert found.members == ("acme", "globex", "initech")
    assert found.complete
    assert text[found.start : found.end] == "Acme, Globex et Initech"


def test_group_word_after_a_closed_english_list() -> None:
    text = "Acme, Globex and Initech make up the consortium."
    found = one_list(text)
    assert (found.group, found.members, found.complete) == (
        "consortium",
        ("acme", "globex", "initech"),
        True,
    )
    assert text[found.start : found.end] == "Acme, Globex and Initech"


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        ("The bidders are Acme and Hooli.", "bidders", ("acme", "hooli")),
        (
            "Les candidats sont Acme, Globex ainsi que Hooli.",
            "bidders",
            ("acme", "globex", "hooli"),
        ),
        (
            "The alliance between Renault, Nissan and Mitsubishi Motors is strained.",
            "alliance",
            ("renault", "nissan", "mitsubishimotors"),
        ),
        (
            "Le jury, composé de Marie Curie, Jean Dupont et Paul Durand, a tranché.",
            "jury",
            ("mariecurie", "jeandupont", "pauldurand"),
        ),
        ("The two bidders, Acme and Globex, declined to comment.", "bidders", ("acme", "globex")),
        (
            "Les pays signataires sont la France, l'Allemagne et l'Italie.",
            "signatories",
            ("france", "allemagne", "italie"),
        ),
        (
            "En mars, Globex et Initech ont formé un consortium.",
            "consortium",
            ("globex", "initech"),
        ),
        ("Acme and Globex are the bidders.", "bidders", ("acme", "globex")),
        ("Acme and Globex are the only two bidders.", "bidders", ("acme", "globex")),
        (
            "Le consortium, dont les membres sont Acme et Globex, a gagné.",
            "consortium",
            ("acme", "globex"),
        ),
        ("The consortium's members are Acme and Globex.", "consortium", ("acme", "globex")),
        ("L'alliance entre Renault et Nissan tient.", "alliance", ("renault", "nissan")),
        (
            "The members of the consortium are Acme, Globex, and Initech.",
            "consortium",
            ("acme", "globex", "initech"),
        ),
    ],
)
def test_closed_lists(text: str, group: str, members: tuple[str, ...]) -> None:
    found = one_list(text)
    assert (found.group, found.members, found.complete) == (group, members, True)


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        ("Les candidats sont notamment Acme et Globex.", "bidders", ("acme", "globex")),
        ("Among the bidders are Acme, Globex and Hooli.", "bidders", ("acme", "globex", "hooli")),
        ("The main shareholders are Acme and Globex.", "shareholders", ("acme", "globex")),
        ("The consortium, which includes Acme and Globex, won.", "consortium", ("acme", "globex")),
        ("Acme et Globex font partie du consortium.", "consortium", ("acme", "globex")),
        (
            "Vinci s'associe aux côtés de Bouygues et Eiffage au sein du consortium.",
            "consortium",
            ("bouygues", "eiffage"),
        ),
        (
            "Les investisseurs, parmi lesquels figurent Acme et Globex, ont signé.",
            "investors",
            ("acme", "globex"),
        ),
        (
            "The consortium comprises Acme, Globex and Initech, etc.",
            "consortium",
            ("acme", "globex", "initech"),
        ),
        (
            "Globex et Initech ont formé un consortium avec Acme.",
            "consortium",
            ("globex", "initech"),
        ),
        ("Acme and Globex are bidders.", "bidders", ("acme", "globex")),
        ("Les candidats retenus sont Acme et Globex.", "bidders", ("acme", "globex")),
        ("Acme et Globex sont les candidats de la gauche.", "bidders", ("acme", "globex")),
        ("Acme et Globex sont les deux autres candidats.", "bidders", ("acme", "globex")),
        (
            "Le consortium, qui réunissait Acme et Globex, a été dissous.",
            "consortium",
            ("acme", "globex"),
        ),
        ("Acme and Globex founded the alliance in 2010.", "alliance", ("acme", "globex")),
        (
            "Les nouveaux membres du conseil d'administration sont Jean Dupont et Marie Curie.",
            "board",
            ("jeandupont", "mariecurie"),
        ),
        ("Le consortium réunit Acme, Globex, etc.", "consortium", ("acme", "globex")),
        ("Parmi les investisseurs figurent Acme et Globex.", "investors", ("acme", "globex")),
        ("The consortium includes Acme, Globex and others.", "consortium", ("acme", "globex")),
        (
            "Acme, Globex, Initech et d'autres forment le consortium.",
            "consortium",
            ("acme", "globex", "initech"),
        ),
    ],
)
def test_open_lists(text: str, group: str, members: tuple[str, ...]) -> None:
    found = one_list(text)
    assert (found.group, found.members, found.complete) == (group, members, False)


@pytest.mark.parametrize(
    "text",
    [
        "Le consortium formé par Acme, la ville de Lyon et Globex a gagné.",
        "Le consortium formé par Acme, Globex et Initech et des fonds a gagné.",
        "Acme, des fonds, Globex et Initech forment le consortium.",
        "La part de Acme et Globex dans le consortium est de 30 %.",
        "Acme and Globex are the team's sponsors.",
        "Acme et Globex ne font plus partie du consortium.",
        "Acme and Globex signed a deal with Initech.",
        "Le consortium a retenu Acme.",
        "For the consortium, Acme and Globex signed.",
        "Acme and Globex are the team's sponsors.",
        "Les partenaires de la ville et Acme et Globex ont signé.",
        "The consortium was formed by Acme.",
        "Les deux équipes, le PSG et l'OM, se sont affrontées.",
        "The two consortiums, Acme and Globex, bid again.",
    ],
)
def test_no_list(text: str) -> None:
    assert lists_in(text) == []


def test_an_attribution_is_not_a_member() -> None:
    found = one_list("Selon Reuters, Acme et Globex sont les seuls candidats.")
    assert found.members == ("acme", "globex")
    assert found.complete


def test_a_group_that_belongs_to_a_name_carries_it() -> None:
    found = one_list("Acme's board is made up of Jane Roe, John Smith and Paul Durand.")
    assert found.group == "board:acme"
    assert found.members == ("janeroe", "johnsmith", "pauldurand")
    found = one_list("Le conseil d'administration d'Acme compte Jean Dupont et Marie Curie.")
    assert (found.group, found.complete) == ("board:acme", False)
    found = one_list("Acme, dont les actionnaires sont Globex et Initech, a gagné.")
    assert (found.group, found.members, found.complete) == (
        "shareholders:acme",
        ("globex", "initech"),
        True,
    )


def test_only_names_of_the_sentence_count_and_offsets_are_kept() -> None:
    text = "Plus tôt. Le consortium réunit Acme et Globex. Puis Initech et Hooli ont parlé."
    folded = fold_same_length(text)
    s, e = 10, 46
    names = [
        NameMention(31, 35, "Acme", "acme", "organisation"),
        NameMention(39, 45, "Globex", "globex", "organisation"),
    ]
    [found] = find_member_lists(text, folded, s, e, names)
    assert (found.start, found.end, found.members) == (31, 45, ("acme", "globex"))
    assert find_member_lists(text, folded, s, e, names[:1]) == []
    assert find_member_lists(text, folded, 47, len(text), []) == []


# --- Comparison ----------------------------------------------------------------------------------


def listed(
    cid: str,
    article: str,
    group: str,
    members: list[str],
    complete: bool = True,
    status: Status = "asserted",
) -> Claim:
    return Claim(
        id=cid,
        article=article,
        start=10,
        end=30,
        text="x" * 20,
        kind="member-list",
        value=group,
        subject=members,
        role="complete" if complete else "open",
        status=status,
        hedged=status == "hedged",
    )


DISPLAY = {"acme": "Acme", "globex": "Globex", "initech": "Initech", "hooli": "Hooli"}


def test_the_same_complete_list_agrees() -> None:
    claims = [
        listed("a1", "a", "consortium", ["acme", "globex", "initech"]),
        listed("b1", "b", "consortium", ["initech", "acme", "globex"]),
    ]
    [draft] = member_list_findings(claims, DISPLAY, {})
    assert (draft.kind, draft.rule, draft.subject) == (
        "agreement",
        "same-members",
        "Members of the consortium",
    )
    assert draft.summary == "Members of the consortium: Acme, Globex, Initech in 2 sources"
    assert draft.claims == ["a1", "b1"]
    assert draft.values[0].articles == ["a", "b"]


def test_complete_lists_naming_different_members_contradict() -> None:
    claims = [
        listed("a1", "a", "consortium", ["acme", "globex", "initech"]),
        listed("b1", "b", "consortium", ["acme", "globex", "initech"]),
        listed("c1", "c", "consortium", ["acme", "globex", "hooli"]),
    ]
    [draft] = member_list_findings(claims, DISPLAY, {})
    assert (draft.kind, draft.rule) == ("contradiction", "members-mismatch")
    assert "Acme, Globex, Initech in 2 sources" in draft.summary
    assert "Acme, Globex, Hooli in 1 source" in draft.summary
    assert "differ: Initech, Hooli" in draft.summary
    assert [(v.display, v.articles) for v in draft.values] == [
        ("Acme, Globex, Initech", ["a", "b"]),
        ("Acme, Globex, Hooli", ["c"]),
    ]


def test_an_open_list_that_fits_joins_the_agreement() -> None:
    claims = [
        listed("a1", "a", "bidders", ["acme", "globex", "hooli"]),
        listed("b1", "b", "bidders", ["acme", "hooli"], complete=False),
    ]
    [draft] = member_list_findings(claims, DISPLAY, {"b": "a"})
    assert (draft.kind, draft.rule, draft.subject) == ("agreement", "same-members", "Bidders")
    assert draft.claims == ["a1", "b1"]
    assert "2 sources (1 independent)" in draft.summary


def test_an_open_list_never_contradicts() -> None:
    claims = [
        listed("a1", "a", "bidders", ["acme", "globex"]),
        listed("b1", "b", "bidders", ["acme", "hooli"], complete=False),
    ]
    assert member_list_findings(claims, DISPLAY, {}) == []
    claims.append(listed("c1", "c", "bidders", ["globex", "acme"]))
    [draft] = member_list_findings(claims, DISPLAY, {})
    assert draft.kind == "agreement"
    assert draft.claims == ["a1", "c1"]


def test_open_lists_alone_agree_on_the_members_they_share() -> None:
    claims = [
        listed("a1", "a", "investors", ["acme", "globex"], complete=False),
        listed("b1", "b", "investors", ["hooli", "acme"], complete=False),
    ]
    [draft] = member_list_findings(claims, DISPLAY, {})
    assert (draft.rule, draft.values[0].display) == ("shared-members", "Acme")
    claims[1] = listed("b1", "b", "investors", ["hooli", "initech"], complete=False)
    assert member_list_findings(claims, DISPLAY, {}) == []


def test_groups_and_single_articles_are_kept_apart() -> None:
    claims = [
        listed("a1", "a", "consortium", ["acme", "globex"]),
        listed("b1", "b", "bidders", ["acme", "hooli"]),
        listed("a2", "a", "board:acme", ["initech", "hooli"]),
        listed("b2", "b", "board:acme", ["initech", "hooli"]),
        listed("b3", "b", "consortium", ["acme", "initech"], complete=True).model_copy(
            update={"kind": "quote"}
        ),
    ]
    [draft] = member_list_findings(claims, DISPLAY, {})
    assert draft.subject == "Members of the board (Acme)"
    assert draft.claims == ["a2", "b2"]


def test_one_article_giving_two_lists_is_no_contradiction() -> None:
    claims = [
        listed("a1", "a", "consortium", ["acme", "globex"]),
        listed("a2", "a", "consortium", ["acme", "hooli"]),
        listed("b1", "b", "consortium", ["acme", "hooli"]),
    ]
    assert member_list_findings(claims, DISPLAY, {}) == []


def test_odd_input_never_breaks() -> None:
    for text in ["", "et", ", et ,", "Le consortium : A et B.", "Acme et Acme forment le jury."]:
        assert all(len(m.members) >= 2 for m in lists_in(text))
    assert lists_in("Acme et Acme forment le jury.") == []
    text = "Le consortium formé par " + ", ".join(f"Acme{n}" for n in range(300)) + " et Globex."
    [found] = lists_in(text)
    assert len(found.members) == 301


def test_a_list_in_the_conditional_only_joins_and_a_denied_one_is_left_out() -> None:
    claims = [
        listed("a1", "a", "consortium", ["acme", "globex"]),
        listed("b1", "b", "consortium", ["acme", "hooli"], status="hedged"),
        listed("c1", "c", "consortium", ["acme", "initech"], status="denied"),
    ]
    assert member_list_findings(claims, DISPLAY, {}) == []
    claims[1] = listed("b1", "b", "consortium", ["globex", "acme"], status="hedged")
    [draft] = member_list_findings(claims, DISPLAY, {})
    assert (draft.kind, draft.claims) == ("agreement", ["a1", "b1"])
