"""Run a transaction again when the database broke a deadlock by cancelling it.

Changes to the speaker registry lock speakers before claims, in primary-key
order, but a lock taken implicitly (a foreign-key check, an update of another
row) can still close a cycle with a concurrent change. PostgreSQL then cancels
one transaction; it is safe to run it again from the start, because nothing of
it was committed.
"""

import functools
import random
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from django.db import OperationalError, connection

DEADLOCK_ATTEMPTS = 4
# PostgreSQL's SQLSTATE for "deadlock detected".
DEADLOCK_DETECTED = "40P01"

P = ParamSpec("P")
R = TypeVar("R")


def is_deadlock(error: BaseException) -> bool:
    return getattr(error.__cause__, "sqlstate", None) == DEADLOCK_DETECTED


def retry_on_deadlock(func: Callable[P, R]) -> Callable[P, R]:
    """Call `func` (which opens its own transaction) again when it is a deadlock's victim.

    Inside a caller's transaction there is nothing to retry: the caller's work is
    already rolled back, so the error goes up to it.
    """

    @functools.wraps(func)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        attempt = 1
        while True:
            try:
                return func(*args, **kwargs)
            except OperationalError as error:
                last = attempt == DEADLOCK_ATTEMPTS
                if last or connection.in_atomic_block or not is_deadlock(error):
                    raise
            # A short random pause, so the two transactions do not meet again at once.
            time.sleep(random.uniform(0.01, 0.05) * attempt)
            attempt += 1

    return run
