"""Report download links on the article review page, the claim queue and speaker pages."""

import html
import re

import pytest
from django.urls import reverse

from sources.models import Speaker

FORMATS = ["html", "pdf", "md", "csv", "json", "claimreview"]


def _links(page: str, export_url: str) -> dict[str, str]:
    """The page's download links to `export_url`, by format."""
    found = {}
    for href in re.findall(r'<a href="([^"]+)"', page):
        href = html.unescape(href)
        path, _, query = href.partition("?")
        fmt = re.search(r"(?:^|&)format=(\w+)", query)
        if path == export_url and fmt:
            found[fmt.group(1)] = href
    return found


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


@pytest.fixture(params=["editor", "viewer"])
def reader_client(request):
    return request.getfixturevalue(f"{request.param}_client")


def test_article_review_page_links_to_its_report(seed, reader_client, editor):
    article, claims = seed
    claims[1].set_verdict(verdict="verified", by=editor)
    page = reader_client.get(reverse("claims:article_review", args=[article.pk])).text
    links = _links(page, reverse("reports:article", args=[article.pk]))
    assert sorted(links) == sorted(FORMATS)
    response = reader_client.get(links["csv"])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert claims[1].text in _body(response)


def test_speaker_page_links_to_the_speakers_report(seed, reader_client, editor):
    _, claims = seed
    claims[3].set_verdict(verdict="verified", by=editor)
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")
    page = reader_client.get(reverse("claims:speaker", args=[gladkov.pk])).text
    links = _links(page, reverse("reports:speaker", args=[gladkov.pk]))
    assert sorted(links) == sorted(FORMATS)
    response = reader_client.get(links["md"])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    body = _body(response)
    assert claims[3].text in body and claims[1].text not in body


def test_queue_links_to_the_report_of_its_current_filters(seed, reader_client, editor):
    _, claims = seed
    claims[1].set_verdict(verdict="false", by=editor, note="Figures differ.")
    page = reader_client.get(reverse("claims:queue"), {"verdict": "false"}).text
    links = _links(page, reverse("reports:selection"))
    assert sorted(links) == sorted(FORMATS)
    assert links["json"] == reverse("reports:selection") + "?verdict=false&format=json"
    response = reader_client.get(links["json"])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = _body(response)
    assert claims[1].text in body and claims[3].text not in body


def test_queue_fragment_links_follow_the_filters_with_htmx(seed, reader_client):
    fragment = reader_client.get(
        reverse("claims:queue"),
        {"kind": "damage", "cursor": "a999999"},
        headers={"HX-Request": "true"},
    ).text
    assert "<html" not in fragment
    links = _links(fragment, reverse("reports:selection"))
    assert links["csv"] == reverse("reports:selection") + "?kind=damage&format=csv"


def test_queue_links_keep_the_filters_after_a_bulk_verdict(seed, editor_client):
    _, claims = seed
    response = editor_client.post(
        reverse("claims:bulk_verdict"),
        {"claim": [f"{claims[4].pk}:1"], "verdict": "verified", "filters": "kind=damage"},
        headers={"HX-Request": "true"},
    )
    links = _links(response.text, reverse("reports:selection"))
    assert links["html"] == reverse("reports:selection") + "?kind=damage&format=html"
    report = editor_client.get(links["html"])
    assert report["Content-Type"] == "text/html; charset=utf-8"
    assert claims[4].text in _body(report)


def test_queue_with_invalid_filters_offers_no_report(seed, reader_client):
    page = reader_client.get(reverse("claims:queue"), {"published_from": "not a date"}).text
    assert _links(page, reverse("reports:selection")) == {}


def test_pages_without_reviewed_claims_say_so_instead_of_offering_claimreview(seed, reader_client):
    article, _ = seed
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")
    pages = [
        (reverse("claims:article_review", args=[article.pk]), {}),
        (reverse("claims:speaker", args=[gladkov.pk]), {}),
        (reverse("claims:queue"), {"kind": "damage"}),
    ]
    for url, params in pages:
        page = reader_client.get(url, params).text
        assert "ClaimReview: no reviewed claims yet" in page
        assert "format=claimreview" not in page


def test_a_verdict_on_the_review_page_brings_the_claimreview_link(seed, editor_client):
    article, claims = seed
    response = editor_client.post(
        reverse("claims:claim_verdict", args=[claims[1].pk]),
        {"verdict": "verified", "version": 1},
        headers={
            "HX-Request": "true",
            "HX-Current-URL": f"http://testserver/articles/{article.pk}/",
        },
    )
    assert 'id="downloads" hx-swap-oob="true"' in response.text
    assert "format=claimreview" in response.text
