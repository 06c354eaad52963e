"""Story suggestion searches the filed articles alone: each filing carries its
article's headline and lede and its day, with a trigram index on the headline, in
place of 0005's index over every article.

That index answered "which articles are worded like this one" for every article
stored, filed or not, and each was then checked against the stories: ten thousand
unfiled copies of one wire report were all read again for every new copy.
The copy is kept in step by `StoryArticle.objects.copy_from_articles`, on filing and
whenever an article is saved.
"""

from django.db import migrations, models
from django.db.models import F, OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat, Substr, TruncDate


def copy_from_articles(apps, schema_editor):
    StoryArticle = apps.get_model("tracking", "StoryArticle")
    Article = apps.get_model("sources", "Article")
    article = Article.objects.filter(pk=OuterRef("article_id"))
    words = Concat(F("title"), Value(" "), Substr(F("text"), 1, 400), output_field=TextField())
    day = Coalesce(F("published"), TruncDate("created_at"))
    StoryArticle.objects.update(
        headline=Subquery(article.annotate(words=words).values("words")[:1]),
        day=Subquery(article.annotate(day=day).values("day")[:1]),
    )


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS article_headline_lede_trgm")
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS filing_headline_trgm ON tracking_storyarticle "
        "USING gin (headline gin_trgm_ops)"
    )
    # No statistics of the headline: with them the planner estimates how many
    # filings match by comparing the new headline with a hundred sampled ones, which
    # took longer than the query itself.
    schema_editor.execute(
        "ALTER TABLE tracking_storyarticle ALTER COLUMN headline SET STATISTICS 0"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS filing_headline_trgm")
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS article_headline_lede_trgm ON sources_article "
        "USING gin ((title || ' ' || substr(text, 1, 400)) gin_trgm_ops)"
    )
    schema_editor.execute("ALTER INDEX article_headline_lede_trgm ALTER COLUMN 1 SET STATISTICS 0")


class Migration(migrations.Migration):
    dependencies = [("tracking", "0006_story_ledger_version")]

    operations = [
        migrations.AddField(
            model_name="storyarticle",
            name="headline",
            field=models.TextField(default="", editable=False),
        ),
        migrations.AddField(
            model_name="storyarticle",
            name="day",
            field=models.DateField(editable=False, null=True),
        ),
        migrations.RunPython(copy_from_articles, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
