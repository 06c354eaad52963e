from django.core.management.base import BaseCommand

from claims.track_records import refresh_speaker_stats
from sources.models import Speaker


class Command(BaseCommand):
    help = "Recompute every speaker's claim counters, e.g. after claims were changed in bulk."

    def handle(self, *args, **options):
        ids = list(Speaker.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), 500):
            refresh_speaker_stats(speaker_ids=ids[start : start + 500])
        self.stdout.write(f"Refreshed {len(ids)} speakers.")
