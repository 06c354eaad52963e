"""Check the figure ledger's summary against the figures, or rebuild it from them.

The summary is kept in step by every change to the figures; this rebuilds it where
it was never built (stories filed before the summary existed, rows written by
hand) and, with --check, says whether anything differs without changing it.
"""

from django.core.management.base import BaseCommand, CommandError

from tracking.models import Story
from tracking.summary import differences, refresh


class Command(BaseCommand):
    help = (
        "Rebuild the figure ledger's summary of the given stories (or all); --check only compares."
    )

    def add_arguments(self, parser):
        parser.add_argument("story_ids", nargs="*", type=int)
        parser.add_argument(
            "--check",
            action="store_true",
            help="Report differences, change nothing.",
        )

    def handle(self, *args, story_ids: list[int], check: bool, **options):
        found = Story.objects.order_by("pk")
        if story_ids:
            found = found.filter(pk__in=story_ids)
            missing = sorted(set(story_ids) - set(found.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"No story numbered {', '.join(map(str, missing))}.")
        count = 0
        wrong = []
        for story_id in found.values_list("pk", flat=True).iterator():
            count += 1
            if check:
                wrong += differences(story_id=story_id)
            else:
                refresh(story_id=story_id)
        if wrong:
            for line in wrong:
                self.stderr.write(line)
            raise CommandError(f"The ledger summary differs from the figures in {len(wrong)} rows.")
        self.stdout.write(
            f"The ledger summary of {count} stories matches their figures."
            if check
            else f"Rebuilt the ledger summary of {count} stories."
        )
