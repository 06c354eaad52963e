"""Stories over the API: the list, a story with its articles, the editors' changes through
tracking's services, and the figure ledger in the story report's JSON shape."""

import io
import json

import pytest
from django.core.management import call_command

from tests.api.conftest import problem
from tests.tracking.conftest import DAY, file_report  # noqa: F401 (a fixture)
from tracking import stories
from tracking.models import FigureConflict, Story, StoryArticle

TITLE = "Blast at the market"
REPORTS = [
    ("Police said at least 40 people were killed in the blast on Monday.", "Reuters"),
    ("The health ministry said 12 people were killed in the blast on Monday.", "AP"),
]


def _post(client, url: str, body: dict):
    return client.post(url, body, content_type="application/json")


@pytest.fixture
def reports(file_report):  # noqa: F811
    """Two extracted reports of one blast whose tolls disagree: at least 40, and 12."""
    return [
        file_report(text, title=TITLE, outlet=outlet, published=DAY) for text, outlet in REPORTS
    ]


@pytest.fixture
def story(editor_api, reports, django_capture_on_commit_callbacks):
    """The blast's story, its reports filed over the API one after the other, as they come."""
    created = _post(editor_api, "/api/stories", {"title": TITLE}).json()
    for article in reports:
        with django_capture_on_commit_callbacks(execute=True):
            response = _post(
                editor_api, f"/api/stories/{created['id']}/articles", {"articles": [article.pk]}
            )
        assert response.status_code == 200, response.content
    return Story.objects.get(pk=created["id"])


def test_editor_creates_a_story(editor_api, editor):
    response = _post(editor_api, "/api/stories", {"title": " Flood ", "description": "Rains"})
    assert response.status_code == 201
    body = response.json()
    assert (body["title"], body["description"], body["state"]) == ("Flood", "Rains", "open")
    assert body["article_count"] == 0
    assert Story.objects.get(pk=body["id"]).created_by == editor


def test_a_story_needs_a_title(editor_api):
    body = problem(_post(editor_api, "/api/stories", {"title": "   "}), 422)
    assert list(body["errors"]) == ["title"]
    assert not Story.objects.exists()


def test_filing_articles_records_the_conflict_their_figures_open(story, reports, viewer_api):
    body = viewer_api.get(f"/api/stories/{story.pk}").json()
    assert body["article_count"] == 2
    assert [a["id"] for a in body["articles"]] == [a.pk for a in reports]
    assert body["latest"] == DAY.isoformat()
    (conflict,) = FigureConflict.objects.filter(story=story)
    assert conflict.type == FigureConflict.Type.DISAGREEMENT


def test_filing_again_adds_nothing(editor_api, story, reports):
    body = _post(editor_api, f"/api/stories/{story.pk}/articles", {"articles": [reports[0].pk]})
    assert body.json()["added"] == 0
    assert body.json()["story"]["article_count"] == 2


def test_filing_an_unknown_article_files_none(editor_api, reports):
    story = _post(editor_api, "/api/stories", {"title": TITLE}).json()
    response = _post(
        editor_api, f"/api/stories/{story['id']}/articles", {"articles": [reports[0].pk, 999999]}
    )
    body = problem(response, 422)
    assert body["errors"] == {"articles": ["No article numbered 999999; nothing was filed."]}
    assert not StoryArticle.objects.exists()


def test_list_searches_and_pages_with_article_counts(editor_api, viewer_api, story, editor):
    for n in range(3):
        stories.create_story(title=f"Quake {n}", by=editor)
    body = viewer_api.get("/api/stories?q=blast").json()
    assert [(s["id"], s["article_count"]) for s in body["items"]] == [(story.pk, 2)]
    seen, cursor = [], ""
    while True:
        body = viewer_api.get(f"/api/stories?limit=2&cursor={cursor}").json()
        seen += [s["title"] for s in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted([TITLE, "Quake 0", "Quake 1", "Quake 2"])
    problem(viewer_api.get("/api/stories?cursor=damaged"), 400)


def test_removing_an_article_keeps_the_article(editor_api, story, reports):
    url = f"/api/stories/{story.pk}/articles/{reports[0].pk}"
    assert editor_api.delete(url).status_code == 204
    assert list(story.articles.all()) == [reports[1]]
    reports[0].refresh_from_db()
    problem(editor_api.delete(url), 404)
    problem(editor_api.delete(f"/api/stories/{story.pk}/articles/999999"), 404)


def test_merging_moves_the_articles_and_deletes_the_other_story(editor_api, story, editor):
    other = stories.create_story(title="Market explosion", by=editor)
    stories.file_articles(story=other, article_ids=[story.articles.first().pk], by=editor)
    body = _post(editor_api, f"/api/stories/{story.pk}/merge", {"drop": other.pk}).json()
    assert (body["id"], body["article_count"]) == (story.pk, 2)
    assert not Story.objects.filter(pk=other.pk).exists()
    problem(_post(editor_api, f"/api/stories/{story.pk}/merge", {"drop": other.pk}), 422)
    problem(_post(editor_api, f"/api/stories/{story.pk}/merge", {"drop": story.pk}), 409)


def test_ledger_is_the_story_reports_json_with_conflict_ids(viewer_api, story):
    body = viewer_api.get(f"/api/stories/{story.pk}/ledger").json()
    out = io.StringIO()
    call_command("export_report", "--story", str(story.pk), "--format", "json", stdout=out)
    exported = json.loads(out.getvalue())
    (conflict,) = FigureConflict.objects.filter(story=story)
    assert body["conflicts"] == [{**exported["conflicts"][0], "id": conflict.pk}]
    assert {**body, "conflicts": exported["conflicts"]} == exported
    (killed,) = body["ledger"]
    assert [e["figure"] for e in killed["entries"]] == ["at least 40", "12"]
    assert [e["value"] for e in killed["entries"]] == [40, 12]


def test_editor_explains_a_conflict_and_it_stays_listed(editor_api, viewer_api, story, editor):
    (conflict,) = FigureConflict.objects.filter(story=story)
    url = f"/api/conflicts/{conflict.pk}/explain"
    note = "The ministry counts the hospital's dead only."
    body = _post(editor_api, url, {"note": note}).json()
    assert (body["id"], body["explained"], body["note"]) == (conflict.pk, True, note)
    conflict.refresh_from_db()
    assert conflict.explained_by == editor
    listed = viewer_api.get(f"/api/stories/{story.pk}/conflicts").json()
    assert [(c["id"], c["note"]) for c in listed] == [(conflict.pk, note)]
    assert viewer_api.get(f"/api/stories/{story.pk}/conflicts?state=open").json() == []
    explained = viewer_api.get(f"/api/stories/{story.pk}/conflicts?state=explained").json()
    assert len(explained) == 1


def test_a_conflict_is_explained_with_a_note(editor_api, story):
    (conflict,) = FigureConflict.objects.filter(story=story)
    body = problem(_post(editor_api, f"/api/conflicts/{conflict.pk}/explain", {"note": " "}), 422)
    assert list(body["errors"]) == ["note"]
    conflict.refresh_from_db()
    assert not conflict.explained
    problem(_post(editor_api, "/api/conflicts/999999/explain", {"note": "x"}), 404)


def test_viewers_read_stories_and_change_none(viewer_api, editor_read_api, story, reports):
    conflict = FigureConflict.objects.get(story=story)
    for url in ("", "/ledger", "/conflicts"):
        assert viewer_api.get(f"/api/stories/{story.pk}{url}").status_code == 200
    changes = [
        ("post", "/api/stories", {"title": "x"}),
        ("post", f"/api/stories/{story.pk}/articles", {"articles": [reports[0].pk]}),
        ("post", f"/api/stories/{story.pk}/merge", {"drop": story.pk}),
        ("post", f"/api/conflicts/{conflict.pk}/explain", {"note": "x"}),
        ("delete", f"/api/stories/{story.pk}/articles/{reports[0].pk}", None),
    ]
    for client in (viewer_api, editor_read_api):
        for method, url, body in changes:
            response = getattr(client, method)(url, body, content_type="application/json")
            problem(response, 403)
    assert Story.objects.count() == 1 and story.articles.count() == 2
    assert not FigureConflict.objects.filter(explained_at__isnull=False).exists()


def test_a_role_taken_away_is_taken_from_the_token(editor_api, editor, story):
    editor.groups.clear()
    problem(editor_api.get(f"/api/stories/{story.pk}"), 403)
    problem(_post(editor_api, "/api/stories", {"title": "x"}), 403)


def test_outsiders_and_anonymous_callers_read_no_story(outsider_api, client, story):
    problem(outsider_api.get("/api/stories"), 403)
    problem(outsider_api.get(f"/api/stories/{story.pk}/ledger"), 403)
    problem(client.get(f"/api/stories/{story.pk}/ledger"), 401)


def test_no_such_story_is_404(viewer_api, editor_api):
    for url in ("", "/ledger", "/conflicts"):
        problem(viewer_api.get(f"/api/stories/999999{url}"), 404)
    problem(_post(editor_api, "/api/stories/999999/articles", {"articles": [1]}), 404)
    problem(_post(editor_api, "/api/stories/999999/merge", {"drop": 1}), 404)
