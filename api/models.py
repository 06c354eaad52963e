"""API tokens: a secret a tool sends instead of signing in, kept only as its hash."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from claims.views.access import ADD_ARTICLE, EDIT_REGISTRY, REVIEW

# Every token starts with this, so a leaked one is recognisable in logs and secret scanners.
PREFIX = "cdk_"
# The part of a token kept in clear, enough to tell a user's tokens apart on their page.
SHOWN_CHARS = 12
# How stale "last used" may get before a request writes it again: a write per request
# would cost every call a query.
LAST_USED_PRECISION = timezone.timedelta(minutes=5)


def digest(secret: str) -> str:
    """The stored form of a token. A plain hash suffices: the secret is 256 random bits."""
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self) -> "ApiTokenQuerySet":
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    class Scope(models.TextChoices):
        READ = "read", "Read only"
        WRITE = "write", "Read and write"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, help_text="What the token is for: the tool using it.")
    scope = models.CharField(max_length=5, choices=Scope.choices, default=Scope.READ)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    shown = models.CharField(
        max_length=20, editable=False, help_text="The token's first characters."
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "name"],
                condition=models.Q(revoked_at__isnull=True),
                name="api_token_unique_active_name",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.shown}…)"

    @staticmethod
    def scope_problem(user, scope: str) -> str:
        """Why `user` may not hold a token of `scope` ("" when they may).

        A token writes only what its holder may change on the screens: someone
        who can change nothing (a viewer) holds read-only tokens.
        """
        if scope == ApiToken.Scope.WRITE and not can_write(user):
            return "Only editors can hold read-write tokens; choose read only."
        return ""

    @staticmethod
    def new_secret() -> str:
        return PREFIX + secrets.token_urlsafe(32)

    @property
    def writes(self) -> bool:
        return self.scope == ApiToken.Scope.WRITE

    def revoke(self) -> None:
        ApiToken.objects.filter(pk=self.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )

    def note_use(self) -> None:
        now = timezone.now()
        if self.last_used_at is None or now - self.last_used_at > LAST_USED_PRECISION:
            ApiToken.objects.filter(pk=self.pk).update(last_used_at=now)
            self.last_used_at = now


def can_write(user) -> bool:
    """Whether the user may change anything the API changes, as on the screens."""
    return any(user.has_perm(perm) for perm in (REVIEW, ADD_ARTICLE, EDIT_REGISTRY))
