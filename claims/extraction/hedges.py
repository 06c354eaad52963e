"""Signals of doubt in the article's own voice.

Two forms: cue words in the sentence ("reportedly", "is said to", "what it
called", words of distance such as "alleged" or a "claimed" where "said" would
do), and a sentence of its own saying the report cannot be verified, which
qualifies the claims just before it rather than the whole article.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

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
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "was believed to",
    "were believed to",
    "believed to",
    "is thought to",
    "are thought to",
    "is alleged to",
    "are alleged to",
    "apparently",
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "probably",
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

VERIFY_LEMMAS = {"verify", "confirm", "corroborate", "authenticate", "check"}
DOUBT_WORDS = {
    "not", "n't", "unable", "impossible", "cannot", "no", "none", "difficult", "hard",
}  # fmt: skip
# Nouns that name what a source put out: "the rebels' report", "Hamas figures".
REPORT_NOUNS = {
    "report", "reports", "claim", "claims", "figure", "figures", "account", "accounts",
    "toll", "number", "numbers", "statement", "statements", "assertion", "information",
}  # fmt: skip


def find_cue(doc: Doc, start: int, end: int, skip: list[tuple[int, int]]) -> str | None:
    """The first cue phrase in tokens [start, end), ignoring character ranges in
    `skip` (direct quotes: a speaker's own hedging is not the article's)."""
    for i in range(start, end):
        token = doc[i]
        if any(s <= token.idx < e for s, e in skip):
            continue
        if _distancing_claim(token):
            return token.text
        phrases = CUES.get(token.lower_)
        if not phrases or _others_allege(token):
            continue
        for phrase in phrases:
            n = len(phrase)
            if i + n <= len(doc) and tuple(t.lower_ for t in doc[i : i + n]) == phrase:
                return doc[i : i + n].text
    return None


def _others_allege(token: Token) -> bool:
    """'as neighbours had alleged': a verb with its own subject reports
    someone's allegation; only "the alleged attack" is the article's distance."""
    return (
        token.lower_ == "alleged"
        and token.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _distancing_claim(token: Token) -> bool:
    """'The militia claimed it had downed a drone': "claimed" where "said"
    would be neutral; not "claimed responsibility" or "claimed 12 lives"."""
    return (
        token.lemma_.lower() == "claim"
        and token.pos_ == "VERB"
        and any(c.dep_ == "ccomp" for c in token.children)
    )


def is_disclaimer(sent: Span) -> bool:
    """'The information cannot be verified independently.', 'It was not
    possible to verify the report.', 'Reuters could not confirm the figures.'"""
    if not any(t.lemma_.lower() in VERIFY_LEMMAS for t in sent):
        return False
    return any(t.lower_ in DOUBT_WORDS or t.dep_ == "neg" for t in sent)


def doubts_the_last_report(sent: Span) -> bool:
    """'Officials could not confirm the report': a definite report with no
    holder of its own is the one the article gave just before."""
    for token in sent:
        if (
            token.lower_ in REPORT_NOUNS
            and token.dep_ in {"dobj", "nsubjpass", "nsubj"}
            and token.head.lemma_.lower() in VERIFY_LEMMAS
            and any(c.lower_ in {"the", "this", "that", "these", "those"} for c in token.children)
            and not any(c.dep_ in {"poss", "compound", "prep"} for c in token.children)
        ):
            return True
    return False


def disclaimed_source(sent: Span) -> set[str]:
    """Words naming whose reports a disclaimer doubts: "the rebels' report",
    "figures from the health ministry", "Hamas claims"; empty when it names
    no one."""
    found: set[str] = set()
    for token in sent:
        if token.lower_ not in REPORT_NOUNS:
            continue
        for child in token.children:
            holders = []
            if child.dep_ in {"poss", "compound"} and child.pos_ in {"NOUN", "PROPN"}:
                holders.append(child)
            if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
                holders += [o for o in child.children if o.dep_ == "pobj"]
            for holder in holders:
                words = [t for t in holder.subtree if t.pos_ in {"NOUN", "PROPN"}]
                found |= {t.lower_.rstrip("'’s") or t.lower_ for t in words}
                found |= {t.lemma_.lower() for t in words}
    return found - {"report", "reports"}
