"""Find claims in the extractor's output by words of their text."""

from claims.extraction import extract


def claim_with(text: str, words: str):
    """The first claim whose text holds the words."""
    claims = extract(text)
    matches = [c for c in claims if words in c.text]
    assert matches, f"no claim holds {words!r}: {[c.text for c in claims]}"
    return matches[0]


def attributed(text: str) -> list:
    return [c for c in extract(text) if c.speaker or c.speaker_kind or c.attribution]


def attributed_claim_with(text: str, words: str):
    """The first claim with a source whose text holds the words."""
    matches = [c for c in attributed(text) if words in c.text]
    assert matches, f"no attributed claim holds {words!r}: {[c.text for c in extract(text)]}"
    return matches[0]


def no_attributed_claim_with(text: str, words: str) -> bool:
    return not any(words in c.text for c in attributed(text))


def quantities(text: str) -> list[tuple]:
    """(value, category) of every quantity extracted from the text, in order."""
    return [(q.value, q.category) for c in extract(text) for q in c.quantities]
