"""The desk's receivers of what happens on the floors below."""

from django.dispatch import receiver
from django.urls import reverse

from claims.models import Claim, ClaimEvent
from claims.signals import sign_off_step
from desk.services import notify
from tracking.models import Alert
from tracking.signals import alert_raised

_VERBS = {
    ClaimEvent.Action.APPROVAL: "{by} approved your verdict",
    ClaimEvent.Action.SEND_BACK: "{by} sent your verdict back: {note}",
}


@receiver(sign_off_step)
def tell_the_proposer(sender, *, claim_id: int, action: str, by, proposer, note: str, **kwargs):
    """The editor who proposed a verdict hears what the second editor decided."""
    if proposer is None:
        return
    claim = Claim.objects.filter(pk=claim_id).first()
    if claim is None:
        return
    verb = _VERBS[action].format(by=by.get_username(), note=note)
    notify(recipients=[proposer], actor=by, verb=verb[:200], claim=claim)


@receiver(alert_raised)
def ring_the_followers(sender, *, alert: Alert, **kwargs):
    """Followers of a story or speaker see a ledger alert in the bell too, beside the
    e-mail and the webhooks tracking sends."""
    url = reverse("tracking:story", args=[alert.story_id]) if alert.story_id else ""
    notify(recipients=alert.followers.all(), verb=alert.text, claim=alert.claim, url=url)
