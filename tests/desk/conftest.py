"""Desk fixtures: an article stored and extracted the way an editor's paste is."""

import datetime

import pytest

from claims.models import Claim
from sources.models import Outlet
from sources.services import create_article

DENIAL_TEXT = (
    "Floods swept through the valley on Monday. The Interior Ministry denied that police "
    "had fired on the crowd. At least 12 people were killed, the regional governor, "
    "Maria Lopez, said."
)


@pytest.fixture
def extracted(db, django_capture_on_commit_callbacks):
    """An article with its claims, stored and extracted by the real code (the task runs
    in process, after the commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        article = create_article(
            title="Floods in the valley",
            text=DENIAL_TEXT,
            url="https://valleypost.example/floods",
            outlet=Outlet.objects.create(name="Valley Post", domain="valleypost.example"),
            published=datetime.date(2024, 5, 6),
        )
    return article, list(Claim.objects.filter(article=article).order_by("start"))


@pytest.fixture
def denial(extracted):
    _, claims = extracted
    return next(c for c in claims if c.attribution == "denied")


@pytest.fixture
def casualty(extracted):
    _, claims = extracted
    return next(c for c in claims if "12 people" in c.text)
