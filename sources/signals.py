"""Hooks for the apps built on sources: sources never imports them, they connect here."""

from django.dispatch import Signal

# Sent when a new article is stored, inside the storing transaction, with
# `article`. Claims connects its extraction queue here.
article_stored = Signal()
