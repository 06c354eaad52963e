"""Assemble claims from attributions, figures and hedges."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from .attribution import OPENING, STRAIGHT, Attribution, AttributionFinder, paragraphs
from .hedges import (
    disclaimer_scope,
    find_cue,
    is_disclaimer,
    scare_quoted_figure,
    scare_quoted_label,
)
from .incidents import is_background
from .numbers import Figure, Number, all_figures
from .pipeline import get_nlp
from .quantities import CASUALTY, DAMAGE, categorise, reports_death, resolve_shot, rival_count
from .speakers import (
    ANONYMOUS_NOUNS,
    GENERIC_ORG_NOUNS,
    NO_SPEAKER,
    ORG_NOUNS,
    ROLE_WORDS,
    STUDY_NOUNS,
    Speaker,
    SpeakerResolver,
)
from .wordlists import words

# Unattributed sentences worth checking: something happened to someone.
# "Two cases were reported to the agency on Monday": a report made to a
# body is an event the article states as fact.
EVENT_VERBS = words(
    """
    attack fire shell strike bomb shoot kill explode launch seize capture storm arrest
    detain raid invade occupy clash hit target burn collapse flood destroy damage evacuate
    crash derail erupt overturn sink torch loot bombard ambush advance withdraw intercept
    inundate submerge die injure wound flee displace march rally protest block close suspend
    cut deploy blast ram stab abduct kidnap rescue break sweep report
    """
)
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


@dataclass(frozen=True)
class ExtractedQuantity:
    value: Number | None
    lower: Number | None
    upper: Number | None
    approximate: bool
    category: str
    subject: str | None
    # Where the number itself is written; used by evaluation, not published.
    start: int = field(default=-1, compare=False)
    end: int = field(default=-1, compare=False)
    # The words the article used for the bound ("at least", "more than",
    # "up to", "between … and", "dozens"); empty for an exact figure.
    qualifier: str = ""
    # A count of another incident or a running tally ("earlier this month, two
    # men were shot", "38 homicides this year"): shown, but not this
    # incident's toll.
    background: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "lower": self.lower,
            "upper": self.upper,
            "approximate": self.approximate,
            "category": self.category,
            "subject": self.subject,
            "qualifier": self.qualifier,
            "background": self.background,
        }


@dataclass(frozen=True)
class ExtractedClaim:
    start: int
    end: int
    text: str
    kind: str  # casualty | damage | figure | statement
    speaker: str | None
    speaker_kind: str | None  # person | organisation | group | anonymous
    speaker_role: str | None
    speaker_inferred: bool
    attribution: str
    hedged: bool
    hedge: str | None
    quantities: tuple[ExtractedQuantity, ...] = ()
    # "denies" when the speaker rejects the words in `text` ("denied that the
    # dam was unsafe"): the claim is their denial, never an assertion of them.
    stance: str = "asserts"

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "attribution": self.attribution,
            "hedged": self.hedged,
            "hedge": self.hedge,
            "quantities": [q.to_dict() for q in self.quantities],
            "stance": self.stance,
        }


@dataclass
class _Draft:
    start: int
    end: int
    speaker: Speaker
    attribution: str
    quantities: list[ExtractedQuantity] = field(default_factory=list)
    hedge: str | None = None
    stance: str = "asserts"

    @classmethod
    def of(cls, attribution: Attribution) -> _Draft:
        return cls(
            attribution.start,
            attribution.end,
            attribution.speaker,
            attribution.phrase,
            stance=attribution.stance,
        )


def extract(text: str) -> list[ExtractedClaim]:
    """Claims of one article, sorted by position."""
    return extract_doc(get_nlp()(text))


def extract_docs(texts: Iterable[str], batch_size: int = 16) -> Iterator[list[ExtractedClaim]]:
    """Claims of many articles, parsed in batches for throughput."""
    for doc in get_nlp().pipe(texts, batch_size=batch_size):
        yield extract_doc(doc)


def extract_doc(doc: Doc) -> list[ExtractedClaim]:
    """Claims of an article already parsed by the shared pipeline."""
    finder = AttributionFinder(doc, SpeakerResolver(doc), paragraphs(doc.text))
    paras = finder.paras
    attributions = finder.quote_attributions()
    attributions += finder.reported_attributions(attributions)
    attributions += finder.title_case_headlines(attributions)
    attributions += finder.quoted_word_attributions(attributions)
    attributions = finder.fill_orphans(sorted(attributions, key=lambda a: a.start))
    drafts = [_Draft.of(a) for a in attributions]
    drafts += _continued_speech(doc, attributions, drafts, paras)
    sentences = list(doc.sents)
    _add_figures(doc, sentences, drafts, finder)
    drafts += _unattributed_statements(doc, sentences, drafts, finder)
    _headline_sources(doc, drafts, finder)
    _trailing_headline_source(doc, drafts, finder)
    _headline_source_named_below(drafts, finder)
    _documents_of_their_issuer(drafts)
    _apply_hedges(doc, sentences, drafts, finder, paras)
    for draft in drafts:
        draft.speaker = finder.resolver.spelled_out(draft.speaker)
    return _finish(finder.text, drafts)


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _sentence_span(sent: Span) -> tuple[int, int]:
    text = sent.text
    stripped = text.strip()
    offset = sent.start_char + text.index(stripped[0]) if stripped else sent.start_char
    return offset, offset + len(stripped)


def _overlaps(draft: _Draft, start: int, end: int) -> bool:
    return draft.start < end and start < draft.end


def _continued_speech(
    doc: Doc, attributions: list[Attribution], drafts: list[_Draft], paras: list[tuple[int, int]]
) -> list[_Draft]:
    """'X reported new criticism of the leadership. Officials squandered public
    funds.': the sentence after a speech noun carries that speech."""
    found: list[_Draft] = []
    for attribution in attributions:
        if not attribution.continues_speech or attribution.verb < 0:
            continue
        sent = doc[attribution.verb].sent
        if sent.end >= len(doc):
            continue
        nxt = doc[sent.end].sent
        start, end = _sentence_span(nxt)
        same_paragraph = any(p0 <= sent.start_char and end <= p1 for p0, p1 in paras)
        if not same_paragraph or any(_overlaps(d, start, end) for d in drafts + found):
            continue
        if any(t.is_quote for t in nxt) or not any(t.tag_ in _FINITE for t in nxt):
            continue
        speaker = attribution.speaker
        found.append(
            _Draft(start, end, Speaker(speaker.name, speaker.kind, speaker.role, inferred=True), "")
        )
    return found


def _add_figures(
    doc: Doc, sentences: list[Span], drafts: list[_Draft], finder: AttributionFinder
) -> None:
    """Attach every claim figure to the claim holding it, or to a new one."""
    deaths: bool | None = None
    earlier = None
    # people counted dead one by one ("a man was fatally stabbed"), by noun
    dead_ones: set[str] = set()
    # the last sentence to count one person: "He died" right after it tells
    # of that person
    lone_at = -2
    for number, sent in enumerate(sentences):
        previous = None
        for figure in all_figures(sent):
            quantity = categorise(sent, figure, previous, earlier)
            if quantity is not None and quantity.category == "shot":
                deaths = reports_death(doc) if deaths is None else deaths
                quantity = resolve_shot(quantity, deaths)
            if quantity is None:
                continue
            one_dead = figure.implicit and figure.value == 1 and quantity.category == "killed"
            who = (quantity.subject or "").lower()
            if figure.implicit and figure.value == 1 and doc[figure.head].pos_ == "PRON":
                if lone_at >= number - 1:
                    continue  # "One man was hospitalized. He died on Sunday": counted above
            elif figure.value == 1:
                lone_at = number
            if one_dead and quantity.dies_later and who in dead_ones:
                continue  # "They found a man with stab wounds. He died": told again
            if one_dead and not quantity.dies_later:
                dead_ones.add(who)
            previous = quantity
            start, end = _char_span(doc, figure.start, figure.end)
            # only a toll can be another incident's; "$2 million" is no one's
            toll = quantity.category in CASUALTY | DAMAGE
            background = toll and is_background(sent, doc[figure.head])
            home = _home(drafts, start, end) or _counted_just_before(doc, drafts, figure)
            if home is None:
                home = _figure_draft(sent, drafts, start, end, finder.text)
                home.speaker = (
                    finder.resolver.issuer_of_toll(sent)
                    or _rival_source(doc[figure.head], finder.resolver)
                    or finder.resolver.issuer_of_count(doc[figure.head])
                    or NO_SPEAKER
                )
                drafts.append(home)
            home.quantities.append(
                ExtractedQuantity(
                    figure.value,
                    figure.lower,
                    figure.upper,
                    figure.approximate,
                    quantity.category,
                    quantity.subject,
                    start,
                    end,
                    figure.qualifier,
                    background,
                )
            )
        # "the figure" refers back no further than the sentence before
        earlier = previous


def _rival_source(num: Token, resolver: SpeakerResolver) -> Speaker | None:
    """'...; police say six': the one who gives the bare count."""
    if not rival_count(num):
        return None
    subject = next((c for c in num.head.children if c.dep_ == "nsubj"), None)
    return resolver.from_subject(subject) if subject is not None else None


def _counted_just_before(doc: Doc, drafts: list[_Draft], figure: Figure) -> _Draft | None:
    """'Three people were injured, one of them critically, police said': a
    part set off after a count belongs to the count's claim, which the parser
    may have ended at the comma. The claim is stretched over the part."""
    head = doc[figure.head]
    if (
        figure.start == 0
        or doc[figure.start - 1].text != ","
        or head.i + 2 >= len(doc)
        or doc[head.i + 1].lower_ != "of"
        or doc[head.i + 2].lower_ not in {"them", "those"}
    ):
        return None
    comma = doc[figure.start - 1].idx
    before = [d for d in drafts if d.quantities and comma - 1 <= d.end <= comma]
    if not before:
        return None
    end = head.i + 3
    while end < len(doc) and not doc[end].is_punct:
        end += 1
    home = before[-1]
    home.end = max(home.end, doc[end - 1].idx + len(doc[end - 1]))
    return home


def _home(drafts: list[_Draft], start: int, end: int) -> _Draft | None:
    holding = [d for d in drafts if d.start <= start and end <= d.end]
    return min(holding, key=lambda d: d.end - d.start) if holding else None


def _figure_draft(sent: Span, drafts: list[_Draft], at: int, until: int, text: str) -> _Draft:
    """An unattributed figure claim: its sentence, minus claims already in it."""
    start, end = _sentence_span(sent)
    for draft in drafts:
        if _overlaps(draft, start, end):
            if draft.end <= at:
                start = max(start, draft.end)
            elif draft.start > at:
                end = min(end, draft.start)
                # "..., an attack in which prosecutors say 17 were killed":
                # the clause that brings in the later claim is not this one's
                # (after the figure: "1,500" holds a comma of its own)
                comma = text.rfind(",", until, end)
                if comma != -1:
                    end = comma
    while start < end and text[start] in " ,;:–—-":
        start += 1
    while end > start and text[end - 1] in " ,;:–—-":
        end -= 1
    return _Draft(start, end, NO_SPEAKER, "")


def _unattributed_statements(
    doc: Doc, sentences: list[Span], drafts: list[_Draft], finder: AttributionFinder
) -> list[_Draft]:
    """Sentences asserting a checkable event with no source, or hedged ones."""
    quotes = [(q.start, q.end) for q in finder.quotes]
    found: list[_Draft] = []
    for sent in sentences:
        start, end = _sentence_span(sent)
        if end - start < 12 or finder.is_headline(start) or finder.text[end - 1] == "?":
            continue
        if any(_overlaps(d, start, end) for d in drafts) or any(
            s < end and start < e for s, e in quotes
        ):
            continue
        if is_disclaimer(sent):
            continue
        root = sent.root
        if not any(t.tag_ in _FINITE for t in sent):
            continue
        hedge = find_cue(doc, sent.start, sent.end, [], attributed=False)
        if hedge is not None or _reports_event(root):
            found.append(_Draft(start, end, NO_SPEAKER, ""))
    return found


def _reports_event(root: Token) -> bool:
    """'Ukrainian fighters fired at the villages': a past event with a named actor."""
    if root.lemma_.lower() not in EVENT_VERBS or root.tag_ not in {"VBD", "VBN"}:
        return False
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and subjects[0].pos_ in {"NOUN", "PROPN"}


# Words that label a headline or a paragraph rather than name a source.
_LABELS = words(
    """
    exclusive analysis update updated breaking watch video photos photo live opinion
    question answer note editor factbox explainer timeline correction read related
    """
)


def _headline_sources(doc: Doc, drafts: list[_Draft], finder: AttributionFinder) -> None:
    """'Police: 2 killed in shooting', 'Ministry: no damage at the plant': a
    headline, or a paragraph in interview style, may open with its source
    and a colon; what follows the colon is that source's claim."""
    text = finder.text
    for p_start, p_end in finder.paras:
        colon = text.find(": ", p_start, min(p_end, p_start + 120))
        if colon < 0 or p_end - colon < 8:
            continue
        # "EXCLUSIVE - Ana Ruiz: ...", "A LONG SECTION TITLE - Ana Ruiz: “...”":
        # the source is what stands between the last dash and the colon
        dash = max(text.rfind(f" {mark} ", p_start, colon) for mark in "-–—")
        s_start = dash + 3 if dash >= 0 else p_start
        # '"WALLACE: Will you ...': a transcript may open each turn with a mark
        # before the speaker's name in capitals; a quote opening with a word
        # and a colon ('“Security: ...”') is no such turn
        if (
            dash < 0
            and (text[p_start] in OPENING or text[p_start] == STRAIGHT)
            and text[p_start + 1 : colon].isupper()
        ):
            s_start = p_start + 1
        if colon - s_start > 60:
            continue
        # a title is a headline even when it ends with a full stop
        headline = finder.is_headline(p_start) or _title_line(doc, finder.paras, p_start, p_end)
        source = doc.char_span(s_start, colon, alignment_mode="expand")
        if (
            source is None
            or not 1 <= len(source) <= 5
            or not (source[0].is_title or source[0].is_upper)
        ):
            continue
        if any(t.lower_ in _LABELS for t in source) or any(t.is_quote for t in source):
            continue
        root = source.root
        resolver = finder.resolver
        # a name the tagger took for a common noun in a title-case headline
        full = resolver.full_names.get(root.lower_) if root.is_title else None
        named = root.pos_ == "PROPN" or full is not None or root.text in resolver.acronyms
        # "Police:", "Poll:", "Officials:", "Senator Ward:", but not
        # "Exclusive:", "Ukraine war:" or "Report:", which labels the story
        sources = ORG_NOUNS | STUDY_NOUNS | ANONYMOUS_NOUNS
        # "Sheriff:", "Coroner:": a job, the person the article names with it
        job = (
            headline
            and len(source) == 1
            and root.lower_ in ROLE_WORDS
            and root.lemma_.lower() not in sources
        )
        if (
            not named
            and not job
            and (root.lemma_.lower() not in sources or root.lemma_.lower() == "report")
        ):
            continue
        if not headline and (not named or any(t.tag_.startswith("VB") for t in source)):
            continue
        if full is not None and root.pos_ != "PROPN":
            speaker = Speaker(full, "person")
        elif job:
            holder = resolver.person_with_role(root.i, root.lower_)
            speaker = (
                Speaker(holder[0], "person", holder[1])
                if holder
                else Speaker(root.text, "anonymous")
            )
        else:
            speaker = resolver.from_subject(root)
        # a body the article names in full ("Police" for the Marston Police)
        # stands; a person guessed from a description does not
        if speaker.name is None or (speaker.inferred and speaker.kind != "organisation"):
            continue
        if speaker.name.startswith(source.text + ":") or (
            dash >= 0 and speaker.name.endswith(source.text) and speaker.name != source.text
        ):
            # "NY Ledger: Port Strike ...", "TITLE - Ana Ruiz:": the recogniser
            # ran the name past the colon or back over the dash
            speaker = replace(speaker, name=source.text)
        start = colon + 1
        while start < p_end and text[start] in " “\"'":
            start += 1
        end = p_end
        while end > start and text[end - 1] in " .”\"'":
            end -= 1
        inside = [d for d in drafts if p_start <= d.start and d.end <= p_end]
        for draft in inside:
            if draft.speaker.name is None:
                draft.speaker = speaker
        if not any(_overlaps(d, start, end) for d in inside) and end - start > 5:
            drafts.append(_Draft(start, end, speaker, ":"))


def _trailing_headline_source(doc: Doc, drafts: list[_Draft], finder: AttributionFinder) -> None:
    """'15,000 flee into Kelvany as fighting spreads - UNHCR', 'Stadium crush
    toll rises to 31: health department': a headline may close with its
    source after a dash or a colon."""
    text = finder.text
    if not finder.paras:
        return
    p_start, p_end = finder.paras[0]
    if not (finder.is_headline(p_start) or _title_line(doc, finder.paras, p_start, p_end)):
        return
    mark = max(text.rfind(m, p_start, p_end) for m in (" - ", " – ", " — ", ": "))
    if mark < p_start + 8:
        return  # none, or the opening "Police: ..." form
    s_start = mark + (2 if text[mark] == ":" else 3)
    source = doc.char_span(s_start, p_end, alignment_mode="contract")
    if source is None or not 1 <= len(source) <= 4 or any(t.tag_.startswith("VB") for t in source):
        return
    root = source.root
    named = root.pos_ == "PROPN" or root.text in finder.resolver.acronyms
    # "... kills nine - governor": a job is the holder the story names
    known = ORG_NOUNS | ROLE_WORDS | (ANONYMOUS_NOUNS - {"report"})
    if not named and root.lemma_.lower() not in known:
        return
    speaker = finder.resolver.spelled_out(finder.resolver.from_subject(root))
    if speaker.name is None:
        return
    for draft in drafts:
        if p_start <= draft.start < mark and draft.end <= p_end and draft.speaker.name is None:
            draft.speaker = speaker
            draft.end = min(draft.end, mark)


def _headline_source_named_below(drafts: list[_Draft], finder: AttributionFinder) -> None:
    """'Mine operator says 4 miners trapped' over 'Four miners were trapped
    ..., Kestrel Mining Corp said': a headline's source given only by what
    kind of body it is, is the body the story names as giving the same
    figure. Unnamed sources ("officials", "police") stay as worded."""
    if not finder.paras:
        return
    p_start, p_end = finder.paras[0]
    if not finder.is_headline(p_start):
        return
    ordered = sorted(drafts, key=lambda d: d.start)
    for draft in ordered:
        speaker = draft.speaker
        if not (p_start <= draft.start < p_end) or not _described_body(speaker):
            continue
        figures = {(q.value, q.category) for q in draft.quantities if q.value is not None}
        below = next(
            (
                d
                for d in ordered
                if d.start >= p_end and figures & {(q.value, q.category) for q in d.quantities}
            ),
            None,
        )
        if below is not None and below.speaker.kind == "organisation" and _proper(below.speaker):
            draft.speaker = below.speaker


def _described_body(speaker: Speaker) -> bool:
    """'mine operator', 'aid agency', 'union survey': a body by its kind, not
    a government, its officials or the police, which a story may name by
    any of their parts."""
    parts = (speaker.name or "").split()
    return (
        bool(parts)
        and speaker.kind in {"organisation", "group", "anonymous"}
        and not any(w[:1].isupper() for w in parts[1:])
        and parts[-1].lower() in _KINDS_OF_BODY
    )


_KINDS_OF_BODY = GENERIC_ORG_NOUNS | words("union survey charity watchdog")


def _proper(speaker: Speaker) -> bool:
    """'Kestrel Mining Corp', 'UNHCR': a name, not a description."""
    parts = (speaker.name or "").split()
    return any(w[:1].isupper() for w in parts[1:]) or (len(parts) == 1 and parts[0].isupper())


# A document by its kind alone, crediting no one: "the statement said".
_BARE_DOCUMENTS = {"statement", "release", "news release", "press release", "bulletin"}


def _documents_of_their_issuer(drafts: list[_Draft]) -> None:
    """'In a statement, the company said ... "Our procedures are rigorous,"
    the statement said', '..., according to the release': a statement or
    release the article credits to no one is the last named source's."""
    issuer = None
    for draft in sorted(drafts, key=lambda d: d.start):
        name = (draft.speaker.name or "").lower()
        if name in _BARE_DOCUMENTS:
            if issuer is not None:
                draft.speaker = issuer
        elif name and draft.speaker.kind in {"person", "organisation"}:
            issuer = draft.speaker


def _title_line(doc: Doc, paras: list[tuple[int, int]], p_start: int, p_end: int) -> bool:
    """The article's first line, when it is one short sentence."""
    if p_start != paras[0][0] or len(paras) < 2:
        return False
    line = doc.char_span(p_start, p_end, alignment_mode="expand")
    return line is not None and len(line) <= 25 and len(list(line.sents)) == 1


def _apply_hedges(
    doc: Doc,
    sentences: list[Span],
    drafts: list[_Draft],
    finder: AttributionFinder,
    paras: list[tuple[int, int]],
) -> None:
    quotes = [(q.inner_start, q.inner_end) for q in finder.direct]
    partial = [(q.inner_start, q.inner_end) for q in finder.quotes if q not in finder.direct]
    starts = [s.start_char for s in sentences]
    ordered = sorted(drafts, key=lambda d: (d.start, d.end))
    draft_starts = [d.start for d in ordered]
    for draft in ordered:
        first = _sentence_at(sentences, starts, draft.start)
        last = _sentence_at(sentences, starts, max(draft.start, draft.end - 1))
        attributed = draft.speaker.name is not None
        # the other claims of its sentences, found by position, not by a
        # scan of the whole article for every claim
        lo = bisect_left(draft_starts, first.start_char)
        hi = bisect_left(draft_starts, last.end_char)
        others = [
            (d.start, d.end) for d in ordered[lo:hi] if not _overlaps(d, draft.start, draft.end)
        ]
        draft.hedge = find_cue(
            doc,
            first.start,
            last.end,
            quotes,
            attributed=attributed,
            own=(draft.start, draft.end),
            others=others,
        )
        if attributed and draft.hedge is None:
            # scare quotes keep a speaker's count at a distance
            draft.hedge = scare_quoted_figure(
                doc, draft.start, draft.end, partial, draft.quantities
            ) or scare_quoted_label(doc, draft.start, draft.end, partial)
    aliases = finder.resolver.aliases()
    for sent in sentences:
        if any(s <= sent.start_char < e for s, e in quotes):
            continue
        phrase = sent.text.strip()
        for draft in disclaimer_scope(sent, ordered, paras, aliases):
            draft.hedge = draft.hedge or phrase


def _sentence_at(sentences: list[Span], starts: list[int], char: int) -> Span:
    return sentences[max(0, bisect_right(starts, char) - 1)]


def _finish(text: str, drafts: list[_Draft]) -> list[ExtractedClaim]:
    claims: dict[tuple[int, int], ExtractedClaim] = {}
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        if draft.end <= draft.start or (draft.start, draft.end) in claims:
            continue
        categories = {q.category for q in draft.quantities}
        if categories & CASUALTY:
            kind = "casualty"
        elif categories & DAMAGE:
            kind = "damage"
        elif categories:
            kind = "figure"
        else:
            kind = "statement"
        speaker = draft.speaker
        claims[(draft.start, draft.end)] = ExtractedClaim(
            start=draft.start,
            end=draft.end,
            text=text[draft.start : draft.end],
            kind=kind,
            speaker=speaker.name,
            speaker_kind=speaker.kind,
            speaker_role=speaker.role,
            speaker_inferred=speaker.inferred,
            attribution=draft.attribution,
            hedged=draft.hedge is not None,
            hedge=draft.hedge,
            quantities=tuple(sorted(draft.quantities, key=lambda q: q.start)),
            stance=draft.stance,
        )
    return list(claims.values())
