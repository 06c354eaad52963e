"""The desk's receivers of what happens on the floors below."""

from django.dispatch import receiver

from claims.models import Claim, ClaimEvent
from claims.signals import sign_off_step
from desk.services import notify

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
