import datetime
import re

import pytest
from django.urls import reverse

from claims.charts import track_chart
from claims.models import Claim
from claims.track_records import track_record
from sources.models import Outlet

MARCH = datetime.datetime(2024, 3, 5, tzinfo=datetime.UTC)
MAY = datetime.datetime(2024, 5, 20, tzinfo=datetime.UTC)


@pytest.fixture
def quoted(speaker_named_as, make_claims):
    speaker = speaker_named_as("Vyacheslav Gladkov")
    for verdict, n, when in [
        ("verified", 3, MARCH),
        ("false", 2, MARCH),
        ("misleading", 1, MAY),
        ("unverifiable", 1, MAY),
        ("pending", 4, MAY),
        ("not_a_claim", 2, MAY),
    ]:
        make_claims(n, speaker=speaker, verdict=verdict, created_at=when, speaker_text="Gladkov")
    return speaker


def test_track_record_counts_and_shares_by_verdict(quoted):
    record = track_record(claims=Claim.objects.filter(speaker=quoted))
    assert {row.verdict: row.count for row in record.rows} == {
        "verified": 3,
        "false": 2,
        "misleading": 1,
        "unverifiable": 1,
        "pending": 4,
    }
    assert record.total == 11
    assert record.dismissed == 2
    assert sum(row.share for row in record.rows) == pytest.approx(1.0)


def test_track_record_months_have_no_gaps(quoted):
    record = track_record(claims=Claim.objects.filter(speaker=quoted))
    assert [month for month, _ in record.months] == [
        datetime.date(2024, 3, 1),
        datetime.date(2024, 4, 1),
        datetime.date(2024, 5, 1),
    ]
    assert sum(sum(counts.values()) for _, counts in record.months) == record.total


def test_track_record_adds_up_to_the_claims_shown_on_every_page(editor_client, quoted, monkeypatch):
    monkeypatch.setattr("claims.views.speakers.CLAIMS_PER_PAGE", 4)
    url = reverse("claims:speaker", args=[quoted.pk])
    response = editor_client.get(url)
    shown = {
        verdict: int(count)
        for verdict, count in re.findall(r'data-verdict="(\w+)">(\d+)<', response.text)
    }
    total = int(re.search(r'id="track-total">(\d+)<', response.text).group(1))
    listed = [c.verdict for c in response.context["claims"]]
    older = response.context["older"]
    while older:
        page = editor_client.get(url, {"before": older})
        listed += [c.verdict for c in page.context["claims"]]
        older = page.context["older"]
    assert total == len(listed) == sum(shown.values()) == 11
    assert shown == {verdict: listed.count(verdict) for verdict in shown}
    quoted.refresh_from_db()
    assert (quoted.claim_count, quoted.false_count) == (11, 2)


def test_each_verdict_count_links_to_those_claims(editor_client, quoted):
    url = reverse("claims:speaker", args=[quoted.pk])
    response = editor_client.get(url, {"verdict": "pending"})
    assert [c.verdict for c in response.context["claims"]] == ["pending"] * 4
    assert f'href="{url}?verdict=false"' in response.text


def test_chart_is_svg_with_a_title_and_escaped_labels():
    chart = track_chart(
        [(datetime.date(2024, 3, 1), {"false": 2, "verified": 1})],
        labels={"false": "<b>False</b>", "verified": "Verified"},
        title='Claims by "<Gladkov>" & co',
    )
    assert chart.startswith("<svg")
    assert "<title>Claims by &quot;&lt;Gladkov&gt;&quot; &amp; co</title>" in chart
    assert "&lt;b&gt;false&lt;/b&gt;" in chart
    assert chart.count('<rect class="bar-') == 2
    assert "<b>" not in chart


def test_no_claims_means_no_chart():
    assert track_chart([], labels={}, title="Nothing") == ""


def test_outlet_page_shows_its_articles_and_their_verdicts(editor_client, quoted):
    outlet = Outlet.objects.get(name="The Daily Ledger")
    response = editor_client.get(reverse("claims:outlet", args=[outlet.pk]))
    assert response.status_code == 200
    ((article, counts),) = response.context["articles"]
    assert article.title == "Daily briefing"
    assert dict((verdict, n) for verdict, _, n in counts)["not_a_claim"] == 2
    assert response.context["record"].total == 11
    assert "Track record" in response.text


def test_outlet_articles_page_for_htmx_is_a_fragment(editor_client, quoted):
    outlet = Outlet.objects.get(name="The Daily Ledger")
    response = editor_client.get(
        reverse("claims:outlet", args=[outlet.pk]), headers={"HX-Request": "true"}
    )
    assert "<html" not in response.text
    assert 'id="outlet-articles"' in response.text


def test_outlet_list_counts_articles(viewer_client, quoted):
    response = viewer_client.get(reverse("claims:outlets"))
    assert response.status_code == 200
    assert "The Daily Ledger" in response.text


def test_claims_are_dated_by_their_articles_publication(seed, editor_client):
    """The seed article appeared on 23 May 2023, whenever it was imported."""
    from claims.track_records import refresh_speaker_stats
    from sources.models import Speaker

    article, claims = seed
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")
    refresh_speaker_stats(speaker_ids=[gladkov.pk])
    gladkov.refresh_from_db()
    assert gladkov.last_claim_on == datetime.date(2023, 5, 23)
    record = track_record(claims=Claim.objects.filter(speaker=gladkov))
    assert [month for month, _ in record.months] == [datetime.date(2023, 5, 1)]
    assert record.dated_by_import == 0
    page = editor_client.get(reverse("claims:speaker", args=[gladkov.pk])).text
    assert "dated by import date" not in page
    listing = editor_client.get(reverse("claims:speakers")).text
    assert "23 May 2023" in listing


def test_claims_of_an_undated_article_are_dated_by_import_and_say_so(editor_client, quoted):
    quoted.refresh_from_db()
    assert quoted.last_claim_on == MAY.date()
    record = track_record(claims=Claim.objects.filter(speaker=quoted))
    assert record.dated_by_import == record.total == 11
    page = editor_client.get(reverse("claims:speaker", args=[quoted.pk])).text
    assert "11 claims dated by import date: their articles have no publication date." in page
