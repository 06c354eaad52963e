"""Signals of doubt in the article's own voice.

Two forms: cue words in the sentence ("reportedly", "is said to", "what it
called", words of distance such as "alleged" or a "claimed" where "said" would
do, a figure in scare quotes), and a clause saying a report cannot be
verified. Such a disclaimer qualifies the clause it hangs on ("..., a claim
that could not be verified"), the source it names wherever that source's
claims stand ("the rebels' figures could not be verified"), or else the
claims just before it, never the whole article; a source's whole account
("his account", "the claims in the statement") reaches all that source's
claims.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from .quantities import TRIGGERS
from .wordlists import LABEL_LEMMAS, words

# Cue phrases by first word. Longer phrases are listed first so the phrase
# kept is the whole one ("according to unverified reports", not "unverified").
CUES: dict[str, list[tuple[str, ...]]] = {}
for _phrase in [
    "according to unverified reports",
    "according to unconfirmed reports",
    "what it called",
    "what they called",
    "what he called",
    "what she called",
    "what it described as",
    "what they described as",
    "what it termed",
    # footage "of what they said were protesters": theirs to say, not the article's
    "what it said was",
    "what it said were",
    "what they said was",
    "what they said were",
    "what he said was",
    "what she said was",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "was believed to",
    "were believed to",
    "believed to",
    # "the fire was suspected to have been caused by a power surge"
    "is suspected to",
    "are suspected to",
    "was suspected to",
    "were suspected to",
    # "38 students believed trapped", as "feared trapped" below
    "believed trapped",
    "believed dead",
    "believed killed",
    "believed missing",
    "believed drowned",
    "is thought to",
    "are thought to",
    "was thought to",
    "were thought to",
    # the article's own inference: "at least 20 people appear to have drowned"
    "appear to",
    "appears to",
    "appeared to",
    "seem to",
    "seems to",
    "seemed to",
    "is alleged to",
    "are alleged to",
    # the article relays what it was told without standing behind it
    "is understood to",
    "are understood to",
    "was understood to",
    "were understood to",
    "is reported to",
    "are reported to",
    "was reported to",
    "were reported to",
    # a death assumed, not confirmed: "two climbers are feared dead"
    "feared dead",
    "feared killed",
    "feared drowned",
    "feared trapped",
    "feared to have",
    "presumed dead",
    "apparently",
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "seemingly",
    "probably",
    "possibly",
    # the article's own unattributed belief: "it is feared that 12 died"
    "it is feared",
    "it is believed",
    "it is thought",
    "it is understood",
    "it was understood",
    "unconfirmed",
    "pending confirmation",
    "yet to be confirmed",
    "not yet confirmed",
    "unverified",
    "ostensibly",
    # words of distance the article itself chooses: "a purported video",
    # "the alleged attack", "the so-called people's court"
    "purported",
    "alleged",
    "so - called",
    "so-called",
]:
    _words = tuple(_phrase.split())
    CUES.setdefault(_words[0], []).append(_words)

LABEL_PRONOUNS = words("whom which who what")
# A speaker's own estimate ("the mayor said the fire was probably arson", "the
# span would possibly have to be replaced") is not the article's doubt; these
# cue it only in the article's own voice. What "possibly" happened is doubt,
# whoever voices it.
ESTIMATE_CUES = words("probably appear appears appeared seem seems seemed")
EVIDENCE_LEMMAS = words("evidence proof source")
OFFER_LEMMAS = words("give provide offer present cite produce")
RUMOUR_LEMMAS = words("rumour rumor rumoured rumored")
# Verbs that throw a rumour out: "denied rumours that he would resign".
REJECT_LEMMAS = words("deny dismiss reject refute quash debunk")

VERIFY_LEMMAS = words("verify confirm corroborate authenticate check establish substantiate")
# "there was no independent confirmation of the figures"
VERIFY_NOUNS = words("confirmation verification corroboration")
# Heads that doubt the verifying verb below them: "unable to verify", "it was
# impossible to confirm", "declined to confirm".
DOUBT_HEADS = words("unable impossible difficult hard decline fail refuse")
# Heads doubting only when negated: "it was not possible to verify".
ABLE_HEADS = words("possible able")
# What a disclaimer can doubt. A figure word doubts figures; the others doubt
# whatever was reported. "the cause", "a motive" are not reports, and "no
# confirmation of casualties among the marchers" doubts an event the article
# need not have reported at all.
FIGURE_LEMMAS = words("figure number toll tally estimate data count")
REPORT_LEMMAS = FIGURE_LEMMAS | words(
    """
    report claim account statement assertion information footage video image picture
    photo photograph allegation version detail
    """
)
# Common nouns by which an article refers back to a body it named: "the
# group's figures" for the Valley Relief Network.
BODY_NOUNS = words(
    """
    group organisation organization agency union company firm network charity monitor
    coalition association federation league alliance movement body operator
    """
)
# "none had been confirmed", "neither side's account could be confirmed"
NONE_WORDS = words("none neither nothing")
# "the authenticity of the video": what is doubted is the video
QUALITY_LEMMAS = words("authenticity veracity accuracy truth origin")
DOUBTED_PRONOUNS = words("it this that these those which none either neither both all")
# Clauses that hang a disclaimer on its own sentence's claims.
SUBORDINATE_DEPS = words("relcl advcl acl conj appos")
# "either side's accounts", "claims by both sides", "conflicting reports":
# the two sources just before, not one.
BOTH_SIDES = words("both either neither conflicting competing rival contradictory")


class _Speaker(Protocol):
    name: str | None
    kind: str | None
    role: str | None


class Claim(Protocol):
    """What scoping needs of a claim: its span, its speaker, its figures."""

    start: int
    end: int
    speaker: _Speaker
    quantities: list


def find_cue(
    doc: Doc,
    start: int,
    end: int,
    skip: list[tuple[int, int]],
    *,
    attributed: bool,
    own: tuple[int, int] | None = None,
    others: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The first cue phrase in tokens [start, end), ignoring character ranges in
    `skip` (direct quotes: a speaker's own hedging is not the article's), in
    an `attributed` claim the speaker's own estimates, and a cue outside the
    claim's `own` span governing only `others` of its sentence's claims."""
    for i in range(start, end):
        token = doc[i]
        if any(s <= token.idx < e for s, e in skip):
            continue
        # "..., as some parents alleged": the claim that is the allegation
        # itself is hedged, not the one it is set after
        theirs = own is not None and own[0] == token.left_edge.idx
        if own is not None and own[0] <= token.idx < own[1] and _belief_inside(token):
            return token.text
        cue = _cue_at(doc, i, attributed=attributed, theirs=theirs)
        if cue and not (own is not None and _governs_another(token, own, others)):
            return cue
    return None


def _cue_at(doc: Doc, i: int, *, attributed: bool, theirs: bool = False) -> str | None:
    """The cue phrase starting at token i, if any."""
    token = doc[i]
    if _distancing_claim(token) or _rumour(token) or _hearsay(token):
        return token.text
    label = _their_label(token)
    if label:
        return label
    unsupported = _without_evidence(token)
    if unsupported:
        return unsupported
    if _others_allege(token):
        return token.text if theirs else None
    phrases = CUES.get(token.lower_)
    if not phrases:
        return None
    own_estimate = token.lower_ in ESTIMATE_CUES or _possibly_to_come(token)
    if attributed and own_estimate and not _how_it_looked(token):
        return None
    for phrase in phrases:
        n = len(phrase)
        if i + n > len(doc) or tuple(t.lower_ for t in doc[i : i + n]) != phrase:
            continue
        if phrase[-1] == "to" and doc[i + n - 1].dep_ == "prep":
            # "the cases were reported to the agency": told to someone,
            # not "were reported to have died"
            continue
        return doc[i : i + n].text
    return None


def _belief_inside(token: Token) -> bool:
    """'said investigators believe the man supplied the drugs', 'a rifle that
    investigators believe he bought legally': a belief reported inside a
    claim is not yet known; a speaker's own "we believe" is theirs to give."""
    # "investigators believed ..." in reported speech is what they
    # concluded then, as "said" is; a belief held now is still open
    return (
        token.lemma_.lower() == "believe"
        and token.tag_ in {"VBP", "VBZ"}
        and any(c.dep_ == "nsubj" and c.lower_ not in {"i", "we"} for c in token.children)
        and not any(c.dep_ == "neg" for c in token.children)
        and any(c.dep_ in {"ccomp", "relcl"} for c in (*token.children, token))
    )


def _how_it_looked(token: Token) -> bool:
    """'police said the death appeared to be accidental': what a source says
    only seemed so is doubt, however sure the source; "did not appear to be
    suspicious" rules a thing out."""
    return token.lemma_.lower() in {"appear", "seem"} and not any(
        c.dep_ == "neg" for c in token.children
    )


def _possibly_to_come(token: Token) -> bool:
    """'would possibly have to be replaced': a speaker's forecast."""
    return token.lower_ == "possibly" and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in token.head.children
    )


def _governs_another(token: Token, own: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """'Police said 2 men were held, while the family claimed that 5 officers
    beat them': "claimed" heads the family's claim, not the police's."""
    if not others or own[0] <= token.idx < own[1]:
        return False
    left = token.left_edge.idx
    right = token.right_edge.idx + len(token.right_edge)
    if left < own[1] and own[0] < right:
        return False
    if any(s <= token.idx < e for s, e in others):
        return True  # "..., while the rebels claimed to have killed dozens": their words
    for clause in token.children:
        if clause.dep_ in CLAUSE_DEPS:
            c0 = clause.left_edge.idx
            c1 = clause.right_edge.idx + len(clause.right_edge)
            if any(c0 <= s < c1 for s, _ in others):
                return True
    return False


# Clauses a verb of saying carries: what the family "claimed" is its ccomp.
CLAUSE_DEPS = words("ccomp xcomp")


def _others_allege(token: Token) -> bool:
    """'as neighbours had alleged', 'as survivors had claimed': a verb with its
    own subject reports someone's allegation, a cue for that claim alone; "the
    alleged attack" is the article's distance, and so is "residents alleged
    that ...", where "said" would be neutral."""
    children = list(token.children)
    claimed = token.lemma_.lower() == "claim" and not any(c.dep_ == "dobj" for c in children)
    return (
        (token.lower_ == "alleged" or (claimed and any(c.lower_ == "as" for c in children)))
        and token.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ == "ccomp" for c in children)
    )


def _their_label(token: Token) -> str | None:
    """'the rebels, whom it labels terrorists, ...', 'the camps, which it
    describes as shelters', 'shelled what the army called depots', 'in what
    police described as a targeted assault': the article leaving a label to
    its user. "a decision she called unforgivable" has no relative pronoun:
    the speaker's own opinion."""
    if token.lemma_.lower() not in LABEL_LEMMAS or token.dep_ not in {"relcl", "ccomp", "pcomp"}:
        return None
    if token.dep_ == "pcomp" and token.head.lower_ == "with":
        return None  # "taken to hospital with what police described as serious injuries"
    pronoun = next(
        (c for c in token.children if c.dep_ == "dobj" and c.lower_ in LABEL_PRONOUNS),
        None,
    )
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if pronoun is None and subject is not None and subject.left_edge.lower_ == "what":
        # "after what neighbouring business owners called years of neglect":
        # the parser may make "what" the subject's determiner
        pronoun = subject.left_edge
    # the label: "heroes" (which the parser may take for a second object) or
    # "as bandits"
    if pronoun is None or not any(
        c.dep_ in {"oprd", "prep", "dobj"} and c.i != pronoun.i for c in token.children
    ):
        return None
    return token.doc[pronoun.i : token.right_edge.i + 1].text


def _distancing_claim(token: Token) -> bool:
    """'The militia claimed it had downed a drone', 'claimed to have shot
    down a drone', a headline's 'Rebels claim 30 soldiers killed', 'a lawsuit
    alleges that a power line ignited the fire', and "claimed" set inside the
    clause ("The suspects, police claimed, opened fire"): "claimed" or
    "alleges" where "said" would be neutral; not "claimed responsibility" or
    "claimed 12 lives"."""
    if token.lemma_.lower() not in {"claim", "allege"} or token.pos_ != "VERB":
        return False
    if token.dep_ == "parataxis" and token.head.pos_ in {"VERB", "AUX"}:
        return True  # "The suspects, police claimed, opened fire": set inside the claim
    return any(
        c.dep_ == "ccomp"
        or (c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        or (c.dep_ == "dobj" and any(g.dep_ == "acl" and g.tag_ == "VBN" for g in c.children))
        for c in token.children
    )


def _without_evidence(token: Token) -> str | None:
    """'said without providing evidence that ...', 'claimed, without proof,
    ...', 'said 9 died but gave no evidence': the article notes the claim
    stands unsupported."""
    doc = token.doc
    if token.lower_ == "without":
        for child in token.children:
            if child.dep_ == "pobj" and child.lemma_.lower() in EVIDENCE_LEMMAS:
                return doc[token.i : child.i + 1].text
            if child.dep_ == "pcomp":
                for thing in child.children:
                    if thing.dep_ == "dobj" and thing.lemma_.lower() in EVIDENCE_LEMMAS:
                        return doc[token.i : thing.i + 1].text
    if token.pos_ == "VERB" and token.lemma_.lower() in OFFER_LEMMAS:
        for thing in token.children:
            if (
                thing.dep_ == "dobj"
                and thing.lemma_.lower() in EVIDENCE_LEMMAS
                and any(c.lower_ == "no" for c in thing.children)
            ):
                return doc[token.i : thing.i + 1].text
    return None


def _rumour(token: Token) -> bool:
    """'There were rumours that the general had fled', 'rumours spread that
    ...', 'he is rumoured to have fled': a rumour carrying the claim; not
    'arrested for spreading rumours', nor 'denied rumours that he would resign'."""
    if token.lemma_.lower() not in RUMOUR_LEMMAS:
        return False
    if token.pos_ == "VERB":
        return True
    if token.head.lemma_.lower() in REJECT_LEMMAS:
        return False
    carrier = token.head if token.dep_ == "nsubj" else token
    return any(c.dep_ in {"acl", "ccomp"} for c in carrier.children)


def _hearsay(token: Token) -> bool:
    """'amid reports that the toll had risen', 'police were investigating
    reports that ...', 'aware of reports that ...': reports from no one the
    article names carry the claim. "The ministry's report that ..." has an
    owner, and "denied reports that ..." is a denial, not a doubt."""
    if token.lemma_.lower() != "report" or token.tag_ != "NNS":
        return False
    if token.head.lemma_.lower() in REJECT_LEMMAS:
        return False
    if any(c.dep_ in {"poss", "compound", "amod", "det"} for c in token.children):
        # "media reports that", "official reports": an owner or a kind
        return False
    if any(c.dep_ in {"acl", "ccomp"} for c in token.children):
        return True
    # 'it was "aware of reports" that ...': a quote closing after the noun
    # makes the parser hang the "that" clause on the verb above "aware of"
    holder = token.head.head if token.dep_ == "pobj" else None
    return (
        holder is not None
        and holder.dep_ == "acomp"
        and any(
            c.dep_ == "ccomp" and c.i > token.i and any(m.dep_ == "mark" for m in c.children)
            for c in holder.head.children
        )
    )


def scare_quoted_figure(
    doc: Doc, start: int, end: int, quotes: list[tuple[int, int]], quantities: Sequence
) -> str | None:
    """'The army said it had killed "more than 30 terrorists"': a speaker's
    count of harm the article puts in quotation marks inside its own sentence
    keeps that count at a distance. A witness's quoted count of anything else
    ("three or four bangs", "about 40,000 pounds") only keeps their words. A
    quoted clause is reported speech and a title-case quote is a title
    ("American Skin (41 Shots)"), so only a short phrase without a verb
    counting a plural noun counts."""
    for q_start, q_end in quotes:
        if not (start <= q_start and q_end <= end):
            continue
        if not any(q.category != "other" and q_start <= q.start < q_end for q in quantities):
            continue
        inner = doc.char_span(q_start, q_end, alignment_mode="contract")
        if inner is None or not 2 <= len(inner) <= 6:
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in inner):
            continue
        if all(t.is_title or t.like_num for t in inner if t.is_alpha or t.like_num):
            continue
        if any(
            (t.tag_ == "CD" and t.dep_ == "nummod" and t.head in inner and t.head.tag_ == "NNS")
            or _vague_count_of(t, inner)
            for t in inner
        ):
            return inner.text
    return None


def scare_quoted_label(doc: Doc, start: int, end: int, quotes: list[tuple[int, int]]) -> str | None:
    """'The ministry said 74 "rioters" were detained', 'four gunmen had been
    "neutralised"': a speaker's label for the people counted, or their word
    for what befell them, that the article puts in quotation marks keeps the
    claim at a distance. A quoted word of any other kind ("under control",
    "cowardly") is only the speaker's own words."""
    for q_start, q_end in quotes:
        if not (start <= q_start and q_end <= end):
            continue
        inner = doc.char_span(q_start, q_end, alignment_mode="contract")
        if inner is None or not 1 <= len(inner) <= 3 or not inner[0].is_lower:
            continue
        root = inner.root
        if len(inner) == 1 and root.tag_ == "VBN":
            # "four gunmen had been "neutralised"": what befell those counted
            subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(_counted(c) for c in subjects):
                return inner.text
        if (
            root.tag_ == "NNS"
            and all(t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in inner)
            and _counted(root)
        ):
            return inner.text  # "74 "rioters""
    return None


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _vague_count_of(token: Token, inner: Span) -> bool:
    """'"dozens of terrorists"': a vague count of a plural noun."""
    return token.lower_ in {"dozens", "hundreds", "scores", "thousands"} and any(
        prep.lower_ == "of" and any(o.tag_ == "NNS" and o in inner for o in prep.children)
        for prep in token.children
    )


def _doubting_verb(sent: Span) -> Token | None:
    """The verb (or noun) saying something could not be verified: "could not
    be confirmed", "was unable to verify", "it was not possible to check",
    "none had been confirmed", "no independent confirmation"."""
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in VERIFY_NOUNS and any(c.lower_ == "no" for c in token.children):
            return token
        if lemma not in VERIFY_LEMMAS or token.pos_ != "VERB" or _confirmed_as(token):
            continue
        if _no_way_to(token) or _if_confirmed(token):
            return token
        if any(c.dep_ == "neg" for c in token.children):
            return token
        if any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.left_edge.lower_ in NONE_WORDS
            for c in token.children
        ):
            return token
        if token.dep_ == "xcomp" and _doubting_head(token.head):
            return token
        if _in_no_position_to(token):
            return token
        # "could not reach residents to confirm the deaths": the purpose failed
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        failed = _negated(token) or (token.head.dep_ == "xcomp" and _doubting_head(token.head.head))
        if token.dep_ == "advcl" and purpose and failed:
            return token
    return None


def _confirmed_as(verb: Token) -> bool:
    """'the death had not been confirmed as cholera': what is unconfirmed is
    the kind of thing reported, not the report ("verified as genuine" still
    doubts it)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(o.dep_ == "pobj" and o.lemma_.lower() not in TRUE_WORDS for o in c.children)
        for c in verb.children
    )


# What "verified as ..." says of a report when it doubts the report itself.
TRUE_WORDS = words("genuine authentic accurate true real correct reliable")


def _if_confirmed(verb: Token) -> bool:
    """'The toll, if confirmed, would be the highest': the article's own
    reserve; "if confirmed by the Senate" is a procedure, not a doubt, and
    "critics said the leaks, if confirmed, would ..." is the critics' reserve."""
    return (
        verb.dep_ == "advcl"
        and verb.head.dep_ != "ccomp"
        and any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children)
        and not any(c.dep_ in {"agent", "dobj", "nsubj", "nsubjpass"} for c in verb.children)
    )


def _no_way_to(verb: Token) -> bool:
    """'There was no way to verify the claim', 'no means of confirming it'."""
    above = verb.head
    if verb.dep_ == "pcomp" and above.dep_ == "prep":
        above = above.head
    elif verb.dep_ not in {"relcl", "acl"}:
        return False
    return above.pos_ == "NOUN" and any(c.lower_ == "no" for c in above.children)


def _in_no_position_to(verb: Token) -> bool:
    """'it was not in a position to confirm either figure'."""
    position = verb.head
    return (
        verb.dep_ in {"relcl", "acl"}
        and position.lemma_.lower() == "position"
        and position.head.lower_ == "in"
        and _negated(position.head)
    )


def _doubting_head(head: Token) -> bool:
    """ "unable to verify", "declined to confirm", and the copula of "it was
    impossible / not possible to verify", which the parser may make the head."""
    for word in [head, *(c for c in head.children if c.dep_ == "acomp")]:
        lemma = word.lemma_.lower()
        if lemma in DOUBT_HEADS or (lemma in ABLE_HEADS and _negated(word)):
            return True
    # "officials have yet to confirm the toll"
    return head.lemma_.lower() == "have" and any(c.lower_ == "yet" for c in head.children)


def _negated(token: Token) -> bool:
    """'It was not possible': the "not" hangs on the copula above the adjective."""
    return any(c.dep_ == "neg" for c in [*token.children, *token.head.children])


def is_disclaimer(sent: Span) -> bool:
    """'The information cannot be verified independently.', 'It was not
    possible to verify the report.', 'Reuters could not confirm the figures.'"""
    return _doubting_verb(sent) is not None


def _doubted(verb: Token) -> Token | None:
    """What the disclaimer says cannot be verified: the object of an active
    verb ("could not verify the reports"), the subject of a passive one ("the
    figures could not be confirmed"), the subject of "difficult to verify", or
    for a relative clause its antecedent ("a figure that could not be verified")."""
    if verb.pos_ == "NOUN":
        return next((o for p in verb.children if p.lower_ == "of" for o in p.children), None)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    wanted = {"nsubjpass", "nsubj"} if passive else {"dobj"}
    thing = next((c for c in verb.children if c.dep_ in wanted), None)
    if thing is None and verb.dep_ == "xcomp":
        copula = verb.head.head if verb.head.pos_ == "ADJ" else verb.head
        thing = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if thing is not None and thing.lower_ == "it":
            thing = None  # "it was not possible to verify": "it" stands for nothing
    if thing is None and _if_confirmed(verb):
        # "the figure, if confirmed, would ...": what would follow from it
        thing = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if thing is None and verb.dep_ == "conj":
        # "the figures do not distinguish ... and could not be verified"
        thing = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if thing is not None and verb.dep_ == "relcl" and thing.tag_ in {"WDT", "WP"}:
        thing = verb.head
    if thing is not None and thing.lemma_.lower() in QUALITY_LEMMAS:
        thing = next((o for p in thing.children if p.lower_ == "of" for o in p.children), thing)
    if thing is not None and _possessive(thing):
        # "Neither the army's nor the rebels' claims": the parser takes the
        # first owner for the subject and hangs the report on it as a conjunct
        thing = next((c for c in thing.conjuncts if _a_report(c)), thing)
    return thing


def _possessive(token: Token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


def _sentential_which(verb: Token) -> bool:
    """', which could not be verified' after a comma."""
    doc = verb.doc
    return verb.dep_ == "relcl" and any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and c.lower_ == "which"
        and c.i > 0
        and doc[c.i - 1].text == ","
        for c in verb.children
    )


def _subordinate(verb: Token) -> bool:
    """'..., though the toll could not be confirmed', '..., which could not be
    verified': a disclaimer hanging on a clause of a claim's sentence."""
    token = verb
    if _no_way_to(verb):
        # "There was no way to verify it": the way is the clause's own subject
        token = verb.head if verb.dep_ != "pcomp" else verb.head.head
    elif _if_confirmed(verb):
        token = verb.head  # "The toll, if confirmed, would ...": a clause of its own
    while token.dep_ != "ROOT" and token.head is not token:
        # a verb sharing its subject ("the figures ... and could not be
        # verified") belongs to the same clause
        shared = token.dep_ == "conj" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
        )
        if token.dep_ in SUBORDINATE_DEPS and not shared:
            return True
        token = token.head
    return False


def disclaimer_scope(
    sent: Span,
    claims: Sequence[Claim],
    paras: list[tuple[int, int]],
    aliases: Mapping[str, str],
) -> list[Claim]:
    """The claims a disclaimer sentence doubts, from `claims` sorted by
    position; `aliases` maps a short name the article gives a body ("MPAL",
    "rebels") to its full name."""
    verb = _doubting_verb(sent)
    if verb is None:
        return []
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if content is not None:
        # "police did not confirm that it was arson": what was not confirmed
        c0 = content.left_edge.idx
        c1 = content.right_edge.idx + len(content.right_edge)
        return [c for c in claims if c0 <= c.start < c1]
    thing = _doubted(verb)
    if _sentential_which(verb) or (thing is not None and thing.lower_ == "which"):
        # "The army said it killed 50 militants, which could not be
        # verified": the relative stands for the whole claim, not the noun
        return [c for c in claims if sent.start_char <= c.start < sent.end_char]
    if thing is not None and not _a_report(thing):
        # "..., though the army did not confirm the loss": the harm its own
        # sentence reports
        own = [c for c in claims if sent.start_char <= c.start < sent.end_char]
        harm = _harm_named(thing, own) if _subordinate(verb) else []
        if harm:
            return harm
        if thing.lemma_.lower() == "identity":
            # "Police have not confirmed the identities": who the claims just
            # before said someone is, not an arrest told before them
            before = _runs(_claims_just_before(sent, claims, paras), 1)
            return [c for c in before if _says_who(sent.doc, c)]
        # "police have not confirmed a motive"; but "the deaths" are the
        # deaths just reported
        return _casualties_named(thing, _claims_just_before(sent, claims, paras))
    if _subordinate(verb):
        # "..., a claim that could not be verified" qualifies its own sentence
        own = [c for c in claims if sent.start_char <= c.start < sent.end_char]
        return own + _named_sources_claims(thing, claims, aliases)
    if thing is None:
        # "It was not possible to verify independently."
        return _runs(_claims_just_before(sent, claims, paras), 1)
    # "The claims of protesters, who said 11 were beaten, could not be
    # verified", "Reports that 3 sailors drowned could not be confirmed": the
    # report's own content is what is doubted, and only it
    t0 = thing.left_edge.idx
    t1 = thing.right_edge.idx + len(thing.right_edge)
    # "unable to verify the figure of 12 dead given by rebels": a claim
    # read from the doubted report itself, even when its span is the sentence
    inside = [
        c for c in claims if t0 <= c.start < t1 or (c.start < t0 and t1 <= c.end and c.quantities)
    ]
    if any(c.dep_ in {"acl", "relcl", "ccomp"} for c in thing.children) and inside:
        return inside + _named_sources_claims(thing, claims, aliases)
    every = _every_figure(thing)
    if every is not None:
        # "None of the casualty figures could be independently verified": all
        # the casualty figures any source gave, wherever they stand
        return [
            c
            for c in claims
            if c.speaker.name is not None
            and any(every == "all" or q.category in HARMED for q in c.quantities)
        ]
    before = _claims_just_before(sent, claims, paras)
    if _names_a_source(thing, claims, aliases):
        # a source that gave no claim here leaves the others alone
        named = _named_sources_claims(thing, claims, aliases) or _body_described(
            thing, claims, sent.start_char
        )
        return inside + named + _speaking_for(named, before)
    if _both_sides(thing):
        # "Neither side's figures": the two sources just before, and every
        # claim either of them makes elsewhere in the article
        run = _runs(before, 2)
        if len({_folded(c.speaker.name) for c in run}) < 2 and not _kind_of_account(thing):
            # a disclaimer in a paragraph of its own after one side spoke:
            # the two sides are the last two bodies that spoke, with their
            # people, wherever they stand
            sides = _last_sides([c for c in claims if c.end <= sent.start_char], 2)
            if sides:
                return inside + [
                    c for c in claims if any(_same_source(c.speaker, s) for s in sides)
                ]
        return inside + _source_wide(run, claims, sources=2)
    if thing.lemma_.lower() in FIGURE_LEMMAS:
        # "The figures could not be verified": the figures of the nearest
        # source that gave any, not a quote of someone else in between
        figured = [c for c in before if c.quantities]
        if figured:
            speaker = figured[-1].speaker
            before = before[: before.index(figured[-1]) + 1]
            before = [c for c in before if _same_source(c.speaker, speaker) or c is figured[-1]]
    run = _runs(before, 1)
    return inside + (_source_wide(run, claims) if _whole_account(thing) else run)


def _says_who(doc: Doc, claim: Claim) -> bool:
    """'The missing men were Colin and Mark Rideout', 'the suspect is a
    former employee', 'identified as ...': the claim names or describes who
    someone is."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is not None and any(
        t.ent_type_ == "PERSON" or t.dep_ == "attr" or t.lemma_.lower() == "identify" for t in span
    )


def _every_figure(thing: Token) -> str | None:
    """'None of the figures', 'none of the casualty figures': every figure
    of that kind ("all", or "casualty" for counts of people harmed) when the
    disclaimer names no one whose figures they are."""
    if thing.lower_ != "none":
        return None
    figures = next(
        (o for p in thing.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
        None,
    )
    if figures is None or figures.lemma_.lower() not in FIGURE_LEMMAS:
        return None
    # "casualty figures" say what kind; "Hamas figures" whose
    if any(h.lemma_.lower() not in CASUALTY_WORDS for h in _holders(figures)):
        return None
    kinds = {c.lemma_.lower() for c in figures.children if c.dep_ in {"compound", "amod"}}
    if not kinds:
        return "all"
    return "casualty" if kinds <= CASUALTY_WORDS else None


# What makes a figure a count of people harmed: "casualty figures", "death
# tolls"; and the harm casualties are, the killed and the wounded.
CASUALTY_WORDS = words("casualty death injury victim")
HARMED = {"killed", "injured"}


def _body_described(thing: Token, claims: Sequence[Claim], before: int) -> list[Claim]:
    """'The aid group's figures' where no speaker is called a group: the
    last body that spoke before the disclaimer, with its people."""
    if not any(h.lemma_.lower() in BODY_NOUNS for h in _holders(thing)):
        return []
    bodies = [c for c in claims if c.end <= before and c.speaker.kind == "organisation"]
    if not bodies:
        return []
    body = bodies[-1].speaker
    return [c for c in claims if _same_source(c.speaker, body)]


def _speaking_for(named: list[Claim], before: list[Claim]) -> list[Claim]:
    """Claims just before the disclaimer that follow the named source's last
    one, all by one person ("The league said ... Its director said ..."): its
    people giving its account. Another body between speaks for itself."""
    if not named or not before:
        return []
    last = max(c.start for c in named)
    after = [c for c in before if c.start > last and c not in named]
    speakers = {(c.speaker.name, c.speaker.kind) for c in after}
    if len(speakers) != 1 or next(iter(speakers))[1] != "person":
        return []
    return after


def _casualties_named(thing: Token, before: list[Claim]) -> list[Claim]:
    """The claims of the last source just before that count the casualties
    the disclaimer names ("the deaths", "the injuries")."""
    category = TRIGGERS.get(thing.lemma_.lower(), (None, None))[0]
    if category is None:
        return []
    run = _runs(before, 1)
    return [c for c in run if any(q.category == category for q in c.quantities)]


def _harm_named(thing: Token, own: list[Claim]) -> list[Claim]:
    """Claims counting the harm a disclaimer names: "the deaths" the dead,
    "the loss" anything killed, destroyed or lost."""
    lemma = thing.lemma_.lower()
    category = TRIGGERS.get(lemma, (None, None))[0]
    if category is None and lemma not in LOSS_LEMMAS:
        return []
    return [
        c
        for c in own
        if any(
            q.category == category or (category is None and q.category != "other")
            for q in c.quantities
        )
    ]


# Words for harm of any kind: "did not confirm the loss".
LOSS_LEMMAS = words("loss losses")


def _a_report(thing: Token) -> bool:
    return thing.lemma_.lower() in REPORT_LEMMAS or thing.lower_ in DOUBTED_PRONOUNS


def _both_sides(thing: Token) -> bool:
    return any(t.lower_ in BOTH_SIDES for t in thing.subtree)


def _holders(thing: Token) -> list[Token]:
    """Whose report it is: "the rebels' report", "Hamas figures", "figures from
    the ministry", "the figures given by the health authorities", "neither
    the army's nor the rebels' claims"."""
    holders = [thing.head] if thing.dep_ == "conj" and _possessive(thing.head) else []
    # "Neither the government's figures nor those of the rights group"
    joined = [c for c in thing.children if c.dep_ == "conj" and c.lower_ in {"those", "that"}]
    for child in [*thing.children, *(c for j in joined for c in j.children)]:
        if child.dep_ in {"poss", "compound"} and child.pos_ in {"NOUN", "PROPN"}:
            holders.append(child)
        preps = [child] if child.dep_ == "prep" else []
        if child.dep_ == "acl":  # "given by", "released by"
            preps = [g for g in child.children if g.dep_ in {"agent", "prep"}]
        for prep in preps:
            if prep.lower_ in {"from", "by", "of"}:
                holders += [o for o in prep.children if o.dep_ == "pobj"]
    return holders


def _names_a_source(thing: Token, claims: Sequence[Claim], aliases: Mapping[str, str]) -> bool:
    """Whether the disclaimer names a source other than the one just before:
    one of its speakers, or people the article did not quote ("the residents'
    accounts"). A common noun before the report or after "of" may say what it
    is about ("casualty figures", "the number of casualties"), and a proper
    name may stand for the speaker just before ("Moscow's figures" after the
    defence ministry's), so neither keeps the nearest claims out."""
    if _named_sources_claims(thing, claims, aliases):
        return True
    for holder in _holders(thing):
        if holder.lower_ in {"side", "sides"} or holder.pos_ == "PROPN":
            continue
        about = holder.dep_ == "compound" or holder.head.lower_ == "of"
        # the parser may hang "who ..." on the report rather than on its holders
        people = any(t.lower_ in {"who", "whom"} for t in thing.subtree)
        if not about or people:
            return True
    return False


def _stems(word: str) -> set[str]:
    word = word.casefold().removesuffix("'s").removesuffix("’s").rstrip("'’")
    found = {word}
    if word.endswith("ies") and len(word) > 4:
        found.add(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        found.add(word[:-2])
    if word.endswith("s") and len(word) > 3:
        found.add(word[:-1])
    return found


def _speaker_stems(name: str | None) -> set[str]:
    if not name:
        return set()
    return {s for w in name.replace("-", " ").split() for s in _stems(w)}


def _source_stems(speaker: _Speaker) -> set[str]:
    """Words naming whom a speaker speaks for: their name and their role ("an
    army spokesman" gives the army's account)."""
    return _speaker_stems(speaker.name) | _speaker_stems(speaker.role)


def _named_sources_claims(
    thing: Token | None, claims: Sequence[Claim], aliases: Mapping[str, str]
) -> list[Claim]:
    """Claims anywhere in the article by a source the disclaimer names: its
    head word must be a word of the speaker's name or role ("the rebels'
    account" for "rebel commanders" and their spokesman), or the short name
    the article gave it ("MPAL's account" for the league it called MPAL); a
    modifier it shares with some of them picks those ("the Ukrainian
    officials' figures" among several officials)."""
    if thing is None:
        return []
    found: list[Claim] = []
    for holder in _holders(thing):
        if holder.lower_ in {"side", "sides"}:
            continue  # "either side's accounts" names no one
        short = holder.text.removesuffix("'s").removesuffix("’s")
        if short in aliases:
            found += _body_and_its_people({short, aliases[short]}, claims)
            continue
        head = _stems(holder.text) | {holder.lemma_.lower()}
        matching = [c for c in claims if head & _source_stems(c.speaker)]
        if holder.lemma_.lower() in BODY_NOUNS and any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in holder.children
        ):
            # "The group's claims" points back to a body that has spoken, not
            # to "an independent research group" quoted further down; "the
            # army's claims" name the army wherever it speaks
            spoken = {(c.speaker.name, c.speaker.kind) for c in claims if c.end <= holder.idx}
            matching = [c for c in matching if (c.speaker.name, c.speaker.kind) in spoken]
        modifiers = {
            s
            for t in holder.subtree
            if t is not holder and t.pos_ in {"PROPN", "ADJ", "NOUN"}
            for s in _stems(t.text)
        }
        if not matching and holder.lemma_.lower() in BODY_NOUNS:
            # "the rights group" for the Qadimari Centre for Human Rights: a
            # body described by what its name says it does
            matching = [
                c
                for c in claims
                if c.speaker.kind == "organisation" and modifiers & _source_stems(c.speaker)
            ]
            found += matching
            continue
        narrowed = [c for c in matching if modifiers & _source_stems(c.speaker)]
        found += narrowed or matching
    return found


def _body_and_its_people(names: set[str], claims: Sequence[Claim]) -> list[Claim]:
    """Claims of a body by any of its names, and of the people who speak for
    it ("the CTD's account" is also what "CTD spokesperson Rafaqat Ali"
    said, even where the article gives him no job a second time)."""
    bodies = [c.speaker for c in claims if c.speaker.name in names]
    people = {
        c.speaker.name
        for c in claims
        if c.speaker.kind == "person"
        and c.speaker.role
        and (
            any(_same_source(b, c.speaker) for b in bodies)
            or names & set(c.speaker.role.replace("'s", "").split())
        )
    }
    return [c for c in claims if c.speaker.name in names or c.speaker.name in people]


def _claims_just_before(
    sent: Span, claims: Sequence[Claim], paras: list[tuple[int, int]]
) -> list[Claim]:
    """Claims before a disclaimer sentence in its paragraph, or in the
    paragraph above when the disclaimer opens its own."""
    para = next(((a, b) for a, b in paras if a <= sent.start_char < b), None)
    if para is None:
        return []
    before = [c for c in claims if para[0] <= c.start and c.end <= sent.start_char]
    above = [(a, b) for a, b in paras if b <= para[0]]
    if not before and above and sent.start_char == para[0]:
        before = [c for c in claims if above[-1][0] <= c.start and c.end <= above[-1][1]]
    return before


def _whole_account(thing: Token) -> bool:
    """'His account', 'their figures', 'the claims in the statement' mean all
    a source reported; a bare 'the claims' only those just made."""
    return any(
        (c.dep_ == "poss" and c.pos_ == "PRON")
        or (
            c.dep_ == "prep"
            and c.lower_ in {"in", "of"}
            and any(o.lemma_.lower() in REPORT_LEMMAS for o in c.children)
        )
        for c in thing.children
    )


def _source_wide(run: list[Claim], claims: Sequence[Claim], sources: int = 1) -> list[Claim]:
    """Every claim of the source(s) just before, wherever it stands: a lede
    giving the figure of a statement the disclaimer doubts further on."""
    names = {_folded(c.speaker.name) for c in run}
    if not run or len(names) > sources or None in names:
        return run
    # a headline capitalises the source its story names in lower case; and
    # each side speaks through its people ("the ministry", "ministry
    # spokesman Andrei Kostov"; "the separatists", "separatist officials")
    speakers = [c.speaker for c in run]
    return run + [
        c
        for c in claims
        if c not in run
        and (
            _folded(c.speaker.name) in names
            or (sources > 1 and any(_same_source(c.speaker, s) for s in speakers))
        )
    ]


def _folded(name: str | None) -> str | None:
    return name.casefold() if name else name


def _same_source(a: _Speaker, b: _Speaker) -> bool:
    """One speaker, or a body and a person whose role names it ("the Valley
    Relief Network" and "Mara Quist, the network's coordinator")."""
    if a.name == b.name:
        return True
    for body, person in ((a, b), (b, a)):
        if body.kind == "organisation" and person.kind == "person" and person.role:
            named = _speaker_stems(body.name) - _NAME_FILLERS
            if named & _speaker_stems(person.role):
                return True
            # "a spokesman for the ELC" speaks for the Eastern Liberation Council
            initials = "".join(w[0] for w in body.name.split() if w[:1].isupper())
            if len(initials) > 1 and initials in person.role.split():
                return True
    for group, other in ((a, b), (b, a)):
        # "the separatists" and "separatist officials", "the separatist
        # administration's emergencies service"
        if group.kind == "group" and other.kind in {"anonymous", "organisation"} and other.name:
            theirs = _speaker_stems(other.name)
            if all(_stems(w) & theirs for w in group.name.replace("-", " ").split()):
                return True
    return False


_NAME_FILLERS = {"the", "of", "for", "and", "in", "on", "at"}


def _kind_of_account(thing: Token) -> bool:
    """'either side's battlefield accounts': only the accounts of that kind.
    'Neither side's casualty figures' are still all the figures they gave."""
    if thing.lemma_.lower() in FIGURE_LEMMAS:
        return False
    return any(c.dep_ in {"compound", "amod"} for c in thing.children)


def _last_sides(before: list[Claim], count: int) -> list[_Speaker]:
    """The speakers of the last `count` bodies that spoke, each body with the
    people who speak for it ("the army" and "an army spokesman")."""
    sides: list[list[_Speaker]] = []
    for claim in reversed(before):
        speaker = claim.speaker
        if speaker.name is None or speaker.kind == "anonymous":
            continue
        side = next((s for s in sides if any(_same_source(speaker, o) for o in s)), None)
        if side is not None:
            side.append(speaker)
        elif speaker.kind == "organisation" or (speaker.kind == "person" and speaker.role):
            if len(sides) == count:
                break
            sides.append([speaker])
    return [speaker for side in sides for speaker in side] if len(sides) == count else []


def _runs(before: list[Claim], count: int) -> list[Claim]:
    """The last `count` runs of claims by one source each."""
    run: list[Claim] = []
    sources: list[_Speaker] = []
    for claim in reversed(before):
        if not sources or not _same_source(claim.speaker, sources[-1]):
            if len(sources) == count:
                break
            sources.append(claim.speaker)
        run.append(claim)
    return run
