"""Speakers (list, track record, merge), exports, and the per-token rate limit."""

import csv
import io

import pytest
from django.core.cache import cache

from claims.models import Claim
from claims.track_records import refresh_speaker_stats
from sources.models import Speaker
from tests.api.conftest import problem


def _speaker(name: str) -> Speaker:
    return Speaker.objects.get(name=name)


def test_speaker_list_by_most_claims_and_search(viewer_api, seed):
    # The counters the list sorts by, as storing extracted claims refreshes them.
    refresh_speaker_stats(speaker_ids=list(Speaker.objects.values_list("pk", flat=True)))
    body = viewer_api.get("/api/speakers").json()
    names = [s["name"] for s in body["items"]]
    assert names[0] == "Vyacheslav Gladkov"  # two claims
    found = viewer_api.get("/api/speakers?q=gladkov").json()["items"]
    assert [s["name"] for s in found] == ["Vyacheslav Gladkov"]
    problem(viewer_api.get("/api/speakers?sort=loudest"), 422)


def test_speaker_comes_with_aliases_and_track_record(viewer_api, editor, seed):
    _, claims = seed
    gladkov = _speaker("Vyacheslav Gladkov")
    claims[3].set_verdict(verdict="false", note="Hospital says 3.", by=editor)
    body = viewer_api.get(f"/api/speakers/{gladkov.pk}").json()
    assert body["aliases"] == ["Gladkov", "Vyacheslav Gladkov"]
    record = {row["verdict"]: row["count"] for row in body["track_record"]["rows"]}
    assert record["false"] == 1 and record["pending"] == 1
    problem(viewer_api.get("/api/speakers/999999"), 404)


def test_editor_merges_two_speakers_and_their_claims_move(editor_api, viewer_api, seed):
    keep, drop = _speaker("Vyacheslav Gladkov"), _speaker("Dmitry Peskov")
    problem(
        viewer_api.post(
            f"/api/speakers/{keep.pk}/merge", {"drop": drop.pk}, content_type="application/json"
        ),
        403,
    )
    response = editor_api.post(
        f"/api/speakers/{keep.pk}/merge", {"drop": drop.pk}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["claims_moved"] == 1
    assert not Claim.objects.filter(speaker=drop).exists()
    merged = viewer_api.get(f"/api/speakers/{drop.pk}").json()
    assert merged["merged_into"] == keep.pk
    again = editor_api.post(
        f"/api/speakers/{keep.pk}/merge", {"drop": drop.pk}, content_type="application/json"
    )
    problem(again, 409)
    itself = editor_api.post(
        f"/api/speakers/{keep.pk}/merge", {"drop": keep.pk}, content_type="application/json"
    )
    problem(itself, 409)
    unknown = editor_api.post(
        f"/api/speakers/{keep.pk}/merge", {"drop": 999999}, content_type="application/json"
    )
    assert "drop" in problem(unknown, 422)["errors"]


@pytest.mark.parametrize(
    "fmt, content_type",
    [
        ("csv", "text/csv"),
        ("json", "application/json"),
        ("md", "text/markdown"),
        ("claimreview", "application/ld+json"),
        ("html", "text/html"),
    ],
)
def test_selection_export_streams_each_format(viewer_api, seed, fmt, content_type):
    response = viewer_api.get(f"/api/exports/claims?format={fmt}&kind=casualty")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith(content_type)
    assert "attachment" in response["Content-Disposition"]


def test_selection_export_applies_the_queue_filters(viewer_api, seed):
    response = viewer_api.get("/api/exports/claims?format=csv&kind=casualty")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {row["kind"] for row in rows} == {"casualty"}
    problem(viewer_api.get("/api/exports/claims?speaker=999999"), 422)
    problem(viewer_api.get("/api/exports/claims?format=docx"), 422)


def test_article_and_speaker_exports(viewer_api, seed):
    article, _ = seed
    response = viewer_api.get(f"/api/exports/articles/{article.pk}?format=pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    speaker = _speaker("Vyacheslav Gladkov")
    response = viewer_api.get(f"/api/exports/speakers/{speaker.pk}?format=json")
    assert response.status_code == 200
    problem(viewer_api.get("/api/exports/articles/999999"), 404)


def test_outsider_cannot_export(outsider_api, seed):
    problem(outsider_api.get("/api/exports/claims"), 403)


def test_token_over_its_rate_limit_gets_429_with_retry_after(
    viewer_api, editor_api, seed, settings
):
    cache.clear()
    settings.API_RATE_LIMIT = 3
    for _ in range(3):
        assert viewer_api.get("/api/claims").status_code == 200
    response = viewer_api.get("/api/claims")
    body = problem(response, 429)
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "3 requests" in body["detail"]
    # Counted per token: another token is not held back.
    assert editor_api.get("/api/claims").status_code == 200


@pytest.mark.broker
def test_rate_limit_is_counted_in_redis(viewer_api, seed, settings):
    from api.limits import _redis

    redis = _redis(settings.REDIS_URL)
    for key in redis.scan_iter("api-rate:*"):
        redis.delete(key)
    settings.API_RATE_LIMIT = 2
    assert viewer_api.get("/api/claims").status_code == 200
    assert viewer_api.get("/api/claims").status_code == 200
    problem(viewer_api.get("/api/claims"), 429)
    assert list(redis.scan_iter("api-rate:*"))
