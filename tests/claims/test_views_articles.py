"""The dashboard, the article list, the paste form and extraction progress."""

import pytest
from django.urls import reverse

from sources.models import Article, Outlet

HX = {"HTTP_HX_REQUEST": "true"}


def test_home_is_the_dashboard_with_counts_queue_and_activity(seed, editor_client, editor):
    _, claims = seed
    claims[1].set_verdict(verdict="verified", by=editor, note="Ministry list")
    claims[2].assign(assignee=editor, by=editor)
    page = editor_client.get("/").content.decode()
    assert "<h1>Dashboard</h1>" in page
    assert '<span class="n">5</span> claims' in page
    assert (
        '<span class="n">1</span> verified' in page and '<span class="n">2</span> casualty' in page
    )
    assert "Assigned to me, pending <small>(1)</small>" in page and claims[2].text[:40] in page
    assert "<strong>erin-editor</strong> marked the claim verified (was pending)" in page
    assert f"in {claims[1].article.title[:40]}" in page


def test_dashboard_lists_articles_still_extracting(seed, editor_client):
    article, _ = seed
    Article.objects.filter(pk=article.pk).update(extraction_state=Article.State.RUNNING)
    page = editor_client.get(reverse("claims:dashboard")).content.decode()
    assert "Still extracting <small>(1)</small>" in page and article.title in page


def test_header_shows_the_user_and_sign_out(editor_client):
    page = editor_client.get("/").content.decode()
    assert "erin-editor" in page and "Sign out" in page
    assert 'href="/speakers/"' in page and 'href="/claims/"' in page


def test_sign_in_form_signs_in_and_lands_on_the_dashboard(client, editor):
    editor.set_password("a long test password")
    editor.save()
    response = client.post(
        reverse("login"), {"username": editor.username, "password": "a long test password"}
    )
    assert response.status_code == 302 and response.url == "/"
    assert "<h1>Dashboard</h1>" in client.get(response.url).content.decode()
    client.post(reverse("logout"))
    assert client.get("/").status_code == 302


def test_article_list_shows_state_and_counts_per_verdict(seed, viewer_client, editor):
    article, claims = seed
    claims[0].set_verdict(verdict="verified", by=editor)
    page = viewer_client.get(reverse("claims:article_list")).content.decode()
    row = page[page.index(f'id="article-{article.pk}"') :]
    row = row[: row.index("</tr>")]
    assert article.title in row and ">done<" in row
    assert "4 pending" in row and "1 verified" in row
    assert "Add article" not in page


def test_article_list_searches_title_and_outlet(seed, editor_client):
    article, _ = seed
    other = Article.objects.create(
        title="Harvest report",
        text="Wheat.",
        content_hash="x" * 64,
        outlet=Outlet.objects.create(name="Farmers Weekly"),
    )
    url = reverse("claims:article_list")
    by_title = editor_client.get(url, {"q": "belgorod"}).content.decode()
    assert article.title in by_title and other.title not in by_title
    by_outlet = editor_client.get(url, {"q": "farmers"}, **HX).content.decode()
    assert other.title in by_outlet and article.title not in by_outlet
    assert "<html" not in by_outlet and 'id="article-results"' in by_outlet


def test_running_extraction_polls_until_done(seed, editor_client):
    article, _ = seed
    Article.objects.filter(pk=article.pk).update(extraction_state=Article.State.RUNNING)
    state_url = reverse("claims:article_state", args=[article.pk])
    page = editor_client.get(reverse("claims:article_list")).content.decode()
    assert f'hx-get="{state_url}" hx-trigger="every 2s"' in page and "<progress" in page
    running = editor_client.get(state_url, **HX).content.decode()
    assert 'hx-trigger="every 2s"' in running and running.lstrip().startswith("<tr")
    Article.objects.filter(pk=article.pk).update(extraction_state=Article.State.DONE)
    done = editor_client.get(state_url, **HX).content.decode()
    assert "hx-trigger" not in done and "5 pending" in done


def test_review_page_refreshes_itself_when_extraction_finishes(seed, editor_client):
    article, _ = seed
    Article.objects.filter(pk=article.pk).update(extraction_state=Article.State.QUEUED)
    page = editor_client.get(reverse("claims:article_review", args=[article.pk])).content.decode()
    assert 'id="extraction"' in page and "every 2s" in page
    url = reverse("claims:article_state", args=[article.pk]) + "?on=review"
    assert "Extracting claims" in editor_client.get(url, **HX).content.decode()
    Article.objects.filter(pk=article.pk).update(extraction_state=Article.State.DONE)
    assert editor_client.get(url, **HX).headers["HX-Refresh"] == "true"


def test_failed_extraction_shows_its_error(seed, editor_client):
    article, _ = seed
    Article.objects.filter(pk=article.pk).update(
        extraction_state=Article.State.FAILED, extraction_error="ValueError: <bad> input"
    )
    page = editor_client.get(reverse("claims:article_review", args=[article.pk])).content.decode()
    assert "Extraction failed: ValueError: &lt;bad&gt; input" in page


PASTED = {
    "title": "Shelling in Graivoron",
    "outlet": "Regional Courier",
    "url": "https://courier.example.org/graivoron",
    "published": "2023-05-24",
    "text": "Belgorod governor Vyacheslav Gladkov said 3 people were injured.",
}


def test_editor_adds_an_article_by_pasting_text(
    editor_client, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor_client.post(reverse("claims:article_add"), PASTED)
    article = Article.objects.get(title="Shelling in Graivoron")
    assert response.status_code == 302
    assert response.url == reverse("claims:article_review", args=[article.pk])
    assert article.outlet.name == "Regional Courier" and str(article.published) == "2023-05-24"
    assert article.created_by == editor and article.extraction_state == Article.State.QUEUED
    assert len(callbacks) == 1


def test_pasting_a_stored_article_goes_to_the_stored_copy(editor_client):
    editor_client.post(reverse("claims:article_add"), PASTED)
    first = Article.objects.get()
    response = editor_client.post(
        reverse("claims:article_add"), {**PASTED, "title": "Again"}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("claims:article_review", args=[first.pk])
    assert "already in the workbench" in response.content.decode()
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": ""}, "title", "A title is required."),
        ({"title": "x" * 301}, "title", "The title is 301 characters; the limit is 300."),
        ({"text": "   "}, "text", "Paste the article"),
        ({"url": "ftp://example.org/a"}, "url", "it must start with http:// or https://"),
        ({"published": "24/05/2023x"}, "published", "use YYYY-MM-DD."),
    ],
)
def test_paste_form_reports_clear_errors(editor_client, changes, field, message):
    response = editor_client.post(reverse("claims:article_add"), {**PASTED, **changes})
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_viewer_cannot_add_articles(viewer_client):
    assert viewer_client.get(reverse("claims:article_add")).status_code == 403
    assert viewer_client.post(reverse("claims:article_add"), PASTED).status_code == 403
    assert not Article.objects.exists()


@pytest.mark.parametrize("name", ["dashboard", "article_list", "queue", "article_add"])
def test_every_page_requires_sign_in(client, db, name):
    response = client.get(reverse(name if ":" in name else f"claims:{name}"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
