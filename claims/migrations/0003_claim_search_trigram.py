"""Trigram indexes for the queue's free-text search (PostgreSQL only; a no-op elsewhere).

The search is Django's icontains, which PostgreSQL runs as UPPER(column) LIKE
UPPER(pattern); indexing UPPER(column) with gin_trgm_ops lets it use the index
instead of scanning every claim.
"""

from django.db import migrations

INDEXES = {
    "claim_text_trgm": "text",
    "claim_speaker_text_trgm": "speaker_text",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON claims_claim "
            f"USING gin (UPPER({column}) gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_roles")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
