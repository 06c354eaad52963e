"""Where else a claim appears: what a claim card says about its repeated claim.

Read for a whole article at once, the first time one of its cards asks, so a page of
cards costs two queries however many cards it shows.
"""

import datetime
from dataclasses import dataclass

from claims.models import Claim
from tracking.models import RepeatedClaim, RepeatedClaimMember


@dataclass(frozen=True)
class Appearance:
    group: RepeatedClaim
    others: int  # other articles that carry the claim
    first_outlet: str
    first_date: datetime.date | None
    # The claim's own verdict contradicts the group's.
    disagrees: bool
    # The claim is still pending and the group has a final verdict to offer.
    suggests: bool


class RepeatIndex:
    """The repeated claims of the claims on a page, loaded an article at a time."""

    def __init__(self) -> None:
        self._loaded: set[int] = set()
        self._found: dict[int, tuple[RepeatedClaim, int, str, datetime.date | None]] = {}

    def of(self, claim: Claim) -> Appearance | None:
        if claim.article_id not in self._loaded:
            self._load(claim.article_id)
        found = self._found.get(claim.pk)
        if found is None:
            return None
        group, others, outlet, date = found
        return Appearance(
            group=group,
            others=others,
            first_outlet=outlet,
            first_date=date,
            disagrees=group.disagrees(claim.verdict),
            suggests=claim.verdict == Claim.Verdict.PENDING and group.verdict_is_final,
        )

    def _load(self, article_id: int) -> None:
        self._loaded.add(article_id)
        here = RepeatedClaimMember.objects.filter(claim__article_id=article_id)
        groups = {
            g.pk: g
            for g in RepeatedClaim.objects.filter(pk__in=here.values("group_id")).select_related(
                "verdict_by"
            )
        }
        if not groups:
            return
        rows = RepeatedClaimMember.objects.filter(group_id__in=groups).values_list(
            "group_id",
            "claim_id",
            "claim__article_id",
            "claim__article__published",
            "claim__article__created_at",
            "claim__article__outlet__name",
        )
        articles: dict[int, dict[int, tuple]] = {pk: {} for pk in groups}
        ours: dict[int, int] = {}
        for group_id, claim_id, other_id, published, created, outlet in rows:
            day = published or created.date()
            articles[group_id][other_id] = (day, other_id, outlet or "", published)
            if other_id == article_id:
                ours[claim_id] = group_id
        for claim_id, group_id in ours.items():
            carried = articles[group_id]
            if len(carried) < 2:
                continue
            _, _, outlet, published = min(carried.values())
            self._found[claim_id] = (groups[group_id], len(carried) - 1, outlet, published)


def repeated_in(claim_ids: list[int]) -> dict[int, list[dict]]:
    """The articles with a web address that carry each claim's repeated claim, oldest
    first (the claim's own included), for exports that list where a claim appeared."""
    groups = dict(
        RepeatedClaimMember.objects.filter(claim_id__in=claim_ids).values_list(
            "claim_id", "group_id"
        )
    )
    carried: dict[int, list[dict]] = {}
    for row in (
        RepeatedClaimMember.objects.filter(group_id__in=set(groups.values()))
        .exclude(claim__article__url="")
        .values(
            "group_id",
            "claim__article__url",
            "claim__article__title",
            "claim__article__published",
            "claim__article__outlet__name",
        )
        .order_by("claim__article__published", "claim__article_id")
    ):
        carried.setdefault(row["group_id"], []).append(
            {
                "url": row["claim__article__url"],
                "title": row["claim__article__title"],
                "published": row["claim__article__published"],
                "outlet": row["claim__article__outlet__name"],
            }
        )
    return {claim_id: carried.get(group_id, []) for claim_id, group_id in groups.items()}
