"""The dashboard: claims by verdict and kind, articles extracting, claims assigned to
the editor, how often the desk corrects the extractor, the latest activity."""

import datetime

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from claims.gold import desk_corrections
from claims.models import Claim, ClaimEvent
from claims.views.access import reader
from claims.views.cards import counts_table
from sources.models import Article

# The window of reviewed articles whose corrections the dashboard sums up.
CORRECTIONS_DAYS = 30


@require_GET
@reader
def dashboard(request: HttpRequest) -> HttpResponse:
    by_verdict = dict(Claim.objects.order_by().values_list("verdict").annotate(n=Count("id")))
    by_kind = dict(Claim.objects.order_by().values_list("kind").annotate(n=Count("id")))
    mine = Claim.objects.filter(assignee=request.user)
    context = {
        "counts": counts_table(by_verdict),
        "kinds": [(value, label, by_kind.get(value, 0)) for value, label in Claim.Kind.choices],
        "extracting": list(
            Article.objects.pending_extraction().defer("text").order_by("created_at", "id")[:10]
        ),
        "extracting_count": Article.objects.pending_extraction().count(),
        "mine": list(mine.pending().select_related("article").order_by("-id")[:10]),
        "mine_count": mine.pending().count(),
        "mine_done": mine.exclude(verdict=Claim.Verdict.PENDING).count(),
        "activity": list(
            ClaimEvent.objects.select_related("user", "claim__article")
            .defer("claim__article__text")
            .order_by("-at", "-id")[:15]
        ),
        "corrections": desk_corrections(
            since=timezone.localdate() - datetime.timedelta(days=CORRECTIONS_DAYS)
        ),
        "corrections_days": CORRECTIONS_DAYS,
    }
    return render(request, "claims/dashboard.html", context)
