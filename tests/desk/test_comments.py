"""Comments on a claim: escaped Markdown-lite, mentions that notify, a short edit window,
and a place in the claim's history."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from claims.models import ClaimEvent
from desk.markup import render
from desk.models import Comment, Notification
from desk.services import add_comment, edit_comment

HX = {"HTTP_HX_REQUEST": "true"}


def test_markup_escapes_html_and_keeps_links_emphasis_and_mentions():
    html = render(
        "See **this** and *that*: [the register](https://example.org/a?b=1&c=2) "
        "<script>alert(1)</script> <img src=x onerror=alert(1)> @sam\n\nnext"
    )
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<strong>this</strong>" in html and "<em>that</em>" in html
    assert (
        '<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">'
        "the register</a>"
    ) in html
    assert '<span class="mention">@sam</span>' in html
    assert html.endswith("<p>next</p>")


@pytest.mark.parametrize(
    "text",
    [
        "[x](javascript:alert(1))",
        '[x](https://e.org/"onmouseover="alert(1))',
        "[x](data:text/html,hi)",
    ],
)
def test_markup_never_makes_an_unsafe_link(text):
    html = render(text)
    assert 'onmouseover="' not in html
    assert 'href="data:' not in html and 'href="javascript:' not in html


def test_a_mention_notifies_the_editor_named_once(claim, editor, second_editor, viewer):
    add_comment(
        claim=claim,
        author=editor,
        body="@sam-second-editor can you check? cc @nobody and @erin-editor, mail a@b.org",
    )
    notes = list(Notification.objects.all())
    assert [(n.recipient, n.actor, n.claim) for n in notes] == [(second_editor, editor, claim)]
    assert "mentioned you" in notes[0].verb


def test_a_comment_is_in_the_claims_history_without_a_new_version(claim, editor):
    version = claim.version
    add_comment(claim=claim, author=editor, body="Asked the morgue.")
    claim.refresh_from_db()
    assert claim.version == version
    event = claim.events.get(action=ClaimEvent.Action.COMMENT)
    assert (event.user, event.note) == (editor, "Asked the morgue.")


def test_only_the_author_edits_and_only_for_ten_minutes(claim, editor, second_editor):
    comment = add_comment(claim=claim, author=editor, body="first")
    with pytest.raises(PermissionDenied):
        edit_comment(comment=comment, by=second_editor, body="mine now")
    edit_comment(comment=comment, by=editor, body="first, fixed @sam-second-editor")
    comment.refresh_from_db()
    assert comment.body == "first, fixed @sam-second-editor" and comment.edited_at
    # An edit that newly mentions someone tells them; a later one does not again.
    assert Notification.objects.filter(recipient=second_editor).count() == 1
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=11)
    )
    comment.refresh_from_db()
    with pytest.raises(PermissionDenied):
        edit_comment(comment=comment, by=editor, body="too late")


def test_the_thread_fragment_and_page(claim, editor, viewer_client):
    add_comment(claim=claim, author=editor, body="<b>hi</b> **there**")
    url = reverse("desk:discussion", args=[claim.pk])
    fragment = viewer_client.get(url, **HX).content.decode()
    assert "<html" not in fragment and 'id="thread-' in fragment
    assert "&lt;b&gt;hi&lt;/b&gt; <strong>there</strong>" in fragment
    assert "comment-form" not in fragment  # viewers read only
    page = viewer_client.get(url).content.decode()
    assert "<html" in page and "<strong>there</strong>" in page


def test_posting_a_comment_with_htmx_answers_the_thread(claim, editor_client):
    url = reverse("desk:comment_add", args=[claim.pk])
    response = editor_client.post(url, {"body": "Checked *twice*"}, **HX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and "Checked <em>twice</em>" in html


def test_posting_a_comment_without_htmx_goes_back_to_the_thread(claim, editor_client):
    response = editor_client.post(reverse("desk:comment_add", args=[claim.pk]), {"body": "plain"})
    assert response.status_code == 302
    assert response["Location"] == reverse("desk:discussion", args=[claim.pk])
    assert Comment.objects.get().body == "plain"


def test_an_empty_comment_is_refused(claim, editor_client):
    url = reverse("desk:comment_add", args=[claim.pk])
    response = editor_client.post(url, {"body": "  "}, **HX)
    assert response.status_code == 422 and "Write something" in response.content.decode()
    assert not Comment.objects.exists()


def test_viewers_cannot_comment_or_edit(claim, editor, viewer_client):
    comment = add_comment(claim=claim, author=editor, body="x")
    url = reverse("desk:comment_add", args=[claim.pk])
    assert viewer_client.post(url, {"body": "y"}).status_code == 403
    edit = reverse("desk:comment_edit", args=[comment.pk])
    assert viewer_client.post(edit, {"body": "y"}).status_code == 403
    assert Comment.objects.count() == 1


def test_editing_through_the_screen_both_ways(claim, editor, editor_client, second_editor_client):
    comment = add_comment(claim=claim, author=editor, body="tpyo")
    url = reverse("desk:comment_edit", args=[comment.pk])
    form = editor_client.get(url, **HX).content.decode()
    assert "<html" not in form and "tpyo" in form
    assert "<html" in editor_client.get(url).content.decode()
    assert second_editor_client.get(url).status_code == 403
    response = editor_client.post(url, {"body": "typo"}, **HX)
    assert response.status_code == 200 and "typo" in response.content.decode()
    assert editor_client.post(url, {"body": "again"}).status_code == 302


def test_the_header_counts_unread_notifications_and_the_page_lists_them(
    claim, editor, second_editor, second_editor_client
):
    add_comment(claim=claim, author=editor, body="@sam-second-editor look")
    page = second_editor_client.get(reverse("claims:dashboard")).content.decode()
    assert '<span class="count">1</span>' in page
    listing = second_editor_client.get(reverse("desk:notifications"))
    assert "erin-editor mentioned you" in listing.content.decode()
    assert (
        "<html"
        not in second_editor_client.get(reverse("desk:notifications"), **HX).content.decode()
    )
    second_editor_client.post(reverse("desk:notifications_read"))
    assert not Notification.objects.unread().exists()
    page = second_editor_client.get(reverse("claims:dashboard")).content.decode()
    assert 'class="count"' not in page
