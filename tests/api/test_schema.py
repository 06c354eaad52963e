"""The OpenAPI document: valid, complete, and true of the running API (Schemathesis)."""

import pytest
import schemathesis
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.models import ApiToken
from claims.models import ClaimEvent, Evidence
from sources.ingest.errors import IngestError
from sources.models import Article, SpeakerMerge
from tests.api.conftest import token_client
from tests.seed import make_seed_claims
from tracking import stories
from tracking.models import FigureConflict, Follow, Story, StoryArticle

# Enough to reach every branch of a small API, few enough to stay near a minute.
EXAMPLES_PER_OPERATION = 12
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def _document(client) -> dict:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def _api_routes(resolver=None, prefix: str = "") -> set[str]:
    """Every route Django serves under /api/, as a template like /api/claims/{claim_id}."""
    resolver = resolver or get_resolver()
    routes = set()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            routes |= _api_routes(entry, route)
        elif isinstance(entry, URLPattern) and route.startswith("api/"):
            routes.add("/" + route)
    return routes


def test_schema_and_docs_are_for_signed_in_users(client, viewer_client):
    assert client.get("/api/openapi.json").status_code == 302
    assert client.get("/api/docs").status_code == 302
    docs = viewer_client.get("/api/docs")
    assert docs.status_code == 200
    # Swagger UI from the workbench's own static files, never a third-party CDN.
    assert "/static/ninja/swagger-ui-bundle.js" in docs.content.decode()
    assert "cdn" not in docs.content.decode().lower()


def test_openapi_document_is_valid(viewer_client):
    document = _document(viewer_client)
    assert document["openapi"].startswith("3.")
    # Raises on a document that breaks the OpenAPI meta-schema.
    schemathesis.openapi.from_dict(document).validate()


def test_every_url_under_api_is_in_the_document(viewer_client):
    documented = set(_document(viewer_client)["paths"])
    served = {
        route.replace("<int:", "{").replace(">", "}")
        for route in _api_routes()
        # The document itself, its docs page and the root that redirects there.
        if route not in ("/api/openapi.json", "/api/docs", "/api/")
    }
    assert served == documented


@pytest.fixture
def live_api(live_server, settings, monkeypatch):
    """The seed claims and a story of them, an editor's read-write and read-only tokens, no
    rate limit, and fetching switched off (generated addresses must not reach the network)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    from claims.roles import EDITORS, ensure_roles

    def no_fetch(url, **kwargs):
        raise IngestError("Fetching is switched off here.", field="url")

    monkeypatch.setattr("sources.services.fetch_url", no_fetch)
    settings.API_RATE_LIMIT = 1_000_000
    article, _ = make_seed_claims()
    ensure_roles(Group, Permission)
    editor = get_user_model().objects.create_user(username="schema-editor")
    editor.groups.add(Group.objects.get(name=EDITORS))
    # A story with the seed article's figures, so its lists and ledger have rows to answer.
    story = stories.create_story(title="Belgorod incursion", by=editor)
    stories.file_articles(story=story, article_ids=[article.pk], by=editor)
    writer = token_client(editor, ApiToken.Scope.WRITE, name="writer")
    reader = token_client(editor, ApiToken.Scope.READ, name="reader")
    signed_in = token_client(editor, ApiToken.Scope.READ, name="docs")
    signed_in.force_login(editor)
    schema = schemathesis.openapi.from_dict(_document(signed_in))
    return live_server.url, schema, writer.secret, reader.secret


def _operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


def _run(operation, test) -> None:
    strategy = operation.as_strategy()

    @given(case=strategy)
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        test(case)

    run()


def _changed_rows() -> tuple[int, ...]:
    return (
        Article.objects.count(),
        ClaimEvent.objects.count(),
        Evidence.objects.count(),
        SpeakerMerge.objects.count(),
        Story.objects.count(),
        StoryArticle.objects.count(),
        FigureConflict.objects.filter(explained_at__isnull=False).count(),
        Follow.objects.count(),
    )


def test_generated_requests_get_no_5xx_and_answers_match_the_schema(live_api):
    url, schema, write_secret, _ = live_api
    headers = {"Authorization": f"Bearer {write_secret}"}
    for operation in _operations(schema):
        _run(
            operation,
            lambda case: case.call_and_validate(base_url=url, headers=headers, checks=CHECKS),
        )


def test_changes_without_a_write_token_are_refused(live_api):
    url, schema, _, read_secret = live_api
    before = _changed_rows()
    writes = [op for op in _operations(schema) if op.method.upper() != "GET"]
    assert writes

    def refused(case):
        for headers, status in (({"Authorization": f"Bearer {read_secret}"}, 403), ({}, 401)):
            response = case.call(base_url=url, headers=headers)
            assert response.status_code == status, (case.path, response.text)

    for operation in writes:
        _run(operation, refused)
    assert _changed_rows() == before
