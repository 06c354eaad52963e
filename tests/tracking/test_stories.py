"""Stories: suggestions an editor answers once, filing, merging, and the bulk import."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tests.tracking.conftest import DAY, WIRE, WIRE_TITLE
from tracking import stories
from tracking.models import Story, StoryArticle, StorySuggestion
from tracking.similarity import match_from


def _story_with(article, editor, title="Belgorod incursion, May 2023") -> Story:
    story = stories.create_story(title=title, by=editor)
    stories.file_articles(story=story, article_ids=[article.pk], by=editor)
    return story


def test_an_article_on_the_same_event_is_suggested_for_its_story(file_report, editor):
    story = _story_with(file_report(), editor)
    article = file_report()
    suggestion = StorySuggestion.objects.get(article=article)
    assert suggestion.story == story
    assert suggestion.state == StorySuggestion.State.OFFERED
    assert "vyacheslav gladkov" in suggestion.reasons
    assert "same day" in suggestion.reasons


def test_an_unrelated_article_or_one_weeks_apart_is_not_suggested(file_report, editor):
    _story_with(file_report(), editor)
    file_report(
        "Heavy rain flooded the Danube delta, where the mayor of Tulcea said 3 roads were "
        "destroyed.",
        title="Floods close roads in the Danube delta",
    )
    file_report(published=DAY + datetime.timedelta(days=30))
    assert not StorySuggestion.objects.exists()


def test_a_closed_story_is_not_suggested(file_report, editor):
    story = _story_with(file_report(), editor)
    Story.objects.filter(pk=story.pk).update(state=Story.State.CLOSED)
    file_report()
    assert not StorySuggestion.objects.exists()


def test_a_rejected_suggestion_is_never_offered_again(file_report, editor):
    _story_with(file_report(), editor)
    article = file_report()
    suggestion = StorySuggestion.objects.get(article=article)
    stories.decide_suggestion(suggestion=suggestion, accept=False, by=editor)

    assert stories.suggest_stories(article_id=article.pk) == []
    suggestion.refresh_from_db()
    assert suggestion.state == StorySuggestion.State.REJECTED
    assert not StoryArticle.objects.filter(article=article).exists()


def test_accepting_a_suggestion_files_the_article(file_report, editor):
    story = _story_with(file_report(published=DAY), editor)
    article = file_report(published=DAY + datetime.timedelta(days=2))
    stories.decide_suggestion(
        suggestion=StorySuggestion.objects.get(article=article), accept=True, by=editor
    )
    filing = StoryArticle.objects.get(story=story, article=article)
    assert filing.added_by == editor
    story.refresh_from_db()
    assert story.latest == DAY + datetime.timedelta(days=2)


def test_merging_two_stories_keeps_every_article_once(file_report, editor):
    shared, first, second = file_report(), file_report(), file_report()
    keep = _story_with(first, editor, title="Belgorod incursion")
    drop = _story_with(second, editor, title="Shebekino shelling")
    stories.file_articles(story=keep, article_ids=[shared.pk], by=editor)
    stories.file_articles(story=drop, article_ids=[shared.pk], by=editor)

    stories.merge_stories(keep=keep, drop=drop, by=editor)

    assert not Story.objects.filter(pk=drop.pk).exists()
    assert sorted(keep.articles.values_list("pk", flat=True)) == sorted(
        [shared.pk, first.pk, second.pk]
    )


def test_import_articles_files_the_import_under_a_new_or_existing_story(tmp_path, db):
    lines = [
        {"title": f"Report {n}", "text": f"Report {n}: 4 soldiers were killed in Belgorod."}
        for n in range(3)
    ]
    path = tmp_path / "coverage.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines[:2]))
    out = io.StringIO()
    call_command("import_articles", str(path), "--story", "Belgorod", "--no-progress", stdout=out)
    story = Story.objects.get(title="Belgorod")
    assert f"story {story.pk} (new): filed 2 articles" in out.getvalue()
    assert story.articles.count() == 2

    path.write_text("\n".join(json.dumps(line) for line in lines))
    out = io.StringIO()
    call_command("import_articles", str(path), "--story", "Belgorod", "--no-progress", stdout=out)
    assert f"story {story.pk} (existing): filed 1 article " in out.getvalue()
    assert Story.objects.count() == 1 and story.articles.count() == 3


def test_import_articles_without_a_story_files_nothing(tmp_path, db):
    path = tmp_path / "one.txt"
    path.write_text("Officials said 4 soldiers were killed in Belgorod on Tuesday.")
    call_command("import_articles", str(path), "--no-progress", stdout=io.StringIO())
    assert not StoryArticle.objects.exists()


def test_shared_names_alone_do_not_make_a_suggestion(file_report, editor):
    _story_with(file_report(), editor)
    # The same governor and town, on another matter: the headline and lede are less
    # than WORDING_FLOOR alike, so the story is not looked at further.
    other = file_report(
        "Farmers near the border began the wheat harvest two weeks early this year, "
        "according to governor Vyacheslav Gladkov, who toured fields outside Shebekino.",
        title="Grain harvest begins early",
    )
    assert {"vyacheslav gladkov", "shebekino"} <= stories.names_in(other.text)
    assert not StorySuggestion.objects.filter(article=other).exists()


def _offered(article) -> set[int]:
    return set(StorySuggestion.objects.filter(article=article).values_list("story_id", flat=True))


def test_the_best_worded_stories_are_suggested_when_more_are_alike(file_report, editor):
    alike = [_story_with(file_report(), editor, title=f"Belgorod {n}") for n in range(3)]
    worded_apart = file_report(WIRE.replace("by the shelling on Monday", "in a drone strike"))
    _story_with(worded_apart, editor, title="Drone strikes")
    assert _offered(file_report()) == {story.pk for story in alike}


@pytest.mark.skipif("connection.vendor == 'postgresql'", reason="the fallback without pg_trgm")
def test_without_pg_trgm_a_bounded_number_of_the_windows_filings_is_measured(
    file_report, editor, monkeypatch
):
    _story_with(file_report(), editor, title="Belgorod, first")
    latest = _story_with(file_report(), editor, title="Belgorod, latest")
    monkeypatch.setattr(stories, "FALLBACK_FILINGS", 1)
    assert _offered(file_report()) == {latest.pk}


def test_a_story_is_suggested_from_its_articles_headline_and_text_as_corrected(file_report, editor):
    filed = file_report(
        "Heavy rain flooded the Danube delta, where the mayor of Tulcea said 3 roads were "
        "destroyed.",
        title="Floods close roads in the Danube delta",
    )
    story = _story_with(filed, editor)
    # The desk corrects the stored article (in the admin): it is the wire report.
    filed.title, filed.text = WIRE_TITLE, f"DESK - {WIRE}"
    filed.save(update_fields=["title", "text"])
    assert _offered(file_report()) == {story.pk}


def test_a_filed_articles_corrected_date_moves_it_out_of_the_window(file_report, editor):
    filed = file_report()
    _story_with(filed, editor)
    filed.published = DAY - datetime.timedelta(days=60)
    filed.save()
    assert _offered(file_report()) == set()


def test_a_merged_story_is_suggested_from_the_articles_it_took_over(file_report, editor):
    keep = stories.create_story(title="Belgorod incursion", by=editor)
    drop = _story_with(file_report(), editor, title="Belgorod shelling")
    stories.merge_stories(keep=keep, drop=drop, by=editor)
    assert _offered(file_report()) == {keep.pk}


@pytest.mark.postgres
def test_postgres_finds_the_articles_worded_alike_from_the_trigram_index(file_report, editor):
    _story_with(file_report(), editor)
    article = file_report(published=DAY + datetime.timedelta(days=1))
    StorySuggestion.objects.filter(article=article).delete()

    with CaptureQueriesContext(connection) as captured:
        assert stories.suggest_stories(article_id=article.pk)
    (query,) = [q["sql"] for q in captured if " % " in q["sql"]]
    with transaction.atomic(), connection.cursor() as cursor:
        match_from(stories.WORDING_FLOOR, from_index=True)
        cursor.execute(f"EXPLAIN {query}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "filing_headline_trgm" in plan
