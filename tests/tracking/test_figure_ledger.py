"""A story's figure ledger through the real path: articles extracted, filed under the
story by an editor, conflicts recorded, followers alerted; the screens for each role."""

import datetime
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim
from desk.models import Notification
from sources.services import update_speaker
from tests.tracking.conftest import DAY
from tracking import follows, ledger, stories
from tracking.models import Alert, FigureConflict

HX = {"HTTP_HX_REQUEST": "true"}
TITLE = "Blast at the market"


def police(figure: str) -> str:
    return f"Police said {figure} people were killed in the blast at the market on Monday."


def ministry(figure: str) -> str:
    return f"The health ministry said {figure} people were killed in the blast on Monday."


@pytest.fixture
def story(editor):
    return stories.create_story(title=TITLE, by=editor)


@pytest.fixture
def file_under(file_report, editor_client, story, django_capture_on_commit_callbacks):
    """file_under(text, outlet=..., published=...): an article extracted, then filed
    under the story by an editor on the story page."""

    def make(text, *, outlet, published=DAY):
        article = file_report(text, title=TITLE, outlet=outlet, published=published)
        with django_capture_on_commit_callbacks(execute=True):
            editor_client.post(
                reverse("tracking:story_articles", args=[story.pk]), {"articles": str(article.pk)}
            )
        return article

    return make


def test_conflicting_tolls_open_a_disagreement_and_alert_the_follower_once_each(
    file_under, story, editor
):
    editor.email = "erin@example.org"
    editor.save()
    follows.follow(user=editor, story=story)
    first = file_under(police("12"), outlet="Reuters")
    second = file_under(ministry("37"), outlet="AP")

    (conflict,) = FigureConflict.objects.filter(story=story)
    assert conflict.type == FigureConflict.Type.DISAGREEMENT
    assert conflict.category == "killed"
    assert {c.article_id for c in conflict.claims.all()} == {first.pk, second.pk}
    alerts = list(Alert.objects.filter(followers=editor).order_by("pk"))
    assert [a.kind for a in alerts] == [Alert.Kind.FIGURE, Alert.Kind.CONFLICT]
    assert "37 killed" in alerts[1].text
    assert [m.to for m in mail.outbox] == [["erin@example.org"], ["erin@example.org"]]


def test_each_alert_rings_the_followers_bell(file_under, story, editor, editor_client):
    follows.follow(user=editor, story=story)
    file_under(police("12"), outlet="Reuters")
    file_under(ministry("37"), outlet="AP")

    alerts = list(Alert.objects.filter(followers=editor).order_by("pk"))
    rung = list(Notification.objects.for_user(editor).unread().order_by("pk"))
    assert [n.verb for n in rung] == [a.text[:200] for a in alerts]
    assert {n.url for n in rung} == {reverse("tracking:story", args=[story.pk])}
    page = editor_client.get(reverse("claims:dashboard")).content.decode()
    assert f'<span class="count">{len(alerts)}</span>' in page


def test_agreeing_figures_open_no_conflict(file_under, story):
    file_under(police("at least 70"), outlet="Reuters")
    file_under(ministry("72"), outlet="AP")
    assert not FigureConflict.objects.filter(story=story).exists()


def test_a_rising_toll_from_one_source_is_an_update(file_under, story):
    file_under(police("12"), outlet="Reuters")
    file_under(police("37"), outlet="AP", published=DAY + datetime.timedelta(days=3))
    assert list(FigureConflict.objects.values_list("type", flat=True)) == ["update"]


def test_a_figure_inside_the_range_alerts_nobody(file_under, story, editor):
    follows.follow(user=editor, story=story)
    file_under(police("between 10 and 40"), outlet="Reuters")
    file_under(ministry("at least 12"), outlet="AP")
    # "at least 12" reaches past 40: it moves the range. "20" stays inside it.
    file_under(police("20"), outlet="BBC")
    assert Alert.objects.count() == 2


def test_filing_an_article_again_records_and_alerts_nothing_new(
    file_under, story, editor, django_capture_on_commit_callbacks
):
    follows.follow(user=editor, story=story)
    file_under(police("12"), outlet="Reuters")
    article = file_under(ministry("37"), outlet="AP")
    with django_capture_on_commit_callbacks(execute=True):
        follows.figures_entered(article_id=article.pk)
    assert FigureConflict.objects.count() == 1
    assert Alert.objects.count() == 2


def test_nobody_following_means_conflicts_recorded_and_no_alert(file_under, story):
    file_under(police("12"), outlet="Reuters")
    file_under(ministry("37"), outlet="AP")
    assert FigureConflict.objects.count() == 1
    assert not Alert.objects.exists()


def test_a_followed_speakers_verdict_change_alerts_the_follower(
    file_under, editor, second_editor, django_capture_on_commit_callbacks
):
    article = file_under(police("12"), outlet="Reuters")
    claim = Claim.objects.get(article=article, quantities__category="killed")
    follows.follow(user=second_editor, speaker=claim.speaker)
    with django_capture_on_commit_callbacks(execute=True):
        claim.set_verdict(verdict=Claim.Verdict.VERIFIED, by=editor)
    (alert,) = Alert.objects.filter(followers=second_editor)
    assert alert.kind == Alert.Kind.VERDICT and alert.claim_id == claim.pk
    assert "from Pending to Verified" in alert.text


def test_story_page_shows_the_ledger_worded_as_reported_with_a_chart(
    file_under, story, viewer_client
):
    file_under(police("at least 70"), outlet="Reuters")
    file_under(ministry("12"), outlet="AP", published=DAY + datetime.timedelta(days=1))
    page = viewer_client.get(reverse("tracking:story", args=[story.pk])).content.decode()
    assert "<html" in page
    assert 'class="ledger-chart"' in page
    ledger = page[page.index('id="ledger-killed"') :]
    assert ledger.index("at least 70") < ledger.index(">12<")
    assert "Reuters" in ledger and "health ministry" in ledger.lower()
    assert "Open conflicts (1)" in page
    fragment = viewer_client.get(reverse("tracking:story_ledger", args=[story.pk]), **HX)
    assert b"<html" not in fragment.content and b"at least 70" in fragment.content


def test_a_verified_figure_is_marked_and_no_other_reads_as_the_toll(
    file_under, story, editor, viewer_client
):
    article = file_under(police("12"), outlet="Reuters")
    claim = Claim.objects.get(article=article, quantities__category="killed")
    claim.set_verdict(verdict=Claim.Verdict.VERIFIED, by=editor)
    file_under(ministry("37"), outlet="AP")
    page = viewer_client.get(reverse("tracking:story_ledger", args=[story.pk])).content.decode()
    assert page.count('class="v-verified verified"') == 1
    assert page.count('class="mark source-0 verified"') == 1


@pytest.fixture
def conflict(file_under, story):
    file_under(police("12"), outlet="Reuters")
    file_under(ministry("37"), outlet="AP")
    return FigureConflict.objects.get()


@pytest.mark.parametrize("htmx", [True, False])
def test_an_explained_conflict_stays_listed_with_its_note(conflict, editor_client, htmx):
    url = reverse("tracking:conflict_explain", args=[conflict.pk])
    note = "Police count the market only; the ministry <counts> the hospital too."
    response = editor_client.post(url, {"note": note}, **(HX if htmx else {}))
    if htmx:
        assert b"<html" not in response.content
        page = response.content.decode()
    else:
        assert response.status_code == 302
        page = editor_client.get(response["Location"]).content.decode()
    assert "Open conflicts (0)" in page and "Explained conflicts (1)" in page
    assert "the ministry &lt;counts&gt; the hospital" in page
    conflict.refresh_from_db()
    assert conflict.explained and conflict.note == note


def test_a_conflict_is_not_explained_without_a_note(conflict, editor_client):
    url = reverse("tracking:conflict_explain", args=[conflict.pk])
    page = editor_client.post(url, {"note": "  "}, **HX).content.decode()
    assert "a note is required" in page
    conflict.refresh_from_db()
    assert not conflict.explained


def test_viewers_may_read_the_ledger_but_not_change_or_follow(conflict, story, viewer_client):
    assert viewer_client.get(reverse("tracking:story_ledger", args=[story.pk])).status_code == 200
    explain = reverse("tracking:conflict_explain", args=[conflict.pk])
    assert viewer_client.post(explain, {"note": "mine"}).status_code == 403
    follow = reverse("tracking:story_follow", args=[story.pk])
    assert viewer_client.post(follow, {"follow": "yes"}).status_code == 403


def test_the_ledger_and_alerts_need_a_sign_in(client, story):
    for url in (reverse("tracking:story_ledger", args=[story.pk]), reverse("tracking:alerts")):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("htmx", [True, False])
def test_following_a_story_from_its_ledger(story, editor, editor_client, htmx):
    url = reverse("tracking:story_follow", args=[story.pk])
    response = editor_client.post(url, {"follow": "yes"}, **(HX if htmx else {}))
    assert follows.follows(user=editor, story=story)
    if htmx:
        assert b"Stop following" in response.content and b"<html" not in response.content
    else:
        assert response["Location"] == reverse("tracking:story", args=[story.pk])
    editor_client.post(url, {"follow": "no"})
    assert not follows.follows(user=editor, story=story)


@pytest.mark.parametrize("htmx", [True, False])
def test_alerts_page_lists_the_users_alerts_only(
    file_under, story, editor, second_editor, editor_client, htmx
):
    follows.follow(user=editor, story=story)
    file_under(police("12"), outlet="Reuters")
    follows.follow(user=second_editor, story=story)
    file_under(ministry("37"), outlet="AP")
    response = editor_client.get(reverse("tracking:alerts"), **(HX if htmx else {}))
    page = response.content.decode()
    assert ("<html" in page) is not htmx
    assert page.count('class="alert alert-') == 2
    assert Alert.objects.filter(followers=second_editor).count() == 1


def test_a_long_ledger_pages_its_figures_in_publication_order(
    file_under, story, viewer_client, monkeypatch
):
    monkeypatch.setattr("tracking.views.ledger.LEDGER_ROWS_SHOWN", 1)
    file_under(police("12"), outlet="Reuters")
    file_under(police("at least 37"), outlet="AP", published=DAY + datetime.timedelta(days=1))
    page = viewer_client.get(reverse("tracking:story_ledger", args=[story.pk])).content.decode()
    table = page[page.index('class="ledger-entries"') :]
    assert ">12<" in table and "at least 37" not in table
    assert "2 figures from 1 source, reported from 12 to at least 37" in page
    # Two days, two marks: the chart draws what the table has not listed yet.
    assert page.count('<circle class="mark') == 1 and page.count("<rect") == 1
    more = re.search(r'hx-get="([^"]+)"[^>]*>More figures<', page).group(1).replace("&amp;", "&")
    fragment = viewer_client.get(more, **HX).content.decode()
    assert "<html" not in fragment and "at least 37" in fragment and ">12<" not in fragment
    assert "More figures" not in fragment
    whole = viewer_client.get(more).content.decode()
    assert "<html" in whole and "at least 37" in whole


def test_a_damaged_more_figures_link_is_refused(file_under, story, viewer_client):
    file_under(police("12"), outlet="Reuters")
    url = reverse("tracking:ledger_figures", args=[story.pk, "killed"])
    assert viewer_client.get(url, {"after": "x1"}).status_code == 400
    assert viewer_client.get(url, {"after": "999999"}).status_code == 400
    assert (
        viewer_client.get(reverse("tracking:ledger_figures", args=[story.pk, "eaten"])).status_code
        == 404
    )


def test_an_editor_follows_a_speaker_from_the_speaker_page(file_under, editor, editor_client):
    article = file_under(police("12"), outlet="Reuters")
    speaker = Claim.objects.get(article=article, quantities__category="killed").speaker
    page = editor_client.get(reverse("claims:speaker", args=[speaker.pk])).content.decode()
    url = reverse("tracking:speaker_follow", args=[speaker.pk])
    assert f'action="{url}"' in page
    response = editor_client.post(url, {"follow": "yes"})
    assert response["Location"] == reverse("tracking:alerts")
    assert follows.follows(user=editor, speaker=speaker)
    listed = editor_client.get(reverse("tracking:alerts")).content.decode()
    assert speaker.name in listed and "(speaker)" in listed


def test_viewers_cannot_follow_a_speaker(file_under, viewer_client):
    article = file_under(police("12"), outlet="Reuters")
    speaker = Claim.objects.get(article=article, quantities__category="killed").speaker
    page = viewer_client.get(reverse("claims:speaker", args=[speaker.pk])).content.decode()
    assert "Follow " + speaker.name not in page
    url = reverse("tracking:speaker_follow", args=[speaker.pk])
    assert viewer_client.post(url, {"follow": "yes"}).status_code == 403


def test_the_chart_draws_ranges_and_floors_as_bars_on_one_scale(file_under, story, viewer_client):
    file_under(police("between 10 and 15"), outlet="Reuters")
    file_under(ministry("at least 40"), outlet="AP", published=DAY + datetime.timedelta(days=1))
    file_under(police("about 30"), outlet="BBC", published=DAY + datetime.timedelta(days=2))
    page = viewer_client.get(reverse("tracking:story_ledger", args=[story.pk])).content.decode()
    chart = page[page.index('<svg class="ledger-chart"') : page.index("</svg>")]
    assert chart.count("<rect") == 3 and chart.count("open-ended") == 1
    assert "at least 40 killed" in chart


def test_a_disagreement_names_only_each_sources_latest_figure(file_under, story):
    file_under(police("12"), outlet="Reuters")
    latest = file_under(police("12"), outlet="BBC")
    arrived = file_under(ministry("37"), outlet="AP")
    conflict = FigureConflict.objects.get(figure__claim__article=arrived)
    assert conflict.type == FigureConflict.Type.DISAGREEMENT
    assert {c.article_id for c in conflict.claims.all()} == {latest.pk, arrived.pk}


def test_two_conflicting_articles_filed_together_record_their_disagreement_once(
    file_report, editor_client, story, django_capture_on_commit_callbacks
):
    first = file_report(police("12"), title=TITLE, outlet="Reuters")
    second = file_report(ministry("37"), title=TITLE, outlet="AP")
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            reverse("tracking:story_articles", args=[story.pk]),
            {"articles": f"{first.pk} {second.pk}"},
        )
    (conflict,) = FigureConflict.objects.filter(story=story)
    assert conflict.type == FigureConflict.Type.DISAGREEMENT
    assert {c.article_id for c in conflict.claims.all()} == {first.pk, second.pk}


def test_a_crowded_day_is_drawn_as_one_mark_spanning_its_sources(
    file_under, story, viewer_client, monkeypatch
):
    # A chart with room for two marks; three sources report on the same day.
    monkeypatch.setattr(ledger, "CHART_MARKS", 2)
    file_under(police("12"), outlet="Reuters")
    file_under(ministry("37"), outlet="AP")
    file_under("The mayor said 40 people were killed in the blast on Monday.", outlet="BBC")
    page = viewer_client.get(reverse("tracking:story_ledger", args=[story.pk])).content.decode()
    chart = page[page.index('<svg class="ledger-chart"') : page.index("</svg>")]
    assert chart.count('class="mark') == 1 and "sources-many" in chart
    assert "3 figures, 12 killed to 40 killed (3 sources)" in chart
    assert "3 figures from 3 sources" in page


def charts(client, story) -> str:
    page = client.get(reverse("tracking:story", args=[story.pk])).content.decode()
    return "".join(re.findall(r'<svg class="ledger-chart".*?</svg>', page, re.S))


def test_a_changed_figure_shows_in_the_chart_at_once(file_under, story, editor, viewer_client):
    article = file_under(police("12"), outlet="Reuters")
    assert "12 killed" in charts(viewer_client, story)
    claim = Claim.objects.get(article=article, quantities__category="killed")
    claim.correct(
        by=editor,
        expected_version=None,
        start=claim.start,
        end=claim.end,
        kind=claim.kind,
        stance=claim.stance,
        hedged=claim.hedged,
        figures=[
            {"value": Decimal(14), "lower": Decimal(14), "upper": Decimal(14), "category": "killed"}
        ],
    )
    drawn = charts(viewer_client, story)
    assert "14 killed" in drawn and "12 killed" not in drawn and " verified" not in drawn
    Claim.objects.get(pk=claim.pk).set_verdict(verdict=Claim.Verdict.VERIFIED, by=editor)
    assert 'class="mark source-0 verified"' in charts(viewer_client, story)
    file_under(ministry("37"), outlet="AP")
    drawn = charts(viewer_client, story)
    assert "14 killed" in drawn and "37 killed" in drawn


def test_a_renamed_speaker_is_named_in_the_chart_at_once(file_under, story, viewer_client):
    article = file_under(police("12"), outlet="Reuters")
    speaker = Claim.objects.get(article=article, quantities__category="killed").speaker
    assert speaker.name in charts(viewer_client, story)
    update_speaker(
        speaker=speaker, name="City police", kind=speaker.kind, role="", affiliation=None
    )
    assert "City police" in charts(viewer_client, story)


def test_an_unchanged_storys_charts_are_drawn_once(file_under, story, viewer_client):
    file_under(police("12"), outlet="Reuters")
    file_under(ministry("37"), outlet="AP")
    first = charts(viewer_client, story)
    with CaptureQueriesContext(connection) as again:
        assert charts(viewer_client, story) == first
    assert not [q for q in again.captured_queries if "tracking_ledgerday" in q["sql"]]


def test_the_charts_are_drawn_when_the_cache_cannot_be_reached(
    file_under, story, viewer_client, settings
):
    file_under(police("12"), outlet="Reuters")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    assert "12 killed" in charts(viewer_client, story)
