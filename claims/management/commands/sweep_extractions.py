import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from claims.signals import sweeping
from claims.tasks import requeue_stuck_articles
from sources.tasks import requeue_stalled_imports


class Command(BaseCommand):
    help = (
        "Re-queue articles whose extraction, and import and export jobs that are stuck in "
        "queued or running (a broker outage or a dead worker). With --every, keep sweeping "
        "at that interval."
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
                # The apps above claims sweep their own work: (count, what) each.
                others = [said for _, said in sweeping.send(sender=Command, older_than=stuck)]
                done = [(count, "stuck article(s)"), (jobs, "stalled import(s)"), *others]
                if any(n for n, _ in done) or not every:
                    said = [f"{n} {what}" for n, what in done]
                    self.stdout.write(f"re-queued {', '.join(said[:-1])} and {said[-1]}")
            except DatabaseError as exc:
                # The loop outlives a database restart; the next sweep reconnects.
                self.stderr.write(f"sweep failed, will retry: {exc}")
            if not every:
                return
            close_old_connections()
            time.sleep(every)
