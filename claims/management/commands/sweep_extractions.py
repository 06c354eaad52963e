import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from claims.tasks import requeue_stuck_articles
from sources.tasks import requeue_stalled_imports


class Command(BaseCommand):
    help = (
        "Re-queue articles whose extraction, and import jobs that are stuck in queued or "
        "running (a broker outage or a dead worker). With --every, keep sweeping at that "
        "interval."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=settings.EXTRACTION_STUCK_AFTER,
            help="Seconds an article or import may stay queued or running before it is stuck.",
        )
        parser.add_argument("--every", type=int, default=0, help="Seconds between sweeps.")

    def handle(self, *args, older_than: int, every: int, **options):
        while True:
            try:
                stuck = timedelta(seconds=older_than)
                count = requeue_stuck_articles(older_than=stuck)
                jobs = requeue_stalled_imports(older_than=stuck)
                if count or jobs or not every:
                    self.stdout.write(
                        f"re-queued {count} stuck article(s) and {jobs} stalled import(s)"
                    )
            except DatabaseError as exc:
                # The loop outlives a database restart; the next sweep reconnects.
                self.stderr.write(f"sweep failed, will retry: {exc}")
            if not every:
                return
            close_old_connections()
            time.sleep(every)
