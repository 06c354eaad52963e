"""Give the repeated claims nobody is quoted for and with no figure the key that now
includes their words (tracking.repeats.claim_key), so new claims find them."""

import hashlib
import json
import re

from django.db import migrations

_WORD = re.compile(r"[^\W_]+")
STANCES = ("asserts", "denies")


def _key(parts) -> str:
    return hashlib.sha256(json.dumps(parts, separators=(",", ":")).encode()).hexdigest()


def rekey(apps, schema_editor):
    RepeatedClaim = apps.get_model("tracking", "RepeatedClaim")
    crowded = {_key(["name:", stance, []]): stance for stance in STANCES}
    batch = []
    for group in (
        RepeatedClaim.objects.filter(key__in=crowded)
        .only("pk", "key", "text")
        .iterator(chunk_size=2000)
    ):
        words = " ".join(_WORD.findall(group.text.lower()))
        group.key = _key(["name:", crowded[group.key], [], words])
        batch.append(group)
        if len(batch) == 2000:
            RepeatedClaim.objects.bulk_update(batch, ["key"])
            batch = []
    RepeatedClaim.objects.bulk_update(batch, ["key"])


class Migration(migrations.Migration):
    dependencies = [("tracking", "0003_figure_ledger_summary")]

    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
