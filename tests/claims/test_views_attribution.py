"""The attribution queue: claims whose speaker needs an editor, each on the shared claim card."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEvent
from sources.models import Speaker

HX = {"HX-Request": "true"}


@pytest.fixture
def queue(speaker_named_as, make_claims):
    """One claim for each reason to review an attribution, and two that need none."""
    known = speaker_named_as("Maria Lopez", role="governor")
    new = speaker_named_as("Lopez", created_by_extractor=True)
    sources = speaker_named_as("sources", kind="anonymous", created_by_extractor=False)
    return {
        "inferred": make_claims(
            1, speaker=known, speaker_text="Maria Lopez", speaker_inferred=True
        )[0],
        "unattributed": make_claims(1)[0],
        "anonymous": make_claims(
            1, speaker=sources, speaker_text="sources", speaker_kind="anonymous"
        )[0],
        "new_speaker": make_claims(1, speaker=new, speaker_text="Lopez")[0],
        "named": make_claims(1, speaker=known, speaker_text="Maria Lopez")[0],
        "reviewed": make_claims(
            1, speaker=new, speaker_text="Lopez", attribution_state="confirmed"
        )[0],
    }


def _card_ids(response) -> set[int]:
    return {claim.pk for claim, *_ in response.context["cards"]}


def _attribute(client, claim, *, htmx=True, follow=False, **data):
    """Post to the claim card's attribution action, as its form on the queue does."""
    data.setdefault("version", claim.version)
    headers = {}
    if htmx:
        current = "http://testserver" + reverse("claims:attribution")
        headers = {**HX, "HX-Current-URL": current}
    return client.post(
        reverse("claims:claim_attribution", args=[claim.pk]), data, headers=headers, follow=follow
    )


# The listing -------------------------------------------------------------------------------


def test_queue_lists_inferred_unattributed_anonymous_and_new_speaker_claims(editor_client, queue):
    response = editor_client.get(reverse("claims:attribution"))
    assert response.status_code == 200
    assert _card_ids(response) == {
        queue[key].pk for key in ("inferred", "unattributed", "anonymous", "new_speaker")
    }
    assert 'id="attribution-total">4<' in response.text


@pytest.mark.parametrize("reason", ["inferred", "unattributed", "anonymous", "new_speaker"])
def test_queue_filters_by_reason(editor_client, queue, reason):
    response = editor_client.get(reverse("claims:attribution"), {"reason": reason})
    assert _card_ids(response) == {queue[reason].pk}


def test_queue_shows_each_claim_on_the_review_screens_card(editor_client, queue):
    claim = queue["inferred"]
    response = editor_client.get(reverse("claims:attribution"), {"reason": "inferred"})
    body = response.text
    assert f'<article class="claim-card v-pending" id="claim-{claim.pk}"' in body
    assert "Inferred speaker" in body
    review = reverse("claims:article_review", args=[claim.article_id])
    assert f'href="{review}#claim-{claim.pk}">Daily briefing</a>' in body
    # Every attribution action of the card, unfolded, and each form names the way back.
    attribution = reverse("claims:claim_attribution", args=[claim.pk])
    assert f'hx-post="{attribution}"' in body
    assert '<details class="card-more" open>' in body
    assert 'value="confirm">Confirm Maria Lopez</button>' in body
    assert 'value="unattributed">Unattributed</button>' in body
    assert 'hx-get="/claims/speaker-search/"' in body
    assert 'value="create">Create and attribute</button>' in body
    assert 'name="next" value="/attribution/?reason=inferred"' in body


def test_queue_pages_by_key_with_and_without_htmx(editor_client, make_claims, monkeypatch):
    monkeypatch.setattr("claims.views.attribution.CARDS_PER_PAGE", 2)
    claims = make_claims(5)
    first = editor_client.get(reverse("claims:attribution"))
    assert "<html" in first.text
    assert _card_ids(first) == {claims[4].pk, claims[3].pk}
    older = first.context["older"]
    assert f'href="?before={older}"' in first.text
    second = editor_client.get(reverse("claims:attribution"), {"before": older}, headers=HX)
    assert "<html" not in second.text
    assert f'id="claim-{claims[2].pk}"' in second.text
    assert f'id="claim-{claims[4].pk}"' not in second.text


def test_viewer_sees_the_cards_without_actions(viewer_client, queue):
    response = viewer_client.get(reverse("claims:attribution"))
    assert response.status_code == 200
    assert f'id="claim-{queue["inferred"].pk}"' in response.text
    assert 'name="action"' not in response.text
    assert "Create and attribute" not in response.text


def test_outsider_cannot_read_the_queue(outsider_client, queue):
    assert outsider_client.get(reverse("claims:attribution")).status_code == 403


# Acting through the shared card ----------------------------------------------------------


def test_editor_confirms_an_inferred_speaker_and_the_card_leaves_the_queue(
    editor_client, queue, editor
):
    claim = queue["inferred"]
    response = _attribute(editor_client, claim, action="confirm")
    assert response.status_code == 200
    assert "<html" not in response.text
    assert response.text.lstrip().startswith(
        f'<article class="claim-card done" id="claim-{claim.pk}"'
    )
    assert (
        "Speaker confirmed by erin-editor" in response.text
        and "has left this queue" in response.text
    )
    # The heading's count and the tabs drop the claim at once.
    assert '<span class="count" id="attribution-total" hx-swap-oob="true">3</span>' in response.text
    assert "Inferred speaker (0)" in response.text
    claim.refresh_from_db()
    assert claim.attribution_state == "confirmed"
    assert ClaimEvent.objects.get(claim=claim).user == editor
    listed = editor_client.get(reverse("claims:attribution"))
    assert claim.pk not in _card_ids(listed)


def test_confirming_without_htmx_returns_to_the_queue_page(editor_client, queue):
    claim = queue["new_speaker"]
    response = _attribute(
        editor_client, claim, htmx=False, action="confirm", next="/attribution/?reason=new_speaker"
    )
    assert response.status_code == 302
    assert response.url == f"/attribution/?reason=new_speaker#claim-{claim.pk}"
    claim.refresh_from_db()
    assert claim.attribution_state == "confirmed"


def test_a_way_back_to_another_site_is_ignored(editor_client, queue):
    claim = queue["new_speaker"]
    response = _attribute(
        editor_client, claim, htmx=False, action="confirm", next="https://evil.example/"
    )
    review = reverse("claims:article_review", args=[claim.article_id])
    assert response.url == f"{review}#claim-{claim.pk}"


def test_editor_picks_another_speaker_from_the_registry(
    editor_client, queue, django_capture_on_commit_callbacks
):
    claim = queue["new_speaker"]
    lopez = Speaker.objects.get(name="Maria Lopez")
    search = editor_client.get(
        reverse("claims:speaker_search"), {"q": "maria", "mode": "attribute"}, headers=HX
    )
    assert f'name="speaker" value="{lopez.pk}"' in search.text
    with django_capture_on_commit_callbacks(execute=True):
        _attribute(editor_client, claim, speaker=lopez.pk)
    claim.refresh_from_db()
    assert (claim.speaker, claim.attribution_state) == (lopez, "corrected")
    assert Speaker.objects.get(name="Maria Lopez").claim_count == 3


def test_editor_creates_a_new_speaker_with_its_kind(editor_client, queue):
    claim = queue["anonymous"]
    response = _attribute(
        editor_client,
        claim,
        action="create",
        name="Regional emergency service",
        kind="organisation",
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert (claim.speaker.name, claim.speaker.kind, claim.attribution_state) == (
        "Regional emergency service",
        "organisation",
        "corrected",
    )
    assert not claim.speaker.created_by_extractor


def test_a_new_name_already_in_the_registry_is_that_speaker(editor_client, queue):
    claim = queue["new_speaker"]
    _attribute(editor_client, claim, action="create", name="maria LÓPEZ")
    claim.refresh_from_db()
    assert claim.speaker.name == "Maria Lopez"
    assert Speaker.objects.filter(name__iexact="maria lópez").count() == 0


def test_editor_marks_a_claim_unattributed(
    editor_client, queue, django_capture_on_commit_callbacks
):
    claim = queue["anonymous"]
    with django_capture_on_commit_callbacks(execute=True):
        _attribute(editor_client, claim, action="unattributed")
    claim.refresh_from_db()
    assert claim.speaker is None
    assert claim.attribution_state == "unattributed"
    assert Speaker.objects.get(name="sources").claim_count == 0


def test_stale_version_answers_409_with_the_other_change(editor_client, queue, second_editor):
    claim = queue["inferred"]
    seen = claim.version
    claim.set_verdict(verdict="verified", by=second_editor)
    response = _attribute(editor_client, claim, action="confirm", version=seen)
    assert response.status_code == 409
    assert "Not saved: sam-second-editor changed this claim first" in response.text
    assert f'name="version" value="{seen + 1}"' in response.text
    claim.refresh_from_db()
    assert claim.attribution_state == "unreviewed"


def test_stale_version_without_htmx_is_refused_with_a_message_on_the_queue(
    editor_client, queue, second_editor
):
    claim = queue["inferred"]
    seen = claim.version
    claim.set_verdict(verdict="verified", by=second_editor)
    response = _attribute(
        editor_client,
        claim,
        htmx=False,
        action="confirm",
        version=seen,
        next="/attribution/",
        follow=True,
    )
    assert response.redirect_chain == [(f"/attribution/#claim-{claim.pk}", 302)]
    assert "<html" in response.text
    assert "Not saved: sam-second-editor changed this claim first" in response.text
    claim.refresh_from_db()
    assert claim.attribution_state == "unreviewed"


def test_confirming_a_claim_without_speaker_is_refused(editor_client, queue):
    response = _attribute(editor_client, queue["unattributed"], action="confirm")
    assert response.status_code == 422
    assert "no speaker to confirm" in response.text


def test_viewer_cannot_change_an_attribution(viewer_client, queue):
    claim = queue["inferred"]
    for htmx in (True, False):
        assert _attribute(viewer_client, claim, htmx=htmx, action="confirm").status_code == 403
    claim.refresh_from_db()
    assert claim.attribution_state == "unreviewed"


def test_correcting_onto_a_merged_speaker_lands_on_the_kept_one(editor_client, queue, editor):
    from claims.speakers import merge_speakers

    lopez = Speaker.objects.get(name="Maria Lopez")
    short = Speaker.objects.get(name="Lopez")
    merge_speakers(keep=lopez, drop=short, by=editor)
    claim = Claim.objects.get(pk=queue["anonymous"].pk)
    _attribute(editor_client, claim, speaker=short.pk)
    claim.refresh_from_db()
    assert claim.speaker == lopez


def test_a_full_page_of_cards_takes_a_fixed_number_of_queries(
    editor_client, queue, make_claims, django_assert_max_num_queries
):
    make_claims(30, speaker_inferred=True)
    with django_assert_max_num_queries(14):
        response = editor_client.get(reverse("claims:attribution"))
    assert len(response.context["cards"]) == 25


def test_registry_search_leaves_out_merged_speakers(editor_client, queue, editor):
    from claims.speakers import merge_speakers

    lopez = Speaker.objects.get(name="Maria Lopez")
    short = Speaker.objects.get(name="Lopez")
    merge_speakers(keep=lopez, drop=short, by=editor)
    search = editor_client.get(
        reverse("claims:speaker_search"), {"q": "lopez", "mode": "attribute"}, headers=HX
    )
    assert f'value="{lopez.pk}"' in search.text
    assert f'value="{short.pk}"' not in search.text


def test_a_refused_change_keeps_the_card_on_the_queue_unfolded(editor_client, queue):
    claim = queue["inferred"]
    response = _attribute(editor_client, claim, action="create", name="")
    assert response.status_code == 422
    assert response.text.lstrip().startswith(
        f'<article class="claim-card v-pending" id="claim-{claim.pk}"'
    )
    assert '<details class="card-more" open>' in response.text


def test_each_card_shows_the_sentence_around_its_claim(editor_client, seed):
    article, claims = seed
    response = editor_client.get(reverse("claims:attribution"))
    unattributed = claims[0]
    ((before, after),) = [s for c, _, s in response.context["cards"] if c.pk == unattributed.pk]
    sentence = before + unattributed.text + after
    assert sentence in article.text and sentence.endswith(".")
    assert before + unattributed.text in article.text[: unattributed.end]
    assert f"{before}<mark>{unattributed.text}</mark>{after}" in response.text.replace(
        "&#x27;", "'"
    )
