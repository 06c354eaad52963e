"""Write word lists as plain text, one space-separated block each."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def ordered(text: str) -> list[str]:
    return text.split()


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
    "Spc.",
    "Sgts.",
    "Lts.",
]
