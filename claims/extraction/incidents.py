"""Which figures count another incident than the article's own.

A report of one shooting or one fire often recalls others: "Earlier, two men
were shot on the same corner", "26 people died in Newtown in 2012", "the city
has recorded 38 homicides this year", a list of links to other stories. Those
counts are checkable figures, but not the toll of the incident the article
reports. The extractor keeps them, marked as background, so the editor sees
them and the story's ledger does not take them for its toll.

Each rule reads the clause of the count, or the start of its sentence, where
news writing says that it turns to another event; the lead incident's own
sentences rarely carry these words.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .numbers import MONTHS
from .quantities import TRIGGERS, has_own_subject, joined_verbs
from .wordlists import words

# "Earlier, a man was shot ...", "Separately, ...": a sentence that opens on
# these turns from the article's incident to another.
_TURNING_ADVERBS = words("earlier separately previously")
# "In a separate shooting", "an unrelated crash", "another incident".
# Marks on an event noun only: "two other people" are still the article's own.
_OTHER_MARKS = words("separate unrelated another other earlier previous prior similar different")
_EVENT_NOUNS = words(
    """
    incident shooting attack case crash killing homicide stabbing robbery fire accident
    event explosion blast collision shootout raid confrontation murder standoff rampage
    massacre bombing
    """
)
# "an hour after a shooting that ...": one event placed in time by another.
_SEQUENCE_LINKS = {"after", "before", "following"}
# "so far this year", "last year", "in the past year", "every year": a running
# tally, an earlier year or an annual one, never one incident of the day.
# ("Killed since 2014" and "in the past week" may be a conflict's toll, the
# story's own.)
_TALLY_PERIOD = {"year"}
_TALLY_MARKS = {"this", "last", "past", "every", "each"}
# "a year ago", "months ago": an earlier event, unlike "two days ago".
_LONG_AGO = {"year", "month", "decade"}
# "a year since five people were shot", "the anniversary of the shooting that
# killed nine": the time passed since an earlier event. Months may still be
# the story's own incident, followed up ("two months since the shooting,
# police have no suspect").
_YEARS = {"year", "decade"}
# The labels of a list of links to other stories: "Read: ...", "Watch: ...".
_LINK_LABELS = words("read watch related")


def is_background(sent: Span, token: Token) -> bool:
    """Whether the count at `token` (the number, or the person noun of an
    implicit count) belongs to another incident or to a running tally."""
    return (
        _in_a_past_year(token)
        or _running_tally(token)
        or _turns_to_another_event(sent, token)
        or _event_placed_by_another(token)
        or _in_a_link_list(sent, token)
        or _years_since(token)
    )


def _clause_verb(token: Token) -> Token | None:
    """The first verb above the token: the predicate of its clause."""
    node = token
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _clause_verbs(token: Token) -> list[Token]:
    """The verb of the token's clause and the verbs joined to it that share
    its subject ("was shot and killed in 1995")."""
    verb = _clause_verb(token)
    if verb is None:
        return []
    top = verb.head if verb.dep_ == "conj" and not has_own_subject(verb) else verb
    return [top, *joined_verbs(top)]


def _year(token: Token) -> bool:
    text = token.text
    return len(text) == 4 and text.isascii() and text.isdigit() and 1800 <= int(text) <= 2100


def _in_a_past_year(token: Token) -> bool:
    """Whether the token's clause is dated by a year alone, "in 2012", "in
    December 2012", "during 1995", "the 2009 murders of three women": news
    dates its own event by the day, so a count dated by the year belongs to an
    earlier event."""
    node = token
    while node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            if node.dep_ not in {"relcl", "acl"}:
                break
            node = node.head  # "the 2014 attacks that wounded nine"
            if _year(node):
                return True  # "since 2009, when 19 were killed"
        modifiers = [c for c in node.children if c.dep_ in {"nummod", "compound", "amod"}]
        if any(_year(c) and c.i != token.i for c in modifiers) and not any(
            c.lower_.rstrip(".") in MONTHS for c in modifiers
        ):
            return True  # "the 2009 murders of three women"; not "the Dec. 23, 2015 attack"
        if node.pos_ == "NOUN" and _dated_by_year(node):
            return True  # "the 31 homicides in Harlow in 2013"
        node = node.head
    verbs = _clause_verbs(token)
    # "In 1989, when the actress was gunned down, ...": a "when" clause takes
    # the date of the clause it hangs on
    verbs += [
        verb.head
        for verb in verbs
        if verb.dep_ == "advcl" and any(c.lower_ == "when" for c in verb.children)
    ]
    return any(_dated_by_year(verb) for verb in verbs)


def _dated_by_year(holder: Token) -> bool:
    """Whether "in 2012", "in December 2012", "in the summer of 2012" or
    "during 1995" hangs on the verb or noun, or "in", "during" or "since" an
    event dated so ("in a 2011 robbery", "since the December 2012 rampage");
    "Dec. 23, 2015" and "the 1900 block" are no such date. ("Since 2014" alone
    may be a conflict's own toll.)"""
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during", "since"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            # "since the December 2012 rampage", "killed two men in a 2011 robbery"
            if obj.lemma_.lower() in _EVENT_NOUNS and _year_modifies(obj):
                return True
            if prep.lower_ == "since":
                continue
            if _year(obj) or _month_of_year(obj):
                return True
            if any(
                _year(o)
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj"
            ):
                return True  # "in the summer of 2012", "in March of 2013"
    return False


def _month_of_year(token: Token) -> bool:
    """'December 2012', not 'Dec. 23, 2015'."""
    return (
        token.lower_.rstrip(".") in MONTHS
        and any(_year(c) for c in token.children)
        and not any(c.like_num and not _year(c) for c in token.children)
    )


def _year_modifies(noun: Token) -> bool:
    """'the 2012 rampage', 'the December 2012 massacre'."""
    return any(
        _year(c) or _month_of_year(c)
        for c in noun.children
        if c.dep_ in {"nummod", "compound", "amod", "nmod"}
    )


def _running_tally(token: Token) -> bool:
    """'38 homicides so far this year', 'killed last year', 'in the past
    year': a period of a year on the count's clause or on the counted noun."""
    holders = _clause_verbs(token)
    if token.dep_ in {"nummod", "quantmod", "nsubj", "nsubjpass", "dobj"}:
        holders.append(token.head if token.dep_ in {"nummod", "quantmod"} else token)
    for holder in holders:
        periods = [c for c in holder.children if c.dep_ in {"npadvmod", "advmod"}]
        periods += [
            o
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in {"in", "during", "over", "for"}
            for o in c.children
            if o.dep_ == "pobj"
        ]
        for period in periods:
            if period.lemma_.lower() in _TALLY_PERIOD and any(
                c.lower_ in _TALLY_MARKS for c in period.children if c.dep_ in {"det", "amod"}
            ):
                return True
            if period.lower_ == "ago" and any(
                c.lemma_.lower() in _LONG_AGO for c in period.children if c.dep_ == "npadvmod"
            ):
                return True  # "a year ago, three people were wounded"
    return False


def _turns_to_another_event(sent: Span, token: Token) -> bool:
    """'Earlier, a man and a woman were shot', 'In a separate shooting, two
    were wounded', 'An unrelated crash killed two': the sentence opens on
    another event, or the count's clause names one."""
    first = next((t for t in sent if t.is_alpha), None)
    if first is not None and first.lower_ in _TURNING_ADVERBS and first.dep_ == "advmod":
        return True
    verb = _clause_verb(token)
    while verb is not None:
        # "two other shootings that killed three": the event the clause describes
        events = [verb.head] if verb.dep_ in {"relcl", "acl"} else []
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                events.append(child)
            if child.dep_ == "prep" and child.lower_ in {"in", "during"}:
                events += [o for o in child.children if o.dep_ == "pobj"]
        for event in events:
            if event.lemma_.lower() in _EVENT_NOUNS and any(
                c.lower_ in _OTHER_MARKS for c in event.children if c.dep_ in {"det", "amod"}
            ):
                return True
        # "police said two were wounded in a separate shooting": up to the speech verb
        verb = verb.head if verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"} else None
    return False


def _event_placed_by_another(token: Token) -> bool:
    """'The police shooting happened an hour after a shooting that left a
    man wounded', 'The crash came hours before two men were shot': one event
    is dated by another, so the count of the event named only as a point in
    time is not the toll of the one the sentence is about."""
    verb = _clause_verb(token)
    if verb is None:
        return False
    link = None
    if verb.dep_ in {"relcl", "acl"} and verb.head.lemma_.lower() in _EVENT_NOUNS:
        event = verb.head
        if event.dep_ == "pobj" and event.head.lower_ in _SEQUENCE_LINKS:
            link = event.head
    elif verb.dep_ == "advcl" and (verb.lemma_ == "shoot" or verb.lemma_ in TRIGGERS):
        # "hours before two men were shot"; not "after a man's body was left there"
        link = next((c for c in verb.children if c.dep_ == "mark"), None)
        link = link if link is not None and link.lower_ in _SEQUENCE_LINKS else None
    if link is None:
        return False
    placed = link.head if link.dep_ != "mark" else verb.head
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _EVENT_NOUNS
        for c in placed.children
    )


def _in_a_link_list(sent: Span, token: Token) -> bool:
    """'Read: Suspect shot himself Watch: Man in custody ...': a list of links
    to other stories, each behind a label and a colon. One label alone may be
    a caption of this story's own video ("Watch: the chief on the two
    wounded officers"), so it takes two."""
    doc = sent.doc
    labels = [
        t.i
        for t in sent[:-1]
        if t.lower_ in _LINK_LABELS and t.is_title and doc[t.i + 1].text == ":"
    ]
    return len(labels) >= 2 and labels[0] < token.i


def _years_since(token: Token) -> bool:
    """'It has been a year since five people were shot', 'Sunday marks ten
    years since 26 were killed', 'the anniversary of the shooting that killed
    nine': the count's clause is the event an anniversary or a span of years
    is counted from."""
    for verb in _clause_verbs(token):
        if verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "pobj":
            held = verb.head.head.head  # "the anniversary of the shooting that ..."
            if verb.head.head.lower_ == "of" and held.lemma_.lower() == "anniversary":
                return True
        if verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "since" for c in verb.children
        ):
            continue
        if any(
            c.lemma_.lower() in _YEARS and c.dep_ in {"npadvmod", "dobj", "attr", "nsubj"}
            for c in verb.head.children
        ):
            return True
    return False
