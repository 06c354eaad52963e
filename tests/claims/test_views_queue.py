"""The claim queue: filters, keyset pages and bulk verdicts."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim
from claims.views.queue import QUEUE_PAGE_SIZE
from sources.models import Article, Outlet, Speaker

HX = {"HTTP_HX_REQUEST": "true"}
QUEUE = reverse("claims:queue")


def rows(body: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'id="row-(\d+)"', body)]


@pytest.fixture
def many_claims(article):
    """Enough claims on one article for three pages, newest first by id."""
    words = article.text
    made = Claim.objects.bulk_create(
        Claim(article=article, start=i, end=i + 1, text=words[i], kind="figure")
        for i in range(QUEUE_PAGE_SIZE * 2 + 7)
    )
    return sorted(c.pk for c in made)[::-1]


def test_queue_page_and_fragment(seed, editor_client):
    page = editor_client.get(QUEUE).content.decode()
    assert "<html" in page and "Claim queue" in page and 'id="queue-results"' in page
    fragment = editor_client.get(QUEUE, {"verdict": "pending"}, **HX).content.decode()
    assert "<html" not in fragment and fragment.lstrip().startswith('<div id="queue-results">')
    assert len(rows(fragment)) == 5


def test_queue_filters_by_verdict_kind_speaker_outlet_hedge_and_text(seed, editor_client, editor):
    article, claims = seed
    claims[1].set_verdict(verdict="verified", by=editor)
    outlet = Outlet.objects.create(name="Frankfurter Rundschau")
    Article.objects.filter(pk=article.pk).update(outlet=outlet)
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")

    def shown(params):
        return set(rows(editor_client.get(QUEUE, params).content.decode()))

    assert shown({"verdict": "verified"}) == {claims[1].pk}
    assert shown({"kind": "damage"}) == {claims[4].pk}
    assert shown({"speaker": gladkov.pk}) == {claims[2].pk, claims[3].pk}
    assert shown({"outlet": outlet.pk}) == {c.pk for c in claims}
    assert shown({"hedged": "yes"}) == {claims[0].pk}
    assert shown({"q": "armored"}) == {claims[1].pk}
    assert shown({"published_from": "2023-05-24"}) == set()
    assert shown({"published_from": "2023-05-23", "kind": "casualty"}) == {
        claims[1].pk,
        claims[3].pk,
    }


def test_queue_keeps_the_chosen_speaker_in_the_filter_form(seed, editor_client):
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")
    page = editor_client.get(QUEUE, {"speaker": gladkov.pk}).content.decode()
    assert f'value="{gladkov.pk}" checked> Vyacheslav Gladkov' in page


def test_bad_filters_are_reported(seed, editor_client):
    body = editor_client.get(QUEUE, {"assignee": "bob", "verdict": "maybe"}).content.decode()
    assert "Fix the filters" in body and rows(body) == []


def test_keyset_pages_walk_forward_and_back(many_claims, editor_client):
    first = editor_client.get(QUEUE).content.decode()
    assert rows(first) == many_claims[:QUEUE_PAGE_SIZE]
    next_url = re.search(r'href="(\?[^"]*)" rel="next"', first).group(1).replace("&amp;", "&")
    assert 'rel="prev"' not in first

    second = editor_client.get(QUEUE + next_url, **HX).content.decode()
    assert rows(second) == many_claims[QUEUE_PAGE_SIZE : QUEUE_PAGE_SIZE * 2]
    third_url = re.search(r'href="(\?[^"]*)" rel="next"', second).group(1).replace("&amp;", "&")
    third = editor_client.get(QUEUE + third_url).content.decode()
    assert rows(third) == many_claims[QUEUE_PAGE_SIZE * 2 :]
    assert 'rel="next"' not in third

    prev_url = re.search(r'href="(\?[^"]*)" rel="prev"', third).group(1).replace("&amp;", "&")
    back = editor_client.get(QUEUE + prev_url).content.decode()
    assert rows(back) == many_claims[QUEUE_PAGE_SIZE : QUEUE_PAGE_SIZE * 2]
    prev_url = re.search(r'href="(\?[^"]*)" rel="prev"', back).group(1).replace("&amp;", "&")
    start = editor_client.get(QUEUE + prev_url).content.decode()
    assert rows(start) == many_claims[:QUEUE_PAGE_SIZE] and 'rel="prev"' not in start


def test_pages_keep_the_filters(many_claims, editor_client):
    body = editor_client.get(QUEUE, {"kind": "figure"}).content.decode()
    assert re.search(r'href="\?kind=figure&amp;cursor=a\d+" rel="next"', body)


def test_a_malformed_cursor_shows_the_first_page(many_claims, editor_client):
    body = editor_client.get(QUEUE, {"cursor": "a1;drop"}).content.decode()
    assert rows(body) == many_claims[:QUEUE_PAGE_SIZE]


def test_queue_uses_a_constant_number_of_queries(many_claims, editor_client, editor):
    def count(params):
        with CaptureQueriesContext(connection) as queries:
            editor_client.get(QUEUE, params)
        return len(queries)

    assert count({}) <= 12
    assert count({"cursor": f"a{many_claims[60]}", "kind": "figure", "assignee": "me"}) <= 12


def test_bulk_verdict_marks_the_selection(seed, editor_client, editor):
    _, claims = seed
    selection = [f"{c.pk}:{c.version}" for c in claims[:3]]
    response = editor_client.post(
        reverse("claims:bulk_verdict"),
        {"claim": selection, "verdict": "not_a_claim", "filters": "verdict=pending"},
        **HX,
    )
    body = response.content.decode()
    assert response.status_code == 200 and "Marked 3 claims not a claim." in body
    assert set(rows(body)) == {claims[3].pk, claims[4].pk}
    for claim in claims[:3]:
        claim.refresh_from_db()
        assert claim.verdict == "not_a_claim" and claim.events.get().user == editor


def test_bulk_verdict_skips_claims_changed_meanwhile(seed, editor_client, second_editor):
    _, claims = seed
    selection = [f"{c.pk}:{c.version}" for c in claims[:2]]
    claims[1].set_verdict(verdict="verified", by=second_editor)
    response = editor_client.post(
        reverse("claims:bulk_verdict"),
        {"claim": selection, "verdict": "unverifiable", "note": "No source"},
        follow=True,
    )
    body = response.content.decode()
    assert "Marked 1 claim unverifiable." in body
    assert "1 claim was changed by someone else first" in body
    claims[1].refresh_from_db()
    assert claims[1].verdict == "verified"


def test_bulk_verdict_needs_a_note_against_claims(seed, editor_client):
    _, claims = seed
    body = editor_client.post(
        reverse("claims:bulk_verdict"),
        {"claim": [f"{claims[0].pk}:1"], "verdict": "false"},
        **HX,
    ).content.decode()
    assert "a note is required" in body
    claims[0].refresh_from_db()
    assert claims[0].verdict == "pending"


def test_viewer_sees_no_bulk_form_and_cannot_post_it(seed, viewer_client):
    _, claims = seed
    page = viewer_client.get(QUEUE).content.decode()
    assert 'type="checkbox" name="claim"' not in page and "Apply to selected" not in page
    response = viewer_client.post(
        reverse("claims:bulk_verdict"), {"claim": [f"{claims[0].pk}:1"], "verdict": "verified"}
    )
    assert response.status_code == 403


@pytest.mark.parametrize("headers", [HX, {}], ids=["htmx", "page"])
def test_refused_bulk_verdict_keeps_the_selection_verdict_and_note(seed, editor_client, headers):
    _, claims = seed
    chosen = claims[:2]
    response = editor_client.post(
        reverse("claims:bulk_verdict"),
        {"claim": [f"{c.pk}:{c.version}" for c in chosen], "verdict": "unverifiable", "note": " "},
        **headers,
    )
    body = response.content.decode()
    assert response.status_code == 422 and "a note is required" in body
    assert ("<html" in body) == (not headers)
    ticked = set(map(int, re.findall(r'value="(\d+):\d+" checked', body)))
    assert ticked == {c.pk for c in chosen}
    assert re.search(r'<option value="unverifiable" selected>', body)
    assert not re.search(r'<option value="verified" selected>', body)
    assert Claim.objects.filter(verdict="pending").count() == len(claims)
