"""Find numbers in a sentence, read their value and bounds, and reject the
ones that are not claim figures (ages, dates, times, distances, addresses...).

Everything here works on spaCy tokens the parser already produced, so it costs
a few attribute checks per token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .wordlists import ordered, words

Number = int | float

UNITS = {
    word: n
    for n, word in enumerate(
        ordered(
            """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen
    """
        )
    )
}
TENS = {
    word: 10 * n
    for n, word in enumerate(ordered("twenty thirty forty fifty sixty seventy eighty ninety"), 2)
}
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = UNITS.keys() | TENS.keys() | MULTIPLIERS.keys() | {"dozen"}

# Counts that say "a lot" without a number: value None, approximate.
VAGUE_WORDS = words(
    """
    dozens hundreds thousands millions scores tens several many numerous countless
    """
)
# "a couple of", "a pair of" are two; "a handful of", "a few" are vague.
ARTICLE_IDIOMS: dict[str, Number | None] = {"couple": 2, "pair": 2, "handful": None, "few": None}

ZERO_WORDS = {"nobody", "none"}

# Qualifier phrases before a number, longest first so "no more than" wins
# over "more than".
LOWER_BOUND = [
    ("no", "fewer", "than"),
    ("no", "less", "than"),
    ("in", "excess", "of"),
    ("upwards", "of"),
    ("more", "than"),
    ("at", "least"),
    ("a", "minimum", "of"),
    ("over",),
    ("above",),
]
UPPER_APPROXIMATE = [
    ("as", "many", "as"),
    ("close", "to"),
    ("up", "to"),
    ("nearly",),
    ("almost",),
    ("just", "under"),
]
UPPER_EXACT = [("no", "more", "than"), ("fewer", "than"), ("less", "than"), ("under",)]
APPROXIMATE = [
    ("an", "estimated"),
    ("roughly",),
    ("about",),
    ("around",),
    ("some",),
    ("approximately",),
    ("estimated",),
    ("circa",),
    ("nearly",),
]

TIME_UNITS = words(
    """
    second minute hour day night week weekend month year decade century fortnight season
    """
)
MONTHS = words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
MEASURE_UNITS = words(
    """
    km kilometre kilometer mile metre meter m cm mm foot feet ft inch yard kg kilogram gram
    g tonne ton pound lb degree mph kph km/h hectare acre litre liter gallon knot celsius
    fahrenheit kilowatt megawatt microsievert sievert millimetre millimeter centimetre
    centimeter sq square cubic mw kw kmh
    """
)
# A number right after one of these names a thing rather than counting it.
LABEL_WORDS = words(
    """
    route highway road interstate motorway line flight platform gate channel section article
    paragraph clause chapter page no no. number room apartment unit ward precinct item
    resolution amendment rule code building block exit bus train terminal level category
    grade phase stage version district bay pier runway lane camp zone sector cell column
    table figure part annex case file tier round
    """
)
# Readings of instruments, not counts of anything.
READING_WORDS = {
    "magnitude",
    "richter",
    "scale",
    "index",
    "reading",
    "depth",
    "altitude",
    "elevation",
}
AGE_WORDS = {"aged", "age", "ages"}
CALL_WORDS = {"call", "dial", "phone", "ring", "text", "hotline"}
TIME_SUFFIXES = {"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs", "local", "bst", "cet"}
PERCENT_WORDS = {"%", "percent", "per", "pc", "percentage"}
CURRENCY_WORDS = words(
    """
    dollar euro pound ruble rouble hryvnia yuan rupee yen franc shekel lira usd eur gbp
    """
)
CURRENCY_SYMBOLS = {"$", "€", "£", "¥", "₴", "₽", "us$"}

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_ORDINAL_WORDS = words(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    twentieth hundredth last
    """
)
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
_PHONE = re.compile(r"^\d{3,4}[-.]\d{3,4}([-.]\d{3,4})?$")
# A phone number the tokenizer split at its hyphens: "317-555-0142"
_SPLIT_PHONE = re.compile(r"\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}\b")


@dataclass(frozen=True)
class Figure:
    """A number expression found in the text, before categorisation."""

    start: int  # first token, qualifiers included
    end: int  # one past the last token
    head: int  # the number token the parser attaches to a noun or verb
    value: Number | None
    lower: Number | None
    upper: Number | None
    approximate: bool
    vague: bool = False  # "dozens", "many": value unknown
    zero: bool = False  # "nobody", "no one", "none", "no deaths"
    percent: bool = False
    money: bool = False


def tidy(value: float) -> Number:
    """Numbers as int when integral else float."""
    return int(value) if float(value).is_integer() else value


def word_number(words: list[str]) -> Number | None:
    """Value of a run like ["twenty", "-", "five"], ["2.5", "million"], ["three", "dozen"]."""
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        word = raw.lower()
        if word in {"-", "–", "and"}:
            continue
        if _DIGITS.match(word):
            current += float(word.replace(",", ""))
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in MULTIPLIERS:
            total += (current or 1) * MULTIPLIERS[word]
            current = 0
        else:
            return None
        seen = True
    return tidy(total + current) if seen else None


def parse_number(text: str) -> Number | None:
    """Read "1,200", "2.5 million", "twenty-five", "a dozen", "three dozen", "a couple"."""
    words = text.replace("-", " - ").split()
    if words and words[0].lower() in {"a", "an"}:
        words = words[1:]
        if len(words) >= 1 and words[0].lower() in ARTICLE_IDIOMS:
            return ARTICLE_IDIOMS[words[0].lower()]
        if not words or words[0].lower() not in MULTIPLIERS.keys() | {"dozen"}:
            return None
    if words and words[-1].lower() == "of":
        words = words[:-1]
    return word_number(words)


def is_ordinal(token: Token) -> bool:
    return token.lower_ in _ORDINAL_WORDS or bool(_ORDINAL.match(token.text))


def is_number_token(token: Token) -> bool:
    """A token that can be part of a written number."""
    lower = token.lower_
    if is_ordinal(token):
        return False
    if lower in NUMBER_WORDS:
        return True
    return token.like_num and bool(_DIGITS.match(lower))


def _match_before(tokens: list[str], phrases: list[tuple[str, ...]]) -> int:
    """Length of the first phrase that ends right before the number, else 0."""
    for phrase in phrases:
        n = len(phrase)
        if n <= len(tokens) and tuple(tokens[-n:]) == phrase:
            return n
    return 0


def _number_run(sent: Span, i: int) -> int:
    """End (exclusive, doc index) of the run of number tokens starting at i."""
    doc = sent.doc
    j = i
    while j < sent.end:
        token = doc[j]
        if is_number_token(token):
            j += 1
        elif (
            token.text in {"-", "–"}
            and j > i
            and j + 1 < sent.end
            and doc[j - 1].lower_ in TENS
            and doc[j + 1].lower_ in UNITS
        ):
            j += 1  # "twenty-five"
        else:
            break
    return j


def _qualify(
    sent: Span, start: int, value: Number
) -> tuple[int, Number | None, Number | None, bool]:
    """Apply a bound or qualifier written before the number."""
    doc = sent.doc
    before = [t.lower_ for t in doc[max(sent.start, start - 3) : start]]
    n = _match_before(before, UPPER_EXACT)
    if n:
        return start - n, None, value, False
    n = _match_before(before, LOWER_BOUND)
    if n:
        return start - n, value, None, False
    n = _match_before(before, UPPER_APPROXIMATE)
    if n:
        return start - n, None, value, True
    n = _match_before(before, APPROXIMATE)
    if n:
        return start - n, None, None, True
    return start, value, value, False


def find_figures(sent: Span) -> list[Figure]:
    """Every number expression in the sentence, with value and bounds."""
    doc = sent.doc
    figures: list[Figure] = []
    i = sent.start
    while i < sent.end:
        token = doc[i]
        lower = token.lower_
        nxt = doc[i + 1] if i + 1 < sent.end else None
        zero = _zero(sent, i)
        if zero is not None:
            end, head = zero
            figures.append(Figure(i, end, head, 0, 0, 0, False, zero=True))
            i = end
            continue
        # "a dozen", "a couple of", "a pair of", "a handful of", "a few"
        if (
            lower in {"a", "an"}
            and nxt is not None
            and (nxt.lower_ in ARTICLE_IDIOMS or nxt.lower_ in MULTIPLIERS or nxt.lower_ == "dozen")
        ):
            if nxt.lower_ in ARTICLE_IDIOMS:
                end = i + 2
                if end < sent.end and doc[end].lower_ == "of":
                    end += 1
                value = ARTICLE_IDIOMS[nxt.lower_]
            else:
                end = _number_run(sent, i + 1)
                value = word_number([t.text for t in doc[i + 1 : end]])
            if value is None:
                figures.append(Figure(i, end, i + 1, None, None, None, True, vague=True))
            else:
                start, lo, up, approx = _qualify(sent, i, value)
                figures.append(Figure(start, end, i + 1, value, lo, up, approx))
            i = end
            continue
        if lower in VAGUE_WORDS:
            end = i + 1
            # "hundreds of thousands", "tens of thousands"
            if (
                end + 1 < sent.end
                and doc[end].lower_ == "of"
                and doc[end + 1].lower_ in VAGUE_WORDS
            ):
                end += 2
            figures.append(Figure(i, end, end - 1, None, None, None, True, vague=True))
            i = end
            continue
        if not is_number_token(token):
            i += 1
            continue
        end = _number_run(sent, i)
        value = word_number([t.text for t in doc[i:end]])
        if value is None:
            i = end
            continue
        figure = _range_or_single(sent, i, end, value)
        figures.append(_with_unit(sent, figure))
        i = figure.end
    return figures


def _zero(sent: Span, i: int) -> tuple[int, int] | None:
    """(end, head) of a zero count: "nobody", "none", "no one", "no deaths".

    "no" before any noun counts as zero here; quantities keeps it only when the
    noun is a casualty or damage word, so "no leadership" never becomes a figure.
    """
    doc = sent.doc
    token = doc[i]
    if token.lower_ in ZERO_WORDS:
        return i + 1, i
    if token.lower_ != "no" or i + 1 >= sent.end:
        return None
    nxt = doc[i + 1]
    if nxt.lower_ == "one":
        return i + 2, i + 1
    if nxt.pos_ in {"NOUN", "ADJ"}:
        return i + 1, i + 1
    return None


def _range_or_single(sent: Span, i: int, end: int, value: Number) -> Figure:
    doc = sent.doc
    # "10 to 15", "10-15", "two or three"
    if end + 1 < sent.end and doc[end].lower_ in {"to", "-", "–", "or"}:
        # "$4 billion to $6 billion": the currency is repeated
        skip = 1 if doc[end + 1].lower_ in CURRENCY_SYMBOLS else 0
        end2 = _number_run(sent, end + 1 + skip)
        if end2 > end + 1 + skip:
            second = word_number([t.text for t in doc[end + 1 + skip : end2]])
            if second is not None and second > value:
                start = i - 1 if i - 1 >= sent.start and doc[i - 1].lower_ == "between" else i
                return Figure(start, end2, end2 - 1, None, value, second, False)
    # "between 10 and 15"
    if (
        i - 1 >= sent.start
        and doc[i - 1].lower_ == "between"
        and end < sent.end
        and doc[end].lower_ == "and"
    ):
        end2 = _number_run(sent, end + 1)
        second = word_number([t.text for t in doc[end + 1 : end2]]) if end2 > end + 1 else None
        if second is not None:
            return Figure(i - 1, end2, end2 - 1, None, value, second, False)
    start, lower, upper, approximate = _qualify(sent, i, value)
    # "12 or so"
    if end + 1 < sent.end and doc[end].lower_ == "or" and doc[end + 1].lower_ == "so":
        return Figure(start, end + 2, end - 1, value, None, None, True)
    return Figure(start, end, end - 1, value, lower, upper, approximate)


def _with_unit(sent: Span, figure: Figure) -> Figure:
    """Mark percentages and sums of money."""
    doc = sent.doc
    after = doc[figure.end] if figure.end < sent.end else None
    before = doc[figure.start - 1] if figure.start - 1 >= sent.start else None
    percent = after is not None and after.lower_ in PERCENT_WORDS
    money = (before is not None and before.lower_ in CURRENCY_SYMBOLS) or (
        after is not None and after.lemma_.lower() in CURRENCY_WORDS
    )
    if not (percent or money):
        return figure
    return Figure(
        figure.start,
        figure.end,
        figure.head,
        figure.value,
        figure.lower,
        figure.upper,
        figure.approximate,
        figure.vague,
        figure.zero,
        percent=percent,
        money=money,
    )


def _in_split_phone(sent: Span, num: Token) -> bool:
    if not any(t.text in {"-", "."} for t in sent.doc[max(sent.start, num.i - 1) : num.i + 2]):
        return False
    window = sent.doc[max(sent.start, num.i - 5) : min(sent.end, num.i + 6)]
    at = num.idx - window.start_char
    return any(m.start() <= at < m.end() for m in _SPLIT_PHONE.finditer(window.text))


def not_a_claim_figure(sent: Span, figure: Figure) -> str | None:
    """Why this number is not a claim figure, or None when it may be one."""
    doc = sent.doc
    if figure.zero or figure.vague:
        return None
    first = doc[figure.start]
    num = doc[figure.head]
    # The number tokens themselves, without qualifiers.
    nums = [t for t in doc[figure.start : figure.end] if is_number_token(t)] or [num]
    prev = doc[nums[0].i - 1] if nums[0].i - 1 >= sent.start else None
    prev2 = doc[nums[0].i - 2] if nums[0].i - 2 >= sent.start else None
    after = [t.lower_ for t in doc[figure.end : min(sent.end, figure.end + 3)]]
    after_lemmas = [t.lemma_.lower() for t in doc[figure.end : min(sent.end, figure.end + 2)]]
    text = num.text

    if after[:2] in (["-", "year"], ["year", "-"]) or after[:2] == ["years", "old"]:
        return "age"
    if prev is not None and prev.lower_ in AGE_WORDS:
        return "age"
    if (
        prev is not None
        and prev.lower_ == ","
        and prev2 is not None
        and prev2.ent_type_ == "PERSON"
        and after[:1] == [","]
    ):
        return "age"  # "John Smith, 45, was arrested"
    if after[:1] == ["block"] or (
        after[:1] and after[0] in {"street", "st", "avenue", "ave", "road"}
    ):
        return "address"
    # "911 calls" but "launched 112 drones": an emergency number counts nothing
    counts = num.dep_ == "nummod" and num.head.tag_ == "NNS" and num.head.lemma_ != "call"
    if (
        (text in {"911", "999", "112"} and not counts)
        or _PHONE.match(text)
        or _in_split_phone(sent, nums[0])
        or (prev is not None and prev.lemma_.lower() in CALL_WORDS)
    ):
        return "phone"
    if _CLOCK.match(text) or (after[:1] and after[0] in TIME_SUFFIXES) or num.ent_type_ == "TIME":
        return "time"
    if after_lemmas[:1] and after_lemmas[0] in TIME_UNITS:
        return "duration"
    if after[:2] and after[0] == "-" and len(after_lemmas) > 1 and after_lemmas[1] in TIME_UNITS:
        return "duration"  # "a 15-month war"
    if (prev is not None and prev.lower_ in MONTHS) or (after[:1] and after[0] in MONTHS):
        return "date"
    date_like = len(text) == 4 or num.ent_type_ == "DATE"
    separated = after[:1] in (["-"], ["/"]) and num.i + 2 < sent.end and doc[num.i + 2].like_num
    if separated and date_like and (prev is None or not prev.like_num):
        return "date"  # "2023-05-23"
    if (
        len(text) == 4
        and text.isdigit()
        and 1800 <= int(text) <= 2100
        # "in 2019" is a year, "2000 people" a count
        and not (num.dep_ == "nummod" and num.head.tag_ == "NNS")
    ):
        return "year"
    if (
        prev is not None
        and prev.lower_ in {"-", "/"}
        and prev2 is not None
        and prev2.like_num
        and num.ent_type_ == "DATE"
    ):
        return "date"
    if after_lemmas[:1] and after_lemmas[0] in MEASURE_UNITS:
        return "measurement"
    if prev is not None and prev.lower_ in LABEL_WORDS and prev.lower_ != "no":
        return "label"
    if prev is not None and prev.lower_ in {"no.", "#"}:
        return "label"
    if (
        prev is not None
        and prev.text in {"-", "–"}
        and not prev.whitespace_
        and prev2 is not None
        and prev2.is_alpha
        and not is_number_token(prev2)
    ):
        return "name"  # "Su-25", "COVID-19"
    if (
        prev is not None
        and prev.is_alpha
        and prev.is_upper
        and len(prev.text) <= 3
        and not prev.whitespace_
    ):
        return "name"
    window = doc[max(sent.start, figure.start - 3) : min(sent.end, figure.end + 3)]
    if any(t.lower_ in READING_WORDS for t in window):
        return "reading"
    if (
        num.lower_ == "one"
        and len(nums) == 1
        and first.i == num.i
        and after[:1]
        and after[0] in {"of", "another", "day", "way", "side"}
    ):
        return "pronoun"
    return None
