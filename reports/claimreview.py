"""schema.org ClaimReview JSON-LD, one document per claim with a final verdict.

The rating mapping is documented in docs/reports.md: verified, misleading and
false sit on a numeric true–false scale; unverifiable is named but not rated,
because it says nothing about how true the claim is.
"""

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.urls import reverse

from claims.models import Claim
from reports.selection import Report
from tracking.appearances import repeated_in

CONTEXT = "https://schema.org"
BEST_RATING = 3
WORST_RATING = 1
# verdict -> (alternateName, ratingValue or None when the verdict is off the scale)
RATINGS: dict[str, tuple[str, int | None]] = {
    Claim.Verdict.VERIFIED: ("True", 3),
    Claim.Verdict.MISLEADING: ("Misleading", 2),
    Claim.Verdict.FALSE: ("False", 1),
    Claim.Verdict.UNVERIFIABLE: ("Unverifiable", None),
}
DOCUMENTS_PER_CHUNK = 200
# Escapes that leave the JSON equal but let it sit inside an HTML <script> element
# (as JSON-LD is published): a "</script>" in a claim's text cannot end the element.
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


# The public pages of published reviews, {claim id: absolute URL} for a chunk of
# claims. The app that publishes them (desk) stands on reports and registers its
# lookup here when it loads; without one, no claim has a public page.
PublishedUrls = Callable[[list[Claim]], dict[int, str]]
_published_urls: list[PublishedUrls] = []


def register_published_urls(lookup: PublishedUrls) -> None:
    _published_urls[:] = [lookup]


def published_urls(claims: list[Claim]) -> dict[int, str]:
    return _published_urls[0](claims) if _published_urls else {}


def review_url(claim: Claim) -> str:
    """The claim's anchor in its article's report on this site, for a review not
    published on a public page of its own."""
    report = reverse("reports:article", args=[claim.article_id])
    return f"{settings.SITE_URL}{report}#claim-{claim.pk}"


def rating(verdict: str) -> dict[str, Any]:
    name, value = RATINGS[verdict]
    result: dict[str, Any] = {"@type": "Rating", "alternateName": name}
    if value is not None:
        result.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    return result


def _organisation() -> dict[str, str]:
    organisation = {"@type": "Organization", "name": settings.CLAIMREVIEW_ORGANISATION_NAME}
    if settings.CLAIMREVIEW_ORGANISATION_URL:
        organisation["url"] = settings.CLAIMREVIEW_ORGANISATION_URL
    return organisation


def _claim_author(claim: Claim, name: str) -> dict[str, str] | None:
    """The speaker; for an unattributed claim, the outlet that published the article.

    An anonymous source ("officials", "a source in the ministry") is no one person, so
    it is an Organization. An unattributed claim is never given to the byline: the
    reporter or agency told of the claim, they did not make it.
    """
    if name:
        kind = claim.speaker.kind if claim.speaker_id else claim.speaker_kind
        schema_type = "Person" if kind in ("person", "") else "Organization"
        return {"@type": schema_type, "name": name}
    article = claim.article
    if article.outlet:
        return {"@type": "Organization", "name": article.outlet.name}
    host = urlsplit(article.url).hostname if article.url else None
    return {"@type": "Organization", "name": host} if host else None


def _appearance(article: dict[str, Any]) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "url": article["url"]}
    if article["title"]:
        work["headline"] = article["title"]
    if article["published"]:
        work["datePublished"] = article["published"].isoformat()
    if article["outlet"]:
        work["publisher"] = {"@type": "Organization", "name": article["outlet"]}
    return work


def _appearances(claims: list[Claim]) -> dict[int, list[dict[str, Any]]]:
    """Every article a claim appeared in: its own, others quoting the same speaker with
    the same words, and those carrying its repeated claim (three queries per chunk)."""
    quoted = Q()
    for claim in claims:
        if claim.speaker_id:
            quoted |= Q(speaker_id=claim.speaker_id, text=claim.text)
    seen: dict[tuple[int, str], list[dict[str, Any]]] = {}
    if quoted:
        rows = (
            Claim.objects.filter(quoted)
            .exclude(article__url="")
            .values(
                "speaker_id",
                "text",
                "article__url",
                "article__title",
                "article__published",
                "article__outlet__name",
            )
            .order_by("article__published", "article_id")
        )
        for row in rows:
            found = seen.setdefault((row["speaker_id"], row["text"]), [])
            if any(item["url"] == row["article__url"] for item in found):
                continue
            found.append(
                {
                    "url": row["article__url"],
                    "title": row["article__title"],
                    "published": row["article__published"],
                    "outlet": row["article__outlet__name"],
                }
            )
    repeats = repeated_in([claim.pk for claim in claims])
    result = {}
    for claim in claims:
        article = claim.article
        own = (
            [
                {
                    "url": article.url,
                    "title": article.title,
                    "published": article.published,
                    "outlet": article.outlet.name if article.outlet else None,
                }
            ]
            if article.url
            else []
        )
        others = seen.get((claim.speaker_id, claim.text), []) if claim.speaker_id else []
        urls = {item["url"] for item in own}
        listed = list(own)
        # The same claim in other words or by an unnamed speaker, grouped as repeated.
        for other in others + repeats.get(claim.pk, []):
            if other["url"] not in urls:
                urls.add(other["url"])
                listed.append(other)
        result[claim.pk] = [_appearance(item) for item in listed]
    return result


def claim_review(
    claim: Claim, appearances: list[dict[str, Any]], *, url: str = ""
) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    author = _claim_author(claim, claim.speaker_name)
    if author:
        item["author"] = author
    if claim.article.published:
        item["datePublished"] = claim.article.published.isoformat()
    if appearances:
        item["appearance"] = appearances
        item["firstAppearance"] = appearances[0]
    review_rating = rating(claim.verdict)
    if claim.verdict_note:
        review_rating["ratingExplanation"] = claim.verdict_note
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": url or review_url(claim),
        # What the speaker said: for a denial, the denial, not the words denied.
        "claimReviewed": claim.as_said,
        "datePublished": claim.verdict_at.date().isoformat(),
        "author": _organisation(),
        "reviewRating": review_rating,
        "itemReviewed": item,
    }


def review_of(claim: Claim, *, url: str) -> dict[str, Any]:
    """One claim's ClaimReview at `url` (a published fact-check's page)."""
    return claim_review(claim, _appearances([claim])[claim.pk], url=url)


def claim_reviews(report: Report) -> Iterator[dict[str, Any]]:
    """The ClaimReview documents of the report's claims with a final verdict."""
    chunk: list[Claim] = []
    reviewed = replace(
        report,
        claims=report.claims.filter(verdict__in=Claim.FINAL_VERDICTS, verdict_at__isnull=False),
    )
    for claim in reviewed.iter_claims():
        chunk.append(claim)
        if len(chunk) >= DOCUMENTS_PER_CHUNK:
            yield from _reviews(chunk)
            chunk = []
    yield from _reviews(chunk)


def _reviews(claims: Iterable[Claim]) -> Iterator[dict[str, Any]]:
    claims = list(claims)
    if not claims:
        return
    appearances = _appearances(claims)
    urls = published_urls(claims)
    for claim in claims:
        yield claim_review(claim, appearances[claim.pk], url=urls.get(claim.pk, ""))


def html_safe_json(document: Any) -> str:
    """`document` as JSON that can be embedded in HTML as it is: no "<", ">" or "&"."""
    return json.dumps(document, ensure_ascii=False).translate(_HTML_SAFE)


def claimreview_chunks(report: Report) -> Iterator[str]:
    """A JSON array of ClaimReview documents, each complete with its @context.

    Safe to paste into a <script type="application/ld+json"> element as it is.
    """
    yield "["
    first = True
    for document in claim_reviews(report):
        yield ("" if first else ",") + "\n" + html_safe_json(document)
        first = False
    yield "\n]\n"
