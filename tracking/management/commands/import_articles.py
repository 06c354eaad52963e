"""sources' import_articles, with --story to file what it imports under a story.

Sources cannot know about stories, so this command (found first, as tracking comes
before sources in INSTALLED_APPS) extends it from above: it listens to sources'
`article_stored` while the import runs and files those articles afterwards.
"""

from django.core.management.base import CommandError

from sources.management.commands import import_articles
from sources.signals import article_stored
from tracking import stories


class Command(import_articles.Command):
    help = import_articles.Command.help + (
        ' With --story "TITLE", files the imported articles under that story (created when '
        "new) and prints its number."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--story", help="File the imported articles under this story.")

    def handle(self, *args, story: str | None = None, **options):
        if not story:
            return super().handle(*args, **options)
        if not story.strip():
            raise CommandError("--story needs a title.")
        imported: list[int] = []

        def collect(sender, *, article, **kwargs) -> None:
            imported.append(article.pk)

        article_stored.connect(collect, weak=False, dispatch_uid="import_articles_story")
        try:
            super().handle(*args, **options)
        finally:
            article_stored.disconnect(dispatch_uid="import_articles_story")
            self._file(story, imported)

    def _file(self, title: str, imported: list[int]) -> None:
        # Filed by no one: the story page shows such filings as the import's.
        found, created = stories.story_named(title=title, by=None)
        added = stories.file_articles(story=found, article_ids=imported, by=None)
        self.stdout.write(
            f"story {found.pk} ({'new' if created else 'existing'}): "
            f"filed {added} article{'s' * (added != 1)} under “{found.title}”"
        )
