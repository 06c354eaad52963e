"""Write word lists as plain text, one space-separated block each."""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def ordered(text: str) -> list[str]:
    return text.split()


# A person's kin: those one mourns ("lost her husband") and those who speak for a
# family ("The woman's son told the Leader").
KIN_WORDS = words(
    """
    husband wife widow widower son daughter child grandchild grandson granddaughter father
    mother parent brother sister sibling grandmother grandfather nephew niece cousin uncle aunt
    """
)


# Titles written before names. The tokenizer knows "Dr." and "Gov." but splits
# "Sgt." into "Sgt" and ".", and the parser then ends the sentence there:
# "..., Sgt. Dana Kell said." lost its speaker.
TITLE_ABBREVIATIONS = [
    "Sgt.",
    "Lt.",
    "Col.",
    "Capt.",
    "Det.",
    "Cpl.",
    "Pvt.",
    "Insp.",
    "Supt.",
    "Cmdr.",
    "Adm.",
    "Maj.",
    "Brig.",
    "Gen.",
    "Rep.",
    "Sen.",
    "Gov.",
    "Atty.",
    "Dep.",
    "Ald.",
    "Prof.",
    "Rev.",
    "Hon.",
    "Fr.",
    "Msgr.",
    "Const.",
    "Cllr.",
    "Cr.",
    "Pres.",
    "Amb.",
    "Asst.",
    "Comm.",
    "Spc.",
    "Sgts.",
    "Lts.",
]


# Currencies written as letters glued to the sum: "Sh50 million", "Rs2
# million", "GH¢3.5 million", "RM5,000", and the dollars told apart by a
# country's letters, "NZ$1.5 million", "A$3 million"; the Gulf's "Dh25
# million", "SR150,000", "QR2 million"; the rand's "R85,000" (a road's
# "R62" stays a road, see ROUTE_PREFIXES). The tokenizer splits them off,
# as it does "$", and the figure reader knows them as currencies. Longest
# first, since the tokenizer takes the first that fits.
GLUED_CURRENCIES = ordered(
    "Rs. Rs KSh Sh RM GH¢ GHS Rp Tk NZ$ AU$ CA$ HK$ NT$ US$ A$ C$ S$ R$ J$ Dhs Dh SR QR R"
)
# Any dollar told apart by its country's letters, listed or not: "TT$500
# million", "RD$30 million", "EC$2.4 million", "Bds$90,000".
LETTERED_DOLLAR = r"[A-Z][A-Za-z]{0,3}\$"


# A full stop, exclamation or closed question ends a sentence; a line with
# none is a headline, caption or dateline.
SENTENCE_END = re.compile(r"([.!][”\"'’»)]*|\?[”\"'’»]+)(\s|$)")


# Verbs naming what someone calls a thing: "whom it labels terrorists", "in
# what police described as a targeted assault".
LABEL_LEMMAS = words("call label term brand dub describe characterise characterize")
