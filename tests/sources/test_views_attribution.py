import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEvent
from sources.models import Speaker


@pytest.fixture
def queue(speaker_named_as, make_claims):
    """One claim for each reason to review an attribution, and two that need none."""
    known = speaker_named_as("Maria Lopez", role="governor")
    new = speaker_named_as("Lopez", created_by_extractor=True)
    sources = speaker_named_as("sources", kind="anonymous", created_by_extractor=False)
    return {
        "inferred": make_claims(
            1, speaker=known, speaker_text="Maria Lopez", speaker_inferred=True
        )[0],
        "unattributed": make_claims(1)[0],
        "anonymous": make_claims(
            1, speaker=sources, speaker_text="sources", speaker_kind="anonymous"
        )[0],
        "new_speaker": make_claims(1, speaker=new, speaker_text="Lopez")[0],
        "named": make_claims(1, speaker=known, speaker_text="Maria Lopez")[0],
        "reviewed": make_claims(
            1, speaker=new, speaker_text="Lopez", attribution_state="confirmed"
        )[0],
    }


def _card_ids(response) -> set[int]:
    return {claim.pk for claim, _ in response.context["cards"]}


def test_queue_lists_inferred_unattributed_anonymous_and_new_speaker_claims(editor_client, queue):
    response = editor_client.get(reverse("sources:attribution"))
    assert response.status_code == 200
    assert _card_ids(response) == {
        queue[key].pk for key in ("inferred", "unattributed", "anonymous", "new_speaker")
    }
    assert 'id="attribution-total">4<' in response.text


@pytest.mark.parametrize("reason", ["inferred", "unattributed", "anonymous", "new_speaker"])
def test_queue_filters_by_reason(editor_client, queue, reason):
    response = editor_client.get(reverse("sources:attribution"), {"reason": reason})
    assert _card_ids(response) == {queue[reason].pk}


def test_queue_pages_by_key_for_htmx(editor_client, make_claims, monkeypatch):
    monkeypatch.setattr("sources.views.CARDS_PER_PAGE", 2)
    claims = make_claims(5)
    first = editor_client.get(reverse("sources:attribution"))
    assert _card_ids(first) == {claims[4].pk, claims[3].pk}
    second = editor_client.get(
        reverse("sources:attribution"),
        {"before": first.context["older"]},
        headers={"HX-Request": "true"},
    )
    assert "<html" not in second.text
    assert f'data-claim="{claims[2].pk}"' in second.text
    assert f'data-claim="{claims[4].pk}"' not in second.text


def _decide(client, claim, htmx=True, **data):
    data.setdefault("version", claim.version)
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(
        reverse("sources:attribution_decide", args=[claim.pk]), data, headers=headers
    )


def test_editor_confirms_an_inferred_speaker(editor_client, queue, editor):
    claim = queue["inferred"]
    response = _decide(editor_client, claim, action="confirm")
    assert response.status_code == 200
    assert "<html" not in response.text
    assert "Attribution confirmed." in response.text
    assert 'id="attribution-total" hx-swap-oob="true">3<' in response.text
    claim.refresh_from_db()
    assert claim.attribution_state == "confirmed"
    assert ClaimEvent.objects.get(claim=claim).user == editor


def test_confirming_without_htmx_redirects_to_the_queue(editor_client, queue):
    response = _decide(editor_client, queue["new_speaker"], htmx=False, action="confirm")
    assert response.status_code == 302
    assert response.url == reverse("sources:attribution")


def test_editor_corrects_to_an_existing_speaker_by_alias(editor_client, queue):
    claim = queue["new_speaker"]
    _decide(editor_client, claim, action="correct", name="maria LÓPEZ")
    claim.refresh_from_db()
    assert claim.speaker.name == "Maria Lopez"
    assert claim.attribution_state == "corrected"
    assert Speaker.objects.get(name="Maria Lopez").claim_count == 3


def test_editor_corrects_to_a_new_speaker_with_its_kind(editor_client, queue):
    claim = queue["anonymous"]
    _decide(
        editor_client,
        claim,
        action="correct",
        name="Regional emergency service",
        kind="organisation",
    )
    claim.refresh_from_db()
    assert (claim.speaker.name, claim.speaker.kind) == (
        "Regional emergency service",
        "organisation",
    )
    assert not claim.speaker.created_by_extractor


def test_editor_marks_a_claim_unattributed(editor_client, queue):
    claim = queue["anonymous"]
    _decide(editor_client, claim, action="unattributed")
    claim.refresh_from_db()
    assert claim.speaker is None
    assert claim.attribution_state == "unattributed"
    assert Speaker.objects.get(name="sources").claim_count == 0


def test_stale_version_answers_409_with_the_current_card(editor_client, queue, second_editor):
    claim = queue["inferred"]
    seen = claim.version
    claim.set_verdict(verdict="verified", by=second_editor)
    response = _decide(editor_client, claim, action="confirm", version=seen)
    assert response.status_code == 409
    assert "changed by someone else" in response.text
    assert f'name="version" value="{seen + 1}"' in response.text
    claim.refresh_from_db()
    assert claim.attribution_state == "unreviewed"


def test_stale_version_without_htmx_is_409_on_a_full_page(editor_client, queue, second_editor):
    claim = queue["inferred"]
    seen = claim.version
    claim.set_verdict(verdict="verified", by=second_editor)
    response = _decide(editor_client, claim, htmx=False, action="confirm", version=seen)
    assert response.status_code == 409
    assert "<html" in response.text


def test_confirming_a_claim_without_speaker_is_refused(editor_client, queue):
    response = _decide(editor_client, queue["unattributed"], action="confirm")
    assert response.status_code == 400
    assert "no speaker to confirm" in response.text


def test_viewer_cannot_change_an_attribution(viewer_client, queue):
    claim = queue["inferred"]
    assert _decide(viewer_client, claim, action="confirm").status_code == 403
    claim.refresh_from_db()
    assert claim.attribution_state == "unreviewed"


def test_viewer_sees_the_queue_without_actions(viewer_client, queue):
    response = viewer_client.get(reverse("sources:attribution"))
    assert response.status_code == 200
    assert "Mark unattributed" not in response.text


def test_correcting_onto_a_merged_speaker_lands_on_the_kept_one(editor_client, queue, editor):
    from sources.services import merge_speakers

    lopez = Speaker.objects.get(name="Maria Lopez")
    short = Speaker.objects.get(name="Lopez")
    merge_speakers(keep=lopez, drop=short, by=editor)
    claim = Claim.objects.get(pk=queue["anonymous"].pk)
    _decide(editor_client, claim, action="correct", speaker=short.pk)
    claim.refresh_from_db()
    assert claim.speaker == lopez
