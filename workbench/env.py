"""Strict readers for settings that come from the environment.

Each reader fails loudly, naming the variable, so a typo in a deployment stops
start-up instead of silently falling back to a default.
"""

import os
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


_EXAMPLE = "sqlite:///path/db.sqlite3 or postgres://user@host:5432/name"


def database_from_url(url: str, *, name: str = "DATABASE_URL") -> dict[str, Any]:
    """Parse a database URL into Django's DATABASES entry.

    The error never repeats the URL itself: it may hold a password.
    """
    if "://" not in url:
        raise ImproperlyConfigured(f"{name} is not a database URL; expected {_EXAMPLE}.")
    try:
        config = dj_database_url.parse(url, conn_max_age=0)
        port = config.get("PORT")
        if port not in (None, "") and not 0 < int(port) < 65536:
            raise ValueError("port out of range")
    except dj_database_url.UnknownSchemeError:
        raise ImproperlyConfigured(f"{name} has an unknown scheme; expected {_EXAMPLE}.") from None
    except ValueError:
        raise ImproperlyConfigured(
            f"{name} is not a valid database URL (check the host, port and quoting); "
            f"expected {_EXAMPLE}."
        ) from None
    engine = config.get("ENGINE", "")
    if engine not in ("django.db.backends.sqlite3", "django.db.backends.postgresql"):
        raise ImproperlyConfigured(f"{name} names an unsupported database; expected {_EXAMPLE}.")
    if not config.get("NAME"):
        raise ImproperlyConfigured(f"{name} has no database name; expected {_EXAMPLE}.")
    return config
