"""How speaker names are compared: case, diacritics and spacing do not count."""

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")
_Y_ENDING = re.compile(r"(?:yy|iy|ii|yi)\b")


def name_key(name: str) -> str:
    """The form under which two spellings of one name meet.

    "Vyacheslav  Gladkov", "vyacheslav gladkov" and "Vyačeslav Gladkov" share a key;
    transliteration variants such as Zelensky/Zelenskyy do not, on purpose: an
    editor adds those as aliases, so different people are never merged by a guess.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def loose_key(name: str) -> str:
    """A looser form of `name_key`, used only to suggest possible duplicates.

    One rule on top of `name_key`: a word ending in -yy, -iy, -ii or -yi ends in
    -y instead, because romanisations of the same Slavic ending differ only
    there (Zelenskyy, Zelenskiy, Zelenskii and Zelensky all become "zelensky").
    Nothing else is guessed: Kiev/Kyiv or Kharkov/Kharkiv stay apart until an
    editor adds the alias. Two speakers sharing a loose key are shown to an
    editor as a possible duplicate and never merged without one.
    """
    return _Y_ENDING.sub("y", name_key(name))


def surname_key(key: str) -> str:
    """The last word of a key of two words or more; empty for a one-word key."""
    words = key.split(" ")
    return words[-1] if len(words) > 1 else ""
