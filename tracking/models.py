"""Cross-article tracking: stories the desk follows, and claims repeated across articles.

A story groups the articles on one event; a repeated claim groups the claims of
different articles that say the same thing, so it is verified once. Every claim
the grouping has seen belongs to exactly one group (most to a group of one), so a
new claim is matched against groups, never against every other claim.
"""

import datetime
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat, Substr, TruncDate
from django.utils import timezone

from claims.models import Claim, Quantity
from sources.models import Article, Speaker


class StoryQuerySet(models.QuerySet):
    def open(self) -> "StoryQuerySet":
        return self.filter(state=Story.State.OPEN)


class Story(models.Model):
    class State(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    state = models.CharField(max_length=6, choices=State.choices, default=State.OPEN)
    articles = models.ManyToManyField(Article, through="StoryArticle", related_name="stories")
    # Publication date of the story's latest article (or the day it was filed when it
    # has none): the story list's order, kept by the services that file articles.
    latest = models.DateField(default=datetime.date.today)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Changed by every refresh of the ledger summary, in its transaction: the story
    # page's charts are cached under it (`tracking.overview`). A fresh random value,
    # not a counter, so a restored database or a test rolled back never meets the
    # cache entry of another story that had the same id and number.
    ledger_version = models.UUIDField(default=uuid.uuid4, editable=False)

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-latest", "-pk"]
        verbose_name_plural = "stories"
        indexes = [models.Index(fields=["-latest", "-id"], name="story_latest")]

    def __str__(self) -> str:
        return self.title


# How much of the text after the headline counts as the lede, in what story
# suggestion compares.
LEDE_CHARS = 400


def headline_and_lede() -> Concat:
    """An article's headline and the start of its text, in a query on articles: what
    story suggestion compares."""
    return Concat(
        F("title"), Value(" "), Substr(F("text"), 1, LEDE_CHARS), output_field=TextField()
    )


def article_day() -> Coalesce:
    """An article's day, in a query on articles: its publication date, or the day it
    was stored when it has none."""
    return Coalesce(F("published"), TruncDate("created_at"))


class StoryArticleQuerySet(models.QuerySet):
    def copy_from_articles(self) -> int:
        """Copy each filing's article headline, lede and day onto it."""
        article = Article.objects.filter(pk=OuterRef("article_id"))
        return self.update(
            headline=Subquery(article.annotate(words=headline_and_lede()).values("words")[:1]),
            day=Subquery(article.annotate(day=article_day()).values("day")[:1]),
        )


class StoryArticle(models.Model):
    """An article filed under a story, by whom and when."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="filings")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="filings")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)
    # The article's headline and lede and its day, copied when it is filed and when it
    # is edited (`copy_from_articles`): story suggestion searches the filed articles
    # alone through a trigram index on these (migration tracking 0007), however many
    # unfiled copies of a wire report the desk holds.
    headline = models.TextField(default="", editable=False)
    day = models.DateField(null=True, editable=False)

    objects = StoryArticleQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["story", "article"], name="story_article_once")
        ]

    def __str__(self) -> str:
        return f"article {self.article_id} in story {self.story_id}"


class StorySuggestion(models.Model):
    """A story an article likely belongs to, until an editor says yes or no.

    One row per article and story, so a rejected suggestion stays rejected: the
    suggester never offers that pair again.
    """

    class State(models.TextChoices):
        OFFERED = "offered", "Offered"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestions")
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="suggestions")
    score = models.FloatField()
    # Why it was suggested, in words an editor reads ("shared: Belgorod, Gladkov").
    reasons = models.CharField(max_length=500, blank=True)
    state = models.CharField(max_length=8, choices=State.choices, default=State.OFFERED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [models.UniqueConstraint(fields=["article", "story"], name="suggestion_once")]

    def __str__(self) -> str:
        return f"article {self.article_id} in story {self.story_id}? ({self.state})"


class RepeatedClaim(models.Model):
    """Claims of different articles that say the same thing, with one verdict for all.

    `key` says who said it and which figures, with their bounds and categories: only
    claims with the same key are ever grouped, so two claims with different figures
    never are. `text` is the first member's wording, which a new claim's wording is
    compared with. The verdict is the group's own; members keep theirs, and a
    member whose final verdict differs is shown as disagreeing, never overwritten.
    """

    key = models.CharField(max_length=64, db_index=True)
    text = models.TextField()
    verdict = models.CharField(
        max_length=12, choices=Claim.Verdict.choices, default=Claim.Verdict.PENDING
    )
    verdict_note = models.TextField(blank=True)
    verdict_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verdict_at = models.DateTimeField(null=True, blank=True)
    # Bumped by every verdict, so of two editors verifying the group at once one wins.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def verdict_is_final(self) -> bool:
        return self.verdict in Claim.FINAL_VERDICTS

    def disagrees(self, member_verdict: str) -> bool:
        """A member's own verdict contradicts the group's: both given, and different."""
        given = {Claim.Verdict.PENDING}
        return (
            self.verdict not in given
            and member_verdict not in given
            and member_verdict != self.verdict
        )


class RepeatedClaimMember(models.Model):
    group = models.ForeignKey(RepeatedClaim, on_delete=models.CASCADE, related_name="members")
    # A claim is in one group at most; the constraint makes re-grouping idempotent.
    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="repeat")
    similarity = models.FloatField(default=1.0)
    joined_at = models.DateTimeField(default=timezone.now)
    # The editor who split the claim out or joined its group by hand; the automatic
    # grouping never moves such a claim again.
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        indexes = [models.Index(fields=["group", "claim"], name="repeat_member_group")]
        constraints = [
            models.CheckConstraint(
                condition=Q(similarity__gte=0) & Q(similarity__lte=1), name="repeat_similarity"
            )
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} in repeated claim {self.group_id}"


# The figure ledger: conflicts between a story's figures, follows, alerts, webhooks.


class FigureConflict(models.Model):
    """Figures of one story and category whose ranges cannot both be true.

    Recorded when a figure enters the story's ledger (`figure`), with the claims it
    cannot agree with; never resolved by the machine. An editor explains it with a
    note, and it stays on the story page, note and all.
    """

    class Type(models.TextChoices):
        UPDATE = "update", "Update"
        DISAGREEMENT = "disagreement", "Disagreement"
        SCOPE = "scope", "Scope"
        UNSOURCED = "unsourced", "Unsourced"

    # What each type means, for the story page and the reports.
    MEANINGS = {
        Type.UPDATE: "a later figure from the same source",
        Type.DISAGREEMENT: "different sources at about the same time",
        Type.SCOPE: "figures of different things counted",
        Type.UNSOURCED: "a figure nobody is quoted for",
    }

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="conflicts")
    category = models.CharField(max_length=10, choices=Quantity.Category.choices)
    type = models.CharField(max_length=12, choices=Type.choices)
    figure = models.ForeignKey(Quantity, on_delete=models.CASCADE, related_name="+")
    claims = models.ManyToManyField(Claim, related_name="+")
    note = models.TextField(blank=True)
    explained_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    explained_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]
        constraints = [
            # Detection runs again after a retry or a refiling: a figure opens a
            # conflict of each type once.
            models.UniqueConstraint(fields=["story", "figure", "type"], name="conflict_once")
        ]

    def __str__(self) -> str:
        return f"{self.get_type_display()} of {self.category} figures in story {self.story_id}"

    @property
    def explained(self) -> bool:
        return self.explained_at is not None

    @property
    def meaning(self) -> str:
        return self.MEANINGS[self.type]

    def explain(self, *, note: str, by) -> None:
        """An editor's account of the conflict; it stays listed, with the note."""
        note = note.strip()
        if not note:
            raise ValidationError("Say how the figures are explained: a note is required.")
        self.note, self.explained_by, self.explained_at = note, by, timezone.now()
        FigureConflict.objects.filter(pk=self.pk).update(
            note=self.note, explained_by=by, explained_at=self.explained_at
        )


class LedgerDay(models.Model):
    """What one source reported of one category and subject on one day of a story: how
    many figures, the range they span together, and the figures at its ends and the
    latest one.

    The story page's ledger summary and charts and the conflict detection of a new
    article read these few hundred rows instead of every figure of the story. Kept
    by `tracking.summary` in the transaction of every change to the figures it sums
    up, and equal to what `rebuild_ledger` computes from them.
    """

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="ledger_days")
    category = models.CharField(max_length=10, choices=Quantity.Category.choices)
    # The articles' publication day; None for undated articles, which come last.
    published = models.DateField(null=True, blank=True)
    # Who the figures come from: "s<speaker id>", or the quoted name as written.
    source = models.CharField(max_length=220)
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    speaker_text = models.CharField(max_length=200, blank=True)
    # The figures' subject, as compared for a scope conflict (spaces and case folded).
    subject = models.CharField(max_length=200, blank=True)
    count = models.PositiveIntegerField()
    verified = models.PositiveIntegerField()
    # The counts every figure of the day allows together (see `tracking.ledger.span`).
    low = models.DecimalField(max_digits=24, decimal_places=4)
    high = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    lowest = models.ForeignKey(Quantity, on_delete=models.CASCADE, related_name="+")
    highest = models.ForeignKey(Quantity, on_delete=models.CASCADE, related_name="+")
    # The day's last figure in the ledger's order, the one the source stands by.
    latest = models.ForeignKey(Quantity, on_delete=models.CASCADE, related_name="+")

    class Meta:
        ordering = ["story", "category", "published", "source", "subject"]
        constraints = [
            models.UniqueConstraint(
                fields=["story", "category", "published", "source", "subject"],
                name="ledger_day_once",
            )
        ]
        indexes = [models.Index(fields=["story", "category", "published"], name="ledger_day_story")]

    def __str__(self) -> str:
        return f"{self.count} {self.category} figures of {self.source} in story {self.story_id}"


class Follow(models.Model):
    """An editor following a story or a speaker, to be alerted when its figures move."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(story__isnull=True) ^ Q(speaker__isnull=True), name="follow_one_thing"
            ),
            models.UniqueConstraint(
                fields=["user", "story"], condition=Q(story__isnull=False), name="follow_story_once"
            ),
            models.UniqueConstraint(
                fields=["user", "speaker"],
                condition=Q(speaker__isnull=False),
                name="follow_speaker_once",
            ),
        ]

    def __str__(self) -> str:
        followed = f"story {self.story_id}" if self.story_id else f"speaker {self.speaker_id}"
        return f"user {self.user_id} follows {followed}"


class Alert(models.Model):
    """Something a follower wants to hear of: what happened, where, when, and who follows it."""

    class Kind(models.TextChoices):
        FIGURE = "figure", "Figure moved"
        CONFLICT = "conflict", "Conflict opened"
        VERDICT = "verdict", "Verdict changed"

    kind = models.CharField(max_length=8, choices=Kind.choices)
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.CASCADE, related_name="alerts"
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The article whose figures raised it: a retried detection alerts once.
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # What happened, in the words the notification, the e-mail and the webhook carry.
    text = models.TextField()
    followers = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="alerts")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["story", "article"],
                condition=Q(article__isnull=False),
                name="alert_article_once",
            )
        ]

    def __str__(self) -> str:
        return self.text[:80]


def _webhook_secret() -> str:
    return secrets.token_urlsafe(32)


class Webhook(models.Model):
    """A desk's receiver of alerts: each alert is POSTed to `url` as signed JSON."""

    url = models.URLField(max_length=500)
    # Signs every delivery (HMAC-SHA256 over the timestamp and the body), so the
    # receiver can tell the desk's events from anyone else's posts.
    secret = models.CharField(max_length=64, default=_webhook_secret)
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.url


class WebhookDelivery(models.Model):
    """One alert sent to one webhook: the delivery log the webhook's page shows."""

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(max_length=9, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    # The last failure in words, for the delivery log.
    error = models.CharField(max_length=300, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-pk"]
        constraints = [
            # An alert is delivered to a webhook once, however often the task runs.
            models.UniqueConstraint(fields=["webhook", "alert"], name="delivery_once")
        ]

    def __str__(self) -> str:
        return f"alert {self.alert_id} to webhook {self.webhook_id}: {self.state}"
