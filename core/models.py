"""The pydantic models: the one contract between the engine, the terminal app and the JSON report.

Every offset (`start`, `end`) indexes the article's `text` exactly as it was decoded from its file,
so `article.text[claim.start:claim.end] == claim.text` always holds.
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = 1

ClaimKind = Literal[
    "money",
    "duration",
    "date",
    "power",
    "energy",
    "percentage",
    "count",
    "measure",
    "age",
    "ratio",
    "time",
    "organisation",
    "attribution",
    "response",
    "quote",
    "first-report",
    "undisclosed",
    "member-list",
]
"""What a claim is about. A money claim with a `period` is a rate ("30 bn a year"); a `measure`
is a physical quantity whose `unit` names its dimension ("m", "m2", "kg", "m3", "m/s", "degC",
"magnitude", "storey"); an `age` is a person's age in years; a `ratio` a share written in words
("un sur quatre", "la moitié") as a fraction; a `time` a time of day. A `quote` is quoted words
(`value` their folded key, `subject` the speaker, `role` the channel: "press_conference",
"statement", "interview:bbc"…); a `first-report` credits an outlet with revealing the story
(`value` the outlet's key); `undisclosed` says a figure was not disclosed (`value` what: "amount",
"terms", "salary"…); a `member-list` names the members of a group (`value` the group's key,
`subject` the members, `role` "complete" or "open")."""

Qualifier = Literal[
    "exact",
    "approximate",
    "nearly",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "up_to",
    "range",
]
"""How a figure was qualified as written: "environ" approximate, "près de" nearly, "au moins"
at least, "plus de" more than, "au plus" at most, "moins de" less than, "jusqu'à" up to, "entre X
et Y" a range."""

Status = Literal["asserted", "attributed", "hedged", "denied", "no-comment"]
"""Evidential status: stated as fact, stated as fact but credited to someone, reported in the
conditional or as unconfirmed, denied, or met with a refusal to comment."""

FindingKind = Literal["agreement", "contradiction", "discrepancy", "single-source"]
"""A `discrepancy` is values that differ about what looks like one fact, where something that
would settle it (the trading session, the period, who counted, whom the figure is about) is not
given by every source: shown as unresolved, never asserted as a contradiction."""

EntitySource = Literal[
    "named", "anaphor", "pronoun", "sentence", "paragraph", "guess", "story", "unnamed", "none"
]
"""How a claim's entity was found: named in its clause; through a noun that refers back ("le
titre", "the company") or a pronoun ("il", "its": the last party named, or the story's one subject
when it has one); as the last party named earlier in its sentence; as the one party the
paragraph's last sentence names; a guess among the several that sentence names; as the story's
subject; "unnamed" for someone the clause does not name ("une fillette de 8 ans"); or not at
all."""


_FIELD_NAMES: dict[type[BaseModel], set[str]] = {}
"""Per model class, the names of all its fields: the one "fields set" its instances share."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid", defer_build=True)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Let the class's instances share one table of attribute names: an instance whose
        fields are set one by one, in this order, before any instance is validated, sets it
        up (see `rebuilt`)."""
        super().__pydantic_init_subclass__(**kwargs)
        first = cls.__new__(cls)
        for name in cls.model_fields:
            object.__setattr__(first, name, None)

    def __setstate__(self, state: dict[Any, Any]) -> None:
        """Restore a pickled model (the analysis cache) in the compact layout (see
        `rebuilt`)."""
        fields_set = state.get("__pydantic_fields_set__", set())
        object.__setattr__(self, "__pydantic_fields_set__", fields_set)
        object.__setattr__(self, "__pydantic_extra__", state.get("__pydantic_extra__"))
        object.__setattr__(self, "__pydantic_private__", state.get("__pydantic_private__"))
        self.__dict__.update(state.get("__dict__", {}).items())  # by item: see `rebuilt`

    def model_post_init(self, context: Any, /) -> None:
        """Share one set of field names among the instances of a class as their "fields set"
        (pydantic keeps a set per instance of the fields given explicitly: 1.4 KB of the 3.2 KB
        of a claim, and an analysis holds hundreds of thousands of claims). Nothing here dumps
        with `exclude_unset`: every field counts as set."""
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            names = _FIELD_NAMES.setdefault(type(self), set(type(self).model_fields))
        object.__setattr__(self, "__pydantic_fields_set__", names)


M = TypeVar("M", bound=_Model)


def rebuilt(cls: type[M], values: dict[str, Any]) -> M:
    """An instance of `cls` holding `values`, one per field (valid already: not validated
    again), in half the memory of a validated one.

    Validated by pydantic, a model keeps its fields in a table of its own (a claim: 832
    bytes for its 29 fields). Put one by one into a new instance (a copy of the table would be
    a table), they are kept the way Python keeps the attributes of plain objects, the names
    once per class and only the values in each instance (296 bytes), as long as the class's
    first instance was made that way (_Model.__pydantic_init_subclass__)."""
    model = cls.__new__(cls)
    model.__setstate__({"__dict__": values})
    model.model_post_init(None)  # the class's shared fields set
    return model


def compact(model: M) -> M:
    """A copy of `model` that holds the same values in half the memory (see `rebuilt`)."""
    return rebuilt(type(model), model.__dict__)


class Boilerplate(_Model):
    """A stretch of an article kept out of the analysis: credits, comment forms, strips."""

    start: int
    end: int
    reason: str


class Article(_Model):
    """One source text as read from disk, with what was recognised around its content."""

    id: str = Field(description="The file name without its extension.")
    path: str
    title: str
    language: str = Field(description="ISO 639-1 code: 'fr', 'en', or 'und' when unknown.")
    encoding: str = Field(description="The decoding that was used to read the file.")
    text: str = Field(description="The full decoded text; every offset indexes it.")
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    metadata: dict[str, str] = Field(
        default_factory=dict, description="Facts read from boilerplate lines, e.g. 'source'."
    )
    published: str | None = Field(
        default=None,
        description="When the article says it was published (ISO 8601, as precise as written).",
    )
    updated: str | None = Field(
        default=None,
        description="When the article says it was last updated (ISO 8601, as precise as written).",
    )
    origin: str = ""
    """Id of the first article of the same origin: itself, or the original it reprints."""


class Passage(_Model):
    """A paragraph, heading, list item or title of one article, with exact offsets."""

    id: str
    article: str
    start: int
    end: int
    kind: Literal["title", "heading", "paragraph", "list-item"]


class Sentence(_Model):
    """A sentence inside a passage."""

    article: str
    passage: str
    start: int
    end: int


class FactKey(_Model):
    """What a figure is about, as read from its clause: which claims state the same fact."""

    entity: list[str] = Field(
        default_factory=list, description="Keys of the names the figure is about."
    )
    entity_from: EntitySource = "none"
    frame: str | None = Field(
        default=None,
        description="What the figure measures, from the measure lexicon ('share_price').",
    )
    session: str | None = Field(
        default=None, description="Trading session or reference price: 'premarket', 'close', 'ytd'…"
    )
    reference: str | None = Field(
        default=None, description="EDTF date the figure is given for, when its clause names one."
    )
    counter: str | None = Field(default=None, description="Who counted, for counts of people.")
    segment: str | None = Field(
        default=None, description="The part of the frame measured: 'cloud' in 'cloud revenue'."
    )
    past: bool = Field(default=False, description="Stated as a former state ('il percevait').")
    basis: Literal["gross", "net"] | None = None
    frame_start: int | None = Field(
        default=None, description="Where the word naming the frame stands."
    )
    frame_end: int | None = None


class Claim(_Model):
    """One extracted statement: a quantity, date, organisation, attribution or response."""

    id: str
    article: str
    start: int
    end: int
    text: str = Field(description="Exactly article.text[start:end].")
    kind: ClaimKind
    value: float | str | None = Field(
        description="Normalised value: base units for quantities (dollars, watts, years), "
        "an EDTF date string for dates ('2027', '2024-22' for summer), a key for names."
    )
    unit: str | None = None
    low: float | None = Field(None, description="Lower bound of the interval the claim allows.")
    high: float | None = Field(
        None, description="Upper bound of the interval the claim allows; None when unbounded."
    )
    display: str = Field("", description="The normalised value as a reader would write it.")
    approximate: bool = False
    qualifier: Qualifier | None = Field(
        None, description="For quantities: how the figure was qualified as written."
    )
    precision: float | None = Field(
        None,
        description="For quantities: the step of the last digit as written, in the unit of "
        "`value` ('4 500' -> 100, '1,5 million' -> 100000, '2,47 %' -> 0.01).",
    )
    sign: Literal[-1, 1] | None = Field(
        None,
        description="For changes: 1 for a rise, -1 for a fall; None when the figure is a level, "
        "not a change. A percentage's value carries the sign ('a cédé 0,4 %': -0.4); an "
        "amount keeps the amount written ('a perdu 2 milliards': 2e9, sign -1).",
    )
    relative: bool = Field(
        False,
        description="For dates: written relative to the article's date ('lundi', 'hier'); "
        "`value` is resolved against it when the article gives one, else None.",
    )
    period: str | None = Field(None, description="For rates: 'year', 'month'…")
    role: str | None = Field(
        None, description="What the quantity stands for: 'start', 'end', 'total', 'rate'…"
    )
    hedged: bool = False
    status: Status = "asserted"
    cue: str | None = Field(None, description="The words that set the status, e.g. 'aurait'.")
    cue_start: int | None = Field(
        default=None, description="Where the hedge cue stands in the article's text, if any."
    )
    cue_end: int | None = Field(default=None, description="Where the hedge cue ends.")
    attribution: str | None = Field(None, description="Who the sentence credits, if anyone.")
    subject: list[str] = Field(
        default_factory=list, description="Organisation keys the claim's clause speaks of."
    )
    sentence_start: int = 0
    sentence_end: int = 0
    topic: str | None = None
    fact: FactKey | None = Field(None, description="For figures and dates: what they are about.")


class TopicPassage(_Model):
    """A stretch of an article that belongs to a topic."""

    article: str
    start: int
    end: int


class Topic(_Model):
    """A theme of the story, from the user's topics file or derived from the articles."""

    id: str
    label: str
    keywords: list[str] = Field(default_factory=list)
    origin: Literal["file", "derived"] = "file"
    passages: list[TopicPassage] = Field(default_factory=list)


class AlignedRow(_Model):
    """Passages of different articles, within one topic, that speak of the same thing."""

    topic: str
    cells: dict[str, TopicPassage | None] = Field(
        description="One entry per article: its passage on this row, or None when it is silent."
    )
    score: float = Field(description="Mean similarity (0-100) of the linked passages.")


class FindingValue(_Model):
    """One value a finding compares, and the articles that give it."""

    display: str
    articles: list[str]
    claims: list[str]
    hedged: list[str] = Field(default_factory=list, description="Articles that give it hedged.")
    elsewhere: bool = Field(
        default=False,
        description="Given by other sources for a fact read differently: what a single-source "
        "finding's 'the same value also in' rests on, not part of the fact itself.",
    )


class Finding(_Model):
    """A verdict on a group of claims about the same thing, with the rule that fired."""

    id: str
    kind: FindingKind
    topic: str | None
    subject: str = Field(description="What the claims are about, e.g. 'Start date'.")
    summary: str = Field(description="One line a reader understands on its own.")
    rule: str
    explanation: str = ""
    claims: list[str]
    values: list[FindingValue] = Field(default_factory=list)
    key: str = Field("", description="Stable while the claims it rests on stay the same.")


class Analysis(_Model):
    """Everything the engine computed for a set of articles."""

    schema_version: int = SCHEMA_VERSION
    articles: list[Article]
    passages: list[Passage] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    alignment: list[AlignedRow] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list, description="Things the reader should know.")
    duplicates: dict[str, str] = Field(
        default_factory=dict, description="Files left out as exact copies: id -> id kept."
    )

    _articles_by_id: dict[str, Article] = PrivateAttr(default_factory=dict)
    _claims_by_id: dict[str, Claim] = PrivateAttr(default_factory=dict)
    _claims_by_article: dict[str, list[Claim]] = PrivateAttr(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        """Equal when the data are: the lookup indexes built on first use do not count."""
        if not isinstance(other, Analysis):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in type(self).model_fields)

    __hash__ = None  # type: ignore[assignment]

    def _index(self) -> None:
        # Built on first use, and again if the lists changed size since.
        if len(self._articles_by_id) != len(self.articles):
            self._articles_by_id = {a.id: a for a in self.articles}
        if len(self._claims_by_id) != len(self.claims):
            self._claims_by_id = {c.id: c for c in self.claims}
            self._claims_by_article = {a.id: [] for a in self.articles}
            for c in self.claims:
                self._claims_by_article.setdefault(c.article, []).append(c)

    def article(self, article_id: str) -> Article:
        """Return the article with this id."""
        self._index()
        return self._articles_by_id[article_id]

    def claim(self, claim_id: str) -> Claim:
        """Return the claim with this id."""
        self._index()
        return self._claims_by_id[claim_id]

    def claims_of(self, article_id: str) -> list[Claim]:
        """Return the claims of one article, in reading order."""
        self._index()
        return self._claims_by_article.get(article_id, [])

    def evidence(self, claim_ids: list[str]) -> list[tuple[Article, int, int, list[Claim]]]:
        """Return the sentences that hold these claims: (article, start, end, claims), in
        article order, one entry per sentence, so that each is quoted once."""
        groups: dict[tuple[str, int], list[Claim]] = {}
        for cid in claim_ids:
            c = self.claim(cid)
            groups.setdefault((c.article, c.sentence_start), []).append(c)
        return [
            (self.article(article), start, group[0].sentence_end, group)
            for (article, start), group in sorted(groups.items())
        ]
