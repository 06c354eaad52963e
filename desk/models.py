"""The desk's models: comments on claims, in-app notifications, published fact-checks."""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from claims.models import Claim, ClaimEvent
from desk.markup import render


class Comment(models.Model):
    """One message in a claim's discussion thread, written in Markdown-lite."""

    # Long enough to fix a typo just sent; short enough that a reply never loses its context.
    EDIT_WINDOW = datetime.timedelta(minutes=10)

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["claim", "created_at", "id"])]

    def __str__(self) -> str:
        return self.body[:80]

    def rendered(self) -> SafeString:
        return render(self.body)

    def editable_by(self, user, *, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        return user.pk == self.author_id and now - self.created_at <= self.EDIT_WINDOW


class NotificationQuerySet(models.QuerySet):
    def unread(self) -> "NotificationQuerySet":
        return self.filter(read=False)

    def for_user(self, user) -> "NotificationQuerySet":
        return self.filter(recipient=user)


class Notification(models.Model):
    """Something a user should look at: who did what, about which claim (or elsewhere).

    Generic on purpose: `verb` says what happened, `claim` or `url` where to look.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    verb = models.CharField(max_length=200)
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    url = models.CharField(max_length=500, blank=True, help_text="Where to look, when not a claim.")
    read = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["recipient", "read", "id"])]

    def __str__(self) -> str:
        return self.verb

    def target_url(self) -> str:
        if self.claim_id:
            return reverse("claims:claim_card", args=[self.claim_id])
        return self.url


class FactCheckQuerySet(models.QuerySet):
    def published(self) -> "FactCheckQuerySet":
        return self.filter(state=FactCheck.State.PUBLISHED)


class FactCheck(models.Model):
    """A claim's verdict published for readers at /fact-checks/<slug>/."""

    class State(models.TextChoices):
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="fact_check")
    # Set once on first publication and never changed: readers and search engines keep it.
    slug = models.SlugField(max_length=80, unique=True)
    state = models.CharField(max_length=9, choices=State.choices)
    explanation = models.TextField()
    recheck_on = models.DateField(
        null=True, blank=True, help_text="When the verdict should be checked again."
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField()
    modified_at = models.DateTimeField()
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawal_reason = models.TextField(blank=True)

    objects = FactCheckQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["state", "-published_at", "-id"])]

    def __str__(self) -> str:
        return self.slug

    def get_absolute_url(self) -> str:
        return reverse("desk:fact_check", args=[self.slug])

    def public_url(self) -> str:
        return f"{settings.SITE_URL}{self.get_absolute_url()}"

    @property
    def is_published(self) -> bool:
        return self.state == FactCheck.State.PUBLISHED

    @staticmethod
    def publish_problem(claim: Claim, explanation: str) -> str:
        """Why this claim cannot be published with this explanation ("" when it can)."""
        if not explanation.strip():
            return "Write the public explanation readers will see."
        return FactCheck.verdict_problem(claim)

    @staticmethod
    def verdict_problem(claim: Claim) -> str:
        """Why the claim's verdict cannot be published as it stands ("" when it can)."""
        if claim.verdict not in Claim.FINAL_VERDICTS:
            return "Only a final verdict can be published."
        if claim.proposed_verdict:
            return "A verdict is awaiting sign-off: approve it or send it back first."
        if Claim.needs_sign_off(claim.verdict):
            last = claim.events.filter(field="verdict").order_by("-at", "-id").first()
            if last is None or last.action != ClaimEvent.Action.APPROVAL:
                return "This verdict has not been signed off by a second editor."
        return ""


class Correction(models.Model):
    """A change to a published verdict, shown on the public page with its note."""

    fact_check = models.ForeignKey(FactCheck, on_delete=models.CASCADE, related_name="corrections")
    old_verdict = models.CharField(max_length=12, choices=Claim.Verdict.choices)
    new_verdict = models.CharField(max_length=12, choices=Claim.Verdict.choices)
    note = models.TextField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return self.note[:80]
