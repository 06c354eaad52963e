"""A headline is one sentence whatever its commas; a long line without a full
stop is not a headline, and the parser still finds its sentences."""

from claims.extraction.pipeline import get_nlp


def _sentence_starts(text: str) -> list[bool | None]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("claimdesk_paragraph_breaks")(doc)
    return [t.is_sent_start for t in doc if not t.is_space]


def test_a_headline_line_holds_no_sentence_start():
    starts = _sentence_starts(
        "Two dead, three wounded in shooting, police say\n\nTwo men died, police said."
    )
    headline = starts[:10]
    assert headline[1:] == [False] * 9
    assert starts[10] is True  # the paragraph below opens a sentence


def test_a_long_line_without_a_full_stop_is_left_to_the_parser():
    line = " ".join(["the council said the road would close"] * 8)
    starts = _sentence_starts(line + "\n\nIt reopened on Monday.")
    assert False not in starts
