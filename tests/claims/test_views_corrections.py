"""The correction screens: editors correct, add, split and merge claims from the card."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Quantity

HX = {"HTTP_HX_REQUEST": "true"}


def on_review(article) -> dict:
    url = reverse("claims:article_review", args=[article.pk])
    return {**HX, "HTTP_HX_CURRENT_URL": "http://testserver" + url}


def edit_data(claim: Claim, **changes) -> dict:
    """The correction form as it opens for `claim`, with `changes` made."""
    quantities = list(Quantity.objects.filter(claim=claim))
    data = {
        "version": claim.version,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "stance": claim.stance,
        "hedge": claim.hedge,
        "q-TOTAL_FORMS": len(quantities) + 1,
        "q-INITIAL_FORMS": len(quantities),
        "q-MIN_NUM_FORMS": 0,
        "q-MAX_NUM_FORMS": 20,
    }
    if claim.hedged:
        data["hedged"] = "on"
    for n, q in enumerate(quantities):
        for name in Quantity.EDITABLE:
            value = getattr(q, name)
            if name == "approximate":
                if value:
                    data[f"q-{n}-approximate"] = "on"
            elif value is not None:
                data[f"q-{n}-{name}"] = value
    data.update(changes)
    return data


def toll(seed) -> Claim:
    return seed[1][1]


# Opening the forms


@pytest.mark.parametrize("name", ["claim_edit_form", "claim_split_form", "claim_merge_form"])
def test_the_forms_open_in_the_card_for_htmx_and_on_the_claim_page_otherwise(
    seed, editor_client, name
):
    url = reverse(f"claims:{name}", args=[toll(seed).pk])
    fragment = editor_client.get(url, **HX)
    page = editor_client.get(url)
    assert fragment.status_code == page.status_code == 200
    assert "<html" not in fragment.content.decode()
    assert "<html" in page.content.decode()
    form_class = {"claim_edit_form": "correction-form", "claim_split_form": "split-form"}
    expected = form_class.get(name, "merge-form")
    assert f'class="{expected}"' in fragment.content.decode()
    assert f'class="{expected}"' in page.content.decode()


def test_the_correction_form_shows_the_figure_with_its_qualifier(seed, editor_client):
    body = editor_client.get(
        reverse("claims:claim_edit_form", args=[toll(seed).pk]), **HX
    ).content.decode()
    assert 'name="q-0-qualifier" value="More than"' in body
    assert 'name="q-0-lower" value="70"' in body


def test_the_card_offers_corrections_to_editors_only(seed, editor_client, viewer_client):
    url = reverse("claims:claim_card", args=[toll(seed).pk])
    assert 'data-key="e"' in editor_client.get(url).content.decode()
    assert 'data-key="e"' not in viewer_client.get(url).content.decode()


# Permissions and sign-in


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("claim_edit_form", "get"),
        ("claim_edit", "post"),
        ("claim_split_form", "get"),
        ("claim_split", "post"),
        ("claim_merge_form", "get"),
        ("claim_merge", "post"),
    ],
)
def test_viewers_cannot_correct_and_strangers_must_sign_in(
    seed, viewer_client, client, name, method
):
    url = reverse(f"claims:{name}", args=[toll(seed).pk])
    assert getattr(viewer_client, method)(url, **HX).status_code == 403
    response = getattr(client, method)(url)
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize(("name", "method"), [("claim_add_form", "get"), ("claim_add", "post")])
def test_viewers_cannot_add_claims(seed, viewer_client, name, method):
    url = reverse(f"claims:{name}", args=[seed[0].pk])
    assert getattr(viewer_client, method)(url, **HX).status_code == 403


def test_corrections_need_a_post_with_csrf(seed, editor):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    claim = toll(seed)
    response = strict.post(reverse("claims:claim_edit", args=[claim.pk]), edit_data(claim))
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).version == claim.version


# Correcting


def test_an_editor_corrects_a_bound_and_the_review_page_is_redrawn(seed, editor_client):
    article, claims = seed
    claim = toll(seed)
    data = edit_data(claim, **{"q-0-qualifier": "at least"})
    response = editor_client.post(
        reverse("claims:claim_edit", args=[claim.pk]), data, **on_review(article)
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert response["HX-Reswap"] == "none"
    assert 'id="article-text" hx-swap-oob="true"' in body
    assert 'id="claims" aria-label="Claims" hx-swap-oob="true"' in body
    assert f'"claims:focus": {{"claim": {claim.pk}}}' in response["HX-Trigger-After-Settle"]
    assert Quantity.objects.get(claim=claim, position=0).worded == "at least 70 killed"
    event = ClaimEvent.objects.get(claim=claim)
    assert (event.field, event.old_value, event.new_value) == (
        "figure",
        "more than 70 killed (Ukrainian terrorists)",
        "at least 70 killed (Ukrainian terrorists)",
    )
    card = editor_client.get(reverse("claims:claim_card", args=[claim.pk]), **HX)
    assert (
        "corrected figure: more than 70 killed (Ukrainian terrorists) → "
        "at least 70 killed (Ukrainian terrorists)"
    ) in card.content.decode()


def test_a_correction_away_from_the_review_page_answers_with_the_card(seed, editor_client):
    claim = toll(seed)
    data = edit_data(claim, kind="figure")
    response = editor_client.post(reverse("claims:claim_edit", args=[claim.pk]), data, **HX)
    assert response.status_code == 200
    assert f'id="claim-{claim.pk}"' in response.content.decode()
    assert "<html" not in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).kind == "figure"


def test_a_correction_without_htmx_goes_back_to_the_claim(seed, editor_client):
    article, _ = seed
    claim = toll(seed)
    response = editor_client.post(
        reverse("claims:claim_edit", args=[claim.pk]), edit_data(claim, stance="denies")
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"/articles/{article.pk}/#claim-{claim.pk}")
    assert Claim.objects.get(pk=claim.pk).stance == "denies"


def test_an_editor_adds_and_removes_figures(seed, editor_client):
    damage = seed[1][4]
    data = edit_data(
        damage,
        **{
            "q-1-DELETE": "on",
            "q-2-value": "2",
            "q-2-approximate": "on",
            "q-2-qualifier": "about",
            "q-2-category": "destroyed",
            "q-2-subject": "garages",
        },
    )
    response = editor_client.post(reverse("claims:claim_edit", args=[damage.pk]), data, **HX)
    assert response.status_code == 200
    assert [q.described for q in Quantity.objects.filter(claim=damage)] == [
        "29 damaged (homes)",
        "about 2 destroyed (garages)",
    ]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"q-0-lower": "80", "q-0-upper": "75"}, "The lower bound must not be above the upper"),
        ({"q-0-category": "wounded"}, "Pick a category from the list."),
        ({"q-1-value": "3"}, "Pick a category from the list."),
        ({"q-1-category": "missing"}, "Give a value, a bound, or the article&#x27;s word"),
        ({"end": "999999"}, "The span must lie inside the article text."),
        ({"start": "40", "end": "30"}, "The span must lie inside the article text."),
    ],
)
def test_bad_input_is_refused_with_the_message_next_to_the_field(
    seed, editor_client, changes, message
):
    claim = toll(seed)
    url = reverse("claims:claim_edit", args=[claim.pk])
    response = editor_client.post(url, edit_data(claim, **changes), **HX)
    assert response.status_code == 422
    body = response.content.decode()
    assert message in body and 'class="correction-form"' in body
    assert Claim.objects.get(pk=claim.pk).version == claim.version


def test_a_span_another_claim_has_is_refused_with_a_message(seed, editor_client):
    claim, other = seed[1][2], seed[1][3]
    data = edit_data(claim, start=other.start, end=other.end)
    response = editor_client.post(reverse("claims:claim_edit", args=[claim.pk]), data, **HX)
    assert response.status_code == 422
    assert "Another claim already has exactly this span." in response.content.decode()


def test_a_stale_correction_is_refused_and_shows_the_other_editors_change(
    seed, editor_client, second_editor
):
    claim = toll(seed)
    data = edit_data(claim, kind="figure")
    Claim.objects.get(pk=claim.pk).set_verdict(verdict="verified", by=second_editor)
    response = editor_client.post(reverse("claims:claim_edit", args=[claim.pk]), data, **HX)
    assert response.status_code == 409
    body = response.content.decode()
    assert "sam-second-editor changed this claim first" in body
    assert Claim.objects.get(pk=claim.pk).kind == "casualty"


# Adding


def test_the_add_form_opens_with_the_selected_words(seed, editor_client):
    article, _ = seed
    words = "The information cannot be verified independently."
    start = article.text.index(words)
    url = reverse("claims:claim_add_form", args=[article.pk])
    query = {"start": start, "end": start + len(words)}
    fragment = editor_client.get(url, query, **HX).content.decode()
    page = editor_client.get(url, query).content.decode()
    assert words in fragment and "<html" not in fragment
    assert words in page and "<html" in page


def test_an_editor_adds_a_missed_claim_with_a_speaker_and_a_figure(seed, editor_client, editor):
    article, _ = seed
    words = "The information cannot be verified independently."
    start = article.text.index(words)
    gladkov = seed[1][2].speaker
    data = {
        "start": start,
        "end": start + len(words),
        "kind": "figure",
        "stance": "asserts",
        "speaker": gladkov.pk,
        "q-TOTAL_FORMS": 1,
        "q-INITIAL_FORMS": 0,
        "q-0-value": "3",
        "q-0-lower": "3",
        "q-0-qualifier": "at least",
        "q-0-category": "missing",
    }
    url = reverse("claims:claim_add", args=[article.pk])
    response = editor_client.post(url, data, **on_review(article))
    assert response.status_code == 200
    added = Claim.objects.get(article=article, text=words)
    assert (added.created_by, added.speaker) == (editor, gladkov)
    assert [q.worded for q in added.quantities.all()] == ["at least 3 missing"]
    body = response.content.decode()
    assert f'id="claim-{added.pk}"' in body and f'data-claim="{added.pk}"' in body
    assert added.events.get().action == "added"


def test_a_claim_added_without_htmx_opens_on_the_review_page(seed, editor_client):
    article, _ = seed
    words = "The information cannot be verified independently."
    start = article.text.index(words)
    data = {"start": start, "end": start + len(words), "kind": "statement", "stance": "asserts"}
    data.update({"q-TOTAL_FORMS": 1, "q-INITIAL_FORMS": 0})
    response = editor_client.post(reverse("claims:claim_add", args=[article.pk]), data)
    added = Claim.objects.get(article=article, text=words)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#claim-{added.pk}")


def test_adding_a_claim_without_words_says_so(seed, editor_client):
    article, _ = seed
    data = {"kind": "statement", "stance": "asserts", "q-TOTAL_FORMS": 1, "q-INITIAL_FORMS": 0}
    response = editor_client.post(reverse("claims:claim_add", args=[article.pk]), data, **HX)
    assert response.status_code == 422
    assert "This field is required." in response.content.decode()


# Splitting and merging


def test_an_editor_splits_a_claim_in_two(seed, editor_client):
    article, _ = seed
    claim = toll(seed)
    at = article.text.index("four armored vehicles")
    data = {"version": claim.version, "at": at}
    response = editor_client.post(
        reverse("claims:claim_split", args=[claim.pk]), data, **on_review(article)
    )
    assert response.status_code == 200
    second = Claim.objects.get(article=article, start=at)
    assert second.text == "four armored vehicles and five SUVs were killed"
    assert Claim.objects.get(pk=claim.pk).text == "More than 70 Ukrainian terrorists,"
    body = response.content.decode()
    assert f'id="claim-{claim.pk}"' in body and f'id="claim-{second.pk}"' in body


def test_a_split_outside_the_claim_is_refused_with_a_message(seed, editor_client):
    claim = toll(seed)
    data = {"version": claim.version, "at": claim.end + 5}
    response = editor_client.post(reverse("claims:claim_split", args=[claim.pk]), data, **HX)
    assert response.status_code == 422
    assert "Split inside the claim, between two words." in response.content.decode()


def test_a_stale_split_is_refused(seed, editor_client, second_editor):
    article, _ = seed
    claim = toll(seed)
    data = {"version": claim.version, "at": article.text.index("four armored")}
    Claim.objects.get(pk=claim.pk).set_verdict(verdict="verified", by=second_editor)
    response = editor_client.post(reverse("claims:claim_split", args=[claim.pk]), data, **HX)
    assert response.status_code == 409


def test_the_merge_form_names_the_next_claim_and_merges_it(seed, editor_client):
    article, claims = seed
    gladkov_says, injured = claims[2], claims[3]
    form = editor_client.get(reverse("claims:claim_merge_form", args=[injured.pk]), **HX)
    assert "Damage was noted on 29 homes and three cars" in form.content.decode()
    damage = claims[4]
    data = {"version": injured.version, "other": damage.pk, "other_version": damage.version}
    response = editor_client.post(
        reverse("claims:claim_merge", args=[injured.pk]), data, **on_review(article)
    )
    assert response.status_code == 200
    merged = Claim.objects.get(pk=injured.pk)
    assert merged.end == damage.end and not Claim.objects.filter(pk=damage.pk).exists()
    assert Claim.objects.filter(pk=gladkov_says.pk).exists()


def test_claims_with_different_verdicts_are_not_merged_and_the_editor_is_told(
    seed, editor_client, editor
):
    _, claims = seed
    injured, damage = claims[3], claims[4]
    injured.set_verdict(verdict="verified", by=editor)
    damage.set_verdict(verdict="false", by=editor, note="Only 20 homes.")
    injured.refresh_from_db()
    damage.refresh_from_db()
    data = {"version": injured.version, "other": damage.pk, "other_version": damage.version}
    response = editor_client.post(reverse("claims:claim_merge", args=[injured.pk]), data, **HX)
    assert response.status_code == 422
    assert "different verdicts (false and verified)" in response.content.decode()
    assert Claim.objects.filter(pk=damage.pk).exists()


def test_a_merge_after_the_other_claim_changed_is_refused(seed, editor_client, second_editor):
    _, claims = seed
    injured, damage = claims[3], claims[4]
    data = {"version": injured.version, "other": damage.pk, "other_version": damage.version}
    Claim.objects.get(pk=damage.pk).set_verdict(verdict="verified", by=second_editor)
    response = editor_client.post(reverse("claims:claim_merge", args=[injured.pk]), data, **HX)
    assert response.status_code == 409
    assert Claim.objects.filter(pk=damage.pk).exists()


# Denials read as denials


def test_a_denied_claim_reads_as_the_denial_on_the_card_and_in_the_queue(seed, editor_client):
    claim = seed[1][4]
    editor_client.post(
        reverse("claims:claim_edit", args=[claim.pk]), edit_data(claim, stance="denies"), **HX
    )
    card = editor_client.get(reverse("claims:claim_card", args=[claim.pk]), **HX).content.decode()
    assert '<blockquote class="claim-text denied">' in card
    assert '<strong class="denial-lead">Dmitry Peskov denies:</strong> Damage was noted' in card
    queue = editor_client.get(reverse("claims:queue"), **HX).content.decode()
    assert 'class="denied">Dmitry Peskov denies: Damage was noted on 29 homes' in queue
    speaker = editor_client.get(reverse("claims:speaker", args=[claim.speaker_id])).content
    assert "Dmitry Peskov denies: Damage was noted" in speaker.decode()
