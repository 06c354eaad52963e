"""Write word lists as plain text, one space-separated block each."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def ordered(text: str) -> list[str]:
    return text.split()
