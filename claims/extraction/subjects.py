"""Mend a subject the parser hands to the speech verb before it.

In "Ferris said eight men and three women were being held", the small
English model reads "eight men and three women" as what was said and leaves
"were being held" without a subject. Every later rule, the claim's span and
the figure's category alike, reads the subject off the tree, so it is
mended once, here: a speech verb's object that stands right before a clause
with no subject of its own is that clause's subject.
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


@Language.component("claimdesk_said_subjects")
def said_subjects(doc: Doc) -> Doc:
    """The parse, with each stranded clause given back its subject."""
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
