"""The signed-in user's notifications, newest first, and marking them read."""

import re

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from claims.pagination import BadCursor, Keyset
from claims.views.access import bad_page_link, render_page
from desk.models import Notification

PAGE_SIZE = 50
NEWEST_FIRST = Keyset(order=("-id",))


@require_GET
@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    mine = Notification.objects.for_user(request.user).select_related("actor")
    try:
        page = NEWEST_FIRST.page(mine, request.GET, size=PAGE_SIZE)
    except BadCursor:
        return bad_page_link()
    context = {
        "notifications": page.rows,
        "next_url": f"?cursor={page.next_cursor}" if page.next_cursor else None,
    }
    return render_page(request, "desk/notifications.html", context, partial="list")


@require_POST
@login_required
def notifications_read(request: HttpRequest) -> HttpResponse:
    """Mark the user's notifications read: one (`id`), or all."""
    mine = Notification.objects.for_user(request.user).unread()
    if re.fullmatch(r"[0-9]{1,18}", request.POST.get("id", "")):
        mine = mine.filter(pk=int(request.POST["id"]))
    mine.update(read=True)
    return redirect(reverse("desk:notifications"))
