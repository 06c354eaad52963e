"""Group the claims of articles with their repeats and suggest their stories: for
articles extracted before tracking was installed, or while the broker was down."""

from django.core.management.base import BaseCommand

from sources.models import Article
from tracking.repeats import group_article
from tracking.stories import suggest_stories


class Command(BaseCommand):
    help = "Group repeated claims and suggest stories for the given articles (or all extracted)."

    def add_arguments(self, parser):
        parser.add_argument("article_ids", nargs="*", type=int)

    def handle(self, *args, article_ids: list[int], **options):
        articles = Article.objects.filter(extraction_state=Article.State.DONE)
        if article_ids:
            articles = articles.filter(pk__in=article_ids)
        joined = started = offered = 0
        for pk in articles.order_by("pk").values_list("pk", flat=True).iterator():
            grouped = group_article(article_id=pk)
            joined, started = joined + grouped.joined, started + grouped.started
            offered += len(suggest_stories(article_id=pk))
        self.stdout.write(
            f"{joined} claims joined a repeated claim, {started} started one; "
            f"{offered} story suggestions"
        )
