"""Find numbers in a sentence, read their value and bounds, and reject the
ones that are not claim figures (ages, dates, times, distances, addresses...).

Everything here works on spaCy tokens the parser already produced, so it costs
a few attribute checks per token. It is long because news writes figures in
many ways and says many numbers that are not figures; each rule is a small
check on the same tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from babel.core import get_global
from babel.numbers import get_territory_currencies
from spacy.tokens import Span, Token

from .wordlists import GLUED_CURRENCIES, KIN_WORDS, LETTERED_DOLLAR, ordered, words

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
MULTIPLIERS = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian units: "Rs. 5 lakh" is 500,000, "2.4 crore" 24 million
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_SMALL_NUMBER_WORDS = UNITS.keys() | TENS.keys()
NUMBER_WORDS = _SMALL_NUMBER_WORDS | MULTIPLIERS.keys() | {"dozen"}

# Counts that say "a lot" without a number: value None, approximate.
VAGUE_WORDS = words(
    """
    dozens hundreds thousands millions scores tens several many numerous countless
    """
)
# "a couple of", "a pair of" are two; "a handful of", "a few" are vague.
ARTICLE_IDIOMS: dict[str, Number | None] = {"couple": 2, "pair": 2, "handful": None, "few": None}

ZERO_WORDS = {"nobody", "none", "neither"}

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
    # a ceiling put as a height: "the real toll could be as high as 40"
    ("as", "high", "as"),
    ("as", "much", "as"),
]
UPPER_EXACT = [
    ("no", "more", "than"),
    ("a", "maximum", "of"),
    ("fewer", "than"),
    ("less", "than"),
    ("at", "most"),
    ("under",),
]
APPROXIMATE = [
    ("an", "estimated"),
    # "the figure is closer to 6,500": an estimate against another, no bound
    ("closer", "to"),
    ("nearer", "to"),
    ("roughly",),
    ("about",),
    ("around",),
    ("some",),
    ("approximately",),
    ("estimated",),
    # "the loss was estimated at $4,500", "what she estimated at $3,000"
    ("estimated", "at"),
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
    centimeter sq square cubic mw kw kmh ppm ppb decibel
    """
)
# Units of an amount rather than of a distance, speed or reading: "58,000
# tonnes of copper", "11,000 hectares burned" are checkable figures.
AMOUNT_UNITS = words("tonne ton litre liter gallon hectare acre barrel")
# Units of a weight, an amount only of something weighed: "2kg of cocaine".
WEIGHT_UNITS = words("kg kilogram kilo gram g")
# A number right after one of these names a thing rather than counting it.
LABEL_WORDS = words(
    """
    route highway road interstate motorway line flight platform gate channel section article
    paragraph clause chapter page no no. number room apartment unit ward precinct item
    resolution amendment rule code building block exit bus train terminal level category
    grade phase stage version district bay pier runway lane camp zone sector cell column
    table figure part annex case file tier round marker
    """
)
# Readings of instruments, not counts of anything.
READING_WORDS = {
    "magnitude",
    "humidity",
    "temperature",
    "temperatures",
    "richter",
    "scale",
    "index",
    "reading",
    "depth",
    "altitude",
    "elevation",
    # "61 microgrammes of alcohol in 100 millilitres of breath"
    "breath",
    "concentration",
}
# A driver's blood-alcohol level is read off an instrument too: "a
# blood-alcohol content of 0.19 percent"; "2,000 bottles of alcohol" are counted.
_BLOOD_ALCOHOL = re.compile(r"\bblood[- ]?alcohol\b", re.I)
AGE_WORDS = {"aged", "age", "ages"}
CALL_WORDS = {"call", "dial", "phone", "ring", "text", "hotline"}
TIME_SUFFIXES = {"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs", "local", "bst", "cet"}
PERCENT_WORDS = {"%", "percent", "per", "pc", "percentage"}
CURRENCY_WORDS = words(
    """
    dollar euro pound ruble rouble hryvnia yuan rupee yen franc shekel lira usd eur gbp
    taka naira rand peso won dinar dirham riyal ringgit baht krona krone zloty forint cedi
    shilling kwacha rial lari tenge reais rupiah dong kyat riel kip birr quetzal lempira
    boliviano guarani metical kwanza leu lei lek denar manat somoni dram afghani gourde
    koruna kuna cordoba balboa ouguiya dalasi leone kina vatu som
    """
)
# Verbs whose object is a sum of money: "borrowed 40,000 pounds" is money,
# where "lost 30 pounds" is a weight.
PAYING_VERBS = words(
    "pay spend invest owe earn raise borrow lend pledge donate receive accept embezzle steal"
)
# Nouns that name a sum: "compensation of 2 million rupals" is money in
# whatever currency the article uses, however unfamiliar its name.
SUM_NOUNS = words("compensation fine bail ransom reward payout bribe penalty damages")
# Sums written short after a currency sign: "$40K", "$84.6M", and glued
# into one token, "£2.5bn", "$4.9b".
MONEY_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
MONEY_ABBREVIATIONS |= {"b": 1_000_000_000, "tn": 1_000_000_000_000}
CURRENCY_SYMBOLS = {"$", "€", "£", "¥", "₴", "₽", "us$", "₹", "rs", "rs.", "inr", "tk", "₦", "৳"}
CURRENCY_SYMBOLS |= {c.lower() for c in GLUED_CURRENCIES} | {"₵"}


class _CurrencySigns(frozenset):
    """The signs above, and any lettered dollar, however rare its country."""

    _lettered = re.compile(LETTERED_DOLLAR, re.I)

    def __contains__(self, text: object) -> bool:
        # asked of nearly every token: the pattern only for what ends in "$"
        return super().__contains__(text) or (
            isinstance(text, str)
            and text.endswith("$")
            and self._lettered.fullmatch(text) is not None
        )


CURRENCY_SYMBOLS = _CurrencySigns(CURRENCY_SYMBOLS)
# The codes of the currencies in use, written before a sum: "EGP 100,000",
# "KES 4.6 million", and Israel's "NIS" beside its code. Codes that are also
# English words ("ALL", "TOP", "TRY") stay words.
CURRENCY_CODES = {
    code
    for territory in get_global("territory_currencies")
    for code in get_territory_currencies(territory, tender=True)
} - set(ordered("ALL BOB CUP GEL MAD MOP PEN SOS TOP TRY")) | {"NIS"}

STREET_WORDS = words(
    """
    street st avenue ave road rd boulevard blvd lane ln drive dr way court ct place pl
    highway hwy parkway pkwy terrace circle square alley pike row parade quay wharf walk
    hill gardens mews grove crescent close embankment esplanade promenade
    """
)
# Street words that are common words too: right after a number they are no
# street without a name before them ("12 Hill tribesmen", "3 Close Protection
# officers", but "41 Quayside Parade").
_COMMON_STREET_WORDS = words("row parade walk hill gardens grove close")
# Compass points written before a street's name, in capitals.
_COMPASS_POINTS = {"N", "S", "E", "W", "NE", "NW", "SE", "SW"}
ROUTE_PREFIXES = {"u.s.", "us", "hwy", "hwy.", "sr", "i", "rte", "rte.", "state", "r"}
NAME_ENTS = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}
# "tore the truck in two", "snapped in half": how, not how many.
_SPLITTING_VERBS = words("tear split break cut snap saw rip")
# What a lead or a margin is counted in: "a 9-point lead", "won by 412 votes".
MARGIN_UNITS = words("point vote")
KIN_NOUNS = words("mother father parent mom dad grandmother grandfather grandparent")
_NOT_NAMES = {"GPE", "LOC", "DATE", "TIME", "FAC", "CARDINAL", "QUANTITY", "MONEY"}

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_ORDINAL_VALUES = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_ORDINAL_WORDS = frozenset(_ORDINAL_VALUES) | words("twentieth hundredth last")
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")  # "4.30", never "4.99"
_PHONE = re.compile(r"^\d{3,4}[-.]\d{3,4}([-.]\d{3,4})?$")
# A phone number the tokenizer split at its hyphens: "317-555-0142"
# or spelled with a word for its last digits: "317-262-TIPS"
# "(555) 012-3456", "1-800-555-0199": a country or trunk code may lead
_SPLIT_PHONE = re.compile(r"(\b1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-.](\d{4}|[A-Z]{4,7})\b")
# A local number without its area code: "555-0143". A range is written the
# same way ("300-1200"), so it takes more to call it a phone number.
_LOCAL_PHONE = re.compile(r"(?<![\d,.])(\d{3})[-.](\d{4})\b")
_PHONE_CUES = CALL_WORDS | words("number line tip tipline helpline extension reach contact")


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
    # The words the article used for the bound ("at least", "up to",
    # "between … and", "dozens"); empty for an exact figure.
    qualifier: str = ""
    # Read from wording with no number in it: "a man was killed", "twins died".
    implicit: bool = False


def tidy(value: float | Decimal) -> Number:
    """Numbers as int when integral else float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return int(value) if float(value).is_integer() else value


def scaled(value: Number, multiplier: int) -> Number:
    """'2.14 trillion' is 2,140,000,000,000 exactly, which floats miss."""
    return tidy(Decimal(str(value)) * multiplier)


def word_number(words: list[str]) -> Number | None:
    """Value of a run like ["twenty", "-", "five"], ["2.5", "million"], ["three", "dozen"]."""
    # decimals, so that "2.14 trillion" is read as written
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    for raw in words:
        word = raw.lower()
        if word in {"-", "–", "and"}:
            continue
        if _DIGITS.match(word):
            current += Decimal(word.replace(",", ""))
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in MULTIPLIERS or word in MONEY_ABBREVIATIONS:
            total += (current or 1) * (MULTIPLIERS.get(word) or MONEY_ABBREVIATIONS[word])
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


# A sum with its currency's code or letter glued on, before "million" or
# "billion": "P1.2", "VND50", "R2.5". Codes alone stay apart ("A4", "M25").
_GLUED_AMOUNT = re.compile(r"^(?:[A-Z]{1,3}|₱)(\d[\d,]*(?:\.\d+)?)$")
# A sum and its scale glued into one token after a currency sign: "$4.9b", "£2.5bn".
_GLUED_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(" + "|".join(MONEY_ABBREVIATIONS) + r")$", re.I)


def _number_run(sent: Span, i: int) -> int:
    """End (exclusive, doc index) of the run of number tokens starting at i."""
    doc = sent.doc
    j = i
    while j < sent.end:
        token = doc[j]
        if j > i and _DIGITS.match(token.lower_) and not _DIGITS.match(doc[j - 1].lower_):
            break  # "Two 17-year-old boys": a count, then an age, never nineteen
        if j > i and token.lower_ in _SMALL_NUMBER_WORDS and _DIGITS.match(doc[j - 1].lower_):
            break  # "In 2019 two people died": a year, then a count
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
        elif (
            token.lower_ in MONEY_ABBREVIATIONS
            and j > i
            and i > sent.start
            and doc[i - 1].lower_ in CURRENCY_SYMBOLS
            and not doc[j - 1].whitespace_
        ):
            return j + 1  # "$40K", "$84.6M": a sum written short
        else:
            break
    return j


def _qualify(
    sent: Span, start: int, value: Number
) -> tuple[int, Number | None, Number | None, bool, str]:
    """Apply a bound or qualifier written before the number; the last item is
    the qualifier as written."""
    doc = sent.doc
    # "about $1.4 million", "up to €20m": the bound stands before the symbol
    lead = start - 1 if start > sent.start and doc[start - 1].lower_ in CURRENCY_SYMBOLS else start
    before = [t.lower_ for t in doc[max(sent.start, lead - 3) : lead]]

    def words(n: int) -> str:
        return doc[lead - n : lead].text

    n = _match_before(before, UPPER_EXACT)
    if n:
        return lead - n, None, value, False, words(n)
    n = _match_before(before, LOWER_BOUND)
    if n:
        return lead - n, value, None, False, words(n)
    n = _match_before(before, UPPER_APPROXIMATE)
    if n:
        return lead - n, None, value, True, words(n)
    n = _match_before(before, APPROXIMATE)
    if n:
        return lead - n, None, None, True, words(n)
    # "could rise to £25m": past the currency sign, as with the words above
    passed = _passed_bound(sent, lead)
    if passed:
        # "the toll could exceed 60", "deaths topped 100": more than the number
        return lead, value, None, False, passed
    modal = _modal_bound(sent, lead)
    if modal:
        # "the toll could rise to 90": a ceiling the speaker expects, not a count
        return lead, None, value, True, modal
    return start, value, value, False, ""


# Verbs that go past a number: what they count is more than it, whether it
# has happened ("deaths topped 100") or is feared ("could exceed 60").
_PASS_VERBS = {"exceed", "surpass", "top"}
_PASSING_TALLIES = {"case", "infection", "toll", "number", "total", "count", "death", "tally"}
# Verbs that go up to a number: said of the future ("could rise to 90") the
# number is a ceiling the speaker expects.
# "the loss could run into N1.5 billion", "the bill could run to £2m"
_RISE_VERBS = {"rise", "climb", "reach", "increase", "grow", "hit", "run"}
_MODAL_LEADS = {"expect", "likely", "set", "feared", "fear"}


def _passed_bound(sent: Span, start: int) -> str:
    """'exceeded 50', 'could top 100', 'is expected to surpass 200': the words
    from any modal or expectation to the verb, or "" when no such verb governs
    the number."""
    doc = sent.doc
    i = start - 1
    if i < sent.start or doc[i].pos_ != "VERB":
        return ""
    lemma = doc[i].lemma_.lower()
    if lemma == "pass":
        # "cases pass 4,000", "the toll passed 90"; not "passed 3 laws"
        if not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _PASSING_TALLIES for c in doc[i].children
        ):
            return ""
    elif lemma not in _PASS_VERBS:
        return ""
    lead = _modal_lead(sent, i)
    return doc[lead if lead is not None else i : start].text


def _modal_lead(sent: Span, verb: int) -> int | None:
    """Start of "could", "may well", "is expected to", "is likely to" before
    the verb at `verb`, or None when the verb is not said of the future."""
    doc = sent.doc
    j = verb - 1
    while j >= sent.start and doc[j].lower_ in {"further", "still", "even", "soon", "eventually"}:
        j -= 1
    if j >= sent.start and doc[j].tag_ == "MD":
        return j
    if (
        j >= sent.start
        and doc[j].lower_ == "to"
        and j - 1 >= sent.start
        and doc[j - 1].lemma_.lower() in _MODAL_LEADS
    ):
        return j - 1
    return None


def _modal_bound(sent: Span, start: int) -> str:
    """'could rise to 90', 'may reach 90', 'is expected to climb to 90'."""
    doc = sent.doc
    i = start - 1
    if i >= sent.start and doc[i].lower_ in {"to", "into"} and i - 1 >= sent.start:
        i -= 1
    if i < sent.start or doc[i].lemma_.lower() not in _RISE_VERBS:
        return ""
    lead = _modal_lead(sent, i)
    return doc[lead:start].text if lead is not None else ""


def find_figures(sent: Span) -> list[Figure]:
    """Every number expression in the sentence, with value and bounds."""
    doc = sent.doc
    figures: list[Figure] = []
    i = sent.start
    while i < sent.end:
        token = doc[i]
        lower = token.lower_
        nxt = doc[i + 1] if i + 1 < sent.end else None
        bound_end = _bound_words(sent, i)
        if bound_end:
            i = bound_end  # "as many as 30", "no more than five": the number's own words
            continue
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
                if (
                    value is None
                    and end < sent.end
                    and doc[end].lower_ in MULTIPLIERS.keys() | {"dozen"}
                ):
                    end += 1  # "a few hundred", "a few dozen": vague, never 12
                elif end < sent.end and doc[end].lower_ in MULTIPLIERS:
                    # "a couple of hundred": about 200, as loosely as said
                    value = value * MULTIPLIERS[doc[end].lower_]
                    head = end
                    figures.append(Figure(i, end + 1, head, value, None, None, True))
                    i = end + 1
                    continue
            else:
                end = _number_run(sent, i + 1)
                value = word_number([t.text for t in doc[i + 1 : end]])
            if value is None:
                words_ = doc[i:end].text.removesuffix(" of")
                figures.append(
                    Figure(i, end, i + 1, None, None, None, True, vague=True, qualifier=words_)
                )
            else:
                start, lo, up, approx, qualifier = _qualify(sent, i, value)
                figures.append(
                    Figure(start, end, i + 1, value, lo, up, approx, qualifier=qualifier)
                )
            i = end
            continue
        if lower in VAGUE_WORDS and i > sent.start and doc[i - 1].lower_ == "how":
            i += 1  # "it was unclear how many died" asks for a count, gives none
            continue
        if lower in VAGUE_WORDS or _vague_some(token, nxt):
            end = i + 1
            # "hundreds of thousands", "tens of thousands"
            if (
                end + 1 < sent.end
                and doc[end].lower_ == "of"
                and doc[end + 1].lower_ in VAGUE_WORDS
            ):
                end += 2
            # "several thousand", "a few hundred": still a count without a number
            if end < sent.end and doc[end].lower_ in MULTIPLIERS:
                end += 1
            figures.append(
                Figure(
                    i, end, end - 1, None, None, None, True, vague=True, qualifier=doc[i:end].text
                )
            )
            i = end
            continue
        running = _running_count(token)
        if running is not None:
            figures.append(Figure(i, i + 1, i, running, running, running, False))
            i += 1
            continue
        glued = _GLUED_AMOUNT.match(token.text)
        if glued and nxt is not None and nxt.lower_ in MULTIPLIERS:
            # "P1.2 billion", "VND50 million": a currency's code glued to the
            # number, which the tokenizer keeps whole
            figures.append(_glued_sum(sent, i, i + 1, glued.group(1), MULTIPLIERS[nxt.lower_]))
            i += 2
            continue
        short = _GLUED_SCALE.match(token.text) if i > sent.start else None
        if short and doc[i - 1].lower_ in CURRENCY_SYMBOLS:
            number, scale = short.groups()  # "$4.9b"
            figures.append(_glued_sum(sent, i, i, number, MONEY_ABBREVIATIONS[scale.lower()]))
            i += 1
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
        figures.append(_converted(sent, _with_unit(sent, figure), figures))
        i = figure.end
    return figures


def _glued_sum(sent: Span, i: int, head: int, number: str, multiplier: int) -> Figure:
    """A sum whose number is glued to its currency or its scale, from token
    i to `head`, the token that gives the scale."""
    value = tidy(Decimal(number.replace(",", "")) * multiplier)
    start, lo, up, approx, qualifier = _qualify(sent, i, value)
    return Figure(start, head + 1, head, value, lo, up, approx, money=True, qualifier=qualifier)


# Crimes a place keeps a yearly tally of.
_TALLIED_KILLINGS = words("homicide murder killing")


def _running_count(token: Token) -> int | None:
    """'the killing is the city's ninth homicide this year', 'Dunmore's 14th
    murder of the year': the place of a killing in a place's tally for the
    year is the count of killings so far. Only a tally a place is named as
    keeping: "the second homicide in the town this year" is told in passing."""
    if token.dep_ != "amod" or token.head.dep_ != "attr":
        return None
    noun = token.head
    if noun.lemma_.lower() not in _TALLIED_KILLINGS or not any(
        c.dep_ == "poss" for c in noun.children
    ):
        return None
    # "of the year" on the noun, "this year" on the verb
    framed = [t for t in [*noun.children, *noun.head.children] if t.dep_ in {"prep", "npadvmod"}]
    if not any(t.lemma_.lower() == "year" for f in framed for t in [f, *f.children]):
        return None
    if _ORDINAL.match(token.text):
        return int(token.text[:-2])
    return _ORDINAL_VALUES.get(token.lower_)


def _converted(sent: Span, figure: Figure, before: list[Figure]) -> Figure:
    """'up to 2.1 billion pesos ($37 million)': a sum in brackets right after
    another restates it in a second currency, under the same bound."""
    doc = sent.doc
    if not before or not figure.money or figure.qualifier or figure.value is None:
        return figure
    first = before[-1]
    opening = doc[figure.start - 1] if figure.start - 1 >= sent.start else None
    if opening is not None and opening.lower_ in CURRENCY_SYMBOLS:
        opening = doc[opening.i - 1] if opening.i - 1 >= sent.start else None
    if (
        not first.money
        or not first.qualifier
        or first.value is None
        or opening is None
        or opening.text != "("
        or opening.i - first.end > 1
    ):
        return figure
    value = figure.value
    return replace(
        figure,
        lower=value if first.lower is not None else None,
        upper=value if first.upper is not None else None,
        approximate=first.approximate,
        qualifier=first.qualifier,
    )


# Bound phrases of more than one word, by first word: the lookup runs on
# every word of every sentence.
_BOUND_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in LOWER_BOUND + UPPER_APPROXIMATE + UPPER_EXACT:
    if len(_phrase) > 1:
        _BOUND_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def _bound_words(sent: Span, i: int) -> int:
    """End of a bound phrase starting at i and written right before a number
    ("as many as 30", "no more than five", "at least a dozen"), else 0: its
    words qualify that number and are no count of their own."""
    doc = sent.doc
    for phrase in _BOUND_BY_FIRST.get(doc[i].lower_, ()):
        end = i + len(phrase)
        if end >= sent.end or tuple(t.lower_ for t in doc[i:end]) != phrase:
            continue
        nxt = doc[end]
        if is_number_token(nxt) or (
            nxt.lower_ in {"a", "an"}
            and end + 1 < sent.end
            and doc[end + 1].lower_ in MULTIPLIERS.keys() | {"dozen"}
        ):
            return end
    return 0


def _vague_some(token: Token, nxt: Token | None) -> bool:
    """'some residents are missing', 'some were hurt': a vague count, unlike
    "some 65 people" (about 65) or "some damage" (a mass noun)."""
    if token.lower_ != "some" or (nxt is not None and is_number_token(nxt)):
        return False
    if token.dep_ == "det":
        return token.head.tag_ == "NNS"
    return token.dep_ in {"nsubj", "nsubjpass"}


def all_figures(sent: Span) -> list[Figure]:
    """Written numbers and, where no number is written, implicit counts."""
    figures = find_figures(sent)
    taken = {t for f in figures for t in range(f.start, f.end)} | {f.head for f in figures}
    figures += [f for f in implicit_figures(sent) if f.head not in taken]
    figures.sort(key=lambda f: f.start)
    return figures


# People a singular noun phrase can count: "a man was killed" is one killed.
PERSON_NOUNS = words(
    """
    man woman boy girl child baby toddler infant teen teenager youth juvenile adult person
    resident victim driver passenger motorist pedestrian cyclist motorcyclist rider bystander
    officer deputy trooper policeman policewoman soldier civilian student pupil worker employee
    clerk guard firefighter miner tourist customer patron owner father mother son daughter
    husband wife brother sister grandmother grandfather uncle aunt cousin nephew niece friend
    neighbor neighbour male female suspect gunman shooter journalist reporter doctor nurse
    teacher pilot sailor fisherman farmer villager protester demonstrator inmate prisoner
    security guardsman militant fighter waiter waitress cashier bartender hunter homeowner
    shopkeeper teacher coach athlete player stepson stepdaughter stepfather stepmother grandson
    granddaughter boyfriend girlfriend fiance fiancee roommate relative youngster
    photographer cameraman volunteer rescuer paramedic medic activist priest hiker climber
    swimmer diver labourer laborer dockworker captain skipper crewman deckhand sergeant
    constable lieutenant guest patient spectator fan visitor grandchild kid sibling parent
    engineer conductor interpreter walker bushwalker jogger shopper commuter groundworker
    builder bricklayer electrician plumber carpenter roofer welder mechanic contractor
    colleague co-worker coworker member shepherd herder herdsman councilor councillor
    ranger warden technician labourer mourner worshipper pilgrim trader vendor surfer
    skier snowboarder biker angler kayaker canoeist snorkeler camper trekker boater
    freshman sophomore expatriate expat devotee
    """
)
# Endings of the words for people the list above lacks: "watchman",
# "schoolgirl", "motorist", "technician", "mountaineer"; but those who speak
# for others ("the town's spokesman, Jon Berg, said") are no count.
_PERSON_ENDINGS = ("man", "woman", "person", "girl", "boy", "ist", "ian", "eer")
_LIKE_PERSON_WORDS = words(
    "career assist veneer german median spokesman spokeswoman spokesperson chairman"
    " chairwoman chairperson"
)


def person_noun(lemma: str) -> bool:
    """Whether a singular noun counts one person: "a man", "a watchman"."""
    return lemma in PERSON_NOUNS or (
        len(lemma) > 5 and lemma.endswith(_PERSON_ENDINGS) and lemma not in _LIKE_PERSON_WORDS
    )


_HE_OR_SHE = {"he", "she"}


def _age_of_one(num: Token) -> bool:
    """'The woman who died was 72', 'He is 19': a bare number that one person
    is, with no noun of its own, is that person's age."""
    if num.dep_ not in {"attr", "acomp"} or num.head.lemma_ != "be":
        return False
    subject = next((c for c in num.head.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "prep" for c in num.children):
        return False  # "he was one of 12": one of a count
    if subject.lower_ in _HE_OR_SHE:
        return True
    # a person, not "the toll was 72"
    return (
        subject.tag_ == "NN" and person_noun(subject.lemma_.lower())
    ) or subject.ent_type_ == "PERSON"


# Things counted for damage. Anything else is counted as people.
OBJECT_NOUNS = words(
    """
    home house building apartment flat dwelling residence car vehicle truck lorry bus van
    suv tank bridge school hospital clinic church mosque shop store business structure
    property facility factory plant warehouse office plane aircraft jet helicopter drone
    ship boat vessel train carriage road railway dam substation pylon tower farm
    kindergarten hotel block infrastructure launcher howitzer gun system carrier transformer
    village town window storefront kiosk stall station restaurant bank market mall depot
    garage barn shed cabin wagon silo roof caravan trailer cottage crane excavator bulldozer
    tent hut shack
    tractor forklift ambulance unit checkpoint outpost bunker base basement cellar bungalow
    townhouse condo duplex hall tanker rig pickup minibus motorcycle motorbike scooter ferry
    trawler pole classroom semitrailer
    """
)
# Words that name a fixed number of people: "twins died", "both were hurt".
IMPLICIT_PLURALS = {"twins": 2, "twin": 2, "both": 2}
_PERSON_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "ROOT", "conj", "attr"}


def _among_a_group(token: Token) -> bool:
    """'The pilot was among the dead', 'Among the dead was a girl': one
    person, named by role, placed in a group the article counts."""
    verb = token.head
    return (
        token.dep_ in {"nsubj", "attr"}
        and verb.lemma_ == "be"
        and any(c.dep_ == "prep" and c.lower_ == "among" for c in verb.children)
    )


# Groups whose members a copula names one by one: "the victims were a woman
# and her two sons", "one of the victims was a taxi driver".
VICTIM_GROUPS = words("victim dead fatality")


def victim_group(verb: Token) -> Token | None:
    """The group a copula's subject names, "victims" in "the victims were"
    or "one of the victims was"; None when the subject is no such group."""
    if verb.lemma_ != "be":
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.lower_ == "one":
            subject = next(
                (o for c in subject.children if c.lower_ == "of" for o in c.children), subject
            )
        plural = subject.tag_ == "NNS" or subject.lower_ == "dead"
        if plural and subject.lemma_.lower() in VICTIM_GROUPS:
            return subject
    return None


def _named_member(token: Token) -> bool:
    """'the victims were a 34-year-old woman and ...': one person, named as a
    member of the group the copula's subject counts."""
    return token.dep_ == "attr" and victim_group(token.head) is not None


def is_dateline(token: Token) -> bool:
    """'PHILADELPHIA — The committee said', 'KYIV, March 4 (Reuters) -': a
    place in capitals opening the story is where, not who."""
    if not (token.is_upper and len(token.text) > 1) or token.i - token.sent.start > 3:
        return False
    doc = token.doc
    # "The SLA, in a statement, said": an acronym after a determiner is a
    # name; a dateline opens the line with nothing but capitals before it
    if not all(t.is_upper or t.is_space for t in doc[token.sent.start : token.i]):
        return False
    k = token.i + 1
    while k < len(doc) and doc[k].is_upper and doc[k].is_alpha:
        k += 1
    return k < len(doc) and doc[k].text in {"—", "–", "-", "(", ",", "/"}


# People an age bound describes: "children under five".
_YOUNG_PEOPLE = words("child kid baby infant toddler boy girl youngster minor teen teenager")


def _credited_by_dateline(num: Token) -> bool:
    """A number inside the brackets of a dateline, which name the outlet."""
    doc, start = num.doc, num.sent.start
    if not any(is_dateline(t) for t in doc[start : min(start + 3, num.i)]):
        return False
    opening = next((t.i for t in doc[start : num.i] if t.text == "("), None)
    closing = next((t.i for t in doc[num.i : num.sent.end] if t.text == ")"), None)
    return (
        opening is not None
        and closing is not None
        and closing + 1 < len(doc)
        and doc[closing + 1].text in {"-", "–", "—"}
    )


_NAMING_VERBS = words("identify name")


def _one_person(token: Token) -> bool:
    """'a man', 'an officer', 'a 23-year-old', 'his wife'."""
    doc = token.doc
    if token.dep_ == "attr" and not (_among_a_group(token) or _named_member(token)):
        return False  # "he was a teacher": what someone is, not who was hurt
    if any(c.dep_ == "poss" and c.tag_ in {"PRP$", "WP$"} for c in token.children):
        # "killed his 9-year-old sister", "her husband was wounded"
        return token.tag_ == "NN" and person_noun(token.lemma_.lower())
    if _among_a_group(token):
        return token.tag_ == "NN" and _a_person(token)
    if _beside_a_count(token):
        # "injuring the driver and three students": one, listed with a count
        return token.tag_ == "NN" and person_noun(token.lemma_.lower())
    # "The man was pronounced dead at the scene": a person told of again is
    # one again, as every mention of a figure is its own claim; and so is
    # "the pickup's driver", named by the thing it belongs to ("the woman's
    # husband" is kin, as "her husband" is)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    owned = any(
        c.dep_ == "poss"
        # "the pickup's driver", and "the Malibu's driver" named by its model
        and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.ent_type_ != "PERSON"))
        and c.lemma_.lower() not in PERSON_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in token.children
    )
    if the or owned:
        # but "the man who died was a fitter" only says who the dead man was
        # "The woman, identified by the coroner as Marisa Delacroix, was
        # pronounced dead" names her and says no more
        return (
            token.tag_ == "NN"
            and person_noun(token.lemma_.lower())
            and not any(
                c.dep_ == "relcl" or (c.dep_ == "acl" and c.lemma_.lower() not in _NAMING_VERBS)
                for c in token.children
            )
        )
    # after a dateline ("TARNOV, Oct 14 - A man was ...") the tagger may take
    # the article for a noun compound
    if not any(c.dep_ in {"det", "compound"} and c.lower_ in {"a", "an"} for c in token.children):
        # headline grammar drops the article: "Man shot in hand", "Waitress
        # hurt as bullet flies through wall"
        bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in token.children)
        sent = token.sent
        last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
        opens = (token.left_edge.i == sent.start and sent[0].is_title) or (
            sent[0].is_title and last.text not in {".", "!", "?", "”", '"'}
        )  # a headline: "Search for gunman after man shot inside restaurant"
        # the tagger may take a headline's bare subject for an adjective:
        # "Cyclist dies after hit-and-run"
        singular = (
            token.tag_ in {"NN", "NNP"} or (token.tag_ == "JJ" and token.dep_ == "nsubj")
        ) and not token.lower_.endswith("s")
        return bare and opens and singular and person_noun(token.lower_)
    if token.lower_ == "old" and token.i >= 2 and doc[token.i - 2].lower_ in {"year", "years"}:
        return True
    return token.tag_ == "NN" and _a_person(token)


def _a_person(noun: Token) -> bool:
    """'a man', 'a watchman'; and whatever noun an age is given to ("a
    19-year-old apprentice") or a group of the dead holds ("Among the dead
    was the village imam")."""
    if person_noun(noun.lemma_.lower()):
        return True
    aged = any(
        c.dep_ == "amod"
        and c.lower_ == "old"
        and any(y.lemma_.lower() == "year" for y in c.children)
        for c in noun.children
    )
    dead = any(
        c.dep_ == "prep"
        and c.lower_ == "among"
        and any(o.lemma_.lower() in VICTIM_GROUPS for o in c.children)
        for c in noun.head.children
    )
    return aged or _named_member(noun) or (_among_a_group(noun) and dead)


def _beside_a_count(token: Token) -> bool:
    """A person named by role with "the", joined to people counted with a
    number: "the driver and three students", "two officers and the pilot"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    joined = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        joined.append(token.head)
    return any(
        j.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num for c in j.children)
        for j in joined
    )


def one_object(token: Token) -> bool:
    """'an armoured vehicle was destroyed', 'set fire to a bus', 'their house
    collapsed': one thing.

    Only with "a", "an" or an owner's pronoun: "the car was damaged" may be
    a car the article has already counted. But a thing destroyed is told of
    each time as its own loss: "the warehouse had been destroyed"."""
    return (
        token.tag_ == "NN"
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}
        and (token.lemma_.lower() in OBJECT_NOUNS or _listed_with_things(token))
        and any(
            (c.dep_ == "det" and c.lower_ in {"a", "an"})
            or (c.dep_ == "det" and c.lower_ == "the" and _wholly_lost(token))
            # "its control tower": a part of a thing named before
            or (
                c.dep_ == "poss"
                and c.lower_ in {"his", "her", "its", "their", "my", "our", "whose"}
            )
            # "her neighbour's house", "the town's main hospital": one owner's one
            or (c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} and c.tag_ in {"NN", "NNP"})
            for c in token.children
        )
        # "a church, a petrol station and ...": a list the parser reads as an
        # aside, which goes on; "a house, a two-storey building," renames one
        and (
            token.dep_ != "appos"
            or (one_object(token.head) and any(c.dep_ == "conj" for c in token.children))
        )
        # "set fire to a bus"; "shot outside a shop", "hit by a car" say where or by what
        and (token.dep_ != "pobj" or token.head.lower_ == "to")
        and not (token.dep_ == "conj" and _names_the_counted(token))
    )


def _listed_with_things(token: Token) -> bool:
    """'39 shops, two police stations and a toll gate', 'two schools and a
    health centre': a thing of any name, listed with counted things."""
    if token.dep_ != "conj":
        return False
    first = _first_listed(token)
    if first.dep_ not in {"nsubj", "nsubjpass"}:
        return False  # "saw eight destroyed houses and a crater": what was seen
    return any(
        t.lemma_.lower() in OBJECT_NOUNS and any(c.dep_ == "nummod" for c in t.children)
        for t in (first, *first.conjuncts)
    )


def _first_listed(token: Token) -> Token:
    while token.dep_ == "conj":
        token = token.head
    return token


def _names_the_counted(token: Token) -> bool:
    """'two neighbouring units, a tyre depot and a catering supplier': single
    things listed after a count of as many, which name the counted ones."""
    first = _first_listed(token)
    listed = first.conjuncts
    counts = [c for c in first.children if c.dep_ == "nummod"]
    if not counts or not listed or not all(t.tag_ == "NN" for t in listed):
        return False
    # an aside closes with a comma: not "destroyed two warehouses, a
    # production hall and machinery worth ..."
    end = listed[-1].right_edge.i + 1
    closed = end < len(token.doc) and token.doc[end].text == ","
    return closed and word_number([counts[0].text]) == len(listed)


_RUINING_VERBS = words("destroy gut raze flatten level demolish obliterate collapse")


def _wholly_lost(thing: Token) -> bool:
    """'the house was destroyed', 'the fire gutted the shop', 'the building
    collapsed', 'the barn burned down'."""
    if thing.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    verb = thing.head
    lemma = verb.lemma_.lower()
    if lemma == "collapse":
        return thing.dep_ == "nsubj"
    if lemma == "burn":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return lemma in _RUINING_VERBS and not (lemma == "level" and verb.tag_ != "VBN")


# Named weather the tagger may take for a person: "Storm Bela", "Hurricane Ida".
_STORM_WORDS = words("storm hurricane typhoon cyclone")


_SURVIVING_VERBS = {"survive", "escape"}


def survivor_described(noun: Token) -> bool:
    """'the driver, who survived with minor injuries,': one person, already
    named by role, whom an aside says came through with something; the
    categoriser keeps it only when that something is a harm."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in PERSON_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and survived_with(noun) is not None
    )


# Where a wound is: "struck in the leg", "hit in the chest".
WOUND_PLACES = words(
    """
    leg arm chest head back neck stomach abdomen shoulder foot hand face hip thigh torso
    knee ankle wrist buttock groin jaw eye
    """
)


def wound_described(noun: Token) -> bool:
    """'the woman, who was struck in the leg,': one person, already named by
    role, whom an aside says was hit in a part of the body; a checkable count
    of one hurt, whatever words the hit is told in."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in PERSON_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and any(
            relcl.dep_ == "relcl"
            and relcl.left_edge.i > 0
            and relcl.doc[relcl.left_edge.i - 1].text == ","
            and any(c.dep_ == "auxpass" for c in relcl.children)
            and not any(c.dep_ == "neg" for c in relcl.children)
            and any(
                prep.dep_ == "prep"
                and prep.lower_ == "in"
                and any(o.lemma_.lower() in WOUND_PLACES for o in prep.children)
                for prep in relcl.children
            )
            for relcl in noun.children
        )
    )


def survived_with(noun: Token) -> Token | None:
    """The "with" of a comma-set "who survived with ..." clause on the noun."""
    for relcl in noun.children:
        if (
            relcl.dep_ == "relcl"
            and relcl.lemma_.lower() in _SURVIVING_VERBS
            and relcl.left_edge.i > 0
            and relcl.doc[relcl.left_edge.i - 1].text == ","
        ):
            return next(
                (c for c in relcl.children if c.dep_ == "prep" and c.lower_ == "with"), None
            )
    return None


def all_accounted_for(noun: Token) -> bool:
    """'all passengers had been accounted for', 'all the crew were accounted
    for': a group none of whom is missing; not "all 40 miners", whose number
    is read on its own."""
    verb = noun.head
    return (
        noun.dep_ == "nsubjpass"
        and noun.tag_ == "NNS"
        and verb.lemma_.lower() == "account"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        and not any(t.dep_ == "neg" for t in [*verb.children, *noun.subtree])
        and any(c.dep_ in {"det", "predet"} and c.lower_ == "all" for c in noun.children)
        and not any(c.dep_ == "nummod" for c in noun.children)
    )


_ORDINALS_MORE = frozenset(w for w, n in _ORDINAL_VALUES.items() if 2 <= n <= 10)


def _one_more(token: Token) -> bool:
    """'One died and the other was hurt', 'two were killed and a third was
    injured': one person more than the ones counted before it in the
    sentence ("a third of the homes" is a share, not a person)."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.i == 0 or token.head.i < token.i:
        return False
    before = token.doc[token.sent.start : token.i]
    article = token.doc[token.i - 1].lower_
    if token.lower_ == "other" and article == "the":
        return any(t.lower_ == "one" and t.dep_ in {"nsubj", "nsubjpass"} for t in before)
    if token.lower_ in _ORDINALS_MORE and article == "a":
        return not any(c.lower_ == "of" for c in token.children) and any(
            t.like_num and t.dep_ in {"nummod", "nsubj", "nsubjpass"} for t in before
        )
    return False


# Verbs only a person undergoes as the one taken: "the owner was arrested".
TAKING_VERBS = words("arrest detain apprehend")


# Pronouns the tagger may read as nouns, which name no one in particular:
# "denied that anyone had been arrested".
_ANYONE = words("anyone anybody someone somebody everyone everybody")


def _one_taken(token: Token) -> bool:
    """'The club's owner, Ana Ruiz, was detained', 'police arrested the
    ferry's captain', 'the van driver was arrested': one person taken into
    custody, whom only a person can be."""
    verb = token.head
    return (
        token.tag_ == "NN"
        and token.lower_ not in _ANYONE
        and token.dep_ in {"nsubjpass", "dobj"}
        and verb.lemma_.lower() in TAKING_VERBS
        and token.lemma_.lower() not in OBJECT_NOUNS
        and not _a_number_of(token)
    )


def _a_number_of(token: Token) -> bool:
    """'a total of five people', 'a group of protesters': a noun counting
    others, however the parser hangs its "of"."""
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    return (
        len(after) == 2
        and after[0].lower_ == "of"
        and (after[1].like_num or after[1].tag_ in {"NNS", "NNPS"})
    )


# Words for people together, or who came through: "its crew", "the family
# next door", "the other survivor".
_PEOPLE_TOGETHER = words("crew family household couple survivor")
# Words saying someone came through unharmed: "the crew was unhurt".
_UNHURT_WORDS = words("unhurt uninjured unharmed unscathed")
# Harm a person can be said not to have come to: "he was not hurt".
_HURT_VERBS = words("hurt injure harm wound")
# Verbs that end a captivity or a search: "released unharmed", "found
# unharmed" say someone is safe, not that no one was hurt.
_SAFE_AGAIN_VERBS = words("release find free rescue locate")


def _none_hurt(token: Token) -> bool:
    """'The driver of the lorry was not hurt', 'He was not hurt', 'Its crew
    was unhurt', 'the family got out unharmed': the people named came to no
    harm, a count of none hurt. A count of its own ("22 other children were
    not hurt") is read as a count; "otherwise unhurt" after a cut is not."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    lemma = token.lemma_.lower()
    person = (
        token.lower_ in {"he", "she", "they"}
        or token.ent_type_ == "PERSON"
        or (token.pos_ == "NOUN" and (person_noun(lemma) or lemma in _PEOPLE_TOGETHER))
    )
    # "no one", "neither officer" and written counts are read as counts
    counted = any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"no", "neither"})
        for c in token.children
    )
    if not person or counted:
        return False
    verb = token.head
    if verb.lemma_.lower() in _SAFE_AGAIN_VERBS:
        return False
    if verb.lemma_.lower() in _HURT_VERBS:
        return any(c.dep_ == "neg" for c in verb.children)
    return any(
        c.lower_ in _UNHURT_WORDS
        and c.dep_ in {"acomp", "oprd", "advmod", "xcomp", "ccomp"}
        and not any(m.lower_ == "otherwise" for m in c.children)
        for c in verb.children
    )


def _pronounced_dead(token: Token) -> bool:
    """'She was pronounced dead', 'he died in hospital': a lone person's death."""
    if token.lower_ not in {"he", "she"} or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    if verb.lemma_.lower() == "die":
        return True
    return verb.lemma_.lower() in {"pronounce", "declare"} and any(
        c.dep_ in {"oprd", "acomp", "xcomp"} and c.lower_ == "dead" for c in verb.children
    )


# What is done with a body found: "a body was recovered", "they saw a body floating".
_RECOVERY_VERBS = words("recover find pull retrieve discover spot wash see")


def implicit_figures(sent: Span) -> list[Figure]:
    """Counts written without a number: "a man was killed" (1), "a 23-year-old
    died" (1), "Jane Roe was shot" (1), "twins died" (2), "both were hurt"
    (2), "a bus was set on fire" (1). They are candidates only; the
    categoriser keeps the ones that report a casualty or damage."""
    doc = sent.doc
    found: list[Figure] = []
    for token in sent:
        # a headline's "Body of missing swimmer recovered" may hang loose,
        # and so may the first of "Man dead, woman missing after flood"
        stated = token.dep_ == "npadvmod" and any(
            c.dep_ == "amod" and c.i == token.i + 1 for c in token.children
        )
        if (
            token.dep_ not in _PERSON_DEPS
            and token.lemma_.lower() not in {"body", "corpse"}
            and not stated
        ):
            continue
        lower = token.lower_
        if token.i + 1 < sent.end and doc[token.i + 1].text == ":":
            continue  # "Coast guard: 4 dead": the headline's source, not a count
        if lower == "both" and token.dep_ not in {"nsubj", "nsubjpass"}:
            continue  # "wounds on both of her legs", "Roe and Doe, both of Leeds"
        if lower in IMPLICIT_PLURALS and not any(
            c.dep_ in {"nummod", "quantmod"} for c in token.children
        ):
            start = (
                min(c.i for c in token.children if c.dep_ == "det")
                if any(c.dep_ == "det" for c in token.children)
                else token.i
            )
            value = IMPLICIT_PLURALS[lower]
            found.append(
                Figure(start, token.i + 1, token.i, value, value, value, False, implicit=True)
            )
            continue
        if survivor_described(token) or wound_described(token):
            # "the driver, who survived with minor injuries, ...", "the woman,
            # who was struck in the leg, ...": one hurt
            found.append(Figure(token.i, token.i + 1, token.i, 1, 1, 1, False, implicit=True))
            continue
        if all_accounted_for(token):
            # "all passengers have been accounted for": none missing
            first = min(c.i for c in token.children if c.lower_ == "all")
            found.append(Figure(first, token.i + 1, token.i, 0, 0, 0, False, zero=True))
            continue
        if _one_more(token):
            # "one has burns and the other is being treated": one more
            found.append(Figure(token.i - 1, token.i + 1, token.i, 1, 1, 1, False, implicit=True))
            continue
        pair = [
            c
            for c in token.children
            if (c.dep_ == "compound" and c.lower_ == "twin")
            or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
        ]
        if (
            pair
            and token.tag_ == "NNS"
            and token.lemma_.lower() in PERSON_NOUNS
            and not any(c.dep_ in {"nummod", "quantmod"} for c in token.children)
        ):
            # "twin brothers died", "Both men were taken to hospital": two
            found.append(Figure(pair[0].i, token.i + 1, token.i, 2, 2, 2, False, implicit=True))
            continue
        if token.lemma_.lower() in {"body", "corpse"} and token.tag_ == "NN":
            # "a man's body", "the body of a woman": one dead
            owners = [c for c in token.children if c.dep_ == "poss"] + [
                o
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj"
            ]
            # "a body was recovered downstream": one dead, whoever it was; not
            # "an observer body", nor "a fourth body" already counted
            one = (
                any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
                and not any(c.dep_ in {"amod", "compound"} for c in token.children)
                and token.dep_ in {"nsubjpass", "dobj"}
                and token.head.lemma_.lower() in _RECOVERY_VERBS
            )
            if one or any(_one_person(o) or o.ent_type_ == "PERSON" for o in owners):
                found.append(Figure(token.i, token.i + 1, token.i, 1, 1, 1, False, implicit=True))
            continue
        if (
            token.dep_ == "appos"
            and token.head.pos_ == "PROPN"
            and token.head.ent_type_ == "PERSON"
        ):
            continue  # "Jane Roe, a 34-year-old woman, died": the name is counted
        if token.dep_ == "appos" and (_one_person(token.head) or _one_more(token.head)):
            continue  # "a fourth person, a man in his 40s, was hurt": one, counted once
        owner_of = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ in {"poss", "pobj"} and owner_of.lemma_.lower() in {"body", "corpse"}:
            continue  # counted with the body
        if _none_hurt(token):
            # "The driver of the lorry was not hurt": none hurt
            found.append(
                Figure(token.i, token.i + 1, token.i, 0, 0, 0, False, zero=True, implicit=True)
            )
            continue
        if _one_person(token) and not (token.dep_ == "conj" and _one_person(token.head)):
            # "a boy and a woman died": two; the span is the noun alone, as
            # "a 72-year-old man" holds an age, not a count
            joined = [c for c in token.children if c.dep_ == "conj" and _one_person(c)]
            value = 1 + len(joined)
            start = token.i
            name = token.head
            if token.dep_ == "conj" and name.ent_type_ == "PERSON" and name.i < token.i:
                # "killed Renee Calvillo, 42, and her daughter Sofia": the named
                # person and the one joined to them, one count of two
                found = [f for f in found if f.head != name.i]
                value += 1
                start = name.i
                while start > sent.start and doc[start].ent_iob_ == "I":
                    start -= 1
            found.append(
                Figure(start, token.i + 1, token.i, value, value, value, False, implicit=True)
            )
            continue
        if _pronounced_dead(token):
            # "He was pronounced dead at the scene": one death, told of the
            # person the sentence before brought in
            found.append(Figure(token.i, token.i + 1, token.i, 1, 1, 1, False, implicit=True))
            continue
        if _one_taken(token):
            # "the club's owner, Ana Ruiz, was detained": one held
            found.append(Figure(token.i, token.i + 1, token.i, 1, 1, 1, False, implicit=True))
            continue
        if one_object(token):
            # "a grain silo and a warehouse were set on fire": one of each
            found.append(Figure(token.i, token.i + 1, token.i, 1, 1, 1, False, implicit=True))
            continue
        # a named person: the name's last token, outside any appositive aside
        if (
            token.ent_type_ == "PERSON"
            and token.ent_iob_ in {"B", "I"}
            and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")
            and token.dep_ in {"nsubj", "nsubjpass"}
            and not any(c.lemma_.lower() in _STORM_WORDS for c in token.children)
            and not is_dateline(token)
        ):
            ent_start = token.i
            while ent_start > sent.start and doc[ent_start].ent_iob_ == "I":
                ent_start -= 1
            found.append(Figure(ent_start, token.i + 1, token.i, 1, 1, 1, False, implicit=True))
    return found


def _zero(sent: Span, i: int) -> tuple[int, int] | None:
    """(end, head) of a zero count: "nobody", "none", "no one", "no deaths".

    "no" before any noun counts as zero here; quantities keeps it only when the
    noun is a casualty or damage word, so "no leadership" never becomes a figure.
    """
    doc = sent.doc
    token = doc[i]
    # "Neither was hurt" counts no one; "neither side's figures" counts nothing
    if token.lower_ in ZERO_WORDS and not (token.lower_ == "neither" and token.dep_ == "det"):
        return i + 1, i
    if (
        token.lower_ == "neither"
        and token.dep_ == "det"
        and token.head.i == i + 1
        and token.head.lemma_.lower() in PERSON_NOUNS
    ):
        return i + 2, i + 1  # "Neither officer was injured": like "no officers"
    if token.lower_ != "no" or i + 1 >= sent.end:
        return None
    nxt = doc[i + 1]
    if nxt.text == "." and not token.whitespace_:
        return None  # "No. 4": the abbreviation of number, split from its full stop
    if nxt.lower_ == "one":
        return i + 2, i + 1
    if nxt.pos_ in {"NOUN", "ADJ"}:
        return i + 1, i + 1
    return None


# What a count does between two figures: "the toll rose from three to four".
_CHANGING_WORDS = words(
    "rise climb increase jump grow soar surge double fall drop decline decrease revise raise"
    " lower push bring"
)


def _repeated_unit(sent: Span, end: int) -> int:
    """How many tokens of a unit stand between a range's first number and its
    "to" or "and", when the second number repeats it: "65,000 euros to",
    "12% and", "10 per cent to"."""
    doc = sent.doc
    for unit in (1, 2):
        words = [t.lemma_.lower() for t in doc[end : min(end + unit, sent.end)]]
        if not (
            end + unit + 1 < sent.end
            and (
                (unit == 1 and words[0] in CURRENCY_WORDS)
                or " ".join(words) in {"%", "percent", "per cent"}
            )
            and doc[end + unit].lower_ in {"to", "and"}
            and doc[end + unit + 1].like_num
        ):
            continue
        # the second number carries the same unit: not "rises 11 percent to
        # 64 million krona"
        second = _number_run(sent, end + unit + 1)
        if [t.lemma_.lower() for t in doc[second : second + unit]] == words:
            return unit
    return 0


def _range_or_single(sent: Span, i: int, end: int, value: Number) -> Figure:
    doc = sent.doc
    # "a $6.8-million deficit": a multiplier hyphened on is the number's own
    if (
        end + 1 < sent.end
        and doc[end].text in {"-", "–"}
        and doc[end + 1].lower_ in MULTIPLIERS
        and doc[end + 1].lower_ != "hundred"
    ):
        value = scaled(value, MULTIPLIERS[doc[end + 1].lower_])
        end += 2
    # "65,000 euros to 310,000 euros", "between 12% and 15%", "10 per cent to
    # 20 per cent": the unit is repeated
    unit = _repeated_unit(sent, end)
    # "10 to 15", "10-15", "two or three"; but "rose from three to four"
    # is a change, two figures, and so is "from £45 to £62", where the
    # currency sign stands between "from" and the number, and "rose by 5 to
    # 40", a rise and the new figure
    at = i - 1 if i - 1 >= sent.start and doc[i - 1].lower_ not in CURRENCY_SYMBOLS else i - 2
    change = (
        at >= sent.start
        and doc[at].lower_ in {"from", "by"}
        and doc[at].head.lemma_.lower() in _CHANGING_WORDS
        and doc[end + unit].lower_ == "to"
        # but "rise by 10% to 20%", the share repeated, is a range of the rise
        and not (doc[at].lower_ == "by" and unit and doc[end].lemma_.lower() not in CURRENCY_WORDS)
    )
    to = end + unit
    if to + 1 < sent.end and doc[to].lower_ in {"to", "-", "–", "or"} and not change:
        # "$4 billion to $6 billion": the currency is repeated
        skip = 1 if doc[to + 1].lower_ in CURRENCY_SYMBOLS else 0
        end2 = _number_run(sent, to + 1 + skip)
        # "1-800-555-0199": a third number joined on makes a phone number
        # or a code, no range
        coded = end2 + 1 < sent.end and doc[end2].text in {"-", "–"} and doc[end2 + 1].like_num
        if end2 > to + 1 + skip and not coded:
            second = word_number([t.text for t in doc[to + 1 + skip : end2]])
            if second is not None and second > value:
                between = i - 1 >= sent.start and doc[i - 1].lower_ == "between"
                start = i - 1 if between else i
                qualifier = f"between … {doc[to].text}" if between else doc[to].text
                return Figure(
                    start, end2, end2 - 1, None, value, second, False, qualifier=qualifier
                )
    # "between 10 and 15", "between $4 million and $6 million"
    lead = i - 1 if i > sent.start and doc[i - 1].lower_ in CURRENCY_SYMBOLS else i
    if (
        lead - 1 >= sent.start
        and doc[lead - 1].lower_ == "between"
        and end + unit + 1 < sent.end
        and doc[end + unit].lower_ == "and"
    ):
        skip = 1 if doc[end + unit + 1].lower_ in CURRENCY_SYMBOLS else 0
        end2 = _number_run(sent, end + unit + 1 + skip)
        first = end + unit + 1 + skip
        second = word_number([t.text for t in doc[first:end2]]) if end2 > first else None
        if second is not None:
            return Figure(
                lead - 1, end2, end2 - 1, None, value, second, False, qualifier="between … and"
            )
    start, lower, upper, approximate, qualifier = _qualify(sent, i, value)
    # "12 or so"
    if end + 1 < sent.end and doc[end].lower_ == "or" and doc[end + 1].lower_ == "so":
        return Figure(start, end + 2, end - 1, value, None, None, True, qualifier="or so")
    # "could rise to 100 or more", "could grow to 60 cases or more": a floor,
    # whatever verb leads to it
    more = end if end < sent.end and doc[end].lower_ == "or" else end + 1
    if (
        more + 1 < sent.end
        and doc[more].lower_ == "or"
        and doc[more + 1].lower_ == "more"
        and (more == end or doc[end].pos_ == "NOUN")
        and upper is not None
    ):
        return Figure(start, end, end - 1, value, value, None, False, qualifier="or more")
    return Figure(start, end, end - 1, value, lower, upper, approximate, qualifier=qualifier)


def _with_unit(sent: Span, figure: Figure) -> Figure:
    """Mark percentages and sums of money."""
    doc = sent.doc
    after = doc[figure.end] if figure.end < sent.end else None
    before = doc[figure.start - 1] if figure.start - 1 >= sent.start else None
    if (
        before is not None
        and before.text == "."
        and figure.start - 2 >= sent.start
        and not doc[figure.start - 2].whitespace_
    ):
        before = doc[figure.start - 2]  # "Rs. 5 lakh": the symbol's full stop split off
    percent = after is not None and after.lower_ in PERCENT_WORDS
    # "about $1.4 million": the figure's span opens with its bound, then the symbol
    own = doc[figure.start : figure.head]
    money = (
        (
            before is not None
            and (before.lower_ in CURRENCY_SYMBOLS or before.text in CURRENCY_CODES)
        )
        or any(t.lower_ in CURRENCY_SYMBOLS for t in own)
        or (after is not None and after.lemma_.lower() in CURRENCY_WORDS)
        or (after is not None and _sum_named(after))
    )
    if not (percent or money):
        return figure
    if money and figure.qualifier.lower() == "over" and _sum_describes(sent, figure):
        # "jailed over $14 million fraud": "over" gives the cause, the sum
        # is the fraud's size and no bound
        bare = figure.value
        start = figure.start + 1
        return replace(figure, start=start, lower=bare, upper=bare, qualifier="", money=True)
    return replace(figure, percent=percent, money=money)


def _sum_describes(sent: Span, figure: Figure) -> bool:
    """The sum modifies a noun after it ("a $14 million fraud"), so what
    stands before it governs that noun, not the number."""
    num = sent.doc[figure.head]
    noun = num.head
    return (
        num.dep_ in {"nummod", "compound", "amod"}
        and noun.pos_ == "NOUN"
        and noun.i >= figure.end
        and noun.lemma_.lower() not in CURRENCY_WORDS
    )


def _sum_named(unit: Token) -> bool:
    """'compensation of 2 million rupals': the noun after the number is what a
    sum noun is "of", so it is a currency."""
    return (
        unit.pos_ == "NOUN"
        and unit.dep_ == "pobj"
        and unit.head.lower_ == "of"
        and unit.head.head.lemma_.lower() in SUM_NOUNS
    )


def _street_after(sent: Span, end: int) -> bool:
    """Capitalised words and a street word right after the number, or a
    compass point and a name ("218 E. Main", "40 NW Elm")."""
    doc = sent.doc
    if (
        end + 1 < sent.end
        and doc[end].text.rstrip(".") in _COMPASS_POINTS
        and doc[end + 1].is_title
        and doc[end + 1].pos_ == "PROPN"
        # not a count of things from a place: "40 N. Carolina homes"
        and not (end + 2 < sent.end and doc[end + 2].is_lower and doc[end + 2].pos_ == "NOUN")
    ):
        return True
    for k in range(end, min(sent.end, end + 5)):
        token = doc[k]
        word = token.lower_.rstrip(".")
        if word in STREET_WORDS and (
            k > end or (token.is_title and word not in _COMMON_STREET_WORDS)
        ):
            return True
        if _ORDINAL.match(token.text) and k > end:
            continue  # "2780 W. 56th Avenue"
        if not (token.is_title or token.is_upper) or token.is_punct:
            return False
    return False


def _age_like(num: Token) -> bool:
    """Written in plain digits and in a lifetime's range, as an age is."""
    return num.text.isascii() and num.text.isdecimal() and 0 < int(num.text) < 120


_AGE_BAND_ENDS = (["and", "older"], ["and", "over"], ["and", "younger"], ["and", "under"])


def _age_band(num: Token, prev: Token | None, prev2: Token | None, after: list[str]) -> bool:
    """An age that bounds a group of people rather than counting it: "people
    55 and older", "children under five"."""
    if not (_age_like(num) or num.lower_ in UNITS):
        return False
    if prev is not None and _people_word(prev) and after[:2] in _AGE_BAND_ENDS:
        return True
    return (
        prev is not None
        and prev.lower_ in {"under", "over"}
        and prev2 is not None
        and _people_word(prev2)
        and num.dep_ == "pobj"
        and not any(c.dep_ == "prep" for c in num.children)
    )


def _people_word(token: Token) -> bool:
    return token.lemma_.lower() in PERSON_NOUNS or token.lower_ in {"people", "those"}


def _age_after_name(
    sent: Span, figure: Figure, num: Token, prev: Token | None, prev2: Token | None
) -> bool:
    """A bare number set off by a comma after a name or a person noun."""
    if prev is None or prev.text != "," or prev2 is None or figure.value is None:
        return False
    if not _age_like(num) or figure.end - figure.start != 1:
        return False
    named = prev2.pos_ == "PROPN" and prev2.ent_type_ not in _NOT_NAMES and prev2.is_title
    person = prev2.lemma_.lower() in PERSON_NOUNS
    # "Jane Okoro, 41,": the parser sets the number beside a full name, a
    # given name before a family name, whatever entity type the tagger guessed
    full_name = (
        num.dep_ == "appos"
        and num.head.i == prev2.i
        and prev2.pos_ == "PROPN"
        and prev2.is_title
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title for c in prev2.children)
    )
    # "The forklift operator, 24,": one of anything has no count set beside
    # it, so the number is its age, whatever the job
    one = (
        num.dep_ == "appos"
        and num.head.i == prev2.i
        and prev2.tag_ == "NN"
        and figure.end < sent.end
        and sent.doc[figure.end].text == ","  # set off on both sides, not "hurt, 1 in custody"
    )
    if not (named or person or full_name or one or _listed_with_people(prev2)):
        return False
    doc = sent.doc
    after = doc[figure.end] if figure.end < sent.end else None
    if num.dep_ in {"nsubj", "nsubjpass"} and after is not None and after.text != ",":
        return False  # "Of the 40 passengers, 12 were hurt"; "Jeltau Pass, 11 missing"
    # "Roe, 34, died", "Roe, 34 - The Report"; but "In Ostra, 12 people ..."
    return after is None or after.pos_ not in {"NOUN", "NUM", "ADJ"}


def _listed_with_people(name: Token) -> bool:
    """A person by the tagger, or a name it mistook for a place that stands in
    a list of people or under a person noun: "her grandchildren Mateo, 9, and
    Lucia, 6"."""
    if name.ent_type_ == "PERSON":
        return True
    if name.pos_ != "PROPN" or not name.is_title:
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() in PERSON_NOUNS for c in name.children):
        return True
    joined = [name.head] if name.dep_ == "conj" else []
    joined += [c for c in name.children if c.dep_ == "conj"]
    return any(t.ent_type_ == "PERSON" for t in joined)


def _bracketed_age(sent: Span, num: Token) -> bool:
    """A bare number in brackets right after a name: "Ciarán Mulvey (27)"."""
    doc = sent.doc
    i = num.i
    return (
        sent.start < i - 1
        and i + 1 < sent.end
        and doc[i - 1].text == "("
        and doc[i + 1].text == ")"
        and _age_like(num)
        # "Woman (82) dies in house fire"
        and (
            (doc[i - 2].pos_ == "PROPN" and doc[i - 2].is_title)
            or doc[i - 2].lemma_.lower() in PERSON_NOUNS
        )
    )


def _in_split_phone(sent: Span, num: Token) -> bool:
    near = sent.doc[max(sent.start, num.i - 1) : num.i + 2]
    if not any(t.text in {"-", ".", "(", ")"} for t in near):
        return False
    window = sent.doc[max(sent.start, num.i - 5) : min(sent.end, num.i + 8)]
    at = num.idx - window.start_char
    if any(m.start() <= at < m.end() for m in _SPLIT_PHONE.finditer(window.text)):
        return True
    for m in _LOCAL_PHONE.finditer(window.text):
        if not m.start() <= at < m.end():
            continue
        first, second = m.group(1), m.group(2)
        # "555-0143": no range has a second end with a leading zero or below
        # its first; else only a cue to call makes it a number to dial
        if second.startswith("0") or int(first) >= int(second):
            return True
        before = sent.doc[max(sent.start, num.i - 6) : num.i]
        return any(t.lemma_.lower() in _PHONE_CUES for t in before)
    return False


# Words of a match's result: a pair of numbers they govern is a score even
# when the first is the smaller ("a 1-3 defeat", "lost 95-98").
_SCORE_WORDS = words("win victory defeat loss lose beat draw lead score trail thrash rout")


def _score(num: Token) -> bool:
    """'a 3-1 win', 'won 98-95', 'drew 1-1': two bare numbers joined by a
    dash are a score when the first is not below the second (no range runs
    downwards) or when a result word governs the pair; "10-15 people" is a
    range."""
    doc = num.doc
    if num.i + 2 < len(doc) and doc[num.i + 1].text in {"-", "–"}:
        first, second = num, doc[num.i + 2]
    elif num.i >= 2 and doc[num.i - 1].text in {"-", "–"}:
        first, second = doc[num.i - 2], num
    else:
        return False
    if not (first.text.isdecimal() and second.text.isdecimal() and first.text.isascii()):
        return False
    if int(first.text) >= int(second.text):
        return True
    governors = {first.head, second.head, first.head.head, second.head.head}
    return any(t.lemma_.lower() in _SCORE_WORDS for t in governors)


def _error_margin(num: Token) -> bool:
    """'a margin of error of 3 percentage points', 'an error margin of 2
    percent': a poll's precision, not a finding ("won by a margin of 3
    points" is one)."""
    node = num
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        named = [node, *(c for c in node.children if c.dep_ == "compound")]
        if any(t.lemma_.lower() == "error" for t in named):
            return True
    return False


# Words between a number and its unit of time that still make a span of it:
# "eight more weeks", "16 consecutive days", "seven working days".
_ADDING_WORDS = words(
    "more further additional extra consecutive straight successive working business"
)


# Events a year names as an adjective: "the 2009 murders", "the 2014 attacks".
_DATED_EVENTS = words(
    "murder killing shooting attack death riot bombing election crash fire flood storm game"
)


# Records kept by the year: "its 2023 data", "the 2022 figures".
_DATED_RECORDS = words("data datum figure statistic result estimate accounts")


def _dated(noun: Token) -> bool:
    return noun.lemma_.lower() in _DATED_EVENTS | _DATED_RECORDS


# Nouns an emergency number names the line of: "911 calls", "999 dispatchers".
_EMERGENCY_LINE_NOUNS = words("call caller dispatcher operator line centre center service")


def _sum_in_pounds(figure: Figure, num: Token) -> bool:
    """'a fine of 2 million pounds', 'received 186,000 pounds': "pounds" in
    millions or paid over are money; "200 pounds" may be a weight, and
    "donated 500 pounds of rice" is one."""
    if not figure.money:
        return False
    if num.lower_ in MULTIPLIERS:
        return True
    unit = num.head
    return (
        unit.dep_ == "dobj"
        and unit.head.lemma_.lower() in PAYING_VERBS
        and not any(c.lower_ == "of" for c in unit.children)
    )


def _amount(unit: Token) -> bool:
    """'delivered 600,000 litres of water', 'has burned 11,000 hectares': an
    amount, unless it only describes a thing ("a warehouse storing 4,000
    tonnes of oil" says what the warehouse is); and a weight of something,
    "seized 2kg of cocaine", but not "a 10kg bag" or "weighed 3kg"."""
    if unit.lemma_.lower() in WEIGHT_UNITS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children)
    if unit.lemma_.lower() not in AMOUNT_UNITS:
        return False
    verb = unit.head.head if unit.dep_ == "pobj" else unit.head
    return not (verb.dep_ == "acl" and verb.tag_ == "VBG")


# Verbs whose repeats are the blows of one attack: "shot four times".
_BLOW_VERBS = words("shoot stab hit strike punch kick beat fire")
# Words after "times" that make it a multiplier: "three times as many",
# "twice the official figure", "four times more".
_COMPARING = words(
    "as the more less higher lower larger bigger greater smaller that what its their"
)


def occasions(sent: Span, figure: Figure) -> bool:
    """'police had been called to the bar at least four times', 'a dozen
    times this year', 'on 212 occasions': how often something happened, a
    checkable count."""
    doc = sent.doc
    if figure.end >= sent.end:
        return False
    if doc[figure.end].lemma_.lower() == "occasion" and doc[figure.head].head == doc[figure.end]:
        # "treated in a storeroom on at least three occasions": never three people
        return True
    if doc[figure.end].lower_ != "times":
        return False
    times = doc[figure.end]
    after = doc[times.i + 1] if times.i + 1 < sent.end else None
    if after is not None and after.lower_ in _COMPARING:
        return False
    return times.dep_ == "npadvmod" and times.head.lemma_.lower() not in _BLOW_VERBS


def _later_age(num: Token) -> bool:
    """A number joined to an earlier one that an age word leads."""
    if num.head.lemma_.lower() in AGE_WORDS and num.head.i < num.i:
        return True  # "ages 6, 9 and 12": the parser may hang each number on "ages"
    first = num
    while first.dep_ == "conj" and first.head.i < first.i and first.head.like_num:
        first = first.head
    if first is num:
        return False
    if first.head.lemma_.lower() in AGE_WORDS and first.head.i < first.i:
        return True  # "ages 31 and 45": the first number hangs on "ages"
    i = first.i - 1
    if i > 0 and num.doc[i].lower_ in {"of", "from"}:
        i -= 1  # "between the ages of 17 and 24"
    return i >= 0 and num.doc[i].lower_ in AGE_WORDS


def _ages_set_off(num: Token) -> bool:
    """'Two men, 19 and 22, were shot', 'three teens, 15, 16 and 17,': bare
    numbers set off by commas beside the people they describe are their ages
    (one number right after a name or noun is `_age_after_name`'s)."""
    first = num
    while first.dep_ == "conj" and first.head.i < first.i and first.head.like_num:
        first = first.head
    people = first.head
    # the parser sets such ages beside a pair of names as either relation
    if first.dep_ not in {"appos", "npadvmod"} or first.i < 2 or num.doc[first.i - 1].text != ",":
        return False
    # right after the people ("Roe and Doe, 31 and 45") or after another such
    # age, not "in hospital on Thursday, 41 of them in intensive care"
    before = num.doc[first.i - 2]
    beside = before.i == people.i or (
        before.dep_ in {"appos", "conj"} and before.head.i == people.i
    )
    # "Harold and June Pettit, 81 and 79,": the parser may hang the ages on
    # the verb; a pair of names right before them is whose they are
    named_pair = (
        before.dep_ == "conj"
        and before.pos_ == before.head.pos_ == "PROPN"
        and "PERSON" in {before.ent_type_, before.head.ent_type_}
    )
    return (
        (
            named_pair
            or beside
            and (
                people.lemma_.lower() in PERSON_NOUNS
                or (people.pos_ == "PROPN" and people.ent_type_ not in _NOT_NAMES)
            )
        )
        and all(c.dep_ in {"cc", "conj", "punct"} for c in first.children)
        and _age_like(first)
        and _age_like(num)
    )


# Those one is with, whoever's: "with two friends"; and one's animals,
# "rode out the storm with his wife and two dogs".
_COMPANIONS = words("friend companion dog cat pet")
_DYING_VERBS = words("die drown perish succumb")


def _across_dash(num: Token) -> bool:
    """'Lanao del Este - Three people were killed': a name the recogniser ran
    on past a dateline's dash is over before the number."""
    start = num.i
    while start > 0 and num.doc[start].ent_iob_ == "I":
        start -= 1
    return any(t.text in {"-", "–", "—"} for t in num.doc[start : num.i])


def _companions(num: Token) -> bool:
    """The friends or one's own kin someone was with when it happened: who
    they were with, not a count of anyone harmed."""
    noun = num.head
    # "arrived with his wife and four children": any of those one was with
    while noun.dep_ == "conj":
        noun = noun.head
    if num.dep_ != "nummod" or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _DYING_VERBS:
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False  # "was killed with her two children": they shared the harm
    own = any(c.dep_ == "poss" for c in noun.children)
    counted = num.head.lemma_.lower()
    return counted in _COMPANIONS or own and counted in KIN_WORDS


def _family_had(num: Token) -> bool:
    """'I have two children', 'she had four grandchildren', 'he leaves a wife
    and three sons': the family someone has, not anyone counted by the news."""
    kin = num.head
    while kin.dep_ == "conj":
        kin = kin.head
    verb = kin.head
    return (
        num.dep_ == "nummod"
        and num.head.lemma_.lower() in KIN_WORDS
        and kin.dep_ == "dobj"
        and verb.lemma_.lower() in {"have", "leave"}
        and any(c.dep_ == "nsubj" and c.pos_ in {"PRON", "PROPN"} for c in verb.children)
    )


# Places people live in, by size: "a town of 2,300 people".
SETTLEMENT_NOUNS = words(
    """
    town city village community island country nation suburb municipality district province
    region governorate county state
    """
)
_DWELLER_NOUNS = words("people resident inhabitant soul")


def _population(num: Token) -> bool:
    """'a town of 2,300 people', 'a city of two million': how many live
    there, not how many anything befell."""
    counted = num.head if num.dep_ == "nummod" else num
    if num.dep_ == "nummod" and counted.lemma_.lower() not in _DWELLER_NOUNS:
        return False
    prep = counted.head
    return (
        counted.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in SETTLEMENT_NOUNS
    )


_NAMED_ENTS = {"ORG", "FAC", "PRODUCT"}


def _numbered_name(num: Token, prev: Token | None) -> bool:
    """'Hospital 108', 'the InterCity 472 service', '103 Search and Rescue
    Squadron': a number written into the name of a body, place or thing,
    right after its capitalised word or before its singular one, which the
    recogniser did not take into the name."""
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and prev.whitespace_
        and num.head.tag_ != "NNS"
        # named, or both words naming the one thing after them: "EuroCity 219 service"
        and (
            prev.ent_type_ in _NAMED_ENTS
            or (prev.head == num.head and num.head.tag_ == "NN" and num.head.i > num.i)
        )
    ):
        return True
    return (
        num.dep_ == "nummod"
        and num.head.tag_ == "NNP"
        and num.head.ent_type_ in _NAMED_ENTS
        and num.head.i > num.i
    )


# Vehicles, and the crashes a count of them is written into: "a 60-vehicle
# pileup", "a three-car crash".
VEHICLE_NOUNS = words("vehicle car truck lorry bus van suv coach motorcycle")
CRASH_NOUNS = words("pileup crash collision smash wreck")


def crash_of(word: Token) -> bool:
    """'vehicle' in "a 60-vehicle pileup": a vehicle the crash after it names."""
    return (
        word.lemma_.lower() in VEHICLE_NOUNS
        and word.dep_ == "compound"
        and word.head.lemma_.lower() in CRASH_NOUNS
    )


def _labels(word: Token) -> bool:
    """A label word in the plural, before the labels it names: "between exits
    104 and 112", "rooms 12 and 14"."""
    return word.tag_ == "NNS" and word.lemma_.lower() in LABEL_WORDS


def _route_number(figure: Figure, text: str) -> bool:
    """'SR 9', 'US 101': a road's number is a short whole number, never a
    sum in thousands or millions ("SR150,000", "US$ 2 million")."""
    return not figure.money or (text.isdigit() and len(text) <= 4 and figure.end == figure.head + 1)


# Words a hyphen glues to "one" to say how something is done, not how many.
_ONCE_WORDS = words("off time way sided")


def not_a_claim_figure(sent: Span, figure: Figure) -> str | None:
    """Why this number is not a claim figure, or None when it may be one."""
    doc = sent.doc
    if (
        figure.vague
        and not figure.zero
        and figure.end < sent.end
        and doc[figure.end].lemma_.lower() in TIME_UNITS
    ):
        return "duration"  # "a few hours later", "several weeks": time, no count
    if (
        figure.vague
        and figure.end < sent.end
        and doc[figure.end].lemma_.lower() in MEASURE_UNITS - AMOUNT_UNITS
    ):
        return "measurement"  # "buried under several metres of mud"
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
    if after[:1] == ["yoa"]:
        return "age"  # police shorthand: "Carl Brunen 81 YOA" is 81 years of age
    if after[:1] == ["-"] and after[1:2] and after[1] in _ONCE_WORDS:
        return "kind"  # "a one-off payment", "a one-time fee": of a kind, not a count
    if prev is not None and prev.lower_ in AGE_WORDS:
        return "age"
    if (
        prev is not None
        and prev.lower_ in {"from", "of"}
        and prev2 is not None
        and prev2.lower_ in AGE_WORDS
    ):
        return "age"  # "range in age from 19 to 52", "between the ages of 17 and 24"
    if _bracketed_age(sent, nums[0]):
        return "age"  # Irish and British style: "Brendan Halloran (58)"
    if _later_age(nums[0]):
        return "age"  # "ages 22 and 27", "aged 19, 20 and 23": each end an age
    if _ages_set_off(nums[0]):
        return "age"
    if (
        prev is not None
        and prev.text == ":"
        and any(t.lower_ in AGE_WORDS for t in doc[max(sent.start, prev.i - 4) : prev.i])
    ):
        return "age"  # a record's fields: "Age: 15", "Age when last seen: 15"
    if after[:1] and after[0] in {"’s", "'s", "s"} and prev is not None and prev.tag_ == "PRP$":
        return "age"  # "a woman in her 20's"
    if (
        prev is not None
        and prev.lower_ == "then"
        and prev2 is not None
        and prev2.text == ","
        and after[:1] == [","]
    ):
        return "age"  # "Carlos, then 18, was shot"
    if _age_of_one(num):
        return "age"  # "The woman who died was 72", "He is 19"
    if _age_after_name(sent, figure, nums[0], prev, prev2):
        return "age"  # "Jane Roe, 34, died", "Roe, 34 - The Homicide Report"
    if (
        prev is not None
        and prev.lower_ == ","
        and prev2 is not None
        and prev2.ent_type_ == "PERSON"
        and after[:1] == [","]
    ):
        return "age"  # "John Smith, 45, was arrested"
    if after[:1] == ["block"] or _street_after(sent, figure.end):
        return "address"  # "the 1000 block", "818 Main St."
    if after[:1] == ["&"] and figure.end + 1 < sent.end and doc[figure.end + 1].is_title:
        return "address"  # a crossing: "near 26 & Zuni"
    if after[:1] == ["and"] and _street_after(sent, figure.end + 1):
        return "address"  # a crossing: "the intersection of 367 and Parker Road"
    if (
        after[:1] == ["and"]
        and figure.end + 1 < sent.end
        and doc[figure.end + 1].like_num
        and _street_after(sent, figure.end + 2)
    ):
        return "address"  # two doors on one street: "at 210 and 218 E. Main"
    if prev is not None and prev.lower_ in ROUTE_PREFIXES and _route_number(figure, text):
        return "label"  # "U.S. 101"; but "SR150,000" is riyals
    if (
        num.ent_iob_ == "I"
        and num.ent_type_ in NAME_ENTS
        and not _across_dash(num)
        and not figure.money  # "SR150,000", which the recogniser may take for a body
    ):
        return "name"  # "Fox 59", "Channel 4 News"
    if _credited_by_dateline(num):
        return "name"  # "COLTERVILLE, Ga. (News 12 Piedmont) -": the outlet
    if not figure.money and _numbered_name(num, prev):
        # "Hospital 108", "the InterCity 472 service", "103 Squadron"; but "Rs
        # 1.86 trillion budget", "NIS 4.6 million"
        return "name"
    if (
        prev is not None
        and prev.lower_ == "of"
        and prev.i > 0
        and doc[prev.i - 1].lemma_.lower() in KIN_NOUNS
    ):
        # "a mother of three", and "mother of three Jess Whitford", where the
        # parser hangs the number on the name after it
        return "family"
    if _companions(num):
        return "companions"  # "swimming with two friends", "fled with her two grandchildren"
    if _family_had(num):
        return "family"  # "I have two children", "he leaves three sons"
    if _population(num):
        return "population"  # "for a town of 2,300 people"
    if (
        figure.value == 1
        and num.head.lemma_.lower() in {"family", "household"}
        and num.head.head.lower_ == "of"
        and num.head.head.head.tag_ == "NNS"
    ):
        return "family"  # "four members of one family": the one they belong to
    if (
        prev is not None
        and prev.lower_ in {"under", "over"}
        and prev.i > 0
        and doc[prev.i - 1].lemma_.lower() in _YOUNG_PEOPLE
        and figure.value is not None
        and figure.value < 19
    ):
        return "age"  # "children under five travel free", "kids over 12"
    if num.dep_ == "pobj" and num.head.lower_ == "of" and num.head.head.lower_ in AGE_WORDS:
        return "age"  # "children under the age of 12"
    if (
        after[:1] in (["-"], ["–"])
        and figure.end + 1 < sent.end
        and doc[figure.end + 1].tag_ == "NN"
        and not is_number_token(doc[figure.end + 1])
        and doc[figure.end + 1].lemma_.lower() not in TIME_UNITS
        # "a 9-point lead" is the margin itself
        and doc[figure.end + 1].lemma_.lower() not in MARGIN_UNITS
        # "a 60-vehicle pileup" counts the vehicles caught in it
        and not crash_of(doc[figure.end + 1])
    ):
        return "modifier"  # "a 64-unit, five-story building"
    if (
        after[:1] in (["-"], ["–"])
        and num.head.dep_ in {"compound", "amod"}
        and num.head.head.pos_ == "NOUN"
        and num.head.head.i > num.head.i
        and num.head.lemma_.lower() not in MARGIN_UNITS
        and not crash_of(num.head)
    ):
        return "modifier"  # "a 40,000-square-foot building"
    # "911 calls" but "launched 112 drones": an emergency number counts nothing
    # "several 911 callers", "999 operators": the number names the line
    # "38 were missing and 112 injured": a number a participle follows, or
    # whose participle it is the subject of, counts what befell it
    counts = (
        (
            num.dep_ == "nummod"
            and num.head.tag_ == "NNS"
            and num.head.lemma_.lower() not in _EMERGENCY_LINE_NOUNS
        )
        or (num.dep_ in {"nsubj", "nsubjpass"} and num.head.tag_ == "VBN")
        or (num.i + 1 < sent.end and doc[num.i + 1].tag_ == "VBN")
        # "outbreak kills 112": the object of a verb that is no call
        # (not "said 911 callers reported", the verb the line's callers follow)
        or (
            prev is not None
            and prev.pos_ == "VERB"
            and num.head.i == prev.i
            and prev.lemma_.lower() not in CALL_WORDS
        )
    )
    if (
        (text in {"911", "999", "112"} and not counts)
        or _PHONE.match(text)
        or _in_split_phone(sent, nums[0])
        or (prev is not None and prev.lemma_.lower() in CALL_WORDS)
    ):
        return "phone"
    # "the toll had risen to nine by 6pm": the recogniser may run a time on
    # over the count before its preposition
    # "up from three earlier in the day": nor on a count before "earlier"
    timed = num.ent_type_ == "TIME" and not (
        after[:1] and after[0] in {"by", "at", "before", "earlier"}
    )
    # "$5.00 a litre", "rose by 4.50 per cent": a sum or a share, written as a clock is
    clock = _CLOCK.match(text) and not (figure.money or figure.percent)
    if clock or (after[:1] and after[0] in TIME_SUFFIXES) or timed:
        return "time"
    if after_lemmas[:1] and after_lemmas[0] in TIME_UNITS:
        return "duration"
    if (
        after[:1]
        and after[0] in _ADDING_WORDS
        and after_lemmas[1:2]
        and after_lemmas[1] in TIME_UNITS
    ):
        return "duration"  # "for eight more weeks", "two further days"
    if after[:2] and after[0] == "-" and len(after_lemmas) > 1 and after_lemmas[1] in TIME_UNITS:
        return "duration"  # "a 15-month war"
    if _score(nums[0]):
        return "score"
    if _error_margin(num):
        return "error margin"
    if (prev is not None and prev.lower_.rstrip(".") in MONTHS) or (
        after[:1] and after[0].rstrip(".") in MONTHS
    ):
        return "date"  # "Feb. 22", "22 Feb"
    date_like = len(text) == 4 or num.ent_type_ == "DATE"
    separated = after[:1] in (["-"], ["/"]) and num.i + 2 < sent.end and doc[num.i + 2].like_num
    if separated and date_like and (prev is None or not prev.like_num):
        return "date"  # "2023-05-23"
    if (
        len(text) == 4
        and text.isascii()
        and text.isdecimal()
        and 1800 <= int(text) <= 2100
        # "in 2019" is a year, "2000 people" a count, "the 2009 murders" a year,
        # and so is "a 2022 inspectors' report", whose article no plural takes
        and not (
            num.dep_ == "nummod"
            and num.head.tag_ == "NNS"
            # "In 2019 two people died": another count follows the year
            and not (num.i + 1 < sent.end and is_number_token(doc[num.i + 1]))
            # "over 2019 Hazmarin killings": a count of that size is written
            # "2,019", and a place's name between makes it the year's events
            and not (
                _dated(num.head)
                and (
                    (prev is not None and prev.tag_ in {"DT", "PRP$", "POS", "IN"})
                    or any(t.pos_ == "PROPN" for t in doc[num.i + 1 : num.head.i])
                )
            )
            and not (prev is not None and prev.lower_ in {"a", "an"})
        )
    ):
        return "year"
    if (
        prev is not None
        and prev.lower_ in {"-", "/"}
        and prev2 is not None
        and prev2.like_num
        and not prev2.whitespace_
        and not prev.whitespace_
        and num.ent_type_ == "DATE"
    ):
        return "date"  # "05-23"; a dateline's dash is spaced: "Oct. 5 - Three people"
    if (
        after_lemmas[:1]
        and after_lemmas[0] in MEASURE_UNITS
        and not _sum_in_pounds(figure, num)
        and not _amount(doc[figure.end])
    ):
        return "measurement"
    if (
        len(after_lemmas) > 1
        and after_lemmas[1] in MEASURE_UNITS
        and doc[figure.end].pos_ == "ADJ"
        and doc[figure.end].head.i == figure.end + 1
    ):
        return "measurement"  # "3 nautical miles", "40 cubic metres"
    if after[:1] == ["-"] and len(after_lemmas) > 1 and after_lemmas[1] in MEASURE_UNITS:
        return "measurement"  # "a 200-feet-deep gorge", "a 30-metre wall"
    if (prev is not None and prev.lower_ == "minus") or (
        after[:1]
        and (
            after[0] in {"°", "°c", "°f"}
            or (doc[figure.end].text in {"C", "F"} and num.whitespace_)
        )
    ):
        return "reading"  # "as low as minus 18 C": a temperature
    if _age_band(num, prev, prev2, after):
        return "age"  # "deaths among people 55 and older", "children under five"
    if (after[:1] == ["times"] and not occasions(sent, figure)) or after[:1] == ["-fold"]:
        return "multiplier"  # "three times the official figure", "shot four times"
    if prev is not None and prev.lower_ != "no" and (prev.lower_ in LABEL_WORDS or _labels(prev)):
        return "label"
    if num.dep_ == "conj" and num.head.like_num and num.head.i > 0 and _labels(doc[num.head.i - 1]):
        return "label"  # the "34" of "exits 31 and 34"
    if prev is not None and prev.text in {"'", "’"} and not prev.whitespace_ and len(text) == 2:
        return "year"  # "the '74 flood"
    if (
        num.dep_ == "pobj"
        and num.head.lower_ in {"in", "into"}
        and num.head.head.lemma_.lower() in _SPLITTING_VERBS
    ):
        return "manner"  # "tore the truck in two"
    if prev is not None and prev.lower_ in {"no.", "#"}:
        return "label"
    if (
        prev is not None
        and prev.text == "."
        and prev2 is not None
        and prev2.lower_ == "no"
        and not prev2.whitespace_
    ):
        return "label"  # "the No. 9 shirt": the tokenizer split the full stop off
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
        and not figure.money  # "RM5,000": a currency, glued on
        # "the SS 68 road": a spaced code of letters names a road or line
        # too, but "UN 500 peacekeepers" counts the plural it leads, and
        # "A couple" is an article
        and not (
            prev.whitespace_
            and (len(prev.text) < 2 or (num.dep_ == "nummod" and num.head.tag_ == "NNS"))
        )
    ):
        return "name"
    window = doc[max(sent.start, figure.start - 3) : min(sent.end, figure.end + 3)]
    if any(t.lower_ in READING_WORDS for t in window):
        return "reading"
    if _BLOOD_ALCOHOL.search(doc[max(sent.start, figure.start - 6) : figure.start].text):
        return "reading"
    if (
        num.lower_ == "one"
        and len(nums) == 1
        and first.i == num.i
        and after[:1]
        and after[0] in {"of", "another", "day", "way", "side"}
        and not one_of_the_harmed(num)
    ):
        return "pronoun"
    return None


# What befalls "one of them" that makes it a count: "One of them is in a
# critical condition", "one of the injured later died".
_HARM_LEMMAS = words("die kill injure hurt wound drown")
# Verbs of an attack that harm only with the word that says so: "shot dead".
_ATTACK_LEMMAS = words("shoot stab beat")
_CONDITIONS = words("critical serious grave stable")
_HARM_NOUNS = words("injury wound burn fracture cut")
# How badly a part of a group was hurt: "three were hurt, one of them critically".
HARM_DEGREES = words("seriously critically badly gravely severely slightly lightly")


def _harm_word(word: str) -> bool:
    return (
        word in _HARM_NOUNS
        or (word.endswith("s") and word[:-1] in _HARM_NOUNS)
        or word == "injuries"
    )


def one_of_the_harmed(num: Token) -> bool:
    """'one of them critically', 'one of the victims suffered burns': a part
    of a group whose own words say it was hurt."""
    if num.i > 0 and num.doc[num.i - 1].text == ",":
        # "five were treated, one of them in critical condition": the part's
        # own words, up to the next stop, say how badly it was hurt
        own = []
        for token in num.doc[num.i + 1 : num.sent.end]:
            if token.is_punct:
                break
            own.append(token.lower_)
        if "condition" in own and any(w in _CONDITIONS for w in own):
            return True
        # "one of them critically", "one of them with serious injuries"
        if own[:2] in (["of", "them"], ["of", "those"]):
            rest = own[2:]
            # "one of them fatally" is one dead, which the categoriser reads
            if rest[:1] and rest[0] in HARM_DEGREES | {"fatally", "mortally"}:
                return True
            if "with" in rest and any(_harm_word(w) for w in rest):
                return True
    verb = num.head
    if num.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lemma_.lower() in _HARM_LEMMAS:
        return True
    if verb.lemma_.lower() in _ATTACK_LEMMAS and any(
        c.lower_ in {"dead", "fatally"} for c in verb.children
    ):
        return True  # "One of the escapees was shot dead"
    if verb.lemma_.lower() in {"suffer", "sustain"} and any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in _HARM_NOUNS
            # "one of them had suffered a broken arm"
            or any(a.dep_ == "amod" and a.lower_ in {"broken", "fractured"} for a in c.children)
        )
        for c in verb.children
    ):
        return True  # "one of the victims suffered life-threatening injuries"
    return any(
        prep.lower_ == "in"
        and any(o.lemma_.lower() == "condition" for o in prep.children)
        and any(t.lower_ in _CONDITIONS for t in prep.subtree)
        for prep in verb.children
        if prep.dep_ == "prep"
    )
