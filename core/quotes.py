"""Direct quotes: the quoted words of a sentence, who says them and where (press conference,
mixed zone, statement, interview with an outlet, call, speech).

Only the detection lives here; comparing quotes across articles is the comparison's work, helped
by `same_words`. The vocabulary (speech verbs, channel phrases, title cues) is data at the top of
the module, French and English, written folded (lower case, no accents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .textnorm import STOPWORDS, WORD_RE, fold, fold_same_length

# --- Vocabulary ----------------------------------------------------------------------------------

SPEECH_VERBS_EN = (
    "said says say told tells added adds explained explains noted stated declared insisted "
    "argued warned wrote writes recalled acknowledged admitted conceded replied responded "
    "continued remarked claimed asserted stressed emphasized emphasised observed cautioned "
    "quipped joked promised vowed"
).split()
"""English speech verbs, as they follow or precede a speaker ("Roe said", "said Roe")."""

PARTICIPLES_FR = (
    "dit declare lance ajoute explique affirme indique precise reconnu assure souligne estime "
    "confie rappele poursuivi insiste martele confirme annonce avoue admis ecrit repondu reagi "
    "temoigne raconte commente glisse lache promis conclu previenu prevenu jure regrette deplore "
    "denonce tranche resume note observe plaide concede souffle avance enchaine ironise evoque"
).split()
"""French past participles of speech verbs ("a lancé", "a-t-il reconnu")."""

PRESENT_FR = (
    "dit declare lance ajoute explique affirme indique precise reconnait assure souligne estime "
    "confie rappelle poursuit insiste martele confirme annonce avoue admet ecrit repond reagit "
    "temoigne raconte commente glisse lache promet conclut previent jure regrette deplore "
    "denonce tranche resume note observe plaide concede souffle avance enchaine ironise evoque"
).split()
"""French speech verbs in the present ("explique l'entraîneur", "dit-il")."""

AFTER_ONLY_FR = frozenset("lance glisse lache souffle conclu conclut tranche note annonce".split())
"""Speech verbs too ambiguous to introduce a quote from before it ("Renault a lancé « … »"), but
plain after one ("« … », a lancé le capitaine")."""

AUXILIARIES_FR = "a ont avait avaient aurait auraient".split()
SUBJECT_PRONOUNS_FR = "il elle ils elles on".split()

SUBJECT_STOPS = frozenset(
    """
    dans en a au aux lors apres avant pendant sur devant depuis durant avec pour par sans
    que qu' qui dont lorsque quand tandis alors mais et ou car puis
    in at on during after before while with for from to by that who which when as and but
    """.split()
)
"""Words that end a speaker's noun phrase after the verb ("a lancé le capitaine | dans …")."""

CLAUSE_BREAKS = re.compile(r";|\b(?:while|whereas|tandis qu|alors qu)\b|, (?:but|mais)\b")
"""A clause break between a speech verb and a quote: the verb no longer introduces the quote."""

CHANNELS: dict[str, tuple[str, ...]] = {
    "press_conference": (
        r"(?:en|lors d'une|lors de la|pendant la|a la|a l'issue de la|durant la) conference de "
        r"presse(?: d'apres-match| d'avant-match)?",
        r"(?:at|during|in) (?:a|the|his|her|their) (?:post-match |pre-match |joint )?"
        r"(?:press|news) (?:conference|briefing)",
    ),
    "mixed_zone": (r"(?:en|dans la|depuis la) zone mixte", r"in the mixed zone"),
    "statement": (
        r"(?:dans|par) (?:un|le|son|leur) communique(?: de presse)?",
        r"par communique",
        r"in (?:a|the|its|his|her|their) (?:joint |written |separate )?(?:statement|press release)",
    ),
    "call": (
        r"(?:earnings|conference|investor|analyst|analysts') call",
        r"(?:on|during) a call with (?:analysts|investors)",
        r"conference telephonique",
    ),
    "speech": (
        r"(?:dans|lors d'|pendant|durant) (?:un|son|le) discours",
        r"in (?:a|his|her) speech",
    ),
}
"""Venues and channels of a quote, each a list of folded phrase patterns."""

INTERVIEW_CUES = (
    r"\btold ",
    r"\b(?:in|during) an interview (?:with|on|to) ",
    r"\b(?:speaking|talking) (?:to|with) ",
    r"\binterviewed by ",
    r"\b(?:dans|lors d') (?:un|une) (?:entretien|interview) (?:accordee? )?(?:a|au|a la|avec) ",
    r"\bau micro d[e'] ?",
    r"\binterroge(?:e|s|es)? par ",
    r"\b(?:" + "|".join(PARTICIPLES_FR + PRESENT_FR) + r") (?:au|a la|a l'|a) ",
)
"""Phrases after which a capitalised name is the outlet of an interview ("told the BBC", "a déclaré
au Parisien", "in an interview with Bloomberg")."""

TITLE_CUES = re.compile(
    r"\b(?:film|movie|book|novel|album|song|single|series|show|programme|program|documentary|"
    r"titled|entitled|called|dubbed|named|headline|headlined|slogan|motto|hashtag|"
    r"operation|project|livre|roman|chanson|serie|emission|documentaire|piece|"
    r"spectacle|intitulee?s?|baptisee?s?|nommee?s?|appelee?s?|surnommee?s?|operation|projet|"
    r"devise|magazine|rubrique)\W{0,3}(?:\w+\W+){0,1}$"
)
"""A word right before quotation marks that makes them a title's or a name's ("the film “…”")."""

CONTINUATION_CAPS = re.compile(r"\b[A-ZÀ-ÖØ-ÝŒ]")

# --- Compiled patterns ---------------------------------------------------------------------------

_MARKS_RE = re.compile(r"[«“\"]")
_PAIR_RE = re.compile(r"«([^«»]*)»|“([^“”]*)”|(?<![\w])\"(?=\S)([^\"]*?)(?<=\S)\"(?![\w])")
_OPEN_ONLY_RE = re.compile(r"«[^«»]*$|“[^“”]*$")
_CLOSE_AFTER = {"«": "»", "“": "”"}
_TRIM = " \t\n\u00a0\u202f,;:."
_SENTENCE_END_RE = re.compile(r"[.!?…](?=\s|$)")

_PART = "|".join(PARTICIPLES_FR)
_PRES = "|".join(PRESENT_FR)
_EN = "|".join(SPEECH_VERBS_EN)
_AUX = "|".join(AUXILIARIES_FR)
_PRON = "|".join(SUBJECT_PRONOUNS_FR)
_ADVERBS = r"(?:(?:aussi|egalement|encore|notamment|ensuite|meme|deja|pour sa part|alors) )?"

_INVERTED_FR = re.compile(
    rf"(?:(?:{_AUX})(?:-t)?-(?:{_PRON}) {_ADVERBS}(?:{_PART})|(?:{_PRES})(?:-t)?-(?:{_PRON}))\b"
)
"""An inverted French tag whose subject is a pronoun: "a-t-il reconnu", "avait-il reconnu",
"explique-t-elle", "dit-il"."""
_TAG_VERB_FR = re.compile(rf"(?:(?:{_AUX}) {_ADVERBS}(?:{_PART})|(?:{_PRES}))\b")
_TAG_VERB_EN = re.compile(rf"(?:{_EN})\b")
_SELON = re.compile(r"(?:selon|d'apres|according to) ")
_PART_SAFE = "|".join(p for p in PARTICIPLES_FR if p not in AFTER_ONLY_FR)
_PRES_SAFE = "|".join(p for p in PRESENT_FR if p not in AFTER_ONLY_FR)
_BEFORE_VERB = re.compile(
    rf"\b(?:(?:{_AUX}) {_ADVERBS}(?:{_PART_SAFE})"
    rf"|(?:{_PRES_SAFE})(?:(?:-t)?-(?:{_PRON}))?"
    rf"|(?:{_EN}))\b"
)
_TOKEN_RE = re.compile(r"[\w'’.&-]+")
_TAG_PUNCT_RE = re.compile(r"[,;:()«»“”\"]")
_KEY_RE = re.compile(r"[^a-z0-9]+")
_CHANNELS_RE = [(name, re.compile(r"\b(?:" + "|".join(p) + r")\b")) for name, p in CHANNELS.items()]
_INTERVIEW_RE = re.compile("|".join(INTERVIEW_CUES))
_OUTLET_RE = re.compile(
    r"(?:(?:The|Le|La|Les|L['’])\s*)?(?:[lL]['’])?[A-ZÀ-ÖØ-ÝŒ][\w&.'’-]*"
    r"(?:\s+(?:(?:of the|of|de la|de|du|des|&|and|for)\s+)?(?:[lL]['’])?[A-ZÀ-ÖØ-ÝŒ][\w&.'’-]*)*"
)
_LOWER_ARTICLE_RE = re.compile(r"(?:the|le|la|les) (?=[A-ZÀ-ÖØ-ÝŒ])")
_OUTLET_ARTICLE_RE = re.compile(r"^(?:the|le|la|les|l')\s*")
_POSSESSIVE_RE = re.compile(r"['’]s\b.*$")
_REPORTERS_RE = re.compile(r"\b(?:told reporters|aux journalistes|to reporters)\b")


@dataclass(frozen=True)
class Quote:
    """A direct quote: the span of its words (without the marks), a key for matching it across
    articles, the span of its speaker's words ("a-t-il reconnu", "Chief Executive Jane Roe
    said") and of its channel ("en zone mixte", "BBC") when the sentence gives them."""

    start: int
    end: int
    key: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    channel: str | None = None
    channel_start: int | None = None
    channel_end: int | None = None


def quote_key(words: str) -> str:
    """Return the matching key of quoted words: folded, punctuation and spaces collapsed."""
    folded = fold(words).replace("œ", "oe").replace("æ", "ae")
    return _KEY_RE.sub(" ", folded).strip()


def same_words(a: str, b: str) -> bool:
    """Return whether two quote keys (see `quote_key`) are the same quote.

    True when they share at least three words and are near-identical (rapidfuzz ratio >= 90), or
    when the shorter is found almost whole inside the longer (one article quotes more words) and
    the shared words include at least two that are not function words.
    """
    wa, wb = a.split(), b.split()
    common = set(wa) & set(wb)
    if len(common) < 3 or min(len(wa), len(wb)) < 3:
        return False
    if fuzz.ratio(a, b) >= 90:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    content = [w for w in common if w not in STOPWORDS]
    return len(content) >= 2 and fuzz.partial_ratio(shorter, longer) >= 95


@dataclass
class _Span:
    start: int
    end: int
    open_at: int
    close_at: int


def _pairs(text: str, start: int, end: int) -> list[_Span]:
    out: list[_Span] = []
    for m in _PAIR_RE.finditer(text, start, end):
        g = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
        out.append(_Span(m.start(g), m.end(g), m.start(), m.end()))
    # A quote opening here and closing in a later sentence of the same paragraph.
    last = out[-1].close_at if out else start
    tail = _OPEN_ONLY_RE.search(text, last, end)
    if tail:
        mark = text[tail.start()]
        close = text.find(_CLOSE_AFTER[mark], end, end + 1500)
        para = text.find("\n\n", end, close) if close >= 0 else -1
        if close >= 0 and para < 0 and text.find(mark, end, close) < 0:
            out.append(_Span(tail.start() + 1, close, tail.start(), close + 1))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _subject_after(text: str, folded: str, pos: int, limit: int) -> int:
    """Return the end of a speaker's noun phrase starting at `pos` (== pos when none)."""
    end = pos
    for count, m in enumerate(_TOKEN_RE.finditer(folded, pos, limit)):
        if folded[end : m.start()].strip() or count >= 8:
            break
        word = m.group(0).rstrip(".")
        if word in SUBJECT_STOPS and count > 0:
            break
        end = m.start() + len(word)
    return end


def _subject_before(text: str, folded: str, lo: int, pos: int) -> int:
    """Return the start of the speaker's noun phrase ending at `pos` (== pos when none): the words
    back to the clause's start; across one comma to an apposition ("Sa mère, Fayza Lamari,")."""
    toks = [m for m in _TOKEN_RE.finditer(folded, lo, pos)]
    begin = pos
    count = 0
    for m in reversed(toks):
        if folded[m.end() : begin].strip() or count >= 8:
            break
        if m.group(0) in SUBJECT_STOPS:
            break
        begin = m.start()
        count += 1
    if count == 0:
        # An apposition or an aside between commas: "Sa mère, Fayza Lamari, a indiqué",
        # "Ed Stack, for his part, said". Up to two segments back, the first holding a capital.
        comma = lo + len(folded[lo:pos].rstrip()) - 1
        for _ in range(2):
            if comma < lo or folded[comma] != ",":
                break
            prev = folded.rfind(",", lo, comma)
            seg_start = prev + 1 if prev >= 0 else lo
            seg = folded[seg_start:comma]
            if not seg.strip() or len(seg.split()) > 6:
                break
            if CONTINUATION_CAPS.search(text, seg_start, comma):
                return seg_start + len(seg) - len(seg.lstrip())
            comma = prev
    return begin


def _starts_subject(text: str, folded: str, pos: int) -> bool:
    word = folded[pos : pos + 12].split(" ", 1)[0] if pos < len(folded) else ""
    return text[pos : pos + 1].isupper() or word in {
        "he", "she", "they", "we", "i", "the", "a", "an", "his", "her", "its", "their",
        "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "ce", "cet", "cette",
    } or word.startswith("l'")  # fmt: skip


def _speaker_after(text: str, folded: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Return the span of a speaker tag right after a quote's closing mark, or None."""
    while pos < limit and folded[pos] in ' ,.!?…\u00a0\u202f»”"':
        pos += 1
    if pos >= limit:
        return None
    m = _INVERTED_FR.match(folded, pos)
    if m:
        return pos, m.end()
    for verb_re in (_TAG_VERB_FR, _TAG_VERB_EN, _SELON):
        m = verb_re.match(folded, pos)
        if (
            m
            and m.end() < limit
            and _starts_subject(text, folded, m.end() + (verb_re is not _SELON))
        ):
            subj = m.end() + (verb_re is not _SELON)
            end = _subject_after(text, folded, subj, limit)
            if end > subj:
                return pos, end
    # English "…," Roe said / retail analyst Jane Doe told …
    m = _TAG_VERB_EN.search(folded, pos, min(limit, pos + 80))
    if m and m.start() > pos:
        between = folded[pos : m.start()]
        words = between.split()
        if (
            (_starts_subject(text, folded, pos) or CONTINUATION_CAPS.search(text, pos, m.start()))
            and 0 < len(words) <= 8
            and not _TAG_PUNCT_RE.search(between)
            and not SUBJECT_STOPS.intersection(words)
        ):
            return pos, m.end()
    return None


def _speaker_before(text: str, folded: str, lo: int, pos: int) -> tuple[int, int] | None:
    """Return the span of a speaker with a speech verb before a quote in its sentence, or None."""
    last = None
    for m in _BEFORE_VERB.finditer(folded, lo, pos):
        last = m
    if last is None or CLAUSE_BREAKS.search(folded, last.end(), pos):
        return None
    if "-" in last.group(0):  # "explique-t-il" carries its subject
        return last.start(), last.end()
    begin = _subject_before(text, folded, lo, last.start())
    if begin == last.start():
        return None
    return begin, last.end()


def _outlet(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    article = _LOWER_ARTICLE_RE.match(text, pos, limit)
    if article:
        pos = article.end()
    m = _OUTLET_RE.match(text, pos, limit)
    if not m:
        return None
    end = m.end()
    while end > m.start() and text[end - 1] in ".-'’":
        end -= 1
    return (m.start(), end) if end > m.start() else None


def outlet_key(surface: str) -> str:
    """Return a short key of an outlet's name: folded, without article or possessive."""
    key = _POSSESSIVE_RE.sub("", fold(surface))
    return quote_key(_OUTLET_ARTICLE_RE.sub("", key))


def _channels(text: str, folded: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for name, rx in _CHANNELS_RE:
        for m in rx.finditer(folded, lo, hi):
            out.append((name, m.start(), m.end()))
    for m in _INTERVIEW_RE.finditer(folded, lo, hi):
        span = _outlet(text, m.end(), hi)
        if span:
            out.append(("interview:" + outlet_key(text[span[0] : span[1]]), span[0], span[1]))
    for m in _REPORTERS_RE.finditer(folded, lo, hi):
        out.append(("reporters", m.start(), m.end()))
    return out


def _is_title(text: str, folded: str, span: _Span, lo: int) -> bool:
    before = folded[max(lo, span.open_at - 30) : span.open_at]
    if TITLE_CUES.search(before):
        return True
    words: list[str] = WORD_RE.findall(text, span.start, span.end)
    long_words = [w for w in words if len(w) >= 4]
    inner = text[span.start : span.end]
    return (
        len(long_words) >= 2
        and all(w[0].isupper() for w in long_words)
        and not re.search(r"[.!?,;]", inner)
    )


def find_quotes(text: str, start: int, end: int, lang: str) -> list[Quote]:
    """Return the direct quotes of the sentence `text[start:end]` with their speakers and channels.

    A quote is three words or more inside « », “ ” or " " (a title after "le film", "titled"…,
    or words all capitalised, is no quote). A quote opening in this sentence and closing in a
    later one of the same paragraph is returned whole. The speaker is a tag after the closing
    mark ("», a-t-il reconnu", "," Roe said") or a subject and speech verb before the quote in
    its sentence ("Jane Roe told the BBC that …"); a quote with neither, following another quote
    of the sentence without a new subject ("…, avant de promettre : « … »"), shares its speaker.
    The channel is the venue nearest the speaker (or the quote). `lang` is unused: both
    vocabularies are read.
    """
    del lang
    if start >= end or not _MARKS_RE.search(text, start, end):
        return []
    spans = _pairs(text, start, end)
    if not spans:
        return []
    hi = max(end, spans[-1].close_at)
    if hi > end:
        stop = _SENTENCE_END_RE.search(text, hi, min(len(text), hi + 400))
        hi = stop.end() if stop else min(len(text), hi + 400)
    folded = " " * start + fold_same_length(text[start:hi])
    channels = _channels(text, folded, start, hi)
    out: list[Quote] = []
    prev: Quote | None = None
    prev_close = start
    for sp in spans:
        q_start, q_end = _trim(text, sp.start, sp.end)
        if len(WORD_RE.findall(text, q_start, q_end)) < 3:
            continue
        limit = next((s.open_at for s in spans if s.open_at > sp.close_at), hi)
        speaker = _speaker_after(text, folded, sp.close_at, limit)
        if speaker is None:
            speaker = _speaker_before(text, folded, prev_close, sp.open_at)
        if speaker is None and prev is not None and prev.speaker_start is not None:
            gap_from = max(prev.end + 1, prev.speaker_end or 0)
            gap = text[gap_from : sp.open_at]
            if len(gap) <= 100 and not CONTINUATION_CAPS.search(gap) and ";" not in gap:
                assert prev.speaker_end is not None
                speaker = (prev.speaker_start, prev.speaker_end)
        if speaker is None and _is_title(text, folded, sp, start):
            continue
        anchor = speaker or (q_start, q_end)
        channel = _nearest(channels, anchor)
        q = Quote(
            q_start,
            q_end,
            quote_key(text[q_start:q_end]),
            speaker[0] if speaker else None,
            speaker[1] if speaker else None,
            channel[0] if channel else None,
            channel[1] if channel else None,
            channel[2] if channel else None,
        )
        out.append(q)
        prev = q
        prev_close = max(sp.close_at, speaker[1] if speaker else 0)
    return out


def _nearest(
    channels: list[tuple[str, int, int]], anchor: tuple[int, int]
) -> tuple[str, int, int] | None:
    def distance(c: tuple[str, int, int]) -> int:
        return max(0, c[1] - anchor[1], anchor[0] - c[2])

    return min(channels, key=distance, default=None)
