import datetime

import pytest
from django.core.management import call_command

from sources.models import Article


@pytest.mark.django_db
def test_load_seeds_is_idempotent_and_reads_the_date_line():
    call_command("load_seeds")
    call_command("load_seeds")
    article = Article.objects.get()
    assert article.published == datetime.date(2023, 5, 23)
    assert article.title.startswith("Russia responds")
    assert not article.text.startswith("date ")
    assert "Belgorod" in article.text
