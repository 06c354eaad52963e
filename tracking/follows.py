"""Follows and alerts: an editor follows a story or a speaker, and hears when a new
figure moves a followed story's range or opens a conflict, or when a followed
claim's verdict changes."""

from django.core.mail import send_mass_mail
from django.db import IntegrityError, transaction
from django.db.models import Q

from claims.models import Claim
from sources.models import Speaker
from tracking import conflicts
from tracking.models import Alert, Follow, Story, StoryArticle, Webhook, WebhookDelivery
from tracking.signals import alert_raised


def follow(*, user, story: Story | None = None, speaker: Speaker | None = None) -> Follow:
    """Follow a story or a speaker; following again changes nothing."""
    found, _ = Follow.objects.get_or_create(user=user, story=story, speaker=speaker)
    return found


def unfollow(*, user, story: Story | None = None, speaker: Speaker | None = None) -> None:
    Follow.objects.filter(user=user, story=story, speaker=speaker).delete()


def follows(*, user, story: Story | None = None, speaker: Speaker | None = None) -> bool:
    return Follow.objects.filter(user=user, story=story, speaker=speaker).exists()


def claims_followed(*, claim_ids: list[int]) -> set[int]:
    """Those of the claims whose speaker, or a story their article is filed under,
    someone follows: one query however many claims."""
    # Unordered: a set is answered, and the claims' default order is a sort for nothing.
    claims = Claim.objects.filter(pk__in=claim_ids).order_by()
    # Only the followed speakers and stories are joined back to these claims, so a
    # followed speaker's or story's other claims are never read.
    return set(
        claims.filter(
            Q(speaker_id__in=Follow.objects.filter(speaker__isnull=False).values("speaker_id"))
            | Q(
                article_id__in=StoryArticle.objects.filter(
                    story_id__in=Follow.objects.filter(story__isnull=False).values("story_id")
                ).values("article_id")
            )
        ).values_list("pk", flat=True)
    )


def followers(*, story_ids, speaker_ids) -> list[int]:
    """Who follows any of the stories or speakers, each once, in user order."""
    speaker_ids = [pk for pk in speaker_ids if pk is not None]
    return sorted(
        set(
            Follow.objects.filter(
                Q(story_id__in=list(story_ids)) | Q(speaker_id__in=speaker_ids)
            ).values_list("user_id", flat=True)
        )
    )


def figures_entered(*, article_id: int) -> list[Alert]:
    """Record the conflicts the article's figures open and alert each story's followers.

    One alert per story the article is filed under, when its figures moved the
    story's range or opened a conflict, to the story's followers and those of the
    figures' speakers. A second run finds the conflicts recorded and the alert
    raised, and raises nothing.
    """
    raised = []
    for story_id, found in conflicts.detect_article(article_id=article_id).items():
        if not (found.conflicts or found.moved):
            continue
        speaker_ids = {entry.speaker_id for entry in found.moved}
        speaker_ids |= set(
            Claim.objects.filter(pk__in=[c.figure.claim_id for c in found.conflicts]).values_list(
                "speaker_id", flat=True
            )
        )
        users = followers(story_ids=[story_id], speaker_ids=speaker_ids)
        if not users:
            continue
        alert = raise_alert(
            kind=Alert.Kind.CONFLICT if found.conflicts else Alert.Kind.FIGURE,
            story_id=story_id,
            article_id=article_id,
            text=_figures_text(found),
            user_ids=users,
        )
        if alert:
            raised.append(alert)
    return raised


def _figures_text(found: conflicts.Found) -> str:
    parts = [
        f"{c.get_type_display()} conflict of {c.get_category_display().lower()} figures: "
        f"{c.figure.described} ({c.meaning})"
        for c in found.conflicts
    ]
    parts += [f"New figure: {entry.quantity.described}" for entry in found.moved]
    return "; ".join(dict.fromkeys(parts))


def verdicts_changed(*, changes: list[tuple[int, str, str]]) -> list[Alert]:
    """Alert, for each (claim_id, old, new) verdict change, the followers of the
    claim's speaker and of its article's stories: one alert per followed claim.

    The claims, their stories and the followers are read once for all the changes,
    so a verdict given to a repeated claim of fifty members costs three queries
    before the alerts themselves.
    """
    claims = Claim.objects.filter(pk__in=[claim_id for claim_id, _, _ in changes]).only(
        "pk", "text", "speaker_id", "article_id"
    )
    claims = {claim.pk: claim for claim in claims}
    stories: dict[int, list[int]] = {}
    for article_id, story_id in (
        StoryArticle.objects.filter(article_id__in={c.article_id for c in claims.values()})
        .order_by("article_id", "story_id")
        .values_list("article_id", "story_id")
    ):
        stories.setdefault(article_id, []).append(story_id)
    following = Follow.objects.filter(
        Q(story_id__in=[s for ids in stories.values() for s in ids])
        | Q(speaker_id__in=[c.speaker_id for c in claims.values() if c.speaker_id])
    ).values_list("user_id", "story_id", "speaker_id")
    by_story: dict[int, set[int]] = {}
    by_speaker: dict[int, set[int]] = {}
    for user_id, story_id, speaker_id in following:
        if story_id:
            by_story.setdefault(story_id, set()).add(user_id)
        else:
            by_speaker.setdefault(speaker_id, set()).add(user_id)
    raised = []
    for claim_id, old, new in changes:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        story_ids = stories.get(claim.article_id, [])
        users = set(by_speaker.get(claim.speaker_id, ()))
        for story_id in story_ids:
            users |= by_story.get(story_id, set())
        if not users:
            continue
        alert = raise_alert(
            kind=Alert.Kind.VERDICT,
            story_id=story_ids[0] if story_ids else None,
            claim_id=claim.pk,
            text=(
                f"Verdict on “{claim.text[:200]}” changed from {Claim.Verdict(old).label} "
                f"to {Claim.Verdict(new).label}."
            ),
            user_ids=sorted(users),
        )
        if alert:
            raised.append(alert)
    return raised


def raise_alert(
    *,
    kind: str,
    text: str,
    user_ids: list[int],
    story_id: int | None = None,
    claim_id: int | None = None,
    article_id: int | None = None,
) -> Alert | None:
    """Store the alert with its followers and a delivery for each active webhook, then,
    after the commit, send `alert_raised`. None when the article's alert exists."""
    try:
        with transaction.atomic():
            alert = Alert.objects.create(
                kind=kind, story_id=story_id, claim_id=claim_id, article_id=article_id, text=text
            )
            alert.followers.add(*user_ids)
            WebhookDelivery.objects.bulk_create(
                WebhookDelivery(webhook_id=pk, alert=alert)
                for pk in Webhook.objects.filter(active=True).values_list("pk", flat=True)
            )
            transaction.on_commit(lambda: alert_raised.send(sender=Alert, alert=alert), robust=True)
    except IntegrityError:
        return None
    return alert


def email_alert(*, alert_id: int) -> int:
    """E-mail the alert to its followers who have an address; returns how many got it."""
    alert = Alert.objects.filter(pk=alert_id).first()
    if alert is None:
        return 0
    addresses = [address for address in alert.followers.values_list("email", flat=True) if address]
    if not addresses:
        return 0
    messages = [
        (f"Claimdesk: {alert.get_kind_display()}", alert.text, None, [address])
        for address in addresses
    ]
    return send_mass_mail(messages)
