from django.http import HttpRequest

from desk.models import Notification


def notifications(request: HttpRequest) -> dict:
    """The unread count for the bell in the header, counted only when a page shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": lambda: Notification.objects.for_user(user).unread().count()}
