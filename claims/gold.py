"""What the desk's corrections say about the extractor.

An article every claim of which has a verdict is the desk's judgement of it: the
claims as editors left them (corrected, added, split, merged), without those
dismissed as not a claim. `gold_documents` writes those articles in the gold
format of claims/extraction/evaluation.py, so `evaluate_extraction` scores the
extractor against the desk; `desk_corrections` counts how often editors changed
what the extractor proposed, for the dashboard.
"""

import datetime
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from claims.models import Claim, ClaimEvent
from sources.models import Article

# What an editor's change says the extractor got wrong, by audit event (action, field).
CORRECTION_LABELS = {
    (ClaimEvent.Action.ATTRIBUTION, "speaker"): "Speaker corrected",
    (ClaimEvent.Action.CORRECTION, "figure"): "Figure edited",
    (ClaimEvent.Action.CORRECTION, "text"): "Span moved",
    (ClaimEvent.Action.CORRECTION, "kind"): "Kind changed",
    (ClaimEvent.Action.CORRECTION, "stance"): "Stance changed",
    (ClaimEvent.Action.CORRECTION, "hedged"): "Hedge changed",
    (ClaimEvent.Action.ADDED, "text"): "Claim added",
    (ClaimEvent.Action.SPLIT, "text"): "Claim split",
    (ClaimEvent.Action.COMBINED, "text"): "Claims merged",
}
NOT_A_CLAIM_LABEL = "Rejected as not a claim"
# Articles read per query while exporting: their texts are the bulk of the memory.
ARTICLES_PER_QUERY = 100


def reviewed_article_ids(
    *, since: datetime.date | None = None, article_id: int | None = None
) -> list[int]:
    """Articles every claim of which has a verdict, one given on or after `since`.

    Found from the verdicts rather than by probing every article (on the index on
    verdict_at): the dashboard asks on every visit.
    """
    verdicts = Claim.objects.filter(verdict_at__isnull=False)
    if since is not None:
        day = timezone.make_aware(datetime.datetime.combine(since, datetime.time.min))
        verdicts = verdicts.filter(verdict_at__gte=day)
    if article_id is not None:
        verdicts = verdicts.filter(article_id=article_id)
    reviewed = set(verdicts.order_by().values_list("article_id", flat=True).distinct())
    pending = set(
        Claim.objects.filter(article_id__in=reviewed, verdict=Claim.Verdict.PENDING)
        .order_by()
        .values_list("article_id", flat=True)
        .distinct()
    )
    return sorted(reviewed - pending)


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def gold_claim(claim: Claim) -> dict[str, Any]:
    """One claim as the desk left it, in the evaluation's gold shape.

    `evidence` is the claim's text, which the evaluation finds by its first
    occurrence in the article; `start` and `end` say where it really is.
    """
    return {
        "evidence": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "speaker": claim.said_by or None,
        "stance": claim.stance,
        "hedged": claim.hedged,
        "quantities": [
            {
                "value": _number(q.value),
                "lower": _number(q.lower),
                "upper": _number(q.upper),
                "approximate": q.approximate,
                "qualifier": q.qualifier,
                "category": q.category,
                "subject": q.subject,
            }
            for q in claim.quantity_list
        ],
    }


def gold_documents(
    *, since: datetime.date | None = None, article_id: int | None = None
) -> Iterator[dict[str, Any]]:
    """Every fully reviewed article as one gold document, an article at a time."""
    judged = (
        Claim.objects.exclude(verdict=Claim.Verdict.NOT_A_CLAIM)
        .select_related("speaker")
        .prefetch_related(Prefetch("quantities", to_attr="quantity_list"))
        .order_by("start", "pk")
    )
    ids = reviewed_article_ids(since=since, article_id=article_id)
    for first in range(0, len(ids), ARTICLES_PER_QUERY):
        yield from _documents(ids[first : first + ARTICLES_PER_QUERY], judged)


def _documents(ids: list[int], judged: QuerySet[Claim]) -> Iterator[dict[str, Any]]:
    for article in Article.objects.filter(pk__in=ids).order_by("pk"):
        yield {
            "id": f"article-{article.pk}",
            "title": article.title,
            "text": article.text,
            "claims": [gold_claim(claim) for claim in judged.filter(article=article)],
        }


@dataclass(frozen=True)
class DeskCorrections:
    """How often editors changed what the extractor proposed, over reviewed articles."""

    articles: int
    claims: int
    proposed: int
    speaker_corrected: int
    figure_edited: int
    added: int
    not_a_claim: int
    common: list[tuple[str, int]]

    def share(self, count: int, of: int) -> float | None:
        return count / of if of else None

    @property
    def shares(self) -> list[tuple[str, int, int, float | None]]:
        """(what, how many, of how many, share); shares of the extractor's proposals,
        except added claims, a share of every claim the desk kept or added."""
        rows = [
            ("Speaker corrected", self.speaker_corrected, self.proposed),
            ("Figure edited", self.figure_edited, self.proposed),
            ("Claim added", self.added, self.claims),
            (NOT_A_CLAIM_LABEL, self.not_a_claim, self.proposed),
        ]
        return [(label, n, of, self.share(n, of)) for label, n, of in rows]


def desk_corrections(*, since: datetime.date) -> DeskCorrections:
    """The desk's corrections on articles fully reviewed since `since`, in four
    queries: the articles (two), their claims counted, and their corrections counted
    over the audit events (a claim corrected twice the same way counts once)."""
    articles = reviewed_article_ids(since=since)
    claims = Claim.objects.filter(article_id__in=articles)
    proposed = Q(created_by__isnull=True)
    kept = ~Q(verdict=Claim.Verdict.NOT_A_CLAIM)
    totals = claims.aggregate(
        proposed=Count("pk", filter=proposed),
        kept=Count("pk", filter=kept),
        not_a_claim=Count("pk", filter=proposed & ~kept),
    )
    labelled = Q()
    for action, field in CORRECTION_LABELS:
        labelled |= Q(action=action, field=field)
    rows = (
        ClaimEvent.objects.filter(labelled, claim__article_id__in=articles)
        .values_list("action", "field")
        .annotate(
            claims=Count("claim", distinct=True),
            proposed=Count("claim", distinct=True, filter=Q(claim__created_by__isnull=True)),
        )
        .order_by()
    )
    counted: Counter[str] = Counter()
    proposed_counted: Counter[str] = Counter()
    for action, field, n, n_proposed in rows:
        counted[CORRECTION_LABELS[(action, field)]] += n
        proposed_counted[CORRECTION_LABELS[(action, field)]] += n_proposed
    counted[NOT_A_CLAIM_LABEL] = totals["not_a_claim"]
    return DeskCorrections(
        articles=len(articles),
        claims=totals["kept"],
        proposed=totals["proposed"],
        speaker_corrected=proposed_counted["Speaker corrected"],
        figure_edited=proposed_counted["Figure edited"],
        added=counted["Claim added"],
        not_a_claim=totals["not_a_claim"],
        common=[(label, n) for label, n in counted.most_common(5) if n],
    )
