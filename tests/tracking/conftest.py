"""Articles as the desk receives them: stored through sources, extracted by the real
extractor, grouped and matched to stories by the tracking task that extraction sets off."""

import datetime
import itertools

import pytest

from sources.models import Outlet
from sources.services import create_article

# A wire report as outlets run it: the same sentences under each outlet's dateline.
WIRE = (
    "Belgorod governor Vyacheslav Gladkov said 12 civilians were injured by the shelling "
    "on Monday. The regional administration said 40 homes were destroyed in Shebekino."
)
WIRE_TITLE = "Shelling injures 12 civilians in Belgorod region"
DAY = datetime.date(2023, 5, 23)


@pytest.fixture
def file_report(db, django_capture_on_commit_callbacks):
    """file_report(text=WIRE, title=..., outlet=..., published=...) -> the extracted article.

    Runs what the commits set off (extraction, then grouping and story suggestions),
    as a worker would.
    """
    numbers = itertools.count(1)

    def make(text=WIRE, *, title=WIRE_TITLE, outlet=None, published=DAY, url=""):
        number = next(numbers)
        name = outlet or f"Outlet {number}"
        with django_capture_on_commit_callbacks(execute=True):
            article = create_article(
                title=title,
                # Each outlet's dateline makes its copy a different text, as in life.
                text=f"{name.upper()} ({number}) - {text}",
                outlet=Outlet.objects.get_or_create(name=name)[0],
                published=published,
                url=url,
            )
        article.refresh_from_db()
        return article

    return make
