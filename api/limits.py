"""Requests per token per minute, counted in Redis, or in Django's cache without it.

A fixed one-minute window: cheap (one INCR per request) and shared by every web
process through Redis. The quickstart has no Redis, and one process, so its cache does.
"""

import functools
import logging
import time

import redis
from django.conf import settings
from django.core.cache import cache

log = logging.getLogger(__name__)

WINDOW = 60


class RateLimited(Exception):
    def __init__(self, *, limit: int, retry_after: int):
        self.retry_after = retry_after
        super().__init__(
            f"This token made more than {limit} requests this minute; "
            f"try again in {retry_after} seconds."
        )


@functools.cache
def _redis(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)


def _count(key: str) -> int:
    if settings.REDIS_URL:
        pipe = _redis(settings.REDIS_URL).pipeline()
        pipe.incr(key)
        pipe.expire(key, WINDOW + 1)
        return int(pipe.execute()[0])
    cache.add(key, 0, timeout=WINDOW + 1)
    return cache.incr(key)


def check_rate(*, token_key: str) -> None:
    """Count one request of the token; RateLimited once it is over the limit this minute.

    A Redis that cannot be reached lets the request through: the limit protects
    the workbench from a runaway script, and is not worth refusing every tool for.
    """
    limit = settings.API_RATE_LIMIT
    now = int(time.time())
    # Keyed by the token's hash, not its id: ids repeat between databases sharing a Redis.
    key = f"api-rate:{token_key[:32]}:{now // WINDOW}"
    try:
        count = _count(key)
    except redis.RedisError:
        log.warning("Could not count API requests in Redis; not limiting.", exc_info=True)
        return
    if count > limit:
        raise RateLimited(limit=limit, retry_after=WINDOW - now % WINDOW)
