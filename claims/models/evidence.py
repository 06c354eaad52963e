"""Evidence an editor attached to a claim."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class Evidence(models.Model):
    class Stance(models.TextChoices):
        SUPPORTS = "supports", "Supports"
        REFUTES = "refutes", "Refutes"
        CONTEXT = "context", "Context"

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=2000, blank=True)
    note = models.TextField(blank=True)
    stance = models.CharField(max_length=8, choices=Stance.choices, default=Stance.CONTEXT)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.url or self.note[:80]
