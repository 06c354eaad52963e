"""Claims over the API: the queue with its filters and cursor, one claim in full, and the
editors' changes, version-checked as on the screens."""

from types import SimpleNamespace

import pytest

from claims.models import Claim, ClaimEvent
from claims.pagination import Keyset
from tests.api.conftest import problem


def _seed_claim(seed, text: str) -> Claim:
    _, claims = seed
    return next(c for c in claims if c.text.startswith(text))


def test_list_is_newest_first_with_worded_figures(viewer_api, seed):
    body = viewer_api.get("/api/claims").json()
    _, claims = seed
    assert [c["id"] for c in body["items"]] == sorted((c.pk for c in claims), reverse=True)
    casualty = next(c for c in body["items"] if c["text"].startswith("More than 70"))
    assert casualty["quantities"][0]["worded"] == "more than 70 killed"
    assert casualty["quantities"][0]["described"] == "more than 70 killed (Ukrainian terrorists)"
    assert casualty["speaker"]["name"] == "Igor Konashenkov"
    assert body["next_cursor"] is None


def test_pending_casualty_claims_filter(viewer_api, editor, seed):
    injured = _seed_claim(seed, "12 civilians")
    injured.set_verdict(verdict="verified", by=editor)
    body = viewer_api.get("/api/claims?verdict=pending&kind=casualty").json()
    assert [c["text"][:12] for c in body["items"]] == ["More than 70"]
    both = viewer_api.get("/api/claims?verdict=pending&verdict=verified&kind=casualty").json()
    assert len(both["items"]) == 2


def test_every_queue_filter_applies(viewer_api, editor, seed):
    article, claims = seed
    gladkov = _seed_claim(seed, "12 civilians").speaker
    assert {
        c["speaker"]["id"]
        for c in viewer_api.get(f"/api/claims?speaker={gladkov.pk}").json()["items"]
    } == {gladkov.pk}
    assert [c["hedge"] for c in viewer_api.get("/api/claims?hedged=yes").json()["items"]] == [
        "apparently"
    ]
    assert len(viewer_api.get("/api/claims?q=homes").json()["items"]) == 1
    claims[0].assign(assignee=editor, by=editor)
    assert [
        c["id"] for c in viewer_api.get(f"/api/claims?assignee={editor.pk}").json()["items"]
    ] == [claims[0].pk]
    assert len(viewer_api.get("/api/claims?assignee=none").json()["items"]) == len(claims) - 1


def test_cursor_pages_through_without_repeating(viewer_api, seed):
    _, claims = seed
    seen, cursor = [], ""
    while True:
        body = viewer_api.get(f"/api/claims?limit=2&cursor={cursor}").json()
        seen += [c["id"] for c in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert seen == sorted((c.pk for c in claims), reverse=True)


def test_bad_cursor_and_bad_filters_are_problems(viewer_api, seed):
    body = problem(viewer_api.get("/api/claims?cursor=nonsense"), 400)
    assert "cursor" in body["errors"]
    # Well-formed, but holding text where the list sorts by id.
    forged = Keyset(order=("name",)).cursor(SimpleNamespace(name="x"))
    problem(viewer_api.get(f"/api/claims?cursor={forged}"), 400)
    problem(viewer_api.get(f"/api/articles?cursor={forged}"), 400)
    body = problem(viewer_api.get("/api/claims?verdict=maybe"), 422)
    assert "verdict" in body["errors"]
    body = problem(viewer_api.get("/api/claims?speaker=999999"), 422)
    assert "speaker" in body["errors"]
    body = problem(
        viewer_api.get("/api/claims?published_from=2024-02-01&published_to=2024-01-01"), 422
    )
    assert "__all__" in body["errors"]


def test_claim_in_full_has_evidence_and_history(viewer_api, editor, seed):
    claim = _seed_claim(seed, "Damage was noted")
    claim.add_evidence(by=editor, stance="refutes", url="https://example.org/photos")
    claim.set_verdict(verdict="false", note="Photos show 3 homes.", by=editor)
    body = viewer_api.get(f"/api/claims/{claim.pk}").json()
    assert body["verdict"] == "false" and body["verdict_by"] == editor.username
    assert [q["worded"] for q in body["quantities"]] == ["29 damaged", "3 damaged"]
    assert body["evidence"][0]["url"] == "https://example.org/photos"
    assert [e["action"] for e in body["history"]] == ["evidence", "verdict"]
    assert body["article"]["id"] == claim.article_id


def test_missing_claim_is_404_problem(viewer_api, seed):
    problem(viewer_api.get("/api/claims/999999"), 404)


def test_editor_sets_a_verdict_with_the_version_seen(editor_api, editor, seed):
    claim = _seed_claim(seed, "More than 70")
    response = editor_api.post(
        f"/api/claims/{claim.pk}/verdict",
        {"verdict": "verified", "version": claim.version},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["verdict"] == "verified"
    assert response.json()["version"] == claim.version + 1
    event = ClaimEvent.objects.get(claim=claim)
    assert (event.user, event.new_value) == (editor, "verified")


def test_stale_verdict_is_409_with_the_current_claim(editor_api, second_editor, seed):
    claim = _seed_claim(seed, "More than 70")
    claim.set_verdict(verdict="verified", by=second_editor)
    response = editor_api.post(
        f"/api/claims/{claim.pk}/verdict",
        {"verdict": "false", "note": "No.", "version": 1},
        content_type="application/json",
    )
    body = problem(response, 409)
    assert body["current"]["verdict"] == "verified"
    assert body["current"]["version"] == 2
    assert Claim.objects.get(pk=claim.pk).verdict == "verified"


def test_verdict_against_a_claim_needs_a_note(editor_api, seed):
    claim = _seed_claim(seed, "More than 70")
    response = editor_api.post(
        f"/api/claims/{claim.pk}/verdict",
        {"verdict": "misleading", "version": 1},
        content_type="application/json",
    )
    assert "note" in problem(response, 422)["errors"]


def test_malformed_change_is_422_by_field(editor_api, seed):
    claim = _seed_claim(seed, "More than 70")
    response = editor_api.post(
        f"/api/claims/{claim.pk}/verdict", {"verdict": "nope"}, content_type="application/json"
    )
    errors = problem(response, 422)["errors"]
    assert {"verdict", "version"} <= set(errors)
    problem(
        editor_api.post(f"/api/claims/{claim.pk}/verdict", "{", content_type="application/json"),
        400,
    )


def test_verdict_on_a_missing_claim_is_404(editor_api, seed):
    response = editor_api.post(
        "/api/claims/999999/verdict",
        {"verdict": "verified", "version": 1},
        content_type="application/json",
    )
    problem(response, 404)


@pytest.mark.parametrize(
    "path, payload",
    [
        ("verdict", {"verdict": "verified", "version": 1}),
        ("assignment", {"assignee": None, "version": 1}),
        ("attribution", {"speaker": None, "version": 1}),
        ("evidence", {"stance": "context", "note": "Checked."}),
    ],
)
def test_changes_need_a_read_write_token_and_an_editor(
    editor_read_api, viewer_api, outsider_api, seed, path, payload
):
    claim = _seed_claim(seed, "More than 70")
    for client in (editor_read_api, viewer_api, outsider_api):
        response = client.post(
            f"/api/claims/{claim.pk}/{path}", payload, content_type="application/json"
        )
        problem(response, 403)
    claim.refresh_from_db()
    assert claim.version == 1 and not claim.evidence.exists()


def test_outsider_cannot_read_claims(outsider_api, seed):
    problem(outsider_api.get("/api/claims"), 403)


def test_attribution_corrects_and_clears_the_speaker(editor_api, seed):
    claim = _seed_claim(seed, "Damage was noted")
    gladkov = _seed_claim(seed, "12 civilians").speaker
    response = editor_api.post(
        f"/api/claims/{claim.pk}/attribution",
        {"speaker": gladkov.pk, "version": 1},
        content_type="application/json",
    )
    assert response.json()["speaker"]["id"] == gladkov.pk
    assert response.json()["attribution_state"] == "corrected"
    response = editor_api.post(
        f"/api/claims/{claim.pk}/attribution",
        {"speaker": None, "version": 2},
        content_type="application/json",
    )
    assert response.json()["speaker"] is None
    assert response.json()["attribution_state"] == "unattributed"
    unknown = editor_api.post(
        f"/api/claims/{claim.pk}/attribution",
        {"speaker": 999999, "version": 3},
        content_type="application/json",
    )
    assert "speaker" in problem(unknown, 422)["errors"]


def test_assignment_takes_editors_only(editor_api, editor, viewer, seed):
    claim = _seed_claim(seed, "More than 70")
    response = editor_api.post(
        f"/api/claims/{claim.pk}/assignment",
        {"assignee": editor.pk, "version": 1},
        content_type="application/json",
    )
    assert response.json()["assignee"] == {"id": editor.pk, "username": editor.username}
    refused = editor_api.post(
        f"/api/claims/{claim.pk}/assignment",
        {"assignee": viewer.pk, "version": 2},
        content_type="application/json",
    )
    assert "assignee" in problem(refused, 422)["errors"]
    stale = editor_api.post(
        f"/api/claims/{claim.pk}/assignment",
        {"assignee": None, "version": 1},
        content_type="application/json",
    )
    assert problem(stale, 409)["current"]["assignee"]["id"] == editor.pk


def test_evidence_is_added_and_listed(editor_api, viewer_api, seed):
    claim = _seed_claim(seed, "More than 70")
    response = editor_api.post(
        f"/api/claims/{claim.pk}/evidence",
        {"stance": "refutes", "url": "https://example.org/report"},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert response.json()["url"] == "https://example.org/report"
    listed = viewer_api.get(f"/api/claims/{claim.pk}/evidence").json()
    assert [e["stance"] for e in listed] == ["refutes"]
    empty = editor_api.post(
        f"/api/claims/{claim.pk}/evidence", {"stance": "context"}, content_type="application/json"
    )
    assert "__all__" in problem(empty, 422)["errors"]
    bad_url = editor_api.post(
        f"/api/claims/{claim.pk}/evidence",
        {"url": "javascript:alert(1)"},
        content_type="application/json",
    )
    assert "url" in problem(bad_url, 422)["errors"]
