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
        if aux and aux[0].tag_ != "TO" and aux[0].i > obj.right_edge.i:
            return clause
    return None


@Language.component("claimdesk_said_subjects")
def said_subjects(doc: Doc) -> Doc:
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
