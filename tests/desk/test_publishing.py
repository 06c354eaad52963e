"""Publishing a verdict: public pages anonymous readers reach only when published,
ClaimReview at the public address, corrections, withdrawal, the embed and oEmbed."""

import datetime
import json
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Claim
from desk.models import FactCheck
from desk.services import correct, publish, withdraw
from reports.claimreview import claimreview_chunks
from reports.selection import article_report
from tests.reports.test_claimreview import validate

EXPLANATION = "The morgue lists nine dead; the governor's office later said nine."


def _published(claim, editor, **extra):
    claim.set_verdict(verdict="false", by=editor, note="The morgue lists 9.")
    return publish(claim=claim, by=editor, explanation=EXPLANATION, **extra)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def _json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_only_a_final_verdict_is_published(casualty, editor):
    with pytest.raises(ValidationError, match="final verdict"):
        publish(claim=casualty, by=editor, explanation=EXPLANATION)
    casualty.set_verdict(verdict="false", by=editor, note="n")
    with pytest.raises(ValidationError, match="explanation"):
        publish(claim=casualty, by=editor, explanation=" ")
    assert not FactCheck.objects.exists()


def test_under_sign_off_only_an_approved_verdict_is_published(
    casualty, editor, second_editor, settings
):
    settings.VERDICT_SIGN_OFF = True
    casualty.set_verdict(verdict="false", by=editor, note="The morgue lists 9.")
    with pytest.raises(ValidationError):
        publish(claim=casualty, by=editor, explanation=EXPLANATION)
    Claim(pk=casualty.pk).approve(by=second_editor)
    fact_check = publish(claim=casualty, by=editor, explanation=EXPLANATION)
    assert fact_check.is_published


def test_the_public_page_shows_the_claim_verdict_evidence_and_articles(casualty, editor, client):
    casualty.add_evidence(by=editor, stance="refutes", url="https://morgue.example/list")
    casualty.add_evidence(by=editor, stance="context", note="Called the office, no link.")
    fact_check = _published(casualty, editor)
    assert fact_check.slug == f"at-least-12-people-were-killed-{casualty.pk}"
    response = client.get(f"/fact-checks/{fact_check.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Maria Lopez" in html and "At least 12 people were killed" in html
    assert "False" in html and "The morgue lists nine dead" in html
    assert 'href="https://morgue.example/list"' in html
    assert 'href="https://valleypost.example/floods"' in html and "Valley Post" in html


def test_a_denial_is_shown_as_a_denial(denial, editor, client):
    # The extractor reads "denied" as the attribution; the stance is the editor's call.
    Claim.objects.filter(pk=denial.pk).update(stance=Claim.Stance.DENIES)
    fact_check = _published(Claim.objects.get(pk=denial.pk), editor)
    html = client.get(fact_check.get_absolute_url()).content.decode()
    assert re.search(r"Interior Ministry</span>\s*denied:", html)
    assert "said:" not in html


def test_the_public_pages_claimreview_validates_at_the_public_address(
    casualty, editor, client, settings
):
    settings.SITE_URL = "https://factcheck.example"
    fact_check = _published(casualty, editor, recheck_on=datetime.date(2027, 6, 1))
    document = _json_ld(client.get(fact_check.get_absolute_url()).content.decode())
    assert validate(document) == ([], [])
    assert document["url"] == f"https://factcheck.example/fact-checks/{fact_check.slug}/"
    assert document["reviewRating"]["ratingExplanation"] == EXPLANATION
    assert document["expires"] == "2027-06-01"
    assert document["dateModified"].startswith(fact_check.modified_at.date().isoformat())
    # The report's export points at the same public page.
    (exported,) = json.loads("".join(claimreview_chunks(article_report(article=casualty.article))))
    assert exported["url"] == document["url"]


def test_a_published_verdict_changes_only_with_a_correction(casualty, editor, client):
    fact_check = _published(casualty, editor)
    with pytest.raises(ValidationError, match="correction"):
        Claim(pk=casualty.pk).set_verdict(verdict="verified", by=editor)
    with pytest.raises(ValidationError, match="correction note"):
        correct(fact_check=fact_check, by=editor, verdict="misleading", note="n", correction="")
    correct(
        fact_check=fact_check,
        by=editor,
        verdict="misleading",
        note="Nine at the morgue, three missing.",
        correction="Three people listed missing have since been found dead.",
    )
    casualty.refresh_from_db()
    assert casualty.verdict == "misleading"
    html = client.get(fact_check.get_absolute_url()).content.decode()
    assert "verdict changed from False to Misleading" in html
    assert "Three people listed missing have since been found dead." in html
    document = _json_ld(html)
    assert document["reviewRating"]["alternateName"] == "Misleading"
    fact_check.refresh_from_db()
    assert document["dateModified"] == fact_check.modified_at.isoformat()
    assert fact_check.modified_at > fact_check.published_at


def test_a_withdrawn_fact_check_says_so_and_why_and_shows_nothing_else(casualty, editor, client):
    fact_check = _published(casualty, editor)
    withdraw(fact_check=fact_check, by=editor, reason="The figure came from a hoax account.")
    response = client.get(fact_check.get_absolute_url())
    assert response.status_code == 410
    html = response.content.decode()
    assert "withdrawn" in html and "The figure came from a hoax account." in html
    assert "At least 12" not in html and "ld+json" not in html
    assert client.get(f"{fact_check.get_absolute_url()}embed/").status_code == 404
    assert "At least 12" not in client.get(reverse("desk:index")).content.decode()
    assert "At least 12" not in client.get(reverse("desk:feed")).content.decode()
    # The verdict is free again for the desk.
    Claim(pk=casualty.pk).set_verdict(verdict="pending", by=editor)


def test_an_anonymous_crawl_of_every_public_page_finds_nothing_unpublished(
    extracted, editor, client, settings
):
    settings.SITE_URL = "http://testserver"
    _, claims = extracted
    shown, unpublished, withdrawn = claims[2], claims[1], claims[0]
    _published(shown, editor)
    unpublished.set_verdict(verdict="false", by=editor, note="Never published.")
    gone = _published(withdrawn, editor)
    withdraw(fact_check=gone, by=editor, reason="Withdrawn for the test.")
    start = [reverse("desk:index"), reverse("desk:feed")]
    seen, queue, pages = set(), list(start), {}
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code in (301, 302):
            assert "login" not in response["Location"], url
            continue
        body = response.content.decode()
        pages[url] = (response.status_code, body)
        parser = _Links()
        # oEmbed answers JSON whose "html" is the markup that links on.
        is_json = response["Content-Type"] == "application/json"
        parser.feed(json.loads(body)["html"] if is_json else body)
        for link in parser.links:
            absolute = urljoin("http://testserver" + url, link)
            parts = urlsplit(absolute)
            if parts.netloc == "testserver" and not parts.path.startswith("/static/"):
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    texts = "".join(body for _, body in pages.values())
    assert shown.text in texts
    assert unpublished.text not in texts and "Never published." not in texts
    assert withdrawn.text not in texts
    public = {urlsplit(u).path for u in pages}
    assert f"/fact-checks/{shown.fact_check.slug}/embed/" in public
    assert all(not path.startswith(("/claims/", "/desk/", "/reports/")) for path in public)
    # An unpublished claim has no public page, whatever address is guessed.
    for guess in (f"/fact-checks/claim-{unpublished.pk}/", f"/fact-checks/x-{unpublished.pk}/"):
        assert client.get(guess).status_code == 404


def test_the_index_lists_newest_first_and_the_feed_is_atom(extracted, editor, client):
    _, claims = extracted
    first = _published(claims[2], editor)
    second = _published(claims[1], editor)
    html = client.get(reverse("desk:index")).content.decode()
    assert html.index(second.get_absolute_url()) < html.index(first.get_absolute_url())
    feed = client.get(reverse("desk:feed"))
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert body.index(second.slug) < body.index(first.slug)


def test_the_embed_is_framable_scriptless_and_described_by_oembed(
    casualty, editor, client, settings
):
    settings.SITE_URL = "http://testserver"
    fact_check = _published(casualty, editor)
    embed = client.get(f"{fact_check.get_absolute_url()}embed/")
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed
    csp = embed["Content-Security-Policy"]
    assert "frame-ancestors *" in csp and "script-src 'self'" in csp
    html = embed.content.decode()
    assert "<script" not in html and "style=" not in html and "<style" not in html
    assert "At least 12 people were killed" in html
    # Every other page still refuses to be framed.
    page = client.get(fact_check.get_absolute_url())
    assert page["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"]
    answer = client.get(reverse("desk:oembed"), {"url": fact_check.public_url()}).json()
    assert answer["type"] == "rich" and answer["version"] == "1.0"
    assert f'src="{fact_check.public_url()}embed/"' in answer["html"]
    assert answer["title"] == "At least 12 people were killed"


def test_oembed_knows_nothing_unpublished_or_elsewhere(casualty, editor, client, settings):
    settings.SITE_URL = "http://testserver"
    casualty.set_verdict(verdict="false", by=editor, note="n")
    oembed = reverse("desk:oembed")
    for url in (
        f"http://testserver/fact-checks/claim-{casualty.pk}/",
        "http://elsewhere.example/fact-checks/x/",
        f"http://testserver/claims/{casualty.pk}/",
    ):
        assert client.get(oembed, {"url": url}).status_code == 404


def test_publishing_through_the_screen(casualty, editor, editor_client, viewer_client, client):
    casualty.set_verdict(verdict="false", by=editor, note="n")
    screen = reverse("desk:publishing", args=[casualty.pk])
    assert "publish-form" in editor_client.get(screen).content.decode()
    assert "publish-form" not in viewer_client.get(screen).content.decode()
    assert client.get(screen).status_code == 302  # sign-in first
    post = reverse("desk:publish", args=[casualty.pk])
    assert viewer_client.post(post, {"explanation": EXPLANATION}).status_code == 403
    response = editor_client.post(post, {"explanation": EXPLANATION})
    fact_check = FactCheck.objects.get()
    assert response.status_code == 302 and response["Location"] == fact_check.get_absolute_url()
    casualty.refresh_from_db()
    correct_url = reverse("desk:correct", args=[casualty.pk])
    refused = editor_client.post(
        correct_url, {"verdict": "verified", "version": casualty.version, "correction": ""}
    )
    assert refused.status_code == 422
    assert (
        viewer_client.post(
            correct_url, {"verdict": "verified", "version": casualty.version, "correction": "c"}
        ).status_code
        == 403
    )
    done = editor_client.post(
        correct_url, {"verdict": "verified", "version": casualty.version, "correction": "c"}
    )
    assert done.status_code == 302
    withdraw_url = reverse("desk:withdraw", args=[casualty.pk])
    assert viewer_client.post(withdraw_url, {"reason": "r"}).status_code == 403
    assert editor_client.post(withdraw_url, {"reason": "r"}).status_code == 302
    fact_check.refresh_from_db()
    assert fact_check.state == FactCheck.State.WITHDRAWN
