import datetime
import re

import pytest
from django.urls import reverse

from claims.models import Claim
from claims.speakers import merge_speakers
from sources.models import Speaker, SpeakerAlias
from sources.services import add_alias


@pytest.fixture
def registry(speaker_named_as, make_claims):
    ministry = speaker_named_as("Russian Defense Ministry", kind="organisation")
    konashenkov = speaker_named_as(
        "Igor Konashenkov", role="spokesman", affiliation=ministry, created_by_extractor=True
    )
    zelensky = speaker_named_as("Volodymyr Zelensky", role="president")
    add_alias(speaker=zelensky, name="Zelenskyy")
    make_claims(6, speaker=konashenkov, speaker_text="Igor Konashenkov", verdict="false")
    make_claims(4, speaker=konashenkov, speaker_text="Igor Konashenkov", verdict="verified")
    make_claims(3, speaker=zelensky, speaker_text="Zelensky", verdict="verified")
    make_claims(1, speaker=ministry, speaker_text="the ministry", verdict="false")
    return ministry, konashenkov, zelensky


def _names(response) -> list[str]:
    return [s.name for s in response.context["speakers"]]


def test_speaker_list_sorts_by_number_of_claims_by_default(editor_client, registry):
    response = editor_client.get(reverse("claims:speakers"))
    assert response.status_code == 200
    assert "<html" in response.text
    assert _names(response) == [
        "Igor Konashenkov",
        "Volodymyr Zelensky",
        "Russian Defense Ministry",
    ]


def test_speaker_list_sorts_by_share_of_false_claims(editor_client, registry, speaker_named_as):
    speaker_named_as("Nobody Quoted")
    response = editor_client.get(reverse("claims:speakers"), {"sort": "false"})
    assert _names(response) == [
        "Russian Defense Ministry",
        "Igor Konashenkov",
        "Volodymyr Zelensky",
        "Nobody Quoted",
    ]
    assert "60%" in response.text


def test_speaker_list_sorts_by_latest_claim(editor_client, registry, make_claims, speaker_named_as):
    _, _, zelensky = registry
    speaker_named_as("Nobody Quoted")
    later = datetime.datetime(2030, 1, 2, 12, tzinfo=datetime.UTC)
    make_claims(1, speaker=zelensky, speaker_text="Zelensky", created_at=later)
    response = editor_client.get(reverse("claims:speakers"), {"sort": "latest"})
    names = _names(response)
    assert names[0] == "Volodymyr Zelensky"
    assert names[-1] == "Nobody Quoted"
    assert "2 Jan 2030" in response.text


def test_speaker_list_finds_a_speaker_by_alias_ignoring_case_and_diacritics(
    editor_client, registry
):
    response = editor_client.get(reverse("claims:speakers"), {"q": "ZELÉNSKYY"})
    assert _names(response) == ["Volodymyr Zelensky"]


def test_speaker_list_search_answers_htmx_with_the_results_only(viewer_client, registry):
    response = viewer_client.get(
        reverse("claims:speakers"), {"q": "konash"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert "<html" not in response.text
    assert 'id="speaker-results"' in response.text
    assert "Igor Konashenkov" in response.text
    assert "Volodymyr Zelensky" not in response.text


def test_speaker_list_leaves_out_merged_speakers(editor_client, registry, editor):
    ministry, konashenkov, _ = registry
    merge_speakers(keep=ministry, drop=konashenkov, by=editor)
    response = editor_client.get(reverse("claims:speakers"))
    assert "Igor Konashenkov" not in _names(response)


def test_outsider_without_a_role_cannot_see_speakers(outsider_client, registry):
    assert outsider_client.get(reverse("claims:speakers")).status_code == 403


def test_speaker_page_shows_facts_aliases_and_claims(editor_client, registry):
    ministry, konashenkov, _ = registry
    response = editor_client.get(reverse("claims:speaker", args=[konashenkov.pk]))
    assert response.status_code == 200
    text = response.text
    assert "spokesman" in text
    assert reverse("claims:speaker", args=[ministry.pk]) in text
    assert "Russian Defense Ministry" in text
    assert len(response.context["claims"]) == 10
    assert "<svg" in text and "<title>Claims by Igor Konashenkov per month" in text


def test_each_claim_on_a_speaker_page_links_to_its_place_on_the_review_screen(
    viewer_client, registry
):
    _, _, zelensky = registry
    response = viewer_client.get(reverse("claims:speaker", args=[zelensky.pk]))
    claims = list(response.context["claims"])
    assert len(claims) == 3
    for claim in claims:
        review = reverse("claims:article_review", args=[claim.article_id])
        assert f'<a href="{review}#claim-{claim.pk}">{claim.text}</a>' in response.text
    target = viewer_client.get(reverse("claims:article_review", args=[claims[0].article_id]))
    assert f'id="claim-{claims[0].pk}"' in target.text


def test_organisation_page_lists_its_members(editor_client, registry):
    ministry, _, _ = registry
    response = editor_client.get(reverse("claims:speaker", args=[ministry.pk]))
    assert [m.name for m in response.context["members"]] == ["Igor Konashenkov"]


def test_speaker_page_filters_claims_by_verdict(editor_client, registry):
    _, konashenkov, _ = registry
    response = editor_client.get(
        reverse("claims:speaker", args=[konashenkov.pk]), {"verdict": "verified"}
    )
    assert {c.verdict for c in response.context["claims"]} == {"verified"}
    assert len(response.context["claims"]) == 4


def test_speaker_page_next_claims_come_as_a_fragment_for_htmx(editor_client, registry):
    _, konashenkov, _ = registry
    response = editor_client.get(
        reverse("claims:speaker", args=[konashenkov.pk]), headers={"HX-Request": "true"}
    )
    assert "<html" not in response.text
    assert 'id="claims-region"' in response.text
    assert "Track record" not in response.text


def test_merged_speaker_page_redirects_to_the_kept_speaker(editor_client, registry, editor):
    ministry, konashenkov, _ = registry
    merge_speakers(keep=ministry, drop=konashenkov, by=editor)
    response = editor_client.get(reverse("claims:speaker", args=[konashenkov.pk]))
    assert response.status_code == 302
    assert response.url == reverse("claims:speaker", args=[ministry.pk])


def test_speaker_page_suggests_transliteration_and_surname_duplicates(
    editor_client, speaker_named_as
):
    zelensky = speaker_named_as("Volodymyr Zelensky")
    zelenskyy = speaker_named_as("Volodymyr Zelenskyy")
    gladkov = speaker_named_as("Vyacheslav Gladkov")
    short = speaker_named_as("Gladkov")
    speaker_named_as("Igor Konashenkov")
    anna = speaker_named_as("Anna Konashenkov")

    def suggested(speaker):
        response = editor_client.get(reverse("claims:speaker", args=[speaker.pk]))
        return list(response.context["duplicates"])

    assert suggested(zelensky) == [zelenskyy]
    assert suggested(gladkov) == [short]
    assert suggested(short) == [gladkov]
    assert suggested(anna) == []


def test_editor_merges_a_duplicate_from_the_speaker_page(
    editor_client, speaker_named_as, make_claims
):
    gladkov = speaker_named_as("Vyacheslav Gladkov")
    short = speaker_named_as("Gladkov", created_by_extractor=True)
    make_claims(2, speaker=short, speaker_text="Gladkov")
    url = reverse("claims:speaker_merge", args=[gladkov.pk])
    asked = editor_client.post(url, {"drop": short.pk})
    # The first click asks, saying what will move; nothing has moved yet.
    assert asked.status_code == 200 and "Merge Gladkov into Vyacheslav Gladkov?" in asked.text
    assert "2 claims attributed to" in asked.text and 'name="confirmed"' in asked.text
    assert Claim.objects.filter(speaker=gladkov).count() == 0
    response = editor_client.post(url, {"drop": short.pk, "confirmed": "on"}, follow=True)
    assert "Merged Gladkov into Vyacheslav Gladkov: 2 claims moved." in response.text
    assert "merged <a href" in response.text and "2 claims moved." in response.text
    assert Claim.objects.filter(speaker=gladkov).count() == 2
    assert "Registry history" in response.text


def test_editor_merges_a_speaker_named_in_the_form(editor_client, speaker_named_as):
    gladkov = speaker_named_as("Vyacheslav Gladkov")
    short = speaker_named_as("Gladkov")
    url = reverse("claims:speaker_merge", args=[gladkov.pk])
    editor_client.post(url, {"name": "gladkov"})
    short.refresh_from_db()
    assert short.merged_into is None
    editor_client.post(url, {"name": "gladkov", "confirmed": "on"})
    short.refresh_from_db()
    assert short.merged_into == gladkov


def test_viewer_cannot_merge_split_edit_or_add_aliases(viewer_client, speaker_named_as):
    gladkov = speaker_named_as("Vyacheslav Gladkov")
    short = speaker_named_as("Gladkov")
    alias = SpeakerAlias.objects.create(speaker=gladkov, name="Gov. Gladkov")
    for name, data in [
        ("claims:speaker_merge", {"drop": short.pk}),
        ("claims:alias_split", {"alias": alias.pk}),
        ("claims:speaker_edit", {"name": "X", "kind": "person"}),
        ("claims:alias_add", {"name": "Slava"}),
    ]:
        assert viewer_client.post(reverse(name, args=[gladkov.pk]), data).status_code == 403
    assert Speaker.objects.live().count() == 2
    assert gladkov.aliases.count() == 2


def test_viewer_sees_no_registry_forms(viewer_client, speaker_named_as):
    gladkov = speaker_named_as("Vyacheslav Gladkov")
    response = viewer_client.get(reverse("claims:speaker", args=[gladkov.pk]))
    assert response.status_code == 200
    assert "Add alias" not in response.text
    assert "Edit speaker" not in response.text


def test_editor_splits_a_wrongly_merged_alias_back_out(
    editor_client, speaker_named_as, make_claims, editor
):
    gladkov = speaker_named_as("Vyacheslav Gladkov")
    other = speaker_named_as("Gladkova")
    make_claims(2, speaker=other, speaker_text="Gladkova")
    merge_speakers(keep=gladkov, drop=other, by=editor)
    alias = gladkov.aliases.get(name="Gladkova")
    response = editor_client.post(
        reverse("claims:alias_split", args=[gladkov.pk]), {"alias": alias.pk}, follow=True
    )
    assert "Split “Gladkova” out to Gladkova: 2 claims moved." in response.text
    other.refresh_from_db()
    assert other.merged_into is None
    assert other.claims.count() == 2


def test_editor_adds_an_alias_that_the_extractor_then_resolves(editor_client, speaker_named_as):
    from sources.services import speakers_for_names

    zelensky = speaker_named_as("Volodymyr Zelensky")
    editor_client.post(reverse("claims:alias_add", args=[zelensky.pk]), {"name": "Zelenskyy"})
    assert speakers_for_names(names={"zelenskyy": ("person", "")})["zelenskyy"] == zelensky


def test_alias_already_naming_another_speaker_is_refused(editor_client, speaker_named_as):
    zelensky = speaker_named_as("Volodymyr Zelensky")
    speaker_named_as("Zelenskyy")
    response = editor_client.post(
        reverse("claims:alias_add", args=[zelensky.pk]), {"name": "ZELENSKYY"}, follow=True
    )
    assert "already names Zelenskyy: merge the two speakers instead" in response.text
    assert zelensky.aliases.count() == 1


def test_editing_a_speaker_confirms_it_and_keeps_the_old_name_as_alias(
    editor_client, speaker_named_as
):
    ministry = speaker_named_as("Russian Defense Ministry", kind="organisation")
    speaker = speaker_named_as("Konashenkov", created_by_extractor=True)
    editor_client.post(
        reverse("claims:speaker_edit", args=[speaker.pk]),
        {
            "name": "Igor Konashenkov",
            "kind": "person",
            "role": "Major General",
            "affiliation": "russian defense ministry",
        },
    )
    speaker.refresh_from_db()
    assert (speaker.name, speaker.role, speaker.affiliation) == (
        "Igor Konashenkov",
        "Major General",
        ministry,
    )
    assert not speaker.created_by_extractor
    assert sorted(speaker.aliases.values_list("name", flat=True)) == [
        "Igor Konashenkov",
        "Konashenkov",
    ]


def test_speaker_names_are_escaped(editor_client, speaker_named_as, make_claims):
    speaker = speaker_named_as("<script>alert(1)</script>")
    make_claims(1, speaker=speaker, speaker_text="x")
    response = editor_client.get(reverse("claims:speaker", args=[speaker.pk]))
    assert "<script>alert(1)" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_speaker_options_suggest_names_for_a_datalist(editor_client, registry):
    response = editor_client.get(reverse("claims:speaker_options"), {"name": "zelenskyy"})
    assert re.findall(r'<option value="([^"]+)"', response.text) == ["Volodymyr Zelensky"]


def test_a_merged_speaker_cannot_be_renamed_or_given_aliases(
    editor_client, speaker_named_as, editor
):
    gladkov = speaker_named_as("Vyacheslav Gladkov")
    short = speaker_named_as("Gladkov")
    merge_speakers(keep=gladkov, drop=short, by=editor)
    response = editor_client.post(
        reverse("claims:speaker_edit", args=[short.pk]),
        {"name": "Slava", "kind": "person"},
        follow=True,
    )
    assert "Gladkov was merged into Vyacheslav Gladkov" in response.text
    editor_client.post(reverse("claims:alias_add", args=[short.pk]), {"name": "Governor G."})
    short.refresh_from_db()
    assert short.name == "Gladkov"
    assert not SpeakerAlias.objects.filter(name__in=["Slava", "Governor G."]).exists()
    assert set(short.aliases.values_list("name", flat=True)) == set()


def test_admin_refuses_to_change_a_merged_speaker(speaker_named_as, editor, admin_client):
    gladkov = speaker_named_as("Vyacheslav Gladkov")
    short = speaker_named_as("Gladkov")
    merge_speakers(keep=gladkov, drop=short, by=editor)
    admin_client.post(
        reverse("admin:sources_speaker_change", args=[short.pk]),
        {
            "name": "Slava",
            "kind": "person",
            "created_at_0": "2026-01-01",
            "created_at_1": "10:00:00",
            "merged_into": gladkov.pk,
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
        },
    )
    short.refresh_from_db()
    assert short.name == "Gladkov"
