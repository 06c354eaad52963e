import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from workbench.env import database_from_url, env_bool

ROOT = Path(__file__).resolve().parents[2]


def test_sqlite_and_postgres_urls_are_understood():
    assert database_from_url("sqlite:///data/db.sqlite3")["NAME"] == "data/db.sqlite3"
    config = database_from_url("postgres://news@db.internal:5433/claimdesk")
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.internal", 5433, "claimdesk")


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "mysqlx://db/claims",
        "postgres://user@host:notaport/db",
        "postgres://host:5432/",
    ],
)
def test_malformed_database_url_names_the_variable_without_echoing_it(url):
    with pytest.raises(ImproperlyConfigured) as caught:
        database_from_url(url)
    assert "DATABASE_URL" in str(caught.value)
    assert url not in str(caught.value)


def test_env_bool_refuses_anything_but_true_or_false(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be true or false"):
        env_bool("DEBUG", default=False)
    monkeypatch.setenv("DEBUG", "TRUE")
    assert env_bool("DEBUG", default=False) is True


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_ENV")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bad_database_url_stops_start_up_with_a_clear_message():
    result = _manage("check", DATABASE_URL="postgres://user@host:port/db")
    assert result.returncode != 0
    assert "DATABASE_URL is not a valid database URL" in result.stderr


def test_production_profile_passes_the_deploy_check():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_ENV="production",
        SECRET_KEY="x" * 64 + "production-test-key-0123456789",
        ALLOWED_HOSTS="claims.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_profile_requires_a_secret_key():
    result = _manage(
        "check", DJANGO_ENV="production", ALLOWED_HOSTS="claims.example", SECRET_KEY=""
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_an_extraction_batch_smaller_than_one_article_stops_start_up():
    result = _manage("check", EXTRACTION_BATCH_SIZE="0")
    assert result.returncode != 0
    assert "EXTRACTION_BATCH_SIZE must be 1 or more" in result.stderr
