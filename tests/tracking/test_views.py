"""The story and repeated-claim screens, the claim card's "Also in N articles" and the
article page's "Belongs to: X?", each with and without htmx, for each role."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, ClaimEvent
from tests.tracking.conftest import DAY, WIRE
from tracking import repeats, stories
from tracking.models import RepeatedClaim, Story, StorySuggestion

HX = {"HTTP_HX_REQUEST": "true"}


def _injured(article) -> Claim:
    return Claim.objects.get(article=article, quantities__category="injured")


@pytest.fixture
def story(file_report, editor):
    story = stories.create_story(title="Belgorod incursion, May 2023", by=editor)
    articles = [
        file_report(outlet="Reuters", published=DAY),
        file_report(outlet="AP", published=DAY - datetime.timedelta(days=1)),
    ]
    stories.file_articles(story=story, article_ids=[a.pk for a in articles], by=editor)
    return story


def test_stories_need_a_sign_in(client, db):
    response = client.get(reverse("tracking:stories"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_story_list_searches_and_answers_htmx_with_the_results(viewer_client, story, editor):
    stories.create_story(title="Floods in the valley", by=editor)
    page = viewer_client.get(reverse("tracking:stories"))
    assert b"<html" in page.content and b"Floods in the valley" in page.content
    found = viewer_client.get(reverse("tracking:stories"), {"q": "belgorod"}, **HX)
    assert b"<html" not in found.content
    assert b"Belgorod incursion" in found.content and b"Floods" not in found.content


def test_story_list_puts_the_story_with_the_latest_article_first(story, editor, viewer_client):
    stories.create_story(title="Older story", by=editor)
    Story.objects.filter(title="Older story").update(latest=DAY - datetime.timedelta(days=9))
    content = viewer_client.get(reverse("tracking:stories")).content.decode()
    assert content.index("Belgorod incursion") < content.index("Older story")


def test_only_editors_create_stories(viewer_client, editor_client, db):
    url = reverse("tracking:story_add")
    assert viewer_client.post(url, {"title": "Mine"}).status_code == 403
    response = editor_client.post(url, {"title": "Belgorod", "description": "Cross-border raid"})
    story = Story.objects.get(title="Belgorod")
    assert response["Location"] == reverse("tracking:story", args=[story.pk])


def test_story_page_lists_articles_by_date_and_the_repeated_claims(viewer_client, story):
    url = reverse("tracking:story", args=[story.pk])
    page = viewer_client.get(url).content.decode()
    assert "<html" in page
    assert page.index("AP") < page.index("Reuters"), "publication order"
    assert "12 injured (civilians)" in page and "in 2 articles of this story" in page
    fragment = viewer_client.get(url, **HX).content.decode()
    assert "<html" not in fragment and 'id="story"' in fragment


def test_story_page_reads_the_same_number_of_queries_however_big(
    viewer_client, story, file_report, editor
):
    url = reverse("tracking:story", args=[story.pk])
    viewer_client.get(url)
    with CaptureQueriesContext(connection) as small:
        viewer_client.get(url)
    more = [file_report() for _ in range(3)]
    more.append(file_report(WIRE.replace("12", "9")))
    stories.file_articles(story=story, article_ids=[a.pk for a in more], by=editor)
    # The first request after the change draws the charts again; the next reads them.
    viewer_client.get(url)
    with CaptureQueriesContext(connection) as big:
        viewer_client.get(url)
    assert len(big) == len(small)


def test_editors_file_and_remove_articles_viewers_cannot(
    story, file_report, editor_client, viewer_client
):
    article = file_report(WIRE.replace("12", "9"))
    add = reverse("tracking:story_articles", args=[story.pk])
    assert viewer_client.post(add, {"articles": str(article.pk)}).status_code == 403
    response = editor_client.post(add, {"articles": f"{article.pk}, 99999"}, **HX)
    assert b"<html" not in response.content and b"No article numbered 99999" in response.content
    assert story.articles.filter(pk=article.pk).exists()

    remove = reverse("tracking:story_article_remove", args=[story.pk, article.pk])
    assert viewer_client.post(remove).status_code == 403
    response = editor_client.post(remove)
    assert response["Location"] == reverse("tracking:story", args=[story.pk])
    assert not story.articles.filter(pk=article.pk).exists()


def test_an_editor_merges_and_closes_stories(story, editor, editor_client, viewer_client):
    other = stories.create_story(title="Shebekino shelling", by=editor)
    merge = reverse("tracking:story_merge", args=[story.pk])
    assert viewer_client.post(merge, {"other": other.pk}).status_code == 403
    editor_client.post(merge, {"other": other.pk})
    assert not Story.objects.filter(pk=other.pk).exists()

    state = reverse("tracking:story_state", args=[story.pk])
    assert viewer_client.post(state, {"state": "closed"}).status_code == 403
    response = editor_client.post(state, {"state": "closed"}, **HX)
    assert b"Mark open" in response.content
    story.refresh_from_db()
    assert story.state == Story.State.CLOSED


def test_the_article_page_loads_its_stories_with_a_plain_link_too(viewer_client, story):
    article = story.articles.first()
    page = viewer_client.get(reverse("claims:article_review", args=[article.pk])).content.decode()
    url = reverse("tracking:article_stories", args=[article.pk])
    assert f'hx-get="{url}"' in page and f'href="{url}"' in page
    assert b"<html" in viewer_client.get(url).content
    fragment = viewer_client.get(url, **HX)
    assert b"<html" not in fragment.content and story.title.encode() in fragment.content


def test_an_editor_answers_belongs_to_yes_or_no(story, file_report, editor_client, viewer_client):
    article = file_report(outlet="Ledger")
    suggestion = StorySuggestion.objects.get(article=article, story=story)
    fragment = editor_client.get(reverse("tracking:article_stories", args=[article.pk]), **HX)
    assert b"Belongs to:" in fragment.content and b'value="yes"' in fragment.content
    assert (
        b'value="yes"'
        not in viewer_client.get(
            reverse("tracking:article_stories", args=[article.pk]), **HX
        ).content
    )

    decide = reverse("tracking:suggestion_decide", args=[suggestion.pk])
    assert viewer_client.post(decide, {"accept": "yes"}).status_code == 403
    answer = editor_client.post(decide, {"accept": "no"}, **HX)
    assert b"<html" not in answer.content and b"Belongs to:" not in answer.content
    assert not story.articles.filter(pk=article.pk).exists()
    # Answered once: a later yes to the same question changes nothing.
    response = editor_client.post(decide, {"accept": "yes"})
    assert response["Location"] == reverse("claims:article_review", args=[article.pk])
    assert not story.articles.filter(pk=article.pk).exists()


def test_a_claim_card_says_where_else_the_claim_appears(file_report, viewer_client):
    first = file_report(outlet="Reuters", published=DAY)
    file_report(outlet="AP", published=DAY + datetime.timedelta(days=1))
    latest = file_report(outlet="Ledger", published=DAY + datetime.timedelta(days=2))
    card = viewer_client.get(reverse("claims:claim_card", args=[_injured(latest).pk]), **HX)
    assert b"<html" not in card.content
    assert b"Also in 2 articles" in card.content
    assert b"first: Reuters, 23 May 2023" in card.content
    lone = Claim.objects.get(article=first, quantities__category="destroyed")
    Claim.objects.filter(article__in=[latest], quantities__category="destroyed").delete()
    page = viewer_client.get(reverse("claims:claim_card", args=[lone.pk]))
    assert b"<html" in page.content and b"Also in 1 article<" in page.content


def test_a_pending_member_is_offered_the_groups_final_verdict(
    file_report, editor, editor_client, viewer_client
):
    first = file_report()
    repeats.set_group_verdict(
        group=RepeatedClaim.objects.get(members__claim=_injured(first)),
        verdict="verified",
        by=editor,
        expected_version=1,
    )
    late = _injured(file_report())
    assert late.verdict == "pending"
    url = reverse("claims:claim_card", args=[late.pk])
    assert b"Accept \xe2\x80\x9cVerified\xe2\x80\x9d" in editor_client.get(url, **HX).content
    assert b"repeat-accept" not in viewer_client.get(url, **HX).content


def test_repeated_claims_list_one_row_each_filtered_by_story(story, file_report, viewer_client):
    file_report(WIRE.replace("12", "9"))
    file_report(WIRE.replace("12", "9"))
    url = reverse("tracking:repeats")
    everything = viewer_client.get(url).content.decode()
    assert "<html" in everything and everything.count('<tr id="repeat-') == 3
    filtered = viewer_client.get(url, {"story": story.pk}, **HX).content.decode()
    assert "<html" not in filtered and filtered.count('<tr id="repeat-') == 2


def test_group_verdict_from_its_page_with_and_without_htmx(
    story, editor_client, second_editor_client, viewer_client
):
    group = RepeatedClaim.objects.get(members__claim__in=[_injured(story.articles.first())])
    url = reverse("tracking:repeat_verdict", args=[group.pk])
    assert viewer_client.post(url, {"verdict": "verified", "version": 1}).status_code == 403
    assert b"<html" in viewer_client.get(reverse("tracking:repeat", args=[group.pk])).content

    refused = editor_client.post(url, {"verdict": "false", "version": 1}, **HX)
    assert refused.status_code == 422 and b"a note is required" in refused.content

    done = editor_client.post(url, {"verdict": "verified", "version": 1}, **HX)
    assert b"<html" not in done.content and b"Set on 2 pending members." in done.content
    late = second_editor_client.post(url, {"verdict": "misleading", "note": "x", "version": 1})
    assert late["Location"] == reverse("tracking:repeat", args=[group.pk])
    conflict = second_editor_client.post(
        url, {"verdict": "misleading", "note": "x", "version": 1}, **HX
    )
    assert conflict.status_code == 409 and b"first" in conflict.content
    assert ClaimEvent.objects.filter(claim__repeat__group=group).count() == 2


def test_split_and_join_from_the_group_page(story, editor_client, viewer_client):
    claim = _injured(story.articles.first())
    group = RepeatedClaim.objects.get(members__claim=claim)
    split = reverse("tracking:repeat_split", args=[group.pk])
    assert viewer_client.post(split, {"claim": claim.pk}).status_code == 403
    response = editor_client.post(split, {"claim": claim.pk}, **HX)
    assert b"Split the claim out" in response.content
    own = RepeatedClaim.objects.get(members__claim=claim)
    assert own != group

    join = reverse("tracking:repeat_join", args=[group.pk])
    assert viewer_client.post(join, {"other": own.pk}).status_code == 403
    editor_client.post(join, {"other": own.pk})
    assert RepeatedClaim.objects.get(members__claim=claim) == group


def test_a_long_story_lists_its_articles_a_page_at_a_time(
    story, file_report, editor, viewer_client, monkeypatch
):
    monkeypatch.setattr("tracking.views.stories.STORY_ARTICLES_SHOWN", 2)
    undated = file_report(outlet="BBC", published=None)
    stories.file_articles(story=story, article_ids=[undated.pk], by=editor)
    page = viewer_client.get(reverse("tracking:story", args=[story.pk])).content.decode()
    assert "Articles (3)" in page and f'id="article-{undated.pk}"' not in page
    more = reverse("tracking:story_article_rows", args=[story.pk])
    after = story.articles.get(outlet__name="Reuters").pk
    assert f"{more}?after={after}" in page
    fragment = viewer_client.get(more, {"after": after}, **HX).content.decode()
    assert "<html" not in fragment and f'id="article-{undated.pk}"' in fragment
    assert "More articles" not in fragment
    assert "<html" in viewer_client.get(more, {"after": after}).content.decode()
    assert viewer_client.get(more, {"after": "nope"}).status_code == 400


def test_queue_filters_by_story_with_and_without_htmx(story, file_report, viewer_client):
    # The queue lives in claims, the stories in tracking above it: the filter is
    # tracking's, registered with the claim filters (tests/test_layers.py).
    outside = _injured(file_report(WIRE.replace("12 civilians", "15 civilians")))
    inside = [_injured(a) for a in story.articles.all()]
    url = reverse("claims:queue")

    page = viewer_client.get(url, {"story": story.pk}).content.decode()
    assert "<html" in page and 'name="story"' in page
    assert f'<option value="{story.pk}" selected>' in page
    for claim in inside:
        assert f'id="row-{claim.pk}"' in page
    assert f'id="row-{outside.pk}"' not in page
    assert f"{reverse('tracking:repeats')}?story={story.pk}" in page

    results = viewer_client.get(url, {"story": story.pk}, **HX).content.decode()
    assert "<html" not in results
    assert f'id="row-{inside[0].pk}"' in results and f'id="row-{outside.pk}"' not in results
    assert f'id="row-{outside.pk}"' in viewer_client.get(url).content.decode()


@pytest.mark.parametrize("value", ["abc", "99999999999999999999", "-1"])
def test_queue_refuses_a_story_that_is_not_one(viewer_client, db, value):
    response = viewer_client.get(reverse("claims:queue"), {"story": value})
    assert response.status_code == 200
    assert b"Fix the filters to see claims." in response.content


def test_a_selection_report_of_a_story_lists_only_its_claims(story, file_report, editor_client):
    file_report(WIRE.replace("12 civilians", "15 civilians"))
    response = editor_client.get(reverse("reports:selection"), {"story": story.pk, "format": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "12 civilians" in body and "15 civilians" not in body
