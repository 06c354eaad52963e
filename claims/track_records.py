"""Track records: what a speaker's or an outlet's claims came to, in counts and over time.

Also the speakers' list counters (claims, false share, latest claim), which are
the same counts kept on the speaker row so the list can sort by them.
"""

import datetime
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import BooleanField, Count, DateField, ExpressionWrapper, Max, Q, QuerySet
from django.db.models.functions import Coalesce, TruncDate, TruncMonth

from claims.models import Claim
from sources.models import Speaker


@dataclass(frozen=True)
class VerdictCount:
    verdict: str
    label: str
    count: int
    share: float


@dataclass(frozen=True)
class TrackRecord:
    counts: dict[str, int]
    months: list[tuple[datetime.date, dict[str, int]]]
    dismissed: int
    # Counted claims dated by their import, for want of the article's publication date.
    dated_by_import: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def reviewed(self) -> int:
        """Claims with a final verdict."""
        return sum(self.counts[verdict] for verdict in Claim.FINAL_VERDICTS)

    @property
    def rows(self) -> list[VerdictCount]:
        total = self.total
        return [
            VerdictCount(
                verdict=verdict,
                label=Claim.Verdict(verdict).label,
                count=self.counts[verdict],
                share=self.counts[verdict] / total if total else 0.0,
            )
            for verdict in Claim.COUNTED_VERDICTS
        ]


def claim_day(claim: str = ""):
    """The day a claim counts for in track records: its article's publication date, or
    the day the claim was stored when the article has none.

    An article imported long after it appeared would otherwise put its claims in the
    import month. `claim` is the path to the claim from the model queried
    (`"claims__"` from Speaker).
    """
    return Coalesce(f"{claim}article__published", TruncDate(f"{claim}created_at"))


def claim_month():
    return TruncMonth(claim_day(), output_field=DateField())


def dated_by_import(claim: str = "") -> Q:
    """The claims whose day is their import date: their article has no date."""
    return Q(**{f"{claim}article__published__isnull": True})


def track_record(*, claims: QuerySet) -> TrackRecord:
    """Counts by verdict and by month of the given claims, from one aggregate query."""
    counts = dict.fromkeys(Claim.COUNTED_VERDICTS, 0)
    by_month: dict[datetime.date, dict[str, int]] = {}
    dismissed = undated = 0
    rows = (
        claims.annotate(
            month=claim_month(),
            undated=ExpressionWrapper(dated_by_import(), output_field=BooleanField()),
        )
        .values("month", "verdict", "undated")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in rows:
        if row["verdict"] not in counts:
            dismissed += row["n"]
            continue
        counts[row["verdict"]] += row["n"]
        undated += row["n"] if row["undated"] else 0
        month = row["month"]
        if isinstance(month, datetime.datetime):
            month = month.date()
        month_counts = by_month.setdefault(month, dict.fromkeys(Claim.COUNTED_VERDICTS, 0))
        month_counts[row["verdict"]] += row["n"]
    return TrackRecord(
        counts=counts, months=_every_month(by_month), dismissed=dismissed, dated_by_import=undated
    )


def _every_month(
    by_month: dict[datetime.date, dict[str, int]],
) -> list[tuple[datetime.date, dict[str, int]]]:
    """Fill the months without claims, so the chart's time axis has no jumps."""
    if not by_month:
        return []
    month, last = min(by_month), max(by_month)
    months = []
    while month <= last:
        months.append((month, by_month.get(month, dict.fromkeys(Claim.COUNTED_VERDICTS, 0))))
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months


def refresh_speaker_stats(*, speaker_ids) -> None:
    """Recompute the list counters of these speakers from their claims.

    Call it inside the transaction that changed claims' speakers or verdicts,
    with the speakers on both sides of the change. Locking the rows first, in
    key order, makes concurrent refreshes of one speaker take turns, and each
    counts only after the other has committed, so no change is missed.
    """
    ids = sorted({pk for pk in speaker_ids if pk is not None})
    if not ids:
        return
    tracked = Q(claims__verdict__in=Claim.COUNTED_VERDICTS)
    counts = (
        Speaker.objects.filter(pk__in=ids)
        .values("pk")
        .annotate(
            n=Count("claims", filter=tracked),
            false_n=Count("claims", filter=Q(claims__verdict=Claim.Verdict.FALSE)),
            last=Max(claim_day("claims__"), filter=tracked),
        )
        .order_by()
    )
    select, params = counts.query.sql_with_params()
    speaker = connection.ops.quote_name(Speaker._meta.db_table)
    # One statement for all the speakers, from the counting query itself: bulk_update
    # built a CASE per speaker and field, which took longer in Python than the
    # database took for the whole refresh. Only the table's name and Django's own
    # compiled query are formatted into it.
    update = (
        f"UPDATE {speaker} SET claim_count = counts.n, false_count = counts.false_n, "  # noqa: S608
        "false_share = CASE WHEN counts.n > 0 "
        "THEN CAST(counts.false_n AS DOUBLE PRECISION) / counts.n ELSE 0 END, "
        f"last_claim_on = counts.last FROM ({select}) AS counts WHERE {speaker}.id = counts.pk"
    )
    with transaction.atomic():
        list(Speaker.objects.select_for_update().filter(pk__in=ids).order_by("pk").values("pk"))
        with connection.cursor() as cursor:
            cursor.execute(update, params)
