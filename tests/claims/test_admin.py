"""The admin changes a claim the way the screens do: audited and version-checked."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from claims.models import Claim, ClaimEvent
from tests.conftest import PASSWORD


@pytest.fixture
def admin_client(db):
    user = get_user_model().objects.create_superuser(
        username="ada-admin", password=PASSWORD, email="ada@example.org"
    )
    client = Client()
    client.force_login(user)
    return client, user


def _post(client, claim: Claim, **changes):
    data = {
        "speaker": claim.speaker_id or "",
        "assignee": claim.assignee_id or "",
        "verdict": claim.verdict,
        "verdict_note": claim.verdict_note,
        "seen_version": claim.version,
        # The read-only inlines post their empty management forms.
        **{
            f"{prefix}-{field}": value
            for prefix in ("quantities", "evidence", "events")
            for field, value in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0))
        },
        **changes,
    }
    return client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)


def test_a_speaker_changed_in_the_admin_is_in_the_claims_history(admin_client, seed):
    client, admin = admin_client
    _, claims = seed
    damage = claims[4]
    gladkov = claims[2].speaker
    response = _post(client, damage, speaker=gladkov.pk)
    assert response.status_code == 302
    damage.refresh_from_db()
    assert damage.speaker == gladkov
    assert damage.attribution_state == Claim.AttributionState.CORRECTED
    event = ClaimEvent.objects.get(claim=damage, field="speaker")
    assert event.user == admin
    assert event.new_value == gladkov.name
    assert damage.version == 2


def test_a_stale_admin_form_does_not_overwrite_an_editors_change(admin_client, seed, editor):
    client, _ = admin_client
    _, claims = seed
    claim = claims[0]
    Claim(pk=claim.pk).set_verdict(verdict="verified", by=editor, expected_version=1)
    response = _post(client, claim, verdict="false", verdict_note="Invented.")
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.verdict == "verified"
    assert not ClaimEvent.objects.filter(claim=claim, new_value="false").exists()


def test_the_admin_asks_for_a_note_like_the_review_screen(admin_client, seed):
    client, _ = admin_client
    _, claims = seed
    response = _post(client, claims[0], verdict="false", verdict_note="")
    assert response.status_code == 200
    assert "Say why the claim is false: a note is required." in response.content.decode()
    claims[0].refresh_from_db()
    assert claims[0].verdict == "pending"
