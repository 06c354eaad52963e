import pytest

from sources.models import Article, Speaker
from sources.services import DuplicateArticle, create_article, speakers_for_names

TEXT = "Three people were hurt when a bus overturned on the coast road, police said."


@pytest.mark.django_db
def test_same_text_is_rejected_as_duplicate_pointing_at_the_stored_article():
    first = create_article(title="Bus overturns", text=TEXT)
    with pytest.raises(DuplicateArticle) as caught:
        create_article(title="Another title", text=TEXT)
    assert caught.value.existing == first
    assert "already in the workbench" in str(caught.value)
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_text_differing_only_in_whitespace_is_a_duplicate():
    create_article(title="Bus overturns", text=TEXT)
    with pytest.raises(DuplicateArticle):
        create_article(title="Bus overturns", text="  " + TEXT.replace(" ", "\n  ") + "\n")


@pytest.mark.django_db
def test_same_canonical_url_is_a_duplicate_even_with_other_text():
    url = "https://news.example/bus"
    create_article(title="Bus overturns", text=TEXT, url=url, canonical_url=url)
    with pytest.raises(DuplicateArticle, match="same URL"):
        create_article(title="Bus", text=TEXT + " Updated.", url=url, canonical_url=url)


@pytest.mark.django_db
def test_new_article_is_queued_for_extraction(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        article = create_article(title="Bus overturns", text=TEXT)
    article.refresh_from_db()
    assert len(callbacks) == 1
    assert article.extraction_queued_at is not None


@pytest.mark.django_db
def test_speaker_names_match_ignoring_case_and_diacritics():
    first = speakers_for_names(names={"José Ramírez": ("person", "fire chief")})
    again = speakers_for_names(names={"jose  RAMIREZ": ("person", "")})
    assert first["José Ramírez"] == again["jose  RAMIREZ"]
    assert Speaker.objects.count() == 1
    assert Speaker.objects.get().role == "fire chief"


@pytest.mark.django_db
def test_people_sharing_a_surname_are_not_merged():
    found = speakers_for_names(
        names={"Igor Konashenkov": ("person", ""), "Anna Konashenkov": ("person", "")}
    )
    assert found["Igor Konashenkov"] != found["Anna Konashenkov"]
