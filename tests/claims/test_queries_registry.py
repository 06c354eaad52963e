"""The registry screens make the same number of queries however much data there is."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_speaker_page_queries_do_not_grow_with_claims(editor_client, speaker_named_as, make_claims):
    few = speaker_named_as("Few Claims")
    many = speaker_named_as("Many Claims")
    speaker_named_as("Claims")
    make_claims(2, speaker=few, speaker_text="Few Claims")
    make_claims(300, speaker=many, speaker_text="Many Claims", verdict="false")
    assert _count(editor_client, reverse("claims:speaker", args=[few.pk])) == _count(
        editor_client, reverse("claims:speaker", args=[many.pk])
    )


def test_speaker_list_queries_do_not_grow_with_speakers(editor_client, speaker_named_as):
    organisation = speaker_named_as("Ministry", kind="organisation")
    speaker_named_as("First", affiliation=organisation)
    before = _count(editor_client, reverse("claims:speakers"))
    for n in range(30):
        speaker_named_as(f"Speaker {n}", affiliation=organisation)
    for sort in ("claims", "false", "latest", "name"):
        assert _count(editor_client, f"{reverse('claims:speakers')}?sort={sort}") == before


def test_attribution_queue_queries_do_not_grow_with_cards(editor_client, make_claims):
    make_claims(2)
    before = _count(editor_client, reverse("claims:attribution"))
    make_claims(20)
    assert _count(editor_client, reverse("claims:attribution")) == before
