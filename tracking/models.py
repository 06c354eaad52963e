"""Cross-article tracking: stories the desk follows, and claims repeated across articles.

A story groups the articles on one event; a repeated claim groups the claims of
different articles that say the same thing, so it is verified once. Every claim
the grouping has seen belongs to exactly one group (most to a group of one), so a
new claim is matched against groups, never against every other claim.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from claims.models import Claim
from sources.models import Article


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

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-latest", "-pk"]
        verbose_name_plural = "stories"
        indexes = [models.Index(fields=["-latest", "-id"], name="story_latest")]

    def __str__(self) -> str:
        return self.title


class StoryArticle(models.Model):
    """An article filed under a story, by whom and when."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="filings")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="filings")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)

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
