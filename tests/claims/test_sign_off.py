"""Sign-off: under VERDICT_SIGN_OFF a final verdict is proposed until a second editor
approves it or sends it back; nobody approves their own."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Claim, ClaimConflict, ClaimEvent

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def _sign_off(settings):
    settings.VERDICT_SIGN_OFF = True


def sign_off_url(claim):
    return reverse("claims:claim_sign_off", args=[claim.pk])


def proposed(claim, editor, verdict="false", note="The morgue lists 9."):
    return claim.set_verdict(verdict=verdict, by=editor, note=note)


def test_a_final_verdict_is_only_proposed_under_sign_off(claim, editor):
    claim = proposed(claim, editor)
    claim.refresh_from_db()
    assert claim.verdict == Claim.Verdict.PENDING
    assert (claim.proposed_verdict, claim.proposed_note) == ("false", "The morgue lists 9.")
    assert claim.proposed_by == editor
    assert list(Claim.objects.awaiting_sign_off()) == [claim]
    event = claim.events.get()
    assert (event.action, event.new_value) == (ClaimEvent.Action.PROPOSAL, "false")


def test_without_sign_off_a_verdict_is_set_at_once(claim, editor, settings):
    settings.VERDICT_SIGN_OFF = False
    claim.set_verdict(verdict="false", by=editor, note="The morgue lists 9.")
    claim.refresh_from_db()
    assert (claim.verdict, claim.proposed_verdict) == ("false", "")


def test_a_verdict_that_ends_no_review_needs_no_sign_off(claim, editor):
    claim.set_verdict(verdict="not_a_claim", by=editor)
    claim.refresh_from_db()
    assert (claim.verdict, claim.proposed_verdict) == ("not_a_claim", "")


def test_nobody_approves_their_own_verdict(claim, editor):
    proposed(claim, editor)
    with pytest.raises(ValidationError, match="second editor"):
        Claim(pk=claim.pk).approve(by=editor)
    claim.refresh_from_db()
    assert (claim.verdict, claim.proposed_verdict) == ("pending", "false")


def test_a_second_editor_approves_the_proposal(claim, editor, second_editor):
    proposed(claim, editor)
    claim = Claim(pk=claim.pk).approve(by=second_editor)
    claim.refresh_from_db()
    assert (claim.verdict, claim.verdict_note) == ("false", "The morgue lists 9.")
    assert claim.verdict_by == editor and claim.verdict_at is not None
    assert (claim.proposed_verdict, claim.proposed_by) == ("", None)
    approval = claim.events.get(action=ClaimEvent.Action.APPROVAL, field="verdict")
    assert (approval.user, approval.new_value) == (second_editor, "false")


def test_send_back_needs_a_comment_and_leaves_the_verdict(claim, editor, second_editor):
    proposed(claim, editor)
    with pytest.raises(ValidationError, match="comment is required"):
        Claim(pk=claim.pk).send_back(by=second_editor, note="  ")
    Claim(pk=claim.pk).send_back(by=second_editor, note="Which morgue?")
    claim.refresh_from_db()
    assert (claim.verdict, claim.proposed_verdict) == ("pending", "")
    back = claim.events.get(action=ClaimEvent.Action.SEND_BACK)
    assert (back.user, back.note) == (second_editor, "Which morgue?")
    with pytest.raises(ValidationError, match="no proposed verdict"):
        Claim(pk=claim.pk).approve(by=second_editor)


def test_an_approval_of_a_proposal_changed_since_is_refused(claim, editor, second_editor):
    seen = proposed(claim, editor).version
    proposed(Claim.objects.get(pk=claim.pk), editor, verdict="verified", note="")
    with pytest.raises(ClaimConflict):
        Claim(pk=claim.pk).approve(by=second_editor, expected_version=seen)
    claim.refresh_from_db()
    assert (claim.verdict, claim.proposed_verdict) == ("pending", "verified")


def test_the_card_offers_approval_to_another_editor_only(
    claim, editor, editor_client, second_editor_client
):
    proposed(claim, editor)
    card = reverse("claims:claim_card", args=[claim.pk])
    own = editor_client.get(card).content.decode()
    assert "Awaiting sign-off" in own and 'value="approve"' not in own
    other = second_editor_client.get(card).content.decode()
    assert 'value="approve"' in other and "The morgue lists 9." in other


def test_approving_from_the_card_with_htmx_answers_the_card(
    claim, editor, second_editor, second_editor_client
):
    version = proposed(claim, editor).version
    response = second_editor_client.post(
        sign_off_url(claim), {"action": "approve", "version": version}, **HX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and 'data-verdict="false"' in html
    claim.refresh_from_db()
    assert claim.verdict == "false"


def test_sending_back_without_htmx_returns_to_the_article(claim, editor, second_editor_client):
    version = proposed(claim, editor).version
    response = second_editor_client.post(
        sign_off_url(claim), {"action": "send_back", "note": "Source?", "version": version}
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#claim-{claim.pk}")
    claim.refresh_from_db()
    assert claim.proposed_verdict == ""


def test_self_approval_through_the_card_is_refused(claim, editor, editor_client):
    version = proposed(claim, editor).version
    response = editor_client.post(
        sign_off_url(claim), {"action": "approve", "version": version}, **HX
    )
    assert response.status_code == 422
    assert "cannot approve your own" in response.content.decode()
    claim.refresh_from_db()
    assert claim.verdict == "pending"


def test_viewers_cannot_sign_off(claim, editor, viewer_client):
    version = proposed(claim, editor).version
    response = viewer_client.post(sign_off_url(claim), {"action": "approve", "version": version})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.verdict == "pending"


def test_the_queue_filters_claims_awaiting_sign_off(seed, editor, editor_client):
    _, claims = seed
    proposed(claims[0], editor)
    page = editor_client.get(reverse("claims:queue"), {"sign_off": "awaiting"}).content.decode()
    shown = {c.pk for c in claims if f"#claim-{c.pk}" in page}
    assert shown == {claims[0].pk}


def test_a_bulk_verdict_under_sign_off_says_it_was_proposed(seed, editor, editor_client):
    _, claims = seed
    response = editor_client.post(
        reverse("claims:bulk_verdict"),
        {"claim": [f"{c.pk}:{c.version}" for c in claims[:2]], "verdict": "verified"},
        **HX,
    )
    body = response.content.decode()
    assert "Proposed 2 claims as verified, awaiting a second editor" in body
    assert "Marked" not in body
    assert Claim.objects.awaiting_sign_off().count() == 2
    assert not Claim.objects.filter(verdict="verified").exists()
