"""How alike two texts are: PostgreSQL's pg_trgm where the database has it, the same
measure in Python elsewhere (SQLite in the quickstart and the unit tests).

Both follow pg_trgm: lower-cased words, each padded with two spaces before and one
after, cut into three-letter pieces; similarity is the share of pieces the two texts
have in common. So a threshold means the same on either database.
"""

import re

from django.db import connection
from django.db.models import BooleanField, FloatField, Func

_WORD = re.compile(r"[^\W_]+")


def trigrams(text: str) -> set[str]:
    found = set()
    for word in _WORD.findall(text.lower()):
        padded = f"  {word} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return found


def words(text: str) -> str:
    """The text as pg_trgm reads it: its lower-cased words, in order, one space apart."""
    return " ".join(_WORD.findall(text.lower()))


def similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(a, b), from 0 (nothing shared) to 1 (the same trigrams)."""
    left, right = trigrams(a), trigrams(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


class Similarity(Func):
    """pg_trgm's similarity(expression, text) in a query (PostgreSQL only)."""

    function = "similarity"
    output_field = FloatField()


class TrigramMatch(Func):
    """pg_trgm's `text % text`: true from its threshold (`pg_trgm.similarity_threshold`)
    up, answered from a trigram index, so only likely matches are measured with
    similarity()."""

    arg_joiner = " %% "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def match_from(threshold: float, *, from_index: bool = False) -> None:
    """Make `%` (TrigramMatch) hold from `threshold` up, for the current transaction
    only (PostgreSQL).

    from_index: also make the transaction's queries read tables through bitmap scans
    only, for a query on one table that the trigram index answers. The planner counts
    pg_trgm's comparison as cheap as an equality, so on some thousands of long texts
    it may read the whole table, or all of it in key order, and compare each (0.5 to
    2 s measured on the stories benchmark's articles) rather than ask the index (25 ms).
    """
    sql = "SELECT set_config('pg_trgm.similarity_threshold', %s, true)"
    if from_index:
        sql += (
            ", set_config('enable_seqscan', 'off', true)"
            ", set_config('enable_indexscan', 'off', true)"
        )
    with connection.cursor() as cursor:
        cursor.execute(sql, [str(threshold)])


def in_database() -> bool:
    """Whether queries can ask the database for similarity (pg_trgm, enabled by claims'
    migrations on PostgreSQL)."""
    return connection.vendor == "postgresql"
