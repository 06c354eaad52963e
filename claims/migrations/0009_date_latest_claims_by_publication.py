"""Date each speaker's latest claim by its article's publication date, as the
counters now do, instead of the day the claim was imported."""

from django.db import migrations
from django.db.models import Max
from django.db.models.functions import Coalesce, TruncDate

TRACKED = ["verified", "false", "misleading", "unverifiable", "pending"]


def redate_latest_claims(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    Speaker = apps.get_model("sources", "Speaker")
    day = Coalesce("article__published", TruncDate("created_at"))
    rows = (
        Claim.objects.filter(speaker__isnull=False, verdict__in=TRACKED)
        .values("speaker_id")
        .annotate(last=Max(day))
        .order_by()
    )
    Speaker.objects.bulk_update(
        [Speaker(pk=row["speaker_id"], last_claim_on=row["last"]) for row in rows],
        ["last_claim_on"],
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0008_claim_verdict_at_index"),
        ("sources", "0003_speaker_stats"),
    ]

    operations = [migrations.RunPython(redate_latest_claims, migrations.RunPython.noop)]
