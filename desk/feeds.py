"""The Atom feed of published fact-checks, newest first."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from desk.models import FactCheck

FEED_ITEMS = 50


class PublishedFactChecks(Feed):
    feed_type = Atom1Feed

    def title(self) -> str:
        return f"{settings.CLAIMREVIEW_ORGANISATION_NAME}: fact-checks"

    def link(self) -> str:
        return reverse("desk:index")

    def subtitle(self) -> str:
        return "Claims checked and published, newest first."

    def items(self):
        return (
            FactCheck.objects.published()
            .select_related("claim")
            .order_by("-published_at", "-id")[:FEED_ITEMS]
        )

    def item_title(self, item: FactCheck) -> str:
        return f"{item.claim.get_verdict_display()}: {item.claim.text}"

    def item_description(self, item: FactCheck) -> str:
        return item.explanation

    def item_link(self, item: FactCheck) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: FactCheck):
        return item.published_at

    def item_updateddate(self, item: FactCheck):
        return item.modified_at
