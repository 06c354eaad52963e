"""The article review page and the actions on a claim card."""

import re

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.highlight import article_segments
from claims.models import Claim, ClaimEvent, Evidence
from sources.models import Speaker, SpeakerAlias

HX = {"HTTP_HX_REQUEST": "true"}


def review_url(article):
    return reverse("claims:article_review", args=[article.pk])


def action_url(name, claim):
    return reverse(f"claims:{name}", args=[claim.pk])


def hx_from_review(article):
    return {**HX, "HTTP_HX_CURRENT_URL": "http://testserver" + review_url(article)}


# The page ------------------------------------------------------------------------------


def test_review_page_highlights_every_claim_span_coloured_by_verdict(seed, editor_client, editor):
    article, claims = seed
    claims[1].set_verdict(verdict="verified", by=editor)
    page = editor_client.get(review_url(article)).content.decode()
    for claim in claims:
        assert f'id="claim-{claim.pk}"' in page
        assert f'id="span-{claim.pk}"' in page
    assert f'<mark class="v-verified" data-claim="{claims[1].pk}"' in page
    assert "Vyacheslav Gladkov" in page and "“military spokesman Igor Konashenkov said”" in page
    assert "more than 70 killed" in page
    assert '<dd class="hedge">apparently</dd>' in page


def test_overlapping_claims_split_into_nested_segments():
    outer = Claim(pk=1, start=0, end=11, verdict="pending")
    inner = Claim(pk=2, start=6, end=11, verdict="verified")
    segments = article_segments("Hello world, bye", [outer, inner])
    assert [(s.text, s.claim and s.claim.pk, s.claims) for s in segments] == [
        ("Hello ", 1, [1]),
        ("world", 2, [1, 2]),
        (", bye", None, []),
    ]
    assert segments[0].starts == [1] and segments[1].starts == [2]


def test_article_text_and_claim_fields_are_escaped(seed, editor_client, editor):
    article, claims = seed
    article.text = article.text.replace("Belgorod – ", "<script>alert(1)</script> – ", 1)
    article.save(update_fields=["text"])
    speaker = claims[4].speaker
    speaker.name = "<b>Peskov</b>"
    speaker.save()
    claims[0].add_evidence(by=editor, stance="context", note="<img src=x onerror=alert(2)>")
    page = editor_client.get(review_url(article)).content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "<b>Peskov</b>" not in page and "&lt;b&gt;Peskov&lt;/b&gt;" in page
    assert "<img src=x" not in page


def test_review_page_uses_a_constant_number_of_queries(seed, editor_client, editor):
    article, claims = seed

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(review_url(article)).status_code == 200
        return len(queries)

    before = count()
    for claim in claims:
        claim.set_verdict(verdict="verified", by=editor)
        claim.add_evidence(by=editor, stance="supports", url="https://example.org/a")
        claim.assign(assignee=editor, by=editor)
    assert count() == before <= 12


def chunk_urls(html: str) -> list[str]:
    return [
        url.replace("&amp;", "&")
        for url in re.findall(r'class="more-claims"[^>]*hx-get="([^"]+)"', html)
    ]


def card_ids(html: str) -> list[int]:
    return [
        int(pk) for pk in re.findall(r'<article class="claim-card[^"]*" id="claim-(\d+)"', html)
    ]


def test_long_claim_list_arrives_in_chunks_while_the_text_shows_every_claim(
    seed, editor_client, monkeypatch
):
    article, claims = seed
    monkeypatch.setattr("claims.views.articles.REVIEW_CHUNK", 3)
    in_order = list(Claim.objects.filter(article=article).values_list("pk", flat=True))
    page = editor_client.get(review_url(article)).content.decode()
    assert card_ids(page) == in_order[:3]
    for claim in claims:
        assert f'id="span-{claim.pk}"' in page
    assert f"Show the other {len(claims) - 3} claims" in page
    # The counts cover every claim, not just the cards shown so far.
    assert f'<li class="total"><span class="n">{len(claims)}</span> claims</li>' in page

    seen, urls = card_ids(page), chunk_urls(page)
    while urls:
        (url,) = urls
        chunk = editor_client.get(url, **HX)
        assert chunk.status_code == 200
        html = chunk.content.decode()
        assert "<html" not in html
        seen += card_ids(html)
        urls = chunk_urls(html)
    assert seen == in_order


def test_a_claim_added_between_chunks_is_neither_skipped_nor_repeated(
    seed, editor_client, monkeypatch
):
    article, claims = seed
    monkeypatch.setattr("claims.views.articles.REVIEW_CHUNK", 3)
    page = editor_client.get(review_url(article)).content.decode()
    # A claim lands before the cursor: the next chunk goes on after the last card shown.
    Claim.objects.create(article=article, start=0, end=5, text=article.text[:5], kind="statement")
    html = editor_client.get(chunk_urls(page)[0], **HX).content.decode()
    in_order = list(Claim.objects.filter(article=article).values_list("pk", flat=True))
    after = in_order.index(card_ids(page)[-1]) + 1
    assert card_ids(html) == in_order[after : after + 3]


def test_every_card_at_once_without_javascript(seed, editor_client, monkeypatch):
    article, claims = seed
    monkeypatch.setattr("claims.views.articles.REVIEW_CHUNK", 3)
    page = editor_client.get(review_url(article)).content.decode()
    assert 'href="?all#claims"' in page
    everything = editor_client.get(review_url(article) + "?all").content.decode()
    assert sorted(card_ids(everything)) == sorted(c.pk for c in claims)
    assert "more-claims" not in everything


@pytest.mark.parametrize("after", ["", "12", "a.b", "1.2.3", "-1.4", "9" * 30 + ".1"])
def test_a_malformed_chunk_cursor_is_refused_with_a_message(seed, editor_client, after):
    article, _ = seed
    url = reverse("claims:article_claims", args=[article.pk])
    response = editor_client.get(url, {"after": after}, **HX)
    assert response.status_code == 400
    assert "cursor" in response.content.decode()


def test_chunks_are_for_readers_only_and_cost_constant_queries(
    seed, editor_client, viewer_client, outsider_client, client, editor, monkeypatch
):
    article, claims = seed
    monkeypatch.setattr("claims.views.articles.REVIEW_CHUNK", 3)
    url = reverse("claims:article_claims", args=[article.pk]) + "?after=0.0"
    assert client.get(url).status_code == 302
    assert outsider_client.get(url).status_code == 403
    viewer_chunk = viewer_client.get(url, **HX).content.decode()
    assert len(card_ids(viewer_chunk)) == 3 and "verdict-form" not in viewer_chunk
    assert (
        editor_client.get(reverse("claims:article_claims", args=[0]) + "?after=0.0").status_code
        == 404
    )

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(url, **HX).status_code == 200
        return len(queries)

    before = count()
    for claim in claims:
        claim.add_evidence(by=editor, stance="supports", url="https://example.org/a")
        claim.assign(assignee=editor, by=editor)
    assert count() == before <= 12


def test_viewer_sees_the_review_page_without_forms(seed, viewer_client):
    article, _ = seed
    page = viewer_client.get(review_url(article)).content.decode()
    assert "claim-card" in page
    assert "verdict-form" not in page and "<form class" not in page


def test_anonymous_visitor_is_sent_to_sign_in(seed, client):
    article, claims = seed
    for url in (review_url(article), action_url("claim_card", claims[0])):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
    response = client.post(action_url("claim_verdict", claims[0]), {"verdict": "verified"})
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_user_in_no_role_cannot_read(seed, outsider_client):
    article, _ = seed
    assert outsider_client.get(review_url(article)).status_code == 403


def test_single_card_page_and_fragment(seed, editor_client):
    _, claims = seed
    url = action_url("claim_card", claims[1])
    page = editor_client.get(url).content.decode()
    assert "<html" in page and f'id="claim-{claims[1].pk}"' in page
    fragment = editor_client.get(url, **HX).content.decode()
    assert "<html" not in fragment and fragment.strip().startswith("<article")


# Verdicts ------------------------------------------------------------------------------


def test_editor_marks_a_claim_verified_and_the_card_swaps_in_place(seed, editor_client, editor):
    article, claims = seed
    claim = claims[1]
    response = editor_client.post(
        action_url("claim_verdict", claim),
        {"verdict": "verified", "version": claim.version},
        **hx_from_review(article),
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body and body.lstrip().startswith(
        '<article class="claim-card v-verified"'
    )
    assert 'id="article-counts" hx-swap-oob="true"' in body
    assert '<span class="n">1</span> verified' in body
    claim.refresh_from_db()
    assert (claim.verdict, claim.verdict_by, claim.version) == ("verified", editor, 2)
    event = ClaimEvent.objects.get(claim=claim)
    assert (event.user, event.old_value, event.new_value) == (editor, "pending", "verified")
    assert "History (1)" in body and "marked the claim verified (was pending)" in body
    # The card is the claim as stored: its new version, speaker and quantities.
    assert 'name="version" value="2"' in body
    assert claim.speaker.name in body and '<ul class="quantities">' in body


def test_verdict_change_costs_the_same_queries_however_long_the_claims_history(
    seed, editor_client, editor
):
    article, claims = seed
    short, long = claims[1], claims[2]
    # Ending pending like the short one: moving out of verified takes its own queries.
    for n in range(16):
        long.set_verdict(verdict=["verified", "pending"][n % 2], by=editor)
        long.add_evidence(by=editor, stance="context", note=f"Call {n}")

    def change(claim):
        claim.refresh_from_db()
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.post(
                action_url("claim_verdict", claim),
                {"verdict": "not_a_claim", "version": claim.version},
                **hx_from_review(article),
            )
        assert response.status_code == 200
        return len(queries)

    assert change(long) == change(short)


def test_evidence_added_to_a_card_costs_the_same_queries_however_long_its_history(
    seed, editor_client, editor
):
    _, claims = seed
    short, long = claims[1], claims[2]
    for n in range(15):
        long.add_evidence(by=editor, stance="refutes", url=f"https://example.org/{n}")
        long.assign(assignee=editor if n % 2 else None, by=editor)

    def add(claim):
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.post(
                action_url("claim_evidence", claim),
                {"stance": "supports", "note": "Hospital list"},
                **HX,
            )
        assert response.status_code == 200 and "Hospital list" in response.content.decode()
        return len(queries)

    assert add(long) == add(short)


@pytest.mark.parametrize("name", ["claim_verdict", "claim_assign"])
def test_change_to_a_claim_that_is_gone_is_not_found(seed, editor_client, editor, name):
    _, claims = seed
    gone = claims[1]
    Claim.objects.filter(pk=gone.pk).delete()
    data = {"verdict": "verified", "assignee": editor.pk, "version": 1}
    assert editor_client.post(action_url(name, gone), data, **HX).status_code == 404
    # A refused form on a deleted claim is not found either, rather than a broken card.
    assert editor_client.post(action_url(name, gone), {"version": 1}, **HX).status_code == 404


def test_card_from_another_page_does_not_carry_the_article_counts(seed, editor_client):
    _, claims = seed
    response = editor_client.post(
        action_url("claim_verdict", claims[0]),
        {"verdict": "verified", "version": 1},
        **{**HX, "HTTP_HX_CURRENT_URL": "http://testserver/speakers/1/"},
    )
    assert response.status_code == 200 and "article-counts" not in response.content.decode()


def test_verdict_without_htmx_redirects_back_to_the_claim(seed, editor_client):
    article, claims = seed
    response = editor_client.post(
        action_url("claim_verdict", claims[0]), {"verdict": "not_a_claim", "version": 1}
    )
    assert response.status_code == 302
    assert response.url == f"{review_url(article)}#claim-{claims[0].pk}"
    claims[0].refresh_from_db()
    assert claims[0].verdict == "not_a_claim"


@pytest.mark.parametrize("verdict", ["false", "misleading", "unverifiable"])
def test_verdict_against_a_claim_needs_a_note(seed, editor_client, verdict):
    _, claims = seed
    response = editor_client.post(
        action_url("claim_verdict", claims[0]), {"verdict": verdict, "version": 1}, **HX
    )
    assert response.status_code == 422
    assert "a note is required" in response.content.decode()
    claims[0].refresh_from_db()
    assert claims[0].verdict == "pending" and not claims[0].events.exists()


def test_missing_note_without_htmx_is_reported_as_a_message(seed, editor_client):
    _, claims = seed
    response = editor_client.post(
        action_url("claim_verdict", claims[0]), {"verdict": "false", "version": 1}, follow=True
    )
    assert "a note is required" in response.content.decode()


def test_unverifiable_with_a_note_keeps_the_note(seed, editor_client):
    _, claims = seed
    response = editor_client.post(
        action_url("claim_verdict", claims[1]),
        {"verdict": "unverifiable", "note": "No independent source", "version": 1},
        **HX,
    )
    assert response.status_code == 200
    assert "No independent source" in response.content.decode()
    claims[1].refresh_from_db()
    assert (claims[1].verdict, claims[1].verdict_note) == ("unverifiable", "No independent source")


def test_back_to_pending(seed, editor_client, editor):
    _, claims = seed
    claims[0].set_verdict(verdict="verified", by=editor)
    editor_client.post(
        action_url("claim_verdict", claims[0]), {"verdict": "pending", "version": 2}, **HX
    )
    claims[0].refresh_from_db()
    assert claims[0].verdict == "pending"


def test_viewer_cannot_change_verdict(seed, viewer_client):
    _, claims = seed
    response = viewer_client.post(
        action_url("claim_verdict", claims[0]), {"verdict": "verified", "version": 1}, **HX
    )
    assert response.status_code == 403
    claims[0].refresh_from_db()
    assert claims[0].verdict == "pending"


def test_viewer_cannot_change_attribution_evidence_or_assignment(seed, viewer_client, editor):
    _, claims = seed
    claim = claims[1]
    posts = {
        "claim_attribution": {"action": "unattributed", "version": 1},
        "claim_evidence": {"stance": "supports", "note": "x"},
        "claim_assign": {"assignee": editor.pk, "version": 1},
    }
    for name, data in posts.items():
        assert viewer_client.post(action_url(name, claim), data, **HX).status_code == 403
    claim.refresh_from_db()
    assert claim.version == 1 and not claim.evidence.exists()


def test_verdict_post_needs_a_csrf_token(seed, editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    _, claims = seed
    response = client.post(action_url("claim_verdict", claims[0]), {"verdict": "verified"})
    assert response.status_code == 403


def test_card_actions_refuse_get(seed, editor_client):
    _, claims = seed
    assert editor_client.get(action_url("claim_verdict", claims[0])).status_code == 405


# Two editors on one claim ----------------------------------------------------------------


def test_second_save_on_a_stale_version_is_refused_and_shows_the_other_change(
    seed, editor_client, second_editor_client, second_editor
):
    _, claims = seed
    claim = claims[1]
    seen = claim.version
    first = second_editor_client.post(
        action_url("claim_verdict", claim),
        {"verdict": "false", "note": "Ministry figures differ", "version": seen},
        **HX,
    )
    assert first.status_code == 200
    second = editor_client.post(
        action_url("claim_verdict", claim), {"verdict": "verified", "version": seen}, **HX
    )
    assert second.status_code == 409
    body = second.content.decode()
    assert "Not saved: sam-second-editor changed this claim first" in body
    assert "Marked the claim false (was pending)" in body and "Ministry figures differ" in body
    # The card now carries the current version, so a deliberate retry can land.
    assert 'name="version" value="2"' in body
    claim.refresh_from_db()
    assert (claim.verdict, claim.verdict_by, claim.version) == ("false", second_editor, 2)
    assert claim.events.count() == 1


def test_stale_assignment_and_attribution_are_refused_too(seed, editor_client, editor):
    _, claims = seed
    claim = claims[1]
    claim.set_verdict(verdict="verified", by=editor)
    stale = {"version": 1}
    response = editor_client.post(
        action_url("claim_assign", claim), {**stale, "assignee": editor.pk}, **HX
    )
    assert response.status_code == 409
    response = editor_client.post(
        action_url("claim_attribution", claim), {**stale, "action": "unattributed"}, **HX
    )
    assert response.status_code == 409
    claim.refresh_from_db()
    assert claim.assignee is None and claim.attribution_state == "unreviewed"


def test_conflict_without_htmx_is_reported_as_a_message(seed, editor_client, editor):
    _, claims = seed
    claims[0].set_verdict(verdict="verified", by=editor)
    response = editor_client.post(
        action_url("claim_verdict", claims[0]),
        {"verdict": "false", "note": "x", "version": 1},
        follow=True,
    )
    assert "changed this claim first" in response.content.decode()


# Attribution -------------------------------------------------------------------------------


def test_editor_confirms_the_speaker(seed, editor_client):
    _, claims = seed
    claim = claims[1]
    response = editor_client.post(
        action_url("claim_attribution", claim), {"action": "confirm", "version": 1}, **HX
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.attribution_state == "confirmed" and claim.speaker.name == "Igor Konashenkov"


def test_editor_corrects_the_speaker_from_the_registry(seed, editor_client):
    _, claims = seed
    claim = claims[4]
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")
    response = editor_client.post(
        action_url("claim_attribution", claim), {"speaker": gladkov.pk, "version": 1}, **HX
    )
    assert response.status_code == 200
    assert "speaker set by erin-editor" in response.content.decode()
    claim.refresh_from_db()
    assert (claim.speaker, claim.attribution_state) == (gladkov, "corrected")
    event = claim.events.get(field="speaker")
    assert (event.old_value, event.new_value) == ("Dmitry Peskov", "Vyacheslav Gladkov")


def test_editor_creates_a_new_speaker_and_attributes_the_claim(seed, editor_client):
    _, claims = seed
    claim = claims[0]
    response = editor_client.post(
        action_url("claim_attribution", claim),
        {"action": "create", "name": "Legion Freedom for Russia", "kind": "group", "version": 1},
        **HX,
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.speaker.name == "Legion Freedom for Russia"
    assert claim.speaker.kind == "group" and not claim.speaker.created_by_extractor
    assert SpeakerAlias.objects.filter(speaker=claim.speaker).count() == 1


def test_new_speaker_already_in_the_registry_is_reused(seed, editor_client):
    _, claims = seed
    before = Speaker.objects.count()
    editor_client.post(
        action_url("claim_attribution", claims[0]),
        {"action": "create", "name": "vyacheslav  GLADKOV", "version": 1},
        **HX,
    )
    claims[0].refresh_from_db()
    assert claims[0].speaker.name == "Vyacheslav Gladkov" and Speaker.objects.count() == before


def test_refused_attribution_leaves_no_new_speaker_behind(seed, editor_client, editor):
    _, claims = seed
    claims[0].set_verdict(verdict="verified", by=editor)
    response = editor_client.post(
        action_url("claim_attribution", claims[0]),
        {"action": "create", "name": "Someone New", "version": 1},
        **HX,
    )
    assert response.status_code == 409
    assert not Speaker.objects.filter(name="Someone New").exists()


def test_editor_marks_a_claim_unattributed(seed, editor_client):
    _, claims = seed
    editor_client.post(
        action_url("claim_attribution", claims[1]), {"action": "unattributed", "version": 1}, **HX
    )
    claims[1].refresh_from_db()
    assert claims[1].speaker is None and claims[1].attribution_state == "unattributed"


def test_confirming_without_a_speaker_is_refused(seed, editor_client):
    _, claims = seed
    response = editor_client.post(
        action_url("claim_attribution", claims[0]), {"action": "confirm", "version": 1}, **HX
    )
    assert response.status_code == 422
    assert "no speaker to confirm" in response.content.decode()


def test_speaker_autocomplete_matches_names_and_aliases(seed, editor_client):
    url = reverse("claims:speaker_search")
    by_name = editor_client.get(url, {"q": "pesk"}, **HX).content.decode()
    assert "Dmitry Peskov" in by_name and "<html" not in by_name
    assert 'name="speaker"' in by_name and 'type="submit"' in by_name
    by_alias = editor_client.get(url, {"q": "GLAD"}, **HX).content.decode()
    assert "Vyacheslav Gladkov" in by_alias and "Peskov" not in by_alias
    as_filter = editor_client.get(url, {"q": "glad", "mode": "filter"}, **HX).content.decode()
    assert 'type="radio" name="speaker"' in as_filter
    page = editor_client.get(url, {"q": "glad"}).content.decode()
    assert "<html" in page and f"{reverse('claims:queue')}?speaker=" in page


def test_speaker_autocomplete_is_limited_and_escaped(seed, editor_client):
    Speaker.objects.bulk_create(Speaker(name=f"<i>Spokes</i> {n}") for n in range(15))
    body = editor_client.get(
        reverse("claims:speaker_search"), {"q": "spokes"}, **HX
    ).content.decode()
    assert body.count('class="speaker-option"') == 10
    assert "<i>Spokes" not in body


# Evidence and assignment -----------------------------------------------------------------


def test_editor_adds_evidence_with_a_stance(seed, editor_client, editor):
    _, claims = seed
    claim = claims[1]
    response = editor_client.post(
        action_url("claim_evidence", claim),
        {"stance": "refutes", "url": "https://example.org/report", "note": "Count differs"},
        **HX,
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "https://example.org/report" in body and "Refutes" in body
    evidence = Evidence.objects.get(claim=claim)
    assert (evidence.stance, evidence.added_by) == ("refutes", editor)
    assert claim.events.get().action == "evidence"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"stance": "supports"}, "Add a link or a note."),
        ({"stance": "supports", "url": "javascript:alert(1)"}, "Enter a web address"),
        ({"stance": "supports", "url": "ftp://example.org/x"}, "Enter a web address"),
    ],
)
def test_evidence_needs_a_web_link_or_a_note(seed, editor_client, data, message):
    _, claims = seed
    response = editor_client.post(action_url("claim_evidence", claims[1]), data, **HX)
    assert response.status_code == 422 and message in response.content.decode()
    assert not Evidence.objects.exists()


def test_editor_assigns_a_claim_and_it_shows_in_my_queue(seed, editor_client, editor):
    _, claims = seed
    response = editor_client.post(
        action_url("claim_assign", claims[2]), {"assignee": editor.pk, "version": 1}, **HX
    )
    assert response.status_code == 200 and "→ erin-editor" in response.content.decode()
    mine = editor_client.get(reverse("claims:queue"), {"assignee": "me"}).content.decode()
    assert f'id="row-{claims[2].pk}"' in mine and f'id="row-{claims[1].pk}"' not in mine


def test_only_editors_can_be_assigned(seed, editor_client, viewer):
    _, claims = seed
    response = editor_client.post(
        action_url("claim_assign", claims[2]), {"assignee": viewer.pk, "version": 1}, **HX
    )
    assert response.status_code == 422


def _connection_drops_while_the_card_renders(monkeypatch):
    def dropped(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("claims.views.cards.prefetch_related_objects", dropped)


def test_a_committed_verdict_is_reported_saved_when_its_card_cannot_be_read_back(
    seed, editor_client, monkeypatch
):
    article, claims = seed
    _connection_drops_while_the_card_renders(monkeypatch)
    response = editor_client.post(
        action_url("claim_verdict", claims[1]),
        {"verdict": "verified", "version": claims[1].version},
        **hx_from_review(article),
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body
    assert body.lstrip().startswith(
        f'<article class="claim-card v-verified" id="claim-{claims[1].pk}"'
    )
    assert "Your change was saved (verdict: verified)" in body
    assert action_url("claim_card", claims[1]) in body
    claims[1].refresh_from_db()
    assert claims[1].verdict == "verified"


def test_a_committed_verdict_without_htmx_still_goes_back_to_the_claim(
    seed, editor_client, monkeypatch
):
    article, claims = seed
    _connection_drops_while_the_card_renders(monkeypatch)
    response = editor_client.post(
        action_url("claim_verdict", claims[1]), {"verdict": "verified", "version": 1}
    )
    assert response.status_code == 302
    assert response.url == f"{review_url(article)}#claim-{claims[1].pk}"
