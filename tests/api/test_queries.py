"""Lists answer in a fixed number of queries, however many rows a page holds."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Quantity


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_claims_page_costs_the_same_queries_for_one_claim_or_fifty(
    viewer_api, editor, seed, make_claims
):
    figure = {"value": Decimal(3), "category": "killed", "subject": "people"}
    for claim in make_claims(60):
        claim.correct(
            by=editor,
            expected_version=None,
            start=claim.start,
            end=claim.end,
            kind=Claim.Kind.CASUALTY,
            stance=claim.stance,
            hedged=False,
            figures=[figure],
        )
        claim.assign(assignee=editor, by=editor)
    assert Quantity.objects.filter(subject="people").count() == 60
    viewer_api.get("/api/claims")  # The token's first use is noted once.
    one = _queries(viewer_api, "/api/claims?limit=1")
    assert _queries(viewer_api, "/api/claims?limit=50") == one
    cursor = viewer_api.get("/api/claims?limit=50").json()["next_cursor"]
    assert _queries(viewer_api, f"/api/claims?limit=50&cursor={cursor}") == one


def _verdict_queries(client, claim: Claim) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.post(
            f"/api/claims/{claim.pk}/verdict",
            {"verdict": "verified", "version": claim.version},
            content_type="application/json",
        )
    assert response.status_code == 200, response.content
    return len(captured)


def test_a_verdict_answers_with_the_speaker_and_assignee_without_reading_them_again(
    editor_api, editor, seed
):
    _, claims = seed
    unattributed = next(c for c in claims if c.speaker_id is None and not c.quantities.exists())
    attributed = next(c for c in claims if c.speaker_id and not c.quantities.exists())
    attributed = attributed.assign(assignee=editor, by=editor)
    editor_api.get("/api/claims")  # The token's first use is noted once.
    bare = _verdict_queries(editor_api, unattributed)
    assert _verdict_queries(editor_api, attributed) == bare
    answer = editor_api.get(f"/api/claims/{attributed.pk}").json()
    assert answer["speaker"]["name"] == "Vyacheslav Gladkov"
    assert answer["assignee"]["id"] == editor.pk
