"""The editor who proposed a verdict hears what the second editor decided."""

import pytest

from claims.models import Claim
from desk.models import Notification


@pytest.fixture(autouse=True)
def _sign_off(settings):
    settings.VERDICT_SIGN_OFF = True


def test_the_proposer_hears_of_a_send_back_with_its_comment(
    claim, editor, second_editor, django_capture_on_commit_callbacks
):
    claim.set_verdict(verdict="false", by=editor, note="The morgue lists 9.")
    with django_capture_on_commit_callbacks(execute=True):
        Claim(pk=claim.pk).send_back(by=second_editor, note="Which morgue?")
    (note,) = Notification.objects.all()
    assert (note.recipient, note.actor, note.claim_id) == (editor, second_editor, claim.pk)
    assert note.verb == "sam-second-editor sent your verdict back: Which morgue?"


def test_the_proposer_hears_of_an_approval_and_nobody_else_does(
    claim, editor, second_editor, viewer, django_capture_on_commit_callbacks
):
    claim.set_verdict(verdict="false", by=editor, note="The morgue lists 9.")
    assert not Notification.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        Claim(pk=claim.pk).approve(by=second_editor)
    assert [(n.recipient, n.verb) for n in Notification.objects.all()] == [
        (editor, "sam-second-editor approved your verdict")
    ]
