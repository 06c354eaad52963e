"""Who says what: direct quotes and reported speech.

Most attribution in news is not a direct quote, so besides pairing quotation
marks we read reported speech off the dependency parse: "X said (that) ...",
"according to X", "X denied ...", "it was pointed out that ...".

One concern at length: each attribution form is a walk of the same parse (the
cue, its source, its content), and they decide together which claims a sentence
holds; split, the walks would repeat each other.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .numbers import is_dateline
from .speakers import (
    ANONYMOUS,
    ANONYMOUS_NOUNS,
    NO_SPEAKER,
    ORG_NOUNS,
    ROLE_WORDS,
    UNNAMED_PERSON_NOUNS,
    Speaker,
    SpeakerResolver,
    describes_speaker,
)
from .wordlists import LABEL_LEMMAS, SENTENCE_END, words

# Verbs that attribute a clause to their subject.
SPEECH_VERBS = words(
    """
    say tell add state announce confirm deny warn report write tweet post claim allege
    accuse blame insist stress emphasize emphasise note explain argue declare reveal
    acknowledge admit estimate assert maintain point caution contend conclude disclose
    inform predict reiterate remark reply recount testify vow threaten suggest indicate
    quote underline repeat concede deplore condemn dismiss promise pledge
    reject refute dispute question ask update reaffirm assure clarify observe affirm retort
    counter speculate proclaim rule remind imply underscore charge confide
    """
)
# ... and verbs of the manner of speaking (VerbNet's manner_speaking class):
# "was heard yelling to the officers that he was unarmed"
SPEECH_VERBS |= words("yell shout scream whisper mutter murmur")
# Verbs of speech whose object is what the speaker said or judged: "called
# it the worst fire in decades", "criticised the plan", "urged residents to
# leave". They attribute with an object or a clause.
REPORTING_VERBS = (
    words(
        """
    call term describe criticize criticise praise urge accuse blame attack slam thank defend
    endorse oppose mention cite highlight propose recommend demand request label brand dub
    characterize characterise question ask insist acknowledge confirm deny update warn
    promise pledge vow tout hail decry denounce applaud welcome lament mock ridicule support back
    endorse prefer refuse recall discuss express joke respond list name speak talk refer
    comment complain boast brag interview pressure challenge point exhort implore
    """
    )
    | words(
        # verbs of judgement, praise and announcement (VerbNet's judgement,
        # praise and announce classes): "congratulated Rubio on his win",
        # "noted the attacks", "tweeted her thanks", "blasted the deal"
        """
    note tweet retweet congratulate commend declare list announce laud blast assail
    lambaste chide scold rebuke fault castigate disparage deride insult champion favor favour
    cheer boo salute extol predict forecast repeat reiterate disclose detail outline unveil
    profess protest pan answer echo applaud lambast target encourage heckle contrast
    compare conflate savage expect anticipate
    """
    )
    | words(
        # citing, stating and likening: "referenced the 2008 crash", "articulated a
        # plan", "likened the levy to theft", "foresaw a long recession"
        "reference articulate liken underscore foresee"
    )
)
# Prepositions that introduce what a reporting verb is about: "called for
# the impeachment", "spoke about the looting", "pointed to the polls".
_TOPIC_PREPS = {"for", "about", "to", "on", "of", "against", "over"}
_SPOKEN_TOPIC_PREPS = {"about", "against"}
# Verbs that attribute only when a person, an organisation or a group does it
_SAYERS_ONLY = words("threaten side break distance balk turn rally")
# Verbs that carry a position only through such a preposition: "argued for
# a ban", "campaigned against the tariff", "testified about the contracts".
ADVOCACY_VERBS = words(
    """
    argue advocate testify plead appeal lobby vouch caution allude hint rail inveigh campaign
    vote dwell
    """
)
# Through these a position names what it is for or against ("voted for the
# tariff"), so the verb and a short object make a claim together.
_POSITION_PREPS = {"for", "against"}
# Verbs that take a position only through "for" or "against": "pushed for a
# ban", "pressed for a recount", "apologized for the remarks" ("pushed the
# cart to the door" takes none); and verbs of siding, each through its own
# preposition: "sided with the growers", "broke with the party", "distanced
# himself from the remarks", "balked at the price", "turned against the plan"
_POSITION_PREPS_OF = {
    "push": _POSITION_PREPS,
    "press": _POSITION_PREPS,
    "apologize": {"for"},
    "apologise": {"for"},
    "clamor": _POSITION_PREPS,
    "clamour": _POSITION_PREPS,
    "side": {"with", "against"},
    "break": {"with"},
    "distance": {"from"},
    "balk": {"at"},
    "turn": {"against"},
    "rally": {"behind", "around"},
}
POSITION_VERBS = frozenset(_POSITION_PREPS_OF)
# Verbs that name or judge their object: "called it a disgrace".
NAMING_VERBS = words("call describe label brand dub term deem consider")
# Verbs of thought and finding: they attribute only a clause ("believes that
# ...", "wants to ...", "the poll found that ...").
COGNITION_VERBS = (
    words(
        """
    believe think know want hope expect fear feel worry doubt suspect assume recognize
    recognise understand realize realise agree disagree plan intend decide show find
    conclude indicate suggest predict estimate notice consider
    """
    )
    | words(
        # wanting and intending (VerbNet's want and long classes): "sought to
        # delay the vote", "voted to ban cloning", "declined to say whether"
        """
    seek aim wish desire like love hate decline learn mull ponder contemplate vote strive
    """
    )
    | words(
        # guessing, reckoning and finding out (VerbNet's conjecture and discover
        # classes), and signalling: "wondered whether the vote would hold",
        # "calculated that the tariff costs 4,000 jobs", "signaled that she
        # would veto it"
        """
    wonder guess posit calculate reckon surmise speculate hypothesize hypothesise theorize
    theorise conjecture presume suppose imagine gather figure discover determine demonstrate
    illustrate signal envision envisage insinuate intimate muse marvel bet
    """
    )
)
# Documents and studies that speak in their own right: "a poll showed".
STUDY_NOUNS = words(
    """
    poll survey study analysis report review audit investigation inquiry census assessment
    research data report document memo letter filing footage video ruling verdict
    """
)
# Verbs whose attributed words the speaker rejects.
DENIAL_VERBS = words("deny reject dismiss refute dispute")
# Nouns naming what is rejected or reported: "rejected claims that ...".
CLAIM_NOUNS = words(
    """
    claim report allegation accusation suggestion speculation rumour rumor assertion notion
    idea charge criticism
    """
)
# What a relative clause's subject may reject of what came before: a claim, or
# a figure given ("27 dead, a toll the army disputes").
REJECTED_NOUNS = CLAIM_NOUNS | words("figure number toll tally estimate count account version")
# Nouns of saying: with a that-clause they attribute it like their verbs do
# ("his assertion that", "the announcement that", "made the case that").
STATEMENT_NOUNS = CLAIM_NOUNS | words(
    """
    statement announcement argument case point observation warning promise pledge vow
    insistence contention admission prediction assurance remark message complaint conclusion
    finding estimate recommendation acknowledgment acknowledgement explanation reminder
    testimony threat boast confirmation denial belief view opinion demand
    """
)
# Adjectives of attitude after "be", "seem" or "remain": what they take
# through a preposition or a clause is the holder's stance ("is critical of
# the plan", "are confident that the bill passes", "is eager to debate").
ATTITUDE_ADJECTIVES = words(
    """
    critical skeptical sceptical concerned worried optimistic pessimistic confident hopeful
    doubtful sure certain convinced unhappy pleased satisfied dissatisfied disappointed upset
    angry furious frustrated tired wary suspicious supportive opposed proud ashamed
    appreciative grateful thankful enthusiastic upbeat bullish adamant eager willing reluctant
    determined afraid fearful nervous anxious uneasy hostile sympathetic dismissive loyal fond
    ambivalent outspoken vocal uncomfortable comfortable shy upfront interested content impressed
    delighted aware emphatic explicit divided split united unanimous coy cagey guarded
    """
)
# Nouns for one who holds a stance: "is a fierce critic of the tariff",
# "one of the loudest supporters of the bill".
ADVOCATE_NOUNS = words(
    """
    critic supporter proponent opponent backer advocate champion campaigner defender foe
    skeptic sceptic fan
    """
)
# "is sure to draw a crowd" is a forecast, not the subject's conviction:
# these take a clause of what is believed, not an infinitive
_CONVICTIONS = words("sure certain")
_COPULAS = words("be seem appear remain become sound grow")
_STANCE_PREPS = {"of", "about", "with", "over", "toward", "towards", "to", "for", "on", "in"}
# Nouns of a stance a light verb carries, with a preposition naming its
# target: "took a swipe at the plan", "made no mention of the deficit",
# "offered his congratulations to Ruiz", "holds a dim view of the deal".
STANCE_NOUNS = words(
    """
    swipe shot jab dig aim potshot case mention reference comment comments remark remarks
    congratulations thanks condolences thoughts assessment evaluation view opinion criticism
    praise support endorsement stance position contrast analogy comparison objection objections
    concern concerns doubts exception offense offence issue stand credit responsibility
    statement allegation accusation attack question tribute homage critique word complaint
    feeling reservation misgiving
    """
)
# "has doubts about the plan", "had opposing views on the research": with
# "have" only a state of mind is a stance ("has a shot at the title" is not)
_HAD_STANCES = words("view opinion feeling concern doubt reservation misgiving")
# Verbs by which a stance comes from others, named after "from": "the plan
# drew criticism from the unions", "she won the support of ..." has no "from"
# and stays out.
RECEIVING_VERBS = words("draw win receive earn attract face garner endure")
RECEIVED_STANCES = words(
    "criticism support praise condemnation endorsement fire backlash scrutiny rebuke applause"
)
# Nouns of a stance its possessor holds: "Ruiz's criticism of the plan",
# "his call for a ban", "her long support for the research".
HELD_STANCE_NOUNS = words(
    """
    criticism critique praise support endorsement opposition call announcement declaration
    statement comment remark assessment evaluation opinion stance position defense defence
    denial rejection condemnation denunciation demand proposal promise pledge vow warning claim
    allegation accusation characterization description portrayal dismissal objection complaint
    word congratulations thanks plan push bid
    """
)
# Nouns of a resolve or a choice its holder makes known, with what it is to
# do: "his refusal to debate", "the council's decision to close the pool",
# "her determination to run again" (FrameNet's Deciding and Willingness)
HELD_STANCE_NOUNS |= words(
    """
    decision determination refusal resolve intention intent commitment willingness
    unwillingness reluctance readiness eagerness desire insistence threat
    """
)
# ("give" is left out: "gave him a shot at the title" is a chance, not a jab)
STANCE_LIGHT_VERBS = words(
    "make offer express voice take hold draw raise pay launch level lodge file mount wage renew"
    " intensify keep avoid share harbor harbour unleash"
)
_TARGET_PREPS = {"at", "against", "between", "of", "about", "on", "to", "for", "toward", "towards"}
_HELD_TARGET_PREPS = _TARGET_PREPS - {"at", "between"}
# Verbs that only carry a noun of saying: "made the case that", "issued a
# warning that"; the speaker is their subject.
LIGHT_VERBS = words("make issue offer give express voice repeat deliver reiterate release")
# These attribute even without a "that" clause: "Ukraine denied having
# anything to do with it", "the ministry blamed Kyiv for the attack".
STANDALONE_VERBS = words(
    """
    deny blame accuse claim confirm warn admit acknowledge announce allege reveal report
    condemn dismiss deplore estimate point emphasize emphasise stress insist reject refute
    dispute
    """
)
# A quote can be introduced by any verb in a short frame ('..., Baker
# fumed.'); next to a sentence-long quote these words point back at it.
QUOTE_BACK_REFERENCES = words(
    "words remarks message statement warning account comments assessment plea appeal verdict"
)
# "“...” Colonel Petrov spoke to reporters at the scene": speaking in the
# same paragraph right after a quote gives it
ADDRESS_VERBS = SPEECH_VERBS | words("address shout chant proclaim exclaim speak talk")
# An object like this makes the next sentence the content of the speech:
# "X reported new criticism of the leadership. Officials squandered ..."
SPEECH_NOUNS = {"criticism", "accusation", "allegation", "warning", "complaint", "charge", "claim"}

OPENING = {"“": "”", "«": "»", "„": "“", "‹": "›"}
CLOSING = {"”", "»", "›"}
STRAIGHT = '"'
TYPED_DOUBLE = "''"
STRAIGHT_MARKS = {STRAIGHT, TYPED_DOUBLE}
_BACKSHIFT = {"had", "would", "could", "might", "'d"}
# "their call for a ban", "its decision to appeal": a possessive means whom
# its pronoun would
_GROUP_POSSESSIVES = {"their": "they", "its": "it", "our": "we"}
# a signature after a quote: "” ― Ana Ruiz", "” -- A. J. de Vries."
_SIGNATURE = re.compile(r"[^\S\n]*(?:―|—|–|--)[^\S\n]*([^\n―—–]+?)(?:[^\S\n]|\.)*$", re.M)
_NAME_PARTICLES = {"de", "da", "del", "la", "van", "von", "der", "di", "du", "le", "bin"}
# closing marks after the stop include typed ones: "... the community.''"
# A full stop, or a quoted question closing a sentence ('... and said, "Who
# are you going to trust?"'); a headline may ask a question of its own.


@dataclass(frozen=True)
class Quote:
    start: int  # opening mark, or paragraph start when it is missing
    end: int  # after the closing mark, or paragraph end when it is missing
    inner_start: int
    inner_end: int


@dataclass(frozen=True)
class Attribution:
    start: int  # character span of what is attributed
    end: int
    speaker: Speaker
    phrase: str
    direct: bool = False
    verb: int = -1  # token index of the attributing verb, -1 if none
    continues_speech: bool = False  # its object is a speech noun
    stance: str = "asserts"  # "denies": the speaker rejects the attributed words


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of non-empty lines: a news paragraph is a line."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            offset = line.index(stripped[0])
            spans.append((pos + offset, pos + offset + len(stripped)))
        pos += len(line) + 1
    return spans


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    """Pair quotation marks paragraph by paragraph.

    Curly, straight and guillemet marks are paired within one paragraph, so an
    unbalanced mark spoils at most that paragraph. A quote left open runs to
    the end of its paragraph (news style reopens a long quote each paragraph);
    a closing mark with no opener closes a quote that began with the paragraph.
    Two apostrophes typed for a double mark (''so'', as plain-text archives
    and typewritten copy have it) pair like a straight double mark.
    """
    quotes: list[Quote] = []
    for p_start, p_end in paras:
        open_at: int | None = None
        open_char = ""
        i = p_start
        while i < p_end:
            ch = text[i]
            if text.startswith(TYPED_DOUBLE, i):
                # three apostrophes closing: a single mark, then the double one
                if (
                    open_char == TYPED_DOUBLE
                    and text.startswith("'", i + 2)
                    and open_at is not None
                ):
                    i += 1
                    continue
                ch = TYPED_DOUBLE
            if open_at is not None and (
                ch == OPENING.get(open_char)
                or (ch in CLOSING and (open_char in OPENING or open_char == STRAIGHT))
                or (ch in STRAIGHT_MARKS and open_char == ch)
            ):
                quotes.append(Quote(open_at, i + len(ch), open_at + len(open_char), i))
                open_at = None
            elif ch in OPENING or ch in STRAIGHT_MARKS:
                if open_at is not None:
                    quotes.append(Quote(open_at, i, open_at + len(open_char), i))
                open_at, open_char = i, ch
            elif ch in CLOSING and open_at is None:
                quotes.append(Quote(p_start, i + 1, p_start, i))
            i += len(ch)
        if open_at is not None and p_end - open_at > 2:
            quotes.append(Quote(open_at, p_end, open_at + len(open_char), p_end))
    return quotes


def quote_tokens(doc: Doc, quote: Quote) -> Span | None:
    return doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")


def is_direct(doc: Doc, quote: Quote) -> bool:
    """A quoted sentence rather than a quoted phrase ("deeply concerned")."""
    span = quote_tokens(doc, quote)
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return False
    return any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in span)


# The tagger's lemmatiser reads some verbs of attitude as other verbs
# ("hopes" as "hop"); the word itself settles it.
_LEMMA_FIXES = {
    "hopes": "hope",
    "hoped": "hope",
    "hoping": "hope",
    "retweeted": "retweet",
    "retweets": "retweet",
    "retweeting": "retweet",
}


def verb_lemma(token: Token) -> str:
    return _LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def _verb_read_as_noun(token: Token) -> bool:
    """'But Trump claims that he ...', '..., the former doctor maintains.': the
    tagger may read a present-tense verb as a plural noun heading the sentence;
    the subject and the clause it frames still hang on it."""
    return (
        token.tag_ == "NNS"
        and token.dep_ == "ROOT"
        and _misread_subject(token) is not None
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def _misread_subject(token: Token) -> Token | None:
    """The subject of a verb read as a noun: hung on it as a subject, or as
    the first half of a compound ("Trump claims")."""
    return max(
        (c for c in token.children if c.dep_ in {"nsubj", "compound"} and c.i < token.i),
        key=lambda c: c.i,
        default=None,
    )


def is_speech_verb(token: Token) -> bool:
    if token.pos_ != "VERB" and not _verb_read_as_noun(token):
        return False
    lemma = verb_lemma(token)
    clausal = lemma in COGNITION_VERBS and any(c.dep_ in {"ccomp", "xcomp"} for c in token.children)
    advocacy = (
        lemma in ADVOCACY_VERBS
        and any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for c in token.children)
        or lemma in POSITION_VERBS
        and _position_prep(token) is not None
    )
    if (
        lemma not in SPEECH_VERBS
        and lemma not in REPORTING_VERBS
        and not clausal
        and not advocacy
        and _judged_as(token) is None
        and _passive_judgement(token) is None
        and not _study_finding(token)
        and not _wanted_object(token)
        and _finding_aside(token) is None
        and _made_clear(token) is None
        and not _hearing(token)
        and not _put_to(token)
        and not _pleads_innocent(token)
    ):
        return False
    if token.dep_ in {"amod", "compound"}:
        return False  # "so-called", "the said vehicle"
    if (
        token.dep_ == "acl"
        and token.tag_ != "VBG"
        and not any(c.dep_ == "nsubj" for c in token.children)
        and not (token.head.dep_ == "ROOT" and _that_clause(token))
    ):
        # "a report released"; "X: Clinton tells voters ..." has a subject, and
        # in "voters saying they want a ban" the noun does the saying; but "A
        # commission found in May that ..." is the sentence's own verb
        return False
    children = list(token.children)
    if lemma == "point" and not any(
        c.dep_ == "prt" and c.lower_ == "out" or c.dep_ == "prep" and c.lower_ == "to"
        for c in children
    ):
        return False  # "pointed out", "pointed to the polls"
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_ == "life" for c in children):
        return False  # "the blast claimed 12 lives"
    # "is said to show", "is believed to": a hedge, not an attribution
    passive = any(c.dep_ == "auxpass" for c in children)
    return not (passive and any(c.dep_ == "xcomp" for c in children))


# Bodies that take evidence: "the court heard that ..." reports what was put
# before it, the way court and inquiry reports word it.
HEARING_BODIES = words("court jury inquiry inquest tribunal hearing committee panel")


def _hearing(token: Token) -> bool:
    """'The court has heard that 11 residents were taken to hospital', '...,
    the inquest heard.': evidence a court or inquiry heard is its account;
    "residents heard that the plant would close" is no source."""
    return verb_lemma(token) == "hear" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in HEARING_BODIES for c in token.children
    )


def _put_to(token: Token) -> bool:
    """'Counsel put it to the witness that the logs were altered': putting a
    point to someone asserts it."""
    if verb_lemma(token) != "put":
        return False
    children = list(token.children)
    return (
        any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in children)
        and any(c.dep_ == "ccomp" and _that_clause(token) for c in children)
    )


# Verbs by which a study or document reports what it found: "a poll showed a
# slimmer lead", "the audit found gaps in the accounts".
FINDING_VERBS = words("show find reveal suggest indicate confirm estimate")
_STUDY_SUBJECTS = STUDY_NOUNS | words(
    """
    report reports email emails record records photo photos image images result results
    document documents file files filing filings figure figures statistic statistics number
    numbers return returns polling tally count transcript transcripts datum
    average averages paper papers
    """
)


# "sees Cruz as a uniter", "portrayed the plan as a giveaway", "cast himself
# as an outsider": verbs that judge their object "as" something
_JUDGING_AS_ACTIVE = words("see view regard portray cast paint depict frame present cite")
# "saw the film as a child": when, not how it is judged
_LIFE_STAGES = words("child kid boy girl teenager teen youngster student adult baby")


def _position_prep(verb: Token) -> Token | None:
    """'pushed for a ban', 'sided with the growers': the preposition of the
    position with its object after the verb."""
    preps = _POSITION_PREPS_OF.get(verb_lemma(verb), set())
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in preps
            and c.i > verb.i
            and any(o.dep_ in {"pobj", "pcomp"} for o in c.children)
        ),
        None,
    )


def _judged_as(verb: Token) -> Token | None:
    """'sees Cruz as a uniter', 'regards the deal as a mistake', 'referred to
    the strikers as heroes': the "as" of an active judgement of an object (the
    parser hangs it on the verb or the object); None otherwise."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.lemma_.lower() == "refer":
        # "referred to the strikers as heroes"; "referring to the vote" names
        # what was meant, no judgement
        named = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i
            for o in c.children
            if o.dep_ == "pobj"
        ]
        return next(
            (
                c
                for holder in (verb, *named)
                for c in holder.children
                if c.dep_ == "prep"
                and c.lower_ == "as"
                and named
                and c.i > named[0].i
                and any(o.dep_ == "pobj" for o in c.children)
            ),
            None,
        )
    if verb.lemma_.lower() not in _JUDGING_AS_ACTIVE:
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        for holder in (verb, obj):
            for child in holder.children:
                if (
                    child.dep_ == "prep"
                    and child.lower_ == "as"
                    and child.i > obj.i
                    and not any(o.lemma_.lower() in _LIFE_STAGES for o in child.children)
                ):
                    return child
    return None


# "leads in the polls": a standing measured by a survey ("appeared in the
# report" is only where)
_SURVEYS = words("poll survey")
# "In her view, ...", "in the eyes of many voters, ...": whose judgement a clause is
_HELD_VIEWS = words("view opinion estimation judgment judgement eyes mind words assessment")
# Verbs that judge what they take "as"; in the passive the judgement is
# still someone's, if no one is named: "is widely seen as a mistake", "was
# condemned as an attack on the press" ("is known as" only names)
JUDGING_AS_VERBS = words(
    """
    see view regard describe characterize characterise portray paint criticize criticise condemn
    denounce decry hail praise dismiss brand label deride lambaste lambast tout castigate
    """
)


def _passive_judgement(verb: Token) -> Token | None:
    """'The plan was widely seen as a mistake': the "as" of a passive judgement
    of its subject; None otherwise."""
    if verb.pos_ != "VERB" or verb_lemma(verb) not in JUDGING_AS_VERBS:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or not any(
        c.dep_ == "nsubjpass" and c.i < verb.i for c in children
    ):
        return None
    return next(
        (
            c
            for c in children
            if c.dep_ == "prep"
            and c.lower_ == "as"
            and c.i > verb.i
            and any(o.dep_ == "pobj" for o in c.children)
        ),
        None,
    )


def _end_before_aside(token: Token) -> int:
    """End of a token's phrase, short of an aside after a comma ("Jeb
    Bush, who announced he is out"): the aside says something of its own."""
    end = token.right_edge.i + 1
    for child in token.subtree:
        if (
            child.dep_ in {"relcl", "appos", "acl"}
            and child.i > token.i
            and child.left_edge.i > 0
            and child.doc[child.left_edge.i - 1].text == ","
        ):
            end = min(end, child.left_edge.i - 1)
    return end


def _attitude_word(word: Token) -> bool:
    """'critical' in "is critical of", 'critic' in "is a critic of" or "is
    one of the critics of"."""
    if word.dep_ == "acomp":
        return word.pos_ in {"ADJ", "VERB"} and word.lower_ in ATTITUDE_ADJECTIVES
    if word.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in word.children):
        return word.lower_ in ATTITUDE_ADJECTIVES
    if word.pos_ != "NOUN" or word.lemma_.lower() not in ADVOCATE_NOUNS:
        return False
    return word.dep_ == "attr" or (
        word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ == "attr"
    )


def _made_clear(verb: Token) -> Token | None:
    """'made clear that ...', 'made it clear on Monday that ...': the clause
    the subject made clear, which the parser hangs on "clear" or the verb."""
    if verb.lemma_.lower() != "make":
        return None
    doc = verb.doc
    clear = next(
        (
            t
            for t in doc[verb.i + 1 : min(len(doc), verb.i + 4)]
            if t.lower_ == "clear" and verb in (t.head, t.head.head)
        ),
        None,
    )
    if clear is None:
        return None
    return next(
        (
            c
            for holder in (clear, verb)
            for c in holder.children
            if c.dep_ in {"ccomp", "advcl", "csubj"}
            and c.i > clear.i
            and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
        ),
        None,
    )


_SEEING_VERBS = words("see count")
_EYEWITNESSES = words("reporter correspondent journalist photographer cameraman witness")


def _study_finding(verb: Token) -> bool:
    """'A new poll showed a slimmer lead': a study's finding is attributed to it
    even when what it found is a noun rather than a clause."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.lemma_.lower() in _SEEING_VERBS:
        # "a Reuters reporter saw at least eight destroyed houses", "a witness
        # counted 40 bodies": a count seen is the account of whoever saw it
        return (
            bool(subjects)
            and subjects[0].lemma_.lower() in _EYEWITNESSES
            and any(
                c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children)
                for c in verb.children
            )
        )
    if verb.lemma_.lower() not in FINDING_VERBS:
        return False
    return (
        bool(subjects)
        and subjects[0].lemma_.lower() in _STUDY_SUBJECTS
        and any(
            c.dep_ == "dobj" and (c.pos_ != "PRON" or _predicated(c)) or c.dep_ == "ccomp"
            for c in verb.children
        )
    )


def _predicated(obj: Token) -> bool:
    """'The video shows him with his hands raised', 'the poll shows her ahead':
    a pronoun object is a finding when something is said of it."""
    return any(
        c.dep_ in {"prep", "advmod", "acomp", "oprd", "xcomp"} and c.i > obj.i
        for c in obj.head.children
    )


# Verbs of wanting: what someone wants, named by a noun, is their position
# ("Palestinians want East Jerusalem for their capital", "the campaign sought
# an injunction"); "wants it" names nothing, and a river wanting room is no one.
WANTING_VERBS = words("want seek desire covet crave")
_PERSONAL_PRONOUNS = words("i we you he she they")


def _wanted_object(verb: Token) -> bool:
    if verb_lemma(verb) not in WANTING_VERBS:
        return False
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and (
            subject.lower_ in _PERSONAL_PRONOUNS
            or subject.ent_type_ in {"PERSON", "ORG", "NORP"}
            or subject.lemma_.lower() in ROLE_WORDS
            or _may_speak(subject)
        )
        and any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"} for c in children)
        # "Farmers want lower tariffs, the union said": the union's words
        and not any(c.dep_ == "parataxis" for c in children)
    )


def _finding_aside(verb: Token) -> Token | None:
    """'..., court records show.', '..., police data showed.': a study or
    document closing the sentence as its source. The parser may take the
    noun for a part of the verb rather than its subject; returns the noun."""
    if verb.lemma_.lower() not in FINDING_VERBS or verb.i < 2:
        return None
    doc = verb.doc
    if verb.i + 1 < len(doc) and not (doc[verb.i + 1].is_punct or doc[verb.i + 1].is_space):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "nsubj"} for c in verb.children):
        return None
    noun = doc[verb.i - 1]
    if noun.head.i != verb.i or noun.lemma_.lower() not in _STUDY_SUBJECTS:
        return None
    if doc[noun.left_edge.i - 1].text != "," if noun.left_edge.i > 0 else True:
        return None
    return noun


def is_estimate_verb(token: Token) -> bool:
    """'Police put the number at 42,000', 'the poll put the party on 34
    percent': the subject gives the figure."""
    if token.pos_ != "VERB":
        return False
    children = list(token.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if token.lemma_.lower() in _REVISING:
        # "the department later revised that figure to 31", "raised the
        # number of injured to 37", "revising an earlier toll of 12 dead"
        # "revised the toll down to 41": the "to" may hang on the particle
        heads = children + [g for c in children if c.dep_ in {"prt", "advmod"} for g in c.children]
        given = objects + [c for c in heads if c.dep_ == "prep" and c.lower_ == "to"]
        return any(o.lemma_.lower() in _TALLIES for o in objects) and any(
            _is_figure(t) for g in given for t in g.subtree
        )
    if token.lemma_.lower() == "give":
        # "State media later gave a toll of 61", "gave a figure of 300"
        return any(
            o.lemma_.lower() in _TALLIES and any(_is_figure(t) for t in o.subtree) for o in objects
        )
    if token.lemma_.lower() not in {"put", "place", "estimate"}:
        return False
    # "put the number of homes destroyed at 62", "puts its losses in the
    # same period at 90": the parser may hang the "at" on a word inside the
    # object or inside another phrase of the verb rather than on the verb
    phrases = objects + [c for c in children if c.dep_ == "prep"]
    holders = children + [t for o in phrases for t in o.subtree if t.dep_ == "prep"]
    # "rights groups put the number of arrests far higher": a tally set above
    # or below another source's, with no figure of its own
    higher = [
        c for c in children if c.dep_ in {"advmod", "acomp", "oprd"} and c.tag_ in {"RBR", "JJR"}
    ]
    if higher:
        # "put the death toll higher, at 41": the parser may hang the toll
        # on the comparison
        held = objects + [g for c in higher for g in c.children if g.dep_ == "npadvmod"]
        return any(o.lemma_.lower() in _TALLIES for o in held)
    return bool(objects) and any(
        c.dep_ == "prep"
        # a poll puts a party "on" a share, never a boat "on 2 trailers"
        and (
            c.lower_ == "at"
            or (c.lower_ == "on" and any(t.ent_type_ == "PERCENT" for t in c.subtree))
        )
        and any(
            o.dep_ == "pobj"
            # "at 8,000", "at about 400,000 leva", "at closer to 5,000"
            and (_is_figure(o) or any(n.dep_ == "nummod" and _is_figure(n) for n in o.children))
            for o in c.subtree
        )
        for c in holders
    )


_FIGURE_ENTS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_TALLIES = words("number toll figure total count tally estimate")
# Verbs by which a source gives a new figure for its own count.
_REVISING = words("revise raise lower update increase adjust")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _is_figure(token: Token) -> bool:
    return token.like_num or token.ent_type_ in _FIGURE_ENTS


def _name_taken_for_date(token: Token) -> bool:
    """'Sela Morrow ... said' after a dateline: the recogniser may label a
    surname a date; a first name before it, of no date itself, shows a name."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "compound"
        and c.i == token.i - 1
        and c.pos_ == "PROPN"
        and c.is_title
        and not c.ent_type_
        for c in token.children
    )


def _subject(verb: Token) -> Token | None:
    aside = _finding_aside(verb)
    if aside is not None:
        return aside
    if verb.pos_ != "VERB" and _verb_read_as_noun(verb):
        return _misread_subject(verb)
    node = (
        _speaker_verb_of_denial(verb)
        or _speaker_verb_of_telling(verb)
        or _denier_of_clause_on_a_noun(verb)
        or verb
    )
    for _ in range(3):
        subjects = [
            _behind_dateline(child)
            for child in node.children
            if child.dep_ in {"nsubj", "nsubjpass"}
            and not child.is_punct
            and (child.ent_type_ not in {"DATE", "TIME"} or _name_taken_for_date(child))
        ]
        subjects = [child for child in subjects if child is not None]
        if not subjects:
            # "Adisa, who ..., had in a statement described ...": the parser
            # may hang the subject on the verb's auxiliary
            subjects = [
                s
                for aux in node.children
                if aux.dep_ in {"aux", "auxpass"} and aux.i < node.i
                for s in aux.children
                if s.dep_ in {"nsubj", "nsubjpass"} and s.i < aux.i
            ]
        if subjects:
            # "Speaking in Salem, New Hampshire, Trump said": of two subjects
            # the parser gives one verb, the nearer is the real one
            subject = min(subjects, key=lambda child: abs(node.i - child.i))
            # "A girl drowned in Tamur, her uncle, Daud Ferran, told the
            # Herald.": the parser may make the story's subject the teller's
            stranded = _stranded_subject(verb, closing_only=True)
            if stranded is not None and subject.i < stranded.i < verb.i:
                return stranded
            # "the government, which denied that ...": a relative pronoun
            # stands for the noun its clause describes
            if subject.tag_ in {"WDT", "WP"} and node.dep_ == "relcl" and _may_speak(node.head):
                return node.head
            return subject
        trailing = _trailing_frame_subject(verb) if node is verb else None
        if trailing is not None:
            return trailing
        # "Three were hurt, the town's mayor, Jon Berg, said.", "..., a
        # spokesperson for the ambulance service said.": the parser may hang
        # the whole closing frame on the story and leave the verb bare
        if node is verb:
            stranded = _stranded_subject(verb, closing_only=True) or _closing_source(verb)
            if stranded is not None:
                return stranded
        if node.dep_ in {"conj", "advcl"} and _speakers_next(node, node.head, node.head.head):
            node = node.head.head  # the next statement, hung on the clause denied or said
        elif node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"}:
            node = node.head  # "He confirmed the toll and added that ...", "was quick ... and said"
        elif (
            node.dep_ in {"advcl", "xcomp"}
            and node.tag_ == "VBG"
            and node.head.pos_ in {"VERB", "AUX"}
        ):
            node = node.head  # "..., McCain said, citing low growth", "was heard telling"
        elif (
            node.dep_ == "xcomp"
            and node is verb
            and verb_lemma(verb) in _CLIMBING_VERBS
            and node.head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ == "dobj" for c in node.head.children)
        ):
            # "continues to insist", "appeared to imply"; but in "urged
            # voters to reject", the voters reject
            node = node.head
        elif (
            node.dep_ == "xcomp"
            and node is verb
            and verb_lemma(verb) in _CLIMBING_VERBS
            and node.head.dep_ == "acomp"
            and node.head.lower_ in _READY_ADJECTIVES
            and node.head.head.pos_ in {"VERB", "AUX"}
        ):
            node = node.head.head  # "voters were more likely to say", "is eager to argue"
        elif (
            node.dep_ == "advcl"
            and node is verb
            and node.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and node.head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"dobj", "dative"} for c in node.head.children)
        ):
            # "went on the radio to say ...", "took to social media to applaud
            # ...": the one who went says; in "hired a lawyer to argue the
            # case" the lawyer argues, and stays unknown
            node = node.head
        elif node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in {"NOUN", "PROPN"}:
            return node.head  # "a group backing Bush", "voters saying they want a ban"
        elif (
            node.dep_ == "acl"
            and node.head.dep_ == "ROOT"
            and node.head.pos_ in {"NOUN", "PROPN"}
            and _that_clause(node)
        ):
            # "An independent commission found in September that ...", parsed
            # as a noun with a reduced relative: the sentence has no other verb
            return node.head
        elif (
            node.dep_ == "pcomp"
            and node.head.lower_ in _PARTICIPLE_PREPS
            and node.head.head.pos_ in {"VERB", "AUX"}
        ):
            node = node.head.head  # "responded by saying", "landed in trouble after saying"
        elif (
            node.dep_ == "pcomp"
            and node.head.lower_ == "for"
            and node.head.head.pos_ in {"VERB", "AUX"}
        ):
            # "was criticised for saying", "apologised for saying"; but in
            # "criticised Ruiz for saying" Ruiz said it
            target = next((c for c in node.head.head.children if c.dep_ == "dobj"), None)
            if target is not None:
                return target
            node = node.head.head
        elif (
            node.dep_ == "pcomp"
            and node.head.lower_ == "to"
            and node.head.head.lower_ == "addition"
            and node.head.head.head.lower_ == "in"
            and node.head.head.head.head.pos_ in {"VERB", "AUX"}
        ):
            node = node.head.head.head.head  # "In addition to stating that ..., Ruiz has vowed"
        else:
            break
    return _shared_subject(verb) or _stranded_subject(node) or _inverted_subject(verb)


def _shared_subject(verb: Token) -> Token | None:
    """'Finance minister resigns, says he was not consulted': a headline's
    second verb shares the first one's subject, though the parser hangs the
    first clause on it as what is said."""
    # a headline's present tense: "said the analyst, also known as ..." inverts
    if verb.tag_ not in {"VBZ", "VBP"} or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    # "..., denies paying ransom": what is said may be a participle's clause
    if not any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children):
        return None
    for clause in verb.children:
        # "Djelbara says six hostages freed, denies ...": the parser may hang
        # the first clause on the second as a parataxis
        if clause.dep_ in {"ccomp", "parataxis"} and clause.i < verb.i:
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def _may_speak(noun: Token) -> bool:
    """A noun a relative clause of saying can be about: a name or a body,
    source or person ("the government, which denied", "Ana Ruiz, who
    said"); "a man at the shelter, who asked not to be named" hangs the
    clause on the place, which says nothing."""
    if noun.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}:
        return False  # "released her records in July, which showed ..."
    return noun.pos_ == "PROPN" or (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in ORG_NOUNS | ANONYMOUS_NOUNS | UNNAMED_PERSON_NOUNS
    )


# "Despite challenging the figures, Ruiz said ...", "after bragging about
# the costs, he ...": a participle after these has the subject of the verb
# they hang on
_PARTICIPLE_PREPS = words("by in after before while despite besides without upon since")
# Verbs of saying and thinking whose subject may be the one of the verb they
# complete ("continues to insist", "seems to feel"); a quoted phrase
# hanging on any other verb keeps to its own subject.
_CLIMBING_VERBS = SPEECH_VERBS | REPORTING_VERBS | COGNITION_VERBS | ADVOCACY_VERBS
# "were more likely to say", "was quick to condemn"; in "too close to
# call" no one calls anything
_READY_ADJECTIVES = words("likely unlikely quick eager keen ready willing reluctant")


def _frame_end(verb: Token) -> int:
    """End of the verb and the words it takes after it, short of punctuation."""
    ends = [c.right_edge.i for c in verb.children if c.i > verb.i and not c.is_punct]
    return max([verb.i] + ends) + 1


def _stranded_subject(verb: Token, closing_only: bool = False) -> Token | None:
    """'While on the trail for his wife, former president Ana Ruiz said she
    ...': after a long opening the parser may hang the name that ends right
    before the verb on a noun of the opening; a name there is the subject
    when the verb has a clause of its own."""
    doc = verb.doc
    if verb.i < 2:
        return None
    if not closing_only and any(
        c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children
    ):
        name = doc[verb.i - 1]
        if name.ent_type_ in {"DATE", "TIME"}:
            return None  # "Clinton on Tuesday said"
        if name.text == "," and doc[verb.i - 2].ent_type_ == "PERSON":
            # "Following their pleas, counsel to the EFCC, Mr Sesan
            # Ologunde, asked the court ...": the name set off before it
            name = doc[verb.i - 2]
    elif (
        # "..., her uncle, Daud Ferran, told the Herald.": a closing frame
        # whose name the parser hung on the words before it
        doc[verb.i - 1].text == ","
        # "..., told the paper." or "..., said.": nothing after the verb
        # that could be its subject
        and (verb_lemma(verb) == "tell" or doc[verb.i + 1].is_punct)
        and all(
            t.is_punct and t.text != "," or t.is_space
            for t in doc[_frame_end(verb) : verb.sent.end]
        )
    ):
        name = doc[verb.i - 2]
        # the name set off by commas on both sides, and a finite verb after
        # it: "..., saying" is the speaker's own participle
        first = name
        while first.i > 0 and doc[first.i - 1].ent_type_ == "PERSON" and doc[first.i - 1].is_title:
            first = doc[first.i - 1]
        if (
            name.ent_type_ != "PERSON"
            or verb.tag_ not in {"VBD", "VBZ", "VBP"}
            or first.i == 0
            or doc[first.i - 1].text != ","
        ):
            return None
    else:
        return None
    if name.pos_ != "PROPN" or name.dep_ not in {"appos", "pobj", "conj", "npadvmod"}:
        return None
    return name


_SOURCE_NOUNS = ANONYMOUS_NOUNS | ORG_NOUNS | ROLE_WORDS | UNNAMED_PERSON_NOUNS


def _closing_source(verb: Token) -> Token | None:
    """'..., a spokesperson for the regional ambulance service said.': a
    speech verb closing the sentence with no subject of its own, after a
    comma and a noun phrase for a source the parser hung on the story."""
    doc = verb.doc
    if verb.i < 3 or not is_speech_verb(verb) or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return None
    comma = next((k for k in range(verb.i - 1, verb.sent.start, -1) if doc[k].text == ","), None)
    if comma is None or verb.i - comma > 10:
        return None
    frame = doc[comma + 1 : verb.i]
    roots = [t for t in frame if not (comma < t.head.i < verb.i)]
    if len(roots) != 1:
        return None
    root = roots[0]
    if root.pos_ not in {"NOUN", "PROPN"} or root.dep_ not in {"appos", "npadvmod", "dobj", "conj"}:
        return None
    known = root.lemma_.lower() in _SOURCE_NOUNS or root.ent_type_ in {"PERSON", "ORG"}
    return root if known else None


def _closing_frame_start(name: Token) -> int:
    """Where a closing frame the parser hung on the story begins: the comma
    before "the town's mayor, Jon Berg," or before the name itself."""
    doc = name.doc
    first = name.left_edge.i
    if first >= 2 and doc[first - 1].text == "," and doc[first - 2].pos_ == "NOUN":
        role = doc[first - 2].left_edge.i
        if role >= 1 and doc[role - 1].text == ",":
            return role - 1
    return first - 1 if first >= 1 and doc[first - 1].text == "," else first


def _trailing_frame_subject(verb: Token) -> Token | None:
    """'Two brothers died on Cotter Road, Sheriff Ray Dunmore told Channel 6.':
    the parser may hang the name after the comma on the noun before it and
    join the verb to the main clause; a name right before a speech verb with
    no subject of its own, after a comma and with no 'and' between, is it."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.i == 0 or not is_speech_verb(verb):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "ccomp"} for c in verb.children):
        return None
    name = doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ not in {"appos", "pobj", "conj"}:
        return None
    opening = name.left_edge.i
    if opening == 0 or doc[opening - 1].text != ",":
        return None
    return name


def _behind_dateline(subject: Token) -> Token | None:
    """The subject itself; for a dateline the parser took for the subject
    ("CLEVELAND, July 19 (UPI) — Judge Ana Ruiz told ..."), the name after
    the dash, which it hangs on the dateline; None when there is none."""
    if not is_dateline(subject):
        return subject
    # the source after the dash may be a name or unnamed ("Rebel authorities")
    names = [
        c
        for c in subject.children
        if c.dep_ == "appos"
        and c.i > subject.i
        and c.pos_ in {"PROPN", "NOUN"}
        # "..., about 60 km to the east,": a distance, not a source
        and not any(n.dep_ == "nummod" for n in c.children)
    ]
    dash = next((t.i for t in subject.doc[subject.i : subject.i + 12] if t.text in "—–-"), None)
    names = [c for c in names if dash is not None and c.i > dash]
    return names[-1] if names else None


def _inverted_subject(verb: Token) -> Token | None:
    """'..., said the economist, also known as ...': the parser may
    miss a subject that follows the verb; take the noun phrase right after it."""
    doc = verb.doc
    if (
        verb.i == 0
        or doc[verb.i - 1].text not in {",", "”", STRAIGHT, TYPED_DOUBLE, "»"}
        or verb.lemma_.lower() not in SPEECH_VERBS
        # "..., asked the court to fix a date", "..., saying the commission
        # had ...": what is said follows, so the words after are not its
        # subject; an inverted verb has what was said before it
        or (
            any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children)
            and not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        )
    ):
        return None
    last = None
    for token in doc[verb.i + 1 : min(len(doc), verb.i + 8)]:
        if token.is_punct and token.text not in {"-", "–"}:
            break
        if token.pos_ in {"NOUN", "PROPN", "ADJ", "PRON"} and not token.is_punct:
            last = token
    return last


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _as_reported_in(verb: Token) -> Token | None:
    """'As reported by the Herald, ...', 'As stated in the police report, ...':
    a participle opened by "as" with no subject of its own is passive; its
    source is the agent or the document it was stated in."""
    if not (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in verb.children)
    ):
        return None
    return _agent(verb) or next(
        (
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for o in c.children
            if o.dep_ == "pobj" and o.lemma_.lower() in STATEMENT_NOUNS | STUDY_NOUNS
        ),
        None,
    )


def _trim(doc: Doc, start: int, end: int, least: int = 3) -> tuple[int, int] | None:
    """Token range without edge punctuation, "that" and spaces; None if it
    holds fewer than `least` words."""
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        # "said that ...", but not the pronoun of "said that was false" or
        # the determiner of "said that number was wrong"
        or (doc[start].lower_ == "that" and doc[start].dep_ not in {"nsubj", "nsubjpass", "det"})
    ):
        start += 1
    while (
        end > start
        and (doc[end - 1].is_punct or doc[end - 1].is_space)
        and doc[end - 1].text not in {"!", "?", "%"}
    ):
        # 'have been “blocked and crushed”.': a quote closing one opened inside stays
        if doc[end - 1].is_quote and sum(t.is_quote for t in doc[start : end - 1]) % 2:
            break
        end -= 1
    if sum(1 for t in doc[start:end] if t.is_alpha or t.like_num) < least:
        return None
    return start, end


def _phrase(verb: Token, subject: Token | None) -> str:
    """The attribution as written: "said", "he said", "it was pointed out"."""
    tokens = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    if subject is not None and subject.pos_ == "PRON":
        tokens.append(subject)
        tokens += [
            c
            for c in verb.children
            if c.dep_ in {"auxpass", "aux"} and subject.i < c.i < verb.i and c.lower_ != "to"
        ]
    tokens.sort(key=lambda t: t.i)
    return " ".join(t.text for t in tokens)


def _own_attribution(verb: Token, above: Token | None = None) -> bool:
    """'while organisers put the number at', 'though the rebels said': a
    speech or estimate verb set against the one above, with its own subject.
    A pronoun subject is only known to speak for itself when it repeats the
    subject of the verb above ("She said ..., though she noted ...")."""
    children = list(verb.children)
    if not (
        (is_speech_verb(verb) or is_estimate_verb(verb))
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in children)
    ):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if any(c.pos_ != "PRON" for c in subjects):
        return True
    above_subject = _subject(above) if above is not None and subjects else None
    return above_subject is not None and any(c.lower_ == above_subject.lower_ for c in subjects)


_CONTRAST_MARKS = {"while", "whereas", "whilst", "though", "although"}


def _rival_conjunct(child: Token, comp: Token) -> bool:
    """'says 140 ships are waiting, and business groups estimate losses at
    ...': a clause joined to the reported one whose own named subject says or
    estimates something is that source's attribution, not more of this one;
    backshifted ("and rescuers had estimated ...") it is still reported."""
    if child.dep_ != "conj" or child.i < comp.i:
        return False
    if not (is_speech_verb(child) or is_estimate_verb(child)):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _BACKSHIFT for c in child.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in child.children)


def _after_the_denial(child: Token, comp: Token, verb: Token) -> bool:
    """'denied that detainees had been mistreated and said all of them would
    be brought before a judge', '... and blamed strong winds': the parser may
    hang the speaker's next statement on the clause denied, but what the
    speaker went on to say is asserted, never part of the denial."""
    # "denied that the alarms were faulty, saying in a statement that ...":
    # the participle the parser hangs on the clause denied is the next statement
    saying = child.dep_ == "advcl" and child.tag_ == "VBG" and child.doc[child.i - 1].text == ","
    return (
        verb_lemma(verb) in DENIAL_VERBS
        and (child.dep_ == "conj" or saying)
        and child.i > comp.i
        and (is_speech_verb(child) or verb_lemma(child) in _BLAMING_VERBS)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        and not any(c.dep_ == "aux" and c.lower_ in _BACKSHIFT for c in child.children)
    )


def _speakers_next(child: Token, comp: Token, verb: Token) -> bool:
    """A verb the parser hangs on the clause said or denied that is the
    speaker's own next statement."""
    return _after_the_denial(child, comp, verb) or _said_again(child, comp, verb)


def _said_again(child: Token, comp: Token, verb: Token) -> bool:
    """'De Blasio said the move was made by Bratton and said, "..."': the
    parser may hang the speaker's second verb of saying on the clause said,
    whose subject is a thing that says nothing."""
    subject = next((c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        is_speech_verb(verb)
        and comp.dep_ == "ccomp"
        and child.dep_ == "conj"
        and child.i > comp.i
        and verb_lemma(child) == verb_lemma(verb)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        and subject is not None
        and subject.pos_ == "NOUN"
        and not _may_speak(subject)
    )


# What a speaker does after a denial: "denied it was overloaded and blamed the winds".
_BLAMING_VERBS = words("blame attribute")


def _carries(verb: Token) -> bool:
    """'..., the Herald reported', '..., the Courier found', '..., court
    hears': an outlet or a court carrying what others said or showed; but 'A
    preliminary inquiry suggested the brakes failed, the governor said' is
    the governor's own account of the inquiry."""
    return verb_lemma(verb) in {"report", "write", "find", "hear"}


def _telling(verb: Token) -> bool:
    """'..., telling reporters that ...', '..., adding that ...': a participle of
    speech with content of its own and no subject, the speaker's next statement."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and is_speech_verb(verb)
        and any(c.dep_ == "ccomp" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _next_statement(verb: Token) -> bool:
    """'..., saying officers had ...', '... and says more than 400 ...': the
    speaker's next statement, found on its own."""
    return _telling(verb) or (
        verb.dep_ == "conj"
        and is_speech_verb(verb)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _speaker_verb_of_telling(verb: Token) -> Token | None:
    """The speech verb whose content the parser hung '..., telling reporters
    that ...' on: its subject is the one telling."""
    clause = verb.head
    if _telling(verb) and clause.dep_ == "ccomp" and is_speech_verb(clause.head):
        return clause.head
    # "denied reports that tenants had complained, saying ...": hung on the
    # clause of a statement noun the speaker answered
    noun = clause.head
    if (
        _telling(verb)
        and clause.dep_ in {"acl", "ccomp", "relcl"}
        and noun.dep_ == "dobj"
        and noun.lemma_.lower() in STATEMENT_NOUNS
        and is_speech_verb(noun.head)
    ):
        return noun.head
    return None


def _speaker_verb_of_denial(verb: Token) -> Token | None:
    """'said 38,000 tickets were sold, and rejected suggestions that ...': the
    parser may hang the speaker's denial on the reported clause; a denial verb
    with no subject of its own after a comma is the speaker's, and this is
    the speech verb whose subject it shares."""
    clause = verb.head
    if (
        verb.dep_ == "conj"
        and verb_lemma(verb) in DENIAL_VERBS
        and clause.dep_ == "ccomp"
        and clause.head.i < clause.i
        and is_speech_verb(clause.head)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        # "said her client acted in self-defense and denied that he had
        # started it": a denial with a that-clause of its own needs no comma
        and (
            any(t.text == "," for t in verb.doc[clause.i : verb.i])
            or _that_clause(verb)
            or _claim_with_clause(verb)
        )
    ):
        return clause.head
    return None


def _denier_of_clause_on_a_noun(verb: Token) -> Token | None:
    """'denied in a statement that the road lacked safety measures, saying
    that 35 cameras had been installed': the parser may hang the clause
    denied on "statement", and the speaker's next statement ("saying",
    "and said") on that clause; the one saying it is whoever denied."""
    clause = verb.head
    # "..., saying that ...", "... that the aircraft had any history of
    # faults and said ..."
    if not (
        _next_statement(verb)
        and clause.dep_ == "acl"
        and _that_mark(clause) is not None
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return None
    denier = next((a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return denier if denier is not None and verb_lemma(denier) in DENIAL_VERBS else None


def _claim_with_clause(verb: Token) -> bool:
    """'and rejected suggestions on social media that its alarms failed': the
    denial takes a claim noun with a that-clause of its own, as plainly the
    speaker's act as a that-clause on the verb."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in CLAIM_NOUNS
        and any(
            k.dep_ in {"acl", "relcl"} and any(m.lower_ == "that" for m in k.children)
            for k in c.children
        )
        for c in verb.children
    )


def _anonymity_terms(verb: Token) -> bool:
    """'who asked not to be named', 'spoke on condition of anonymity': the
    terms a source spoke on, not something they said."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in {"name", "identify"}:
            # "asked not to be named", "declined to be identified"
            refused = verb.lemma_.lower() in {"decline", "refuse"}
            return refused or any(c.dep_ == "neg" for c in child.children)
        if (
            child.dep_ == "xcomp"
            and verb.lemma_.lower() in {"decline", "refuse"}
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in {"name", "identity", "surname"}
                for c in child.children
            )
        ):
            return True  # "who declined to give his name"
        if child.dep_ == "prep" and any(t.lemma_.lower() == "anonymity" for t in child.subtree):
            return not any(c.dep_ in {"ccomp", "dobj"} for c in verb.children)
    return False


def _left_unsaid(verb: Token) -> bool:
    """'The company did not say how fast the bus was going', 'did not say
    the bus was speeding': what was not said, or a question left open, is
    not a claim."""
    refused = any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"decline", "refuse"}
    )
    if not refused or verb_lemma(verb) not in _TELLING_VERBS:
        return False
    # "did not say the bus was speeding" is no more the company's claim
    if verb_lemma(verb) in {"say", "tell"} and any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ == "ccomp" and c.left_edge.lower_ in _QUESTION_WORDS for c in verb.children)


_TELLING_VERBS = words("say tell disclose specify explain reveal confirm comment elaborate")
_QUESTION_WORDS = words("how whether if why what when where who which")


def _appeal_to_readers(verb: Token) -> bool:
    """'Anyone with information is asked to call 555-0188': an appeal with no
    one making it is not a statement to check, nor is what it asks for."""
    if verb.dep_ == "xcomp":
        verb = verb.head
    return (
        verb.lemma_.lower() in {"ask", "urge", "encourage"}
        and any(c.dep_ == "auxpass" for c in verb.children)
        and _agent(verb) is None
        and not any(c.dep_ == "ccomp" for c in verb.children)
    )


def _answering_clause(verb: Token) -> bool:
    """'..., which the government denied': a relative clause set off by a
    comma whose own named subject says something of the words before it,
    the relative pronoun standing for them as its object."""
    doc = verb.doc
    return (
        # the parser may call it a complement: "..., which the company disputed"
        verb.dep_ in {"relcl", "ccomp", "advcl"}
        and verb.left_edge.i > 0
        and doc[verb.left_edge.i - 1].text == ","
        and verb.left_edge.tag_ == "WDT"
        and verb.left_edge.head.i == verb.i
        and verb.left_edge.dep_ == "dobj"
        and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)
        and (is_speech_verb(verb) or verb_lemma(verb) in DENIAL_VERBS)
    )


def _closing_relative(verb: Token) -> Token | None:
    """The subject of a speech verb the parser hung as a relative clause on a
    noun before it, when the subject is a name or noun set after a comma (no
    "which" or "who") and the verb reports nothing of its own after it."""
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (
        subject is None
        or subject.tag_ in {"WDT", "WP"}
        or subject.left_edge.i == 0
        or doc[subject.left_edge.i - 1].text != ","
    ):
        return None
    return subject


def _headline_segment(verb: Token, sent: Span) -> tuple[int, int] | None:
    """'Police say 5 killed in clash; villagers claim over 30 dead', 'Toll
    rises to 19, villagers claim over 30 dead': in a headline, a source
    opening the part after a semicolon or comma says the rest of that part,
    not the part before it."""
    doc = sent.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
    headline = last.text not in {".", "!", "?", '"', "\u201d", "\u2019", "'"}
    if (
        headline
        and subject is not None
        and subject.left_edge.i > sent.start
        and doc[subject.left_edge.i - 1].text == ","
        and verb.i + 1 < sent.end
        and doc[verb.i + 1].text == ";"
    ):
        # "Clashes kill at least nine, police say; opposition gives higher
        # toll": a source closing the first part says that part
        comma = subject.left_edge.i - 1
        start = next((t.i + 1 for t in reversed(doc[sent.start : comma]) if t.text == ";"), None)
        return _trim(doc, sent.start if start is None else start, comma, least=2)
    if (
        subject is None
        or not headline
        or subject.left_edge.i == sent.start
        or doc[subject.left_edge.i - 1].text not in {";", ","}
        or any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children)
    ):
        return None
    end = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ";"), sent.end)
    if not any(t.like_num for t in doc[verb.i + 1 : end]):
        return None  # a figure of its own, not "Five killed, police say Monday"
    return _trim(doc, verb.i + 1, end, least=2)


def _in_what_they_called(verb: Token) -> bool:
    """'in what regulators called the biggest breach': a label a source other
    than the clause's own speaker (no "it" or "they") puts on the event."""
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "in"
        and verb_lemma(verb) in LABEL_LEMMAS
        and any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)
    )


def _allegation_denied(verb: Token) -> bool:
    """'denied that the driver had been using his phone, as some parents
    alleged on social media': what the others said is their own claim, set
    after the words denied, not part of the denial."""
    doc = verb.doc
    return (
        verb.dep_ == "advcl"
        and verb.head.i < verb.i
        and verb.left_edge.i > 0
        and doc[verb.left_edge.i - 1].text == ","
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)
        and is_speech_verb(verb)
        and any(verb_lemma(t) in DENIAL_VERBS for t in [verb.head, *verb.head.ancestors])
    )


def _before_answering_clause(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The content short of an answering clause in it, which is another
    source's attribution."""
    doc = verb.doc
    for token in doc[span[0] : span[1]]:
        if token.i != verb.i and (_answering_clause(token) or _allegation_denied(token)):
            cut = _trim(doc, span[0], token.left_edge.i)
            return cut if cut is not None else span
    return span


def _under_another_verb(clause: Token, verb: Token) -> bool:
    """Whether a clause hangs on a verb other than `verb` on its way up to it."""
    node = clause.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            return True
        node = node.head
    return False


# Verbs whose object is the one told, not what was said: "the answer, she
# told them, was simple"; but "told the story of the flood" tells a thing.
_TELLING_TO = words("tell inform assure remind")
_TOLD_THINGS = words("story truth lie tale joke anecdote")


def _addressee(verb: Token, obj: Token) -> bool:
    if (
        obj.dep_ == "xcomp"
        and obj.i == verb.i + 1
        and verb_lemma(verb) in _TELLING_TO
        and all(c.dep_ in {"prep", "agent", "advmod", "punct"} for c in obj.children)
    ):
        return True  # "told dpa by telephone": the tagger took the agency for a participle
    return (
        obj.dep_ == "dobj"
        and verb_lemma(verb) in _TELLING_TO
        and obj.lemma_.lower() not in _TOLD_THINGS
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
    )


def _between_commas(verb: Token) -> bool:
    """A frame set off by commas on both sides: ', he said,'."""
    doc = verb.doc
    words_of = [t for t in verb.subtree if not t.is_punct]
    first, last = words_of[0].i, words_of[-1].i
    return (
        first > 0
        and doc[first - 1].text == ","
        and last + 1 < len(doc)
        and doc[last + 1].text == ","
    )


def _told_as_subject(verb: Token) -> Token | None:
    """'Two dead, three wounded in shooting, police say': a headline's
    verbless tally the parser made a second subject of the verb. Returns it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[1].i > verb.i or SENTENCE_END.search(verb.sent.text):
        return None  # a sentence's two subjects are a misparse of other kinds
    told, source = subjects
    between = verb.doc[told.right_edge.i + 1 : source.left_edge.i]
    if [t.text for t in between] != [","] or told.pos_ not in {"NUM", "NOUN"}:
        return None
    # the whole line before the frame, not "..., many of them children, X said"
    return told if told.left_edge.i == verb.sent.start else None


def _denial_end(verb: Token, start: int, end: int) -> int:
    """Where the words a speaker denies stop: before ", saying ..." or "and
    said ...", the speaker's next statement, which is asserted ("denied in a
    statement that the road lacked safety measures, saying that 35 cameras
    had been installed")."""
    if verb_lemma(verb) not in DENIAL_VERBS:
        return end
    doc = verb.doc
    for token in doc[start:end]:
        if _next_statement(token):
            cut = token.i - 1
            while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                cut -= 1
            return cut
    return end


def _said_of_relative(verb: Token) -> Token | None:
    """'the flooding, which county officials said forced 23 rescues': a
    relative clause whose speaker is set inside it; returns the relative
    pronoun, where what they said begins."""
    if verb.dep_ != "relcl":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    pronoun = next((c for c in subjects if c.tag_ == "WDT" and c.i < verb.i), None)
    if pronoun is None or len(subjects) != 2:
        return None
    said = any(c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i for c in verb.children)
    return pronoun if said else None


def _content(verb: Token, sent: Span) -> tuple[int, int] | None:
    """Token range of what the speech verb attributes."""
    doc = sent.doc
    if _anonymity_terms(verb) or _appeal_to_readers(verb) or _left_unsaid(verb):
        return None
    # "..., which the government denied": the clause itself, the pronoun
    # standing for what was denied
    if _answering_clause(verb) or _allegation_denied(verb):
        return _trim(doc, verb.left_edge.i, min(verb.right_edge.i + 1, sent.end))
    segment = _headline_segment(verb, sent)
    if segment is not None:
        return segment
    relative = _said_of_relative(verb)
    if relative is not None:
        return _trim(doc, relative.i, min(verb.right_edge.i + 1, sent.end))
    if _in_what_they_called(verb):
        # "... in what the police high command described as a shoot-out":
        # the label is the named source's claim, not what happened before it
        return _trim(doc, verb.head.i, min(verb.right_edge.i + 1, sent.end))
    # "sees Cruz as a uniter", "views the deal as a mistake": a judgement
    judged = _judged_as(verb)
    if judged is not None:
        return _trim(doc, verb.i + 1, min(judged.right_edge.i + 1, sent.end))
    judgement = _passive_judgement(verb)
    if judgement is not None:
        subject = next(c for c in verb.children if c.dep_ == "nsubjpass")
        start = max(subject.left_edge.i, sent.start)
        return _trim(doc, start, min(judgement.right_edge.i + 1, sent.end))
    cleared = _made_clear(verb)
    if cleared is not None:
        return _trim(doc, cleared.left_edge.i, min(cleared.right_edge.i + 1, sent.end))
    held = _that_clause_holding_frame(verb)
    if held is not None:
        mark, clause = held
        return _trim(doc, mark.i, min(clause.right_edge.i + 1, sent.end))
    told = _told_as_subject(verb)
    if told is not None:
        return _trim(doc, told.left_edge.i, min(told.right_edge.i + 1, sent.end))
    # a clause beyond a semicolon is another statement, however it is parsed
    # "In a statement released after the campaign ended, Cruz said he ...":
    # a clause before the verb opened by "after", "when" and the like is a
    # circumstance, not what was said
    comps = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and not _circumstance(c, verb)
        # nor is a clause before a colon what the speaker after it said
        and not any(
            t.text == ";" or t.text == ":" and c.i < verb.i
            for t in doc[min(c.i, verb.i) : max(c.i, verb.i)]
        )
        # nor the frame before a that-clause the verb heads ("X continues to
        # insist, in an interview, that he wants ...")
        and not (c.i < verb.i and _that_clause_holding_frame(c) is not None)
    ]
    if _shared_subject(verb) is not None:
        # "Minister resigns, says ...": the first clause is the speaker's deed
        comps = [c for c in comps if c.i > verb.i]
    # "While he admitted costs were high, she noted that ...": the parser may
    # take the opening clause's own complement for the verb's; with a clause
    # after the verb, that one is what was said
    if any(c.i > verb.i for c in comps):
        comps = [c for c in comps if not _within_opening_clause(c, verb)]
    # "Carson seems to see it — he told the AP that his task is ...": a clause
    # the verb opens with "that" is what was said, not the one before it; in
    # "..., Obama said, that ..." the "that" may open a clause of result
    if any(
        c.i > verb.i
        and _that_mark(c) is not None
        and not any(t.is_punct for t in doc[verb.i : c.left_edge.i])
        for c in comps
    ):
        comps = [c for c in comps if c.i > verb.i]
    if not comps:
        comps = (
            _clause_before_semicolon(verb)
            or _that_clause_after_aside(verb)
            or _clause_read_as_circumstance(verb)
        )
    if comps:
        comp = comps[0]
        # "say they don't yet know enough": the parser may split one clause
        # into several complements of the verb; the content spans them all
        end = comp.right_edge.i + 1
        if comp.i > verb.i:
            end = max(c.right_edge.i + 1 for c in comps if c.i > verb.i)
        else:
            # "One man was killed and two others were hurt, police said": so
            # may a content before the frame be split at "and"
            end = max(c.right_edge.i + 1 for c in comps if c.i < verb.i)
            # "Thirty-one people survived, many of them with serious injuries,
            # the carrier said": a verbless phrase after the clause is more of it
            end = max(
                [end]
                + [
                    c.right_edge.i + 1
                    for c in verb.children
                    if c.dep_ in {"advcl", "npadvmod", "dep"}
                    and c.pos_ not in {"VERB", "AUX"}
                    and comp.right_edge.i < c.left_edge.i
                    and c.right_edge.i < verb.i
                    and doc[c.left_edge.i - 1].text == ","
                ]
            )
            stranded = _stranded_subject(verb, closing_only=True)
            if stranded is not None and comp.i < stranded.i:
                end = min(end, _closing_frame_start(stranded))
            source = _closing_source(verb) if stranded is None else None
            if source is not None and comp.i < source.i:
                end = min(end, source.left_edge.i - 1)
        # The parser often hangs a second clause of the content on the speech
        # verb: "it was pointed out that the corps ... claimed responsibility",
        # "said 9 were missing, and rescuers had pulled 65 from rooftops".
        # "denied that he had ignored warnings, saying it had been serviced
        # and had passed inspection": what follows the speaker's next
        # statement is more of that one, never more of the clause denied
        saying = next(
            (
                c.i
                for c in verb.children
                if c.dep_ == "advcl" and c.i > comp.i and _after_the_denial(c, comp, verb)
            ),
            None,
        )
        for child in verb.children:
            # "said ..., and denied that ...", "denied that ... and said that ...":
            # the speaker's own second statement, found on its own
            own_statement = verb_lemma(child) in DENIAL_VERBS or (
                is_speech_verb(child) and any(c.dep_ == "ccomp" for c in child.children)
            )
            if child.dep_ != "conj" or child.i < comp.i or own_statement:
                continue
            if saying is not None and child.i > saying:
                continue
            own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
            backshifted = any(c.lower_ in _BACKSHIFT for c in child.children if c.dep_ == "aux")
            if not own_subject or backshifted:
                end = max(end, child.right_edge.i + 1)
        for child in comp.children:
            # "..., while organisers put the number at 10,000": a rival source's
            # own attribution, not more of this one
            # "denied that ..., telling reporters that ...": the speaker's next statement
            rival = child.dep_ == "advcl" and child.i > comp.i and _own_attribution(child, verb)
            rival = rival or _telling(child) or _rival_conjunct(child, comp)
            rival = rival or _speakers_next(child, comp, verb)
            if rival and _trim(doc, max(comp.left_edge.i, sent.start), child.left_edge.i):
                end = min(end, child.left_edge.i)
                while end > comp.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                    end -= 1
            if _speaker_verb_of_denial(child) is not None:
                end = min(end, child.i)  # the denial is an attribution of its own
                while doc[end - 1].is_punct or doc[end - 1].dep_ == "cc":
                    end -= 1
        start = comp.left_edge.i
        if comp.i > verb.i:
            # "said between 10 and 15 people were killed": the parser may hang
            # the clause's subject, or the word opening it, on the verb
            subjectless = not any(c.dep_ in {"nsubj", "nsubjpass"} for c in comp.children)
            start = min(
                [start]
                + [
                    c.i
                    for c in verb.children
                    if c.dep_ == "prep"
                    and verb.i < c.i < comp.i
                    and (subjectless or not any(o.dep_ == "pobj" for o in c.children))
                ]
            )
        span = _trim(doc, max(start, sent.start), min(end, sent.end))
        if span is not None:
            return span
    # "These workers, she explained, were paid too little": the parser may
    # split the clause around its frame into a loose subject and a conjunct
    loose = [
        c
        for c in verb.children
        if c.dep_ in {"dep", "npadvmod"} and c.i < verb.i and c.pos_ in _NOMINAL
    ]
    rest = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and doc[c.left_edge.i - 1].text == ","
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
    ]
    if (
        verb.dep_ == "ROOT"
        and loose
        and rest
        and doc[loose[0].right_edge.i + 1].text == ","
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "cc"} for c in verb.children)
    ):
        span = _trim(doc, loose[0].left_edge.i, min(rest[0].right_edge.i + 1, sent.end))
        if span is not None:
            return span
    # "While he admitted costs were high, she said ...": the parser may hang
    # the speech verb of an opening clause on the clause it reports
    if (
        verb.dep_ == "advcl"
        and verb.head.dep_ == "ccomp"
        and verb.head.i > verb.i
        and _circumstance(verb, verb.head)
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
        and not any(t.text == "," for t in doc[verb.i : verb.head.i])
    ):
        span = _trim(doc, verb.i + 1, min(verb.head.right_edge.i + 1, sent.end))
        if span is not None:
            return span
    # "As the agency reported on Friday, the plant was shut": the main clause;
    # "as she called for a recount" or "as he talked about jobs" says its own
    if (
        verb.dep_ == "advcl"
        and verb.head.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(
            c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in _OWN_TOPIC_PREPS
            for c in verb.children
        )
    ):
        span = _trim(doc, verb.right_edge.i + 1, min(verb.head.right_edge.i + 1, sent.end))
        if span is not None:
            return span
    # "The merger was first reported by the Ledger": what was reported is the
    # subject; "..., but the ministry said ..." after it is the ministry's own
    if _agent(verb) is not None and any(c.dep_ == "nsubjpass" for c in verb.children):
        end = verb.right_edge.i + 1
        for child in verb.children:
            if _rival_conjunct(child, verb):
                end = min(end, child.left_edge.i)
                while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                    end -= 1
        span = _trim(doc, max(verb.left_edge.i, sent.start), min(end, sent.end))
        if span is not None:
            return span
    # "..., he said." parsed as a parenthetical hanging on the main clause;
    # "..., calling him a liar" has content of its own, its object
    own_object = any(
        c.i > verb.i
        and (
            c.dep_ in {"dobj", "xcomp", "oprd"}
            and not _addressee(verb, c)
            or c.dep_ == "prep"
            and c.lower_ in _OWN_TOPIC_PREPS
            and verb_lemma(verb) in REPORTING_VERBS | ADVOCACY_VERBS
        )
        for c in verb.children
    )
    # "..., he said, referring to the convention": a participle with no
    # subject of its own is not the frame of the clause before it
    participle = verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children)
    # "It was, he said, the worst flood in years": a frame set between commas
    # after the verb of the clause it reports, which goes on past it
    if (
        verb.dep_ == "parataxis"
        and verb.head.i < verb.i
        and not own_object
        and not participle
        and _between_commas(verb)
        and any(c.i > verb.right_edge.i and not c.is_punct for c in verb.head.children)
    ):
        head = verb.head
        span = _trim(doc, max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end))
        if span is not None:
            return span
    if (
        verb.dep_ in {"parataxis", "ccomp", "advcl"}
        and verb.head.i < verb.i
        and not own_object
        and not participle
    ):
        head = verb.head
        return _trim(doc, max(head.left_edge.i, sent.start), verb.left_edge.i)
    if (
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and not own_object
        and not participle
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and doc[verb.left_edge.i - 1].text == ","
    ):
        # "... has killed 112 people, the WHO said on Tuesday, warning that
        # ...": the parser may hang a closing frame on the story as a conjunct,
        # even of a clause inside the story ("happened after rain loosened ...")
        head = verb.head
        while head.dep_ != "ROOT" and head.head.i < verb.i:
            head = head.head
        return _trim(doc, max(head.left_edge.i, sent.start), verb.left_edge.i)
    closing = _closing_relative(verb)
    if closing is not None and not own_object and not participle:
        # "... near the town of Kom El-Sabaa in Minya governorate, the Health
        # Ministry said in a statement": a closing frame the parser read as a
        # relative clause of the last noun, maybe taking a clause before it
        root = verb
        while root.head.i != root.i and root.head.i < closing.i:
            root = root.head
        return _trim(doc, max(root.left_edge.i, sent.start), closing.left_edge.i)
    # "The bridge, he says, is a waste of money": a frame set between commas
    # inside the clause it reports, which holds it. "If the vote fails, she
    # argues, the bridge closes": the parser may hang the opening clause on the
    # frame, though it conditions what is reported; it stays in the claim
    opening = [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "prep"}
        and c.i < verb.i
        and c.right_edge.i + 1 < verb.i
        and doc[c.right_edge.i + 1].text == ","
    ]
    words_of = [c for c in verb.children if not c.is_punct and c not in opening]
    first = min([verb.i] + [t.left_edge.i for t in words_of])
    last = max([verb.i] + [t.right_edge.i for t in words_of])
    set_off = (
        verb.dep_ == "parataxis"
        and verb.head.i > verb.i
        and sent.start < first
        and doc[first - 1].text == ","
        and last + 1 < sent.end
        and not own_object
        and not participle
    )
    if set_off and doc[last + 1].text == ",":
        head = verb.head
        start = min([head.left_edge.i] + [c.left_edge.i for c in opening])
        span = _trim(doc, max(start, sent.start), min(head.right_edge.i + 1, sent.end))
        if span is not None:
            return span
    if set_off and doc[last + 1].text == ";":
        # "Fire has destroyed 140 homes, officials say; count could rise": a
        # frame closing its clause before a semicolon reports that clause only
        clause_start = max(
            [sent.start] + [k + 1 for k in range(sent.start, first) if doc[k].text == ";"]
        )
        span = _trim(doc, clause_start, first - 1)
        if span is not None:
            return span
    # headline grammar: "Ministry says 12 killed", "Police say two men held";
    # and "said the levees held on Sunday", which the parser may read as an
    # object with a participle
    for child in verb.children:
        clause_as_object = (
            verb_lemma(verb) == "say"
            and child.pos_ in {"NOUN", "PROPN"}
            and any(
                c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and c.i > child.i
                for c in child.children
            )
        )
        # "Governor says 14 dead in floods": the parser makes the state the
        # object and the count its modifier
        counted_state = child.pos_ == "ADJ" and any(
            c.dep_ == "nummod" and c.i < child.i for c in child.children
        )
        # "UN says 38,000 flee into Makanga": a singular noun after a count
        # above one is a verb the tagger misread
        counted_state = counted_state or (
            child.tag_ == "NN"
            and any(
                c.dep_ == "nummod" and c.i < child.i and c.like_num and c.lower_ not in {"one", "1"}
                for c in child.children
            )
        )
        if (
            child.dep_ == "dobj"
            and child.i > verb.i
            and (child.like_num or child.pos_ == "NUM" or clause_as_object or counted_state)
            and (
                counted_state
                or any(c.dep_ in {"acl", "relcl", "amod"} for c in child.subtree if c.i > child.i)
            )
        ):
            # "Police say two dead": a count and what befell them is a whole claim
            least = 2 if child.like_num or counted_state else 3
            span = _trim(doc, child.left_edge.i, min(child.right_edge.i + 1, sent.end), least)
            if span is not None:
                return span
    lemma = verb_lemma(verb)
    # "called it the worst fire in decades": the object and what it is called
    if lemma in NAMING_VERBS and any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children):
        span = _trim(doc, verb.i + 1, min(verb.right_edge.i + 1, sent.end))
        if span is not None:
            return span
    for child in verb.children:
        # "said legalizing it could create jobs": the parser may take the
        # clause's gerund subject for a complement of the verb
        if (
            lemma in SPEECH_VERBS
            and child.dep_ == "xcomp"
            and child.i == verb.i + 1
            and child.tag_ == "VBG"
            and any(t.tag_ in _FINITE for t in child.subtree)
        ):
            span = _trim(doc, verb.i + 1, min(child.right_edge.i + 1, sent.end))
            if span is not None:
                return span
    # "wants to run again", "urged residents to leave", and "told residents
    # not to drink the water": an instruction given is the teller's claim
    if lemma in COGNITION_VERBS | REPORTING_VERBS or lemma in {"tell", "threaten"}:
        told = any(c.dep_ == "dobj" for c in verb.children) and lemma in _INSTRUCTING_VERBS
        for child in verb.children:
            # "told supporters to “go home and vote”": with a quote mark
            # before it the parser may read the instruction as a purpose
            instruction = (
                told
                and child.dep_ == "advcl"
                and child.tag_ == "VB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            )
            if (child.dep_ == "xcomp" or instruction) and child.i > verb.i:
                span = _trim(doc, verb.i + 1, min(child.right_edge.i + 1, sent.end))
                if span is not None:
                    return span
    # "with police reporting 63 arrests after clashes": the object is the content
    if (
        (
            lemma in STANDALONE_VERBS
            or lemma in REPORTING_VERBS
            or _study_finding(verb)
            or _wanted_object(verb)
        )
        and any(
            c.dep_ == "dobj" and (c.pos_ != "PRON" or _study_finding(verb) and _predicated(c))
            for c in verb.children
        )
    ) or is_estimate_verb(verb):
        # "put the crowd at 25,000, while police estimated it at 8,000": a
        # clause with a subject of its own is the next source's
        end = verb.right_edge.i + 1
        for child in verb.children:
            if (
                child.dep_ in {"advcl", "conj"}
                and child.i > verb.i
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
            ) or (child.i > verb.i and _next_statement(child)):
                # "rejected the accusation, saying officers had ...": what the
                # speaker says next is its own statement, not a rejected one
                end = min(end, child.left_edge.i)
            elif (
                lemma in DENIAL_VERBS
                and child.dep_ == "conj"
                and child.i > verb.i
                and child.pos_ in {"VERB", "AUX"}
            ):
                # "had denied a separate charge and was cleared by a jury":
                # what befell the speaker next is not denied
                end = min(end, child.left_edge.i)
        while end > verb.i + 1 and doc[end - 1].dep_ == "cc":
            end -= 1
        # "endorsed Cruz", "opposes privatisation": a stance towards someone or
        # something named is a claim in two words; "criticized it" is not
        # and "while the agency reported 27": a count reported is one too
        named = any(c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN", "NUM"} for c in verb.children)
        span = _trim(doc, verb.i, min(end, sent.end), least=2 if named else 3)
        if span is not None:
            return span
    if lemma in POSITION_VERBS and lemma not in REPORTING_VERBS | ADVOCACY_VERBS:
        position = _position_prep(verb)
        if position is not None:
            return _trim(doc, verb.i, min(position.right_edge.i + 1, sent.end), least=2)
    if lemma in REPORTING_VERBS | ADVOCACY_VERBS and lemma != "refer":
        # "called for the impeachment of ...", "spoke about the looting"
        # ("referring to the convention" names what was meant, not a claim;
        # after an object, "on" is where: "savaged them on Twitter")
        has_object = any(c.dep_ == "dobj" for c in verb.children)
        # "did not respond to questions about the beatings" says nothing
        silent = any(c.dep_ == "neg" for c in verb.children)
        for child in verb.children:
            if silent:
                break
            if (
                child.dep_ == "prep"
                and child.i > verb.i
                and child.lower_ in _TOPIC_PREPS
                and not (has_object and child.lower_ == "on")
                # "bragged for a year about the costs": "for" a while is when
                and not any(o.ent_type_ in {"DATE", "TIME"} for o in child.children)
            ):
                span = _trim(doc, child.i + 1, min(child.right_edge.i + 1, sent.end))
                # "voted for the tariff", but not "argued for it"
                # "talked about immigration", "spoke out against the tariff": the
                # topic of speech is short, the verb makes it a claim
                if (
                    span is None
                    and (child.lower_ in _POSITION_PREPS or child.lower_ in _SPOKEN_TOPIC_PREPS)
                    and any(o.dep_ == "pobj" and o.pos_ != "PRON" for o in child.children)
                ):
                    span = _trim(doc, verb.i, min(child.right_edge.i + 1, sent.end))
                if span is not None:
                    return span
            # "called for the army to withdraw": parsed as a clause marked "for"
            if (
                child.dep_ == "advcl"
                and child.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in _TOPIC_PREPS for m in child.children)
            ):
                span = _trim(doc, child.left_edge.i + 1, min(child.right_edge.i + 1, sent.end))
                if span is not None:
                    return span
    # "denied killing civilians": what was denied is the gerund
    if lemma in DENIAL_VERBS:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i > verb.i:
                return _trim(doc, child.i, min(child.right_edge.i + 1, sent.end), least=2)
    # "told delegates at the convention that ...": the parser may hang the
    # clause on a noun of the circumstances, which would hide it below; not
    # on another verb ("denied it, telling reporters that ...")
    for token in doc[verb.i + 1 : min(sent.end, verb.i + 8)]:
        if (
            token.lower_ == "that"
            and token.dep_ == "mark"
            and token.head.i > token.i
            and not _under_another_verb(token.head, verb)
        ):
            return _trim(doc, token.i + 1, _denial_end(verb, token.i + 1, sent.end))
    cluster_start, cluster_end = _cluster(verb, sent)
    # "Five people died, police said." / "..., the ministry said in a statement."
    # ("the only one whom Ruiz refused to endorse." ends in a relative clause
    # that says nothing of the words before it)
    if all(t.is_punct or t.is_space for t in doc[cluster_end : sent.end]) and not any(
        a.dep_ == "relcl" for a in (verb, *verb.ancestors)
    ):
        span = _trim(doc, sent.start, cluster_start)
        if span is not None:
            return span
    # "X said in a statement that ...": the clause after "that"
    for token in doc[verb.i + 1 : min(sent.end, verb.i + 8)]:
        if token.lower_ == "that" and token.dep_ in {"mark", "dobj", "nsubj"}:
            return _trim(doc, token.i + 1, _denial_end(verb, token.i + 1, sent.end))
    if lemma in STANDALONE_VERBS:
        end = verb.right_edge.i + 1
        for child in verb.children:
            if child.i > verb.i and _next_statement(child):
                end = min(end, child.left_edge.i)
        while end > verb.i + 1 and doc[end - 1].dep_ == "cc":
            end -= 1
        return _trim(doc, verb.i, min(end, sent.end))
    # "Storm floods valley; officials say three missing", "..., unions say
    # 42,000 jobs at risk": a headline's count after its verb, in words the
    # parser could make no clause of
    if (
        verb.tag_ in {"VBZ", "VBP"}
        and not SENTENCE_END.search(sent.text)
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and any(t.like_num for t in doc[verb.i + 1 : sent.end])
    ):
        return _trim(doc, verb.i + 1, sent.end, least=2)
    return None


# what a reporting verb in a clause of its own speaks of, rather than when
# or where: "as she called for a recount", "as he talked about jobs"
_OWN_TOPIC_PREPS = {"for", "about", "against", "of"}


# Verbs whose object is told to do what follows: "urged voters to stay home"
_INSTRUCTING_VERBS = words("tell urge exhort implore beg ask order instruct advise encourage")


def _headline_verb(token: Token) -> str | None:
    """The verb of saying a headline word is in the present ('Slams' slam,
    'Denies' deny, 'Praises' praise), if it is one."""
    word = token.lower_
    # after a plural source the verb is bare: "Union Leaders Slam ..."
    plural = token.i > 0 and token.nbor(-1).lower_.endswith("s")
    if word.endswith("ies"):
        forms: tuple[str, ...] = (word[:-3] + "y",)
    elif word.endswith("es"):
        forms = (word[:-1], word[:-2])  # "praises", "pushes"
    else:
        forms = (word[:-1],) if word.endswith("s") else ()
    for lemma in forms + ((word,) if plural else ()):
        if lemma in SPEECH_VERBS | REPORTING_VERBS | ADVOCACY_VERBS:
            return lemma
    return None


def _that_clause_after_aside(verb: Token) -> list[Token]:
    """'continues to insist, most recently in an interview, that he ...': after
    an aside the parser may hang the that-clause on the verb it depends on,
    as a clause of circumstance; "so that", "now that" and "in that" are such
    clauses."""
    if verb.dep_ != "xcomp":
        return []
    doc = verb.doc
    for clause in verb.head.children:
        mark = _that_mark(clause)
        if clause.dep_ != "advcl" or clause.i < verb.i or mark is None:
            continue
        words = [t for t in clause.subtree if not t.is_punct]
        if words[0].i == mark.i and doc[mark.i - 1].is_punct:
            return [clause]
    return []


def _that_mark(clause: Token) -> Token | None:
    """The "that" opening a clause, if one does."""
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)


def _that_clause_holding_frame(verb: Token) -> tuple[Token, Token] | None:
    """'The nominee continues to insist, most recently in an interview, that he
    wants ...': after a long aside the parser may hang the frame on the
    that-clause it introduces, as that clause's complement. Returns the
    clause's "that" and its verb."""
    frame = verb.head if verb.dep_ == "xcomp" else verb
    clause = frame.head
    if frame.dep_ != "ccomp" or clause.i < frame.i:
        return None
    mark = _that_mark(clause)
    if mark is None or mark.i < frame.right_edge.i:
        return None
    return mark, clause


def _aside_subject(frame: Token) -> Token | None:
    """The source of a frame set off by commas that the parser hung on the
    clause it frames as a part of it ("state data show" read as a subject):
    the last noun before the verb, hung on it as its subject or as a compound.
    None when the token is no such frame or it frames a clause of its own."""
    doc = frame.doc
    if verb_lemma(frame) not in SPEECH_VERBS | REPORTING_VERBS | FINDING_VERBS:
        return None
    if frame.dep_ not in {"nsubj", "dep", "advcl", "conj", "parataxis"}:
        return None
    if frame.head.pos_ not in {"VERB", "AUX"} or frame.tag_ not in {"VBP", "VBZ", "VBD", "NN"}:
        return None
    if any(c.dep_ in {"ccomp", "dobj", "xcomp", "prep"} for c in frame.children):
        return None
    nouns = [
        c
        for c in frame.children
        if c.dep_ in {"nsubj", "compound"} and c.pos_ in {"NOUN", "PROPN"} and c.i < frame.i
    ]
    if not nouns:
        return None
    before, after = min(c.left_edge.i for c in nouns) - 1, frame.i + 1
    if before < 0 or after >= len(doc) or doc[before].text != "," or doc[after].text != ",":
        return None
    return nouns[-1]


def _clause_read_as_circumstance(verb: Token) -> list[Token]:
    """'Trump said after the convention he would not accept ...': with no
    "that", the parser may take the phrase between the verb and its clause for
    the opening of a clause of circumstance. A clause after the verb with a
    subject of its own and no word opening it ("when", "because") is what was
    said; a verb that has an object ("unveiled a list") frames no clause."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
        and not any(m.dep_ == "mark" or m.tag_ == "WRB" for m in c.children)
    ]


def _clause_before_semicolon(verb: Token) -> list[Token]:
    """'Aides said the delay was deliberate; they learned of it on Friday':
    the parser may hang the said clause on the next statement's verb, beyond
    the semicolon; the clause before it is still what was said."""
    doc = verb.doc
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.i < verb.i:
            continue
        stop = next((t.i for t in doc[verb.i : comp.i] if t.text == ";"), None)
        if stop is None:
            continue
        return [c for c in comp.children if c.dep_ == "ccomp" and verb.i < c.right_edge.i < stop]
    return []


def _question_asked(verb: Token) -> Token | None:
    """'Asked whether ..., X said ...', 'When asked about ..., X said': the
    participle of the question put to the speaker."""
    for child in verb.children:
        if (
            child.lemma_.lower() == "ask"
            and child.tag_ == "VBN"
            and child.dep_ in {"advcl", "ccomp", "xcomp", "dep", "conj"}
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            return child
    return None


def _that_clause(verb: Token) -> bool:
    """'noted that the vote was delayed and quoted “...”': a verb that frames
    a quote may also report a that-clause of its own."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and _that_mark(c) is not None for c in verb.children
    )


def _circumstance(clause: Token, verb: Token) -> bool:
    return clause.i < verb.i and any(
        c.dep_ == "mark" and c.lower_ not in {"that", "whether", "if"} for c in clause.children
    )


_NOMINAL = {"NOUN", "PROPN"}


def _within_opening_clause(clause: Token, verb: Token) -> bool:
    """A clause before the verb whose own head sits inside a subordinate clause
    opened by "while", "although" and the like: no comma parts them."""
    doc = verb.doc
    return clause.i < verb.i and any(
        opener.dep_ == "advcl"
        and opener.i < clause.i
        and _circumstance(opener, verb)
        and not any(t.text == "," for t in doc[opener.i : clause.i])
        for opener in clause.children
    )


def _noun_clause(verb: Token, sent: Span) -> tuple[int, int] | None:
    """'rejected claims that the dam was unsafe', 'dismissed reports that ...':
    the clause hanging on the object noun is what is attributed."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in STATEMENT_NOUNS:
            continue
        for clause in obj.children:
            if clause.dep_ in {"acl", "ccomp", "relcl"} and any(
                c.lower_ == "that" and c.dep_ == "mark" for c in clause.children
            ):
                end = clause.right_edge.i + 1
                # "denied reports that tenants had complained, saying a check had
                # been carried out": the speaker's next statement, hung on the clause
                told = [c for c in clause.children if c.i > clause.i and _telling(c)]
                if told:
                    end = told[0].left_edge.i
                return _trim(sent.doc, clause.left_edge.i, min(end, sent.end))
    return None


_TRUE_WORDS = {"true", "correct", "accurate", "case", "right"}
_FALSE_WORDS = {"untrue", "false", "baseless", "wrong", "incorrect", "inaccurate", "unfounded"}


def _statement_read_as_verb(comp: Token) -> tuple[int, int] | None:
    """'said claims that 12 prisoners had died were untrue', with "claims"
    tagged as the content's verb and "were untrue" hung on it: the that-clause
    is what the speaker denies."""
    if comp.pos_ != "VERB" or comp.lower_ not in {
        "claims",
        "reports",
        "allegations",
        "suggestions",
    }:
        return None
    false = any(
        c.dep_ == "ccomp"
        and c.i > comp.i
        and any(a.dep_ in {"acomp", "attr"} and a.lower_ in _FALSE_WORDS for a in c.children)
        for c in comp.children
    )
    clause = next(
        (
            c
            for c in comp.children
            if c.dep_ == "ccomp"
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        ),
        None,
    )
    if not false or clause is None:
        return None
    return _trim(comp.doc, clause.left_edge.i, clause.right_edge.i + 1)


def _denied_as_said(verb: Token) -> Token | None:
    """'Grant disputed that.', 'The ministry denied this, saying ...': a
    denial whose bare object stands for what was just reported; returns the
    object."""
    if verb.lemma_.lower() not in DENIAL_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lower_ in {"that", "this", "it"} and not list(c.children)
        ),
        None,
    )


def _pleads_innocent(verb: Token) -> bool:
    """'pleaded not guilty to charges that she stole ...', 'pleads innocent':
    a plea rejects the charge it answers."""
    if verb_lemma(verb) != "plead":
        return False
    for plea in verb.children:
        if plea.dep_ not in {"acomp", "advmod", "oprd", "dobj"}:
            continue
        if plea.lower_ == "innocent":
            return True
        if plea.lower_ == "guilty" and any(
            c.dep_ == "neg" for holder in (plea, verb) for c in holder.children
        ):
            return True
    return False


# Whom a speaker answers for: "his client", "my client".
_REPRESENTED = words("client")


def _denial_on_behalf(verb: Token, span: tuple[int, int]) -> bool:
    """'A lawyer said his client "categorically denies" stealing', 'she said
    she denies it': a denial relayed by the one who denies, or by whoever
    speaks for them, is a denial; "police said the suspect denied it" is
    the police's account of someone else's denial."""
    for comp in verb.children:
        if comp.dep_ != "ccomp" or not span[0] <= comp.i < span[1]:
            continue
        if verb_lemma(comp) not in DENIAL_VERBS or any(c.dep_ == "neg" for c in comp.children):
            continue
        subject = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subject is not None and (
            subject.pos_ == "PRON" or subject.lemma_.lower() in _REPRESENTED
        ):
            return True
    return False


def _false_verdict(holder: Token) -> bool:
    """Whether a clause says its subject is false: "was false", "was not
    true", "were incorrect"."""
    negated = any(c.dep_ == "neg" for c in holder.children)
    return any(
        c.dep_ in {"acomp", "attr", "oprd"}
        and (c.lower_ in _TRUE_WORDS and negated or c.lower_ in _FALSE_WORDS)
        for c in holder.children
    )


def _after_verdict(attribution: Attribution, verb: Token) -> Attribution | None:
    """'said that was false and that no deaths had been reported': what the
    speaker goes on to assert after a verdict it denies with."""
    if attribution.stance != "denies":
        return None
    verdict = _called_false(verb)
    if verdict is None:
        return None
    doc = verb.doc
    end = min(verdict.right_edge.i + 1, verb.sent.end)
    span = _trim(doc, _before_conjuncts(verdict), end)
    if span is None:
        return None
    while doc[span[0]].dep_ == "cc" or doc[span[0]].lower_ == "that":
        span = (span[0] + 1, span[1])
    start, stop = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    return Attribution(start, stop, attribution.speaker, attribution.phrase, verb=-1)


def _before_conjuncts(clause: Token) -> int:
    """Where a clause ends before the clauses joined to it."""
    joined = [c.i for c in clause.children if c.dep_ in {"cc", "conj"} and c.i > clause.i]
    return min(joined, default=clause.right_edge.i + 1)


def _called_false(verb: Token) -> Token | None:
    """'Police said that was false', 'said that number was wrong', 'said the
    reports were not true': the clause giving a verdict on something reported
    before, which the speaker denies; a clause inside it ("it was untrue that
    ...") is read by `_negated_truth`."""
    for comp in verb.children:
        if comp.dep_ != "ccomp" or not _false_verdict(comp):
            continue
        subject = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ in {"ccomp", "acl", "relcl"} for c in subject.children):
            continue
        if subject.lower_ in {"that", "this", "it"} or any(
            c.dep_ == "det" and c.lower_ in {"that", "this", "those", "these", "the"}
            for c in subject.children
        ):
            return comp
    return None


def _labelled_false(verb: Token) -> bool:
    """'termed the reports "rumours"', 'described the figure as "exaggerated
    and baseless"': a label that rejects what it names."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    # "called the reports lies": the parser may read the label as a verb
    labels = [c for c in verb.children if c.dep_ in {"oprd", "ccomp"}]
    labels += [o for p in verb.children if p.lower_ == "as" for o in p.subtree if o.i > p.i]
    return any(
        t.lemma_.lower() in _REJECTING_LABELS or t.lower_ in _FALSE_WORDS
        for label in labels
        for t in [label, *label.conjuncts]
    )


# Words that call a report or figure untrue: "termed the reports rumours".
# ("false", "baseless" and the like are read by `_FALSE_WORDS`).
_REJECTING_LABELS = words("rumour rumor lie fabrication fiction hoax exaggerated fabricated")


def _negated_truth(verb: Token, sent: Span) -> tuple[int, int] | None:
    """'said it was not true that ...', 'said it was untrue that ...': the
    speaker denies the inner clause; returns its token range."""
    for comp in verb.children:
        if comp.dep_ != "ccomp":
            continue
        misread = _statement_read_as_verb(comp)
        if misread is not None:
            return misread
        negated = any(c.dep_ == "neg" for c in comp.children)
        truth = [
            c
            for c in comp.children
            if c.dep_ in {"acomp", "attr"}
            and (c.lower_ in _TRUE_WORDS and negated or c.lower_ in _FALSE_WORDS)
        ]
        if not truth:
            continue
        # "said claims that it had shelled the school were untrue"
        claims = [
            c for c in comp.children if c.dep_ == "nsubj" and c.lemma_.lower() in STATEMENT_NOUNS
        ]
        for claim in claims:
            for clause in claim.children:
                if clause.dep_ in {"ccomp", "acl"} and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                ):
                    return _trim(sent.doc, clause.left_edge.i, clause.right_edge.i + 1)
        for holder in [comp, *truth]:
            for clause in holder.children:
                if clause.dep_ in {"ccomp", "csubj", "acl"} and clause.i > truth[0].i:
                    return _trim(
                        sent.doc, clause.left_edge.i, min(clause.right_edge.i + 1, sent.end)
                    )
    return None


def _cluster(verb: Token, sent: Span) -> tuple[int, int]:
    """Token range of the attribution itself: subject, verb and the verb's
    trailing circumstances ("police said on Monday in a statement")."""
    subject = _subject(verb)
    start = verb.i
    end = verb.i + 1
    if subject is not None and sent.start <= subject.i < sent.end:
        start = min(start, subject.left_edge.i)
        end = max(end, subject.right_edge.i + 1)
        if (
            verb.dep_ == "relcl"
            and verb.head.i == subject.left_edge.i - 1
            and describes_speaker(verb.head)
        ):
            start = min(start, verb.head.left_edge.i)
    for child in verb.children:
        if child.i > verb.i and child.dep_ in {"prep", "npadvmod", "advmod", "agent", "prt"}:
            end = max(end, child.right_edge.i + 1)
        # "..., police told reporters.": whom it was told is part of the frame
        if child.i > verb.i and child.dep_ in {"dobj", "dative"} and verb_lemma(verb) == "tell":
            end = max(end, child.right_edge.i + 1)
    return max(start, sent.start), min(end, sent.end)


def _frame_line_subject(sent: Span) -> Token | None:
    """The subject of a line that only frames a quote beside it: 'Ana Ruiz
    said:', 'said Ana Ruiz.'"""
    verbs = [t for t in sent if is_speech_verb(t)]
    if not verbs:
        return None
    verb = verbs[-1]
    if any(c.dep_ in {"ccomp", "dobj"} and c.pos_ != "PRON" for c in verb.children):
        return None  # the line has content of its own
    subject = _subject(verb)
    if subject is None or not (sent.start <= subject.i < sent.end):
        return None
    return subject


class AttributionFinder:
    """Find attributions in one parsed article."""

    def __init__(self, doc: Doc, resolver: SpeakerResolver, paras: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.resolver = resolver
        self.paras = paras
        self.text = doc.text  # Doc.text joins every token: read it once
        self.quotes = find_quotes(self.text, paras)
        self.quotes = sorted(self.quotes + self._block_quotes(), key=lambda q: q.start)
        self.used_verbs: set[int] = set()
        # every attribution found so far, for "it said" and "they said"
        self.known: list[Attribution] = []
        self._headline: dict[tuple[int, int], bool] = {}
        # (after the state above: a framed phrase is found through its frame's speaker)
        # and a signed quote is speech, verb or not ("“A disgrace.” ― Ana Ruiz")
        self.direct = [
            q
            for q in self.quotes
            if is_direct(doc, q) or self._framed_phrase(q) or self._signed_phrase(q)
        ]

    # -- helpers ---------------------------------------------------------------

    def paragraph_of(self, char: int) -> tuple[int, int]:
        for start, end in self.paras:
            if start <= char < end:
                return start, end
        return char, char

    def is_headline(self, char: int) -> bool:
        """Headlines, captions and datelines hold no full stop."""
        start, end = self.paragraph_of(char)
        if (start, end) not in self._headline:
            self._headline[(start, end)] = not SENTENCE_END.search(self.text, start, end)
        return self._headline[(start, end)]

    def speaker_of(self, subject: Token | None) -> Speaker:
        if subject is None:
            return NO_SPEAKER
        if subject.lower_ in {"they", "it", "we"} | _GROUP_POSSESSIVES.keys():
            return self._recent_group(subject)
        return self.resolver.from_subject(subject)

    def _recent_group(self, pronoun: Token) -> Speaker:
        """'they said', 'it said': the speaker that last spoke, or was last the
        subject of a sentence, before this one and that the pronoun can mean
        (see SpeakerResolver.antecedent)."""
        said = _GROUP_POSSESSIVES.get(pronoun.lower_, pronoun.lower_)
        kinds = {"organisation"} if said == "it" else {"organisation", "group", "anonymous"}
        candidates: list[tuple[int, Speaker]] = []
        for a in self.known:
            if a.end > pronoun.idx or a.speaker.name is None:
                continue
            subject = _subject(self.doc[a.verb]) if a.verb >= 0 else None
            if subject is None or subject.pos_ == "PRON":
                # "according to the ministry", or an earlier "they" already resolved
                fits = a.speaker.kind == "organisation" or (
                    said == "they" and subject is not None and subject.lower_ == "they"
                )
            else:
                fits = self.resolver.antecedent(subject, said) is not None
            if fits and a.speaker.kind in kinds:
                candidates.append((a.start, a.speaker))
        doc = self.doc
        # "Republicans said ...; they only learned ...": the subject of the
        # same sentence's main verb counts too
        for token in reversed(doc[max(0, pronoun.sent.start - 60) : pronoun.i]):
            if token.i >= pronoun.sent.start and token.head.dep_ != "ROOT":
                continue
            if token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ in {"NOUN", "PROPN"}:
                found = self.resolver.antecedent(token, said)
                if found is not None:
                    candidates.append((token.idx, found))
                    break
        if not candidates:
            return NO_SPEAKER
        speaker = max(candidates, key=lambda c: c[0])[1]
        return Speaker(speaker.name, speaker.kind, speaker.role, inferred=True)

    # -- direct quotes ---------------------------------------------------------

    def quote_attributions(self) -> list[Attribution]:
        found: list[Attribution] = []
        for quote in self.direct:
            verb, speaker, phrase = self._frame(quote)
            if verb is not None:
                self.used_verbs.add(verb.i)
            if speaker is None:
                speaker, phrase = self._orphan_speaker(quote, found), ""
                if speaker.name is None and self.is_headline(quote.start):
                    continue
            start, end = quote.inner_start, quote.inner_end
            text = self.text
            while end > start and text[end - 1] in " ,;:—-\n":
                end -= 1
            inside = quote_tokens(self.doc, quote)
            # 'said his client "strongly denies any involvement"'
            relayed = (
                verb is not None
                and inside is not None
                and _denial_on_behalf(verb, (inside.start, inside.end))
            )
            attribution = Attribution(
                start,
                end,
                speaker,
                phrase,
                direct=True,
                verb=verb.i if verb is not None else -1,
                stance="denies" if relayed else "asserts",
            )
            found.append(attribution)
            self.known.append(attribution)
        return found

    def fill_orphans(self, attributions: list[Attribution]) -> list[Attribution]:
        """A quote with no speaker of its own, after 'Vask said ...' in the same
        paragraph, continues what that speaker said."""
        filled = []
        for attribution in attributions:
            if attribution.direct and attribution.speaker.name is None:
                p_start = self.paragraph_of(attribution.start)[0]
                earlier = [
                    a
                    for a in attributions
                    if p_start <= a.start and a.end <= attribution.start and a.speaker.name
                ]
                if earlier:
                    speaker = max(earlier, key=lambda a: a.end).speaker
                    inferred = Speaker(speaker.name, speaker.kind, speaker.role, inferred=True)
                    attribution = replace(attribution, speaker=inferred)
            filled.append(attribution)
        return filled

    def _framed_phrase(self, quote: Quote) -> bool:
        """'“Very good reporter, this guy,” Trump said', '“Look at the crowd,” she
        said': words with no finite verb are still quoted speech when they open
        the sentence and a speech verb frames them right after; a phrase quoted
        inside a sentence ('called it a “total disaster,” Ruiz said') is not."""
        doc = self.doc
        span = quote_tokens(doc, quote)
        if span is None or sum(not (t.is_punct or t.is_space) for t in span) < 2:
            return False
        k = span.start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        opening = doc[k] if k >= 0 and doc[k].is_quote else None
        if opening is None or not (
            opening.is_sent_start or opening.idx == self.paragraph_of(quote.start)[0]
        ):
            return False
        frame = self._frame_after(quote, span)
        return frame is not None and is_speech_verb(frame[0])

    def _frame(self, quote: Quote) -> tuple[Token | None, Speaker | None, str]:
        """The verb and speaker introducing a quote, after or before it."""
        doc = self.doc
        span = quote_tokens(doc, quote)
        if span is None:
            return None, None, ""
        # (a dash before a name may parse as a verb with the name its subject)
        signed = self._signature(quote)
        if signed is not None:
            return None, signed, "―"
        after = self._frame_after(quote, span)
        if after is not None:
            return after
        # "He continued, “...”": whatever the verb, the quote is its complement
        root = span.root
        head = root.head
        if root.dep_ == "ccomp" and head.pos_ == "VERB" and head.i < span.start:
            subject = _subject(head)
            if subject is not None and subject.i < head.i and self._same_paragraph(subject, quote):
                return head, self.speaker_of(subject), _phrase(head, subject)
        # "The mayor said: “...”", "He said that “...”"
        node = span[0]
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            if (node.i < span.start or node.i >= span.end) and is_speech_verb(node):
                subject = _subject(node)
                if subject is not None and not (span.start <= subject.i < span.end):
                    return node, self.speaker_of(subject), _phrase(node, subject)
                break
        return self._frame_before(quote, span)

    def _signed_phrase(self, quote: Quote) -> bool:
        span = quote_tokens(self.doc, quote)
        words = 0 if span is None else sum(not (t.is_punct or t.is_space) for t in span)
        return words >= 2 and self._signature(quote) is not None

    def _signature(self, quote: Quote) -> Speaker | None:
        """'“The plan will fail.” ― Ana Ruiz': a dash and a name closing the
        paragraph sign the quote before them, as pull quotes and readers'
        voices are signed, and every quote of a paragraph that opens with one;
        anything else after the dash (a clause, a lower-case word) is not a
        signature."""
        p_start, p_end = self.paragraph_of(quote.start)
        signature = _SIGNATURE.search(self.text, quote.end, p_end)
        if signature is None:
            return None
        before = self.text[quote.end : signature.start()].strip()
        if before and not (quote.start == p_start and before[-1] in CLOSING | STRAIGHT_MARKS):
            return None
        name = self.doc.char_span(*signature.span(1), alignment_mode="expand")
        if name is None or not 2 <= len(name) <= 6:
            return None
        if not all(t.is_title or t.text in {".", "-"} or t.lower_ in _NAME_PARTICLES for t in name):
            return None
        if not (name[0].is_title and name[-1].is_title):
            return None
        return Speaker(name.text, "person")  # spelt out in full where it signs

    def _frame_before(self, quote: Quote, span: Span) -> tuple[Token | None, Speaker | None, str]:
        """'As Ana Ruiz said last week, “...”', 'Ruiz told reporters: “...”':
        a speech verb closing the words just before the opening mark, however
        the parser joined the two."""
        doc = self.doc
        k = span.start - 1
        while k >= 0 and doc[k].is_quote:
            k -= 1
        if k < 0 or doc[k].text not in {",", ":"}:
            return None, None, ""
        p_start = self.paragraph_of(quote.start)[0]
        for token in reversed(doc[max(0, k - 15) : k]):
            if token.idx < p_start or token.text in {".", "!", "?", ";"} or token.is_quote:
                break
            if token.lower_ == "according" and doc[token.i + 1].lower_ == "to":
                # "According to the newspaper, “...”"
                source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
                if source is not None:
                    return None, self.speaker_of(source), "according to"
                break
            if is_speech_verb(token) and token.i not in self.used_verbs:
                subject = _subject(token)
                if subject is not None and subject.i < token.i and subject.idx >= p_start:
                    return token, self.speaker_of(subject), _phrase(token, subject)
                break
        return self._clause_frame(doc[k], p_start)

    def _clause_frame(self, mark: Token, p_start: int) -> tuple[Token | None, Speaker | None, str]:
        """'Mr. Ruiz continued: “...”', 'As Ana Ruiz put it, “...”', 'The
        banner carried a three-word slogan: “...”': a clause that ends at the
        colon or comma before the opening mark presents the quote, whatever its
        verb; its subject says it. After a comma only the sentence's own verb
        (or an "as" clause) does, not a clause setting the scene ("When she
        arrived, “...”")."""
        verb = mark.doc[mark.i - 1] if mark.i > 0 else None
        while verb is not None and verb.pos_ not in {"VERB", "AUX"}:
            verb = None if verb.head.i == verb.i or verb.head.i >= mark.i else verb.head
        if (
            verb is None
            or verb.i in self.used_verbs
            or verb.lemma_ in _COPULAS | {"have"}
            or verb.idx < p_start
        ):
            return None, None, ""
        if mark.text == "," and not (
            verb.dep_ == "ROOT"
            or (
                verb.dep_ == "advcl"
                and any(c.lower_ == "as" and c.dep_ in {"mark", "prep"} for c in verb.children)
            )
        ):
            return None, None, ""
        if any(c.dep_ in {"ccomp", "xcomp"} and c.i < mark.i for c in verb.children):
            return None, None, ""  # the clause has content of its own
        subject = _subject(verb)
        if subject is None or subject.i > verb.i or subject.idx < p_start:
            return None, None, ""
        return verb, self.speaker_of(subject), _phrase(verb, subject)

    def _frame_after(self, quote: Quote, span: Span) -> tuple[Token, Speaker, str] | None:
        """'"...," said Igor Petrenko, the ministry's spokesman.' or '"...," he said.'"""
        doc = self.doc
        p_end = self.paragraph_of(quote.start)[1]
        k = span.end
        while k < len(doc) and (doc[k].is_quote or doc[k].text == ","):
            k += 1
        frame = []
        while k < len(doc) and doc[k].idx < p_end:
            token = doc[k]
            if token.text in {".", "!", "?", ";", ":"} or token.is_quote or len(frame) > 18:
                break
            frame.append(token)
            k += 1
        if not frame:
            return None
        first = frame[0]
        ending = self.text[quote.inner_start : quote.inner_end].rstrip()[-1:]
        starts_lower = first.is_lower or first.pos_ == "PRON"
        if ending == "." and not starts_lower:
            return None
        if ending in {"!", "?"} and not (
            starts_lower or first.pos_ == "PROPN" or is_speech_verb(first)
        ):
            return None
        verbs = [t for t in frame if is_speech_verb(t)] or [
            t
            for t in frame
            if t.pos_ == "VERB" and not (frame[0].i <= t.head.i <= frame[-1].i and t.head.i != t.i)
        ]
        if not verbs:
            return None
        verb = verbs[0]
        subject = _subject(verb)
        if subject is None or not (frame[0].i <= subject.i <= frame[-1].i):
            return None
        if ending in {".", "!", "?"} and any(
            c.dep_ == "ccomp" and c.i > verb.i for c in verb.children
        ):
            return None  # '“...” He says referees are ...': a new sentence, its own content
        return verb, self.speaker_of(subject), _phrase(verb, subject)

    def _same_paragraph(self, token: Token, quote: Quote) -> bool:
        return self.paragraph_of(token.idx)[0] == self.paragraph_of(quote.start)[0]

    def _orphan_speaker(self, quote: Quote, earlier: list[Attribution]) -> Speaker:
        """A quote with no frame of its own."""
        doc = self.doc
        span = quote_tokens(doc, quote)
        p_start, p_end = self.paragraph_of(quote.start)
        # "“Freedom is near!” With these words X addressed the public.", and
        # on the next line "That was the message from X."
        if span is not None and span.end < len(doc):
            nxt = doc[min(span.end + 1, len(doc) - 1)].sent
            # the closing mark and the line break may parse as a sentence
            while all(t.is_punct or t.is_space for t in nxt) and nxt.end < len(doc):
                nxt = doc[nxt.end].sent
            if nxt.start >= span.end - 1:
                found = self._back_reference(nxt, same_paragraph=nxt.start_char < p_end)
                if found is not None:
                    return found
        # 'Reporter Ana Ruiz said:' closing the paragraph above, or 'said
        # Ana Ruiz.' opening the one below: the frame is on the next line
        framed = self._neighbour_frame(p_start, p_end)
        if framed is not None:
            return framed
        # a long quote continued after "he said", or reopened in a new paragraph
        for previous in reversed(earlier):
            same_paragraph = previous.start >= p_start
            reopened = self.text[p_start] in OPENING or self.text.startswith(
                tuple(STRAIGHT_MARKS), p_start
            )
            if previous.speaker.name and (
                same_paragraph or (reopened and previous.end >= p_start - 400)
            ):
                return Speaker(
                    previous.speaker.name,
                    previous.speaker.kind,
                    previous.speaker.role,
                    inferred=True,
                )
            break
        return NO_SPEAKER

    def _back_reference(self, sent: Span, *, same_paragraph: bool) -> Speaker | None:
        """The speaker of a sentence pointing back at the quote before it:
        "With these words X addressed the public", "That was the message from
        X", "Those were the words of X"; only a copula with "from" or "of"
        may stand on the next line."""
        root = sent.root
        refs = [t for t in sent if t.lower_ in QUOTE_BACK_REFERENCES and t.i > sent.start]
        subject = None
        if same_paragraph and (refs or root.lemma_.lower() in ADDRESS_VERBS):
            subject = _subject(root)
        # "The warning came from Vance": the quote's source after "from"
        coming = root.lemma_.lower() == "come" and any(
            c.dep_ == "nsubj" and c.lower_ in QUOTE_BACK_REFERENCES for c in root.children
        )
        if coming:
            refs = [root]
        if coming or (
            root.lemma_.lower() == "be"
            and any(c.lower_ in {"that", "those", "these", "this"} for c in root.children)
        ):
            for ref in refs:
                for prep in ref.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}:
                        subject = next((o for o in prep.children if o.dep_ == "pobj"), subject)
        if subject is None:
            return None
        found = self.speaker_of(subject)
        if not found.name:
            return None
        return Speaker(found.name, found.kind, found.role, inferred=True)

    def _neighbour_frame(self, p_start: int, p_end: int) -> Speaker | None:
        doc = self.doc
        paras = self.paras
        at = next((n for n, p in enumerate(paras) if p[0] == p_start), None)
        if at is None:
            return None
        candidates = []
        if at > 0 and self.text[paras[at - 1][1] - 1] == ":":
            tail = doc.char_span(*paras[at - 1], alignment_mode="expand")
            if tail is not None:
                candidates.append(list(tail.sents)[-1])
        if at + 1 < len(paras):
            head = doc.char_span(*paras[at + 1], alignment_mode="expand")
            if head is not None:
                first = next(iter(head.sents))
                # "said Ana Ruiz, the mayor." / "Ana Ruiz said." alone on its line
                if len(first) <= 14 and not any(t.is_quote for t in first):
                    candidates.append(first)
        for sent in candidates:
            subject = _frame_line_subject(sent)
            if subject is None:
                continue
            speaker = self.speaker_of(subject)
            if speaker.name:
                return speaker
        return None

    def _block_quotes(self) -> list[Quote]:
        """'Limbaugh added:' closing a paragraph, and the next paragraph with
        no quotation mark: the web page set the words off as a block quote,
        whose marks the text lost. The words are quoted speech all the same."""
        blocks = []
        for (_, prev_end), (p_start, p_end) in itertools.pairwise(self.paras):
            if self.text[prev_end - 1] != ":" or any(
                p_start <= q.start < p_end for q in self.quotes
            ):
                continue
            frame = self.doc.char_span(prev_end - 1, prev_end, alignment_mode="expand")
            if frame is None or _frame_line_subject(frame.sent) is None:
                continue
            blocks.append(Quote(p_start, p_end, p_start, p_end))
        return blocks

    # -- reported speech -------------------------------------------------------

    def _quotes_a_part(self, verb: Token) -> bool:
        """'said 23 were in critical condition and that the toll "may well
        rise"': the quote is a part of the reported clause, which the verb
        reports whole."""
        for comp in verb.children:
            if comp.dep_ != "ccomp" or comp.i < verb.i:
                continue
            c0 = comp.left_edge.idx
            c1 = comp.right_edge.idx + len(comp.right_edge)
            if any(c0 < q.start < c1 and verb.idx < q.start for q in self.direct):
                return True
        return False

    def reported_attributions(self, taken: list[Attribution]) -> list[Attribution]:
        doc = self.doc
        found: list[Attribution] = []
        inner = [(q.inner_start, q.inner_end) for q in self.direct]
        for sent in doc.sents:
            headline = self.is_headline(sent.start_char)
            verbs = [
                t
                for t in sent
                if (is_speech_verb(t) or is_estimate_verb(t))
                and (t.i not in self.used_verbs or _that_clause(t) or self._quotes_a_part(t))
                # headlines report speech in the present: "Kyiv says", "police report"
                and (not headline or t.tag_ in {"VBZ", "VBP"})
            ]
            verbs.sort(key=_depth)
            denials = self._relative_denials(sent)
            for verb in verbs:
                if any(s <= verb.idx < e for s, e in inner):
                    continue  # speech inside a quote belongs to the quote
                if any(a.start <= verb.idx < a.end for a in found + taken):
                    continue  # nested: "it was pointed out that X claimed ..."
                if any(d.verb == verb.i for d in denials):
                    continue
                attribution = self._reported(verb, sent, taken)
                if attribution is None:
                    continue
                attribution = _before_denial(attribution, denials, self.text)
                attribution = self._first_hand(attribution, sent, taken)
                found.append(attribution)
                self.known.append(attribution)
                rest = self._continued_clause(attribution, sent) or _after_verdict(
                    attribution, verb
                )
                if rest is not None:
                    found.append(rest)
                    self.known.append(rest)
            for denial in denials:
                if not any(a.start < denial.end and denial.start < a.end for a in found + taken):
                    found.append(denial)
                    self.known.append(denial)
            according = self._according_to(sent)
            for stance in self._attitudes(sent) + self._stance_nouns(sent):
                if not any(a.start < stance.end and stance.start < a.end for a in found + taken):
                    found.append(stance)
                    self.known.append(stance)
            for claim in self._claim_nouns(sent) + self._swallowed_asides(sent):
                if not any(a.start < claim.end and claim.start < a.end for a in found + taken):
                    found.append(claim)
                    self.known.append(claim)
            if according is not None and not any(
                a.start <= according.start < a.end for a in found + taken
            ):
                found.append(according)
                self.known.append(according)
            held = None if headline else self._in_source(sent)
            if held is not None and not any(
                a.start < held.end and held.start < a.end for a in found + taken
            ):
                found.append(held)
                self.known.append(held)
        return found

    def title_case_headlines(self, taken: list[Attribution]) -> list[Attribution]:
        """'Union Leaders Slam Mayor Over Budget Cuts', 'Governor Vows To Veto
        Tax Bill': in a headline set in title case the parser reads every word
        as a name and finds no verb; a capitalised word that is a verb of
        saying in the present ('Slams', 'Vows', 'Urges') splits the line into
        its source and what the source says."""
        doc = self.doc
        found: list[Attribution] = []
        for p_start, p_end in self.paras:
            # (a headline may close with a full stop, as a title set in a plain-text copy)
            one_line = not SENTENCE_END.search(self.text, p_start, p_end - 1)
            if not one_line or any(p_start <= a.start < p_end for a in taken):
                continue
            line = doc.char_span(p_start, p_end, alignment_mode="expand")
            if line is None:
                continue
            words = [t for t in line if t.is_alpha]
            if len(words) < 4 or sum(not (t.is_title or t.is_upper) for t in words) > 1:
                continue
            for verb in line[1:]:
                if not verb.is_title or _headline_verb(verb) is None:
                    continue
                if any(t.text == ":" for t in line[: verb.i - line.start]):
                    break  # "Poll: Voters Back ...": the colon names the source
                source = [t for t in line[: verb.i - line.start] if not t.is_punct]
                said = [t for t in doc[verb.i + 1 : line.end] if t.is_alpha or t.like_num]
                if not 1 <= len(source) <= 6 or not all(t.is_title or t.is_upper for t in source):
                    break
                if (
                    len(said) < 2
                    or _headline_verb(verb) == "claim"
                    and any(t.lower_ in {"life", "lives"} for t in said)
                ):
                    break  # "Blast Claims 12 Lives": no one speaks
                end = line.end
                while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                    end -= 1
                name = doc[source[0].i : source[-1].i + 1].text
                resolved = self.resolver.from_subject(source[-1])
                if resolved.name and resolved.name.split()[-1] in name:
                    speaker = resolved  # "Governor" is the governor the article names
                elif any(t.ent_type_ == "PERSON" for t in source) or (
                    self.resolver.canonical(name) != name  # a surname the article expands
                ):
                    speaker = Speaker(self.resolver.canonical(name), "person")
                elif source[-1].lower_.endswith("s"):
                    speaker = Speaker(name, "group")  # "Union Leaders", "Black Lawmakers"
                else:
                    speaker = Speaker(name, "organisation")
                start = doc[verb.i + 1].idx
                found.append(
                    Attribution(start, doc[end - 1].idx + len(doc[end - 1]), speaker, verb.text)
                )
                break
        self.known.extend(found)
        return found

    def _first_hand(
        self, attribution: Attribution, sent: Span, taken: list[Attribution]
    ) -> Attribution:
        """'Two people died, police said, the Daily Mail reported': the outlet
        carries the report, the police are its source. A speech verb with its
        own subject standing between the content and the carrier's verb is the
        first-hand attribution."""
        if attribution.verb < 0:
            return attribution
        doc = self.doc
        carrier = doc[attribution.verb]
        # "..., the agency said, citing police": the agency makes the claim
        # and vouches for it; the one it cites stays its source's source
        for verb in carrier.children:
            if (
                verb.dep_ not in {"parataxis", "ccomp", "advcl", "conj"}
                or not is_speech_verb(verb)
                or not attribution.start <= verb.idx < carrier.idx
            ):
                continue
            subject = _subject(verb)
            if subject is None or subject.i < verb.left_edge.i or subject.i > verb.i:
                continue
            speaker = self.speaker_of(subject)
            if speaker.name is None:
                continue
            if verb.idx < attribution.end:
                if not _carries(carrier):
                    continue  # the one who says what an inquiry found is the source
                # "Three hikers were rescued, coastguards said, the Herald
                # reported": the inner attribution holds the content itself
                # "A report found that X, the Herald reported": the content
                # follows the inner verb, so the inner attribution holds it too
                inner = self._reported(verb, sent, taken)
                if inner is None or inner.start < verb.idx < inner.end:
                    continue
                self.used_verbs.add(verb.i)
                return inner
            self.used_verbs.add(verb.i)
            return replace(attribution, speaker=speaker, phrase=_phrase(verb, subject), verb=verb.i)
        return attribution

    def _continued_clause(self, attribution: Attribution, sent: Span) -> Attribution | None:
        """'Nine people were rescued, the chief said, and two remain in
        hospital.': the clause after a mid-sentence attribution is the same
        speaker's."""
        if attribution.verb < 0 or attribution.end > self.doc[attribution.verb].idx:
            return None
        doc = self.doc
        verb = doc[attribution.verb]
        _, cluster_end = _cluster(verb, sent)
        k = cluster_end
        while k < sent.end and (doc[k].is_punct and doc[k].text in {",", ";"}):
            k += 1
        # "..., the service said, although none of the crew was hurt"
        if k >= sent.end or doc[k].lower_ not in {"and", "but", "while", "although", "though"}:
            return None
        rest = doc[k + 1 : sent.end]
        if not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in rest):
            return None
        if any(is_speech_verb(t) or is_estimate_verb(t) for t in rest):
            # "..., while Moscow said ...", "..., while rights groups put the
            # number far higher": a speaker of its own
            return None
        span = _trim(doc, k + 1, sent.end)
        if span is None:
            return None
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        return Attribution(start, end, attribution.speaker, attribution.phrase, verb=-1)

    def _claim_nouns(self, sent: Span) -> list[Attribution]:
        """'There is speculation that ...', 'the ministry's claim that ...', 'his
        assertion that ...', 'made the case that ...': a noun of saying with a
        that-clause attributes the clause to whoever holds it. Claims and
        reports may be held by no one named; other nouns need a holder."""
        doc = self.doc
        found = []
        for noun in sent:
            lemma = noun.lemma_.lower()
            if lemma not in STATEMENT_NOUNS or noun.pos_ != "NOUN":
                continue
            head = noun.head
            if noun.dep_ == "dobj" and head.pos_ == "VERB" and is_speech_verb(head):
                continue  # "rejected claims that": the verb's own attribution
            light = noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS
            # "made the case for weeks that ...": the clause may hang on the verb
            owners = [noun, head] if light else [noun]
            clause = next(
                (
                    c
                    for owner in owners
                    for c in owner.children
                    # "a denial that its crews had ...": the parser may call it relative
                    if c.dep_ in {"acl", "ccomp", "relcl"}
                    and c.i > noun.i
                    and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                ),
                None,
            )
            if clause is None:
                continue
            end = clause.right_edge.i + 1
            if light:
                # "made the point that the plan, bent by ..., would fail": the
                # parser may hang the clause's verb on the light verb
                end = max(
                    [end]
                    + [c.right_edge.i + 1 for c in head.children if c.dep_ == "ccomp" and c.i > end]
                )
            span = _trim(doc, clause.left_edge.i, min(end, sent.end))
            if span is None:
                continue
            holder = next((c for c in noun.children if c.dep_ == "poss"), None)
            if holder is None:
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
                        holder = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if holder is None and light:
                holder = _subject(head)
            if holder is not None:
                speaker = self.speaker_of(holder)
            elif lemma in CLAIM_NOUNS:
                speaker = ANONYMOUS
            else:
                continue  # "the belief that ...": no one's in particular
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            stance = "denies" if lemma == "denial" else "asserts"
            phrase = doc[head.i : noun.i + 1].text if light else noun.text
            found.append(Attribution(start, end, speaker, phrase, stance=stance))
        return found

    def _swallowed_asides(self, sent: Span) -> list[Attribution]:
        """'Since January, state data show, 112 people have died', '...,
        records show, and experts say ...': the parser may take a frame set
        off by commas for a noun phrase ("data show" as the subject of "died")
        or for a clause of its own; the clause around it is still its source's."""
        doc = self.doc
        found = []
        for frame in sent:
            subject = _aside_subject(frame)
            if subject is None:
                continue
            clause = frame.head
            opening = doc[subject.left_edge.i - 1]
            start = max(clause.left_edge.i, sent.start)
            if frame.dep_ == "conj" and frame.i + 2 < sent.end and doc[frame.i + 2].dep_ == "cc":
                # "..., records show, and experts say ...": the frame closes its clause
                span = _trim(doc, start, opening.i)
            else:
                span = _trim(doc, start, min(clause.right_edge.i + 1, sent.end))
            if span is None:
                continue
            begin, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            phrase = doc[subject.left_edge.i : frame.i + 1].text
            found.append(Attribution(begin, end, self.speaker_of(subject), phrase, verb=frame.i))
        return found

    def _attitudes(self, sent: Span) -> list[Attribution]:
        """'Republicans have been critical of her emails', 'the mayor is
        confident that the bill passes', 'Ruiz is a longtime critic of the
        tariff': a named holder's stance towards what the adjective or noun
        takes. A bare "is critical" takes nothing and says no more."""
        doc = self.doc
        found = []
        for word in sent:
            if not _attitude_word(word):
                continue
            lemma = word.lower_
            if word.dep_ != "acomp" and word.pos_ == "VERB":
                verb = word  # "are opposed to": the parser reads a passive
            else:
                verb = word.head
                while verb.dep_ == "prep" or verb.dep_ == "attr" and verb.pos_ != "AUX":
                    verb = verb.head
                if verb.pos_ not in {"AUX", "VERB"} or verb.lemma_.lower() not in _COPULAS:
                    continue
            complement = next(
                (
                    c
                    for c in word.children
                    if c.i > word.i
                    and (
                        c.dep_ == "prep"
                        and c.lower_ in _STANCE_PREPS
                        and any(o.dep_ in {"pobj", "pcomp"} for o in c.children)
                        or c.dep_ == "agent"  # "was delighted by the uproar"
                        or c.dep_ == "ccomp"
                        or c.dep_ == "xcomp"
                        and lemma not in _CONVICTIONS
                    )
                ),
                None,
            )
            if complement is None:
                continue
            subject = _subject(verb)
            if subject is None:
                continue
            # "the bridge is critical to the economy": only people hold stances
            speaker = self.speaker_of(subject)
            if speaker.name is None or speaker.kind not in {"person", "organisation", "group"}:
                continue
            span = _trim(doc, word.i, min(_end_before_aside(complement), sent.end))
            if span is None:
                continue
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            # the frame as written: "have been critical", "is one of the supporters"
            first = min(
                [verb.i] + [c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}]
            )
            found.append(Attribution(start, end, speaker, doc[first : word.i + 1].text))
        return found

    def _relative_denials(self, sent: Span) -> list[Attribution]:
        """'..., which she denied', '..., a claim the company denied': a denial
        in a relative clause closing the sentence is its subject's own claim,
        denying what came before, not more of what the sentence reports."""
        found = []
        for verb in sent:
            if verb.dep_ != "relcl" or verb_lemma(verb) not in DENIAL_VERBS:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.tag_ in {"WDT", "WP"}:
                continue  # "the company, which denied that ...": the company speaks
            which = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "WDT"), None)
            noun = verb.head
            if which is not None:
                first = which  # "..., which she denied"
            elif noun.lemma_.lower() in REJECTED_NOUNS and not any(
                c.dep_ == "dobj" for c in verb.children
            ):
                # "..., a claim the company denied", "..., a figure the government rejects"
                first = noun.left_edge
            else:
                continue
            if first.i == sent.start or self.doc[first.i - 1].text != ",":
                continue
            end = _frame_end(verb)
            start_char = first.idx
            end_char = self.doc[end - 1].idx + len(self.doc[end - 1])
            speaker = self.speaker_of(subject)
            found.append(
                Attribution(
                    start_char,
                    end_char,
                    speaker,
                    _phrase(verb, subject),
                    verb=verb.i,
                    stance="denies",
                )
            )
        return found

    def _stance_nouns(self, sent: Span) -> list[Attribution]:
        """'The governor took a swipe at the plan', 'made no mention of the
        deficit', 'Ruiz's criticism of the plan': a noun of stance, held by a
        light verb's subject or by its possessor, aimed through a preposition
        at what the holder judges."""
        doc = self.doc
        found = []
        for noun in sent:
            lemmas = {noun.lemma_.lower(), noun.lower_}
            verb = noun.head
            owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _holder(noun)
            light = verb.lemma_.lower()
            received = self._received_stance(noun, sent)
            if received is not None:
                found.append(received)
                continue
            if noun.dep_ == "dobj" and (
                lemmas & STANCE_NOUNS
                and light in STANCE_LIGHT_VERBS
                or lemmas & _HAD_STANCES
                and light == "have"
            ):
                holder, first, holders, preps = _subject(verb), verb, (noun, verb), _TARGET_PREPS
            elif (
                owner is not None
                and lemmas & HELD_STANCE_NOUNS
                # "no word from the army on the claim": a stance not given
                and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
            ):
                # "his statement at the debate": where, not about what
                holder, first, holders, preps = owner, noun, (noun,), _HELD_TARGET_PREPS
            else:
                continue
            target = next(
                (
                    c
                    for head in holders
                    for c in head.children
                    if c.i > noun.i
                    and (
                        c.dep_ == "prep"
                        and c.lower_ in preps
                        and any(o.dep_ in {"pobj", "pcomp"} for o in c.children)
                        # "his proposal to ban the tolls", "her plans to spend $1 million"
                        or head is noun
                        and c.dep_ == "acl"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    )
                ),
                None,
            )
            if target is None or holder is None:
                continue
            speaker = self.speaker_of(holder)
            if speaker.name is None or speaker.kind not in {"person", "organisation", "group"}:
                continue
            span = _trim(doc, first.i, min(_end_before_aside(target), sent.end))
            if span is None:
                continue
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            found.append(Attribution(start, end, speaker, doc[first.i : noun.i + 1].text))
        return found

    def _received_stance(self, noun: Token, sent: Span) -> Attribution | None:
        """'The plan has drawn harsh criticism from the unions': the stance is
        the ones after "from" towards the subject."""
        verb = noun.head
        if (
            noun.dep_ != "dobj"
            or noun.lemma_.lower() not in RECEIVED_STANCES
            or verb.lemma_.lower() not in RECEIVING_VERBS
        ):
            return None
        source = next(
            (
                o
                for prep in (*noun.children, *verb.children)
                if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > noun.i
                for o in prep.children
                if o.dep_ == "pobj"
            ),
            None,
        )
        subject = _subject(verb)
        if source is None or subject is None or subject.i > verb.i:
            return None
        speaker = self.speaker_of(source)
        if speaker.name is None or speaker.kind not in {"person", "organisation", "group"}:
            return None
        doc = self.doc
        span = _trim(doc, max(subject.left_edge.i, sent.start), noun.i + 1)
        if span is None:
            return None
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        return Attribution(start, end, speaker, doc[verb.i : noun.i + 1].text)

    def _reported(self, verb: Token, sent: Span, taken: list[Attribution]) -> Attribution | None:
        doc = self.doc
        subject = _subject(verb)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive:
            agent = _agent(verb)
            if subject is not None and subject.lower_ == "it":
                speaker = ANONYMOUS  # "it was pointed out that ..."
            elif agent is not None:
                speaker = self.speaker_of(agent)
            elif _passive_judgement(verb) is not None:
                speaker = ANONYMOUS  # "the plan is widely seen as a mistake"
            else:
                return None  # "three deaths were reported": a plain fact sentence
        elif (source := _as_reported_in(verb)) is not None:
            speaker = self.speaker_of(source)
        elif subject is None:
            return None
        else:
            speaker = self.speaker_of(subject)
        if verb_lemma(verb) in _SAYERS_ONLY and speaker.kind not in {
            "person",
            "organisation",
            "group",
        }:
            # "the river threatens to cut off the village", "the beam broke
            # with a crack": no one speaks
            return None
        stance = "asserts"
        span = _noun_clause(verb, sent) or _content(verb, sent)
        if span is None and _pleads_innocent(verb):
            # "Pickering pleaded not guilty at his arraignment": the plea denies
            # the charge whether or not the sentence words it, so it is the claim
            span = _trim(doc, verb.left_edge.i, verb.right_edge.i + 1)
        denied = _denied_as_said(verb) if span is None else None
        if denied is not None:
            # "Grant disputed that.": the denial of what was just reported is
            # the claim, the pronoun standing for it
            span = _trim(doc, max(verb.left_edge.i, sent.start), denied.i + 1)
        if span is not None:
            span = _before_answering_clause(verb, span)
        asked = _question_asked(verb)
        if asked is not None:
            # "Asked whether he would run, Smith said no": the answer means
            # nothing without the question, so the claim holds both
            end = span[1] if span is not None else min(verb.right_edge.i + 1, sent.end)
            span = _trim(doc, asked.left_edge.i, end) if asked.i < verb.i else span
        if (
            span is None
            or verb.dep_ == "acl"
            and span[0] < verb.i
            and not any(c.dep_ == "nsubj" for c in verb.children)
        ):
            # "voters saying they want a ban": the participle's own object
            # or clause, never the sentence its noun sits in; but "The result:
            # ..., a study found" has a subject of its own, hung on the label
            return None
        if verb.lemma_.lower() in DENIAL_VERBS:
            # "did not deny that two fans were arrested" denies nothing
            if not any(c.dep_ == "neg" for c in verb.children):
                stance = "denies"
        else:
            negated = _negated_truth(verb, sent)
            if negated is not None:
                span, stance = negated, "denies"
            elif (verdict := _called_false(verb)) is not None:
                # "said that was false and that no deaths had been reported":
                # the verdict alone is denied, what follows it is asserted
                span, stance = _trim(doc, span[0], _before_conjuncts(verdict)) or span, "denies"
            elif _pleads_innocent(verb) or _denial_on_behalf(verb, span) or _labelled_false(verb):
                stance = "denies"
        start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        # a quote framed by this verb has already been taken
        overlap = sum(max(0, min(end, a.end) - max(start, a.start)) for a in taken if a.direct)
        if overlap > (end - start) / 2:
            return None
        speech_object = any(
            c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in verb.children
        )
        return Attribution(
            start,
            end,
            speaker,
            _phrase(verb, subject),
            verb=verb.i,
            continues_speech=speech_object,
            stance=stance,
        )

    def _according_to(self, sent: Span) -> Attribution | None:
        doc = self.doc
        for token in sent:
            if (
                token.lower_ != "according"
                or token.i + 1 >= sent.end
                or doc[token.i + 1].lower_ != "to"
            ):
                continue
            to = doc[token.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            source = objs[0] if objs else (doc[to.i + 1] if to.i + 1 < sent.end else None)
            if source is None:
                return None
            phrase_end = max(source.right_edge.i + 1, to.i + 2)
            if token.i <= sent.start + 1 and phrase_end >= sent.end - 1:
                # "According to Ana Ruiz, the plan reeks of fear": the parser may
                # take the whole clause after the comma for the source's apposition
                comma = next((t.i for t in doc[source.i : sent.end] if t.text == ","), None)
                if comma is not None:
                    phrase_end = comma + 1
            if token.i <= sent.start + 1:
                span = _trim(doc, phrase_end, sent.end)
            elif all(t.is_punct for t in doc[phrase_end : sent.end]) or any(
                # "..., according to union figures, though the inspectorate
                # says the figure is 12": the rival's own claim follows
                _own_attribution(t)
                for t in doc[phrase_end : sent.end]
            ):
                span = _trim(doc, sent.start, token.i)
            else:
                span = _trim(doc, sent.start, sent.end)
            if span is None:
                return None
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            return Attribution(start, end, self.speaker_of(source), "according to")
        return None

    def _in_source(self, sent: Span) -> Attribution | None:
        """'In a survey released Monday, most farmers backed the levy', 'In
        her view, the council wasted the budget', '..., the senator leads in
        the polls': a clause whose verb takes "in" a study, or "in" someone's
        view, is the study's or the holder's. A study comes first or last in
        its sentence; "in" a place or a time says nothing of a source."""
        doc = self.doc
        for prep in sent:
            verb = prep.head
            if (
                prep.lower_ != "in"
                or prep.dep_ != "prep"
                or verb.pos_ not in {"VERB", "AUX"}
                or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
            ):
                continue
            noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if noun is None or noun.pos_ != "NOUN":
                continue
            lemma = noun.lemma_.lower()
            holder = next((c for c in noun.children if c.dep_ == "poss"), None)
            # "in the eyes of voters", but "in view of the costs" is a reason
            if holder is None and any(c.dep_ == "det" for c in noun.children):
                holder = next(
                    (
                        o
                        for c in noun.children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children
                        if o.dep_ == "pobj"
                    ),
                    None,
                )
            last = all(t.is_punct or t.is_space for t in doc[prep.right_edge.i + 1 : sent.end])
            if {lemma, noun.lower_} & _HELD_VIEWS and holder is not None:
                source = holder
            elif lemma in STUDY_NOUNS and prep.i < verb.i or lemma in _SURVEYS and last:
                source = noun
            else:
                continue
            if prep.i < verb.i:
                span = _trim(doc, prep.right_edge.i + 1, sent.end)
            elif last:
                span = _trim(doc, sent.start, prep.i)
            else:
                continue
            speaker = self.speaker_of(source)
            if span is None or speaker.name is None and lemma not in STUDY_NOUNS:
                continue
            start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            return Attribution(start, end, speaker, doc[prep.i : noun.i + 1].text)
        return None

    # -- quoted words in a predicate -----------------------------------------

    def quoted_word_attributions(self, taken: list[Attribution]) -> list[Attribution]:
        """'The Kremlin was “deeply concerned”': quoted words belong to the subject."""
        doc = self.doc
        found: list[Attribution] = []
        direct = set(self.direct)
        for quote in self.quotes:
            if quote in direct or self.is_headline(quote.start):
                continue
            if any(a.start <= quote.start < a.end for a in taken + found):
                continue
            span = quote_tokens(doc, quote)
            if span is None:
                continue
            # the quoted words may be the predicate itself ("was “deeply concerned”")
            verb: Token | None = span.root
            for _ in range(5):
                if verb is None or verb.pos_ in {"VERB", "AUX"}:
                    break
                verb = None if verb.head.i == verb.i else verb.head
            if verb is None or is_speech_verb(verb):
                continue
            subject = _subject(verb)
            if subject is None or subject.i >= span.start or subject.pos_ == "PRON":
                continue
            speaker = self.speaker_of(subject)
            if speaker.name is None or speaker.kind not in {"person", "organisation"}:
                continue
            sent = verb.sent
            trimmed = _trim(
                doc, max(verb.left_edge.i, sent.start), min(verb.right_edge.i + 1, sent.end)
            )
            if trimmed is None:
                continue
            start, end = doc[trimmed[0]].idx, doc[trimmed[1] - 1].idx + len(doc[trimmed[1] - 1])
            attribution = Attribution(start, end, speaker, "")
            found.append(attribution)
            self.known.append(attribution)
        return found


def _before_denial(attribution: Attribution, denials: list[Attribution], text: str) -> Attribution:
    """What a sentence reports ends before the relative clause denying it."""
    for denial in denials:
        if attribution.start < denial.start < attribution.end:
            end = denial.start
            while end > attribution.start and text[end - 1] in " ,;\n":
                end -= 1
            return replace(attribution, end=end)
    return attribution


def _holder(noun: Token) -> Token | None:
    """Who holds a stance named without a possessive: 'calls from the unions
    for a ban', 'criticism by the mayor of the plan', 'Republican calls for an
    inquiry'."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by"} and child.i > noun.i:
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in {"amod", "compound"}
            and c.i < noun.i
            and c.ent_type_ in {"NORP", "ORG", "PERSON"}
        ),
        None,
    )


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth
