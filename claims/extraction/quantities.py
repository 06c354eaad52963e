"""Give each figure its own category and subject.

The category belongs to the number, not the sentence: in "one person was
killed and two were injured" the parser hangs "one" on "killed" and "two" on
"injured", so we walk from each number up the dependency tree to the first
word that says what happened to what it counts. The word lists and walks are
one concern, kept together so a category is decided in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from .attribution import SPEECH_VERBS
from .numbers import (
    AMOUNT_UNITS,
    CRASH_NOUNS,
    CURRENCY_WORDS,
    HARM_DEGREES,
    MARGIN_UNITS,
    MEASURE_UNITS,
    OBJECT_NOUNS,
    PAYING_VERBS,
    PERSON_NOUNS,
    SETTLEMENT_NOUNS,
    TAKING_VERBS,
    TIME_UNITS,
    VEHICLE_NOUNS,
    WEIGHT_UNITS,
    Figure,
    Number,
    all_accounted_for,
    crash_of,
    is_number_token,
    not_a_claim_figure,
    occasions,
    one_object,
    one_of_the_harmed,
    person_noun,
    survived_with,
    survivor_described,
    victim_group,
    wound_described,
)
from .wordlists import KIN_WORDS, words

CASUALTY = {"killed", "injured", "missing", "detained", "displaced"}
# Pseudo-category of people reported "shot" with no word on whether they
# survived; resolved per article by `resolve_shot`.
SHOT = "shot"
# Singular mentions count as figures only for what befalls victims, and for
# one held ("a boy was arrested", read apart in `_implicit`): "a man shot his
# neighbour" is usually a suspect the article goes on to name.
IMPLICIT_CATEGORIES = {"killed", "injured", "missing", SHOT}
# Marks the sick while a figure is read: convention counts them as other, but
# a bare "sickened 48" is still a checkable count of people.
ILL = "ill"
_ILLNESS_NOUNS = words(
    """
    illness disease infection virus symptom isolation quarantine fever cholera measles
    flu influenza typhoid dengue malaria ebola outbreak epidemic
    """
)
_DEATH_LEMMAS = words("die dead death kill fatal fatally homicide murder slay deadly")


def reports_death(doc) -> bool:
    """Whether the article reports anyone dead, in any words ("attempted
    murder", "no one was killed" report no death)."""
    return any(
        t.lemma_.lower() in _DEATH_LEMMAS
        and not (t.i > 0 and t.doc[t.i - 1].lower_ == "attempted")
        and not _denied(t)
        for t in doc
    )


# Named diseases and their spread: an article that names one and speaks of no
# injury is about the sick, whose hospital stays and intensive care are
# illness, not harm ("22 patients remain in hospital").
_DISEASES = _ILLNESS_NOUNS - words("illness symptom isolation quarantine")
_CARE_LEMMAS = words("treat hospitalize hospitalise recover")
_EXPOSURE_HARMS = words("heatstroke sunstroke hypothermia frostbite")


def illness_story(doc) -> bool:
    """Whether the article tells of an outbreak and of no one hurt: it names a
    disease, and no word in it reports an injury (care words aside, which the
    sick share with the hurt)."""
    if "illness_story" not in doc.user_data:
        lemmas = {t.lemma_.lower() for t in doc}
        hurt = any(
            TRIGGERS.get(lemma, (None,))[0] in {"injured", SHOT} and lemma not in _CARE_LEMMAS
            for lemma in lemmas
        ) or bool(lemmas & {"shoot", "gun", "gunshot"})
        # "treated for heat exhaustion", "died of heatstroke": harm from the
        # weather, which makes patients of the hurt even beside a named disease
        hurt = (
            hurt
            or bool(lemmas & _EXPOSURE_HARMS)
            or any(
                t.lower_ in {"exhaustion", "stroke"} and t.i and doc[t.i - 1].lower_ == "heat"
                for t in doc
            )
        )
        doc.user_data["illness_story"] = bool(lemmas & _DISEASES) and not hurt
    return doc.user_data["illness_story"]


# Poisons that sicken whoever breathes or eats them, and the word for it.
_POISON_LEMMAS = words("monoxide fume ammonia chlorine toxic poisoning")


def poisoning_story(doc) -> bool:
    """Whether the article tells of people poisoned, whom convention counts
    as hurt, more than of a disease passing between them: a carbon monoxide
    leak whose victims "thought it was flu" is still a poisoning."""
    if "poisoning_story" not in doc.user_data:
        lemmas = [t.lemma_.lower() for t in doc]
        poison = sum(lemma in _POISON_LEMMAS for lemma in lemmas)
        disease = sum(lemma in _DISEASES - {"outbreak"} for lemma in lemmas)
        doc.user_data["poisoning_story"] = poison > disease
    return doc.user_data["poisoning_story"]


# Words that tell of people driven from home by a war or a disaster.
_FLIGHT_LEMMAS = words("flee refugee displace displaced asylum exodus")


def flight_story(doc) -> bool:
    """Whether the article tells of people fleeing: then those crossing a
    border or arriving at a camp are the displaced."""
    if "flight_story" not in doc.user_data:
        doc.user_data["flight_story"] = any(t.lemma_.lower() in _FLIGHT_LEMMAS for t in doc)
    return doc.user_data["flight_story"]


# "15,000 have crossed into Kavrosh", "3,000 a day were arriving", "11,400 arrivals"
_CROSSING_VERBS = words("cross arrive enter pour stream")
_ARRIVAL_NOUNS = words("arrival newcomer")


def _crossed_over(counted: Token) -> bool:
    """People counted crossing a border or arriving somewhere, or counted as
    arrivals."""
    if counted.lemma_.lower() in _ARRIVAL_NOUNS:
        return True
    return counted.dep_ == "nsubj" and counted.head.lemma_.lower() in _CROSSING_VERBS


def _denied(token: Token) -> bool:
    """'no one was killed', 'nobody died', 'no deaths', 'did not die'."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and (
            child.lower_ in {"nobody", "none", "noone"}
            or any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)
        ):
            return True
    return False


def resolve_shot(quantity: Quantity, deaths: bool) -> Quantity | None:
    """People "shot" are injured when the article reports no death; otherwise
    the count may hold the dead, so it is a plain figure, and a lone implicit
    "a man was shot" is no figure at all."""
    if quantity.category != SHOT:
        return quantity
    if not deaths:
        return Quantity(quantity.figure, "injured", quantity.subject)
    if quantity.figure.implicit or quantity.figure.vague or quantity.figure.zero:
        return None
    return Quantity(quantity.figure, "other", quantity.subject)


DAMAGE = {"damaged", "destroyed"}

# Trigger lemma -> (category when counting people, category when counting
# objects). None means the word says nothing about that kind of thing.
TRIGGERS: dict[str, tuple[str | None, str | None]] = {
    # Conventions: "killed or wounded" is killed; equipment "killed" in a
    # losses list is destroyed.
    "kill": ("killed", "destroyed"),
    "die": ("killed", None),
    "dead": ("killed", None),
    "deceased": ("killed", None),  # "later pronounced deceased"
    "death": ("killed", None),
    "toll": ("killed", None),
    "body": ("killed", None),
    "corpse": ("killed", None),
    "fatality": ("killed", None),
    "casualty": ("killed", None),
    "life": ("killed", None),
    "perish": ("killed", None),
    "succumb": ("killed", None),  # "three more succumbed to their injuries"
    "murder": ("killed", None),
    "slay": ("killed", None),
    "execute": ("killed", None),
    "martyr": ("killed", None),  # "three of its members had been martyred"
    "stab": ("injured", None),
    # an animal's attack, a blade's cut, a crowd's feet: "mauled by a shark",
    # "bitten on the thigh", "trampled in the crush" (verbs only, see below)
    "maul": ("injured", None),
    "savage": ("injured", None),
    "gore": ("injured", None),
    "bite": ("injured", None),
    "slash": ("injured", None),
    "trample": ("injured", None),
    "scald": ("injured", None),
    "graze": ("injured", None),  # the participle only, below
    "sicken": (ILL, None),
    "ill": (ILL, None),  # "30 people fell ill": sick, or poisoned
    "treat": ("injured", None),
    "inhalation": ("injured", None),
    "recover": ("injured", None),  # "is recovering after being shot"
    # the word, not the lemma: "300 broken utility poles", "windows were
    # broken", but not burglars who "broke into three homes"
    "broken": (None, "damaged"),
    # and the verb with what it broke: "the storm broke about 30 utility poles"
    "break": (None, "damaged"),
    # the tagger's adjectives: "the number of damaged homes"
    "damaged": (None, "damaged"),
    "destroyed": (None, "destroyed"),
    # an overdose survived is a casualty, as the health services count it;
    # "fatal overdoses" and "overdose deaths" are the dead
    "overdose": ("injured", None),
    "revive": ("injured", None),  # "eight others were revived"
    "resuscitate": ("injured", None),
    "eliminate": ("killed", "destroyed"),
    "neutralise": ("killed", "destroyed"),  # "neutralised four of the assailants"
    "neutralize": ("killed", "destroyed"),
    "massacre": ("killed", None),
    "drown": ("killed", None),
    # news uses these of the dead; survivors "suffer an electric shock"
    "suffocate": ("killed", None),
    "asphyxiate": ("killed", None),
    "electrocute": ("killed", None),
    "homicide": ("killed", None),
    "killing": ("killed", None),  # "counted 1,146 killings"
    "injure": ("injured", "damaged"),
    "injured": ("injured", None),
    "injury": ("injured", None),
    "wound": ("injured", None),
    "wounded": ("injured", None),
    "hurt": ("injured", None),
    "hospitalize": ("injured", None),
    "hospitalise": ("injured", None),
    # the tagger's adjectives: "12 people remain hospitalised"
    "hospitalized": ("injured", None),
    "hospitalised": ("injured", None),
    "nab": ("detained", None),  # "23 nabbed in raids"
    "maim": ("injured", None),
    "beat": ("injured", None),
    "burn": ("injured", "damaged"),
    "missing": ("missing", None),
    "trap": ("missing", None),
    "unaccounted": ("missing", None),
    "disappear": ("missing", None),
    "arrest": ("detained", None),
    "detain": ("detained", None),
    "detention": ("detained", None),
    "detainee": ("detained", None),
    "custody": ("detained", None),
    "apprehend": ("detained", None),
    "jail": ("detained", None),
    "imprison": ("detained", None),
    "abduct": ("detained", None),
    "kidnap": ("detained", None),
    "capture": ("detained", None),  # "killed 60 soldiers and captured 14"
    "recapture": ("detained", None),  # escaped inmates "recaptured"
    "hostage": ("detained", None),
    "flee": ("displaced", None),
    "displace": ("displaced", None),
    # homes or buildings evacuated stand for the people moved out of them
    "evacuate": ("displaced", "displaced"),
    "evacuation": ("displaced", "displaced"),
    "evacuee": ("displaced", None),
    "relocate": ("displaced", None),
    "rehouse": ("displaced", None),
    "resettle": ("displaced", None),
    "refugee": ("displaced", None),
    "homeless": ("displaced", None),
    "uproot": ("displaced", None),
    "damage": (None, "damaged"),
    "crack": (None, "damaged"),  # "two buildings developed cracks"
    "smash": (None, "damaged"),
    "crush": (None, "damaged"),  # "eight cars had been crushed"; people take "crushed to death"
    "topple": (None, "damaged"),  # "340 poles had been toppled by the winds"
    "tear": (None, "damaged"),  # "roofs were torn off"
    "shatter": (None, "damaged"),
    "vandalise": (None, "damaged"),
    "vandalize": (None, "damaged"),
    "loot": (None, "damaged"),
    # set on fire without "burned down": damaged, like "burned"
    "torch": (None, "damaged"),
    "firebomb": (None, "damaged"),
    "ablaze": (None, "damaged"),  # "set ablaze"
    "alight": (None, "damaged"),  # "set alight"
    "gut": (None, "destroyed"),
    "gutted": (None, "destroyed"),  # the lemmatiser leaves it whole
    "hit": (None, "damaged"),
    "flood": (None, "damaged"),
    "inundate": (None, "damaged"),
    "submerge": (None, "damaged"),
    # a buried person may be dead or trapped, so only things take it
    "bury": (None, "damaged"),
    "swamp": (None, "damaged"),
    "engulf": (None, "damaged"),
    "affect": (None, "damaged"),
    "destroy": ("killed", "destroyed"),  # "destroyed up to 200 soldiers"
    "away": ("missing", "destroyed"),  # "swept away", "washed away"
    "destruction": (None, "destroyed"),
    "raze": (None, "destroyed"),
    # "40 houses that are simply gone"
    "gone": (None, "destroyed"),
    "flatten": (None, "destroyed"),
    "level": (None, "destroyed"),  # the verb only: "levelling dozens of homes"
    "demolish": (None, "destroyed"),
    "obliterate": (None, "destroyed"),
    "collapse": (None, "destroyed"),
    "down": (None, "destroyed"),
    "lose": (None, "destroyed"),
    # a vehicle that left the rails or turned over is damaged, not destroyed
    "derail": (None, "damaged"),
    # vehicles that run into each other or into something are damaged
    "collide": (None, "damaged"),
    "plough": (None, "damaged"),
    "plow": (None, "damaged"),
    "overturn": (None, "damaged"),
    "capsize": (None, "damaged"),
    # buildings inspectors close as unsafe to enter
    "condemn": (None, "damaged"),
    "unsafe": (None, "damaged"),
    "uninhabitable": (None, "damaged"),
}

# People in these places were hurt or made homeless.
PLACES = {
    "hospital": "injured",
    "tent": "displaced",
    "shelter": "displaced",
    "camp": "displaced",
    "custody": "detained",
    "jail": "detained",
    "prison": "detained",
    "detention": "detained",
}
# People moved to these places were made to leave home: "moved to a school",
# "relocated to higher ground". Only a verb of moving people makes them so;
# "taken to a school" or "arrived at a hotel" says nothing.
REFUGES = words(
    "school gym gymnasium church mosque temple hall stadium hotel safety ground relative dormitory"
)
_MOVING_VERBS = words("move relocate transfer bus shift evacuate")
# Who is sent to hospital was hurt: "the blast sent 14 workers to hospital",
# "paramedics rushed three children to hospital".
_SENDING_VERBS = words("send rush take airlift fly carry bring transport ferry")
# "treated for injuries", "among the dead": the object names what happened.
_STATE_PREPS = {"for", "among"}
# "shelters housing 18,000 people": people in emergency housing are displaced.
_HOUSING_VERBS = {"house", "housing", "shelter"}
# "forced from their homes", "driven out of their houses"
_HOME_NOUNS = {"home", "house"}
# Homes, whose evacuation displaces the people in them.
_DWELLINGS = words("home house apartment flat dwelling residence property household building block")
# Where people are, never who: "arrested in raids at nine locations".
_PLACE_NOUNS = words("location site address premises area neighbourhood neighborhood street")

_EXPELLING_VERBS = words("force drive chase evict push")
_MEMBERSHIP_VERBS = {"include", "comprise"}
# hospital grades of a patient's condition; "good" is left out, as people
# held or rescued are said to be "in good condition" too
_GRAVE = {"critical", "serious", "grave", "stable", "fair", "satisfactory"}
_STRUGGLE = {"fight", "battle", "struggle", "cling"}

# Counts of these are never claim figures on their own.
NON_CLAIM_NOUNS = words(
    """
    side time way point thing part hand step occasion round stage phase reason question word
    country nation option scenario aspect factor term sentence paragraph page episode
    chapter game match goal set group block door front direction
    """
)
# Nouns a casualty word can qualify: "injury toll", "death count"; not "body cameras".
TALLY_NOUNS = words("toll count figure number total tally list victim case")
# "murder charges", "a homicide investigation": the crime, not a count of victims.
LEGAL_NOUNS = words(
    """
    charge count case investigation trial warrant conviction sentence inquiry probe
    indictment complaint arrest suspect
    """
)
# Counted things that are never victims: "six gunshot wounds", "three shots",
# "two counts of murder", "eliminated 120 positions" (jobs, not people).
NOT_VICTIM_NOUNS = words(
    """
    wound shot round bullet casing shell count charge time gunshot call
    job position vacancy
    """
)
# Tallies a number may count as things: "the two tolls", "both tallies".
_COUNTED_TALLIES = words("toll tally")
# Nouns whose heads are partitive: "three of the victims", "none of the 40 passengers".
_PARTITIVE_HEADS = {"none", "some", "all", "most", "many", "several", "each", "both", "one"}
_NOUN_DEPS = {"nummod", "quantmod", "amod", "det", "compound", "nmod"}
_CLAUSE_DEPS = {"ROOT", "advcl", "acl", "relcl", "conj", "ccomp", "xcomp"}
_CLAUSE_LINKS = {"as", "while", "after", "before", "when", "since", "because", "until"}
_VAGUE_HEADS = {
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "scores",
    "tens",
    "couple",
    "pair",
    "handful",
    "dozen",
}


# "Several of those detained", "many of the injured": a vague part of a group.
_VAGUE_PARTS = {"several", "many", "numerous"}


def _named_by_what_befell(group: Token) -> bool:
    """'the injured', 'the wounded', 'those detained': a group named only by
    what happened to it, of which "several" or "many" is a count; not "many
    of them" or "many of the bodies", asides on a group counted before."""
    if group.pos_ in {"ADJ", "VERB"}:
        return True
    return group.tag_ == "DT" and any(c.dep_ == "acl" for c in group.children)


@dataclass(frozen=True)
class Quantity:
    figure: Figure
    category: str
    subject: str | None
    # One person counted dead only because "he" or "she" dies further on:
    # "They found a man with stab wounds. He died later." may retell a death
    # the article has already counted.
    dies_later: bool = False


def _counted_noun(figure: Figure, num: Token) -> Token | None:
    """The noun the figure counts, if the parser attached it to one."""
    if figure.zero and num.pos_ in {"NOUN", "ADJ"} and num.lower_ not in {"one", "none", "nobody"}:
        return num  # "no deaths"
    # "dozens of people", "a couple of cars", "three of the victims"
    if (
        num.lower_ in _VAGUE_HEADS | _VAGUE_PARTS
        or num.pos_ in {"NOUN", "PRON"}
        or num.lower_ == "none"
    ):
        for child in num.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and (
                        num.lower_ not in _VAGUE_PARTS or _named_by_what_befell(obj)
                    ):
                        return obj
    # "Five of the injured": the count of a part of a group
    if num.pos_ == "NUM" and figure.value is not None:
        for child in num.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [o for o in child.children if o.dep_ == "pobj"]
                if objs:
                    return objs[0]
    if num.dep_ in _NOUN_DEPS and num.head.pos_ in {"NOUN", "PROPN"} and num.head.i > num.i:
        if any(c.dep_ == "prep" and c.pos_ == "ADP" and c.i < num.head.i for c in num.children):
            # "kill at least 17 in Dalemi farming villages": the count has a
            # place of its own, so the noun after the place is not what it counts
            return None
        if _own_state(num):
            return None  # "Four dead, nine hurt": the parser hangs both counts on "hurt"
        owner = num.head
        if owner.dep_ == "poss" and owner.head.lemma_.lower() in OBJECT_NOUNS:
            return owner.head  # "burned down three teachers' residences"
        return owner
    # "140 inmates considered ringleaders had been moved": a plural the tagger
    # read as a verb ("inmates" as VBZ) still fills a noun's place in the clause
    if (
        num.dep_ == "nummod"
        and num.head.tag_ == "VBZ"
        and num.head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and num.head.i > num.i
    ):
        return num.head
    # "its licensed capacity of 120", "a crowd of 18,000": the number is the
    # size the noun names
    if (
        num.dep_ == "pobj"
        and num.head.lower_ == "of"
        and num.head.head.pos_ == "NOUN"
        and num.head.head.lemma_.lower() in _SIZE_NOUNS
    ):
        return num.head.head
    # "2.5 million people": the run's last token hangs on the noun
    if num.dep_ in _NOUN_DEPS and num.head.pos_ == "NUM" and num.head.head.pos_ == "NOUN":
        return num.head.head
    # "put the number of homes destroyed at 62": the parser hangs the "at" on
    # the participle; the figure counts the noun the participle describes
    if num.dep_ == "pobj" and num.head.lower_ == "at":
        participle = num.head.head
        described = participle.head
        if participle.dep_ == "acl" and participle.tag_ == "VBN":
            # or on the tally itself: "the number [of homes] destroyed"
            tallied = _tally_of(described)
            if tallied is not None:
                return tallied
            if _counted_by_tally(described):
                return described
    # "put the death toll at 40", "estimated the crowd at 42,000"
    if num.dep_ == "pobj" and num.head.lower_ == "at" and num.head.head.pos_ == "VERB":
        for child in num.head.head.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN":
                return _tallied(child)
            if child.dep_ == "dobj" and child.pos_ == "PRON":
                return child  # "estimated it at 8,000": the count of what "it" is
    # "Of those homes, 340 had been destroyed": the group set before the
    # clause says what a bare count counts
    if num.dep_ in {"nsubj", "nsubjpass"} and num.pos_ == "NUM" and not list(num.children):
        for prep in num.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < num.i:
                group = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if group is not None and group.pos_ == "NOUN":
                    return group
    # "the number of cases could reach 1,000": the tally's subject says what
    # the figure counts
    verb = num.head.head if num.dep_ == "pobj" else num.head
    if num.dep_ in {"dobj", "pobj", "attr"} and verb.pos_ in {"VERB", "AUX"}:
        for subject in verb.children:
            if subject.dep_ in {"nsubj", "nsubjpass"} and subject.lemma_.lower() in TALLY_NOUNS:
                counted = _tallied(subject)
                if counted is not subject:
                    return counted
    return None


def _state_after(num: Token) -> str | None:
    """'3 dead, 8 still missing': a headline count the parser set beside the
    one before it still takes the word that follows it."""
    if num.dep_ != "appos" or num.pos_ != "NUM":
        return None
    doc = num.doc
    i = num.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i >= len(doc) or i == num.head.i or doc[i].pos_ not in {"ADJ", "VERB"}:
        return None
    found = _category_of(doc[i], False)
    return found if found in CASUALTY else None


def _own_state(num: Token) -> bool:
    """'Four dead, nine hurt', 'Two killed, three missing': a headline count
    followed by the word that says what befell it, which the noun the parser
    hangs the count on cannot overrule."""
    return any(
        c.dep_ in {"amod", "acl"} and c.i > num.i and _category_of(c, False) in CASUALTY
        for c in num.children
    )


# Nouns that name the size of a body of people or things: "a crowd of 18,000".
_SIZE_NOUNS = words(
    "capacity population crowd workforce staff strength fleet membership garrison crew"
)


def _tallied(noun: Token) -> Token:
    """'the number of destroyed houses': a tally counts what follows its "of"."""
    if noun.lemma_.lower() not in TALLY_NOUNS:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for counted in prep.children:
                # "the number of displaced": a participle standing for people
                # or "the number of missing", which the parser may read as a verb
                if (
                    counted.dep_ == "pobj"
                    and (counted.pos_ == "NOUN" or counted.tag_ in {"VBN", "JJ"})
                ) or (counted.dep_ == "pcomp" and counted.lower_ == "missing"):
                    return counted
    return noun


def _refuge_houses(verb: Token) -> bool:
    """'The shelter was housing 900 people', 'a camp which houses 4,000',
    'shelters housing 18,000': a refuge houses the displaced; a prison
    ("San Tadeo now houses more than 3,800"), a hotel or the building that
    collapsed ("It housed 18 families") houses its usual occupants."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "400 people are sheltering at the community hall": themselves
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is not None and holder.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        holder = verb.head  # "a relief camp, which houses about 900 people"
    elif holder is None and verb.dep_ in {"acl", "relcl"}:
        holder = verb.head  # "shelters housing 18,000 people"
    elif holder is None and verb.dep_ == "conj":
        # "was built to hold 1,200 inmates but now houses more than 3,800"
        holder = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return holder is None or holder.lemma_.lower() in _HOUSING_REFUGES


def _housing_misread(token: Token) -> bool:
    """'the shelter was housing 1,500 people': the tagger reads the
    progressive as a noun the shelter "was"; only a shelter or camp houses
    the displaced, not a hotel housing its guests."""
    if token.dep_ not in {"attr", "acomp"} or token.pos_ != "NOUN" or token.head.lemma_ != "be":
        return False
    return any(
        c.dep_ == "nsubj"
        and (
            PLACES.get(c.lemma_.lower()) == "displaced"
            or any(
                m.dep_ == "compound" and _category_of(m, False) == "displaced" for m in c.children
            )
        )
        for c in token.head.children
    )


def _participle(token: Token) -> tuple[str | None, str | None] | None:
    """A gapped participle the tagger reads as an adjective and leaves
    unlemmatised: "640 were destroyed and 1,500 more damaged", "and 80 more
    looted", "destroying or damaging dozens of homes"."""
    text = token.lower_
    if token.pos_ != "ADJ" or token.dep_ != "conj":
        return None
    if text.endswith("ed"):
        stem = text[:-2]
        stems = [text[:-1], stem]
    elif text.endswith("ing"):
        stem = text[:-3]
        stems = [stem + "e", stem]
    else:
        return None
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # "and 40 more trapped"
    return next((TRIGGERS[s] for s in stems if s in TRIGGERS), None)


def _has_own_argument(verb: Token) -> bool:
    """'shot three women and then killed himself', 'killing two, injuring 18
    and destroying or damaging dozens of homes': a joined verb with a subject
    or object of its own, or one its own joined verb carries, befalls
    someone else."""
    own = {"nsubj", "nsubjpass", "dobj"}
    return any(c.dep_ in own for c in verb.children) or any(
        c.dep_ == "conj" and any(g.dep_ in own for g in c.children) for c in verb.children
    )


def _to_death(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(
        p.dep_ == "prep" and p.lower_ == "to" and any(o.lower_ == "death" for o in p.children)
        for p in verb.children
    )


_CAPTORS = words("police officer soldier troop force authority agent guard militia army")


def _taken_by_captors(verb: Token) -> bool:
    """'Police held two men', 'soldiers rounded up 30 villagers', 'security
    forces picked up 12 activists': people the police or an armed force hold
    or round up are detained; a hall that holds 500 people detains no one."""
    lemma = verb.lemma_.lower()
    up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if not (lemma == "hold" or (lemma in {"round", "pick"} and up)):
        return False
    if not verb.tag_.startswith("VB") or verb.tag_ == "VBN":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _CAPTORS for c in verb.children) and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in PERSON_NOUNS | {"people"} or c.like_num)
        for c in verb.children
    )


# Harms told only by their verb: "19 shark bites", "the slashes" count no one.
_VERB_ONLY_HARMS = words("maul savage gore bite slash trample scald")


_BLOWN_OFF = words("out over off down")


def _category_of(token: Token, is_object: bool) -> str | None:
    if not is_object and _sought_care(token):
        return "injured"  # "38 people sought medical help"
    if token.lower_ in _DEADLY and token.pos_ == "NOUN":
        # "11 overdoses in 36 hours, 3 fatal": a headline's state the parser
        # took for the noun counted
        return None if is_object else "killed"
    if token.lower_ == "critical" and token.pos_ == "ADJ" and token.dep_ != "amod":
        # "17 others remained critical", a headline's "31 dead, 17 critical":
        # patients; "critical infrastructure" counts no one
        return None if is_object else "injured"
    if token.lemma_.lower() in _VERB_ONLY_HARMS and not token.tag_.startswith("VB"):
        return None
    if token.lemma_.lower() in {"shoot", "gun"} and token.tag_.startswith("VB"):
        return None if is_object else _shot(token)
    if (
        token.lemma_.lower() == "blow"
        and token.pos_ == "VERB"
        and any(c.dep_ == "prt" and c.lower_ in _BLOWN_OFF for c in token.children)
    ):
        # "windows were blown out in 40 homes", "four semitrailers were blown
        # over", "roofs were blown off"
        return "damaged" if is_object else None
    if token.lemma_.lower() == "set" and _sets_fire(token):
        return "damaged" if is_object else "injured"  # as "burned"
    if (
        token.lemma_.lower() == "hold"
        and not is_object
        and (token.tag_ == "VBN" or _headline_passive(token))
    ):
        # "two men held after brawl", "were being held without bail"; but a
        # hall that "held 500 people" holds no one captive, and meetings
        # "were held"
        held = (
            token.head
            if token.dep_ == "acl"
            else next(
                (
                    c
                    for c in token.children
                    if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and _headline_passive(token))
                ),
                None,
            )
        )
        people = held is not None and (
            held.lemma_.lower() in PERSON_NOUNS | {"people"}
            or held.ent_type_ in {"PERSON", "NORP"}
            or held.pos_ == "NUM"  # a headline's "3 held after raid"
        )
        return "detained" if people else None
    if not is_object and _taken_by_captors(token):
        return "detained"
    if _made_to_leave(token):
        return "displaced"  # residents of 40 homes ordered out: homes stand for them
    if not is_object and _to_death(token):
        return "killed"  # "stabbed a driver to death", "was beaten to death"
    if is_object and _flood_came_in(token):
        return "damaged"  # "water had entered about 140 homes"
    if (
        is_object
        and token.lemma_.lower() == "strike"
        and any(c.dep_ == "auxpass" for c in token.children)
    ):
        # "four parked cars had been struck by bullets"; jets that "struck a
        # depot" name no count of it, and workers "joined the strike"
        return "damaged"
    if token.lemma_.lower() == "level" and token.pos_ != "VERB":
        return None  # "water levels", "at street level"
    if token.lemma_.lower() == "discharge" and token.tag_ == "VBN" and not is_object:
        # "11 others had been discharged after treatment", "were discharged
        # from hospital": patients; not soldiers discharged from the army
        return (
            "injured"
            if any(
                p.dep_ == "prep"
                and (
                    (
                        p.lower_ == "after"
                        and any(o.lemma_.lower() == "treatment" for o in p.children)
                    )
                    or (p.lower_ == "from" and _setting_category(p) == "injured")
                )
                for p in token.children
            )
            else None
        )
    if token.lemma_.lower() == "admit" and token.tag_ == "VBN" and not is_object:
        # "22 patients remained admitted", "were admitted to hospital"; not
        # those admitted to a school or a country
        places = [o for p in token.children if p.dep_ == "prep" for o in p.children]
        if any(c.dep_ == "auxpass" for c in token.children) and all(
            PLACES.get(o.lemma_.lower()) == "injured" or o.lemma_.lower() in _CARE_PLACES
            for o in places
        ):
            return "injured"
    if token.lemma_.lower() == "round" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in token.children
    ):
        return None if is_object else "detained"  # "troops had rounded up 11 men"
    if token.lemma_.lower() in {"revive", "resuscitate"} and any(
        c.dep_ == "neg" or c.lower_ in {"neither", "none"} for c in token.children
    ):
        return None  # "neither could be revived": the dead, told elsewhere
    if token.lemma_.lower() == "loss" and any(
        c.dep_ == "amod" and c.lower_ in {"total", "complete"} for c in token.children
    ):
        return "destroyed" if is_object else None  # "declared a total loss"
    if token.lemma_.lower() == "graze" and token.tag_ != "VBN":
        return None  # "was grazed by a bullet", but "a shepherd grazing his flock"
    pair = TRIGGERS.get(token.lemma_.lower()) or TRIGGERS.get(token.lower_) or _participle(token)
    if pair is None:
        if (
            token.lemma_.lower() in _HOUSING_VERBS
            and (token.dep_ in _CLAUSE_DEPS or _housing_misread(token))
            and _refuge_houses(token)
        ):
            return None if is_object else "displaced"
        return None
    # "burned out", "burned down", "burnt to the ground": a thing burned is
    # only damaged without the particle or the ground
    if (
        is_object
        and token.lemma_.lower() == "burn"
        and any(
            (c.dep_ == "prt" and c.lower_ in {"out", "down"})
            or (
                c.dep_ == "prep"
                and c.lower_ == "to"
                and any(o.lower_ == "ground" for o in c.children)
            )
            for c in token.children
        )
    ):
        return "destroyed"
    if is_object and token.lemma_.lower() == "burn" and _burned_by_fire(token):
        return "destroyed"  # "the wildfire burned 47 homes": consumed, not scorched
    # "shot down", "knocked down": only the particle makes it destruction
    if token.lower_ == "down" and token.head.lemma_.lower() not in {"shoot", "bring", "knock"}:
        return None
    if token.lower_ == "away" and token.head.lemma_.lower() not in {"sweep", "wash", "carry"}:
        return None
    if token.lemma_.lower() in _ELIMINATING and not is_object and not _fighters_eliminated(token):
        return None  # "three eliminated candidates", "eliminated 40 posts"
    if token.lemma_.lower() == "recover" and token.tag_ != "VBG":
        return None  # "recovered 40 shell casings"; "is recovering" is a patient
    if (
        token.lemma_.lower() == "treat"
        and not _headline_passive(token)
        and not any(
            c.dep_ in {"prep", "npadvmod", "agent"}
            or (c.dep_ == "advmod" and c.lower_ not in _MANNER)
            or (c.dep_ == "conj" and c.lemma_.lower() == "release")
            # "hospital staff treated 45 people": who treats says they are patients
            or (c.dep_ == "nsubj" and _carer(c))
            for c in token.children
        )
    ):
        # "treated" alone may be "treated well" or "treated fairly"; "treated
        # for", "at the scene", "there", "treated and released" are patients
        return None
    if token.lemma_.lower() == "overdose" and any(
        c.dep_ == "amod" and c.lower_ in _DEADLY for c in token.children
    ):
        return "killed"  # "31 fatal overdoses"
    return pair[1] if is_object else pair[0]


def _headline_passive(verb: Token) -> bool:
    """'rights group says 63 held', '9 treated, 1,000 evacuated': a bare
    count before the verb is headline grammar for "were held", "were
    treated", which the parser reads as a count doing it."""
    children = list(verb.children)
    if any(c.dep_ in {"dobj", "aux", "auxpass"} for c in children):
        return False
    # "12 treated, 300 evacuated": or the participle hung on the count
    on_count = verb.dep_ == "acl" and verb.head.pos_ == "NUM" and verb.head.i < verb.i
    return on_count or any(c.dep_ == "nsubj" and c.pos_ == "NUM" for c in children)


# Those whose treating of people makes them patients.
_CARERS = words(
    "staff doctor medic paramedic nurse surgeon physician hospital clinic ambulance crew"
)
# Where patients are admitted, besides the carers' own names.
_CARE_PLACES = _CARERS | words("ward unit icu infirmary")
# What a hospital does with the people it takes in: "received 19 patients".
_ADMITTING_VERBS = words("receive admit")


def _taken_in_by_carers(verb: Token, taken: Token) -> bool:
    # "received four of the students": the people the part is of
    people = [o for p in taken.children if p.lower_ == "of" for o in p.children] or [taken]
    return (
        verb.lemma_.lower() in _ADMITTING_VERBS
        and taken.dep_ == "dobj"
        and any(
            person_noun(p.lemma_.lower()) or p.lemma_.lower() in {"people", "casualty"}
            for p in people
        )
        and any(c.dep_ == "nsubj" and _carer(c) for c in verb.children)
    )


def _people_seized(verb: Token, taken: Token) -> bool:
    """People seized are held; goods seized ("seized 40 rifles") are not."""
    lemma = taken.lemma_.lower()
    return verb.lemma_.lower() == "seize" and (
        person_noun(lemma) or lemma in {"people", "hostage", "other"}
    )


_MEDICAL = words("medical trauma health burn")


def _carer(subject: Token) -> bool:
    """'hospital staff', 'Copley Valley Medical Center', and the "it" of "the
    hospital said it had treated four people": the one who speaks of its own
    patients."""
    if subject.lower_ in {"it", "they"} and subject.head.dep_ == "ccomp":
        speaker = next((c for c in subject.head.head.children if c.dep_ == "nsubj"), None)
        subject = speaker if speaker is not None else subject
    lemma = subject.lemma_.lower()
    # "Copley Valley Medical Center", "the ambulance service": a body named
    # for its care
    return lemma in _CARERS or (
        lemma in {"center", "centre", "service"}
        and any(
            c.dep_ == "compound" and c.lemma_.lower() in _MEDICAL | _CARERS
            for c in subject.children
        )
    )


# Vehicles that crash are damaged, as those that collide are.
_CRASHING_VERBS = words("crash slam smash")
# What a vehicle runs on, and where it falls when it leaves it.
_WAYS = words("track rail rails road runway carriageway line")
_DROPS = words(
    "embankment ravine gorge river ditch slope hillside cliff valley canal gully verge bank"
)
_OFF_COURSE_VERBS = words("slide plunge tumble roll topple veer skid career fall crash go come")


def _off_its_way(counted: Token) -> bool:
    """'four wagons left the rails', 'two coaches plunged into a ravine',
    'more than 40 vehicles crashed in thick fog', 'a crash involving 24
    vehicles'; and the last of "cars, pickups and at least six big rigs
    slammed into one another"."""
    while counted.dep_ == "conj":
        counted = counted.head
    if (
        counted.lemma_.lower() in VEHICLE_NOUNS
        and counted.dep_ in {"dobj", "nsubjpass"}
        and counted.head.lemma_.lower() == "involve"
        and any(t.lemma_.lower() in CRASH_NOUNS for t in counted.doc)
    ):
        # "the crash involved more than two dozen vehicles", in a report of
        # a crash; not "the scheme involved 40 buses"
        return True
    return counted.dep_ == "nsubj" and (
        _left_its_way(counted.head) or counted.head.lemma_.lower() in _CRASHING_VERBS
    )


def _left_its_way(verb: Token) -> bool:
    """'nine carriages left the tracks', 'jumped the rails', 'slid down an
    embankment', 'veered off the road': a vehicle thrown off its way is
    damaged, as one derailed is."""
    lemma = verb.lemma_.lower()
    if not verb.tag_.startswith("VB"):
        return False
    if lemma in {"leave", "jump"}:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _WAYS for c in verb.children)
    if lemma not in _OFF_COURSE_VERBS:
        return False
    places = [
        o
        for c in verb.children
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"off", "down", "into", "from"}
        for o in [c, *c.children]
        if o.dep_ == "pobj"
    ]
    if any(c.dep_ == "prt" and c.lower_ in {"off", "down"} for c in verb.children):
        places += [c for c in verb.children if c.dep_ == "dobj"]  # "slid down an embankment"
    return any(p.lemma_.lower() in _WAYS | _DROPS for p in places)


# Care only the hurt or sick go looking for: "sought medical help".
_CARE_NOUNS = words("help treatment attention care assistance")
_SEEKING_VERBS = words("seek need require receive get undergo")


def _sought_care(verb: Token) -> bool:
    """'38 people sought medical help', 'needed hospital treatment': they
    were hurt; not "sought help from neighbours" (no medical word)."""
    if verb.lemma_.lower() not in _SEEKING_VERBS or not verb.tag_.startswith("VB"):
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in _CARE_NOUNS:
            continue
        if obj.lemma_.lower() == "treatment" or any(
            c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {"medical", "hospital"}
            for c in obj.children
        ):
            return True
    return False


_FIRE_AGENTS = words("fire wildfire bushfire blaze flame inferno firestorm")


_FLOODWATERS = words("water floodwater floodwaters flood floods mud sewage seawater")
_COMING_IN_VERBS = words("enter reach fill")


def _flood_came_in(verb: Token) -> bool:
    """'Water had entered about 140 homes', 'mud filled 30 houses': a flood
    that came into a building damaged it."""
    return verb.lemma_.lower() in _COMING_IN_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _FLOODWATERS for c in verb.children
    )


def _burned_by_fire(verb: Token) -> bool:
    """'a wildfire burned 47 homes', 'the blaze tore through the hills,
    burning 30 houses', '12 homes were burned by the flames': a fire, not
    someone who set one, did the burning."""
    holders = [verb]
    if verb.dep_ in {"advcl", "conj", "xcomp"} and not has_own_subject(verb):
        holders.append(verb.head)  # the subject of the clause it hangs on
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "nsubj" and child.lemma_.lower() in _FIRE_AGENTS:
                return True
            if child.dep_ == "agent" and any(
                o.lemma_.lower() in _FIRE_AGENTS for o in child.children if o.dep_ == "pobj"
            ):
                return True
    return False


# How someone was treated, not where or for what: no patients.
_MANNER = words("well badly fairly unfairly poorly harshly kindly humanely equally differently")

# "set on fire", "set fire to", "set light to": the fire is what was done
_FIRE_NOUNS = {"fire", "flame", "light"}


def _sets_fire(verb: Token) -> bool:
    """'cars were set on fire', 'set fire to 14 buses', 'set them in flames'."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in _FIRE_NOUNS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in {"on", "in"}
            and any(o.lemma_.lower() in _FIRE_NOUNS for o in child.children if o.dep_ == "pobj")
        ):
            return True
    return False


_FATAL = {"dead", "death", "fatally", "killed", "kill", "die", "mortally", "lethally"}


def _shot(verb: Token) -> str | None:
    """'shot' is injured unless the words around it say the victim died:
    "shot and killed", "shot dead", "shot to death", "fatally shot"."""
    if verb.head.lemma_.lower() in {"kill", "die"} and verb.dep_ in {"conj", "advcl"}:
        return "killed"  # "killed, shot by ..."
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in verb.children:
        lemma = child.lemma_.lower()
        if child.dep_ in {"conj", "advcl", "dep", "parataxis"} and lemma in {"kill", "die"}:
            if objects and any(c.dep_ == "dobj" for c in child.children):
                continue  # "shot four people, killing two": the dead are a part
            return "killed"  # "shot and killed", headline "Man shot, killed"
        if child.dep_ in {"acomp", "oprd", "advmod", "xcomp", "ccomp"} and (
            child.lower_ in _FATAL or lemma in _FATAL
        ):
            return "killed"
        if (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and any(o.lemma_.lower() == "death" for o in child.children)
        ):
            return "killed"
        if child.dep_ == "prt" and child.lower_ == "down" and verb.lemma_.lower() == "gun":
            return "killed"  # "gunned down"
    if any(
        c.dep_ == "conj" and c.lemma_.lower() in {"wound", "injure", "hurt"} for c in verb.children
    ):
        return "injured"  # "shot and critically wounded"
    if verb.lemma_.lower() == "gun" or any(
        c.dep_ in {"prt", "prep"} and c.lower_ in {"down", "up"} or _fired_at(c)
        for c in verb.children
    ):
        return None  # "shot at", "shot down" (aircraft)
    # Victims "shot" include any who died: the extractor reads this as
    # injured only in an article that reports no death.
    return SHOT


def _fired_at(prep: Token) -> bool:
    """ "shot at police", "the car was shot at": a target fired at, not a hit.
    "was shot at a hospital" names where someone was hit: a person shot in
    the passive is hit, unless the "at" has no object or a person for one."""
    if prep.dep_ not in {"prt", "prep"} or prep.lower_ != "at":
        return False
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if not objects or not any(c.dep_ in {"nsubjpass", "auxpass"} for c in prep.head.children):
        return True
    target = objects[0]
    return (
        target.pos_ == "PRON"
        or target.ent_type_ == "PERSON"
        or target.lemma_.lower() in PERSON_NOUNS
    )


def _modifier_category(noun: Token, is_object: bool) -> str | None:
    """Category from words hanging on the noun: "12 injured people",
    "people killed in the blast", "homes that were destroyed"."""
    for child in noun.children:
        if child.dep_ == "compound" and (
            noun.lemma_.lower() in TALLY_NOUNS or noun.lemma_.lower() in PERSON_NOUNS
        ):
            found = _category_of(child, is_object)  # "injury toll", "murder victims"
            if found:
                return found
    if is_object:
        # "61 homes with flood damage", "two buildings with cracks"
        for child in noun.children:
            harm = next((o for o in child.children if o.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ == "with" and harm is not None:
                found = _harm_to_things(harm)
                if found in DAMAGE:
                    return found
    if not is_object:
        # "forcing 200 residents from their homes", "12 people in hospital"
        for child in noun.children:
            # "two children among three dead": a part shares the group's fate
            if child.dep_ == "prep" and child.lower_ in {"from", "in", "among"}:
                found = _setting_category(child)
                if found:
                    return found
    for child in noun.children:
        if child.dep_ in {"amod", "acl", "relcl", "appos"}:
            passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in child.children)
            # "soldiers who killed civilians" did it; "two people who remain
            # missing", "who died" and "who fled" are what befell them
            if (
                child.dep_ == "relcl"
                and not passive
                and child.lemma_ not in _BEFALLING_RELATIVES
                and child.lower_ != "missing"
            ):
                continue
            if child.dep_ == "relcl" and any(c.dep_ == "neg" for c in child.children):
                continue  # "the 26 students who were not hurt"
            if child.dep_ == "relcl" and any(
                (c.dep_ in {"nsubj", "nsubjpass"} and any(p.lower_ == "of" for p in c.children))
                # "pulled out 25 people, of whom 11 were declared dead"
                or (c.lower_ == "of" and any(w.tag_ in {"WP", "WDT"} for w in c.children))
                for c in child.children
            ):
                continue  # "23 workers, many of whom were trapped": a part's fate
            if child.pos_ == "VERB":
                found = _verb_category(child, noun, is_object)  # "believed to be trapped"
            else:
                found = _category_of(child, is_object)
            if found:
                return found
    return None


_IN_PART = words("partly partially half")
# Buildings people live or work in, which a landslide that buries them destroys.
_HOUSES = words("home house building dwelling hut shack apartment shop school")
# A part of the damaged that was lost whole: "8,417 houses were damaged,
# 1,902 of them totally".
_WHOLLY = words("totally completely fully entirely wholly")
_BEFALLING_RELATIVES = words("die flee remain be stay")


def _verb_category(verb: Token, came_from: Token, is_object: bool, depth: int = 0) -> str | None:
    """Category from a verb or from its other arguments: "found dead",
    "left homeless", "Damage was noted on 29 homes", "toll rose to 40",
    "believed to be trapped", "shot down", "taken to hospital"."""
    if not is_object and _treated_for_illness(verb):
        return ILL
    # "Two gunmen killed three villagers": the subject did it; "executed
    # warrants at nine addresses": the count only says where. The verb befell
    # its own object ("bringing the toll to 14" takes the object's category
    # below).
    acting = not is_object and (
        _doer(verb, came_from) or (came_from.dep_ == "prep" and _acting_there(verb, came_from))
    )
    found = None if acting else _category_of(verb, is_object)
    if found is None and came_from.dep_ == "dobj" and _evacuation_covers(verb):
        found = "displaced"  # "evacuation orders expanded to cover 9,400 residents"
    if found is None and not is_object and _taken_in_by_carers(verb, came_from):
        found = "injured"  # "the hospital received 19 patients"
    if found is None and not is_object and _people_seized(verb, came_from):
        found = "detained"  # "the number of people seized", "gunmen seized 13 workers"
    if (
        verb.lemma_.lower() == "lose"
        and came_from.dep_ == "nsubj"
        and any(c.dep_ == "dobj" for c in verb.children)
    ):
        found = None  # "4,300 properties lost power": what they lost is not them
    if verb.lemma_.lower() == "break" and came_from.dep_ not in {"dobj", "nsubjpass"}:
        found = None  # burglars who "broke into three homes" broke nothing counted
    # the one who buries is never the buried: "families buried their children"
    if not is_object and verb.lemma_.lower() == "bury" and came_from.dep_ != "nsubj":
        found = _buried(verb)
    if found == "damaged" and verb.lemma_.lower() == "bury" and came_from.lemma_.lower() in _HOUSES:
        # "the landslide buried 14 houses": lost, where a buried car is dug out
        found = "destroyed"
    if found == "damaged" and verb.lemma_.lower() == "burn" and came_from.dep_ == "nsubj":
        # "more than 200 barns had burned": what burns of itself burns away,
        # where "12 homes were burned" may only be scorched
        found = "destroyed"
    if (
        found in {"injured", SHOT}
        and not is_object
        and any(c.dep_ == "advmod" and c.lower_ in {"fatally", "mortally"} for c in verb.children)
    ):
        return "killed"  # "fatally stabbed", "mortally wounded"
    if (
        found in {"injured", "detained", SHOT}
        and not is_object
        and verb.dep_ == "conj"
        and any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children)
        # one object shared by both: not "killed one person or injured two"
        and not any(c.dep_ == "dobj" for c in verb.head.children)
        and _category_of(verb.head, is_object) == "killed"
    ):
        # convention: "killed or wounded 40 people" is killed, and so is
        # "killed or captured more than 2,000 militants"
        return "killed"
    if found and found != "killed" and not is_object:
        # "were shot and killed", "injured and later died": the worse outcome
        for child in verb.children:
            # not "shot three women and then killed himself": the joined
            # verb with an object of its own befalls someone else
            if (
                child.dep_ == "conj"
                and not _has_own_argument(child)
                and _category_of(child, is_object) == "killed"
            ):
                return "killed"
    if found == "destroyed" and (
        (
            any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children)
            and any(
                c.dep_ == "conj" and _category_of(c, is_object) == "damaged" for c in verb.children
            )
        )
        # "damaged or destroyed about 2,300 homes": the parser hangs the
        # object on the second verb
        or (
            verb.dep_ == "conj"
            and any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children)
            and _category_of(verb.head, is_object) == "damaged"
        )
    ):
        return "damaged"  # convention: "destroyed or damaged" is damaged
    if (
        found == "destroyed"
        and is_object
        and any(c.dep_ == "advmod" and c.lower_ in _IN_PART for c in verb.children)
    ):
        return "damaged"  # "partly destroyed", "half demolished": damaged
    if found:
        return found
    if is_object and verb.lemma_.lower() == "spread" and _burned_by_fire(verb):
        return "damaged"  # "the fire spread to two neighbouring homes": reached, not razed
    if is_object and verb.lemma_.lower() == "have" and came_from.dep_ == "nsubj":
        # "14 properties had their windows blown out": harm to a part of a
        # thing damages the thing
        for part in verb.children:
            if (
                part.dep_ in {"ccomp", "xcomp", "oprd"}
                and part.tag_ == "VBN"
                and _category_of(part, True) in DAMAGE
            ):
                return "damaged"
    # "one has minor burns": "have" only with a written count, as "many of
    # the bodies had burns" says nothing new of the dead
    undergoes = verb.lemma_.lower() in _UNDERGO_VERBS or (
        verb.lemma_.lower() == "have"
        and (
            is_number_token(came_from)
            # "The six others had injuries ranging from cuts to burns"
            or any(c.dep_ == "nummod" and is_number_token(c) for c in came_from.children)
        )
    )
    if undergoes and came_from.dep_ in {"nsubj", "nsubjpass"}:
        # "both suffered gunshot wounds", "40 homes sustained damage": the
        # subject took the harm
        for child in verb.children:
            if child.dep_ == "dobj":
                return _harm_to_things(child) if is_object else _undergone(child)
    if not is_object and came_from.dep_ in {"nsubj", "nsubjpass"} and _lost_from_sight(verb):
        return "missing"  # "five people had fallen overboard", "were never seen again"
    if (
        is_object
        and came_from.dep_ == "nsubj"
        and verb.lemma_.lower() == "take"
        and any(
            t.lower_ == "water" and verb in (t.head, t.head.head) and t.dep_ in {"dobj", "pobj"}
            for t in verb.subtree
        )
    ):
        return "damaged"  # "at least 45 homes had taken on water": flooded
    if (
        verb.lemma_.lower() == "lose"
        and came_from.dep_ == "dobj"
        # kin one "loses" are dead; not "lost custody", "lost contact with her son"
        and came_from.lemma_.lower() in _FALLEN | KIN_WORDS | _CLOSE_ONES
    ):
        # "the unit lost four soldiers", "she lost her husband and two
        # grandchildren": fighters and kin lost are dead
        return "killed"
    if (
        not is_object
        and verb.lemma_.lower() == "lose"
        and came_from.dep_ == "nsubj"
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)
    ):
        return "killed"  # "four soldiers lost their lives"
    if is_object and verb.lemma_.lower() == "leave" and came_from.dep_ == "dobj":
        # "left four others with smoke and water damage": the harm it left them with
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                harm = next((o for o in prep.children if o.dep_ == "pobj"), None)
                found = _harm_to_things(harm) if harm is not None else None
                if found in DAMAGE:
                    return found
    if not is_object and verb.lemma_.lower() == "leave" and came_from.dep_ == "dobj":
        # "the blast left three workers with severe burns": what they were left with
        for holder in (verb, came_from):
            for prep in holder.children:
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ == "without"
                    and any(o.lemma_.lower() in _HOME_NOUNS | {"roof"} for o in prep.children)
                ):
                    return "displaced"  # "left upwards of 70 families without a home"
                if prep.dep_ == "prep" and prep.lower_ == "with":
                    harm = next((o for o in prep.children if o.dep_ == "pobj"), None)
                    found = _undergone(harm) if harm is not None else None
                    if found:
                        return found
    if not is_object and (_sheltered(verb, came_from) or _left_home(verb, came_from)):
        return "displaced"
    if not is_object and _out_of_reach(verb, came_from):
        return "missing"
    if verb.lemma_.lower() in _MEMBERSHIP_VERBS and came_from.dep_ == "dobj":
        # "the dead included two children": the members share the group's fate
        for child in verb.children:
            if child.dep_ == "nsubj" and child.pos_ in {"ADJ", "VERB"}:
                found = _category_of(child, is_object)
                if found:
                    return found
    for child in verb.children:
        if child.i == came_from.i:
            continue
        # "bringing the toll to 14", "raised the death toll from 12"
        if child.dep_ == "dobj" and came_from.dep_ == "prep":
            found = _category_of(child, is_object) or _modifier_category(child, is_object)
            if found:
                return found
            continue
        if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"} and depth < 2:
            found = _verb_category(child, came_from, is_object, depth + 1)
        elif (
            child.dep_ in {"acomp", "oprd", "xcomp", "prt", "advmod"}
            or (
                is_object and child.dep_ == "attr"  # "would be a total loss"
            )
            or (child.dep_ == "advcl" and verb.lemma_.lower() in _PRESUMING_VERBS | _LEAVING_IN)
        ):
            found = _category_of(child, is_object)
            if found == "injured" and any(
                c.dep_ == "advmod" and c.lower_ in {"fatally", "mortally"} for c in child.children
            ):
                found = "killed"  # "were found fatally wounded"
        elif child.dep_ == "prep" and child.lower_ == "as":
            # "listed as missing", "reported as dead"
            found = next(
                (
                    _category_of(c, is_object)
                    for c in child.children
                    if c.dep_ in {"pcomp", "pobj", "acomp"} and _category_of(c, is_object)
                ),
                None,
            )
        elif (
            not is_object
            and came_from.dep_ == "dobj"
            and verb.lemma_.lower() in _SENDING_VERBS
            and _to_hospital(child)
        ):
            found = "injured"  # "the leak sent 14 workers to hospital"
        elif (
            not is_object
            and came_from.dep_ == "dobj"
            and verb.lemma_.lower() in _SENDING_VERBS
            and child.dep_ in {"prep", "dative"}
            and any(o.lemma_.lower() in {"custody", "detention"} for o in child.children)
        ):
            # "sent 15 others to police custody"; troops "sent to the prison"
            # are not held there
            found = "detained"
        elif (
            child.dep_ in {"prep", "attr"} and not is_object and not _acting_there(verb, came_from)
        ):
            found = _setting_category(child)
        elif child.dep_ == "prep" and child.lower_ == "under" and is_object:
            # "64 homes were under an evacuation order": homes evacuated stand
            # for the people moved out of them
            found = "displaced" if _setting_category(child) == "displaced" else None
        elif child.dep_ in {"nsubj", "nsubjpass"}:
            found = _subject_category(child, is_object)
        else:
            continue
        if found:
            return found
    if not is_object and _names_the_victims(verb, came_from):
        return "killed"
    if verb.dep_ == "xcomp" and not has_own_subject(verb):
        # "the toll is expected to rise to 30": the subject of the verb it
        # completes; "was likely to exceed 150": of the verb "likely" completes
        holder = verb.head
        if holder.pos_ == "ADJ" and holder.dep_ == "acomp":
            holder = holder.head
        for child in holder.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                found = _subject_category(child, is_object)
                if found:
                    return found
    return None


# What people are buried under when a disaster traps them.
_DEBRIS = words("rubble debris mud earth soil snow landslide avalanche collapse wreckage sand")


def _evacuation_covers(verb: Token) -> bool:
    """'evacuation orders expanded to cover 9,400 residents', 'the evacuation
    zone includes 2,000 homes': those an order to leave applies to."""
    if verb.lemma_.lower() not in _COVERING_VERBS:
        return False
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in _ORDER_NOUNS
        and any(
            m.lemma_.lower() == "evacuation" for m in c.children if m.dep_ in {"compound", "amod"}
        )
        for holder in holders
        for c in holder.children
    )


_COVERING_VERBS = words("cover affect include encompass")
_ORDER_NOUNS = words("order warning notice zone area")


def _to_hospital(child: Token) -> bool:
    """'to hospital' on a verb, also where the parser took "to" for the
    marker of a verb ("sent 14 workers to hospital on Tuesday")."""
    if child.dep_ in {"prep", "dative"}:
        return _setting_category(child) == "injured"
    return (
        child.dep_ == "advcl"
        and child.pos_ == "NOUN"
        and any(c.lower_ == "to" for c in child.children)
        and PLACES.get(child.lemma_.lower()) == "injured"
    )


def _buried(verb: Token) -> str:
    """People "buried under the rubble", or who "may have been buried", are
    trapped, so missing by the convention for the trapped; people buried
    anywhere else were laid to rest: "we buried three of the children"."""
    if any(c.tag_ == "MD" for c in verb.children):
        return "missing"
    under = any(
        o.lemma_.lower() in _DEBRIS
        for p in verb.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )
    return "missing" if under else "killed"


def _lost_from_sight(verb: Token) -> bool:
    """People who went overboard, or who were never seen again, are missing."""
    return any(c.lower_ == "overboard" for c in verb.children) or (
        verb.lemma_.lower() == "see" and any(c.lower_ == "never" for c in verb.children)
    )


def _doer(verb: Token, came_from: Token) -> bool:
    """'Two gunmen killed three villagers', '150 officers executed warrants':
    the subject of an active verb with an object of its own did the harm, so
    the verb says what befell the object, not the subject. Not "1,000 people
    fled their homes" or "two men hurt their backs": an object the subject
    owns is the subject's own loss."""
    if came_from.dep_ == "agent":
        return True  # "was beaten by at least four officers": those who did it
    if came_from.dep_ != "nsubj" or verb.tag_ == "VBN":
        return False
    if verb.lemma_.lower() in _UNDERGO_VERBS | {"have", "lose"} or _sought_care(verb):
        return False  # "two men suffered burns", "14 needed treatment": the subject's harm
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() not in TIME_UNITS  # "spent a second night in tents"
        # "..., many of them with pets": a part of the subject the parser
        # hangs on the verb
        and not _of_them(c)
        and not any(g.dep_ == "poss" for g in c.children)
        # "shooting, 1 killed | News, Weather": a page's menu is no object
        and not any(t.is_punct or t.text == "|" for t in verb.doc[verb.i + 1 : c.i])
        for c in verb.children
    )


def _acting_there(verb: Token, came_from: Token) -> bool:
    """'28,000 members joined the strike at 112 hospitals': a verb with an
    object of its own tells what the counted did at a place, not what befell
    them there; "spent a week in hospital" is still a stay."""
    return any(
        c.dep_ == "dobj"
        and c.i != came_from.i
        and c.lemma_.lower() not in TIME_UNITS
        and not _of_them(c)
        for c in verb.children
    )


def _names_the_victims(verb: Token, came_from: Token) -> bool:
    """In an article that reports deaths, the people named as its victims
    are the dead: "The victims were a woman and her two sons"."""
    return came_from.dep_ == "attr" and victim_group(verb) is not None and reports_death(verb.doc)


def _treated_for_illness(verb: Token) -> bool:
    """Patients "treated in isolation", "admitted with symptoms of measles",
    "in hospital with cholera" are sick, not hurt."""
    # the parser may hang "with symptoms" on the hospital instead
    places = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for prep in [c for holder in (verb, *places) for c in holder.children]:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "with", "in"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            named = [obj, *(p for c in obj.children if c.dep_ == "prep" for p in c.children)]
            if any(t.lemma_.lower() in _ILLNESS_NOUNS for t in named):
                return True
    return False


# Those a side "lost" in fighting or a disaster died; not "lost two players
# to injury" or "lost 300 workers to rivals".
_FALLEN = words(
    "soldier fighter troop militant officer policeman trooper marine sailor civilian comrade"
)
# Those close to someone, who "lose" them only to death: "lost a dozen friends
# to the disease".
_CLOSE_ONES = words("friend relative")

# Verbs a military report uses for killing, of people it names as fighters.
_ELIMINATING = words("eliminate neutralise neutralize")
# People a military report "eliminates" when it means it killed them.
_COMBATANTS = _FALLEN | words(
    "militant terrorist insurgent rebel gunman fighter enemy occupier mercenary bandit jihadist"
    " attacker assailant raider"
)


def _fighters_eliminated(verb: Token) -> bool:
    """'eliminated 30 militants' is a kill claim; contests eliminate
    candidates and teams, and budgets eliminate posts."""
    if verb.dep_ in {"amod", "acl"}:
        counted = [verb.head]
    else:
        counted = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "dozens of terrorists were eliminated": the group counted
    counted += [o for c in counted for p in c.children if p.lower_ == "of" for o in p.children]
    return any(
        c.lemma_.lower() in _COMBATANTS or (c.like_num and c.head.i == verb.i) for c in counted
    )


_SHELTER_NOUNS = words("shelter refuge accommodation lodging housing")
# Verbs by which others move people: "37 residents had been moved to
# temporary housing".
_MOVING_VERBS = words("move relocate transfer rehouse")
_HOUSED_NOUNS = PERSON_NOUNS | words("people family household tenant occupant")
_GIVING_VERBS = words("give offer find provide arrange")


def _shelter(token: Token) -> bool:
    """'emergency lodging', 'hotel rooms'; not a room of any other kind."""
    lemma = token.lemma_.lower()
    return lemma in _SHELTER_NOUNS or (
        lemma == "room" and any(c.lemma_.lower() in {"hotel", "motel"} for c in token.children)
    )


def _given_shelter(came_from: Token) -> bool:
    """Whether the walk came up through the people given a shelter: "to 57
    residents" on the verb, or "rooms for 31 people" on the shelter."""
    prep = came_from
    if came_from.dep_ == "dobj" and _shelter(came_from):
        if any(c.dep_ == "nummod" for c in came_from.children):
            return False  # "found 20 hotel rooms": a count of rooms
        prep = next((c for c in came_from.children if c.lower_ == "for"), came_from)
    return (
        prep.dep_ == "prep"
        and prep.lower_ in {"to", "for"}
        and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in _HOUSED_NOUNS or o.pos_ == "NUM")
            for o in prep.children
        )
    )


def _sheltered(verb: Token, came_from: Token) -> bool:
    """People "put up in a hotel" or "given shelter" by others have lost
    their homes for now: the ones housed, not the ones housing them."""
    if came_from.dep_ == "dobj" and (_taken_in(verb) or _helped_with_shelter(verb)):
        return True
    if _from_households(came_from) and _helped_with_shelter(verb):
        return True  # "helping 58 residents from 24 households find housing"
    if verb.lemma_.lower() in _GIVING_VERBS and _given_shelter(came_from):
        # "providing emergency lodging, food and clothing to 57 residents",
        # "it had found hotel rooms for 31 people", "accommodation had been
        # arranged for 46 people"
        return any(c.dep_ in {"dobj", "nsubjpass"} and _shelter(c) for c in verb.children)
    if verb.lemma_.lower() in _MOVING_VERBS and came_from.dep_ in {"dobj", "nsubjpass"}:
        # "37 residents had been moved to temporary housing"
        return any(
            p.dep_ == "prep" and p.lower_ in {"to", "into"} and _shelter(o)
            for p in verb.children
            for o in p.children
            if o.dep_ == "pobj"
        )
    housed = came_from.dep_ == "nsubjpass" or (
        came_from.dep_ in {"dobj", "dative", "nsubj"}
        and came_from.lemma_.lower() in _HOUSED_NOUNS
        and (came_from.dep_ != "nsubj" or verb.lemma_.lower() == "find")
    )
    if not housed:
        return False
    if verb.lemma_.lower() == "put":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return verb.lemma_.lower() in _GIVING_VERBS and any(
        c.dep_ == "dobj" and _shelter(c) and c.i != came_from.i for c in verb.children
    )


# "shelters housing 18,000 people" is read by the housing verbs above
_TAKING_IN_VERBS = words("take hold host accommodate receive")
_EMERGENCY_WORDS = words("evacuation relief emergency evacuee rest reception")
_HELPING_VERBS = words("help assist support")


def _taken_in(verb: Token) -> bool:
    """'An evacuation centre took in 96 people overnight', 'the camp now
    held more than 21,000': a camp or an emergency shelter holds people
    driven from home; "a hall that can hold 500" only says its size."""
    if verb.lemma_.lower() not in _TAKING_IN_VERBS or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "in" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() in {"can", "could"} for c in verb.children):
        return False
    refuge = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if refuge is None:
        return False
    kind = refuge.lemma_.lower()
    return kind in {"camp", "shelter"} or (
        kind in {"centre", "center"}
        and any(c.lemma_.lower() in _EMERGENCY_WORDS for c in refuge.children)
    )


def _helped_with_shelter(verb: Token) -> bool:
    """'it was helping 43 adults and 11 children with emergency lodging':
    the parser may hang the "with" on the people helped."""
    if verb.lemma_.lower() not in _HELPING_VERBS:
        return False
    helped = [o for o in verb.children if o.dep_ == "dobj"]
    helped += [c for o in helped for c in o.conjuncts]
    if any(_nowhere_to_stay(o) for o in helped):
        return True  # "helping 14 guests who had nowhere else to stay"
    if any(
        c.dep_ in {"xcomp", "ccomp", "conj"}
        and c.lemma_.lower() in _FIND_VERBS
        and any(o.dep_ == "dobj" and _shelter(o) for o in c.children)
        for c in verb.children
    ):
        return True  # "helping 58 residents find temporary housing"
    # "helping 41 people from 23 units with emergency lodging": or on the
    # homes they came from
    places = [
        o
        for holder in [verb, *helped]
        for p in holder.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "with"
        and any(o.lemma_.lower() in _SHELTER_NOUNS for o in p.children if o.dep_ == "pobj")
        for holder in [verb, *helped, *places]
        for p in holder.children
    )


def _nowhere_to_stay(people: Token) -> bool:
    """'guests who had nowhere else to stay', 'families with nowhere to go'."""
    for clause in people.children:
        if clause.dep_ in {"relcl", "prep", "acl"}:
            said = {t.lemma_.lower() for t in clause.subtree}
            if "nowhere" in said and said & {"stay", "go", "live", "sleep"}:
                return True
            # "family members who were left without a place to stay"
            if "without" in said and said & {"stay", "live", "sleep"} and "place" in said:
                return True
    return False


_FIND_VERBS = words("find locate")
_CONTACT_NOUNS = words("contact touch")


def _out_of_reach(verb: Token, came_from: Token) -> bool:
    """People who "have never been found" or "were not located", and those
    aboard a craft that "lost contact", are missing."""
    lemma = verb.lemma_.lower()
    if lemma in _FIND_VERBS and came_from.dep_ == "nsubjpass":
        if any(c.lower_ in {"until", "till"} for c in verb.children):
            return False  # "not found until Tuesday": found in the end
        return any(c.dep_ == "neg" or c.lower_ in {"never", "not"} for c in verb.children)
    if lemma == "lose":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _CONTACT_NOUNS for c in verb.children)
    if lemma in {"be", "remain"} and came_from.dep_ == "nsubj":
        # "between 40 and 60 miners were still underground" after a collapse;
        # not "the station is underground"
        return any(c.lower_ == "underground" for c in verb.children) and (
            lemma == "remain" or any(c.lower_ == "still" for c in verb.children)
        )
    return False


def _unfound(token: Token) -> bool:
    """The clause over the token says its people were never found."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            # "were never found", "fell overboard and were never seen again"
            return node.lemma_.lower() in _FIND_VERBS or any(
                _lost_from_sight(v) for v in (node, *joined_verbs(node))
            )
    return False


# Those who live somewhere, whose leaving it makes them displaced.
_DWELLERS = words("people resident civilian family household inhabitant villager local person")
_SETTLEMENTS = words("town city village home house district region area neighbourhood neighborhood")
_LEAVING_VERBS = words("leave abandon vacate")
_STAYING_VERBS = words("stay sleep live shelter")
_REFUGE_VERBS = words("take seek find")
_HOSTS = words("relative friend family")


def _made_to_leave(token: Token) -> bool:
    """'200 people were ordered out', 'told to leave their homes': people sent
    from their homes are displaced, as when they are evacuated."""
    lemma = token.lemma_.lower()
    if lemma == "order" and token.pos_ == "VERB":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    return lemma in _LEAVING_VERBS and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _HOME_NOUNS
        and any(o.dep_ == "poss" for o in c.children)
        for c in token.children
    )


def _left_home(verb: Token, came_from: Token) -> bool:
    """Residents who "lost their homes", "have left the town", were forced
    to leave them, or "are staying with relatives or in a shelter" are
    displaced."""
    lemma = verb.lemma_.lower()
    if came_from.dep_ == "dobj" and lemma in _EXPELLING_VERBS:
        # "forced 4,000 residents to leave their homes": made to leave home
        return came_from.lemma_.lower() in _DWELLERS and any(
            x.dep_ == "xcomp"
            and x.lemma_.lower() in _LEAVING_VERBS
            and any(o.dep_ == "dobj" and o.lemma_.lower() in _SETTLEMENTS for o in x.children)
            for x in verb.children
        )
    if (
        came_from.dep_ in {"nsubj", "nsubjpass"}
        and came_from.lemma_.lower() in _DWELLERS
        and _kept_from_home(verb)
    ):
        return True
    if came_from.dep_ != "nsubj" or came_from.lemma_.lower() not in _DWELLERS | PERSON_NOUNS:
        return False
    if _spends_the_night(verb) and (
        # "12,000 people spent the night outdoors"; "a shelter at the school,
        # where 22 people stayed overnight"
        # (the parser may hang "outdoors" on the phrase after it)
        any(
            t.dep_ == "advmod" and t.lower_ in _OUT_OF_DOORS and verb in (t.head, t.head.head)
            for t in verb.subtree
        )
        or verb.dep_ == "relcl"
        and any(c.lower_ == "where" for c in verb.children)
        and verb.head.lemma_.lower() in _NIGHT_SHELTERS | {"shelter"}
    ):
        return True
    if lemma == "register" or (
        lemma == "check" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    ):
        # "6,200 people had registered at eight care centres", "a shelter at
        # the high school, where 210 people had registered": signed in to a refuge
        places = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in {"at", "in"}
            for o in p.children
            if o.dep_ == "pobj"
        ]
        where = verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children)
        return any(o.lemma_.lower() in _HOUSING_REFUGES for o in places) or (
            where and verb.head.lemma_.lower() in _HOUSING_REFUGES
        )
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "lose":
        return any(o.lemma_.lower() in _HOME_NOUNS for o in objects)
    if lemma in _LEAVING_VERBS:
        # only those who live there: "300 workers left the firm" says nothing
        if came_from.lemma_.lower() not in _DWELLERS:
            return False
        # a place's name, whatever entity type the tagger guessed for it
        return any(o.lemma_.lower() in _SETTLEMENTS or o.pos_ == "PROPN" for o in objects)
    if lemma in _REFUGE_VERBS:
        # "4,300 people had taken refuge in shelters", "sought shelter"; not
        # "40 workers took shelter in a basement" for the storm's minutes
        return came_from.lemma_.lower() in _DWELLERS and any(
            o.lemma_.lower() in {"refuge", "shelter"} for o in objects
        )
    if lemma not in _STAYING_VERBS or objects:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            noun = obj.lemma_.lower()
            if prep.lower_ == "with" and noun in _HOSTS and obj.tag_ == "NNS":
                return True  # "staying with relatives"
            if prep.lower_ in {"in", "at"} and PLACES.get(noun) == "displaced":
                return True  # "sleeping in tents", "living in a camp"
    return False


# Those who tell people to go: "residents were told to leave".
_ORDERING_VERBS = words("tell order ask advise urge instruct")


def _kept_from_home(verb: Token) -> bool:
    """Residents "told to leave", or who "cannot return", "are unable to
    return", "have not been allowed to return": out of their homes for now."""
    if (
        verb.lemma_.lower() in _ORDERING_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in _LEAVING_VERBS | {"evacuate"}
            for x in verb.children
        )
    ):
        return True
    returns = [verb] if verb.lemma_.lower() == "return" else []
    # "unable to return", and "have been told they cannot return"
    returns += [
        x
        for c in (verb, *(c for c in verb.children if c.dep_ in {"acomp", "xcomp"}))
        for x in c.children
        if x.dep_ in {"xcomp", "ccomp"} and x.lemma_.lower() == "return"
    ]
    if not returns:
        return False
    # "cannot return", "unable to return", "not allowed to return"
    holders = [verb, *verb.children, *returns]
    return any(
        t.dep_ == "neg" or t.lower_ in {"unable", "cannot"}
        for h in holders
        for t in (h, *h.children)
    )


# Verbs whose subject takes the harm their object names: "suffered a wound".
_UNDERGO_VERBS = words("suffer sustain receive develop")
_BROKEN = words("broken fractured cracked dislocated crushed")
# A thing's part in such a state: "11 homes suffered broken windows".
_BROKEN_PARTS = _BROKEN | words("shattered smashed damaged")
_DEADLY = words("fatal mortal deadly lethal")
_WEAPON_WOUNDS = words("gunshot gun bullet shotgun stab knife shrapnel")


def _harm_to_things(harm: Token) -> str | None:
    """What a thing took: "suffered smoke and water damage", where the harm
    may be the last of the nouns joined, or "suffered broken windows"."""
    harms = (harm, *harm.conjuncts)
    found = next((f for h in harms if (f := _category_of(h, True))), None)
    broken = any(c.dep_ == "amod" and c.lower_ in _BROKEN_PARTS for h in harms for c in h.children)
    return found or ("damaged" if broken else None)


def _undergone(harm: Token) -> str | None:
    """'fatal injuries' kill; a gunshot or stab wound leaves the outcome
    open, as "shot" does, and is resolved per article; "suffered minor
    injuries", "sustained burns" is the injured."""
    if _category_of(harm, False) != "injured":
        # "suffered a broken wrist", "a fractured skull"
        broken = any(c.dep_ == "amod" and c.lower_ in _BROKEN for c in harm.children)
        return "injured" if broken else None
    if any(c.lower_ in _DEADLY for c in harm.children if c.dep_ == "amod"):
        return "killed"
    if any(c.lemma_.lower() in _WEAPON_WOUNDS for c in harm.children):
        return SHOT
    return "injured"


# "dozens feared missing", "two presumed dead": the parser may hang the state
# on these verbs as a clause of its own
_PRESUMING_VERBS = words("fear presume believe")
# "The shelling left 9 civilians wounded": the state the object is left in
_LEAVING_IN = words("leave")


def _subject_category(subject: Token, is_object: bool) -> str | None:
    """What a verb's subject says of the figure: "the death toll rose to 40",
    "the number of dead could climb to 50"; not "murder charges"."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in LEGAL_NOUNS:
        return None
    # "the number of destroyed homes": what the tally counts decides whether
    # the harm befell people or things
    thing = is_object or _tallied(subject).lemma_.lower() in OBJECT_NOUNS
    if subject.lemma_.lower() not in TALLY_NOUNS:
        # "overdose deaths rose to 87": deaths, whatever led to them; a toll
        # is what its word says ("the injury toll")
        own = _category_of(subject, thing)
        if own is not None:
            return own
    found = _modifier_category(subject, thing) or _category_of(subject, thing)
    if found is None and subject.lemma_.lower() in TALLY_NOUNS:
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for counted in prep.children:
                    if counted.dep_ == "pobj":
                        found = _category_of(counted, thing) or _modifier_category(counted, thing)
    return found


def _where(place: Token) -> bool:
    """'in Dorrel and three neighbouring villages': a place where, not a
    place harmed."""
    while place.dep_ == "conj":
        place = place.head
    return place.dep_ == "pobj" and place.head.lower_ in {"in", "at", "across", "near"}


# Camps people go to of their own accord.
_OUTING_KINDS = words("school summer holiday training scout youth sports boot music")


def _setting_category(token: Token) -> str | None:
    """Where people are says what happened to them: "taken to hospital",
    "spent the night in tents", "were in critical condition"."""
    places = [token] if token.dep_ == "attr" else [o for o in token.children if o.dep_ == "pobj"]
    if token.lower_ == "out":
        # "moved out of homes": the place hangs on the "of" after "out"
        places = [o for p in token.children if p.lower_ == "of" for o in p.children]
    for place in places:
        lemma = place.lemma_.lower()
        if place.tag_ == "NN" and place.lower_.endswith("ing"):
            # "taken to hospital suffering from burns", parsed as a noun
            # compound: the place is the word before the participle
            lemma = next((c.lemma_.lower() for c in place.children if c.dep_ == "compound"), lemma)
        if lemma == "care" and any(c.lower_ == "intensive" for c in place.children):
            lemma = "hospital"  # "four patients in intensive care"
        if lemma == "treatment" and token.lower_ == "under":
            lemma = "hospital"  # "26 people remained under treatment"
        kinds = [c.lower_ for c in place.children if c.dep_ in {"compound", "amod"}]
        if lemma in _CENTRE_WORDS | {"unit"} and any(k in _CARE_UNITS for k in kinds):
            lemma = "hospital"  # "airlifted to a trauma centre", "a burns unit"
        if lemma in _CENTRE_WORDS and any(k in _EMERGENCY_WORDS for k in kinds):
            lemma = "shelter"  # "180 people had registered at a reception centre"
        if PLACES.get(lemma) == "displaced" and (
            token.lower_ == "on" or any(k in _OUTING_KINDS for k in kinds)
        ):
            continue  # "fell ill on a school camp": an outing, not a shelter
        if lemma in PLACES and token.lower_ != "for":
            # not "22 nurses approved for the hospital"; "taken to a
            # hospital, where they died" is a death
            died = any(
                c.dep_ == "relcl" and _category_of(c, False) == "killed" for c in place.children
            )
            return "killed" if died else PLACES[lemma]
        if _named_hospital(place):
            return "injured"  # "taken to St. Mary's Medical Center"
        if lemma == "life" and token.lower_ == "for" and token.head.lemma_.lower() in _STRUGGLE:
            return "injured"  # "fighting for their lives"
        if token.lower_ in _STATE_PREPS:
            found = _category_of(place, False)
            if found:
                return found
            if place.lower_ in {"those", "people"}:
                # "among those hurt", "among those killed": what befell them
                for said in place.children:
                    if said.dep_ in {"acl", "relcl", "amod"}:
                        found = _category_of(said, False)
                        if found:
                            return found
        # "forced from their homes", "moved out of homes"; "rescued from
        # flooded homes" says nothing
        if (
            token.lower_ in {"from", "out"}
            and lemma in _HOME_NOUNS
            and (
                any(c.dep_ == "poss" for c in place.children)
                or token.head.lemma_.lower() in _EXPELLING_VERBS | _MOVING_VERBS
            )
        ):
            return "displaced"  # headline grammar drops "their": "forces 3,000 from homes"
        if token.lower_ in _REFUGE_PREPS and any(
            c.dep_ == "compound" and _category_of(c, False) == "displaced" for c in place.children
        ):
            return "displaced"  # "moved to evacuation centres", "under evacuation orders"
        if lemma == "condition" and any(c.lower_ in _GRAVE for c in place.children):
            return "injured"
        if token.lower_ == "to" and lemma in REFUGES and token.head.lemma_.lower() in _MOVING_VERBS:
            return "displaced"  # "moved to a school", "relocated to higher ground"
        if _spends_the_night(token.head) and (
            lemma in _ROUGH_PLACES
            # "will spend the night in a school gym"; students who sleep in
            # their dormitory live there
            or (lemma in _NIGHT_SHELTERS and token.head.lemma_.lower() == "spend")
        ):
            return "displaced"  # "slept in their cars", "spent the night in the open"
    return None


# Where the evacuated are sent or kept: "in evacuation centres", "under
# evacuation orders"; not "returned from evacuation centres".
_REFUGE_PREPS = words("in to at into under inside")

_MEDICAL_WORDS = words("medical health")
# Kinds of hospital ward or centre: "a trauma centre", "the burn unit".
_CARE_UNITS = words("trauma burn burns")
_CENTRE_WORDS = words("center centre")


def _named_hospital(place: Token) -> bool:
    """'Mercy General Hospital', 'St. Brendan's Medical Center', 'Royal
    Infirmary': a hospital by its name, whose head the tagger takes as a
    proper noun."""
    if place.pos_ != "PROPN":
        return False
    name = [t.lower_ for t in place.subtree if t.i <= place.i]
    if place.lower_ in {"infirmary", "clinic"}:
        return True
    return place.lower_ in _CENTRE_WORDS and any(w in _MEDICAL_WORDS for w in name[-3:-1])


# Nowhere anyone sleeps by choice: people who sleep there have lost their homes.
_ROUGH_PLACES = words("road street car open roadside pavement sidewalk embankment")
# Places that take in people for the night when their homes are unsafe.
_NIGHT_SHELTERS = REFUGES | words("centre center")


def _spends_the_night(verb: Token) -> bool:
    """'slept', 'spent the night', 'spent Sunday night', 'stayed overnight'."""
    lemma = verb.lemma_.lower()
    if lemma == "sleep":
        return True
    if lemma not in {"spend", "stay"}:
        return False
    for child in verb.children:
        if child.dep_ in {"dobj", "npadvmod"} and child.lemma_.lower() == "night":
            return True
        if lemma == "stay" and child.dep_ == "advmod" and child.lower_ == "overnight":
            return True
    return False


_OUT_OF_DOORS = words("outdoors outside")


# Prepositions whose object is the setting of an event, never its victims.
# ("at" is left out: "the toll stood at nine"; and things are counted where
# damage shows: "windows shattered in dozens of houses")
_CIRCUMSTANCE_PREPS = words("in across during throughout inside near around after before")


# Places people are taken to when driven from home, counted as places.
_REFUGES = _CENTRE_WORDS | {"camp"}
# Where people driven from home are put up and sign in, for a night or for
# years; a hotel or a dormitory houses its own guests, and relatives are
# hosts, not a place
_HOUSING_REFUGES = (
    (_NIGHT_SHELTERS - words("hotel dormitory relative"))
    | _REFUGES
    | {
        "shelter",
        "tent",
    }
)
# The units a counted group of people is made of: "58 residents from 24 households".
_HOUSEHOLDS = words("household family")


def _from_households(prep: Token) -> bool:
    """'from 24 households', 'from 58 families': the units a group is made of."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "from"
        and any(
            o.dep_ == "pobj"
            and o.lemma_.lower() in _HOUSEHOLDS
            and not any(c.dep_ == "det" for c in o.children)
            for o in prep.children
        )
    )


def _walk(start: Token, is_object: bool, sent: Span) -> tuple[str | None, bool]:
    """Walk up from the figure to its clause's verb.

    Returns the category found, if any, and whether the walk reached a verb of
    the figure's own clause (when it did not, the parse is suspect).
    """
    node = start
    for _ in range(8):
        verb = _misjoined_subject(node)
        if verb is not None:
            return _verb_category(verb, node, False), True
        head = node.head
        if head.i == node.i or not (sent.start <= head.i < sent.end):
            break
        # "Thousands march; 63 arrested": a semicolon closes the clause
        low, high = sorted((node.i, head.i))
        if any(t.text == ";" for t in sent.doc[low:high]):
            return None, True
        # "three of the 40 passengers": the 40 is the whole, not the count
        if (
            node.dep_ == "pobj"
            and head.lower_ == "of"
            and (is_number_token(head.head) or head.head.lower_ in _PARTITIVE_HEADS)
        ):
            return None, True
        # "evacuated to three safety centres", "over 1.2 lakh in 214 relief
        # camps": the places people were taken, not people
        if (
            node.dep_ == "pobj"
            and node.i == start.i
            and head.lower_ in {"to", "into", "in"}
            and (_shelter(node) or node.lemma_.lower() in _REFUGES)
        ):
            return None, True
        # "the toll among the 40 aboard": the group the toll is drawn from
        if node.dep_ == "pobj" and head.lower_ == "among" and node.i == start.i:
            return None, True
        # "five people from the two households": where a counted group is
        # from; but "220 people from 58 families were evacuated" counts the
        # families the people make up, who share their fate
        if (
            node.dep_ == "pobj"
            and head.lower_ == "from"
            and head.head.pos_ == "NOUN"
            and any(c.dep_ == "nummod" for c in head.head.children)
            and not _from_households(head)
        ):
            return None, True
        # "police detain dozens as thousands protest": another event's clause
        if head.lower_ in _CLAUSE_LINKS and head.pos_ in {"ADP", "SCONJ"} and node.pos_ != "NUM":
            return None, True
        if (
            not is_object
            and node.dep_ == "prep"
            and node.lower_ in _CIRCUMSTANCE_PREPS
            and start.dep_ == "pobj"
            and start.head.i == node.i
            and head.pos_ in {"VERB", "AUX", "ADJ"}
        ):
            # "killed in three attacks", "alarms missing in 11 units": where,
            # when or how it befell, not whom
            return None, True
        if head.pos_ in {"VERB", "AUX"} or _misread_verb(head):
            speech = head.lemma_.lower() in SPEECH_VERBS
            # "Police said 12 people ...": the figure is the content of the
            # speech, so the speech verb's own arguments say nothing about it;
            # but "23 confirmed dead", "two reported missing" say what befell
            # the subject
            befell = any(c.dep_ in {"oprd", "acomp"} for c in head.children)
            if speech and node.dep_ in {"ccomp", "parataxis", "nsubj"} and not befell:
                break
            found = (
                _joined_last(head, node, is_object)
                or _verb_category(head, node, is_object)
                or _shared_subject_category(head, node, is_object)
            )
            if found:
                return found, True
            if head.dep_ in {"aux", "auxpass"}:
                # "25 men were unaccounted for", parsed with the men under
                # "were": an auxiliary is never its clause's verb
                node = head
                continue
            # The first verb above a number is its own clause's verb; a verb
            # higher up is about something else ("as thousands marched, police
            # detained 38"). A speech verb reached sideways means the parse
            # broke, so the caller may scan the clause instead.
            return None, not speech
        else:
            found = _category_of(head, is_object)
            if found and _counted_apart(node, head):
                return None, True  # "four deaths and 37 cases": cases are not deaths
            if not found and head.pos_ == "NOUN":
                found = _modifier_category(head, is_object)
            if found:
                return found, False
        node = head
    return None, False


def _misjoined_subject(noun: Token) -> Token | None:
    """'rescuers recovered 11 bodies and 24 people were still missing': the
    subject of a later verb, which the parser joined to the object before it.
    Returns that verb."""
    after = noun.right_edge.i + 1
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or after >= len(noun.doc):
        return None
    aux = noun.doc[after]
    verb = aux.head
    if aux.dep_ not in {"aux", "auxpass"} or verb.dep_ != "conj" or has_own_subject(verb):
        return None
    return verb


# "along with", "together with": more things in the same plight as those
# counted just before
_ADDING_PREPS = words("along together")


def _shared_subject_category(verb: Token, node: Token, is_object: bool) -> str | None:
    """'Two occupants escaped through a window and were taken to hospital',
    'More than 600 fighters walked out and were taken into custody': a
    subject's later verb, which has no subject of its own, says what befell
    it when the first does not. Not "questioned but not detained", and not
    "rescued and taken to hospital": by convention the rescued count apart."""
    if node.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() in _FREEING_VERBS:
        return None
    for joined in verb.children:
        if (
            joined.dep_ == "conj"
            and joined.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "neg"} for c in joined.children)
        ):
            found = _verb_category(joined, node, is_object)
            if found:
                return found
    return None


def _joined_last(verb: Token, node: Token, is_object: bool) -> str | None:
    """'640 houses were destroyed and 1,500 more damaged, along with three
    bridges': the parser hangs the addition on the first verb, but it shares
    the plight of the conjunct just before it."""
    if node.dep_ != "prep" or node.lower_ not in _ADDING_PREPS:
        return None
    joined = [c for c in verb.children if c.dep_ == "conj" and verb.i < c.i < node.i]
    return _category_of(joined[-1], is_object) if joined else None


def _counted_apart(node: Token, head: Token) -> bool:
    """A counted noun joined to a noun that is itself the harm ("deaths",
    "injuries", "arrests") names another tally, not more of the same."""
    return (
        node.dep_ == "conj"
        and node.pos_ == "NOUN"
        and head.pos_ == "NOUN"
        and any(c.dep_ == "nummod" for c in node.children)
    )


def _misread_verb(token: Token) -> bool:
    """A headline verb the tagger read as a plural noun: in "Quake toll
    climbs to 63" the parser still gives "climbs" a subject, as only a verb
    has."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NNS"
        and token.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
    )


def _scan_forward(sent: Span, figure: Figure, is_object: bool) -> str | None:
    """Fallback for a broken parse: the next trigger verb in the clause.

    Only used when the walk never reached a content verb, as with a list of
    losses inside quotation marks that the parser attaches to the quote mark.
    """
    for token in sent.doc[figure.end : sent.end]:
        if token.lemma_.lower() in SPEECH_VERBS or token.is_quote:
            return None
        if is_number_token(token):
            return None  # "Four shot, two dead": the trigger is the next count's
        if token.dep_ == "relcl" and _has_object(token):
            return None  # "two officers who fatally shot a man": their own deed
        if token.pos_ in {"VERB", "ADJ"}:
            found = _category_of(token, is_object)
            if found:
                return found
    return None


def _subject(sent: Span, figure: Figure, noun: Token | None, category: str) -> str | None:
    if noun is None:
        return "people" if category in CASUALTY else None
    doc = sent.doc
    if noun.lemma_.lower() in AMOUNT_UNITS | WEIGHT_UNITS:
        # "58,000 tonnes of copper", "2kg of cocaine": the unit of what
        of = next((o for p in noun.children if p.lower_ == "of" for o in p.children), None)
        if of is not None and of.dep_ == "pobj":
            return f"{noun.text} of {doc[of.left_edge.i : of.i + 1].text}"
    if figure.end <= noun.i:
        glued = doc[figure.end : noun.i + 1]
        if len(glued) > 1 and not any(t.whitespace_ for t in glued[:-1]):
            return glued.text  # "three 14-year-olds", not "olds"
        words = [t for t in doc[figure.end : noun.i + 1] if not t.is_punct]
        while words and words[0].lower_ in {"of", "the", "a", "an", "these", "those"}:
            words = words[1:]
        if words and all(w.dep_ in {"amod", "compound", "nmod"} or w.i == noun.i for w in words):
            return " ".join(w.text for w in words)
    return noun.text


# Casualties are people; animals lost or moved are counted as other figures.
_ANIMALS = words(
    "animal livestock cattle cow sheep goat pig chicken poultry horse camel donkey dog bird"
)


def _animals(counted: Token) -> bool:
    """'killed 200 sheep', '3,000 head of cattle'."""
    if counted.lower_ == "head":
        return any(
            o.lemma_.lower() in _ANIMALS
            for p in counted.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
        )
    return counted.lemma_.lower() in _ANIMALS


_PUPILS = words("student pupil teacher")


def _pupils_moved(counted: Token) -> bool:
    """Pupils moved to another school when theirs closes are no displaced
    people, as others moved to a school to shelter would be."""
    verb = counted.head
    return (
        counted.lemma_.lower() in _PUPILS
        and counted.dep_ in {"nsubj", "nsubjpass", "dobj"}
        and verb.lemma_.lower() in _MOVING_VERBS
        and any(
            o.lemma_.lower() in {"school", "campus", "college"}
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.subtree
        )
    )


def _members_told(token: Token) -> bool:
    """'Three people - a couple and their son - were treated', 'Two of them,
    the mother and her son, ...': an aside that names, one by one, the members
    of a group counted with a number counts no one new."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ != "appos":
        return False
    group = token.head
    return group.like_num or any(c.dep_ == "nummod" for c in group.children)


def _noun_is_object(noun: Token | None, num: Token) -> bool:
    if noun is not None and noun.lemma_.lower() not in {"other", "more"}:
        # "64 huts and 11 granaries": a count joined to a count of things is
        # one too, however the parser joins them
        joined = (noun.dep_ == "conj" and noun.head.lemma_.lower() in OBJECT_NOUNS) or any(
            t.dep_ == noun.dep_
            and t.i < noun.i
            and t.lemma_.lower() in OBJECT_NOUNS
            and any(c.dep_ == "nummod" for c in t.children)
            for t in noun.head.children
        )
        return noun.lemma_.lower() in OBJECT_NOUNS or joined
    # "1,340 homes were destroyed and 4,000 others damaged", "three tanks ...
    # and two were destroyed": borrow from the nearest counted noun before it
    for token in reversed(num.doc[num.sent.start : num.i]):
        if token.text == ";":
            break  # "... 41-vehicle pileup on Route 22; 2 dead, 19 hurt": a new clause
        if token.pos_ == "NOUN" and (
            any(c.dep_ == "nummod" for c in token.children) or _counted_by_tally(token)
        ):
            return token.lemma_.lower() in OBJECT_NOUNS
    return False


def _tally_of(tally: Token) -> Token | None:
    """What a tally noun counts: "homes" in "the number of homes"."""
    counted = _tallied(tally)
    return None if counted is tally else counted


def _counted_by_tally(noun: Token) -> bool:
    """Whether the noun is what a tally counts: "homes" in "the number of homes"."""
    return noun.dep_ == "pobj" and _tally_of(noun.head.head) == noun


def categorise(
    sent: Span, figure: Figure, previous: Quantity | None = None, earlier: Quantity | None = None
) -> Quantity | None:
    """Category and subject for a figure, or None when it is not a claim figure.

    `previous` is the quantity read just before it in the same sentence, which
    a figure may refer back to ("four of them", "compared with 29"); `earlier`
    the last one read in the sentence before, which "the figure" or "the
    number" may refer back to.
    """
    doc = sent.doc
    num = doc[figure.head]
    if previous is not None and _spells_out(sent, figure, previous):
        return None
    if (figure.implicit or not num.like_num) and _members_told(num):
        return None
    if figure.implicit:
        return _implicit(sent, figure, num)
    term = prison_term(num)
    if term is not None:
        return Quantity(figure, "other", f"{term} in prison")  # "jailed for nine years"
    if not_a_claim_figure(sent, figure):
        return None
    if figure.zero and all_accounted_for(num):
        return Quantity(figure, "missing", num.text)  # "all passengers accounted for"
    noun = _counted_noun(figure, num)
    if noun is not None and _in_a_title(num, noun):
        return None  # "Rescue 1122 spokesperson Bilal Faizi": a name's number
    if noun is None and previous is not None and rival_count(num):
        # "rights group says 21 killed; police say six": the same count, by another
        return Quantity(figure, previous.category, previous.subject)
    state = _state_after(num)
    if state is not None:
        return Quantity(figure, state, "people")
    if noun is not None and crash_of(noun):
        # "a 60-vehicle pileup": the vehicles caught in the crash
        return Quantity(figure, "damaged", noun.text if figure.value == 1 else noun.lemma_ + "s")
    if occasions(sent, figure):
        return Quantity(figure, "other", "times")  # "called to the bar at least four times"
    if _vote_split(num):
        return Quantity(figure, "other", "votes")  # "carried by 33 votes to 21"
    if noun is not None and num.dep_ == "nummod" and noun.lemma_.lower() in _COUNTED_TALLIES:
        return None  # "the gap between the two tolls"; "put the toll at 19" gives one
    if (
        noun is not None
        and noun.lemma_.lower() in NOT_VICTIM_NOUNS
        and noun.tag_ in {"NN", "NNS"}
        and not (noun.lemma_.lower() == "shot" and noun.tag_ != "NNS")
    ):
        # "six gunshot wounds", "40 shell casings", "two counts of murder": a
        # checkable count, never a count of victims ("three shot" still is)
        if not _worth_keeping(sent, figure, num, noun, "other"):
            return None
        return Quantity(figure, "other", _subject(sent, figure, noun, "other"))
    if (
        figure.zero
        and num.lower_ in {"none", "neither"}
        and noun is not None
        and noun.lemma_.lower() not in PERSON_NOUNS
        and (
            _category_of(noun, False) is not None
            # a word for a figure itself
            or noun.lemma_.lower() in _TALLY_ANAPHORS | _COUNTED_TALLIES
        )
    ):
        # "none of the injuries are life-threatening", "neither wound", "none
        # of the casualty figures could be verified" count no one
        return None
    if (
        figure.zero
        and noun is not None
        and noun.i == num.i
        and noun.tag_ == "NN"
        and noun.lemma_.lower() not in PERSON_NOUNS | OBJECT_NOUNS
        and _category_of(noun, False) is None
    ):
        return None  # "no interest in striking hospitals": no count of anything harmed
    if _unsized_deaths(figure, noun):
        return None
    harm = _part_with_harm(num) if noun is None else None
    if harm is not None:
        return Quantity(figure, harm, previous.subject if previous else "people")
    if noun is not None and noun.pos_ == "PRON" and noun.head.lower_ == "of":
        part = _part_of_earlier_group(sent, figure, previous, earlier)
        if _proved_fatal(num):
            return Quantity(figure, "killed", part.subject)  # "two of them fatal"
        if part.category == "injured" and illness_story(doc):
            return Quantity(figure, "other", part.subject)  # "one of them in intensive care"
        if part.category == ILL:
            # "None of them had fallen ill": the part's own verb marks the
            # sick, stored as the whole count of the sick is
            sick = "injured" if poisoning_story(doc) else "other"
            return Quantity(figure, sick, part.subject)
        if part.category == "missing" and _found_safe(num):
            return Quantity(figure, "other", part.subject)  # "13 of them were found alive"
        if part.category == "other" and (_in_grave_condition(num) or one_of_the_harmed(num)):
            return Quantity(
                figure, "injured", part.subject
            )  # "eight of them in critical condition"
        if part.category == "damaged" and any(
            c.dep_ == "advmod" and c.lower_ in _WHOLLY for c in num.children
        ):
            return Quantity(figure, "destroyed", part.subject)  # "1,902 of them totally"
        return part
    without = _without(num, figure.zero) or (
        _without(noun, figure.zero) if noun is not None else None
    )
    if without is not None:
        # "nearly 2 million without power": a state, not an event
        lacking = _lacking(without)
        subject = _subject(sent, figure, noun, lacking)
        if subject is None:
            subject = "people " + doc[without.i : without.right_edge.i + 1].text  # "without power"
        return Quantity(figure, lacking, subject)
    if noun is None and figure.value is None and figure.lower is not None:
        # "between 10 and 15 accidents": the parser hangs the noun on either end
        first = next(t for t in doc[figure.start : figure.end] if is_number_token(t))
        noun = _counted_noun(figure, first)
        num = first if noun is not None else num
    is_object = _noun_is_object(noun, num)
    category: str | None = None
    if noun is not None:
        category = _category_of(noun, is_object) or _modifier_category(noun, is_object)
    if (
        category == "killed"
        and noun is not None
        and noun.lemma_.lower() == "casualty"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _ADMITTING_VERBS
    ):
        category = "injured"  # "the facility received 19 casualties": the living, in care
    after = doc[figure.end] if figure.end < sent.end else None
    if category is None and noun is None:
        category = _modifier_category(num, is_object)  # headline "43 arrested as ..."
    if (
        category is None
        and noun is None
        and after is not None
        and (after.pos_ == "ADJ" or after.tag_ == "VBN")
    ):
        # "12 dead", "five missing", and "left 23 dead and 100 injured", where
        # the parser hangs the second count on the first one's state
        category = _category_of(after, is_object)
    if _said_fatal(num):
        category = "killed"  # "Three people were shot, one fatally"
    elif category is None and noun is None and _said_how_badly(doc, num, previous):
        # "nine were hurt, two seriously": the part shares the group's harm
        category = previous.category
    reached_verb = False
    # "Three of the victims died", "Two of the injured died": walk from the
    # count, not from the group; what happened to the part comes first
    partitive = noun is not None and noun.head.lower_ == "of" and noun.head.head.i == num.i
    # "the toll rose to 37, with 12 of the injured in critical condition":
    # an aside on a part, which the clause's own verb does not befall
    aside = num.dep_ == "pobj" and num.head.lower_ == "with"
    if partitive and category is not None and aside:
        # "with three of the injured dying overnight": the aside's own words
        for token in doc[noun.i + 1 : sent.end]:
            if token.is_punct:
                break
            told = _category_of(token, is_object)
            if told:
                category = told
                break
    elif partitive and category is not None:
        walked, reached_verb = _walk(num, is_object, sent)
        # "Nine of the dead had gunshot wounds": the dead stay dead
        if not (category == "killed" and walked in {SHOT, "injured"}):
            category = walked or category
    elif (
        category == "injured"
        and noun is not None
        and noun.dep_ == "nsubj"
        and noun.head.pos_ == "VERB"
        and _category_of(noun.head, is_object) == "killed"
        # "four hurt as gas explosion destroys a house": the hurt did nothing
        and not _doer(noun.head, noun)
    ):
        # "two wounded inmates had died in hospital": the wound describes them,
        # their own verb tells what befell them
        category = "killed"
    if category is None and noun is not None and _own_participle(noun):
        reached_verb = True  # "Grandmother dies and two children rescued": their own verb
    elif category is None:
        start = num if partitive or noun is None else noun
        start = _first_conjunct(start) or start
        category, reached_verb = _walk(start, is_object, sent)
    if category is None and not reached_verb:
        category = _scan_forward(sent, figure, is_object)
    if category == "killed" and noun is not None and noun.lemma_.lower() == "case":
        # "19 have died, with 64 confirmed cases recorded": the sick, counted
        # beside the dead
        category = "other"
    if category is None and figure.start > sent.start:
        # "a storm that killed at least 21 people", parsed as if the people
        # were the subject of the next verb: a trigger verb right before the
        # figure takes it as its object
        before = doc[figure.start - 1]
        if before.pos_ == "VERB" and before.tag_ in {"VBD", "VBZ", "VBP", "VBG"}:
            category = _category_of(before, is_object)
        elif noun is None and before.tag_ == "NNS" and before.lemma_.lower() in TRIGGERS:
            # headline "Market bombing in X kills at least 14": the tagger
            # read the verb as a plural noun, which never takes a bare count
            category = TRIGGERS[before.lemma_.lower()][is_object]
    if category is None and noun is not None and _losses_put_at(noun):
        category = "killed"  # "puts its losses at fewer than 100 fighters"
    referent = previous or earlier
    if (
        category is None
        and noun is not None
        and referent is not None
        and referent.category in CASUALTY
        and _member_of_tally(noun)
    ):
        # "at least 112 were killed ... the figures included 48 soldiers"
        category = referent.category
    # "the toll was higher, putting it at 17": "it" is the toll
    put_it = category is None and noun is not None and _tally_put_at(noun)
    if put_it:
        noun = None
    # "put the figure at 20": the parser may make the tally the thing counted
    bare = noun is None or noun.lemma_.lower() in _TALLY_ANAPHORS
    tally = _tally_set(num) if category is None and bare and not put_it else None
    set_at = _tally_quantity(figure, tally, referent) if tally is not None else None
    if set_at is not None:
        return set_at
    if category is None and noun is None and (put_it or _anaphoric_tally(num)):
        # "the real number could be as high as 40", "the figure is closer to
        # 6,500": a count of what the figure just given counted
        referent = previous or earlier
        if referent is not None:
            return Quantity(figure, referent.category, referent.subject)
    things: str | None = None
    if category is None and noun is None and not is_object:
        # "put the homes destroyed at 62 and said another 30 or so had been
        # damaged": a bare count a damage verb takes, after things were named
        walked, _ = _walk(num, True, sent)
        things = _things_before(sent, num, previous) if walked in DAMAGE else None
        if things is not None:
            category = walked
    if category is None and noun is not None and not is_object:
        # "two men were found with gunshot wounds", when nothing worse is said:
        # a written count of the wounded, even where one of them later died
        category = _with_harm(noun) or _harmed_thing(noun)
        category = "injured" if category == SHOT else category
    if category is None and is_object and _off_its_way(num if partitive or noun is None else noun):
        # only written counts: "a bus plunged into a ravine" is the event's
        # own vehicle, not a count
        category = "damaged"
    if category is None and noun is None and _in_grave_condition(num):
        category = "injured"  # "the condition of two was critical"
    if category is None and _proved_fatal(num):
        category = "killed"  # "two of the three were fatal"
    if category is None and previous is not None and _among_them(sent, figure):
        # "14 people were hurt, among them three officers": the parser often
        # hangs the part on the next verb; it shares the group's fate
        category = previous.category
    if (
        category is None
        and not figure.vague
        and referent is not None
        and referent.category in CASUALTY
        and _of_the_victims(sent, figure, noun if partitive else None)
    ):
        # "30 people were killed ... the names of 22 of the victims", "the
        # victims, including five children": the victims just counted
        category = referent.category
    if (
        category in CASUALTY | DAMAGE
        and _negated(num)
        and not (category == "missing" and _unfound(num))
        # "have not been allowed to return": kept out, which is the displacement
        and not (
            category == "displaced" and _kept_from_home((noun if noun is not None else num).head)
        )
    ):
        return None  # "the two officers were not injured": no count of injured
    if category == "injured" and illness_story(doc):
        category = ILL  # "31 patients admitted to hospital" in a measles outbreak
    counted = noun if noun is not None else num
    if category is None and _crossed_over(counted) and flight_story(doc):
        category = "displaced"  # "15,000 have crossed into Kavrosh" as people flee
    if category == "detained" and _set_free(counted):
        category = "other"  # "All 11 hostages have been freed": no longer held
    if (
        category in CASUALTY | DAMAGE
        and not figure.qualifier.lower().startswith("between")  # "between three and six"
        and any(_between(t) for t in (counted, num))
    ):
        # "killed in a gun battle between the same two factions", "crushed
        # between two of the lorries": the sides of what happened, not those
        # it befell
        return None
    if category in CASUALTY and _animals(counted):
        category = "other"  # "3,000 head of cattle were moved", "killed 200 sheep"
    if counted.lemma_.lower() in SETTLEMENT_NOUNS and (
        category in CASUALTY - {"displaced"} or (category in DAMAGE and _where(counted))
    ):
        return None  # "31 shot dead in Salema and four other cities": where, not who
    if category == "injured" and noun is not None and noun.lemma_.lower() == "case":
        category = "other"  # "treating up to 40 cases of acute malnutrition a day": sickness
    if (
        category == "injured"
        and not figure.zero  # "none of the crew was hurt" counts the crew
        and noun is not None
        and noun.lemma_.lower() in _CARERS
        and _category_of(noun.head, is_object) != "injured"
        and not any(
            c.dep_ == "prep" and c.lower_ in {"to", "in", "into"} and _setting_category(c)
            for c in noun.head.children
        )
    ):
        # "37 nurses had been hired at the hospital", "resigned from the
        # hospital": those who work there are no patients unless they were
        # hurt or taken in ("three paramedics were taken to hospital")
        category = None
    if category == "displaced" and _pupils_moved(counted):
        category = "other"  # "its 310 students will move to two other schools": no one fled
    if category in {"displaced", "detained"} and counted.lemma_.lower() in (
        _PLACE_NOUNS | SETTLEMENT_NOUNS
    ):
        # "arrested in raids at nine locations", "evacuated from two
        # neighbouring towns": where, not who
        return None
    if category in {"displaced", "detained"} and (
        counted.lemma_.lower() in OBJECT_NOUNS - _DWELLINGS
    ):
        # "two hospitals were evacuated": buildings emptied, a count of
        # buildings; "120 homes evacuated" counts households displaced
        category = "other"
    if category == "detained" and counted.lemma_.lower() in _CAPTURED_GOODS:
        category = "other"  # "captured 300 rifles": goods taken, no one held
    if category == "missing" and _found_safe(num):
        category = "other"  # "13 of them were found alive": missing no more
    if category == ILL and poisoning_story(doc):
        category = "injured"  # "eight sickened by carbon monoxide": poisoned, not infected
    ill = category == ILL
    amount = noun is not None and noun.lemma_.lower() in AMOUNT_UNITS | WEIGHT_UNITS
    if category is None or ill or figure.percent or figure.money or amount:
        # convention: a percentage is a rate, never a count; "fled with $200"
        # is a sum, never a count of people; "burned 11,000 hectares" is land
        category = "other"
    if (
        category in {"other", "injured"}
        and not (figure.percent or figure.money or amount)
        and _part_of_the_dead(num)
    ):
        # "Of the 19 deaths, six were ruled suicides and two were homicides":
        # however each is described, a part of the dead died
        category = "killed"
    if (
        figure.vague
        and previous is not None
        and category == previous.category
        and _of_them(num)
        and not _how_badly_part(num)
    ):
        # "7,000 people had fled, many of them to the capital": a vague part
        # that shares the group's fate counts no one new; but "17 were
        # injured, several of them critically" tells how badly some were
        return None
    if category in {"injured", SHOT} and figure.value == 1 and _died_later(sent, figure):
        category = "killed"  # "One man was hospitalized. He died on Sunday."
    if category == "other" and noun is None and previous is not None and _compared(num):
        # "38 homicides this year, compared with 29", "to 14 from 12"
        return Quantity(figure, previous.category, previous.subject)
    if things is not None:
        return Quantity(figure, category, things)
    if noun is None and _people_aboard(sent, figure, num):
        # "a ferry carrying more than 260", "the 40 aboard": people, unnamed
        return Quantity(figure, category, "people")
    whole = _fronted_whole(num) if noun is None and category == "other" else None
    if whole is not None and not figure.percent:
        # "Of the 800 applications received, only 95 have been approved"
        done = "" if num.head.lemma_ == "be" else f" {num.head.text}"
        return Quantity(figure, category, _named(whole) + done)
    measure = _measure_of(num) if noun is None and category == "other" else None
    if measure is not None and not figure.percent:
        # "a normal rate of about 700", "a total of 4,500": the measure's value
        return Quantity(figure, category, _named(measure))
    if noun is None and category == "other" and _sum_paid(figure, num):
        # "paid their investors 1.4 billion": money, its currency said before
        return Quantity(figure, category, None)
    tally = _put_at(num) if noun is None and category == "other" else None
    if tally is not None:
        # "puts the number of strikers at 5,000": a count of strikers
        return Quantity(figure, category, tally)
    tally = _disease_tally(num) if noun is None and category == "other" else None
    if tally is not None:
        # "dengue cases pass 4,000", "infections have climbed to 2,150"
        return Quantity(figure, category, _named(tally))
    level = _level_of(num) if noun is None and category == "other" else None
    if level is not None and not figure.vague:
        # "the waiting list stood at 312,400", "unemployment rose to 6,400"
        return Quantity(figure, category, _named(level))
    elided = _elided_noun(sent, num) if noun is None else None
    if elided is not None:
        # "too few cooling centres ... it had opened 48": 48 cooling centres
        if not _worth_keeping(sent, figure, num, elided, category):
            return None
        return Quantity(figure, category, _named(elided))
    if not (ill or _worth_keeping(sent, figure, num, noun, category)):
        return None
    subject = _subject(sent, figure, noun, category) or ("people" if ill else None)
    freed = _freed_by(num) if noun is None and category == "other" else None
    if subject is None and freed is not None:
        # "dozens rescued": people rescued; "19 pulled alive": people pulled alive
        alive = any(c.lower_ == "alive" for c in freed.children)
        subject = f"people {freed.text}" + (" alive" if alive else "")
    return Quantity(figure, category, subject)


_FREEING_VERBS = words("free release liberate rescue")
_SAFE_STATES = words("alive safe unharmed well")


def _found_safe(num: Token) -> bool:
    """'13 of them were found alive', 'two were found safe'."""
    verb = num.head
    return (
        num.dep_ in {"nsubj", "nsubjpass"}
        and verb.lemma_.lower() in {"find", "locate"}
        and any(c.lower_ in _SAFE_STATES for c in verb.children)
    )


_BRINGING_OUT = words("pull bring dig take carry get lift winch")


def _freed_by(counted: Token) -> Token | None:
    """The verb that rescued or freed those counted: "dozens rescued", "19
    had been pulled alive", "212 had since been released"."""
    verb = counted.head
    if counted.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in _FREEING_VERBS | {"save"}:
        return verb
    alive = any(
        c.dep_ in {"oprd", "acomp", "advmod"} and c.lower_ == "alive" for c in verb.children
    )
    return verb if alive and verb.lemma_.lower() in _BRINGING_OUT else None


def _set_free(counted: Token) -> bool:
    """'All 11 hostages have been freed', 'the gunman released two hostages':
    the verb that takes them ends their captivity."""
    while counted.dep_ == "conj":
        counted = counted.head  # "four aid workers and two drivers ... have been freed"
    if any(c.dep_ == "acl" and c.lemma_.lower() in _FREEING_VERBS for c in counted.children):
        return True  # headline "six hostages freed"
    return counted.dep_ in {"nsubjpass", "dobj"} and counted.head.lemma_.lower() in _FREEING_VERBS


def _own_participle(noun: Token) -> bool:
    """'Grandmother dies and two children rescued': a headline's count joined
    to another verb, with a participle of its own right after it that says
    what befell it. Not a count joined to a verb's object, which shares its
    verb: "destroyed three shops and two motorcycles parked nearby"."""
    return (
        noun.dep_ == "conj"
        and noun.head.dep_ != "dobj"
        and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1 for c in noun.children)
    )


def _first_conjunct(noun: Token) -> Token | None:
    """'arrested the mill's owner, Ivo Marr, and two managers': after the
    name set off by commas the parser may join the second noun to the
    sentence's verb; it shares the fate of the object before it."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    for token in reversed(noun.doc[noun.head.i + 1 : noun.i]):
        if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"}:
            return token
    return None


def _losses_put_at(noun: Token) -> bool:
    """Fighters a side "puts its losses at" are its dead: "puts its own
    losses at fewer than 100 fighters", "estimated their losses at 40
    soldiers"."""
    if noun.lemma_.lower() not in _FALLEN or noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return False
    verb = noun.head
    for _ in range(4):  # the parser may hang "at" on a noun in between
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.lemma_.lower() in _PUTTING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "loss" for c in verb.children
    )


def _member_of_tally(noun: Token) -> bool:
    """People a bare tally "includes", the tally being the one just given:
    "the figures included 48 soldiers and 37 rebels"."""
    member = noun
    while member.dep_ == "conj":
        member = member.head
    verb = member.head
    if member.dep_ != "dobj" or verb.lemma_.lower() not in _MEMBERSHIP_VERBS:
        return False
    if noun.lemma_.lower() in OBJECT_NOUNS or noun.tag_ != "NNS":
        return False
    return any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in _TALLY_ANAPHORS
        and not any(m.dep_ in {"prep", "compound", "poss", "amod"} for m in c.children)
        for c in verb.children
    )


# Nouns that stand for a count already given: "the figure", "the real number".
_TALLY_ANAPHORS = words("figure number total tally count estimate")


def _tally_put_at(noun: Token) -> bool:
    """'Officials said the toll was higher, putting it at 17': the "it" a
    clause puts at a figure is the tally its main clause is about."""
    verb = noun.head
    if noun.lower_ != "it" or noun.dep_ != "dobj" or verb.lemma_.lower() not in _PUTTING_VERBS:
        return False
    if verb.dep_ not in {"advcl", "conj", "xcomp"}:
        return False
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _TALLY_ANAPHORS | _COUNTED_TALLIES
        for c in verb.head.children
    )


def _vote_split(num: Token) -> bool:
    """'backed the plans by 28 votes to 19', 'voted by 31 to 22': the two
    sides of a vote, each a count of votes, the verb taking both "by" and "to"."""
    if num.dep_ not in {"pobj", "nummod"}:
        return False
    node = num.head if num.dep_ == "nummod" else num
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in {"by", "to"}:
        return False
    verb = prep.head
    sides = {
        c.lower_: o
        for c in verb.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "to"}
        for o in c.children
        if o.dep_ == "pobj"
    }
    if set(sides) != {"by", "to"} or sides["by"].i > sides["to"].i:
        return False
    return all(
        side.like_num or (side.lemma_.lower() == "vote" and any(c.like_num for c in side.children))
        for side in sides.values()
    )


def _tally_set(num: Token) -> Token | None:
    """The tally a verb sets at the number, or that a body stands by the
    number as: "put the death toll higher, at 41", "revised the toll down
    to 41", "brought the number of confirmed deaths to 12", "raised it to
    23", "stood by its figure of 472"; and a headline's "shelling toll
    rises to 27", where the parser hangs the toll elsewhere."""
    prep = num.head
    if num.dep_ != "pobj":
        return None
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _TALLY_ANAPHORS | _COUNTED_TALLIES:
        tally = prep.head
        return tally if any(c.dep_ == "poss" for c in tally.children) else None
    if prep.lower_ not in {"at", "to"}:
        return None
    verb = prep.head
    if verb.pos_ in {"ADV", "ADP", "ADJ"} and verb.dep_ in {"advmod", "prt"}:
        verb = verb.head  # "revised the toll down to 41"
    if verb.pos_ != "VERB":
        return None
    # "put the death toll higher, at 41": the toll may hang on the adverb
    holders = [verb, *(c for c in verb.children if c.dep_ in {"advmod", "prt"})]
    lemma = verb.lemma_.lower()
    if lemma in _TALLY_VERBS and verb.i > 0 and verb.nbor(-1).lemma_.lower() in _COUNTED_TALLIES:
        return verb.nbor(-1)
    if lemma not in _SETTING_VERBS:
        return None
    return next(
        (
            c
            for holder in holders
            for c in holder.children
            if c.dep_ in {"dobj", "npadvmod"}
            and (c.lemma_.lower() in _TALLY_ANAPHORS | _COUNTED_TALLIES or c.lower_ == "it")
        ),
        None,
    )


def _tally_quantity(figure: Figure, tally: Token, referent: Quantity | None) -> Quantity | None:
    """What a figure a tally is set at counts: what the tally is "of", a
    toll's dead, or for a bare "figure" or "it" the count just given."""
    num = tally.doc[figure.head]
    counted = next(
        (
            o
            for p in tally.children
            if p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.i != num.i  # not "its figure of 472" itself
        ),
        None,
    )
    if counted is not None:
        # "brought the number of confirmed deaths to 12", "put the number of
        # damaged homes at about 90": what the tally counts
        things = counted.lemma_.lower() in OBJECT_NOUNS
        found = _category_of(counted, things) or _modifier_category(counted, things)
        return Quantity(figure, found, _named(counted)) if found is not None else None
    if tally.lemma_.lower() in _COUNTED_TALLIES:
        # "revised the toll down to 41": a toll counts the dead unless it says otherwise
        found = _category_of(tally, False) or _modifier_category(tally, False) or "killed"
        return Quantity(figure, found, "people")
    if referent is not None and referent.category in CASUALTY | DAMAGE:
        # "raised it to 23", "maintained the figure at 22": the tally just given
        return Quantity(figure, referent.category, referent.subject)
    return None


def _anaphoric_tally(num: Token) -> bool:
    """Whether the number is what a bare tally noun, the subject of its
    clause, is said to be or become: "the real number could be as high as
    40", "the figure is closer to 6,500", "the total rose to 45"; not "the
    number of cases", which says what it counts."""
    node = num
    if node.dep_ == "pobj":
        node = node.head
    if node.dep_ == "prep" and node.head.pos_ == "ADJ" and node.head.dep_ == "acomp":
        node = node.head  # "as high as 40", "closer to 6,500"
    if node.dep_ not in {"attr", "acomp", "prep", "dobj"}:
        return False
    verb = node.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    for subject in verb.children:
        if subject.dep_ == "nsubj" and subject.lemma_.lower() in _TALLY_ANAPHORS:
            return not any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in {"compound", "poss"}
                for c in subject.children
            )
    return False


def _things_before(sent: Span, num: Token, previous: Quantity | None) -> str | None:
    """What a bare count of damaged things counts: the things the figure
    before it counted, else the nearest plural thing named before it in the
    sentence; None when the sentence has named no things."""
    if previous is not None and previous.category in DAMAGE and previous.subject:
        return previous.subject
    for token in reversed(sent.doc[sent.start : num.i]):
        if token.tag_ == "NNS" and token.lemma_.lower() in OBJECT_NOUNS:
            return token.text
    return None


def _elided_noun(sent: Span, num: Token) -> Token | None:
    """The plural object the same verb took just before, in this sentence or
    the one before, when a bare number stands for it: "accused them of opening
    too few shelters ... it had opened 48"."""
    if num.dep_ != "dobj" or num.head.pos_ != "VERB":
        return None
    doc = sent.doc
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    verb = num.head
    for token in reversed(doc[first : num.i]):
        if (
            token.dep_ == "dobj"
            and token.tag_ == "NNS"
            and token.head.i != verb.i
            and token.head.lemma_.lower() == verb.lemma_.lower()
        ):
            return token
    # "built for 800 prisoners, held nearly 2,600": what a place holds is the
    # people or things a number counted earlier in the sentence
    if verb.lemma_.lower() not in _HOLDING_VERBS:
        return None
    for token in reversed(doc[sent.start : num.i]):
        if token.tag_ == "NNS" and any(
            c.dep_ == "nummod" and is_number_token(c) for c in token.children
        ):
            lemma = token.lemma_.lower()
            if lemma in PERSON_NOUNS or lemma in OBJECT_NOUNS or lemma == "people":
                return token
            return None
    return None


_HOLDING_VERBS = words("hold house accommodate seat contain")

# Words before a noun that say how many, not what: "too few shelters".
_AMOUNT_WORDS = words("few many more most several other enough much some")


def _fronted_whole(num: Token) -> Token | None:
    """The group a bare count is part of when an "of" phrase fronts the clause:
    "Of the 800 applications received, only 95 have been approved"."""
    verb = num.head
    if num.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < num.i:
            for whole in prep.children:
                if whole.dep_ == "pobj" and whole.tag_ == "NNS":
                    return whole
    return None


def _part_of_the_dead(num: Token) -> bool:
    """Whether an "of" phrase fronting the count's clause names the dead:
    "Of the 19 deaths, three were classified as overdoses and two were
    homicides", where the later parts hang on the first clause."""
    token = num
    while token.head.i != token.i:
        token = token.head
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        for prep in token.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "of"
                and prep.i < num.i
                and any(
                    w.dep_ == "pobj" and w.lemma_.lower() in _DEATH_NOUNS and w.tag_ == "NNS"
                    for w in prep.children
                )
            ):
                return True
    return False


_MEASURES = words("rate total average")


def _measure_of(num: Token) -> Token | None:
    """The noun a bare number gives the value of: "a rate of 700", "a total
    of 4,500", "an average of 90"."""
    of = num.head
    if num.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _MEASURES:
        return None
    return of.head if of.head.pos_ == "NOUN" else None


def _sum_paid(figure: Figure, num: Token) -> bool:
    """A bare million or billion a verb of paying takes as its object is a sum
    of money whose currency the article gave before: "spent 300 million"."""
    return (
        num.lower_ in {"million", "billion", "trillion"}
        and num.dep_ == "dobj"
        and num.head.lemma_.lower() in PAYING_VERBS
        and not figure.percent
    )


_PUTTING_VERBS = words("put place estimate peg")
# Verbs that set a tally at a new figure, besides putting it there: "revised
# the toll down to 41", "brought the number of deaths to 12", "raised it to
# 23", "maintained the figure at 22".
_SETTING_VERBS = _PUTTING_VERBS | words("revise raise lower bring take maintain keep set update")
_MEASURED_NOUNS = words("number figure total toll count cost size value bill tally")


def _put_at(num: Token) -> str | None:
    """What a bare number measures when a verb "puts" a named amount "at" it:
    "put the number of protesters at closer to 2,000" (protesters), "put the
    cost of the works at 7 million" (cost of the works)."""
    node = num
    for _ in range(3):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep" and node.lower_ == "at":
            break
    else:
        return None
    verb = node.head
    if verb.dep_ == "relcl" and verb.lemma_.lower() not in _PUTTING_VERBS:
        # "put the cost of the repairs it deferred at 9 million": the parser
        # hangs "at" on the relative clause inside the measured noun
        for _ in range(4):
            verb = verb.head
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
    if verb.lemma_.lower() not in _PUTTING_VERBS:
        return None
    for measured in verb.children:
        if measured.dep_ != "dobj" or measured.lemma_.lower() not in _MEASURED_NOUNS:
            continue
        of = [
            o
            for p in measured.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if of and measured.lemma_.lower() in {"number", "total", "count", "tally", "figure"}:
            return _named(of[0])
        return measured.doc[measured.i : (of[0].i + 1) if of else measured.i + 1].text
    return None


_TALLY_VERBS = words("pass reach exceed surpass top climb rise increase grow hit total stand jump")
_TALLY_PREPS = {"to", "past", "above", "over", "at"}


def _disease_tally(num: Token) -> Token | None:
    """The count of sick people a bare number gives, as a disease's cases or
    infections reach it: "cholera cases pass 4,000", "infections rose to 90".
    A court's "cases" are not sick people."""
    verb = num.head
    if num.dep_ == "pobj" and verb.lower_ in _TALLY_PREPS:
        verb = verb.head
    elif num.dep_ not in {"dobj", "attr"}:
        return None
    if verb.lemma_.lower() not in _TALLY_VERBS:
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        lemma = subject.lemma_.lower()
        sick = lemma in {"infection"} | _ILLNESS_NOUNS - {"outbreak", "epidemic"} or (
            lemma == "case"
            and any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _ILLNESS_NOUNS
                for c in subject.children
            )
        )
        if sick:
            return subject
    return None


_FALLING_VERBS = words("fall drop decline dip slip shrink")


def _level_of(num: Token) -> Token | None:
    """What a bare number is the level of, as it rises, falls or stands:
    "the waiting list stood at 312,400", "unemployment rose to 6,400", "the
    roll had fallen from 61 to 19"."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in {"to", "at", "from"}:
        return None
    verb = prep.head
    if verb.lemma_.lower() not in _TALLY_VERBS | _FALLING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "NOUN" else None


def _named(noun: Token) -> str:
    """The noun with the words right before it that say what it is: "cooling
    centres" from "too few cooling centres"."""
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if (
            child.i == start - 1
            and child.dep_ in {"compound", "amod"}
            and child.lower_ not in _AMOUNT_WORDS
        ):
            start = child.i
        else:
            break
    return noun.doc[start : noun.i + 1].text


# A vehicle "carrying 260" or "with 40 aboard" counts the people on it.
_CARRY_VERBS = words("carry transport ferry")
_ABOARD = {"aboard", "onboard"}


def _people_aboard(sent: Span, figure: Figure, num: Token) -> bool:
    """Whether a number with no noun counts the people on a vehicle."""
    doc = sent.doc
    after = [t.lower_ for t in doc[figure.end : min(sent.end, figure.end + 2)]]
    if after[:1] and after[0] in _ABOARD or after == ["on", "board"]:
        return True
    return num.dep_ == "dobj" and num.head.lemma_.lower() in _CARRY_VERBS


def _negated(token: Token) -> bool:
    """Whether the clause over the token is negated: "were not hurt"."""
    node = token
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or node.dep_ in {"ROOT"}:
            break
        if node.pos_ == "ADJ" and any(c.dep_ in {"auxpass", "cop"} for c in node.children):
            break  # "the driver was not hurt" with "hurt" read as an adjective
        if node.head.i == node.i:
            break
        node = node.head
    # a joined clause with its own subject is another claim: "25 men were
    # unaccounted for, and the count did not include contractors"
    verbs = [node] + [
        c
        for c in node.children
        if c.dep_ in {"acomp", "xcomp"} or (c.dep_ == "conj" and not has_own_subject(c))
    ]
    return any(c.dep_ == "neg" or c.lower_ == "never" for v in verbs for c in v.children)


def has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def joined_verbs(verb: Token) -> list[Token]:
    """Verbs joined to this one that share its subject, within its clause:
    "was shot and killed"; not "Woman shot, killed; suspect in custody"."""
    doc = verb.doc
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in {"VERB", "AUX"}
        and not has_own_subject(c)
        and not any(t.text == ";" for t in doc[min(verb.i, c.i) : max(verb.i, c.i)])
    ]


_THIRD_PERSON = {"he", "she"}


def _died_later(sent: Span, figure: Figure) -> bool:
    """Whether the one person counted is said to die further on, as "he" or
    "she": later in the sentence ("taken to a hospital, where she died") or
    as the subject of the next ("He died on Sunday"). The count then holds
    the dead, so it is one killed, never one injured besides."""
    doc = sent.doc
    tokens = list(doc[figure.end : sent.end])
    if sent.end < len(doc):
        following = doc[sent.end].sent
        if following.text.strip() == "" and following.end < len(doc):
            following = doc[following.end].sent
        tokens += [t for t in following if _told_as_fact(t)]
    for token in tokens:
        if token.lower_ not in _THIRD_PERSON or token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if token.head.pos_ in {"VERB", "AUX"} and (
            _verb_category(token.head, token, False) == "killed"
        ):
            return True
    return False


def _told_as_fact(token: Token) -> bool:
    """Whether the token's clause is the sentence's own telling, not words
    reported in it: "He was taken to hospital, where he died" but not "He
    said she died"."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in {"ccomp", "xcomp", "parataxis"}:
            return False
        node = node.head
    return True


def _between(token: Token) -> bool:
    """'between the same two factions', 'between the tractor-trailer and a box
    truck': a side of what happened, however many are joined."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ == "between"


def _implicit(sent: Span, figure: Figure, noun: Token) -> Quantity | None:
    """'a man was killed': one killed, if the clause says what happened to him;
    'a bus was torched': one damaged, if it says what happened to the thing."""
    if _between(noun):
        return None
    if figure.zero:
        return Quantity(figure, "injured", noun.text)  # "the driver was not hurt"
    if one_object(noun):
        return _implicit_things(sent, figure, noun)
    if survivor_described(noun):
        # "the driver, who survived with minor injuries": hurt and alive,
        # whatever the rest of the sentence says of him
        return Quantity(figure, "injured", noun.text) if _survived_harm(noun) else None
    if wound_described(noun):
        # "the woman, who was struck in the leg, was taken to hospital": hurt,
        # or dead if her own clause or the next sentence says she died
        dies_later = _died_later(sent, figure)
        dead = dies_later or _walk(noun, False, sent)[0] == "killed"
        return Quantity(figure, "killed" if dead else "injured", noun.text, dies_later)
    if _speaker_of_closing_frame(noun):
        return None  # "..., of whom 11 were declared dead, a senior fire officer said."
    # "a 21-year-old man who was shot by police", "a woman injured in the crash"
    category = _modifier_category(noun, False)
    # "a woman hurt in the blast told reporters": a harm verb of her own
    harmed = any(c.dep_ == "acl" and _category_of(c, False) for c in noun.children)
    if noun.dep_ == "nsubj" and _has_object(noun.head) and not harmed:
        return None  # "a man shot his neighbour": the one who did it
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return None  # "a woman was wounded by a trooper": the one who fired
    if noun.lemma_.lower() in _SUSPECT_NOUNS and (
        _held(noun) or (category or _walk(noun, False, sent)[0]) == "detained"
    ):
        # "police arrested a suspect", headline "suspect arrested": one held,
        # named by the role only a suspect has ("a man was arrested" is not)
        return Quantity(figure, "detained", noun.text)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in TAKING_VERBS and not _negated(noun):
        return Quantity(figure, "detained", noun.text)  # "police arrested the owner"
    if noun.dep_ in {"nsubj", "nsubjpass"} and _serves_term(noun.head):
        return None  # "a man was jailed for nine years": the term is the figure
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _FACING_VERBS:
        return None  # "Whitlock faces up to life in prison": a penalty to come
    if _held(noun):
        # "a 17-year-old boy was arrested": one held, a checkable count; but
        # "was charged", "was treated at a hospital, then taken to jail" or
        # "has not been arrested" hold no one by their own words
        if not _negated(noun) and (category or _walk(noun, False, sent)[0]) == "detained":
            return Quantity(figure, "detained", noun.text)
        return None
    if noun.lemma_.lower() in {"body", "corpse"}:
        return Quantity(figure, "killed", "people")  # "a man's body was found"
    group = victim_group(noun.head) if noun.dep_ == "attr" else None
    if group is not None:
        # "the victims were a woman and ...": the dead, named one by one;
        # "victims" holds the dead only where the article reports a death and
        # has told of no one hurt before ("two were shot, one fatally. The
        # victims were ..." names the hurt with the dead)
        dead = group.lemma_.lower() != "victim" or (
            reports_death(sent.doc) and not _hurt_told_before(sent)
        )
        subject = noun.text if figure.value == 1 else "people"
        return Quantity(figure, "killed", subject) if dead else None
    if any(c.tag_ == "WP$" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "among" for c in noun.head.children
    ):
        # "Ana Ruiz, whose son was among the dead, said": an aside about a
        # speaker, one of a group the article counts as a group
        return None
    if category == "missing":
        category = None  # "free a woman trapped under the bus": freed, not missing
    if category is None:
        if _negated(noun):
            return None  # "the driver was not hurt"
        if _inside_other_noun(noun):
            return None  # "killed during a quarrel between her cousin and a boy"
        category, _ = _walk(noun, False, sent)
        group = noun.head.head
        if (
            category is None
            and noun.dep_ == "pobj"
            and noun.head.lemma_.lower() in _MEMBERSHIP_VERBS
            and group.pos_ == "NOUN"
            and group.tag_ == "NNS"
        ):
            # "killed six villagers, including a boy": the member shares the
            # group's fate
            category, _ = _walk(group, False, sent)
    if category is None and noun.i == sent.start:
        # headline grammar the parser splits: "Man robbed, fatally shot"; but
        # in "Man who set fire to a door jailed" what he did befell no one
        # he is: the scan starts after the clause of his own deed
        deeds = [c for c in noun.children if c.dep_ == "relcl" and _has_object(c)]
        after = max((c.right_edge.i + 1 for c in deeds), default=figure.end)
        category = _scan_forward(sent, replace(figure, end=after), False)
    if category is None and noun.dep_ == "appos":
        category, _ = _walk(noun.head, False, sent)
    if category is None:
        category = _joined_verb_category(noun)
    if category is None:
        category = _with_harm(noun)  # "a boy with a gunshot wound"
    if category not in IMPLICIT_CATEGORIES:
        return None
    found = _found_later(noun) if category == "missing" else None
    if found is not None:
        # "reported missing but later found unharmed": no longer missing;
        # "... and was found dead": killed
        category = _verb_category(found, noun, False)
        if category not in IMPLICIT_CATEGORIES:
            return None
    dies_later = False
    if category in {"injured", SHOT} and figure.value == 1 and _died_later(sent, figure):
        category = "killed"  # "Jane Roe was found shot. She died at a hospital."
        dies_later = True
    plural = figure.value != 1 and noun.tag_ == "NN"  # "a boy and a woman"
    named = noun.pos_ in {"NOUN", "PROPN"}  # not "both"
    subject = (
        "people"
        if noun.ent_type_ == "PERSON" or noun.lower_ == "old" or plural or not named
        else noun.text
    )
    return Quantity(figure, category, subject, dies_later)


def _in_a_title(num: Token, noun: Token) -> bool:
    """'Rescue 1122 spokesperson Bilal Faizi', 'Engine 7 captain Ana Ruiz': a
    number in the name of a service, before the job of the person named."""
    return (
        num.dep_ == "nummod"
        and noun.tag_ == "NN"
        and noun.i + 1 < len(noun.doc)
        and noun.doc[noun.i + 1].ent_iob_ == "B"
        and noun.doc[noun.i + 1].ent_type_ == "PERSON"
        and not any(t.lower_ in {"a", "an", "one"} for t in noun.children)
        and (person_noun(noun.lemma_.lower()) or noun.lower_ in _SPOKESPEOPLE)
    )


_SPOKESPEOPLE = words("spokesperson spokesman spokeswoman")


def _speaker_of_closing_frame(noun: Token) -> bool:
    """'..., a senior fire officer said.': the one who speaks, however the
    parser hangs the frame on the words before it."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return False
    verb = doc[noun.i + 1]
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in SPEECH_VERBS
        and not any(c.dep_ == "nsubj" and c.i != noun.i for c in verb.children)
        and all(t.is_punct for t in doc[verb.i + 1 : verb.sent.end])
    )


def _hurt_told_before(sent: Span) -> bool:
    """Whether a sentence before this one tells of anyone hurt or shot."""
    return any(
        _category_of(t, False) in {"injured", SHOT} and not _denied(t)
        for t in sent.doc[: sent.start]
    )


# Verbs that end a person's being missing: "was later found", "was located".
_FOUND_VERBS = words("find locate trace")


def _found_later(noun: Token) -> Token | None:
    """The verb sharing the missing person's subject that says they were
    found, which ends the count: "reported missing but later found safe"."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return next(
        (
            v
            for v in joined_verbs(noun.head)
            if v.lemma_.lower() in _FOUND_VERBS and not _negated(v)
        ),
        None,
    )


def _joined_verb_category(noun: Token) -> str | None:
    """'a man jumped from a window and was taken to hospital with burns':
    what a later verb sharing the person's subject says befell them, when
    the first verb says nothing."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for verb in joined_verbs(noun.head):
        if _negated(verb):
            continue
        found = _verb_category(verb, noun, False)
        if found:
            return found
    return None


def _survived_harm(noun: Token) -> bool:
    """Whether what the survivor came through with is a harm: "minor
    injuries", "burns"; not "a warning" or "his life"."""
    with_ = survived_with(noun)
    return with_ is not None and any(
        o.dep_ == "pobj" and _category_of(o, False) == "injured" for o in with_.children
    )


def _implicit_things(sent: Span, figure: Figure, noun: Token) -> Quantity | None:
    if noun.dep_ == "nsubj" and _has_object(noun.head):
        return None  # "a car hit the boy": what did it, not what was hit
    # "a church, a petrol station and ... were lost": the aside shares the
    # fate of the thing it is read as renaming
    category, _ = _walk(noun.head if noun.dep_ == "appos" else noun, True, sent)
    if category not in DAMAGE or _negated(noun):
        return None
    if _scene_of_harm(noun, sent):
        return None
    # "the port's crane", "its control tower": a part of a place or thing
    if category != "destroyed" and not any(
        c.dep_ == "det" or (c.dep_ == "poss" and (c.pos_ in {"NOUN", "PROPN"} or c.lower_ == "its"))
        for c in noun.children
    ):
        return None  # "his boat capsized": an owner's thing counts only when lost
    return Quantity(figure, category, _kind_of(noun))


# What a vehicle or a target undergoes in the event itself: "a bus
# collided with a tanker", "a strike hit a market", "a six-storey building
# collapsed, killing eight".
_MISHAP_VERBS = words("collide overturn capsize derail hit crash plough plow strike collapse")


def _scene_of_harm(thing: Token, sent: Span) -> bool:
    """'Nine people were killed when a bus collided with a tanker', 'a strike
    hit a market, killing three': the one vehicle or place the deadly event
    happened to is its scene, not a count of damage."""
    verb = thing.head
    if verb.lemma_.lower() not in _MISHAP_VERBS:
        return False
    if any(c.tag_ == "WP$" for c in thing.children):
        return False  # "four of a family whose house collapsed": their loss, told apart
    return any(
        t.pos_ in {"VERB", "ADJ"}
        and t.i != verb.i
        and TRIGGERS.get(t.lemma_.lower(), (None, None))[0] in {"killed", "injured"}
        for t in sent
    )


def _kind_of(thing: Token) -> str:
    """'armoured vehicle', 'grain silo': the thing with the words that say which."""
    kind = [c for c in thing.lefts if c.dep_ in {"amod", "compound"}]
    return thing.doc[kind[0].i if kind else thing.i : thing.i + 1].text


def _inside_other_noun(noun: Token) -> bool:
    """Whether the person hangs, through a preposition, on a noun that is not
    about harm: "a quarrel between her cousin and a boy", "the home of a
    neighbour". The clause's verb says what befell that noun's head, not the
    person ("shooting of a man" was read from the modifiers before)."""
    if noun.dep_ == "conj":
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        noun = first
    if noun.dep_ != "pobj" or noun.head.pos_ != "ADP":
        return False
    holder = noun.head.head
    return holder.pos_ in {"NOUN", "PROPN"} and _category_of(holder, False) is None


def _has_object(verb: Token) -> bool:
    """Whether the verb, or a verb joined to it that shares its subject, has a
    direct object: "shoots and kills friend". An object after a headline's
    " | " belongs to the site's name ("Man shot | Local News - Home"). The
    object of "suffered a wound" is what befell the subject."""
    if verb.lemma_.lower() in _UNDERGO_VERBS:
        return False
    # a joined verb of harm only: "showed up at a hospital and told
    # investigators he was shot" still counts the man
    harm = [v for v in joined_verbs(verb) if v.lemma_.lower() in TRIGGERS or v.lemma_ == "shoot"]
    verbs = [verb, *harm]
    return any(
        c.dep_ == "dobj" and not any(t.text == "|" for t in verb.doc[min(v.i, c.i) : c.i])
        for v in verbs
        for c in v.children
    )


# Verbs that make their subject a suspect: "was arrested", "was charged",
# "was booked into jail".
_HELD_VERBS = words("arrest charge book jail detain indict convict sentence accuse apprehend")
# People named by their part in a crime, counted when held.
_SUSPECT_NOUNS = words("suspect gunman shooter attacker assailant perpetrator culprit")


def _spells_out(sent: Span, figure: Figure, previous: Quantity) -> bool:
    """'Three people - a couple and their son - were treated', 'the two
    victims, a woman and a man, were taken to hospital': who the counted
    people are, set off right after the count, counts no one again."""
    doc = sent.doc
    counted = previous.figure
    if previous.category not in CASUALTY or counted.value is None:
        return False
    if figure.value is None or figure.value > counted.value:
        return False
    # only people written without a number: "a couple", "a woman"; "70
    # fighters, four armoured vehicles and five SUVs" is a list of counts
    if not (figure.implicit or doc[figure.start].lower_ in {"a", "an"}):
        return False
    between = doc[counted.end : min(figure.start, doc[figure.head].left_edge.i)]
    if not 0 < len(between) <= 8 or between[-1].text not in _ASIDE_MARKS:
        return False
    # right after the counted people's own words: "Man killed, woman hurt"
    # tells of another victim
    noun = doc[counted.head]
    noun = noun.head if noun.dep_ == "nummod" else noun
    phrase = {t.i for t in noun.subtree}
    if any(t.dep_ == "amod" and t.head.i == noun.i and t.i > noun.i for t in between):
        return False  # "Man dead, woman missing": the state after the noun is its own
    return all(t.i in phrase or t.text in _ASIDE_MARKS for t in between)


# Marks that set an aside off: a comma or a dash.
_ASIDE_MARKS = {",", "-", "–", "—", "--"}


# Verbs and nouns of a prison sentence: "jailed for nine years",
# "sentenced to eight years in prison", "suspended sentences of 18 months";
# a "term" only with its prison ("a prison term of six years"), since a
# mayor's "term of four years" is none.
_SENTENCING = words("jail imprison sentence sentencing")
_PRISONS = words("prison jail custodial")
_TERM_UNITS = words("year month week day")


def prison_term(num: Token) -> str | None:
    """The unit of a prison term the number counts ("years"), or None: a
    sentence is a checkable figure, where other spans of time are not."""
    doc = num.doc
    unit = doc[num.i + 1] if num.i + 1 < len(doc) else None
    if (
        unit is not None
        and unit.lower_ in {"and", "or", "to"}
        and num.dep_ == "nummod"
        and num.head.lemma_.lower() in _TERM_UNITS
    ):
        unit = num.head  # "eight and six years in prison": each number its own term
    if unit is None or unit.lemma_.lower() not in _TERM_UNITS:
        return None
    holder = unit.head.head if unit.dep_ == "pobj" else unit.head
    lemma = holder.lemma_.lower()
    if lemma in _SENTENCING or (
        lemma == "term" and any(c.lemma_.lower() in _PRISONS for c in holder.children)
    ):
        return unit.text.lower()
    return None


# What is captured besides people: "captured 300 rifles", "captured 2,000
# rounds of ammunition".
_CAPTURED_GOODS = words(
    """
    weapon rifle gun firearm pistol handgun shotgun round cartridge ammunition bullet
    grenade explosive mine missile rocket shell drug pill tablet packet package parcel bag
    carton box crate bottle cigarette document phone computer device passport
    """
)

# Verbs of a penalty that may come: "faces up to life in prison", "risks
# ten years in jail".
_FACING_VERBS = words("face risk")


def _serves_term(verb: Token) -> bool:
    """'was jailed for nine years': sentenced, the term its own figure."""
    if verb.lemma_.lower() not in _SENTENCING:
        return False
    # "jailed for life" is a term too, with no number of its own
    for_life = any(
        p.lower_ == "for" and any(o.lower_ == "life" for o in p.children)
        for p in verb.children
        if p.dep_ == "prep"
    )
    return for_life or any(prison_term(t) for t in verb.subtree if t.like_num)


def _held(noun: Token) -> bool:
    """Whether the clause of a person says they were held or charged, which
    makes them the suspect, not a victim: "X was taken to hospital for a
    medical clearance and then taken to jail", "X was charged with murder"."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    for v in [verb, *joined_verbs(verb)]:
        if v.lemma_.lower() in _HELD_VERBS:
            return True
        places = [o for c in v.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        if any(PLACES.get(o.lemma_.lower()) == "detained" for o in places):
            return True
    return False


def rival_count(num: Token) -> bool:
    """'...; police say six', 'rebels say 40': a bare number a second source
    gives after a count, as the whole of what it says."""
    verb = num.head
    return (
        num.dep_ in {"dobj", "dep"}
        and verb.lemma_.lower() in {"say", "put", "claim", "count"}
        # nothing after it: not "police say six were hurt"
        and num.i == max(t.i for t in verb.subtree if not (t.is_punct or t.is_space))
    )


def _part_of_earlier_group(
    sent: Span, figure: Figure, previous: Quantity | None, earlier: Quantity | None
) -> Quantity:
    """'22 officers were injured, four of them seriously', 'brought 31 miners
    out, six of them with serious burns': the words after the count say what
    happened to the part; failing that it shares the group's category."""
    doc = sent.doc
    num = doc[figure.head]
    if _said_fatal(num):
        return Quantity(figure, "killed", previous.subject if previous else "people")
    if any(c.tag_ in {"WP", "WDT"} for p in num.children if p.lower_ == "of" for c in p.children):
        # "11 were pulled out alive, seven of whom were flown to hospital": the
        # relative clause has a verb of its own that says what befell the
        # part; "four homes, two of which had to be demolished" of things
        things = previous is not None and previous.category in DAMAGE
        # "which had to be demolished": the verb the part's own verb leads to
        verbs = [num.head, *(c for c in num.head.children if c.dep_ == "xcomp")]
        own = next((f for v in verbs if (f := _category_of(v, things))), None)
        found = own or _walk(num, things, sent)[0]
        if found:
            return Quantity(figure, found, previous.subject if previous else "people")
    # "63 homes had been damaged, 11 of them destroyed": a part of things is
    # read as things are
    things = previous is not None and previous.category in DAMAGE
    for token in doc[figure.end : sent.end]:
        if token.is_punct:
            break
        found = _category_of(token, things)
        if (
            found == "injured"
            and previous is not None
            and previous.category == "killed"
            and token.head.lower_ in {"from", "of"}
        ):
            # "15 deaths, 11 of them from gunshot wounds": the cause of death
            found = "killed"
        if found:
            return Quantity(figure, found, previous.subject if previous else "people")
    if num.dep_ in {"dobj", "nsubjpass"} and num.head.pos_ == "VERB":
        # "a plane carrying 50 people crashed, killing 19 of them": the verb
        # the part hangs on says what befell it
        found = _verb_category(num.head, num, False)
        if found:
            return Quantity(figure, found, previous.subject if previous else "people")
    if previous is not None:
        return Quantity(figure, previous.category, previous.subject)
    # "One of them is in a critical condition": a group named in a sentence
    # before, the part's own clause says what befell it
    found, _ = _walk(num, False, sent)
    if found is None and earlier is not None and num.head.lemma_ == "be" and _of_them(num):
        # "Four people were wounded. Two of them are women.": who the part
        # is, not what befell it, so it shares the group's fate
        return Quantity(figure, earlier.category, earlier.subject)
    return Quantity(figure, found or "other", "people" if found else None)


def _part_with_harm(num: Token) -> str | None:
    """'pulled 19 survivors out, several of them with serious burns': a part
    of the group, told with the harm it carries, is hurt whatever befell the
    whole; a gunshot wound leaves the outcome open, as "shot" does."""
    if not _of_them(num):
        return None
    for prep in num.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for harm in prep.children:
                if harm.dep_ == "pobj":
                    return _undergone(harm)
    return None


def _of_them(num: Token) -> bool:
    """'many of them', 'several of whom': a part of a group named before."""
    return any(
        o.dep_ == "pobj" and o.pos_ == "PRON"
        for p in num.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


# Verbs said only of things: what they befall is a thing, whatever its name.
_THING_HARMS = words("damage smash shatter vandalise vandalize loot raze flatten demolish gut tear")


def _harmed_thing(noun: Token) -> str | None:
    """'two neighbouring units were damaged', 'vandals smashed 14 kiosks':
    a noun missing from the list of things still names one when the verb
    only befalls things; never people."""
    if (
        noun.dep_ not in {"nsubjpass", "dobj"}
        or noun.lemma_.lower() in PERSON_NOUNS | {"people"}
        or noun.ent_type_ in {"PERSON", "NORP"}
    ):
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _THING_HARMS or not verb.tag_.startswith("VB"):
        return None
    return _verb_category(verb, noun, True)


def _proved_fatal(num: Token) -> bool:
    """'Two of the three were fatal', 'one proved fatal': the count is of
    the dead, whatever the parts were counted of."""
    verb = num.head
    # "three of those crashes were fatal" counts crashes, not the dead
    of_things = any(
        o.pos_ == "NOUN" and not person_noun(o.lemma_.lower())
        for p in num.children
        if p.lower_ == "of"
        for o in p.children
    )
    if num.dep_ != "nsubj" or of_things:
        return False
    if verb.lower_ in _DEADLY:
        return True  # "13 overdoses, two of them fatal": no verb to the state
    return verb.lemma_.lower() in {"be", "prove"} and any(
        c.dep_ == "acomp" and c.lower_ in _DEADLY for c in verb.children
    )


def _in_grave_condition(num: Token) -> bool:
    """'the condition of two was critical', '47 were rescued, eight of them
    in critical condition': a count of the badly hurt."""
    condition = num.head.head
    if num.dep_ == "pobj" and num.head.lower_ == "of" and condition.lemma_.lower() == "condition":
        verb = condition.head
        return condition.dep_ == "nsubj" and any(
            c.dep_ == "acomp" and c.lower_ in _GRAVE for c in verb.children
        )
    # "eight of them in critical condition": the parser may hang the state on
    # the verb before, so the words right after the count are read
    doc = num.doc
    at = num.right_edge.i + 1
    return (
        at < len(doc)
        and doc[at].lower_ == "in"
        and any(
            o.lemma_.lower() == "condition" and any(a.lower_ in _GRAVE for a in o.children)
            for o in doc[at].children
        )
    )


def _with_harm(token: Token) -> str | None:
    """'a teenager with a gunshot wound', 'found with stab wounds': the harm
    someone is found with. Checked last, so "found with stab wounds and
    pronounced dead" stays killed. Like "shot", it does not say whether they
    survived: a lone person is resolved per article as SHOT is, while a
    written count of people found so is a count of the wounded."""
    holders = [token]
    if token.dep_ in {"nsubj", "nsubjpass"}:
        holders.append(token.head)  # "were found with ...", not "brought 31 out, six with burns"
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            # "brought to the surface, seven of them with injuries": past a
            # comma the harm is a part's, not the subject's
            if not any(t.text == "," for t in token.doc[holder.i : prep.i]):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and _category_of(obj, False) == "injured":
                        return SHOT
    return None


def _among_them(sent: Span, figure: Figure) -> bool:
    """Whether the figure opens with "among them", "among whom" or
    "including": a part of the group counted just before ("40 people died,
    including 12 children")."""
    doc = sent.doc
    if figure.start - 1 >= sent.start and doc[figure.start - 1].lower_ == "including":
        return True
    before = [t.lower_ for t in doc[max(sent.start, figure.start - 3) : figure.start]]
    if before == ["including", "those", "of"]:
        return True  # "34 bodies had been brought in, including those of four children"
    if (
        figure.start - 2 >= sent.start
        and doc[figure.start - 2].lower_ == "among"
        and doc[figure.start - 1].lower_ in {"them", "whom", "those"}
    ):
        return True
    num = doc[figure.head]
    counted = num.head if num.dep_ == "nummod" else num
    if (
        counted.dep_ == "dobj"
        and counted.head.dep_ == "acl"
        and counted.head.lemma_.lower() in _MEMBERSHIP_VERBS
    ):
        return True  # "37 families comprising 146 people"
    # "among them nine children and four women": the part joined to a part
    if counted.dep_ != "conj":
        return False
    first = counted
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    opened = first.left_edge.i - 1
    return any(
        c.dep_ == "prep"
        and c.lower_ == "among"
        and any(o.lower_ in {"them", "whom", "those"} for o in c.children)
        for c in first.children
    ) or (opened >= sent.start and doc[opened].lower_ == "including")


def _of_the_victims(sent: Span, figure: Figure, whole: Token | None) -> bool:
    """A part of "the victims", the ones the article just counted: "22 of the
    victims", "the victims, including five children"."""
    doc = sent.doc
    if (
        whole is None
        and figure.start - 1 >= sent.start
        and doc[figure.start - 1].lower_ == "including"
    ):
        whole = doc[figure.start - 1].head
    return (
        whole is not None
        and whole.lemma_.lower() == "victim"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in whole.children)
    )


def _said_fatal(num: Token) -> bool:
    """'Five people were shot, two of them fatally', 'one fatally': the
    adverb on the part says it died, whatever befell the whole."""
    return any(c.dep_ == "advmod" and c.lower_ in {"fatally", "mortally"} for c in num.children)


def _how_badly_part(num: Token) -> bool:
    """'several of them critically': the part's own word for how badly."""
    for token in num.doc[num.i + 1 : num.sent.end]:
        if token.is_punct:
            return False
        if token.lower_ in HARM_DEGREES:
            return True
    return False


def _said_how_badly(doc, num: Token, previous: Quantity | None) -> bool:
    """'six people were injured, two seriously': a bare number after a comma,
    with an adverb of how badly, that follows a casualty count."""
    return (
        previous is not None
        and previous.category in {"injured", "killed", SHOT}
        and num.i > 0
        and doc[num.i - 1].text == ","
        and any(c.dep_ == "advmod" and c.lower_ in HARM_DEGREES for c in num.children)
    )


# Verbs that leave their subject or object in a state: "14,000 could remain
# without power", "the storm left 38,000 without power".
_STATE_VERBS = words("be remain stay leave keep")


# Who is left without a service: people, and the homes and accounts it serves.
_SERVED = words("people customer household resident property home premise user subscriber")


def _without(token: Token, zero: bool = False) -> Token | None:
    """The "without" a count of people is left: "2 million without power",
    and "14,000 could remain without power"; not "some areas could remain
    without power", nor the promise "no one will be left without a roof"."""
    holders = [token]
    lemma = token.lemma_.lower()
    served = (
        token.pos_ == "NUM"
        or token.ent_type_ == "CARDINAL"  # "leaving dozens of people without a home"
        or person_noun(lemma)
        or lemma in _SERVED
    )
    if (
        not zero
        and served
        and token.dep_ in {"nsubj", "nsubjpass", "dobj"}
        and token.head.lemma_.lower() in _STATE_VERBS
    ):
        holders.append(token.head)
    return next(
        (
            c
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "without"
        ),
        None,
    )


def _lacking(prep: Token) -> str:
    """Category of a count of people left without what the "without" names:
    displaced without a home, other figures without power or water."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    homeless = any(
        o.lemma_.lower() in _HOME_NOUNS | {"shelter", "roof"}
        # "without a place to live", "without a place to stay"
        or any(c.dep_ == "relcl" and c.lemma_.lower() in _STAYING_VERBS for c in o.children)
        for o in objs
    )
    return "displaced" if homeless else "other"


def _compared(num: Token) -> bool:
    """A figure given for comparison: "compared with 29", "up from 12", or a
    rival source's bare count of the same ("put the dead at 31, while the
    agency reported 27")."""
    if num.dep_ == "dobj" and num.head.lemma_.lower() in SPEECH_VERBS:
        clause = num.head
        return clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in clause.children
        )
    if num.dep_ == "npadvmod" and num.head.dep_ == "pcomp" and num.head.head.lower_ == "from":
        return True  # "up from three earlier in the day"
    if num.dep_ != "pobj":
        return False
    prep = num.head
    return prep.lower_ == "from" or (
        prep.lower_ in {"with", "to"} and prep.head.lemma_.lower() == "compare"
    )


def _known_people(num: Token, noun: Token) -> bool:
    """'the two men had been drinking', 'escaped with her two grandchildren':
    people the article already knows or describes, counted in passing with
    nothing said to befall them."""
    if num.dep_ != "nummod" or not (noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ == "people"):
        return False
    # the actors or companions of the clause; "three of the 40 passengers",
    # "the toll among the 60 aboard" draw a count from the group they size
    if not (
        noun.dep_ in {"nsubj", "nsubjpass"} or (noun.dep_ == "pobj" and noun.head.lower_ == "with")
    ):
        return False
    return _known_before(noun, num)


def _margin(noun: Token) -> bool:
    """'led by 11 points', 'within 3 points', 'a 9-point lead', '4
    percentage points': a lead or a gap in a race is checkable; "the point"
    of a speech is not."""
    if noun.lemma_.lower() not in MARGIN_UNITS:
        return False
    if any(c.dep_ == "compound" and c.lower_ == "percentage" for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in {"by", "within"}:
        return True
    holder = noun.head if noun.dep_ in {"compound", "amod", "nmod"} else None
    return holder is not None and holder.lemma_.lower() in _LEADS


_LEADS = words("lead margin gap advantage deficit")


def _described_in_passing(noun: Token) -> bool:
    """'the complex, which has 96 units', 'the forum, which has 39 members
    drawn from six county councils': what a relative clause says a place or
    body has, as a standing fact, describes it; the news is elsewhere. "the
    home, which had 42 residents at the time" tells the story's own count."""
    for verb in [noun.head, *noun.head.ancestors][:4]:
        if verb.dep_ == "relcl" and verb.lemma_.lower() == "have" and verb.tag_ in {"VBZ", "VBP"}:
            return any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in verb.children)
    # "The service has a fleet of 38 marked cruisers", "which runs a fleet of
    # 45 buses": the size of what a body keeps is a standing fact as well;
    # not the troops it keeps in a town: counts of troops are figures
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.lemma_.lower() not in PERSON_NOUNS | {"people"}
    ):
        size, verb = noun.head.head, noun.head.head.head
        return (
            size.lemma_.lower() in _SIZE_NOUNS
            and size.dep_ == "dobj"
            and verb.lemma_.lower() in _KEEPING_VERBS
            and verb.tag_ in {"VBZ", "VBP"}
        )
    return False


_KEEPING_VERBS = words("have run operate own maintain keep")


def _sources_counted(noun: Token) -> bool:
    """'Two witnesses told the Review', 'according to two aid officials': how
    many spoke, not a claim figure."""
    verb = noun.head
    # "Two sophomores gave a different account": an account given is speech
    accounted = verb.lemma_.lower() == "give" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ACCOUNTS for c in verb.children
    )
    spoke = (noun.dep_ == "nsubj" and (verb.lemma_.lower() in SPEECH_VERBS or accounted)) or (
        noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according"
    )
    return spoke and noun.lemma_.lower() in PERSON_NOUNS | _SOURCE_PEOPLE


_SOURCE_PEOPLE = words("witness people official source elder diplomat")
_ACCOUNTS = words("account version description testimony")


# Bodies whose make-up a count describes: "a jury of seven men and five women".
_PANELS = words("jury panel bench")


def _members_of_a_panel(noun: Token) -> bool:
    while noun.dep_ == "conj":
        noun = noun.head  # "five women" joined to "seven men"
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in _PANELS
    )


def _family(num: Token, noun: Token) -> bool:
    """'whose two sons play in the league', 'the father of two young
    daughters': someone's children or kin, counted to describe them; what
    befalls kin ("his two sons were killed") has a category and is kept."""
    if noun.lemma_.lower() not in KIN_WORDS:
        return False
    if num.dep_ != "nummod":
        # "with three of the couple's children": part of someone's kin
        return (
            noun.dep_ == "pobj"
            and noun.head.head.i == num.i
            and any(c.dep_ == "poss" for c in noun.children)
        )
    owner = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return any(c.dep_ == "poss" for c in noun.children) or (
        owner is not None and owner.head.lemma_.lower() in KIN_WORDS | PERSON_NOUNS
    )


def _known_before(noun: Token, num: Token) -> bool:
    """'the 40 passengers', 'its three depots': a definite or possessive word
    before the number marks things the article already knows."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "these", "those"})
        or (c.dep_ == "poss" and c.tag_ == "PRP$")
        for c in noun.children
        if c.i < num.i
    )


def _known_things(num: Token, noun: Token) -> bool:
    """'the two calls were related', 'taken to three hospitals': things told
    of before, or the hospitals the hurt were taken to, are the scene of the
    news, not news of their own."""
    lemma = noun.lemma_.lower()
    # "the 2,300 figure": a figure restated is the figure itself
    if num.dep_ != "nummod" or person_noun(lemma) or lemma in _TALLY_ANAPHORS | _COUNTED_TALLIES:
        return False
    if lemma == "hospital" and noun.dep_ == "pobj" and noun.head.lower_ == "to":
        return True
    # "the two calls", but not "the EU 27 ministers", whose article is the bloc's
    before = noun.doc[num.i - 1] if num.i > 0 else None
    return (
        noun.dep_ in {"nsubj", "nsubjpass"}
        and before is not None
        and before.head.i == noun.i
        and before.lower_ in {"the", "these", "those"}
    )


def _known_places(num: Token, noun: Token) -> bool:
    """'at its three depots', 'on those two streets', 'the gap between the
    two tolls': things the article has named or owns, where something
    happens, counted in passing; the count is the scene, not the news. A
    whole a part is drawn from ("13 of the 17 drones") is news, and so are
    people ("the toll among the 60 passengers"), whom `_known_people` reads."""
    if num.dep_ != "nummod" or noun.dep_ != "pobj" or noun.head.pos_ != "ADP":
        return False
    if noun.head.lower_ == "of" or noun.lemma_.lower() in _OCCUPANTS:
        return False
    return _known_before(noun, num)


# Vague words that still give an order of size: "tens of thousands".
# "Dozens of protesters march" is left out: no gold counts a crowd that small.
# Words that give a vague count its order of size: "dozens of similar cases"
# is tens, where "many cases" or "several cases" says nothing checkable.
_MAGNITUDES = words("dozens hundreds thousands millions hundred thousand million")


_CROWD_HEADS = {"hundreds", "thousands", "millions"}

# Nouns for the dead as a tally rather than as people.
_DEATH_NOUNS = words("death body corpse fatality")
# How a toll is kept: "recorded as heart failure", "counted twice".
_BOOKKEEPING_VERBS = words("count record log list register classify")
# Clauses that give a reason: "as many bodies lie under the mud".
_REASON_MARKS = words("as because since")


def _unsized_deaths(figure: Figure, noun: Token | None) -> bool:
    """'many heat deaths are recorded as heart failure', 'some deaths were
    counted twice', 'higher, as many bodies lie under the mud': deaths with
    no order of size, told of how a toll is kept or why it may be wrong, are
    an aside on a toll, not one; "a few deaths were reported" and "dozens of
    bodies" still are."""
    if not (figure.vague and noun is not None and noun.lemma_.lower() in _DEATH_NOUNS):
        return False
    if any(w.lower() in _MAGNITUDES for w in figure.qualifier.split()):
        return False
    verb = noun.head
    if verb.lemma_.lower() in _BOOKKEEPING_VERBS:
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in verb.children
    )


def _in_a_setting_clause(token: Token) -> bool:
    """'Police detained 38 as thousands marched': the crowd in a clause that
    sets the scene for the event the sentence reports."""
    node = token
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        if node.dep_ == "pobj" and node.head.lower_ in _CLAUSE_LINKS:
            return True  # the parser made the clause a phrase: "as thousands protest"
        node = node.head
    return node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CLAUSE_LINKS for c in node.children
    )


def _crowd_size(figure: Figure, num: Token, noun: Token | None) -> bool:
    """'Tens of thousands marched', 'several thousand people took part',
    'killed thousands of chickens': a vague count that still gives the order
    of size of who or what took part; not "many Russians" (no size), nor
    "hundreds of years" or "thousands of dollars" (a span or a sum)."""
    if not any(w.lower() in _MAGNITUDES for w in figure.qualifier.split()):
        return False
    if _in_a_setting_clause(noun if noun is not None else num):
        return False
    if noun is None:
        # "Tens of thousands march"; not "settling scores", "cost millions"
        return num.dep_ in {"nsubj", "nsubjpass"} and num.lower_ in _CROWD_HEADS
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and lemma not in NON_CLAIM_NOUNS
        and lemma not in TIME_UNITS
        and lemma not in MEASURE_UNITS
        and lemma not in CURRENCY_WORDS
    )


# Those aboard or inside a thing, whose count is news, unlike its parts'.
_OCCUPANTS = PERSON_NOUNS | words("people crew staff occupant")


def _parts_of_a_thing(num: Token, noun: Token) -> bool:
    """'nine of the train's 12 carriages', 'two of the plane's four engines':
    the whole a part is drawn from, told as how a thing is made, is not a
    count of anything that happened ("the hospital's 40 beds were full" is)."""
    if num.dep_ != "nummod" or noun.lemma_.lower() in _OCCUPANTS:
        return False
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or not is_number_token(of.head):
        return False
    return any(
        c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in OBJECT_NOUNS
        for c in noun.children
    )


# Details of how an attack or a case went, not counts of what it did: "fired
# six shots", "three counts of assault", "two stab wounds"
_DETAIL_NOUNS = words("shot round bullet count charge wound gunshot bang")


def _worth_keeping(
    sent: Span, figure: Figure, num: Token, noun: Token | None, category: str
) -> bool:
    """Uncategorised counts are kept only when they are checkable figures."""
    if category != "other":
        return True
    if figure.vague and _crowd_size(figure, num, noun):
        return True  # "Tens of thousands marched", "thousands of fans tried to ..."
    if not figure.zero and _freed_by(num if noun is None else noun) is not None:
        return True  # "dozens rescued", "19 had been pulled alive": people saved
    if figure.zero or figure.vague:
        return False  # "no leadership", "many Russians"
    if figure.money:
        return True
    if figure.percent:
        # A share stated in a full clause ("turnout was 45 percent") is checkable;
        # one in a headline fragment is not.
        return any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in sent)
    if noun is not None and _margin(noun):
        return True
    if noun is None or noun.lemma_.lower() in NON_CLAIM_NOUNS | _DETAIL_NOUNS:
        return False
    if _known_people(num, noun) or _known_places(num, noun) or _family(num, noun):
        return False
    if _known_things(num, noun):
        return False
    if _sources_counted(noun) or _members_of_a_panel(noun):
        return False
    if _described_in_passing(noun):
        return False
    if _parts_of_a_thing(num, noun):
        return False
    value: Number | None = figure.value if figure.value is not None else figure.upper
    return not (num.lower_ == "one" and value == 1)
