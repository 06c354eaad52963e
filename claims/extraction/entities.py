"""Mend the recogniser's people before any rule reads them.

The small English model often cuts a name short after a rank ("Lt. Anders
Vollan" is only "Vollan") or swallows a named officer into one long
organisation with their title and town ("Varesk mayor Ilse Kortmann",
"Sheriff Dolores Quint of Marlow County"). Every later rule, from the
registry of full names to "she said", reads people off these spans, so they
are mended once, here, from the words' own shape: a title or job word and
the capitalised proper nouns after it, or a job set beside a name. A body's
name the recogniser broke at its "and" is joined again on the way.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .speakers import ORG_NOUNS, ROLE_WORDS, TITLES, UNNAMED_PERSON_NOUNS, a_job, hyphen_end

# Job words that also name places and services ("State Labour Inspectorate",
# "County Fire Service"): before capitals they more often start a body's
# name than a title.
_BODY_WORDS = ORG_NOUNS | {
    "city",
    "county",
    "state",
    "district",
    "assistant",
    "acting",
    "interim",
    "executive",
    "fire",
    "emergency",
    "public",
    "safety",
    "health",
    "harbour",
    "harbor",
    "medical",
}

# Jobs only a person holds: "a spokesman for ...", "an adviser to ...".
_JOB_NOUNS = (ROLE_WORDS | UNNAMED_PERSON_NOUNS | {"adviser", "advisor", "aide"}) - _BODY_WORDS

# Longest name a title can introduce: "Maria de la Cruz Olsen" is rare
# enough that a longer run is more likely a body's name.
_MAX_NAME = 4


def _name_word(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and token.lower_ not in ROLE_WORDS
        and token.lemma_.lower() not in ORG_NOUNS | UNNAMED_PERSON_NOUNS
    )


def _widened(doc: Doc, ent: Span) -> Span:
    """'Lt. Anders Vollan' labelled only 'Vollan': the unlabelled given names
    compounded onto it belong to the name, up to the rank before them."""
    start = _unlabelled_name_start(doc, ent, compounded=True)
    return Span(doc, start, ent.end, label="PERSON") if start != ent.start else ent


def _hyphen_completed(doc: Doc, ent: Span) -> Span:
    """'Mariama Sesay-Koroma' labelled only 'Mariama Sesay': a surname joined
    by a hyphen is one name."""
    end = hyphen_end(doc[ent.end - 1])
    if end > ent.end and _name_word(doc[end - 1]):
        return Span(doc, ent.start, end, label=ent.label_)
    return ent


def _unlabelled_name_start(doc: Doc, ent: Span, *, compounded: bool) -> int:
    """Where the name words before an entity that the recogniser left
    unlabelled begin; `compounded`: only those the parser joins onto it."""
    start = ent.start
    while (
        start > 0
        and ent.end - start < _MAX_NAME
        and _name_word(doc[start - 1])
        and not doc[start - 1].ent_type_
        and (
            not compounded
            or (doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end)
        )
    ):
        start -= 1
    return start


def _titled_person(doc: Doc, ent: Span) -> Span | None:
    """'Varesk mayor Ilse Kortmann' or 'Sheriff Dolores Quint of Marlow
    County' read as one organisation: the two or more name words right after
    the last title are a person, and the town around them is no part of it."""
    # "Tessel mayor Ilka Marten" with only the name read as a body: the
    # title just before it counts too, and so does one before given names
    # the recogniser left out ("Cllr Joan Pike" with only "Pike" labelled)
    start = _unlabelled_name_start(doc, ent, compounded=False)
    words = list(doc[max(start - 1, 0) : ent.end])
    end = next((t.i for t in words if t.lower_ == "of"), ent.end)
    title = next(
        (t.i for t in reversed(words) if t.i < end and a_job(t) and t.lower_ not in _BODY_WORDS),
        None,
    )
    if title is None:
        return None
    name = doc[title + 1 : end]
    if not 2 <= len(name) <= _MAX_NAME - 1 or not all(_name_word(t) for t in name):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _unlabelled_titled(doc: Doc) -> list[Span]:
    """'Fire Chief Ana Ruiz told WKRV': a name after a title that the
    recogniser left unlabelled altogether."""
    found = []
    for token in doc[:-2]:
        if token.lower_ not in ROLE_WORDS or token.lower_ in _BODY_WORDS:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= _MAX_NAME and _name_word(doc[end]):
            end += 1
        name = doc[token.i + 1 : end]
        if 2 <= len(name) < _MAX_NAME and not any(t.ent_type_ for t in name):
            found.append(Span(doc, name.start, name.end, label="PERSON"))
    return found


def _named_after_initials(doc: Doc) -> list[Span]:
    """'Superintendent of Police (SP) Anjali Rawat', 'District Magistrate (DM)
    Rajesh Kumar Meena': a post and its initials in brackets, then the name,
    which the recogniser reads into the post or cuts short."""
    found = []
    for close in doc[3:-2]:
        if close.text != ")" or doc[close.i - 2].text != "(" or not doc[close.i - 1].is_upper:
            continue
        post = doc[max(close.i - 6, 0) : close.i - 2]
        if not any(t.lower_ in ROLE_WORDS and t.lower_ not in _BODY_WORDS for t in post):
            continue
        end = close.i + 1
        while (
            end < len(doc)
            and end - close.i <= _MAX_NAME
            and doc[end].is_title
            and doc[end].is_alpha
            and doc[end].pos_ in {"PROPN", "NOUN"}
            and doc[end].lower_ not in ROLE_WORDS
            and doc[end].ent_type_ in {"", "PERSON"}
        ):
            end += 1
        name = doc[close.i + 1 : end]
        if 2 <= len(name) < _MAX_NAME and name[-1].pos_ == "PROPN":
            found.append(Span(doc, name.start, name.end, label="PERSON"))
    return found


def _named_again_in_full(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Lennart Öberg, who chairs the union, said ...' left unlabelled, with
    only a later '"...," Öberg said' read as a person: a surname the article
    uses for a person, with given names compounded onto it, is that person
    wherever it stands."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON"}
    found = []
    for token in doc:
        if token.text not in surnames or token.ent_type_ or token.pos_ != "PROPN":
            continue
        one = Span(doc, token.i, token.i + 1, label="PERSON")
        start = _unlabelled_name_start(doc, one, compounded=True)
        if start < token.i:
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


def _joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Merrick Fire and' + 'Rescue Service': a name the recogniser broke at
    its 'and' is one body; two people's names side by side are one person."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and last.end == ent.start and last[-1].lower_ in {"and", "&"}:
            joined[-1] = Span(doc, last.start, ent.end, label=ent.label_)
        elif (
            last is not None
            and last.end == ent.start
            and last.label_ == "PERSON"
            and ent.label_ == "GPE"
            and last.root.dep_ == "compound"
            and last.root.head.i in range(ent.start, ent.end)
        ):
            # "Civic Defence" + "Georgia", one noun phrase: no person is
            # named after a country, so it is a body's national branch
            joined[-1] = Span(doc, last.start, ent.end, label="ORG")
        elif (
            last is not None
            and last.end == ent.start
            and last.label_ == ent.label_ == "PERSON"
            and len(last) + len(ent) <= _MAX_NAME
        ):
            # "Md Nurul" + "Amin Sarkar": one name the recogniser read as two
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


def _body_after_and(doc: Doc, ent: Span) -> Span | None:
    """'Brackenshire Fire' + 'and Rescue Service', with the second half left
    unlabelled: capitalised words after the "and" that end in a body's noun
    ("Service", "Authority") make one body of the whole."""
    end = ent.end
    if end + 1 >= len(doc) or doc[end].lower_ not in {"and", "&"}:
        return None
    end += 1
    while (
        end < len(doc)
        and end - ent.end <= _MAX_NAME
        and doc[end].is_title
        and not doc[end].ent_type_
    ):
        end += 1
    last = doc[end - 1]
    if end - ent.end < 2 or not last.is_title or last.lemma_.lower() not in ORG_NOUNS:
        return None
    return Span(doc, ent.start, end, label="ORG")


def _described_person(doc: Doc, ent: Span) -> Span | None:
    """'Nimet Orlaskai, a spokesman for the ELC': a two- or three-word name
    the recogniser read as a body, set beside a person's job."""
    if not 2 <= len(ent) < _MAX_NAME or not all(_name_word(t) for t in ent):
        return None
    jobs = [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.root.i]
    if any(c.lemma_.lower() in _JOB_NOUNS for c in jobs):
        return Span(doc, ent.start, ent.end, label="PERSON")
    return None


def _holder_after_portfolio(doc: Doc, ent: Span) -> list[Span]:
    """'Minister of National Security Fitzroy Alleyne', read as one body from
    "National" on: the portfolio after the job's "of", then the holder's
    given and family names, the last two words (a hyphen joins a word)."""
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of" or not a_job(doc[ent.start - 2]):
        return []
    if not all(t.is_title or t.is_punct for t in ent):
        return []  # "head of the Red Cross": a body's name, no portfolio
    words: list[list[Token]] = [[]]
    for token in ent:
        words[-1].append(token)
        if token.whitespace_ and token.i < ent.end - 1:
            words.append([])
    name = [t for word in words[-2:] for t in word]
    if len(words) < 3 or not all(_name_word(t) or t.text in {"-", "'"} for t in name):
        return []
    portfolio = Span(doc, ent.start, name[0].i, label="ORG")
    return [portfolio, Span(doc, name[0].i, ent.end, label="PERSON")]


def _posted_to_a_place(doc: Doc, ent: Span, places: set[str]) -> list[Span]:
    """'City Police Officer (CPO) Kamalpur Tariq Mahmood Wattoo': the place a
    job is held in, written between the job and the holder's name, which the
    recogniser reads as the first name."""
    if ent.label_ != "PERSON" or len(ent) < 3 or ent[0].text not in places or ent.start == 0:
        return []
    before = doc[ent.start - 1]
    if before.text != ")" and not a_job(before):
        return []
    return [
        Span(doc, ent.start, ent.start + 1, label="GPE"),
        Span(doc, ent.start + 1, ent.end, label="PERSON"),
    ]


@Language.component("claimdesk_person_names")
def person_names(doc: Doc) -> Doc:
    """The recogniser's entities, with people and broken names mended."""
    mended = []
    places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"} and len(e) == 1}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and all(t.lower_ in TITLES for t in ent):
            continue  # "Det Supt" read apart from the "Colin Ferris" after it
        body = _body_after_and(doc, ent)
        if body is not None:
            mended.append(body)
            continue
        split = _holder_after_portfolio(doc, ent) or _posted_to_a_place(doc, ent, places)
        if split:
            mended.extend(split)
            continue
        if ent.label_ == "PERSON":
            person = _titled_person(doc, ent) or _widened(doc, ent)
        else:
            person = _titled_person(doc, ent) or _described_person(doc, ent)
        mended.append(person or ent)
    named = _named_after_initials(doc)
    taken = {i for span in named for i in range(span.start, span.end)}
    mended = [e for e in mended if not any(i in taken for i in range(e.start, e.end))]
    found = mended + named + _unlabelled_titled(doc) + _named_again_in_full(doc, mended)
    found = [_hyphen_completed(doc, e) if e.label_ == "PERSON" else e for e in found]
    # filter_spans: a name found two ways is kept once, at its longest
    mended = _joined(doc, sorted(filter_spans(found), key=lambda e: e.start))
    if mended != list(doc.ents):
        doc.set_ents(mended, default="outside")
    return doc
