"""A trigram index over each article's headline and lede, the expression the story
suggestion compares (tracking.stories.HeadlineAndLede), so the articles worded like a
new one come from the index instead of measuring every article of the window.

An index on the expression rather than a stored copy: it follows every change to a
headline or text by itself, and the index build covers the articles already stored.
PostgreSQL only; a no-op elsewhere.
"""

from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS article_headline_lede_trgm ON sources_article "
        "USING gin ((title || ' ' || substr(text, 1, 400)) gin_trgm_ops)"
    )
    # No statistics of the expression: with them the planner estimates how many
    # articles match by comparing the new headline with a hundred sampled ones, which
    # took longer (25 ms) than the query itself.
    schema_editor.execute("ALTER INDEX article_headline_lede_trgm ALTER COLUMN 1 SET STATISTICS 0")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_headline_lede_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0005_import_jobs"),
        ("tracking", "0004_key_unquoted_claims_by_wording"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
