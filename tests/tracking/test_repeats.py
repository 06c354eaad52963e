"""Repeated claims: the same claim in several articles is grouped, once, and verified once."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, ClaimEvent
from claims.services import extract_articles, mark_queued
from claims.signals import verdict_changed
from claims.speakers import merge_speakers, split_alias
from sources.models import Article, Outlet, Speaker, SpeakerAlias
from sources.services import create_article
from tests.tracking.conftest import WIRE
from tracking import follows, repeats, stories, summary
from tracking.models import Alert, LedgerDay, RepeatedClaim, RepeatedClaimMember, Story
from tracking.similarity import similarity


def _injured(article) -> Claim:
    return Claim.objects.get(article=article, quantities__category="injured")


def _group(claim) -> RepeatedClaim:
    return RepeatedClaim.objects.get(members__claim=claim)


def test_the_same_claim_in_three_outlets_is_one_repeated_claim(file_report):
    articles = [file_report(outlet=name) for name in ("Reuters", "AP", "Ledger")]
    injured = {_group(_injured(a)).pk for a in articles}
    destroyed = {
        _group(Claim.objects.get(article=a, quantities__category="destroyed")).pk for a in articles
    }
    assert len(injured) == 1 and len(destroyed) == 1
    assert injured != destroyed
    assert RepeatedClaim.objects.get(pk=injured.pop()).members.count() == 3


def test_claims_with_different_figures_are_never_grouped(file_report):
    first = file_report()
    other = file_report(WIRE.replace("12 civilians", "15 civilians"))
    assert _group(_injured(first)) != _group(_injured(other))


def test_a_different_bound_is_a_different_claim(file_report):
    first = file_report()
    other = file_report(WIRE.replace("12 civilians", "more than 12 civilians"))
    assert _group(_injured(first)) != _group(_injured(other))


def test_different_wording_with_the_same_figures_stays_apart(file_report):
    first = file_report()
    other = file_report(
        "Belgorod governor Vyacheslav Gladkov said 12 civilians were hurt when drones "
        "struck a market and a bus depot."
    )
    assert _group(_injured(first)) != _group(_injured(other))


UNQUOTED = " The ceasefire collapsed within hours of being announced, it was reported."


def _unquoted(article) -> Claim:
    return Claim.objects.get(article=article, text__istartswith="The ceasefire")


def test_unquoted_claims_without_figures_group_by_their_words_under_keys_of_their_own(
    file_report,
):
    first, again = file_report(WIRE + UNQUOTED), file_report(WIRE + UNQUOTED.upper())
    other = file_report(WIRE + UNQUOTED.replace("within hours", "within days"))
    claims = [_unquoted(a) for a in (first, again, other)]
    assert all(c.speaker_id is None and not c.quantities.exists() for c in claims)

    assert _group(claims[0]) == _group(claims[1]), "the same words, whatever the case"
    assert _group(claims[0]) != _group(claims[2])
    # A new one is compared with the groups of its own words, not every unquoted claim.
    assert _group(claims[0]).key != _group(claims[2]).key


def test_the_migration_gives_stored_unquoted_groups_the_key_grouping_now_uses(file_report):
    import hashlib
    import importlib
    import json

    from django.apps import apps

    rekeying = importlib.import_module("tracking.migrations.0004_key_unquoted_claims_by_wording")
    claim = _unquoted(file_report(WIRE + UNQUOTED))
    group = _group(claim)
    # As the grouping stored it before: every unquoted claim without figures under one key.
    crowded = json.dumps(["name:", "asserts", []], separators=(",", ":"))
    RepeatedClaim.objects.filter(pk=group.pk).update(
        key=hashlib.sha256(crowded.encode()).hexdigest()
    )

    rekeying.rekey(apps, None)

    group.refresh_from_db()
    assert group.key == repeats.claim_key(claim, [])
    assert repeats.group_article(article_id=claim.article_id) == repeats.Grouped(0, 0)


def test_grouping_again_or_re_extracting_never_duplicates_a_membership(file_report):
    articles = [file_report(), file_report()]
    members = RepeatedClaimMember.objects.count()
    assert repeats.group_article(article_id=articles[0].pk) == repeats.Grouped(0, 0)

    mark_queued(article_id=articles[1].pk)
    extract_articles(article_ids=[articles[1].pk])
    repeats.group_article(article_id=articles[1].pk)
    repeats.group_article(article_id=articles[1].pk)

    assert RepeatedClaimMember.objects.count() == members
    assert _group(_injured(articles[0])) == _group(_injured(articles[1]))
    assert not RepeatedClaim.objects.filter(members__isnull=True).exists()


def _extracted(text: str) -> Article:
    """An article extracted and not grouped yet, as the tracking task finds it."""
    article = create_article(
        title="Report", text=text, outlet=Outlet.objects.get_or_create(name="Desk")[0]
    )
    mark_queued(article_id=article.pk)
    extract_articles(article_ids=[article.pk])
    return article


MORE = (
    " Police said 5 people were arrested in Odesa on Sunday."
    " The mayor said 7 bridges were closed in Kherson."
    " Rescuers said 9 people were evacuated from Sumy."
)


def test_grouping_an_article_costs_the_same_queries_for_two_claims_or_more(file_report):
    file_report()
    few = _extracted(WIRE.replace("12 civilians", "13 civilians"))
    many = _extracted(WIRE.replace("12 civilians", "14 civilians") + MORE)
    assert Claim.objects.filter(article=many).count() > Claim.objects.filter(article=few).count()
    counted = []
    for article in (few, many):
        with CaptureQueriesContext(connection) as captured:
            repeats.group_article(article_id=article.pk)
        counted.append(len(captured))
    assert counted[0] == counted[1]
    # The destroyed homes joined the filed report's group, the injured started theirs.
    assert _group(_injured(many)).members.count() == 1
    assert (
        _group(Claim.objects.get(article=many, quantities__category="destroyed")).members.count()
        == 3
    )


def test_a_claim_said_twice_in_one_article_joins_a_group_once(file_report):
    group = _group(_injured(file_report()))
    twice = file_report(WIRE + " " + WIRE)
    claims = list(Claim.objects.filter(article=twice, quantities__category="injured"))
    assert len(claims) == 2
    assert [_group(c) == group for c in claims] == [True, False]
    assert group.members.count() == 2


def test_claims_placed_together_join_the_group_the_first_of_them_starts(file_report, editor):
    claims = [_injured(file_report()), _injured(file_report())]
    old = _group(claims[0])
    someone = Speaker.objects.create(name="Andriy Yusov")
    for claim in claims:  # the regrouping these queue is not run: both are placed below
        claim.set_attribution(speaker=someone, by=editor)

    assert repeats.regroup_claims(claim_ids=[c.pk for c in claims]) == repeats.Grouped(1, 1)
    assert _group(claims[0]) == _group(claims[1]) != old
    assert not RepeatedClaim.objects.filter(members__isnull=True).exists()


def test_claims_another_worker_placed_meanwhile_stay_where_it_put_them(file_report):
    file_report()
    article = _extracted(WIRE)
    # Read by one worker, then placed by another before the first takes the locks.
    stale = list(repeats._claims_to_place().filter(article_id=article.pk))
    repeats.group_article(article_id=article.pk)
    placed = {claim.pk: _group(claim).pk for claim in stale}

    assert repeats._place_all(stale) == repeats.Grouped(0, 0)
    assert {claim.pk: _group(claim).pk for claim in stale} == placed
    assert not RepeatedClaim.objects.filter(members__isnull=True).exists()


def test_deleting_an_article_leaves_no_empty_group(file_report, django_capture_on_commit_callbacks):
    lone = file_report(WIRE.replace("12 civilians", "7 civilians"))
    file_report()
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.filter(pk=lone.pk).delete()
    assert not RepeatedClaim.objects.filter(members__isnull=True).exists()
    assert RepeatedClaim.objects.count() == 2  # the injured and destroyed of the other


def test_a_group_verdict_goes_to_pending_members_and_spares_the_others(file_report, editor):
    articles = [file_report() for _ in range(3)]
    decided = _injured(articles[2])
    decided.set_verdict(verdict="verified", by=editor)
    group = _group(decided)

    applied = repeats.set_group_verdict(
        group=group, verdict="false", note="Hospital lists show 3", by=editor, expected_version=1
    )

    assert (applied.applied, applied.disagreeing) == (2, 1)
    for article in articles[:2]:
        claim = _injured(article)
        assert claim.verdict == "false"
        event = ClaimEvent.objects.get(claim=claim, field="verdict")
        assert event.note == f"From the repeated claim, by {editor.username}: Hospital lists show 3"
        assert event.user == editor
    decided.refresh_from_db()
    assert decided.verdict == "verified"
    group.refresh_from_db()
    assert group.disagrees(decided.verdict)


def _verdict_queries(group, by) -> int:
    with CaptureQueriesContext(connection) as queries:
        repeats.set_group_verdict(group=group, verdict="verified", by=by, expected_version=1)
    return len(queries)


def test_a_group_verdict_costs_the_same_queries_for_two_members_or_five(file_report, editor):
    small = [file_report(WIRE.replace("12 civilians", "15 civilians")) for _ in range(2)]
    large = [file_report() for _ in range(5)]
    small_group, large_group = _group(_injured(small[0])), _group(_injured(large[0]))
    assert (small_group.members.count(), large_group.members.count()) == (2, 5)

    assert _verdict_queries(small_group, editor) == _verdict_queries(large_group, editor)
    for article in small + large:
        claim = _injured(article)
        assert claim.verdict == "verified" and claim.version == 2
        assert ClaimEvent.objects.filter(claim=claim, field="verdict").count() == 1


def test_a_group_verdict_costs_the_same_queries_for_two_stories_or_five(file_report, editor):
    # A verified figure counts apart in each story's ledger summary, so the verdict
    # refreshes the summary of every story its members are filed under.
    small = [file_report(WIRE.replace("12 civilians", "15 civilians")) for _ in range(2)]
    large = [file_report() for _ in range(5)]
    for number, article in enumerate(small + large):
        story = stories.create_story(title=f"Story {number}", by=editor)
        stories.file_articles(story=story, article_ids=[article.pk], by=editor)
    small_group, large_group = _group(_injured(small[0])), _group(_injured(large[0]))

    assert _verdict_queries(small_group, editor) == _verdict_queries(large_group, editor)
    for story in Story.objects.all():
        assert summary.differences(story_id=story.pk) == []
        assert LedgerDay.objects.filter(story=story, category="injured").get().verified == 1


def test_under_sign_off_a_group_verdict_is_proposed_to_each_pending_member(
    file_report, editor, settings
):
    settings.VERDICT_SIGN_OFF = True
    articles = [file_report(), file_report()]
    applied = repeats.set_group_verdict(
        group=_group(_injured(articles[0])), verdict="verified", by=editor, expected_version=1
    )
    assert applied.applied == 2
    for article in articles:
        claim = _injured(article)
        assert (claim.verdict, claim.proposed_verdict, claim.proposed_by) == (
            "pending",
            "verified",
            editor,
        )
        event = ClaimEvent.objects.get(claim=claim)
        assert event.action == ClaimEvent.Action.PROPOSAL and event.field == "proposed_verdict"


def test_a_group_verdict_alerts_the_speakers_follower_once_per_member(
    file_report, editor, second_editor, django_capture_on_commit_callbacks
):
    articles = [file_report() for _ in range(3)]
    claims = [_injured(a) for a in articles]
    follows.follow(user=second_editor, speaker=claims[0].speaker)
    sent = []

    def count(sender, *, changes, **kwargs):
        sent.append(changes)

    verdict_changed.connect(count)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            repeats.set_group_verdict(
                group=_group(claims[0]), verdict="false", note="No", by=editor, expected_version=1
            )
    finally:
        verdict_changed.disconnect(count)

    assert sent == [[(c.pk, "pending", "false") for c in sorted(claims, key=lambda c: c.pk)]]
    alerts = Alert.objects.filter(followers=second_editor, kind=Alert.Kind.VERDICT)
    assert sorted(alerts.values_list("claim_id", flat=True)) == sorted(c.pk for c in claims)
    claims[0].speaker.refresh_from_db()
    assert claims[0].speaker.false_count == 3, "the speaker's counters were recounted"


def test_a_false_group_verdict_needs_a_note(file_report, editor):
    article = file_report()
    with pytest.raises(ValidationError):
        repeats.set_group_verdict(
            group=_group(_injured(article)), verdict="false", by=editor, expected_version=1
        )


def test_of_two_editors_verifying_a_group_one_wins(file_report, editor, second_editor):
    articles = [file_report(), file_report()]
    group = _group(_injured(articles[0]))
    repeats.set_group_verdict(group=group, verdict="verified", by=editor, expected_version=1)
    with pytest.raises(repeats.GroupConflict) as conflict:
        repeats.set_group_verdict(
            group=group, verdict="false", note="No", by=second_editor, expected_version=1
        )
    assert conflict.value.current.verdict == "verified"
    for article in articles:
        assert ClaimEvent.objects.filter(claim=_injured(article)).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_of_two_editors_verifying_a_group_at_the_same_moment_one_wins(
    file_report, editor, second_editor
):
    articles = [file_report() for _ in range(4)]
    group = _group(_injured(articles[0]))
    barrier = threading.Barrier(2)
    outcomes: list = []

    def verify(by, verdict, note):
        try:
            barrier.wait()
            outcomes.append(
                repeats.set_group_verdict(
                    group=group, verdict=verdict, note=note, by=by, expected_version=1
                )
            )
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            outcomes.append(error)
        finally:
            close_old_connections()

    threads = [
        threading.Thread(target=verify, args=(editor, "verified", "")),
        threading.Thread(target=verify, args=(second_editor, "false", "Hospital lists show 3")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    (won,) = [o for o in outcomes if isinstance(o, repeats.Applied)]
    (lost,) = [o for o in outcomes if not isinstance(o, repeats.Applied)]
    assert isinstance(lost, repeats.GroupConflict)
    assert lost.current.verdict == won.group.verdict and won.applied == 4
    for article in articles:
        claim = _injured(article)
        assert claim.verdict == won.group.verdict
        assert ClaimEvent.objects.filter(claim=claim, field="verdict").count() == 1


def test_an_editor_splits_a_claim_out_and_joins_it_back(file_report, editor):
    articles = [file_report(), file_report(), file_report()]
    group = _group(_injured(articles[0]))
    out = _injured(articles[2])

    own = repeats.split_claim(claim=out, by=editor)
    assert own != group and _group(out) == own
    repeats.group_article(article_id=articles[2].pk)
    assert _group(out) == own, "the grouping leaves a claim an editor placed"

    repeats.join_groups(keep=group, drop=own, by=editor)
    assert _group(out) == group and group.members.count() == 3
    assert not RepeatedClaim.objects.filter(pk=own.pk).exists()


def test_groups_with_different_figures_cannot_be_joined(file_report, editor):
    first = _group(_injured(file_report()))
    other = _group(_injured(file_report(WIRE.replace("12 civilians", "15 civilians"))))
    with pytest.raises(ValidationError):
        repeats.join_groups(keep=first, drop=other, by=editor)


def test_a_claim_given_another_speaker_leaves_the_group(
    file_report, editor, django_capture_on_commit_callbacks
):
    articles = [file_report(), file_report()]
    claim = _injured(articles[1])
    someone = Speaker.objects.create(name="Andriy Yusov")
    with django_capture_on_commit_callbacks(execute=True):
        claim.set_attribution(speaker=someone, by=editor)
    assert _group(claim) != _group(_injured(articles[0]))


def test_merging_two_speakers_groups_their_identical_claims(
    file_report, editor, django_capture_on_commit_callbacks
):
    first = _injured(file_report())
    other = _injured(file_report(WIRE.replace("Vyacheslav", "Viacheslav")))
    assert first.speaker != other.speaker and first.text == other.text
    assert _group(first) != _group(other)

    with django_capture_on_commit_callbacks(execute=True):
        merge_speakers(keep=first.speaker, drop=other.speaker, by=editor)
    assert _group(first) == _group(other)

    with django_capture_on_commit_callbacks(execute=True):
        split_alias(alias=SpeakerAlias.objects.get(name=other.speaker.name), by=editor)
    other.refresh_from_db()
    assert other.speaker != first.speaker
    assert _group(first) != _group(other), "a split takes the claims out of the group again"
    assert not RepeatedClaim.objects.filter(members__isnull=True).exists()


def test_python_similarity_follows_pg_trgm():
    assert similarity("12 civilians were injured", "12 civilians were injured") == 1.0
    assert similarity("word", "") == 0.0
    # As pg_trgm answers: 3 trigrams shared of the 6 the two words have.
    assert similarity("cat", "cats") == pytest.approx(3 / 6)


@pytest.mark.postgres
def test_postgres_groups_by_trigram_similarity_as_the_fallback_does(file_report):
    from django.db import connection

    first = file_report()
    second = file_report(WIRE.replace("by the shelling", "by shelling"))
    assert _group(_injured(first)) == _group(_injured(second))
    texts = [_injured(first).text, _injured(second).text]
    with connection.cursor() as cursor:
        cursor.execute("SELECT similarity(%s, %s)", texts)
        assert cursor.fetchone()[0] == pytest.approx(similarity(*texts), abs=1e-4)


@pytest.mark.postgres
@pytest.mark.parametrize("crowded_from", [1, repeats.CROWDED_KEY])
def test_postgres_groups_alike_under_a_key_of_few_groups_or_of_many(
    file_report, monkeypatch, crowded_from
):
    """A key of few groups is measured group by group, a crowded one through the
    trigram index: the same groups either way."""
    monkeypatch.setattr(repeats, "CROWDED_KEY", crowded_from)
    first = file_report()
    edited = file_report(WIRE.replace("by the shelling", "by shelling"))
    reworded = file_report(
        "Belgorod governor Vyacheslav Gladkov said 12 civilians were hurt when drones "
        "struck a market and a bus depot."
    )
    assert _group(_injured(first)) == _group(_injured(edited))
    assert _group(_injured(first)) != _group(_injured(reworded))
    assert _group(_injured(first)).members.count() == 2
