"""Mend a subject the parser hands to the words before it.

In "Ferris said eight men and three women were being held", the small
English model reads "eight men and three women" as what was said and leaves
"were being held" without a subject. Every later rule, the claim's span and
the figure's category alike, reads the subject off the tree, so it is
mended once, here: a speech verb's object that stands right before a clause
with no subject of its own is that clause's subject. So is the head of a
list the parser joins to the source before it: "According to preliminary
data, 11 apartment buildings, 23 houses and 14 buses were damaged".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .attribution import SPEECH_VERBS

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}


def _stranded_clause(verb: Token, obj: Token) -> Token | None:
    """The clause after `obj` that has an auxiliary but no subject: "... were
    being held", "... had died"; not an infinitive ("told them to leave")."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i <= obj.right_edge.i:
            continue
        children = list(clause.children)
        if any(c.dep_ in _SUBJECT_DEPS for c in children):
            return None
        aux = [c for c in children if c.dep_ in {"aux", "auxpass"} and c.i < clause.i]
        between = verb.doc[obj.right_edge.i + 1 : clause.left_edge.i]
        if (
            aux
            and aux[0].tag_ != "TO"
            and aux[0].i == clause.left_edge.i
            and all(t.is_punct or _aside_of(t, verb) for t in between)
        ):
            return clause
    return None


def _aside_of(token: Token, verb: Token) -> bool:
    """'said the train, carrying about 600 passengers, was travelling ...': a
    participle the parser hangs on the speech verb, set between the subject
    and its clause."""
    return any(a.head.i == verb.i and a.dep_ in {"advcl", "acl"} for a in [token, *token.ancestors])


def _list_after_source(doc: Doc) -> None:
    """'According to data, 11 buildings, 23 houses ... were damaged': the
    first item read as one more source; it heads the subject list instead."""
    for item in doc:
        source = item.head
        if (
            item.dep_ not in {"conj", "appos"}
            or source.dep_ != "pobj"
            or source.head.lower_ != "to"
            or source.head.head.lower_ != "according"
            # a counted item, never a source's job ("according to Ivan
            # Petrov, the mayor, three died")
            or not any(c.dep_ == "nummod" for c in item.children)
        ):
            continue
        verb = source.head.head.head
        nxt = doc[item.right_edge.i + 1] if item.right_edge.i + 1 < item.sent.end else None
        if (
            nxt is not None
            and nxt.dep_ in {"aux", "auxpass"}
            and nxt.head == verb
            and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        ):
            # the whole list joined to the source, and the verb left without
            # a subject: the list is it
            item.head = verb
            item.dep_ = "nsubjpass" if nxt.dep_ == "auxpass" else "nsubj"
            continue
        # the comma after the item, which the parser may count as its own
        after = item.right_edge.i + (0 if item.right_edge.is_punct else 1)
        if after + 1 >= item.sent.end or not doc[after].is_punct:
            continue
        # the subject whose words open right after the comma
        rest = next(
            (
                t
                for t in doc[after + 1 : item.sent.end]
                if t.dep_ in _SUBJECT_DEPS and t.left_edge.i == after + 1
            ),
            None,
        )
        if rest is not None and rest.head.pos_ in {"VERB", "AUX"}:
            verb, dep = rest.head, rest.dep_
            item.head, item.dep_ = verb, dep
            rest.head, rest.dep_ = item, "conj"


@Language.component("claimdesk_said_subjects")
def said_subjects(doc: Doc) -> Doc:
    """The parse, with each stranded clause given back its subject."""
    _list_after_source(doc)
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        if sum(c.dep_ == "nsubj" for c in verb.children) > 1:
            continue  # "The plant, Ruiz told the story, was shut": a frame set inside
        for obj in [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]:
            clause = _stranded_clause(verb, obj)
            if clause is None:
                continue
            passive = any(c.dep_ == "auxpass" for c in clause.children)
            obj.head = clause
            obj.dep_ = "nsubjpass" if passive else "nsubj"
    return doc
