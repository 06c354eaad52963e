"""How speaker names are compared: case, diacritics and spacing do not count."""

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """The form under which two spellings of one name meet.

    "Vyacheslav  Gladkov", "vyacheslav gladkov" and "Vyačeslav Gladkov" share a key;
    transliteration variants such as Zelensky/Zelenskyy do not, on purpose: an
    editor adds those as aliases, so different people are never merged by a guess.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()
