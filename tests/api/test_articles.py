"""Articles over the API: the same ingest rules, limits and duplicate handling as the screens."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.tasks import extract_article_task
from sources.models import Article, ImportJob
from tests.api.conftest import problem
from tests.claims.test_views_ingest import Handler
from tests.http_server import serving
from tests.imports import run_imports

TEXT = (
    "Shelling hit Graivoron overnight. At least 4 people were injured, the regional "
    "governor said on Tuesday, and 11 houses were damaged."
)
NEW = {
    "title": "Shelling in Graivoron",
    "text": TEXT,
    "outlet": "Valley Post",
    "published": "2024-05-31",
}


def _post(client, path, payload):
    return client.post(path, payload, content_type="application/json")


def test_editor_imports_an_article_and_its_extraction_is_queued(
    editor_api, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = _post(editor_api, "/api/articles", NEW)
    assert response.status_code == 201, response.content
    body = response.json()
    article = Article.objects.get(pk=body["id"])
    assert (article.title, article.created_by, article.outlet.name) == (
        NEW["title"],
        editor,
        "Valley Post",
    )
    assert str(article.published) == "2024-05-31"
    assert body["extraction_state"] == "queued"
    assert callbacks, "extraction is sent after the commit"


@pytest.fixture
def sent(monkeypatch):
    """The extraction jobs sent, each with whether a transaction was still open then."""
    jobs = []
    monkeypatch.setattr(
        extract_article_task, "delay", lambda pk: jobs.append((pk, connection.in_atomic_block))
    )
    return jobs


@pytest.mark.django_db(transaction=True)
def test_an_import_stores_the_article_queued_in_one_commit_then_sends_its_job(editor_api, sent):
    with CaptureQueriesContext(connection) as queries:
        response = _post(editor_api, "/api/articles", NEW)
    assert response.status_code == 201, response.content
    article = Article.objects.get(pk=response.json()["id"])
    assert article.extraction_state == Article.State.QUEUED
    assert article.extraction_queued_at is not None
    assert sent == [(article.pk, False)], "sent once, after the commit"
    statements = [query["sql"] for query in queries]
    # The article is written once, queued as it is inserted, and no savepoint guards it.
    assert not [sql for sql in statements if sql.upper().startswith("SAVEPOINT")]
    writes = [sql.split()[0] for sql in statements if 'INTO "sources_article"' in sql]
    writes += [sql.split()[0] for sql in statements if sql.startswith('UPDATE "sources_article"')]
    assert writes == ["INSERT"]


@pytest.mark.django_db(transaction=True)
def test_a_copy_stored_between_the_check_and_the_insert_is_409_naming_it(
    editor_api, sent, monkeypatch
):
    first = _post(editor_api, "/api/articles", NEW).json()
    # Another import of the same text stored it after this one looked for a copy:
    # the first lookup (the duplicate check) finds nothing, the later ones find it.
    lookup = Article.objects.filter
    missed = []

    def racing_filter(*args, **kwargs):
        if not missed:
            missed.append(True)
            return Article.objects.none()
        return lookup(*args, **kwargs)

    monkeypatch.setattr(Article.objects, "filter", racing_filter)
    body = problem(_post(editor_api, "/api/articles", {**NEW, "title": "Again"}), 409)
    assert body["existing"] == {"id": first["id"], "title": NEW["title"]}
    assert "stored a moment ago" in body["detail"]
    assert Article.objects.count() == 1
    assert [pk for pk, _ in sent] == [first["id"]]


def test_the_same_text_again_is_409_naming_the_stored_copy(editor_api):
    first = _post(editor_api, "/api/articles", NEW).json()
    body = problem(_post(editor_api, "/api/articles", {**NEW, "title": "Again"}), 409)
    assert body["existing"] == {"id": first["id"], "title": NEW["title"]}
    assert Article.objects.count() == 1


def test_text_over_the_limit_is_413(editor_api, settings):
    settings.INGEST_MAX_TEXT_BYTES = 100
    body = problem(_post(editor_api, "/api/articles", NEW), 413)
    assert "the limit is" in body["errors"]["text"][0]
    assert not Article.objects.exists()


def test_request_over_the_size_limit_is_413(editor_api, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    problem(_post(editor_api, "/api/articles", {**NEW, "text": TEXT * 20}), 413)
    assert not Article.objects.exists()


def test_ingest_rules_answer_by_field(editor_api):
    assert (
        "text" in problem(_post(editor_api, "/api/articles", {**NEW, "text": "   "}), 422)["errors"]
    )
    assert (
        "published"
        in problem(_post(editor_api, "/api/articles", {**NEW, "published": "someday"}), 422)[
            "errors"
        ]
    )
    assert "title" in problem(_post(editor_api, "/api/articles", {"text": TEXT}), 422)["errors"]


def test_readers_cannot_import(viewer_api, editor_read_api):
    for client in (viewer_api, editor_read_api):
        problem(_post(client, "/api/articles", NEW), 403)
    assert not Article.objects.exists()


def test_list_searches_and_pages(editor_api, viewer_api):
    ids = [
        _post(
            editor_api, "/api/articles", {**NEW, "title": f"Report {n}", "text": f"{TEXT} {n}"}
        ).json()["id"]
        for n in range(3)
    ]
    page = viewer_api.get("/api/articles?limit=2").json()
    assert [a["id"] for a in page["items"]] == ids[::-1][:2]
    rest = viewer_api.get(f"/api/articles?limit=2&cursor={page['next_cursor']}").json()
    assert [a["id"] for a in rest["items"]] == [ids[0]] and rest["next_cursor"] is None
    assert [a["title"] for a in viewer_api.get("/api/articles?q=report 1").json()["items"]] == [
        "Report 1"
    ]
    problem(viewer_api.get("/api/articles?cursor=zz"), 400)


def test_article_comes_with_its_claims_in_reading_order(viewer_api, seed):
    article, claims = seed
    body = viewer_api.get(f"/api/articles/{article.pk}").json()
    assert body["text"] == article.text
    assert [c["id"] for c in body["claims"]] == [
        c.pk for c in sorted(claims, key=lambda c: (c.start, c.pk))
    ]
    problem(viewer_api.get("/api/articles/999999"), 404)


def test_extract_again_queues_the_article(
    editor_api, viewer_api, seed, django_capture_on_commit_callbacks
):
    article, _ = seed
    problem(viewer_api.post(f"/api/articles/{article.pk}/extract"), 403)
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor_api.post(f"/api/articles/{article.pk}/extract")
    assert response.status_code == 202
    assert response.json()["extraction_state"] == "queued"
    assert len(callbacks) == 1
    problem(editor_api.post("/api/articles/999999/extract"), 404)


@pytest.fixture
def page_server(settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    settings.INGEST_FETCH_TIMEOUT = 2
    with serving(Handler) as url:
        yield url


def test_fetching_an_address_answers_202_with_the_job_and_again_is_409(editor_api, page_server):
    response = _post(
        editor_api, "/api/articles/fetch", {"url": f"{page_server}/article", "title": "Port blast"}
    )
    assert response.status_code == 202, response.content
    job = response.json()
    assert job["state"] == "queued" and job["total"] == 1
    assert response["Location"] == f"/api/imports/{job['id']}"
    assert not Article.objects.exists()
    run_imports()
    done = editor_api.get(response["Location"]).json()
    [line] = done["report"]["items"]
    assert (done["state"], line["status"]) == ("done", "imported")
    assert Article.objects.get(pk=line["article_id"]).title == "Port blast"
    body = problem(_post(editor_api, "/api/articles/fetch", {"url": f"{page_server}/article"}), 409)
    assert body["existing"]["id"] == line["article_id"]


def test_a_fetch_failure_ends_the_job_with_the_reason_and_a_bad_address_is_422(
    editor_api, page_server
):
    response = _post(editor_api, "/api/articles/fetch", {"url": f"{page_server}/broken"})
    run_imports()
    [line] = editor_api.get(response["Location"]).json()["report"]["items"]
    assert line["status"] == "rejected"
    assert line["reason"] == "The page answered 500 Internal Server Error."
    body = problem(_post(editor_api, "/api/articles/fetch", {"url": "ftp://x.example/a"}), 422)
    assert "url" in body["errors"]


def test_a_fetch_of_an_internal_address_is_422_before_any_job(editor_api, settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    body = problem(_post(editor_api, "/api/articles/fetch", {"url": "http://2130706433/a"}), 422)
    assert body["errors"]["url"] == [
        "Refused: the address resolves to a private network (127.0.0.1)."
    ]
    assert not ImportJob.objects.exists()
