"""Turn the subject of an attribution into a canonical speaker.

Names are resolved across the article: "Petrenko" becomes the fullest name
the article uses ("Igor Petrenko"), "he" and descriptions ("the governor",
"said the economist") become the person most recently introduced as a
subject, "the ministry" the organisation introduced earlier whose name
contains "ministry", and an acronym the article expands its full name. Words
that only describe a name ("local broadcaster KTV") are its role, and a later
"the broadcaster" or "the opposition" means the organisation the article
described so; "they" means a plural or an organisation, never one person. All
of it is one concern, resolving a mention against the article's registry of
names.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .wordlists import KIN_WORDS, TITLE_ABBREVIATIONS, words

TITLES = words(
    """
    president prime minister governor mayor general gen gen. colonel col. major lieutenant
    lt. captain capt. sergeant sgt. spokesman spokeswoman spokesperson chief commander dr
    dr. mr mr. mrs mrs. ms ms. sir senator sen. rep. judge justice pope king queen prince
    princess sheikh chancellor secretary ambassador deputy sheriff inspector detective
    superintendent professor prof. officer commissioner lady lord father rabbi imam
    archbishop bishop trooper garda constable patrolman corporal cpl cpl. tpr tpr.
    brigadier commodore admiral pol sp asp dsp acp cp aig dig igp
    """
) | {title.lower() for title in TITLE_ABBREVIATIONS}
# British copy writes ranks without the full stop: "Det Supt Colin Ferris",
# "Ch Insp Ana Marr", "Cllr Joan Pike".
TITLES |= {title.lower().rstrip(".") for title in TITLE_ABBREVIATIONS} | words("ch dci dcs")
# The head of a province's government, and the grade of "Trooper First Class
# Hannah Lyle".
TITLES |= words("premier first class")
# Words of a job title written before a name: "City Fire Marshal Ann Cole".
ROLE_WORDS = TITLES | words(
    """
    fire marshal city county state district police assistant acting interim executive
    director manager coordinator administrator attorney supervisor councilman councilwoman
    councillor councilor alderman trustee chairman chairwoman chairperson chair ceo coroner medical
    examiner emergency public safety health harbour harbor master head principal
    superintendent warden constable dean provost rev. reverend coach lawyer prosecutor
    solicitor barrister counsel economist analyst researcher historian candidate collector
    magistrate registrar ombudsman auditor comptroller controller treasurer clerk
    pollster strategist consultant campaigner activist churchwarden vicar rector pastor curate
    parent resident homeowner neighbour neighbor undersecretary paramedic td mp mla mep msp
    legislator lawmaker congressman congresswoman assemblyman assemblywoman councilmember
    meteorologist forecaster seismologist geologist hydrologist volcanologist epidemiologist
    pathologist toxicologist undersheriff
    """
)


def a_job(token: Token) -> bool:
    """A word of a job title, in the plural too: "Councilmembers Rosa Delgado
    and Ben Thackery", which the tagger may read as a name."""
    lower = token.lower_
    return lower in ROLE_WORDS or (lower.endswith("s") and lower[:-1] in ROLE_WORDS)


# Role words that only qualify the job after them ("Police Chief", "Acting
# Director"): a job written before a name never ends on one of them.
_ROLE_QUALIFIERS = words(
    """
    city county state district police assistant acting interim executive emergency public
    safety health harbour harbor medical fire first
    """
)
# Letters written after a name for an honour, rank or degree: "Helen Marsh
# KC", "Ana Pike MP"; no part of the name.
POST_NOMINALS = words("kc qc sc bl mp msp mep mla td obe mbe cbe kbe dbe phd")
ORG_NOUNS = words(
    """
    ministry government kremlin police army military agency office department committee
    council service services force command headquarters side administration court ngo
    organisation organization group company firm operator embassy commission parliament
    party union hospital brigade guard directorate regime cabinet presidency bureau
    institute centre center battalion regiment corps network broadcaster newspaper channel
    website navy coastguard legion movement federation authority board team mission utility
    airline railway railroad school university charity municipality city state campaign camp
    television tv radio station bank association league alliance coalition foundation staff
    carrier manufacturer maker producer retailer supplier insurer lender monitor patrol
    """
)
# Sides and panels that speak as one but are no single person: "the
# prosecution says" is never the defendant named last.
SIDE_NOUNS = words("prosecution defence defense management leadership jury panel")
# Sources the article does not name: speaker None, kind "anonymous".
ANONYMOUS_NOUNS = words(
    """
    official source report media outlet insider diplomat observer analyst expert authorities
    people person someone
    """
)
# Unnamed people a later "he" or "she" may refer to: "a police spokesman",
# and people kept anonymous by their work ("a nurse at the clinic, who asked
# not to be named, said ... She said").
UNNAMED_PERSON_NOUNS = words(
    """
    spokesman spokeswoman spokesperson official witness resident rescuer officer source
    doctor nurse medic paramedic surgeon worker employee teacher diplomat engineer
    neighbour neighbor owner driver passenger survivor shopkeeper manager relative
    villager volunteer firefighter lawyer attorney
    """
)
# Last words of a business's name, whatever the recogniser labels it:
# "Marrick Steel", "Tellen Express", "Beltane Textiles".
BUSINESS_NAME_ENDS = words(
    """
    express airline airlines airways lines shipping logistics transport transit motors
    mining aggregates textiles holdings industries inc ltd corp plc terminals homes
    networks services systems utilities resources technologies enterprises partners
    associates mills foods farms properties products
    """
)
# A company's legal form after its name, often in capitals: "Boreal Metals
# AB", "Norvik Timber ASA", "Halden GmbH".
LEGAL_FORMS = words("ab asa ag gmbh nv bv oy oyj spa srl pty llc")
BUSINESS_NAME_ENDS |= LEGAL_FORMS
# Bodies a bare mention of which is the source as worded, not the one of
# them the article named: "police said", "the court heard".
AS_WORDED_BODIES = {"police", "court"}
# Members who speak for the body they belong to: "rebels of the X Front".
ARMED_MEMBER_NOUNS = words("rebel fighter militant insurgent guerrilla")
# Words in the name of an armed group: "the Northern Liberation Front".
ARMED_BODY_WORDS = words("liberation front militia insurgency brigades")
MEMBER_NOUNS = ARMED_MEMBER_NOUNS | words("organiser organizer member representative delegate")
# Documents that speak for the body named as issuing them ("a Kremlin
# statement said"), else as worded ("a police statement said").
DOCUMENT_NOUNS = {
    "statement",
    "communique",
    "communiqué",
    "post",
    "tweet",
    "message",
    "release",
    "bulletin",
}
# Counts a body makes of the dead and hurt: "the government's own count".
TOLL_NOUNS = words("toll count tally")
# Sources of figures, read the same way: "FBI data", "United Nations estimates".
DOCUMENT_NOUNS |= {"data", "datum", "figure", "statistic", "record", "estimate"}
# What a source cites as its evidence, not as a source of its own: "police
# said, citing hospital figures", "the paper reported, citing video footage".
EVIDENCE_NOUNS = words(
    "data datum figure statistic record footage video image photo photograph imagery document"
)
# Where a body posts online: "its Telegram channel", "his Facebook page".
_OUTLETS_ONLINE = words("channel account page feed website site app")
# Names in these positions are places: "the city of X", "the X region".
PLACE_NOUNS = words(
    """
    city town village region province district county state area oblast republic island
    municipality neighbourhood neighborhood suburb port ward constituency parish borough
    """
)
# Descriptions that refer back to the organisation last named in full:
# "the company said", "the agency said", whatever the company is called.
GENERIC_ORG_NOUNS = words(
    "company firm agency utility operator organisation organization office group"
)
# Kinds of outlet: "the broadcaster" may mean whatever television or radio
# the article cited, "the newspaper" the daily it named.
OUTLET_KINDS = [
    words("broadcaster television tv radio station channel"),
    words("newspaper paper daily weekly tabloid"),
]
# Words that name a police force: "Fenmark Constabulary", "Ashmoor Police".
_POLICE_NAMES = {"Police", "Constabulary"}
# Kinds of a release, written between its issuer and the noun.
_RELEASE_KINDS = words("news press media")
# What carries unattributed reports: "reports on social media".
_MEDIA = words("media radio television tv channel press newspaper")
# "local radio station Wave FM", "news website Kora24": the name of an outlet
OUTLET_NOUNS = set().union(*OUTLET_KINDS) | words("network website site outlet")
# Clauses that give a described person's name: "a teacher named Ana Lukic",
# "a farmer identified as Jonas Berg", "a man who gave his name as Petar".
NAMING_VERBS = words("name call identify know give")
# "his" and "her" also hold stances: "his call for a ban", "her pledge to ..."
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_CORE_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "flat", "predet"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# ("Stahl und Montage", "Médecins et Infirmiers", "Agua y Vida")
_NAME_JOINERS = {"of", "for", "the", "and", "on", "de", "&", "und", "et", "y"}
# Small words inside a name: "Ansar al-Wadi Brigades", "Van der Berg Logistics".
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "der", "da", "di", "du", "la", "le"}
_SOURCE_PREPS = {"for", "of", "at", "from", "with", "in", "to", "on", "near"}
# Studies and documents that speak in their own right: "a poll showed".
STUDY_NOUNS = words(
    """
    poll survey study analysis audit census assessment research review inquiry memo filing footage
    ad advert advertisement clip video article editorial letter petition lawsuit documentary
    """
)
# Studies a later "the study" still credits to whoever made them.
RESEARCH_NOUNS = words("poll survey study analysis audit census assessment research review inquiry")
# Participles whose agent made a study: "a poll published by the Varga agency";
# "an assessment seen by the newspaper X" is the newspaper's reading of it.
MAKING_VERBS = words(
    "publish release conduct carry produce issue compile prepare table present submit write author"
)


@dataclass(frozen=True)
class Speaker:
    name: str | None
    kind: str | None  # person | organisation | group | anonymous
    role: str | None = None
    inferred: bool = False


NO_SPEAKER = Speaker(None, None)
ANONYMOUS = Speaker(None, "anonymous")


def _core(head: Token) -> list[Token]:
    """The head noun with its left modifiers: "the Russian Defense Ministry"."""
    tokens = [head]
    for child in head.children:
        if child.dep_ == "poss" and (
            child.pos_ == "PRON"
            or child.lemma_.lower() in {"country", "nation"}
            and head.lemma_.lower() in ORG_NOUNS
        ):
            # "the country's agency" is the national agency, but "the city's
            # finance office" and "the county's health department" keep the
            # place that tells them apart, as worded
            continue
        if child.dep_ in _CORE_DEPS and child.i < head.i:
            tokens.extend(child.subtree)
        if child.dep_ in {"flat", "compound"} and child.i > head.i:
            tokens.extend(child.subtree)
        # "Health Without Borders": a capitalised preposition inside a name
        names = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if child.dep_ == "prep" and child.i == head.i + 1 and child.is_title and names:
            # the name's own words, not a clause hung on its last one
            tokens += [child, *names[0].lefts, names[0]]
    # "... in eastern Kanduri - army": a spaced dash closes what stands
    # before it, however the parser joined the two
    dashes = [
        c.i
        for c in head.children
        if c.text in {"-", "–", "—"} and c.i < head.i and c.i > 0 and c.doc[c.i - 1].whitespace_
    ]
    return sorted(
        (
            t
            for t in tokens
            if not t.is_punct and not t.is_quote and (not dashes or t.i > dashes[-1])
        ),
        key=lambda t: t.i,
    )


def _description(words: list[Token], name_start: int) -> list[Token] | None:
    """The words before a name that only describe it ("local broadcaster KTV",
    "the opposition Democratic Alliance", "state-run agency Tass"), or None when
    a word before the name belongs to it ("Karsia's Defence Ministry"); but
    in "Pelloria's state carrier AeroPel" the place is the carrier's, and the
    kind of body between says the name stands alone."""
    before = _strip_det([t for t in words if t.i < name_start])
    if all(t.is_lower or t.text == "-" or _capitalised_to_open(t) for t in before):
        return before
    if before and before[-1].is_lower and before[-1].lemma_.lower() in ORG_NOUNS | OUTLET_NOUNS:
        return [t for t in before if t.is_lower]
    return None


def _capitalised_to_open(token: Token) -> bool:
    """A common word capitalised only because it opens the sentence:
    "Independent broadcaster KTV said"."""
    return token.is_sent_start and token.pos_ in {"NOUN", "ADJ"} and not token.ent_type_


def _words_before(doc: Doc, start: int) -> list[Token]:
    """The lowercase words just before a name that describe it, however the
    parser attached them: "the opposition Civic Union" (often parsed as two
    noun phrases), "state-run agency Tass"; but not the noun a clause
    opening with the name qualifies ("a network Russia has financed")."""
    noun = doc[start - 1] if start > 0 else None
    if (
        noun is not None
        and any(t.dep_ in {"relcl", "acl"} for t in noun.children if t.i > start)
        and not describes_speaker(noun)
    ):
        return []
    k = start
    while k > 0 and (
        doc[k - 1].is_lower
        and (doc[k - 1].pos_ in {"NOUN", "ADJ"} or doc[k - 1].dep_ == "amod")
        or doc[k - 1].text == "-"
    ):
        k -= 1
    return list(doc[k:start])


def describes_speaker(noun: Token) -> bool:
    """'..., the state news agency Tass reported': the parser often reads an
    outlet's description as a noun that a clause opened by the name
    qualifies; standing beside the sentence, it only describes the name."""
    return noun.dep_ in {"npadvmod", "appos", "dep"} and noun.lemma_.lower() in (
        ORG_NOUNS | OUTLET_NOUNS
    )


_QUANTIFIERS = words("several some many few numerous various both all other another")


def _strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and (
        tokens[0].dep_ in {"det", "predet"}
        or tokens[0].lower_ in {"so", "-", "called"}
        # "several residents", "many officials": a quantifier, like "the"
        or (tokens[0].lower_ in _QUANTIFIERS and len(tokens) > 1)
        # "one worker at the site", "two officials": how many spoke is no
        # part of who they are
        or (
            tokens[0].dep_ == "nummod"
            and tokens[0].like_num
            and (
                tokens[0].head.lemma_.lower() in UNNAMED_PERSON_NOUNS | ANONYMOUS_NOUNS
                # "One club member said", but not "40 percent of the farmers"
                # or "a 34-year-old witness"
                or (
                    tokens[0].head.pos_ == "NOUN"
                    and tokens[0].head == tokens[-1]
                    and not any(c.lower_ == "of" for c in tokens[0].head.children)
                )
            )
        )
    ):
        tokens = tokens[1:]
    return tokens


_DOTTED = re.compile(r"(?:[A-Z]\.){2,6}")
# A post's short form in brackets at the end of the post: "Metropolitan Chief
# Executive (MCE".
_ROLE_SHORT_FORM = re.compile(r"\(([A-Z]{2,5})$")


def _name_cut_at_joiner(tokens: list[Token]) -> list[Token]:
    """'the Health Directorate of the opposition-run Northern Administration',
    which the recogniser cuts at the hyphen, or before it: a name never ends
    on "of the" nor inside a hyphened word, so it runs on to the end of what
    its "of" names, when that is a name; or else it ends before the joiner."""
    doc = tokens[0].doc
    for prep in tokens:
        if prep.dep_ == "prep" and prep.lower_ in _NAME_JOINERS and prep.head in tokens:
            end = prep.right_edge
            if end.i > tokens[-1].i and end.pos_ == "PROPN" and end.i - tokens[0].i < 12:
                return list(doc[tokens[0].i : end.i + 1])
    while tokens and tokens[-1].lower_ in _NAME_JOINERS:
        tokens = tokens[:-1]
    return tokens


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text.replace("\n", " ").strip()


# Abbreviated titles, spelled out to match a later "the sergeant".
TITLE_WORDS = {
    "sgt.": "sergeant",
    "lt.": "lieutenant",
    "col.": "colonel",
    "capt.": "captain",
    "det.": "detective",
    "cpl.": "corporal",
    "pvt.": "private",
    "insp.": "inspector",
    "supt.": "superintendent",
    "cmdr.": "commander",
    "adm.": "admiral",
    "maj.": "major",
    "brig.": "brigadier",
    "gen.": "general",
    "gen": "general",
    "rep.": "representative",
    "sen.": "senator",
    "gov.": "governor",
    "atty.": "attorney",
    "dep.": "deputy",
    "prof.": "professor",
    "rev.": "reverend",
    "dr.": "doctor",
    "pres.": "president",
    "amb.": "ambassador",
    "asst.": "assistant",
    "comm.": "commissioner",
}


_MALE_TITLES = {"mr", "mr.", "sir", "lord", "king", "prince", "father"}
_FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "queen", "princess"}
# Titles that only ever stand before a person's name.
_PERSONAL_TITLES = _MALE_TITLES | _FEMALE_TITLES | {"dr", "dr."}


def _other_gender(role: str | None, pronoun: str | None) -> bool:
    """Whether a title says the person is not the one a pronoun means."""
    if not role or pronoun is None:
        return False
    first = role.split()[0].lower()
    if pronoun in {"she", "her"}:
        return first in _MALE_TITLES
    if pronoun in {"he", "him", "his"}:
        return first in _FEMALE_TITLES
    return False


def _role_holds(role: str | None, word: str) -> bool:
    """Whether a role names the job: "Fire Chief" holds "chief", "Sgt." holds
    "sergeant"."""
    if not role:
        return False
    lower = role.lower()
    # "Sgt." and British copy's "Sgt" alike
    spelled = " ".join(TITLE_WORDS.get(w, TITLE_WORDS.get(w + ".", w)) for w in lower.split())
    word = _SAME_JOB.get(word, word)
    return word in lower or word in spelled


# One job under a headline's shorter name: "Kessmark premier denies ...".
_SAME_JOB = {"premier": "prime minister"}


# Honorifics, longest first. Of the Malaysian ones, "Amar" or "Sri" alone may be a name.
_HONORIFICS = [
    ("datuk", "seri"),
    ("datuk", "amar"),
    ("datuk", "patinggi"),
    ("dato'", "sri"),
    ("dato", "sri"),
    ("tan", "sri"),
    ("datuk",),
    ("dato'",),
    ("dato",),
    # West African ones: "Alhaji Musa Lawan Gwale", "Malam Ibrahim Shehu",
    # the union's "Comrade Joseph Olatunji", a Berom chief's "Da Bulus Dakup"
    ("alhaji",),
    ("alhaja",),
    ("hajiya",),
    ("malam",),
    ("mallam",),
    ("comrade",),
    ("da",),
]


# Verbs of naming someone the article reports on.
_NAMING_VERBS = words("identify name")
# Verbs by which a source gives a count as its own: "the six deaths
# acknowledged by the police", "a toll confirmed by the ministry".
_OWNING_VERBS = words("acknowledge confirm report record register announce give cite admit")

# The article glued to an Arabic surname, which a later mention may drop.
_SURNAME_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


def _without_honorific(tokens: list[Token]) -> list[Token]:
    """'Datuk Amar Lidam Ngumbang' is Lidam Ngumbang, and so is the
    recogniser's "Amar Lidam Ngumbang" where it left "Datuk" with the job."""
    first = tokens[0].i if tokens else 0
    if first > 0 and len(tokens) > 2:
        before = (tokens[0].doc[first - 1].lower_, tokens[0].lower_)
        if any(honorific[:2] == before for honorific in _HONORIFICS):
            return tokens[1:]
    for honorific in _HONORIFICS:
        n = len(honorific)
        if len(tokens) > n + 1 and tuple(t.lower_ for t in tokens[:n]) == honorific:
            return tokens[n:]
    return tokens


def clean_person_name(ent: Span) -> str | None:
    """Drop modals glued on by the tagger ("Will Putin"), titles and possessives."""
    tokens = list(ent)
    while tokens and (
        tokens[0].tag_ == "MD"
        or tokens[0].is_lower
        or tokens[0].lower_ in TITLES
        or (tokens[0].pos_ in {"ADJ", "NOUN", "DET"} and not _given_name_as_noun(tokens[0]))
        # "Fire Marshal Ann Cole", "Councilmembers Rosa Delgado and ..."
        or (a_job(tokens[0]) and len(tokens) > 2)
    ):
        tokens = tokens[1:]
    tokens = _without_honorific(tokens)
    while tokens and (
        tokens[-1].tag_ == "POS"
        or tokens[-1].is_punct
        # "Fergal Lenihan BL", and "Lenihan BL" where the recogniser split off
        # the given name
        or (
            tokens[-1].lower_ in POST_NOMINALS
            and (len(tokens) > 2 or (tokens[-1].is_upper and len(tokens) > 1))
        )
    ):
        tokens = tokens[:-1]
    if not tokens or not any(t.pos_ == "PROPN" for t in tokens):
        return None
    return _text(tokens)  # "Holtz-Eakin" keeps its hyphen unspaced


def _given_name_as_noun(token: Token) -> bool:
    """'District Magistrate (DM) Rajesh Kumar Meena': a given name the tagger
    took for a noun, written in capitals mid-sentence before the rest of
    the name, where a job would be in lower case ("Provincial governor")."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.pos_ == "NOUN"
        and token.is_title
        and not token.is_sent_start
        and token.lower_ not in ROLE_WORDS | UNNAMED_PERSON_NOUNS | ORG_NOUNS
        and nxt is not None
        and nxt.pos_ == "PROPN"
        and nxt.ent_type_ == "PERSON"
    )


# Last words of a street's name that are seldom a person's: "High Street".
_STREET_ENDS = words("street road avenue boulevard highway parkway terrace crescent")


def _names_place(ent: Span) -> bool:
    """'the city of Zorivka', 'the Zorivka region', 'Fenwhistle High Street':
    a place, whatever its label."""
    if len(ent) > 1 and ent[-1].lower_ in _STREET_ENDS and ent[-1].is_title:
        return True
    root = ent.root
    head = root.head
    if root.dep_ == "compound" and head.lemma_.lower() in PLACE_NOUNS:
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


def _in_subject(token: Token) -> bool:
    """Whether the token is (part of) the subject of some verb, or stands in
    topic position before its sentence's main verb ("In Kiev, the advisor,
    Mykhailo Podoliak, reacted ...")."""
    if (
        token.i < token.sent.root.i
        and token.sent.root.pos_ in {"VERB", "AUX"}
        and token.dep_ != "pobj"  # "capsized off Keston, the coast guard said": a place
    ):
        return True
    node = token
    for _ in range(6):
        # "according to the village head, Sam Ode": a source a later "he" may mean
        if node.dep_ in _SUBJECT_DEPS or node.lower_ == "according":
            return True
        if node.dep_ not in {"compound", "appos", "conj", "flat", "amod", "pobj", "prep"}:
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _source_qualifiers(head: Token) -> list[Token]:
    """'spokesman for the fire service', 'sources close to the talks',
    'residents of nearby Kalvo', 'reports on social media': who or where an
    unnamed source is, part of it as worded; not when ("on Monday")."""
    words: list[Token] = []
    for child in head.children:
        if child.i < head.i:
            continue
        if (
            child.dep_ == "prep"
            and child.lower_ in _SOURCE_PREPS
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in child.subtree)
            or (child.dep_ == "amod" and child.lower_ in {"close", "familiar"})
        ):
            extra = list(child.subtree)
            # "a rescue worker at the Station Street site, who asked not to
            # be named,": an aside after a comma says who they are no more
            comma = next((t.i for t in extra if t.text == ","), None)
            if comma is not None:
                extra = [t for t in extra if t.i < comma]
            # nor a short form in brackets: "for the Department for
            # Infrastructure (DfI)"
            bracket = next((t.i for t in extra if t.text == "("), None)
            if bracket is not None:
                extra = [t for t in extra if t.i < bracket]
            if len(extra) <= 7:
                words += extra
    return words + _spread_by(head)


def _spread_by(head: Token) -> list[Token]:
    """'posts circulating on social media', 'witnesses reached by phone', 'a
    report commissioned by the council', 'a source involved in the inquiry':
    who or what an unnamed source is, told by a participle and where or by whom,
    part of it as worded; not when ("circulating overnight"), not its
    speaking ("speaking on condition of anonymity"), and not what it did
    ("protesters carrying 40 coffins"). A paper only travels or was
    commissioned: "records obtained by the Ledger" are the records."""
    paper = head.lemma_.lower() in _PAPERS
    for child in head.children:
        if (
            child.dep_ != "acl"
            or child.tag_ not in {"VBN", "VBG"}
            or child.lemma_.lower() in _SPEAKING | _CARRYING_VERBS
            or (paper and child.lemma_.lower() not in _SPREADING_VERBS)
            or not any(c.dep_ in {"prep", "agent"} for c in child.children)
        ):
            continue
        extra = list(child.subtree)
        # "posts circulating on social media Sunday", "witnesses reached by
        # phone on Monday": where, not when
        stop = next(
            (
                t.head.i if t.dep_ == "pobj" and t.ent_type_ else t.i
                for t in extra
                if t.text == "," or t.ent_type_ in {"DATE", "TIME"}
            ),
            None,
        )
        if stop is not None and stop > child.i + 1:
            extra = [t for t in extra if t.i < stop]
        if (
            len(extra) <= 7
            and not any(t.like_num or t.ent_type_ in {"DATE", "TIME"} for t in extra)
            and not any(t.dep_ == "ccomp" for t in child.children)
        ):
            return extra
    return []


# Verbs by which a source carries another's words: "witnesses quoted by
# state media" are the witnesses, whoever printed them.
_CARRYING_VERBS = words("quote cite")
# Papers and pictures, and how they travel or come to be: "posts circulating
# on social media", "a report commissioned by the council".
_PAPERS = DOCUMENT_NOUNS | EVIDENCE_NOUNS | STUDY_NOUNS | words("report list complaint")
_SPREADING_VERBS = words("circulate share spread post commission")


# Bodies that are places of their own, many of which are never one: "the
# hospitals", "the companies".
_INSTITUTIONS = GENERIC_ORG_NOUNS | words("hospital clinic school university court ministry")
# Nouns that name a body of people in the singular: "staff at the hospital".
_COLLECTIVES = words("staff crew personnel")


def _joined_groups(head: Token) -> list[Token]:
    """'doctors and local journalists say': the other group joined to the
    first, with its own words, as the article words the source."""
    joined = [c for c in head.children if c.dep_ == "conj" and c.tag_ in {"NNS", "NNPS"}]
    if not joined:
        return []
    cc = [c for c in head.children if c.dep_ == "cc"]
    return cc + [t for c in joined for t in _strip_det(_core(c))]


def _participle_qualifier(head: Token) -> list[Token]:
    """'nurses working at the clinic', 'farmers living near the river',
    'lawyers representing the families': who they are, part of an unnamed
    source as worded; not what they did ('protesters carrying 40 coffins')."""
    for child in head.children:
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.i == head.i + 1:
            words = [t for t in child.subtree if not t.is_punct]
            counted = any(t.like_num for t in words)
            if (
                len(words) <= 6
                and not counted
                and not any(t.dep_ == "ccomp" for t in child.children)
            ):
                return words
    return []


# What a relative clause says about a source's speaking or wish to stay unnamed,
# not who it is: "who spoke on condition of anonymity", "who asked not to be named".
_ANONYMITY_WORDS = words("anonymity named identified identify authorised authorized")
_SPEAKING = words("speak say ask decline request refuse talk tell comment")
# What a body a lede describes does when the next paragraph names it: it
# speaks, or gives what it found ("The Audit Office for Corriemount found").
_GIVING_WORD = _SPEAKING | words("find report estimate warn")


def _relative_qualifier(head: Token) -> list[Token]:
    """'friends who were with him', 'a woman who lives in the complex': who an
    unnamed source is, told by a clause right after it; not an aside after a
    comma, and not their wish to stay unnamed ('who asked not to be named')."""
    for child in head.children:
        if child.dep_ != "relcl" or child.left_edge.i != head.i + 1:
            continue
        if child.left_edge.lower_ not in {"who", "that"}:
            continue
        clause = [t for t in child.subtree if not t.is_punct]
        if (
            len(clause) <= 8
            and not any(t.like_num or t.lower_ in _ANONYMITY_WORDS for t in clause)
            and not any(c.dep_ in {"ccomp", "xcomp"} for c in child.children)
            and child.lemma_.lower() not in _SPEAKING
        ):
            return clause
    return []


def _country_of(body: Token) -> list[Token]:
    """'of neighbouring Drevia' after "the foreign ministry": whose body it
    is, when the article names the country only there."""
    for prep in body.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == body.i + 1:
            words = list(prep.subtree)
            if len(words) <= 4 and words[-1].ent_type_ == "GPE" and words[-1].dep_ == "pobj":
                return words
    return []


def _made_for(study: Token) -> list[Token]:
    """'a poll carried out for the Herald', 'a survey conducted for the
    union': the clause saying whom a study was made for, without when; not
    one naming its maker ("commissioned by"), nor one too long to be a name."""
    clause = next((c for c in study.children if c.dep_ == "acl" and c.i == study.i + 1), None)
    if clause is None or clause.tag_ != "VBN":
        return []
    if any(c.dep_ == "agent" for c in clause.children):
        return []
    words = [t for t in clause.subtree if not t.is_punct and t.ent_type_ not in {"DATE", "TIME"}]
    if len(words) > 8 or not any(t.dep_ == "prep" and t.lower_ == "for" for t in words):
        return []
    return words


def _a_body(token: Token) -> bool:
    """'the patrol', 'hospitals': a word for a body, named or not."""
    return token.lemma_.lower() in ORG_NOUNS or token.lower_ in ORG_NOUNS


def _a_kind_of_body(token: Token) -> bool:
    """A lone common word for a kind of body ("council", "Ministry" opening a
    sentence), which names none."""
    return token.lower_ in ORG_NOUNS and not any(c.dep_ == "compound" for c in token.children)


def _kind_in_apposition(ent: Span) -> list[Token]:
    """'the Free Highlands Front, a separatist group,': the kind of body the
    article says a name is, for a later "the group"."""
    for child in ent.root.children:
        if (
            child.dep_ == "appos"
            and child.pos_ == "NOUN"
            and child.lemma_.lower() in ORG_NOUNS
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in child.children)
        ):
            return _strip_det(_core(child))
    return []


def _the_org_noun(token: Token) -> bool:
    """'X, the operator,': an apposition saying X is the organisation in
    question; "Amir Haddad, a crane operator" is a person's job."""
    return (
        token.dep_ == "appos"
        and token.lemma_.lower() in GENERIC_ORG_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


# Kinds of body a description may name by another word: "the union" for a
# "Federation of Port Workers", "a rights group" for a "Prisoners' Aid League".
ORG_KINDS = [
    words("union federation confederation syndicate guild workers teamsters"),
    words("group league association alliance coalition society foundation watch"),
    words(
        "company firm operator corporation corp inc ltd carrier manufacturer maker producer"
        " retailer supplier insurer lender"
    ),
    # "the airline" for "the state carrier AeroPel" or "Transmar Airways"
    words("airline airlines airways carrier"),
    # "the railroad" for the "Appalachian & Ohio Railway"
    words("railroad railway railways"),
]
# Modifiers any body may carry, which link a description to no name.
_VAGUE_MODIFIERS = words(
    "local national regional state federal international provincial city county main new"
)


# Words for a business, which a report may use before naming it.
COMPANY_NOUNS = ORG_KINDS[2] | ORG_KINDS[3]


# Bodies named after their portfolio both ways: "Health Ministry", "Ministry
# of Health".
_PORTFOLIO_BODIES = words("ministry department")
# One portfolio under its several names: "the interior ministry" is "the
# Ministry of Internal Affairs", "the defense ministry" the Ministry of Defence.
_PORTFOLIOS = {
    "interior": "internal",
    "home": "internal",
    "defense": "defence",
    "external": "foreign",
    "labor": "labour",
}


def _name_words(name: str) -> list[str]:
    """Lower-case words of a name or description, without possessive endings:
    "Prisoners' Aid League" -> prisoners, aid, league."""
    found = []
    for word in name.lower().replace("\u2019", "'").split():
        word = word.removesuffix("'s").strip("'")
        if word:
            found.append(word)
    return found


def _only_modifies(word: str, name: str) -> bool:
    """'the government' after 'government forces': in an unnamed body's
    wording the word only says whose the forces are; the head noun says what
    the body is."""
    said = _name_words(name)
    return name.islower() and word in said[:-1] and said[-1:] != [word]


def _same_kind(word: str, name_words: list[str]) -> bool:
    return any(word in kind and any(w in kind for w in name_words) for kind in ORG_KINDS)


def _members(token: Token, nouns: frozenset[str] | None = None) -> bool:
    """'rebels', 'Organisers' (a capital opening a line may make it a name)."""
    nouns = MEMBER_NOUNS | ANONYMOUS_NOUNS if nouns is None else nouns
    lower = token.lower_
    return token.lemma_.lower() in nouns or (lower.endswith("s") and lower[:-1] in nouns)


def _body_of_members(token: Token) -> Token | None:
    """'fighters of the X Front', 'organisers from the Y Union': the named body."""
    if not _members(token):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.i > token.i and prep.lower_ in {"of", "from"}:
            body = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if body is not None and (body.ent_type_ == "ORG" or body.pos_ == "PROPN"):
                return body
    return None


def _issues_documents(token: Token) -> bool:
    """'the FBI's figures', 'a Kremlin statement': a named body that issues
    what it is written before. "police data", "a court statement" or "union
    figures" name no body: the document is the source as worded, as the gold
    conventions word unnamed sources."""
    return token.pos_ == "PROPN" or token.ent_type_ in {"ORG", "GPE", "NORP"}


POLL_NOUNS = words("poll survey")


def _the_poll(head: Token) -> bool:
    """One poll with no owner or count of its own: "the poll", "a new poll",
    a headline's "Poll:"; not "polls", "another poll", "the Pew survey"."""
    return (
        head.lemma_.lower() in POLL_NOUNS
        and head.tag_ == "NN"
        and not any(
            c.dep_ in {"poss", "compound", "nummod"}
            or c.lower_ in {"another", "other", "one", "each", "every"}
            for c in head.children
        )
    )


class SpeakerResolver:
    """Names, people and organisations of one article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ents = list(doc.ents)  # Doc.ents walks every token: read it once
        self.ent_at = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.full_names: dict[str, str] = {}
        self.surname_first: dict[str, str] = {}
        # names read off a headline in title case, where any word may look like one
        self.title_case_names: set[str] = set()
        # (token index, name, role) of people introduced as subjects
        self.subject_people: list[tuple[int, str, str | None]] = []
        # (token index, word, name) of bodies a generic description stood for
        self._generic_told: list[tuple[int, str, str]] = []
        self.orgs: list[tuple[int, str]] = []
        # (token index, name) of organisations named, not just described
        self.named_orgs: list[tuple[int, str]] = []
        self.acronyms: dict[str, str] = {}
        # short forms the article never spells out, read from a name's initials
        self.initials: dict[str, str] = {}
        self._armed_body: str | None = None
        # what the article calls a named organisation: "KTV" -> "local broadcaster"
        self.org_descriptions: dict[str, str] = {}
        # token ranges of names the article abbreviates, with the full name
        self.long_names: list[tuple[int, int, str]] = []
        # descriptions that speak before the body is named: "the national
        # railway company said" before "Nordrail said"
        self.named_first: dict[int, str] = {}
        self._sentence_openers: set[str] | None = None
        self._introductions: dict[str, list[Token]] | None = None
        self._headline_end: int | None = None
        # "Varesh Railways" labelled an organisation once and a person later is
        # the organisation: the recogniser's other reading is a slip
        org_texts = {_bare_name(e) for e in self.ents if e.label_ == "ORG" and len(e) > 1}
        # and so is a name the article calls a kind of body, wherever it
        # stands: "the relief charity Harbour Aid", then "Harbour Aid's director"
        described = _body_names(doc, self.ents)
        # "FK Radnik", "PT Samudra": a club's or company's letters before a
        # name the recogniser took for a person's
        lettered = {_bare_name(e) for e in self.ents if e.label_ == "PERSON" and _lettered(e)}
        self.slips = {
            e.start
            for e in self.ents
            if e.label_ == "PERSON"
            and (len(e) > 1 or _bare_name(e) in lettered)  # "FK Radnik"
            and e[0].lower_ not in _PERSONAL_TITLES  # "Ms Ranasinghe", once taken for a body
            and (
                _bare_name(e) in lettered
                or _bare_name(e) in org_texts
                or _bare_name(e) in described
                # "The Civic Observatory": no person's name opens with "the"
                or e[0].lower_ == "the"
                # "Civic Defence Georgia, a rights group that ...": what it is
                or bool(_kind_in_apposition(e))
                # "Boreal Metals" after "Boreal Metals AB": the body, shortened
                or any(o.startswith(_bare_name(e) + " ") for o in org_texts)
            )
        }
        self._find_acronyms()
        # "the Department for Infrastructure (DfI)", the short form taken for a
        # person: a body's short name is the body
        self.slips |= {
            e.start for e in self.ents if e.label_ == "PERSON" and e.text in self.acronyms
        }
        # proper names of organisations, for "Kestrel" after "Kestrel Mining Corp"
        self.org_names: set[str] = set()
        for ent in self.ents:
            # "World Health Organization (WHO": the name ends at its bracket
            upto = next((t.i for t in ent if t.text == "("), ent.end)
            words = [t for t in ent if t.i < upto and not t.is_punct and t.lower_ != "the"]
            # "Port Authority of Corvane", "Federation of Port and Transport Workers"
            # a capital opens each word, whatever follows ("GreenCycle Materials")
            # "the Kharsan Observatory for Human Rights", taken for a place: a
            # name built on "for" names a body working for its cause
            for_cause = ent.label_ == "FAC" and any(t.lower_ == "for" for t in words[1:-1])
            if (
                (ent.label_ == "ORG" or ent.start in self.slips or for_cause)
                and len(words) > 1
                and not _title_case_line(ent.sent)
                and words[0].text[:1].isupper()
                and words[-1].text[:1].isupper()
                and all(
                    t.text[:1].isupper() or t.lower_ in _NAME_JOINERS | _NAME_PARTICLES
                    for t in words
                )
            ):
                self.org_names.add(_text(words))
        titled_bodies = _titled_bodies(doc)
        self.org_names |= _office_names(doc) | {name for _, name in titled_bodies}
        self._find_initials()
        people: list[tuple[Span, str]] = []
        persons = [e for e in self.ents if e.label_ == "PERSON" and e.start not in self.slips]
        surnames = {e[-1].lower_ for e in persons}
        # "Ms Farooq said" makes "Nadia Farooq" a person, whatever the
        # recogniser labelled either, and "Mr Tolan" is never a later "she"
        self.titled_as = {
            t.nbor().lower_: t.lower_
            for t in doc[:-1]
            if t.lower_ in _PERSONAL_TITLES and t.nbor().is_title
        }
        surnames |= set(self.titled_as)
        # "Mrs Pilling said" after "Edna Pilling, 79,", a name the
        # recogniser missed or took for a place: the given name is the word
        # before the surname
        for t in doc[1:]:
            before = doc[t.i - 1]
            if (
                t.lower_ in self.titled_as
                and t.pos_ == "PROPN"
                and before.pos_ == "PROPN"
                and before.is_title
                and before.lower_ not in _PERSONAL_TITLES | TITLES
            ):
                self.full_names.setdefault(t.lower_, f"{before.text} {t.text}")
        # "Calloway said" after "Ray Calloway", whatever label the recogniser gives it
        self.known_surnames = {e[-1].lower_ for e in persons if len(e) > 1}
        # "Maj. Aileen Santiago ... Santiago said": a titled name the
        # recogniser missed or took for a body
        for name in _titled_names(doc):
            last = name.split()[-1].lower()
            self.known_surnames.add(last)
            surnames.add(last)
            self.full_names.setdefault(last, name)
        # "Callum Reeve, of Marston Road, Fenwhistle": a town the recogniser
        # labels a place elsewhere is no person where it takes it for one
        places = {e.text for e in self.ents if e.label_ in {"GPE", "LOC", "FAC"}}
        for ent in self.ents:
            if _names_place(ent) or (ent.label_ == "PERSON" and ent.text in places):
                continue
            if self._names_person(ent, surnames):
                name = self._person_name(ent)
                if name:
                    people.append((ent, name))
                    if _title_case_line(ent.sent):
                        self.title_case_names.add(name)
                    last = name.split()[-1].lower()
                    if len(name.split()) > len(self.full_names.get(last, "").split()):
                        self.full_names[last] = name
                    if len(name.split()) == 3 and all(w[:1].isupper() for w in name.split()):
                        # "Ocampo said" after "Hernán Ocampo Ruiz": a Spanish
                        # name is shortened to the first of two surnames
                        self.surname_first.setdefault(name.split()[1].lower(), name)
                    particle, _, bare = last.partition("-")
                    if bare and particle in _SURNAME_ARTICLES:
                        # "Haddad said" after "Samir al-Haddad"
                        self.surname_first.setdefault(bare, name)
            elif ent.label_ in {"ORG", "GPE"} or ent.start in self.slips:
                # "Haldorf" is the "Haldorf Kranbau" named before or after
                name = self.fullest_org(self.org_phrase(ent.root))
                self.orgs.append((ent.start, name))
                if ent.label_ == "ORG" or ent.start in self.slips:
                    self.named_orgs.append((ent.start, name))
                description = _words_before(doc, ent.start)
                if ent.root.is_lower and ent.root.lemma_.lower() in ORG_NOUNS and name != ent.text:
                    # "the opposition Republican Renewal party (RR)": the kind
                    # of body after the name describes it, as words before do
                    description = [*description, ent.root]
                if ent.text in self.acronyms and name in self.org_descriptions:
                    # "the rebel Free Kerevan Movement, known by its initials
                    # FKM": words before a short name describe the naming
                    description = []
                # "the daily Morgenpost", whatever label the recogniser gives it
                if (
                    ent.label_ == "ORG"
                    or ent.start in self.slips
                    or (description and description[-1].lemma_.lower() in ORG_NOUNS | OUTLET_NOUNS)
                ):
                    self._describe(name, description)
                kind = _kind_in_apposition(ent)
                if (
                    (ent.label_ == "ORG" or ent.start in self.slips)
                    and kind
                    and name not in self.org_descriptions
                ):
                    self._describe(name, kind)
        for token in doc:
            lemma = token.lemma_.lower()
            if lemma not in ORG_NOUNS:
                continue
            named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            # unnamed organisations introduced with modifiers: "the interior ministry"
            # "the ministry's teams" are part of a body already named, not another
            part = any(c.dep_ == "poss" and c.lemma_.lower() in ORG_NOUNS for c in token.children)
            if token.dep_ in _SUBJECT_DEPS | {"pobj"} and not named and not part:
                words = _strip_det(_core(token))
                # "the operator said" before any body spoke names the one
                # that speaks next, one word or many
                later = self._named_next(token) if not token.ent_type_ else None
                given = self.given_name(token)
                if given is not None and given.kind == "organisation":
                    later = given.name  # "the group" after "a group calling itself BlackHarbor"
                if later is not None:
                    self.named_first[token.i] = later
                    self._describe(later, words)
                if len(words) > 1 and not token.ent_type_:
                    self.orgs.append((words[0].i, later or self.owned_by_full_name(words)))
                elif later is not None:
                    self.orgs.append((words[0].i, later))
            # "electricity company Southern Grid": the name the noun introduces
            run = doc[token.i + 1 : token.head.i + 1]
            if (
                token.dep_ == "compound"
                and lemma in GENERIC_ORG_NOUNS
                and token.head.i > token.i
                and len(run) > 0
                and all(t.pos_ == "PROPN" and t.is_title for t in run)
            ):
                self.orgs.append((run.start, run.text))
                self.named_orgs.append((run.start, run.text))
                self._describe(run.text, _words_before(doc, run.start))
            # "the mine's operator, Karvel Coal": the apposition names an organisation
            for child in named:
                name = _text(_strip_det(_core(child)))
                self.orgs.append((child.i, name))
                self.named_orgs.append((child.i, name))
                self._describe(name, _strip_det(_core(token)))
        # "Port Kesh Terminals, the operator,": the name a generic noun stands for
        self.org_roles: dict[str, set[str]] = {}
        for token in doc:
            if token.pos_ != "PROPN":
                continue
            for child in token.children:
                if _the_org_noun(child):
                    name = _text(_strip_det(_core(token)))
                    self.org_roles.setdefault(child.lemma_.lower(), set()).add(name)
        # "Kestrel denied ..." names Kestrel Mining Corp again as a subject: a
        # later "the company" is counted from there
        for token in doc:
            if (
                token.pos_ == "PROPN"
                and token.dep_ in _SUBJECT_DEPS
                and token.ent_type_ in {"", "ORG"}
            ):
                fuller = self.fullest_org(token.text)
                if fuller != token.text:
                    self.named_orgs.append((token.i, fuller))
        # "the group said" after "the Ansar al-Wadi Brigades", a name the
        # recogniser took for a person's
        for start, name in titled_bodies:
            if not any(at == start for at, _ in self.named_orgs):
                self.named_orgs.append((start, name))
                self.orgs.append((start, name))
        self.orgs.sort()
        self.named_orgs.sort()
        self.person_starts = {ent.start for ent, _ in people}
        # (token index, name, role) of every person named with a role
        self.role_people: list[tuple[int, str, str | None]] = []
        for ent, name in people:
            role = self._role_of(ent)
            if _in_subject(ent.root):
                self.subject_people.append((ent.start, self.canonical(name), role))
            if role:
                self.role_people.append((ent.start, self.canonical(name), role))
        self.role_initials = self._find_role_initials(people)
        for surname, name in self.surname_first.items():
            if len(self.full_names.get(surname, "").split()) < 2:
                self.full_names[surname] = name
                self.known_surnames.add(surname)
        # "Mbeki said ..." after "Joseph Mbeki", with no person entity on the surname:
        # still the person the next "he said" is about
        for token in doc:
            if (
                token.pos_ == "PROPN"
                and token.dep_ in _SUBJECT_DEPS
                and token.ent_type_ != "PERSON"
                and token.lower_ in self.known_surnames
                and not any(p[0] == token.i for p in self.subject_people)
            ):
                name = self.canonical(token.text)
                roles = [r for _, n, r in self.role_people if n == name]
                self.subject_people.append((token.i, name, roles[0] if roles else None))
            elif (
                token.dep_ in _SUBJECT_DEPS
                and token.pos_ == "PROPN"
                and token.ent_type_ != "PERSON"
            ):
                # "Sela Morrow, a spokeswoman for ..., said": a name the
                # recogniser missed, shown by a person's post beside it
                post = next(
                    (
                        c
                        for c in token.children
                        if c.dep_ == "appos"
                        and c.pos_ == "NOUN"
                        and c.lemma_.lower() in UNNAMED_PERSON_NOUNS | TITLES
                    ),
                    None,
                )
                first = self.doc[token.i - 1] if token.i > 0 else None
                if (
                    post is not None
                    and first is not None
                    and first.dep_ == "compound"
                    and first.head.i == token.i
                    and first.pos_ == "PROPN"
                    and first.is_title
                    and token.is_title
                ):
                    name = f"{first.text} {token.text}"
                    self.full_names.setdefault(token.lower_, name)
                    role = _text(_strip_det(_core(post)))
                    self.subject_people.append((first.i, name, role or None))
        # "a shopkeeper who gave his name as Petar said ...": Petar speaks,
        # and a later "he" may be him
        for token in doc:
            if token.dep_ in _SUBJECT_DEPS and token.pos_ == "NOUN":
                given = self.given_name(token)
                if given is not None:
                    self.subject_people.append((token.i, given.name, given.role))
                    self.full_names.setdefault(given.name.split()[-1].lower(), given.name)
            # "Senior Superintendent of Police Rakesh Tiwari said ... He said":
            # the name the parser hung on the job, which the recogniser missed
            if token.dep_ in _SUBJECT_DEPS and token.lower_ in ROLE_WORDS:
                holder = self._titled_holder(token)
                if holder is not None and holder.kind == "person":
                    self.subject_people.append((token.i, holder.name, holder.role))
        self.subject_people.sort(key=lambda p: p[0])
        # "A police spokesman said ... he said": unnamed people a "he" may mean
        # and kin who spoke ("The woman's son, who asked not to be named, told
        # the Leader ... He said"), but not kin an account only mentions
        self.unnamed_subjects = [
            t
            for t in doc
            if t.dep_ == "nsubj"
            and t.tag_ == "NN"
            and (
                t.lemma_.lower() in UNNAMED_PERSON_NOUNS
                or (t.lemma_.lower() in KIN_WORDS and t.head.lemma_.lower() in _SPEAKING)
                # "the mayor of Kivunde told dpa ... He said": a post whose
                # holder the article may name before or after
                or (
                    t.is_lower and t.lemma_.lower() in TITLES and t.head.lemma_.lower() in _SPEAKING
                )
            )
            and not t.ent_type_
            and t.head.pos_ == "VERB"
        ]

    # -- names -------------------------------------------------------------

    def _named_next(self, token: Token) -> str | None:
        """'..., the national railway company said.' then 'Nordrail said': a
        company described as the speaker before any body has spoken is the
        body named as the speaker of the very next sentence."""
        # "the company", or "the terminal's operator": definite either way
        definite = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
        definite.append(token)
        if (
            token.dep_ != "nsubj"
            or token.lemma_.lower() not in COMPANY_NOUNS
            or not any(c.dep_ == "det" and c.lower_ == "the" for t in definite for c in t.children)
        ):
            return None
        speaking = [
            (start, name)
            for start, name in self.named_orgs
            if self.ent_at.get(start) is not None
            and self.ent_at[start].root.dep_ == "nsubj"
            and self.ent_at[start].root.head.pos_ == "VERB"
        ]
        if any(start < token.i for start, _ in speaking):
            return None
        end = token.sent.end
        following = self.doc[end].sent if end < len(self.doc) else None
        while (
            following is not None and not following.text.strip() and following.end < len(self.doc)
        ):
            following = self.doc[following.end].sent  # a paragraph break
        # "the disaster agency said" then "The Relief Network, an aid group,
        # said": a body the article describes as another kind is another body
        after = [
            name
            for start, name in speaking
            if following is not None
            and following.start <= start < following.end
            and (name not in self.org_descriptions or self._fits(name, token.lemma_.lower()))
        ]
        return after[0] if after else None

    def _describe(self, name: str, description: list[Token]) -> None:
        if description:
            self.org_descriptions[name] = _text(description).lower()

    def _fits(self, name: str, word: str) -> bool:
        """Whether the organisation's name or description holds the word, or
        another word for the same kind of outlet; or, for a named body, of
        the same kind of body ("the union" for a "Port Workers' Federation")."""
        # "the ministry's Institute of Seismology" is an institute: its
        # possessor is another body, so "the ministry" is not this one
        own = [w for w in name.lower().replace("\u2019", "'").split() if not w.endswith("'s")]
        said = f"{' '.join(own) or name.lower()} {self.org_descriptions.get(name, '')}"
        if _only_modifies(word, name):
            return False
        for kind in OUTLET_KINDS:
            if word in kind:
                return any(w in kind for w in said.split())
        # "the company" for "the private firm Alpen Lines"
        if name[:1].isupper() and _same_kind(word, _name_words(said)):
            return True
        if " " in word and name[:1].isupper():
            # "the fire service" for "Vale and Marsh Fire and Rescue Service"
            return set(word.split()) <= set(said.split())
        return word in said

    def _only_kindred(self, name: str, word: str) -> bool:
        """Whether the organisation fits the word only as a body of the same
        kind ("the airline" for "the state carrier AeroPel"), not by its name,
        its description or its kind of outlet."""
        said = f"{name.lower()} {self.org_descriptions.get(name, '')}"
        return word not in said and not any(word in kind for kind in OUTLET_KINDS)

    def _names_person(self, ent: Span, surnames: set[str]) -> bool:
        """PERSON entities, and names the recogniser labelled otherwise but that
        follow a title ("governor Murat Aksoy") or share a known surname."""
        if ent.label_ == "PERSON":
            if ent.start in self.slips:
                return False
            if (
                len(ent) == 1
                and ent[0].lower_ not in self.known_surnames
                and self.fullest_org(ent.text) != ent.text
            ):
                return False  # "the Gazette" after "the Coastal Gazette"
            return not any(
                c.dep_ == "appos" and c.lemma_.lower() in ORG_NOUNS for c in ent.root.children
            )
        if ent.label_ not in {"ORG", "GPE", "NORP"}:
            return False
        if len(ent) == 1 and ent[0].is_title and ent[0].lower_ in self.known_surnames:
            return True  # "Reyes said" after "Tomas Reyes", however it is tagged
        # a double-barrelled name is one: "Solheim-Baptiste"
        if not all(t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in ent):
            return False
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        titled = before is not None and before.is_lower and before.lower_ in TITLES
        return titled or (len(ent) > 1 and ent[-1].lower_ in surnames)

    def canonical_person(self, ent: Span) -> str | None:
        """The full name of a person entity, or None if it names no person."""
        if ent.start not in self.person_starts:
            return None
        name = self._person_name(ent)
        return self.canonical(name) if name else None

    def _person_name(self, ent: Span) -> str | None:
        if len(ent) == 1 and ent[0].is_title and ent[0].lower_ in self.known_surnames:
            return ent.text  # a surname the tagger took for a noun: "Reyes said"
        return clean_person_name(ent)

    def canonical(self, name: str) -> str:
        words = name.split()
        full = self.full_names.get(words[-1].lower())
        if len(words) == 1 and full in {None, name}:
            # "Asep said" after "Asep Hidayat", "Wong said" after "Wong Kah
            # Seng": many names are shortened to their first word; "Arriaga
            # said" after "Gustavo Arriaga Peña" to the first of two surnames
            # but not "Obama Says" from a headline in title case
            first = {
                f
                for f in self.full_names.values()
                if name in f.split()[:-1] and f != name and f not in self.title_case_names
            }
            if len(first) == 1:
                return first.pop()
        if not full or len(full.split()) < len(words):
            return name
        # "Tanya Hughes" is not "Darnell Hughes": a family shares a surname,
        # and a given name says which of them speaks
        # "De Groot said" after "Eline de Groot": a particle may open a sentence
        if [w.lower() for w in full.split()[-len(words) :]] == [w.lower() for w in words]:
            return full
        return full if self.surname_first.get(name.lower()) == full else name

    def _org_name(self, ent: Span) -> str:
        root = ent.root
        for start, end, full in self.long_names:
            # "the Republican Renewal party (RR)": the kind of body after the
            # name is the name's own head
            if start <= root.i < end or (root.i == end and root.is_lower):
                return full
        tokens = [t for t in ent if not t.is_quote]
        if _lettered(ent):
            # "PT Samudra Lintas Timur", "FK Radnik": a company's or club's
            # letters the recogniser left outside its name
            tokens.insert(0, self.doc[ent.start - 1])
        while tokens and tokens[0].lower_ == "the":
            tokens = tokens[1:]
        while tokens and tokens[-1].tag_ == "POS":
            tokens = tokens[:-1]
        after = self.doc[ent.end] if ent.end < len(self.doc) else None
        hyphened = after is not None and after.tag_ == "HYPH" and not ent[-1].whitespace_
        if tokens and (tokens[-1].lower_ in _NAME_JOINERS or hyphened):
            tokens = _name_cut_at_joiner(tokens)
        name = _text(tokens) if tokens else ent.text
        return self.acronyms.get(name, name)

    def _find_acronyms(self) -> None:
        """'the United Nations Office for the Coordination of Humanitarian Affairs
        (OCHA)': from then on OCHA means the full name."""
        doc = self.doc
        for token in doc[1:-2]:
            short = doc[token.i + 1]
            if token.text != "(" or doc[token.i + 2].text != ")":
                continue
            # "(VRK)", "(Comelec)", and the mixed "(SuM)" of "Stahl und Montage"
            capitals = sum(c.isupper() for c in short.text)
            if not (
                # "(NP&P)" for "Northern Plains & Pacific Railway"
                short.text.replace("&", "").isalpha()
                and (short.is_upper or short.is_title or (short.text[0].isupper() and capitals > 1))
                and 2 <= len(short) <= 8
            ):
                continue
            # "the opposition Republican Renewal party (RR)": the kind of body
            # after its name is no part of the name the initials stand for
            kind = token.i
            if doc[token.i - 1].is_lower and doc[token.i - 1].lower_ in ORG_NOUNS:
                kind = token.i - 1
            start = kind
            while start > 0 and (
                doc[start - 1].is_title
                or _initialism(doc[start - 1])  # "the UK Health Security Agency (UKHSA)"
                or doc[start - 1].lower_ in _NAME_JOINERS
                # "the International Observer Mission in Kordavia (IOMK)": the
                # initials below decide whether the place is in the name
                or doc[start - 1].lower_ == "in"
                # "the Anti-Fraud Office (AFO)"
                or (doc[start - 1].text == "-" and start > 1 and doc[start - 2].is_title)
                # "the Marundian Prisoners' Aid League (MPAL)"
                or (doc[start - 1].tag_ == "POS" and start > 1 and doc[start - 2].is_title)
            ):
                start -= 1
            # "But the League of Women Voters (LWV)": a capital opening the
            # sentence is not part of the name
            while start < kind and (
                doc[start].lower_ in _NAME_JOINERS | {"in"}
                or doc[start].lower_ == "the"
                # "But the ... League (MPAL)": a word opening the sentence
                or doc[start].pos_ in {"CCONJ", "SCONJ", "ADV", "DET", "PRON", "ADP", "INTJ"}
                # "Prosecuting for the Health and Safety Executive (HSE), ..."
                or doc[start].tag_ == "VBG"
                # "Rebels of the Eastern Front (EF)": its members, not its
                # name; but "the People's Liberation Army (PLA)" keeps "People"
                or (_members(doc[start]) and doc[start + 1].lower_ in {"of", "from"})
            ):
                start += 1
            # "Inspector Maura Kellen of the Port Sallow Police Department
            # (PSPD)": the short name is the body's, not its officer's
            people = [
                t.i
                for t in doc[start:kind]
                if t.ent_type_ == "PERSON" and self.ent_at[t.i].start not in self.slips
            ]
            # ... but a name the recogniser took for a person, with nothing
            # after it, is the body's own ("the operator Ferrovie Alpine (FA)"),
            # and so is one the initials spell ("Brackenshire Fire and Rescue
            # Service (BFRS)" with "Brackenshire Fire" read as a person)
            if people and people[-1] + 1 < kind:
                after = people[-1] + 1
                while after < kind and doc[after].lower_ in _NAME_JOINERS:
                    after += 1
                if _spells(short, doc[after:kind]) or not _spells(short, doc[start:kind]):
                    start = after
            words = [t for t in doc[start:kind] if t.is_title or _initialism(t)]
            if short.is_title and not any(t.lemma_.lower() in ORG_NOUNS for t in words):
                # "the Commission on Elections (Comelec)": a short name written
                # as a word is a body's, never a person's party or home town
                continue
            # an organisation's short name in another language ("the
            # Municipal Workers' Union (SMT)") need not match its initials
            # (or "the Lonquera Prison Observatory (OPL)", which the recogniser
            # may miss): any name of two words or more that is no person's
            # (and "Veiligheidsregio Kustland (VRK)", taken for a person, whose
            # short form opens and closes as its name does, is a body's)
            last = doc[kind - 1]
            body = len(words) >= 2 and (
                last.ent_type_ != "PERSON"
                or self.ent_at[last.i].start in self.slips
                or _bracketed_initials(short, words)
            )
            if words and (_spells(short, doc[start:kind]) or body):
                full = doc[start:kind].text
                self.acronyms[short.text] = full
                self.long_names.append((start, kind, full))
        # "the Free Kerevan Movement, known by its initials FKM", "..., known
        # as the DWU"
        for token in doc:
            if not (token.is_alpha and token.is_upper and 2 <= len(token) <= 8):
                continue
            known = next((a for a in token.ancestors if a.lemma_.lower() == "know"), None)
            if known is None or known.dep_ != "acl" or token.i - known.i > 5:
                continue
            name = [t for t in _core(known.head) if t.is_title or t.lower_ in _NAME_JOINERS]
            name = _strip_det(name)
            if len(name) > 1 and known.head.i < known.i:
                self.acronyms.setdefault(token.text, _text(name))

    def _find_role_initials(self, people: list[tuple[Span, str]]) -> dict[str, str]:
        """'Mizanur Rahman, officer-in-charge (OC) of the police station', then
        'The OC said': initials in brackets after a person's post, set beside
        their name, stand for that person."""
        doc = self.doc
        found: dict[str, str] = {}
        for ent, name in people:
            # the post after the name: "Rahman, officer-in-charge (OC)"
            after = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else None
            window = doc[after : after + 9] if after is not None else []
            close = next((t.i for t in window if t.text == ")"), None)
            # the post before it: "Superintendent of Police (SP) Anjali Rawat"
            if close is None and ent.start >= 3 and doc[ent.start - 1].text == ")":
                close = ent.start - 1
                post = doc[max(close - 6, 0) : close - 2]
                if not any(t.lower_ in ROLE_WORDS for t in post):
                    continue
            elif close is not None:
                post = doc[after : close - 2]
                if not post or not all(t.is_lower or t.is_punct for t in post):
                    continue
            else:
                continue
            short = doc[close - 1]
            if doc[close - 2].text == "(" and short.is_upper and 2 <= len(short) <= 4:
                found.setdefault(short.text, self.canonical(name))
        # "the Metropolitan Chief Executive (MCE), Mr Kofi Asmah-Quansah", and
        # "the Director-General of the agency, Yusuf Ubandoma" then "the DG said":
        # the post's own short form, bracketed or read off its opening words
        by_letters: dict[str, set[str]] = {}
        for _, name, role in self.role_people:
            bracketed = _ROLE_SHORT_FORM.search(role)
            words = [
                w
                for w in re.split(r"[\s-]+", role[: bracketed.start()] if bracketed else role)
                if w and w.lower() not in _NAME_JOINERS
            ]
            # not the body's own: "Director-General of the FCT Emergency
            # Management Department (FEMD"
            if bracketed and bracketed.group(1) == "".join(w[0] for w in words):
                found.setdefault(bracketed.group(1), name)
                continue
            for n in range(2, min(len(words), 4) + 1):
                if all(w[:1].isupper() for w in words[:n]):
                    by_letters.setdefault("".join(w[0] for w in words[:n]), set()).add(name)
        if not by_letters:
            return found
        for token in doc:
            holders = by_letters.get(token.text, set())
            if (
                len(holders) == 1
                and token.text not in self.acronyms
                and token.text not in self.initials
                and token.ent_type_ not in {"GPE", "NORP", "LOC"}
            ):
                found.setdefault(token.text, next(iter(holders)))
        return found

    def _find_initials(self) -> None:
        """Short forms the article never spells out. After "The World Health
        Organization said", wire copy writes "The WHO said" with no brackets:
        a short form whose letters are exactly the initials of one named body
        is that body, when it stands alone ("the UN refugee agency" is a body
        of its own, as worded)."""
        names: dict[str, list[str]] = {}
        for name in self.org_names:
            words = [w for w in name.split() if w.lower() not in _NAME_JOINERS]
            if len(words) > 1 and all(w[:1].isupper() for w in words):
                names.setdefault("".join(w[0] for w in words), []).append(name)
        for token in self.doc:
            short = token.text
            if short in self.acronyms:
                continue
            # "the U.N." is written with full stops, "the UN" without
            letters = short.replace(".", "") if _DOTTED.fullmatch(short) else short
            if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
                continue
            if len(names.get(letters, [])) == 1:
                self.initials[short] = names[letters][0]

    def _role_of(self, ent: Span) -> str | None:
        """Words before the name in its noun phrase, or its apposition."""
        head = ent.root
        outer = head
        while outer.dep_ in {"compound", "flat"} and outer.head.i > outer.i:
            outer = outer.head
        # "on Cotter Road, Sheriff Ray Dunmore told ...": a name the parser
        # hangs on a place is not that place's apposition
        stray = (
            head.head.pos_ == "PROPN"
            and head.head.lower_ not in ROLE_WORDS
            and not (head.head.dep_ == "pobj" and head.head.head.head.pos_ == "NOUN")
        )
        if head.dep_ == "appos" and not stray:
            anchor = head.head
            # "the mayor of Port Ellis, Jon Vale": the parser may hang the name
            # on the place; the role is the whole phrase from "mayor"
            while (
                anchor.dep_ == "pobj"
                and anchor.head.dep_ == "prep"
                and anchor.head.head.pos_ == "NOUN"
            ):
                anchor = anchor.head.head
            if anchor is head.head:
                return _text(_strip_det(_core(anchor))) or None
            core = _strip_det(_core(anchor))
            start = core[0].i if core else anchor.i
            role = [t for t in self.doc[start : head.left_edge.i] if not t.is_punct]
            return _text(role) or None
        job = self.doc[ent.start - 2] if ent.start >= 2 else None
        if (
            job is not None
            and self.doc[ent.start - 1].text == ","
            and job.pos_ == "NOUN"
            and job.lemma_.lower() in ROLE_WORDS
        ):
            # "..., the town's mayor, Jon Berg, said": an apposition the
            # parser left unlinked
            return _text(_strip_det(_core(job))) or None
        before = [t for t in _core(outer) if t.i < ent.start]
        # "KELBY - Opposition candidate Helena Marsh": a dateline the parser
        # hangs on the name is no part of the job, which runs unbroken to it
        gaps = [i for i in range(1, len(before)) if before[i].i != before[i - 1].i + 1]
        if gaps:
            before = before[gaps[-1] :]
        for child in head.children:
            # "Maria Duarte, 61,": an age is not a role, nor "Dorsky himself"
            if (
                child.dep_ == "appos"
                and child.ent_type_ != "PERSON"
                and not child.like_num
                and child.pos_ != "PRON"
            ):
                return _text(_strip_det(list(child.subtree))) or None
        # "Defence counsel Fergal" before "Lenihan BL": a given name the
        # recogniser split off belongs to the name, not the job
        while (
            len(before) > 1
            and before[-1].pos_ == "PROPN"
            and before[-1].is_title
            and before[-1].lower_ not in ROLE_WORDS
            and any(t.lower_ in ROLE_WORDS for t in before[:-1])
        ):
            before = before[:-1]
        role = _strip_det(before)
        if not role:
            role = self._job_before(ent.start)
        return _text(role) or None

    def _job_before(self, start: int) -> list[Token]:
        """'Government spokesman Samir al-Haddad': the job right before a
        name the parser broke apart, so that it hangs on nothing."""
        job = start - 1
        if job < 0 or self.doc[job].pos_ != "NOUN" or self.doc[job].lower_ not in ROLE_WORDS:
            return []
        first = job
        while (
            first > max(0, job - 3)
            and self.doc[first - 1].is_title
            and self.doc[first - 1].pos_ in {"PROPN", "NOUN"}
        ):
            first -= 1
        return list(self.doc[first : job + 1])

    # -- resolution ----------------------------------------------------------

    def antecedent(self, token: Token, pronoun: str) -> Speaker | None:
        """The speaker a later "it" or "they" may mean, when `token` is the
        subject of a clause of the article's own: an organisation for "it";
        for "they" also people in the plural ("officials", "rescuers",
        "police"), never one person. Subjects of reported content ("said 30
        homes burned") are what was said, not who, and so are the subjects of
        its own clauses ("said ... when rebel forces attacked")."""
        if any(clause.dep_ == "ccomp" for clause in token.ancestors):
            return None
        speaker = self.from_subject(token)
        if speaker.name is None:
            return None
        if pronoun == "it":
            return speaker if speaker.kind == "organisation" else None
        if speaker.kind == "person":
            return None
        plural = token.tag_ in {"NNS", "NNPS"} or token.lemma_.lower() in ORG_NOUNS
        # a body named as one ("Calder Energy"), not a lone name that may be a
        # person's, nor "Governor Ana Pike" mislabelled
        body = token.ent_type_ == "ORG" and not any(t.lower_ in TITLES for t in _core(token))
        return speaker if plural or (speaker.kind == "organisation" and body) else None

    def person_before(
        self, index: int, role_word: str | None = None, pronoun: str | None = None
    ) -> tuple[str, str | None] | None:
        """Most recent person introduced as a subject before the token index;
        for "she" never a "Mr", for "he" never a "Mrs" or "Ms"."""
        candidates = [
            p
            for p in self.subject_people
            if p[0] < index
            and not _other_gender(p[2], pronoun)
            and not _other_gender(self.titled_as.get(p[1].split()[-1].lower()), pronoun)
        ]
        if role_word:
            for _, name, role in reversed(candidates):
                if _role_holds(role, role_word):
                    return name, role
        if candidates:
            _, name, role = candidates[-1]
            return name, role
        return None

    def _in_headline(self, token: Token) -> bool:
        """Whether the token is on the article's first line, its headline."""
        if self._headline_end is None:
            first = next((t.i for t in self.doc if not t.is_space), len(self.doc))
            self._headline_end = next(
                (t.i + 1 for t in self.doc[first:] if "\n" in t.text_with_ws), len(self.doc)
            )
        return token.i < self._headline_end

    def person_with_role(
        self, index: int, word: str, new: bool = False
    ) -> tuple[str, str | None] | None:
        """The person whose role holds the word: the nearest one named before
        the index, else the first named after it ("the fire chief said ...
        Fire Chief Dana Ruiz added", "the sergeant" for "Sgt. Dana Kell").
        A `new` one ("a spokeswoman") is only ever named after."""
        before = [p for p in self.role_people if p[0] < index and _role_holds(p[2], word)]
        if before and not new:
            return before[-1][1], before[-1][2]
        after = [p for p in self.role_people if p[0] > index and _role_holds(p[2], word)]
        if after:
            return after[0][1], after[0][2]
        return None

    def unnamed(self, head: Token) -> Speaker:
        """A source the article does not name, as worded, without determiners:
        "officials", "spokesman for the fire service", "sources close to the
        talks", "local media"."""
        words = _strip_det(_core(head)) + _source_qualifiers(head) + _relative_qualifier(head)
        words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
        # "KESH, May 14 (CPA) - Separatist authorities in Strelna, about 60 km
        # away,": the dateline before the dash and the aside after a comma
        # are not the source's words
        doc = head.doc
        span = doc[words[0].i : words[-1].i + 1] if words else doc[head.i : head.i + 1]
        # (a hyphen inside a word, "a 34-year-old witness", is no dateline's dash)
        dash = [
            t.i
            for t in span
            if t.text in {"-", "–", "—"} and t.i < head.i and doc[t.i - 1].whitespace_
        ]
        comma = [t.i for t in span if t.text == "," and t.i > head.i]
        words = [
            t
            for t in words
            if not t.is_punct and (not dash or t.i > dash[-1]) and (not comma or t.i < comma[0])
        ]
        return Speaker(self.owned_by_full_name(words) or None, "anonymous")

    def owned_by_full_name(self, words: list[Token]) -> str:
        """'Okonkwo's campaign' is 'Ben Okonkwo's campaign' once the article
        has given the whole name: a person owns it by their fullest name."""
        text = _text(words)
        for token in words:
            # a lone surname, whatever the recogniser labels it
            alone = token.i == 0 or token.doc[token.i - 1].pos_ != "PROPN"
            if token.dep_ != "poss" or token.pos_ != "PROPN" or not alone:
                continue
            full = self.full_names.get(token.lower_)
            if full and full != token.text:
                text = text.replace(token.text, full, 1)
        return text

    def org_described(self, index: int, word: str) -> str | None:
        """The organisation a description ("the ministry", "the broadcaster",
        "the opposition") stands for: the nearest one before the index whose
        name or description holds the word, else the first one named after it
        (a headline's "Ministry says" over "the Ministry of Emergency
        Situations said")."""
        # not the description itself, recorded where it stands
        own = self.doc[index].left_edge.i
        earlier = [name for start, name in self.orgs if start < own and self._fits(name, word)]
        # "the airline" for a body the article only called a carrier: meant
        # when the article named one body of that kind, not two
        # one body under its full and short names is still one
        kindred = _whole_names({self.acronyms.get(name, name) for name in earlier})
        if earlier and (not self._only_kindred(earlier[-1], word) or len(kindred) == 1):
            # "Marsh Fire and Rescue Service" cut from "Vale and Marsh ...": the
            # whole name, and the name initials stand for ("the party" after "RR")
            found = max((n for n in earlier if n.endswith(earlier[-1])), key=len)
            return self.acronyms.get(found, found)
        if word in GENERIC_ORG_NOUNS:
            # "The company said ..." named the body once; "the company" keeps
            # naming it after a union or a regulator has spoken in between
            told = [name for at, said, name in self._generic_told if at < index and said == word]
            if told:
                return told[-1]
            for start, name in reversed(self.named_orgs):
                if index - 200 < start < index and not self._where(start):
                    self._generic_told.append((index, word, name))
                    return name
        for start, name in self.named_orgs:
            if start > index and self._fits(name, word):
                return name
        return None

    def _where(self, start: int) -> bool:
        """'the plant in Lundvik': a name the recogniser took for a body,
        used as a place, or as the name of a thing a body owns."""
        token = self.doc[start]
        # to the end of the name, but not into a noun it modifies ("a Red
        # Cross shelter")
        while (
            token.dep_ in {"compound", "flat", "nmod"}
            and token.head.i > token.i
            and token.head.ent_iob_ == "I"
        ):
            token = token.head
        # "a message on its Telegram channel": the platform, not a body
        platform = token.dep_ == "compound" and token.head.lemma_.lower() in _OUTLETS_ONLINE
        # "the 24 level of its Driekuil No. 3 shaft": a thing a body owns
        owned = (
            token.dep_ in {"compound", "nmod"}
            and token.head.pos_ == "NOUN"
            and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in token.head.children)
        )
        return (
            platform
            or owned
            or (token.dep_ == "pobj" and token.head.lower_ in {"in", "at", "near", "outside"})
        )

    def fullest_org(self, name: str) -> str:
        """The one longer organisation name the article gives that begins or
        ends with this short form: "Kestrel" for "Kestrel Mining Corp", "the
        Herald" for "the Delmont Herald"."""
        words = name.split()
        if len(words) == 2 and words[1].lower() in _PORTFOLIO_BODIES:
            # "Health Ministry", "interior ministry" for "the Ministry of
            # Health and Population", "the Ministry of Interior"
            topic = _PORTFOLIOS.get(words[0].lower(), words[0].lower())
            named = {
                full
                for full in self.org_names
                if full.split()[0].lower() == words[1].lower()
                and full.split()[1:2] == ["of"]
                and topic in {_PORTFOLIOS.get(w, w) for w in _name_words(full)}
            }
            if len(named) == 1:
                return named.pop()
        if not words or not all(w[:1].isupper() for w in words):
            return name
        n = len(words)
        fuller = {
            full
            for full in self.org_names
            if len(full.split()) > n
            and (
                words in (full.split()[:n], full.split()[-n:])
                # "the Red Cross" for "the Kenya Red Cross Society": two words
                # or more inside the name
                or (n > 1 and f" {name} " in f" {full} ")
                # "the Observatory" for "the Kharsan Observatory for Human
                # Rights": the word a body's name is built on, before its "for"
                or (n == 1 and f" {name} for " in f" {full} ")
            )
        }
        if len(fuller) > 1:
            # "Kettleworth" for "Kettleworth Home Products", not for its
            # "Kettleworth QuickPot Pro": the name that ends as a body's does
            fuller = {f for f in fuller if f.split()[-1].lower() in _BODY_ENDS}
        return fuller.pop() if len(fuller) == 1 else name

    def _described_org(self, description: str) -> str | None:
        """'the national disaster agency' before or after 'the National
        Disaster Management Agency': the one organisation whose name holds
        every word of the description."""
        words = description.split()
        # "Rights group says ...": a headline capitalises its first word
        if not words or not all(w.islower() for w in words[1:]):
            return None
        # "the Varnian ministry": a capitalised word before a body is one more
        # word the body's name must hold, and only a name holds it
        qualified = not description.islower() and not self._opens_sentence(words[0])
        wanted = set(_name_words(description))
        if wanted <= AS_WORDED_BODIES or _name_words(description)[-1] in AS_WORDED_BODIES:
            return None  # "police", "Harwick police" are the source as worded
        wanted = {_PORTFOLIOS.get(w, w) for w in wanted}
        names = {
            n for n in self.org_names if wanted <= {_PORTFOLIOS.get(w, w) for w in _name_words(n)}
        }
        if qualified or names:
            return names.pop() if len(names) == 1 else None
        kindred = self._kindred_org(_name_words(description))
        if kindred is not None:
            return kindred
        # "Rights group says" over "a prisoners' rights group said": a shorter
        # form of a fuller description the article links to a name
        for _, other in self.orgs:
            fuller = _name_words(other)
            if (
                other.islower()
                and fuller[-1:] == _name_words(description)[-1:]
                and wanted < set(fuller)
            ):
                kindred = self._kindred_org(fuller)
                if kindred is not None:
                    return kindred
        # "the general staff" after "the army general staff", unnamed both;
        # "the provincial government" or a headline's "Army" for "the Ondel
        # provincial government" or "the Dravenian army", a common noun a
        # name only qualifies: the one fuller wording the article gave
        head_word = _name_words(description)[-1:]
        fuller_forms = {
            other
            for _, other in self.orgs
            if (other.islower() or _name_words(other)[-1:] == head_word == [other.split()[-1]])
            and wanted < set(_name_words(other))
            and len(other.split()) <= 5
            and not _only_modifies(_name_words(description)[-1], other)
        }
        return fuller_forms.pop() if len(fuller_forms) == 1 else None

    def _opens_sentence(self, word: str) -> bool:
        if self._sentence_openers is None:
            self._sentence_openers = {s[0].text for s in self.doc.sents if len(s)}
        return word in self._sentence_openers

    def _kindred_org(self, words: list[str]) -> str | None:
        """'a prisoners' rights group' for the "Marundian Prisoners' Aid
        League", 'the district hospital' for "Selvane District Hospital": the
        one named body whose name ends in the description's kind of body and
        shares a word of its description. A description that shares no word
        with any name stays unnamed."""
        if len(words) < 2:
            return None
        head, modifiers = words[-1], [w for w in words[:-1] if w not in _VAGUE_MODIFIERS]
        if not modifiers:
            return None
        names = set(self.org_names) | set(self.acronyms.values())
        found = set()
        for name in names:
            name_words = _name_words(name)
            kind_fits = head in name_words or _same_kind(head, name_words[-1:])
            if kind_fits and any(w in name_words for w in modifiers):
                found.add(name)
        return found.pop() if len(found) == 1 else None

    def spelled_out(self, speaker: Speaker) -> Speaker:
        """'NTF', 'HSI spokeswoman': a body goes by the full name the article
        spells its acronym out as, however a sentence shortens it."""
        if not speaker.name:
            return speaker
        if speaker.kind == "person":
            # "The NGN said": the recogniser may take a short name for a person
            full = self.acronyms.get(speaker.name) or self.initials.get(speaker.name)
            return speaker if full is None else Speaker(full, "organisation", speaker.role)
        if speaker.name in self.initials:
            return Speaker(self.initials[speaker.name], "organisation", speaker.role)
        words = speaker.name.split()
        if not any(w in self.acronyms for w in words):
            return speaker
        name = " ".join(self.acronyms.get(w, w) for w in words)
        return Speaker(name, speaker.kind, speaker.role, speaker.inferred)

    def from_subject(self, head: Token) -> Speaker:
        """Speaker for the subject noun phrase headed by `head`."""
        if head.pos_ == "VERB" and head.tag_ in {"VBN", "VBG"}:
            # "Contacted, Abul Kashem, president of the association, denied
            # ...": the parser may make the opening participle the subject
            named = next(
                (
                    c
                    for c in head.children
                    if c.dep_ in {"npadvmod", "appos"} and c.ent_type_ in {"PERSON", "ORG"}
                ),
                None,
            )
            if named is not None:
                return self.from_subject(named)
        speaker = self._from_subject(head)
        if speaker.kind == "organisation" and speaker.name:
            body = head.lemma_.lower() in ORG_NOUNS - DOCUMENT_NOUNS - STUDY_NOUNS
            named = self._named_after_lede(head, body=True) if body else None
            if named is not None:
                return named
            name = self._described_org(speaker.name) or self.fullest_org(speaker.name)
            return Speaker(name, speaker.kind, speaker.role, speaker.inferred)
        if speaker.kind == "anonymous":
            named = self._named_after_lede(head)
            if named is not None and named.kind == "person":
                return replace(named, role=speaker.name)
            if named is not None:
                return named
        as_worded = speaker.kind in {"anonymous", "group"} or (
            speaker.kind == "organisation" and head.lemma_.lower() in AS_WORDED_BODIES
        )
        if as_worded and speaker.name:
            # "local officials and residents said": both, as worded
            others = [
                c
                for c in head.children
                if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NNS" and c.i > head.i
            ]
            joined = [_text(_strip_det(_core(c))) for c in others]
            joined = [j for j in joined if j not in speaker.name]
            if joined:
                return replace(speaker, name=" and ".join([speaker.name, *joined]))
        return speaker

    def _named_after_lede(self, head: Token, body: bool = False) -> Speaker | None:
        """'A former head of housing at Solvara city council denied ...', then
        'Martin Kessel, 54, is on trial ...': a lede names its subject by what
        they are, and the next paragraph opens with who they are. A `body`
        ("a human rights group said", "the military's media wing said") is
        the one the next paragraph's first sentence has speak; so is "the
        mine's owner", which a thing's possessor shows to be a body too."""
        owned_by_thing = any(c.dep_ == "poss" and c.tag_ in {"NN", "NNS"} for c in head.children)
        if not (
            head.tag_ == "NN"
            and (
                owned_by_thing
                or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
            )
            and self._in_lede(head)
        ):
            return None
        doc = self.doc
        after = next(
            (
                t.i
                for t in doc[head.sent.end :]
                if not t.is_space and "\n" in doc[t.i - 1].text_with_ws
            ),
            None,
        )
        if after is None:
            return None
        ent = self.ent_at.get(after)
        if ent is not None and ent.start == after and ent.root.dep_ in {"nsubj", "nsubjpass"}:
            if ent.label_ == "PERSON" and not body:
                name = self.canonical_person(ent)
                return Speaker(name, "person", inferred=True) if name else None
            if not self._body_ent(ent) or not (body or owned_by_thing):
                return None
            if ent.root.head.lemma_.lower() not in _GIVING_WORD:
                return None
            return Speaker(self._org_name(ent), "organisation", inferred=True)
        if not (body or owned_by_thing):
            return None
        # "The Civic Observatory of Mozambique (OCM), which ..., said", "In a
        # statement, the ISPR said": the body that speaks first in it
        sent = doc[after].sent
        speaker = next(
            (
                c
                for t in sent
                if t.lemma_.lower() in _GIVING_WORD and t.pos_ == "VERB"
                for c in t.children
                if c.dep_ == "nsubj"
            ),
            None,
        )
        if speaker is None:
            return None
        spelled = self._spelled_out_at(speaker.i)
        if spelled is not None:
            return Speaker(spelled, "organisation", inferred=True)
        ent = self.ent_at.get(speaker.i)
        if ent is None or not self._body_ent(ent):
            return None
        return Speaker(self._org_name(ent), "organisation", inferred=True)

    def _body_ent(self, ent: Span) -> bool:
        """A body's name, however the recogniser labelled it."""
        return ent.label_ == "ORG" or ent.start in self.slips or _bare_name(ent) in self.org_names

    def _in_lede(self, token: Token) -> bool:
        """Whether the token is in the first paragraph after the headline,
        which a dateline ("MAPUTO, Nov 8 (Wire) -") may split in sentences."""
        start = self._lede_start()
        return 0 <= start <= token.i and "\n" not in self.doc[start : token.i].text

    def _lede_start(self) -> int:
        """Where the first sentence after the headline starts."""
        self._in_headline(self.doc[0])  # finds the headline's end
        return next((s.start for s in self.doc.sents if s.start >= (self._headline_end or 0)), -1)

    def _from_subject(self, head: Token) -> Speaker:
        lower = head.lower_
        lemma = head.lemma_.lower()
        if lower in PERSON_PRONOUNS:
            named = [p[0] for p in self.subject_people if p[0] < head.i]
            unnamed = [t for t in self.unnamed_subjects if t.i < head.i]
            if unnamed and (not named or unnamed[-1].i > named[-1]):
                speaker = self._from_subject(unnamed[-1])
                spoke = unnamed[-1].head.lemma_.lower() in _SPEAKING
                if speaker.kind == "anonymous" or (spoke and speaker.inferred and speaker.name):
                    return speaker
            found = self.person_before(head.i, pronoun=lower)
            if found:
                return Speaker(found[0], "person", found[1], inferred=True)
            return NO_SPEAKER
        # "Cholera kills 112, WHO says": initials the tagger took for "who"
        if head.pos_ == "PRON" and not (head.is_upper and len(head) > 1):
            return NO_SPEAKER
        if (
            head.text in self.acronyms
            and head.text not in self.role_initials  # a post's: "the MCE"
            and head.ent_type_ not in {"ORG", "PERSON"}
            and not any(c.dep_ in {"compound", "amod", "poss"} for c in head.children)
        ):
            # "The RR said" after "the Republican Renewal party (RR)", which
            # the recogniser left unlabelled: the body the initials stand for
            name = self.acronyms[head.text]
            return Speaker(name, "organisation", self.org_descriptions.get(name))
        if (
            head.i == head.sent.start
            and head.pos_ == "PROPN"
            and lower in ROLE_WORDS
            and not any(c.dep_ in {"compound", "flat", "det"} for c in head.children)
        ):
            # a headline's "Governor says ...": capitalised only because it
            # opens the line, the job of the person the article names with it
            found = self.person_with_role(head.i, lower)
            if found:
                return Speaker(found[0], "person", found[1], inferred=True)
        if (
            head.tag_ in {"NN", "NNP"}
            and lower in ROLE_WORDS
            and head.ent_type_ != "PERSON"
            and self._in_headline(head)
            and not any(c.ent_type_ == "PERSON" for c in head.children)
        ):
            # "Aubrenne minister disputes ...", "..., prosecutor says": a
            # headline's job is the person the article names with it
            found = self.person_with_role(head.i, lemma)
            if found:
                return Speaker(found[0], "person", found[1], inferred=True)
        body = self._members_body(head)
        if body is not None:
            return body
        core = _core(head)
        if head.pos_ == "PROPN" and any(_the_org_noun(c) for c in head.children):
            # "Port Kesh Terminals, the operator": whatever the recogniser says
            return Speaker(_text(_strip_det(core)), "organisation")
        # "Sri Lankan officials" (a nationality the recogniser took for a
        # person), "Lopez aides": people named by someone are not that someone
        around = any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in head.children)
        people = ANONYMOUS_NOUNS | ORG_NOUNS | UNNAMED_PERSON_NOUNS
        named = None if around and lemma in people else self._named(head, core)
        if named is not None:
            return named
        if lemma in TOLL_NOUNS:
            # "an earlier tally released by the county put the number at 190"
            found = self._maker(head, {"by", "from"})
            if found is not None:
                return found
        if lemma in DOCUMENT_NOUNS:
            return self._document_issuer(head)
        if lemma in STUDY_NOUNS:
            # "a study by the Fiscal Policy Institute", "a poll published on
            # Monday by the Varga agency": whoever made it
            found = self._maker(head, {"by", "from"})
            if found is not None:
                return found
            owner = next(
                (c for c in head.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}),
                None,
            )
            if owner is not None and lemma in RESEARCH_NOUNS:
                # "the authority's preliminary assessment found": its maker speaks
                return self.from_subject(owner)
            # "Poll: Tisdale leads", "the poll found" where the article names
            # one pollster: every poll without an owner of its own is its;
            # "polls show", "another poll" or "one study" are others
            if _the_poll(head) and self.sole_pollster is not None:
                return self.sole_pollster
            # "the study" after "a study from the Orsa Health Trust"; an ad or
            # a video speaks as itself, whoever paid for it
            definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children)
            if definite and lemma in RESEARCH_NOUNS:
                earlier = self._introduced_unnamed(head, core)
                if earlier is not None and earlier.kind == "organisation":
                    return earlier
            if lemma in RESEARCH_NOUNS and len(core) == 1 and head.sent.start == 0:
                # a headline's "Review finds ..." over "a review released by
                # the Medical Examiner's Office" in the story below it
                below = self._made_below(head)
                if below is not None:
                    return below
            # "a new poll", "the Pew survey"; "a poll carried out for the
            # Herald" keeps whom it was made for, as worded
            words = _strip_det(core) + _made_for(head) + _spread_by(head)
            named = any(t.pos_ == "PROPN" for t in words)
            return Speaker(_text(words), "organisation" if named else "anonymous")
        if lemma in ANONYMOUS_NOUNS or lower in ANONYMOUS_NOUNS:
            # "RTA officials", "Pentagon officials": the organisation speaks;
            # "council officials", "Council officials" opening a sentence, name
            # no organisation and are the source as worded
            for child in head.children:
                if child.dep_ == "compound" and child.i < head.i and not _a_kind_of_body(child):
                    if child.text in self.acronyms:
                        return Speaker(self.acronyms[child.text], "organisation")
                    if child.ent_type_ == "ORG":
                        return Speaker(self.org_phrase(child), "organisation")
            # "observers from the X Committee", "officials at the ministry",
            # "a report by the Darlow Policy Center"
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in {"from", "at", "with", "by"}:
                    for obj in child.children:
                        if obj.dep_ == "pobj" and obj.ent_type_ == "ORG":
                            return Speaker(self.org_phrase(obj), "organisation")
                        if obj.dep_ == "pobj" and lemma == "report" and _a_body(obj):
                            # "preliminary reports from the disaster office",
                            # "from hospitals": the body that reported
                            found = self.from_subject(obj)
                            if found.name:
                                return found
            # "a report published on Tuesday by the X Observatory"
            found = self._maker(head, set())
            if found is not None:
                return found
            if lemma == "report":
                found = self._report_source(head)
                if found is not None:
                    return found
            # "the analyst" after "Analyst Pavel Orlov" is that person
            definite = any(c.lower_ == "the" for c in head.children)
            if definite and head.tag_ == "NN":
                found = self.person_before(head.i, role_word=lemma)
                if found and found[1] and lemma in found[1].lower():
                    return Speaker(found[0], "person", found[1], inferred=True)
                introduced = self._introduced_unnamed(head, core)
                if introduced is not None:
                    return introduced
            return self.unnamed(head)
        words = _strip_det(core)
        if lemma == "force" and len(words) == 1:
            # British usage: "the force said" is the police force the article names
            forces = {n for n in self.org_names if set(n.split()) & _POLICE_NAMES}
            if len(forces) == 1:
                return Speaker(forces.pop(), "organisation", inferred=True)
        # "the terminal operator" before or after "Port Kesh Terminals, the operator"
        described = self.org_roles.get(lemma, set())
        if len(described) == 1 and not any(t.pos_ == "PROPN" for t in words):
            return Speaker(next(iter(described)), "organisation", inferred=True)
        described = any(lemma in d.split() for d in self.org_descriptions.values())
        # "the district said" after "the Pemberwick Area School District"
        described = described or any(_name_words(n)[-1:] == [lemma] for n in self.org_names)
        # "the paper said" after "the daily Kessmark Tribune": an outlet
        outlet = lemma in OUTLET_NOUNS
        if lemma in ORG_NOUNS or lower in ORG_NOUNS or described or outlet:
            if head.i in self.named_first:
                return Speaker(self.named_first[head.i], "organisation", inferred=True)
            if len(words) == 1:
                # A description ("the ministry", "the opposition") names the
                # organisation the article calls so; a bare "side" is no
                # speaker at all.
                if lemma == "side":
                    return NO_SPEAKER
                # "police said" is the source as worded, not whichever police
                # department the article named (see the gold conventions)
                if lower in AS_WORDED_BODIES:
                    return Speaker(_text(words), "organisation")
                # "the rebels" for "the rebel Free Kerevan Movement": the
                # plural of the word the article described the body with;
                # but "others" stands for people, never for the body a word
                # describes ("others vow consequences" after "other Security
                # Council members")
                # "the hospitals said" is more than one, never the one the
                # article named: the plural of an institution stays as worded
                earlier = self.org_described(head.i, lower) or (
                    lemma != lower
                    and lemma not in _QUANTIFIERS | _INSTITUTIONS
                    and self.org_described(head.i, lemma)
                )
                if earlier:
                    return Speaker(earlier, "organisation", inferred=True)
            elif all(t.is_lower for t in words) and head.lower_ not in AS_WORDED_BODIES:
                # "the fire service" after "Vale and Marsh Fire and Rescue
                # Service": every word of the description is in the name of
                # the one body the article so names, not of two
                phrase = " ".join(t.lower_ for t in words)
                fitting = _whole_names(
                    {n for _, n in self.orgs if n[:1].isupper() and self._fits(n, phrase)}
                )
                if len(fitting) == 1:
                    return Speaker(fitting.pop(), "organisation", inferred=True)
            # "the union representing workers at the plant", "the foreign
            # ministry of neighbouring Drevia": an unnamed body keeps who it
            # is, as worded
            qualified = words + _participle_qualifier(head) + _country_of(head)
            if lemma in _COLLECTIVES:
                qualified += _source_qualifiers(head)  # "staff at the main hospital"
            words = sorted(set(qualified), key=lambda t: t.i)
            return Speaker(self.owned_by_full_name(words), "organisation")
        if head.tag_ in {"NNS", "NNPS"} or head.ent_type_ == "NORP":
            qualified = (
                words
                + _source_qualifiers(head)
                + _participle_qualifier(head)
                + _relative_qualifier(head)
                + _joined_groups(head)
            )
            return Speaker(_text(sorted(qualified, key=lambda t: t.i)), "group")
        if head.pos_ == "NOUN" or (head.pos_ == "ADJ" and head.is_lower):
            # "the governor", "the economist": a description of the person
            # the article named with that role, before or after; failing
            # that, an unnamed source as worded ("a spokesman for the fire
            # service"), never merely the last person named. "A Health
            # Department spokeswoman" brings in someone new, whoever held the
            # job before.
            indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
            found = self.person_with_role(head.i, lemma, new=indefinite)
            if found:
                return Speaker(found[0], "person", found[1], inferred=True)
            definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children)
            k = head.i - 1
            while k >= 0 and (self.doc[k].pos_ in {"ADJ", "ADV"} or self.doc[k].text == "-"):
                k -= 1  # "said the ultra-nationalist", however it is parsed
            definite = definite or (k >= 0 and self.doc[k].lower_ in {"the", "this"})
            qualified = any(
                c.dep_ == "prep" and c.i > head.i and c.lower_ in _SOURCE_PREPS
                for c in head.children
            )
            introduced = self._introduced_unnamed(head, core) if definite else None
            if introduced is not None:
                return introduced
            # "said the ultra-nationalist": the person the article is about;
            # but "the mayor" is whoever holds that job, not the last person
            # named, who was found above if the article gave them the title
            # "the mining inspectorate" names a kind of body by what it
            # oversees: no description of a person already named
            kind_of_body = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children)
            if (
                definite
                and not qualified
                and not kind_of_body
                and lemma not in ROLE_WORDS | SIDE_NOUNS
            ):
                found = self.person_before(head.i)
                if found:
                    return Speaker(found[0], "person", found[1], inferred=True)
            return self.unnamed(head)
        share = _strip_det(list(head.subtree))
        if head.pos_ == "NUM" and len(share) <= 10:
            # "two-thirds of primary voters said", "one in four said": a share
            # of a group speaks, as worded
            return Speaker(_text(share), "group")
        return Speaker(_text(words) or None, "organisation")

    def _maker(self, head: Token, preps: set[str]) -> Speaker | None:
        """Who made a study or report: its "by" or "from" (`preps`), or the
        agent of a participle of making ("published on Monday by ...")."""
        makers = [c for c in head.children if c.dep_ == "prep" and c.lower_ in preps]
        # "The survey of 612 likely voters, conducted ... by X": the parser
        # hangs the making on what was surveyed
        surveyed = [
            o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        for clause in (c for holder in (head, *surveyed) for c in holder.children):
            if clause.dep_ == "acl" and clause.lemma_.lower() in MAKING_VERBS:
                makers += [c for c in clause.children if c.dep_ == "agent"]
        for child in makers:
            maker = next((o for o in child.children if o.dep_ == "pobj"), None)
            found = self.from_subject(maker) if maker is not None else NO_SPEAKER
            if found.name and found.kind in {"organisation", "person"}:
                return found
            # "a report published by the region's public spending watchdog",
            # then "The Audit Office for Corriemount (AOC) found ...": the
            # lede's description, named in the next paragraph
            named = self._named_after_lede(maker, body=True) if maker is not None else None
            if named is not None and named.kind == "organisation":
                return named
        return None

    def issuer_of_toll(self, sent: Span) -> Speaker | None:
        """'The government's own count recorded 472 deaths', 'The first toll
        given by the regional government was 11 dead': a sentence about a
        count its issuer made is that issuer's, with no verb of saying."""
        subject = next((c for c in sent.root.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            namer = self._named_by(subject)
            if namer is not None:
                return namer
        if subject is None or subject.lemma_.lower() not in TOLL_NOUNS:
            return None
        for child in subject.children:
            issuer = None
            if child.dep_ == "poss" and (
                _issues_documents(child) or child.lemma_.lower() in ORG_NOUNS - AS_WORDED_BODIES
            ):
                issuer = child
            elif child.dep_ == "acl":
                issuer = _agent(child)  # "given by", "released by": whoever made it
            if issuer is not None:
                found = self.from_subject(issuer)
                return found if found.name else None
        return None

    def issuer_of_count(self, num: Token) -> Speaker | None:
        """'far more than the six deaths acknowledged by the police': a count
        a clause credits to someone is theirs, whoever gave the larger one."""
        noun = num.head if num.dep_ == "nummod" else num
        for clause in noun.children:
            if (
                clause.dep_ == "acl"
                and clause.tag_ == "VBN"
                and clause.lemma_.lower() in _OWNING_VERBS
            ):
                giver = _agent(clause)
                if giver is not None:
                    return self.from_subject(giver)
        return None

    def _named_by(self, subject: Token) -> Speaker | None:
        """'The woman, identified by the county coroner as Marisa Delacroix,
        was pronounced dead': whoever named the dead told of the death."""
        for clause in subject.children:
            if clause.dep_ != "acl" or clause.lemma_.lower() not in _NAMING_VERBS:
                continue
            namer = _agent(clause)
            if namer is not None:
                found = self.from_subject(namer)
                return found if found.name else None
        return None

    def _members_body(self, head: Token) -> Speaker | None:
        """'Rebels of the Eastern Front (EF)', 'organisers from the National
        Teachers' Federation': members speak as the body they belong to."""
        if not _members(head):
            return None
        body = _body_of_members(head)
        if body is not None:
            found = self.from_subject(body)
            return found if found.kind == "organisation" else None
        armed = _members(head, ARMED_MEMBER_NOUNS)
        if armed and all(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            body = self.armed_body()
            if body is not None:
                return Speaker(body, "organisation", inferred=True)
        return None

    def armed_body(self) -> str | None:
        """What 'the rebels' stands for: the one armed body whose members the
        article named ("40 fighters of the TLM"), or whose name says it is one
        ("the Northern Liberation Front")."""
        if self._armed_body is None:
            bodies = {
                self.from_subject(b).name
                for b in (_body_of_members(t) for t in self.doc if _members(t, ARMED_MEMBER_NOUNS))
                if b is not None
            }
            bodies = bodies or {
                name for name in self.org_names if set(_name_words(name)) & ARMED_BODY_WORDS
            }
            self._armed_body = bodies.pop() if len(bodies) == 1 and None not in bodies else ""
        return self._armed_body or None

    def aliases(self) -> dict[str, str]:
        """Short names the article gives a body, for a disclaimer's "the
        rebels' claims" or "MPAL's account": acronyms and, for an armed
        body, its members' nouns."""
        found = dict(self.acronyms)
        body = self.armed_body()
        if body is not None:
            for noun in ARMED_MEMBER_NOUNS:
                found.setdefault(noun + "s", body)
        return found

    @functools.cached_property
    def sole_pollster(self) -> Speaker | None:
        """The body that made the article's polls and surveys, when it names
        one and only one ("conducted by Harbison Research Group")."""
        makers = {
            found.name: found
            for token in self.doc
            if token.lemma_.lower() in POLL_NOUNS and token.pos_ == "NOUN"
            for found in [self._maker(token, {"by", "from"})]
            if found is not None and found.kind == "organisation"
        }
        return next(iter(makers.values())) if len(makers) == 1 else None

    def _introduced_unnamed(self, head: Token, core: list[Token]) -> Speaker | None:
        """'The spokesman said' after 'a police spokesman said': the unnamed
        source the article introduced with that noun, as first worded, not
        the last person named; "the same report" after "a report by the X
        Institute" is the institute's."""
        if len([t for t in _strip_det(core) if t.lower_ != "same"]) != 1:
            return None
        # An audit or review is introduced in the lede and cited as "the
        # audit" many paragraphs on, so look back over most of a report
        earlier = next(
            (t for t in reversed(self._introduced(head.lemma_.lower())) if t.i < head.i), None
        )
        if earlier is None or earlier.i < head.i - 1000:
            return None
        first = self.from_subject(earlier)
        if first.kind == "organisation" and first.name:
            return Speaker(first.name, "organisation", first.role, inferred=True)
        if _surname_family(earlier):
            return Speaker(f"{earlier.nbor(-1).text} family", "group", inferred=True)
        first = self.unnamed(earlier)
        return Speaker(first.name, "anonymous", inferred=True) if first.name else None

    def _introduced(self, lemma: str) -> list[Token]:
        """Nouns, by lemma and in order, that introduce an unnamed source or
        a document: "a police spokesman", "a sheriff's office spokesman", "its
        report". Indexed once, as every "the spokesman" looks back for them."""
        if self._introductions is None:
            self._introductions = {}
            for token in self.doc:
                if token.tag_ == "NN" and (
                    (
                        token.left_edge.dep_ == "det"
                        and token.left_edge.lower_ in {"a", "an", "another"}
                    )
                    or any(c.dep_ == "poss" for c in token.children)
                    or _surname_family(token)
                ):
                    self._introductions.setdefault(token.lemma_.lower(), []).append(token)
        return self._introductions.get(lemma, [])

    def _made_below(self, head: Token) -> Speaker | None:
        """The one maker of the studies the story introduces: "a review
        released Monday by the X Office"; with a survey by one body and a
        poll by another, the headline's "Poll" is neither's."""
        kinds = RESEARCH_NOUNS | {head.lemma_.lower()}
        makers = {
            found.name: found
            for token in self.doc[head.sent.end : head.sent.end + 300]
            if token.lemma_.lower() in kinds
            and token.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
            for found in [self._maker(token, {"by", "from"})]
            if found is not None and found.kind == "organisation"
        }
        return next(iter(makers.values())) if len(makers) == 1 else None

    def _report_source(self, head: Token) -> Speaker | None:
        """'Unconfirmed reports on social media said': the medium that carried
        them; "Its report said" after "the Care Inspectorate graded ...": the
        body the article just named."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "in"}:
                for medium in prep.children:
                    if medium.dep_ == "pobj" and medium.lower_ in _MEDIA:
                        return Speaker(_text(_strip_det(_core(medium))), "anonymous")
        for owner in head.children:
            if owner.dep_ != "poss":
                continue
            if owner.lower_ in {"its", "their"}:
                named = [name for i, name in self.orgs if i < head.i]
                if named:
                    return Speaker(named[-1], "organisation", inferred=True)
            elif owner.pos_ in {"NOUN", "PROPN"}:
                # "the department's report", "the county's report": the body
                # whose report it is, as the article names it elsewhere
                found = self.from_subject(owner)
                if found.kind == "organisation" and found.name:
                    return found
        # "the comptroller's office said in a report": the report is the
        # office's, and so is "the report" after it
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in _SPEAKING:
            subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
                return self.from_subject(subject)
        if head.sent.start == 0 and not any(c.dep_ in {"det", "poss"} for c in head.children):
            # a headline's "..., report says" over "a report published by the
            # X Observatory" in the story below it
            return self._made_below(head)
        return None

    def given_name(self, head: Token) -> Speaker | None:
        """The name a clause gives the person a noun describes: "a teacher
        named Ana Lukic", "a shopkeeper who gave his name only as Petar"."""
        for clause in head.children:
            if clause.dep_ not in {"acl", "relcl"} or clause.lemma_.lower() not in NAMING_VERBS:
                continue
            if clause.lemma_.lower() == "give" and not any(
                c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in clause.children
            ):
                continue  # "a man who gave evidence as a witness"
            # "a criminal group calling itself BlackHarbor": a body's name
            body = head.lemma_.lower() in ORG_NOUNS or any(
                c.dep_ == "dobj" and c.lower_ in {"itself", "themselves"} for c in clause.children
            )
            for token in clause.subtree:
                named = token.dep_ == "oprd" or (token.dep_ == "pobj" and token.head.lower_ == "as")
                if named and token.pos_ == "PROPN" and token.text[:1].isupper():
                    words = [
                        t for t in token.subtree if t.dep_ in {"compound", "flat"} or t == token
                    ]
                    name = _text(sorted(words, key=lambda t: t.i))
                    if body:
                        return Speaker(name, "organisation", _text(_strip_det(_core(head))))
                    role = _text(_strip_det(_core(head))) or None
                    return Speaker(self.canonical(name), "person", role)
        return None

    def _named(self, head: Token, core: list[Token]) -> Speaker | None:
        """A person, organisation or place named in the subject."""
        defining = head.i > 0 and self.doc[head.i - 1].text == "("
        if head.text in self.role_initials and not defining:
            # "The OC said" after "Mizanur Rahman, officer-in-charge (OC)"
            return Speaker(self.role_initials[head.text], "person", head.text)
        if _surname_family(head):
            # "the Tierney family": the family, not the one of them named
            return Speaker(f"{head.nbor(-1).text} family", "group")
        after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        surname = self.doc[after.i : hyphen_end(after)].text if after is not None else ""
        if (
            head.lower_ in TITLES
            and after is not None
            and after not in core
            and after.pos_ == "PROPN"
            and after.is_title
            and surname.lower() in self.full_names
        ):
            # '"...," ASP Tarawally said', the surname hung on the verb: the
            # person named in full before
            return Speaker(self.full_names[surname.lower()], "person", head.text)
        spelled = self._spelled_out_at(head.i)
        # but not "The Director-General of the State Emergency Agency (SEMA),
        # Dr. Folake Ojo", whose post runs into the body's name
        titled = head.lower_ in ROLE_WORDS or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children
        )
        if spelled is not None and not titled and head.ent_type_ != "ORG":
            # "The Citizens' Watch of Luvanda (VCL)", which the recogniser
            # missed or took for a person
            return Speaker(spelled, "organisation")
        if head.pos_ == "NOUN" and head.is_title and head.lower_ in self.full_names:
            # "Blum herself wrote": a surname the tagger took for a noun
            return Speaker(self.full_names[head.lower_], "person")
        if (
            head.pos_ == "PROPN"
            and head.is_title
            and head.ent_type_ in {"", "ORG"}
            and not any(c.dep_ in {"compound", "flat", "det", "amod"} for c in head.children)
            and self.canonical(head.text) != head.text
        ):
            # "Azman said" after "deputy director Azman Hashim": a named
            # person's given name, which the recogniser left alone or took
            # for a body
            return Speaker(self.canonical(head.text), "person")
        if (
            head.tag_ == "NN"
            and head.is_title
            and not any(c.dep_ == "det" for c in head.children)
            and head.lemma_.lower() not in ORG_NOUNS | ANONYMOUS_NOUNS | UNNAMED_PERSON_NOUNS
            and (fuller := self.fullest_org(head.text)) != head.text
        ):
            # "Brenning rejected" after "Brenning Reifwerk": the first word
            # of a body's name, taken for a noun
            return Speaker(fuller, "organisation")
        if head.pos_ == "NOUN":
            given = self.given_name(head)
            if given is not None:
                return given
        holder = self._titled_holder(head)
        if holder is not None:
            return holder
        # "an assessment seen by the newspaper X": a name in a participle's
        # clause on the noun is whoever saw or made it, not the noun
        clauses = {
            t.i
            for c in head.children
            if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN"
            for t in c.subtree
        }
        # but not a short form in brackets after a described body or after
        # one who speaks for a body: "The United Nations refugee agency
        # (UNHCR)" is as described, "a spokesperson for the Department for
        # Infrastructure (DfI)" the spokesperson; where "an observer mission
        # from the Organisation for Regional Security (ORS)" and "the United
        # Nations High Commissioner for Refugees (UNHCR)" are the body the
        # short form names
        for_a_body = head.lemma_.lower() in UNNAMED_PERSON_NOUNS | TITLES
        appositions = [
            t
            for t in head.subtree
            if t.dep_ == "appos"
            and t.i > head.i
            and t.i not in clauses
            and not (
                head.is_lower
                and self.doc[t.i - 1].text == "("
                and (for_a_body or t.head.i == head.i)
            )
        ]
        for aside in appositions:
            # "The director of the CID, Deputy Commissioner of Police Kwabena
            # Asare-Boadu, told reporters": the office set beside the job holds the name
            held = self._office_holder(aside)
            if held is not None:
                return held
        # "Okafor's attorney, Miriam Salt", "Putin's spokesman": the possessor
        # is whose the speaker is, never the speaker
        owned = {t.i for c in core if c.dep_ == "poss" and c.i != head.i for t in c.subtree}
        # the head's own name first: in "Wickerlund Fire Chief Dana Kowal" the
        # recogniser may also take the place and service for a person
        candidates = sorted((t for t in core if t.i not in owned), key=lambda t: t.i != head.i)
        candidates += [t for a in appositions for t in a.subtree]
        aside = {t.i for a in appositions for t in a.subtree}
        for token in candidates:
            ent = self.ent_at.get(token.i)
            if (
                ent is not None
                and token.i in aside
                and head.lemma_.lower() in GENERIC_ORG_NOUNS
                and ent.label_ == "PERSON"
            ):
                # "The gas distribution company, Dolnośląska Sieć Gazowa,":
                # the name set beside a company is the company's, all of it
                words = [t for t in _core(ent.root) if t.pos_ == "PROPN"]
                return Speaker(self.fullest_org(_text(words or list(ent))), "organisation")
            if ent is not None and ent.start in self.slips:
                # "the aid group Kestrel Hope": a body the recogniser took for a
                # person, and "The Valdor Observatory" before its "for Civil Liberties"
                tail = _name_tail(ent.root)
                name = self._org_name(ent)
                if tail and tail[0].i == ent.end:
                    name = f"{name} {_text(tail)}"
                return Speaker(name, "organisation")
            name = self.canonical_person(ent) if ent is not None else None
            if name:
                return Speaker(name, "person", self._role_of(ent))
        quoted = self._quoted_name(head)
        if quoted:
            return Speaker(quoted, "organisation")
        titled = self._outlet_title(head)
        if titled is not None:
            return titled
        # "the utility Gulf Power & Light said": the name the parser split off
        after = self.ent_at.get(head.i + 1)
        if (
            after is not None
            and after.start == head.i + 1
            and after.label_ == "ORG"
            and head.lemma_.lower() in ORG_NOUNS
        ):
            return Speaker(self._org_name(after), "organisation")
        if head.text in self.acronyms and head.i > 0 and self.doc[head.i - 1].text == "(":
            # "The Municipal Workers' Union (SMT) said": parsed as the subject
            return Speaker(self.acronyms[head.text], "organisation")
        slip = head.i in self.ent_at and self.ent_at[head.i].start in self.slips
        if head.ent_type_ in {"ORG", "GPE", "NORP", "FAC"} or slip:
            ent = self.ent_at[head.i]
            if len(ent) == 2 and ent[0].lower_ in _PERSONAL_TITLES and ent[1].is_title:
                # "Ms Ranasinghe, a Labour councillor, ...", taken for a body
                return Speaker(self.canonical(ent[1].text), "person")
            if len(ent) == 1 and ent.label_ == "ORG" and " " in (full := self.canonical(ent.text)):
                # "Azlan said" after "Azlan Mohd Yusof", taken for a body
                return Speaker(full, "person")
            if ent.label_ == "ORG" and len(ent) > 2 and ent[-1].lower_ in POST_NOMINALS:
                # "Fergal Lenihan SC", taken for a body: letters after a name
                name = clean_person_name(ent)
                if name and name.split()[-1].lower() in self.known_surnames:
                    return Speaker(self.canonical(name), "person", self._role_of(ent))
            titles = [t for t in ent if t.lower_ in TITLES]
            if (
                ent.label_ == "ORG"
                and titles
                and titles[-1].i < head.i
                and ent[0].lower_ in TITLES
                # "General's Office": the office a title holds, not a person
                and self.doc[titles[-1].i + 1].tag_ != "POS"
            ):
                # "Det. Insp. Ray Moss" taken for an organisation: a title opens it
                name = clean_person_name(ent)
                if name:
                    role = _text([t for t in ent if t.i <= titles[-1].i])
                    return Speaker(self.canonical(name), "person", role)
            job = self.doc[ent.start - 1] if ent.start > 0 else None
            if (
                ent.label_ == "ORG"
                and job is not None
                and job.lower_ in ROLE_WORDS
                and 2 <= len(ent) <= 3
                and all(t.is_title for t in ent)
            ):
                # "Opposition candidate Helena Marsh" taken for an organisation:
                # a job written before a two-word name makes it a person's
                role = [t for t in core if t.i < ent.start]
                span = self.doc[role[0].i : ent.start] if role else self.doc[0:0]
                dash = [t.i for t in span if t.text in {"-", "–", "—"}]
                role = [t for t in role if t.is_alpha and (not dash or t.i > dash[-1])]
                return Speaker(self.canonical(ent.text), "person", _text(role) or None)
            kind = "group" if ent.label_ == "NORP" else "organisation"
            if ent.label_ == "NORP" and head.lemma_.lower() in ORG_NOUNS | ANONYMOUS_NOUNS:
                return None  # "Ukrainian officials": the noun decides
            name = self.org_phrase(head)
            if kind == "organisation":
                name = self.fullest_org(name)  # "Haldorf" after "Haldorf Kranbau"
            return Speaker(name, kind, self.org_descriptions.get(name) if kind != "group" else None)
        beside_body = head.lemma_.lower() in ORG_NOUNS | OUTLET_NOUNS
        for token in appositions:
            ent = self.ent_at.get(token.i)
            if token.ent_type_ in {"ORG", "GPE"}:
                return Speaker(self._org_name(ent), "organisation")  # "the operator, X Coaches,"
            # "the local newspaper, the Harwick Echo,": a name beside a kind of
            # body is that body's, whatever the recogniser took it for
            if (
                beside_body
                and token.pos_ == "PROPN"
                and token.is_title
                and token.ent_type_ in {"", "FAC", "PRODUCT", "WORK_OF_ART"}
            ):
                name = self._org_name(ent) if ent else _text(_strip_det(_core(token)))
                return Speaker(name, "organisation")
        holder = self._office_holder(head)
        if holder is not None:
            return holder
        if head.lemma_.lower() in ROLE_WORDS:
            # "the head of the Red Cross in Selm, Ivo Marsh,": a name the
            # recogniser missed, in apposition to a job
            for token in appositions:
                if token.pos_ == "PROPN" and not token.ent_type_:
                    person = self._unrecognised_person(_core(token))
                    if person is not None and person.kind == "person":
                        role = [t for t in self.doc[head.i : token.left_edge.i] if not t.is_punct]
                        return Speaker(person.name, "person", _text(role) or None)
        if head.pos_ == "PROPN":
            full = self.full_names.get(head.lower_)
            if full:
                return Speaker(full, "person")
            # "the Interior Ministry" the recogniser missed: its own name,
            # not whichever other ministry it did recognise
            words = _strip_det(core)
            body = head.lower_ in ORG_NOUNS or head.lemma_.lower() in ORG_NOUNS
            if body and len(words) > 1 and all(t.pos_ == "PROPN" for t in words):
                name = _text(words + _name_tail(head))
                return Speaker(self.fullest_org(name), "organisation")
            fuller = self.fullest_org(head.text)
            if fuller != head.text:
                return Speaker(fuller, "organisation")
            if head.text in self.acronyms:
                return Speaker(self.acronyms[head.text], "organisation")
            # "The Sarkent Observatory for Human Rights, a monitoring group,":
            # the apposition says the unrecognised name is a body's
            if any(c.dep_ == "appos" and c.lemma_.lower() in ORG_NOUNS for c in head.children):
                return Speaker(_text(_strip_det(core) + _name_tail(head)), "organisation")
            return self._unrecognised_person(core)
        return None

    def _spelled_out_at(self, index: int) -> str | None:
        """The full name a body's bracketed initials spell out, if the word
        at the index is part of it."""
        return next((full for start, end, full in self.long_names if start <= index < end), None)

    def _titled_holder(self, head: Token) -> Speaker | None:
        """The person a job is written with, where the parser hung the name
        elsewhere: "Superintendent of Police Kavita Rawal" (the name as the
        object of "of"), "the company's Human Resource Manager, Mrs. Adwoa
        Konadu-Yiadom." (a closing name hung on the verb)."""
        if head.lower_ not in ROLE_WORDS:
            return None
        for prep in head.children:
            ent = next((self.ent_at.get(c.i) for c in prep.children if c.dep_ == "pobj"), None)
            if (
                prep.dep_ == "prep"
                and prep.lower_ in {"of", "on"}
                and ent is not None
                and ent.label_ == "PERSON"
                and ent.start > prep.i + 1
                and ent.end == ent.root.i + 1
                and self.doc[ent.start - 1].is_title
            ):
                # "Opposition spokesperson on health Dr Marcia Thelwell-Brown":
                # the portfolio, a title, then the name, all hung on "on"; but
                # "the spokesman of Ana Ruiz" speaks for her
                name = self.canonical_person(ent)
                if name:
                    return Speaker(name, "person", self.doc[head.i : ent.start].text)
            if prep.dep_ == "prep" and prep.lower_ == "of":
                name = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if (
                    name is not None
                    and name.pos_ == "PROPN"
                    and name.lower_ in self.full_names
                    and any(c.dep_ == "compound" and c.is_title for c in name.children)
                ):
                    full = self.full_names[name.lower_]
                    first = full.split()[0]
                    end = next((t.i for t in self.doc[head.i : name.i] if t.text == first), name.i)
                    return Speaker(full, "person", self.doc[head.i : end].text or None)
        at = head.i + 2
        if at >= len(self.doc) or self.doc[head.i + 1].text != ",":
            return None
        while at < len(self.doc) and self.doc[at].lower_ in TITLES:
            at += 1
        ent = self.ent_at.get(at)
        if ent is None or ent.start != at or ent.label_ != "PERSON":
            return None
        if ent.end < len(self.doc) and self.doc[ent.end].text not in {".", ",", ";"}:
            return None
        name = self.canonical_person(ent)
        return Speaker(name, "person", _text(_strip_det(_core(head)))) if name else None

    def _office_holder(self, head: Token) -> Speaker | None:
        """'Superintendent of Police R. K. Nair', 'Minister of Health Ana
        Ruiz': a capitalised title whose office runs into the name, which
        the parser hangs on the office; the person holds the title."""
        if not (head.is_title and head.lemma_.lower() in ROLE_WORDS):
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != head.i + 1:
                continue
            for obj in prep.children:
                ent = self.ent_at.get(obj.i) if obj.dep_ == "pobj" else None
                if ent is None and obj.dep_ == "pobj":
                    unnamed = self._office_then_name(prep, obj)
                    if unnamed is not None:
                        return Speaker(unnamed[1], "person", self.doc[head.i : unnamed[0]].text)
                if ent is None or ent.start <= prep.i + 1:
                    continue  # "the spokesman of Ana Ruiz": a name with no office
                office = self.doc[prep.i + 1 : ent.start]
                name = self.canonical_person(ent)
                if name and all(t.is_title for t in office):
                    return Speaker(name, "person", self.doc[head.i : ent.start].text)
        return None

    def _office_then_name(self, prep: Token, obj: Token) -> tuple[int, str] | None:
        """'Deputy Commissioner of Police Kwabena Asare-Boadu', the name the
        recogniser missed: the office's words, then two or more capitalised
        words joined to the last. Returns where the name starts, and the name."""
        words = [t for t in self.doc[prep.i + 1 : obj.i + 1]]
        if not words or not all(t.is_title or t.text == "-" for t in words):
            return None
        start = 0
        while start < len(words) and words[start].lower_ in ROLE_WORDS | ORG_NOUNS:
            start += 1
        name = words[start:]
        if start == 0 or len([t for t in name if t.is_title]) < 2:
            return None
        return name[0].i, self.canonical(_text(name))

    def _unrecognised_person(self, core: list[Token]) -> Speaker | None:
        """A name the entity recogniser missed: "firefighter Ana Ruiz" (a role
        noun before capitalised words) or a bare two-word name like "Ana Ruiz"."""
        run: list[Token] = []
        for token in reversed(core):
            hyphen = (
                token.text == "-"
                and run
                and not token.whitespace_
                and token.i > 0
                and not token.nbor(-1).whitespace_
            )
            if not hyphen and (token.pos_ != "PROPN" or not (token.is_title or token.is_upper)):
                break
            run.insert(0, token)  # "Blackwood-Gayle": one name across its hyphen
        if run and run[0].text == "-":
            run = run[1:]
        if not run or run[-1].lemma_.lower() in ORG_NOUNS:
            return None
        if all(t.lower_ in ROLE_WORDS for t in run):
            return None  # "Deputy Commissioner": a job, whoever holds it
        fuller = self.fullest_org(_text(run))
        if fuller != _text(run):
            return Speaker(fuller, "organisation")  # "Boreal Metals" of "Boreal Metals AB"
        bare = _without_honorific(run)
        if len(bare) < len(run) and len(bare) >= 2:
            # "Comrade Tunde Adeyemi Olaleye": an honorific opens a person's name
            return Speaker(self.canonical(_text(bare)), "person")
        before = core[: len(core) - len(run)]
        if before and before[-1].lemma_.lower() in GENERIC_ORG_NOUNS | OUTLET_NOUNS:
            # "electricity company Southern Grid", "radio station Wave FM": an
            # organisation, not a person
            role = _text(_strip_det(before)) or None
            return Speaker(_text(run), "organisation", role)
        # "City Fire Marshal Ann Cole", "Interior Undersecretary Camila
        # Errázuriz Vial", "Independent TD Seán Mulvihill": a job written in
        # capitals too ends where the name starts; but "Public Health Wales"
        # holds no job, only the words that qualify one
        job = [
            k
            for k, t in enumerate(run[:-2])
            if t.lower_ in ROLE_WORDS - _ROLE_QUALIFIERS and t.nbor().is_title
        ]
        if job:
            name = self.canonical(_text(run[job[-1] + 1 :]))
            role = _text(_strip_det(core[: core.index(run[job[-1]]) + 1]))
            return Speaker(name, "person", role)
        before = core[: len(core) - len(run)]
        if before and all(t.lower_ in ROLE_WORDS or t.dep_ == "det" for t in before):
            name = self.canonical(_text(run))
            return Speaker(name, "person", _text(_strip_det(before)) or None)
        role = [t for t in before if t.pos_ == "NOUN" and t.is_lower]
        if role or (len(run) == 2 and not before):
            name = self.canonical(_text(run))
            return Speaker(name, "person", _text(_strip_det(before)) or None)
        return None

    def org_phrase(self, head: Token) -> str:
        """Name of the organisation whose noun phrase is headed by `head`:
        the entity's name, widened to a possessor or adjective the entity
        recogniser left out ("Karsia's defence ministry")."""
        for start, end, full in self.long_names:
            if start <= head.i < end:
                return full
        words = _strip_det(_core(head))
        ent = self.ent_at.get(head.i)
        if ent is not None and _description(words, ent.start) is not None:
            return self._org_name(ent)
        # "Kestria's Ministry of Culture": the name runs on past its head
        tail = _name_tail(head)
        if ent is not None and tail and tail[-1].i < ent.end:
            words = words + tail
        if (
            ent is not None
            and ent.start > 0
            and self.doc[ent.start - 1].lemma_ in GENERIC_ORG_NOUNS
        ):
            return self._org_name(ent)  # "electricity company Southern Grid"
        # "DARLOW - ...": a dateline before a dash is no part of a name
        span = self.doc[words[0].i : words[-1].i + 1] if words else self.doc[0:0]
        dash = [t.i for t in span if t.text in {"-", "–", "—"}]
        if dash:
            words = [t for t in words if t.i > dash[-1]]
        return _text(words) or head.text

    def _outlet_title(self, head: Token) -> Speaker | None:
        """'local news site Oskova Today', 'the weekly Harbour Times': the
        capitalised words right after an outlet's noun are its name, however
        the recogniser split them ("Today" taken for a date)."""
        if head.lemma_.lower() not in OUTLET_NOUNS or head.ent_type_:
            return None
        # "a regional news site, Bravosk Today, which ...": a name set off by
        # commas right after the outlet, however the parser attached it
        after = self.ent_at.get(head.i + 2)
        if (
            self.doc[head.i + 1].text == ","
            and after is not None
            and after.start == head.i + 2
            and after.label_ == "ORG"
            and after.end < len(self.doc)
            and self.doc[after.end].text == ","
        ):
            role = _text(_strip_det(_core(head))) or None
            return Speaker(self._org_name(after), "organisation", role)
        end = head.i + 1
        while end < head.sent.end and _name_word(self.doc[end], first=end == head.i + 1):
            end += 1
        if end == head.i + 1 or self.doc[head.i + 1].ent_type_ in {"DATE", "TIME"}:
            return None  # "the paper Monday reported"
        role = _text(_strip_det(_core(head))) or None
        return Speaker(self.doc[head.i + 1 : end].text, "organisation", role)

    def _quoted_name(self, head: Token) -> str | None:
        """'the so-called "Free Valley Front"': the name sits in quotation marks."""
        tokens = list(head.subtree)
        opens = [t.i for t in tokens if t.is_quote and t.i < head.i]
        closes = [t.i for t in tokens if t.is_quote and t.i >= head.i]
        if not opens or not closes:
            return None
        inner = self.doc[opens[0] + 1 : closes[0]]
        if inner.text[:1].isupper() and len(inner) <= 8:
            return inner.text
        return None

    def _document_issuer(self, head: Token) -> Speaker:
        """'the ministry's statement', 'a police statement', 'a statement from the army'."""
        if head.lemma_.lower() == "record" and not any(c.dep_ == "poss" for c in head.children):
            # "court records", "jail records": public records, as worded
            return Speaker(_document_as_worded(head), "anonymous")
        # whoever the phrase says issued it comes first: "a news release from
        # the sheriff's office" is the office's, whatever kind of release
        for child in head.children:
            if child.dep_ == "poss":
                return self.from_subject(child)
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return self.from_subject(obj)
                # "Provisional figures from Water Safety Aotearoa show": the
                # parser may hang the body's name on the verb
                ent = self.ent_at.get(child.i + 1)
                if ent is not None and ent.start == child.i + 1 and ent.label_ == "ORG":
                    return Speaker(self._org_name(ent), "organisation")
            if child.dep_ == "acl":
                # "figures released by the Health Ministry"
                for agent in child.children:
                    if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                        obj = next((o for o in agent.children if o.dep_ == "pobj"), None)
                        if obj is not None:
                            return self.from_subject(obj)
        # "an RCMP news release": the issuer stands before the kind of release
        compounds = [c for c in head.children if c.dep_ == "compound"]
        issuers = [c for c in compounds if c.lower_ not in _RELEASE_KINDS]
        if issuers and _issues_documents(issuers[-1]):
            return self.from_subject(issuers[-1])
        if compounds:
            # "state inspection records", "police data": a kind of document,
            # as worded
            return Speaker(_document_as_worded(head), "anonymous")
        # "the release said" after "according to an RCMP news release"
        earlier = self._introduced_unnamed(head, _core(head))
        if earlier is not None and earlier.kind == "organisation":
            return earlier
        # "official figures", "posts on social media": no one is named as
        # issuing it, so it is the source as worded
        return Speaker(_document_as_worded(head), "anonymous")


def hyphen_end(token: Token) -> int:
    """Where the word a token opens ends, across glued hyphens: "Kamara-Sesay"
    is one word of three tokens."""
    doc, end = token.doc, token.i
    while (
        end + 2 < len(doc)
        and not doc[end].whitespace_
        and doc[end + 1].text == "-"
        and not doc[end + 1].whitespace_
    ):
        end += 2
    return end + 1


def _surname_family(noun: Token) -> bool:
    """'the Tierney family': a family named by its surname."""
    return (
        noun.lemma_.lower() == "family"
        and noun.i > 0
        and noun.nbor(-1).dep_ == "compound"
        and noun.nbor(-1).head.i == noun.i
        and noun.nbor(-1).pos_ == "PROPN"
    )


def _agent(clause: Token) -> Token | None:
    """Who a participle's "by" names: "given by the regional government"."""
    agent = next((a for a in clause.children if a.dep_ == "agent"), None)
    return next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None


def _document_as_worded(head: Token) -> str:
    """'official figures', 'posts on social media': a document with the
    words that say which."""
    words = _strip_det(_core(head)) + _source_qualifiers(head)
    return _text(sorted(set(words), key=lambda t: t.i)) or head.lower_


def _title_case_line(sent: Span) -> bool:
    """'Obama Says Museum Tells a Story': a headline in title case, where
    every word looks like a name."""
    words = [t for t in sent if t.is_alpha and t.lower_ not in _SMALL_WORDS]
    return len(words) >= 4 and sum(not (t.is_title or t.is_upper) for t in words) <= 1


# Words a title in title case leaves in lower case: "Tell of 'Suffering and Delight'".
_SMALL_WORDS = words("a an the and or of in on at to for by with")


def _titled_names(doc: Doc) -> list[str]:
    """'Maj. Aileen Santiago', 'Superintendent of Police Arvind Rathore': two
    to four capitalised words after a title or job, whatever the recogniser
    took them for."""
    names = []
    for token in doc[:-2]:
        if token.lower_ not in ROLE_WORDS or _title_case_line(token.sent):
            continue
        run = []
        for word in doc[token.i + 1 : token.i + 7]:
            if (
                run
                and word.text == "-"
                and not word.whitespace_
                and not run[-1].whitespace_
                and word.i + 1 < len(doc)
                and doc[word.i + 1].is_title
            ):
                run.append(word)  # "Brima Kamara-Sesay": one surname across its hyphen
                continue
            if len(run) - sum(t.text == "-" for t in run) == 4:
                break
            if (
                word.pos_ != "PROPN"
                or not word.is_title
                or word.lower_ in ROLE_WORDS
                or word.lemma_.lower() in ORG_NOUNS
                or (
                    word.ent_type_ in {"GPE", "LOC", "FAC", "NORP", "DATE"}
                    and not _split_given(word)
                )
            ):
                break
            run.append(word)
        end = token.i + 1 + len(run)
        # "Fergal Lenihan BL": letters after a name, which the parser may
        # take for its head
        lettered = end < len(doc) and doc[end].lower_ in POST_NOMINALS
        joined = [*run, doc[end]] if lettered else run
        # "Director of Public Works Anil Mehra": the name is the words the
        # parser joins to its last, not the office before it
        while (
            run
            and run[0] is not run[-1]
            and not (run[0].dep_ in {"compound", "flat"} and run[0].head in joined)
        ):
            run = run[1:]
        run = _without_honorific(run)
        # the name ends where the capitals do: not "Col. Harbour Aid Trust"
        if len(run) >= 2 and (end == len(doc) or not doc[end].is_title or lettered):
            names.append(_text(run))
    return names


def _whole_names(names: set[str]) -> set[str]:
    """The names, a name the recogniser cut short ("Marsh Fire and Rescue
    Service" of "Vale and Marsh Fire and Rescue Service") counted as the whole."""
    return {n for n in names if not any(m != n and m.endswith(n) for m in names)}


def _split_given(word: Token) -> bool:
    """'Defence counsel Fergal Lenihan': a given name the recogniser took for a
    place of one word, right before the person it names."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        word.ent_iob_ == "B"
        and nxt is not None
        and nxt.ent_type_ == "PERSON"
        and nxt.ent_iob_ == "B"
    )


def _spells(short: Token, name: Span) -> bool:
    """Whether the capitals of a name spell its short form, in order."""
    words = [t for t in name if t.is_title or _initialism(t)]
    initials = "".join(w.text if _initialism(w) else w.text[0] for w in words)
    letters = short.text.replace("&", "")  # "NP&P": the ampersand is no initial
    return bool(words) and initials.endswith(letters[-1]) and _subsequence(letters, initials)


def _bracketed_initials(short: Token, words: list[Token]) -> bool:
    """Whether a short form in capitals opens and closes with the name's
    first and last initials: "Veiligheidsregio Kustland (VRK)"; a person's
    party in brackets ("Jane Doe (SNP)") never does."""
    return (
        short.is_upper and short.text[0] == words[0].text[0] and short.text[-1] == words[-1].text[0]
    )


def _initialism(token: Token) -> bool:
    """'UK', 'EU': a short name in capitals inside a longer name."""
    return token.is_alpha and token.is_upper and 2 <= len(token) <= 3


# The letters of a kind of company or club written before its name: an
# Indonesian "PT" or "CV", a Balkan or Nordic football club's "FK", "NK",
# "FC", a Russian "OOO" or "PAO"; never a rank ("SP", "DCI").
_BODY_LETTERS = frozenset(["PT", "CV", "FK", "NK", "FC", "SC", "AC", "OOO", "PAO", "OAO", "JSC"])


def _lettered(ent: Span) -> bool:
    """Whether a body's letters stand before the name: "FK Radnik", "PT
    Samudra Lintas Timur"."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.text in _BODY_LETTERS
        and before.dep_ == "compound"
        and before.head.i in range(ent.start, ent.end)
    )


def _bare_name(ent: Span) -> str:
    """A name without its article or possessive ending: "the Harbour Aid's"."""
    tokens = [t for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
    return _text(tokens) if tokens else ent.text


def _body_names(doc: Doc, ents: list[Span]) -> set[str]:
    """Multi-word names of bodies, whatever their label: written after a kind
    of body ("the relief charity Harbour Aid"), running a service, or ending
    in a business word."""
    names = set()
    for ent in ents:
        if len(ent) < 2:
            continue
        kind = _words_before(doc, ent.start)
        described = bool(kind) and kind[-1].lemma_.lower() in ORG_NOUNS | OUTLET_NOUNS
        if described or _run_by(ent) or ent[-1].lower_ in BUSINESS_NAME_ENDS:
            names.add(_bare_name(ent))
    return names


def _run_by(ent: Span) -> bool:
    """'a coach operated by Tellen Express': only a business runs a service."""
    prep = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and prep.dep_ == "agent"
        and prep.head.lemma_.lower() in {"operate", "own", "run", "manage", "charter"}
    )


def _name_tail(head: Token) -> list[Token]:
    """'Observatory for Human Rights', 'Centre of Maritime Studies': the
    capitalised words a name runs on with after "for" or "of"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of"} and prep.i == head.i + 1:
            tail = list(prep.subtree)
            if all(t.is_title or t.lower_ in _NAME_JOINERS for t in tail[1:]):
                return tail
    return []


def _name_word(token: Token, first: bool) -> bool:
    """A word of an outlet's name: "Harbour Today", "Coast FM", "Kanal 9"."""
    if token.pos_ == "PROPN" and (token.is_title or token.is_upper):
        return True
    return not first and token.like_num


# Bodies named by what they are in charge of: "Ministry of Internal Affairs".
_OFFICE_NOUNS = words("Ministry Department Office Bureau Directorate Secretariat")


def _office_names(doc: Doc) -> set[str]:
    """'Ministry of Internal Affairs', 'Department of Public Works': names the
    recogniser may miss, so that "the interior ministry" can find them."""
    names = set()
    for token in doc:
        if (
            token.text not in _OFFICE_NOUNS
            or token.i + 2 >= len(doc)
            or doc[token.i + 1].lower_ != "of"
        ):
            continue
        end = token.i + 2
        while end < len(doc) and (doc[end].is_title or doc[end].lower_ in {"and", "&"}):
            end += 1
        while end > token.i + 2 and not doc[end - 1].is_title:
            end -= 1
        if end > token.i + 2:
            names.add(doc[token.i : end].text)
    return names


# Last words of a body's name: "Pemberwick Area School District".
_BODY_ENDS = ORG_NOUNS | BUSINESS_NAME_ENDS | words("district inspectorate trust")


def _titled_bodies(doc: Doc) -> list[tuple[int, str]]:
    """'the Tamsett County Sheriff's Office', 'Merrick Fire and Rescue
    Service': capitalised names ending in a kind of body, which the
    recogniser may miss, so that "the sheriff's office" can find them; each
    with the index it starts at."""
    names = []
    for token in doc:
        # the tagger leaves a name's plural unlemmatised: "Brigades"
        kind = {token.lemma_.lower(), token.lower_.removesuffix("s")}
        written = token.is_title or token.lower_ in LEGAL_FORMS
        if not (written and token.pos_ == "PROPN" and kind & _BODY_ENDS):
            continue
        rest = doc[token.i + 1 : token.i + 3]
        # "Brandford Police Department", "the Justice Ministry of Carmoria",
        # "Fenmark's Police and Crime Commissioner": the name runs on
        joiners = {"of", "for", "and", "&"}
        if rest and (rest[0].is_title or (rest[0].lower_ in joiners and rest[-1].is_title)):
            continue
        start = token.i
        while start > 0 and (
            doc[start - 1].is_title
            or (doc[start - 1].tag_ == "POS" and start > 1 and doc[start - 2].is_title)
            or (doc[start - 1].lower_ in {"and", "&"} and start > 1 and doc[start - 2].is_title)
            # "Ansar al-Wadi Brigades"
            or (
                doc[start - 1].lower_ in _NAME_PARTICLES | {"-"}
                and start > 1
                and (doc[start - 2].is_title or doc[start - 2].lower_ in _NAME_PARTICLES)
            )
        ):
            start -= 1
        # "The" before the name, or a common word opening the sentence
        # ("Crews from Merrick Fire ..."), is no part of it
        while start < token.i and (
            doc[start].lower_ == "the" or (doc[start].is_sent_start and doc[start].pos_ != "PROPN")
        ):
            start += 1
        if token.i - start >= 1:
            names.append((start, _text(list(doc[start : token.i + 1]))))
    return names
