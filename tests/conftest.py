"""Shared fixtures: named personas with logged-in clients, articles, and Celery modes."""

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client, override_settings

from claims.roles import EDITORS, VIEWERS, ensure_roles
from tests.seed import make_seed_claims
from workbench.celery import app as celery_app

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _tasks_run_in_process():
    """Unit tests run tasks in-process; only tests marked `broker` use a real worker."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    with override_settings(TASKS_IN_THREADS=False):
        yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Real password hashing costs a second per persona; tests are not about it."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _user(username: str, group: str | None):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    if group:
        # A transactional test before this one may have flushed the migrated groups.
        ensure_roles(Group, Permission)
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    return _user("erin-editor", EDITORS)


@pytest.fixture
def second_editor(db):
    return _user("sam-second-editor", EDITORS)


@pytest.fixture
def viewer(db):
    return _user("vic-viewer", VIEWERS)


@pytest.fixture
def outsider(db):
    """Signed in, but in no role."""
    return _user("olga-outsider", None)


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(editor):
    return _client_for(editor)


@pytest.fixture
def second_editor_client(second_editor):
    return _client_for(second_editor)


@pytest.fixture
def viewer_client(viewer):
    return _client_for(viewer)


@pytest.fixture
def outsider_client(outsider):
    return _client_for(outsider)


ARTICLE_TEXT = (
    "Floods swept through the valley on Monday. At least 12 people were killed and "
    "dozens were injured, the regional governor, Maria Lopez, said. \u201cWe have never "
    "seen water this high,\u201d she told reporters. Police said 40 homes were destroyed."
)


@pytest.fixture
def article(db):
    from sources.ingest.text import content_hash
    from sources.models import Article

    return Article.objects.create(
        title="Floods sweep the valley",
        text=ARTICLE_TEXT,
        content_hash=content_hash(ARTICLE_TEXT),
        extraction_state=Article.State.DONE,
    )


@pytest.fixture
def claim(article):
    from claims.models import Claim

    start = article.text.index("At least 12")
    end = article.text.index(", the regional")
    return Claim.objects.create(
        article=article,
        start=start,
        end=end,
        text=article.text[start:end],
        kind=Claim.Kind.CASUALTY,
    )


def pytest_collection_modifyitems(config, items):
    """Say why a test that needs a server is skipped; CI provides both, so none are."""
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    no_postgres = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://...")
    no_broker = pytest.mark.skip(reason="needs a live Redis broker: set REDIS_URL=redis://...")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(no_postgres)
        if "broker" in item.keywords and not settings.REDIS_URL:
            item.add_marker(no_broker)


@pytest.fixture
def broker_mode():
    """Send tasks to the real broker instead of running them in-process."""
    celery_app.conf.task_always_eager = False
    celery_app.control.purge()
    yield
    celery_app.conf.task_always_eager = True


@pytest.fixture
def celery_worker(transactional_db, broker_mode):
    from tests.workers import Worker

    worker = Worker().start()
    yield worker
    worker.stop()


@pytest.fixture
def seed(db):
    """The seed article and its claims, in SEED_CLAIMS order."""
    return make_seed_claims()


# Claims in bulk for the registry tests: one long article, one span per claim.
WORD = "Casualties reported. "


@pytest.fixture
def long_article(db):
    from sources.ingest.text import content_hash
    from sources.models import Article, Outlet

    text = WORD * 2000
    return Article.objects.create(
        title="Daily briefing",
        text=text,
        content_hash=content_hash(text),
        outlet=Outlet.objects.create(name="The Daily Ledger", domain="ledger.example"),
        extraction_state=Article.State.DONE,
    )


@pytest.fixture
def make_claims(long_article):
    """make_claims(n, speaker=..., verdict=..., speaker_text=..., article=...) -> claims.

    Refreshes the speaker's counters as storing extracted claims does.
    """
    from claims.models import Claim
    from claims.track_records import refresh_speaker_stats

    spans = itertools.count()

    def make(n: int = 1, *, article=None, **fields):
        article = article or long_article
        rows = []
        for _ in range(n):
            index = next(spans)
            start = index * len(WORD)
            end = start + len(WORD) - 1
            rows.append(
                Claim(
                    article=article,
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    kind=Claim.Kind.STATEMENT,
                    **fields,
                )
            )
        claims = Claim.objects.bulk_create(rows)
        refresh_speaker_stats(speaker_ids=[fields.get("speaker") and fields["speaker"].pk])
        return claims

    return make


@pytest.fixture
def speaker_named_as(db):
    """speaker_named_as("Vyacheslav Gladkov", kind=..., **fields): a speaker with its alias."""
    from sources.models import Speaker, SpeakerAlias

    def make(name: str, **fields):
        speaker = Speaker.objects.create(name=name, **fields)
        SpeakerAlias.objects.create(speaker=speaker, name=name)
        return speaker

    return make
