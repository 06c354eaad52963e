"""The ledger's summary stays equal to a rebuild from the figures through every change
that moves a figure in or out of a story, or changes what it counts: articles
extracted, filed, removed, deleted and re-extracted, figures corrected, split and
merged, verdicts and speakers changed, stories and speakers merged."""

import datetime
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Sum

from claims.models import Claim
from claims.services import extract_articles
from claims.speakers import merge_speakers
from tests.tracking.conftest import DAY
from tracking import conflicts, repeats, stories
from tracking.models import LedgerDay, RepeatedClaim
from tracking.summary import differences

NEXT_DAY = DAY + datetime.timedelta(days=1)


def police(figure: str) -> str:
    return f"Police said {figure} people were killed in the blast at the market on Monday."


def ministry(figure: str) -> str:
    return f"The health ministry said {figure} people were killed in the blast on Monday."


@pytest.fixture
def story(editor):
    return stories.create_story(title="Blast at the market", by=editor)


@pytest.fixture
def filed(file_report, story, editor):
    """filed(text, outlet=..., published=...): extracted, then filed under the story."""

    def make(text, *, outlet, published=DAY):
        article = file_report(text, title="Blast at the market", outlet=outlet, published=published)
        stories.file_articles(story=story, article_ids=[article.pk], by=editor)
        return article

    return make


def figure_claim(article) -> Claim:
    return Claim.objects.get(article=article, quantities__category="killed")


def assert_exact(story, *, figures: int) -> None:
    assert differences(story_id=story.pk) == []
    assert sum(LedgerDay.objects.filter(story=story).values_list("count", flat=True)) == figures


def test_filing_articles_sums_up_their_figures_per_source_and_day(filed, story):
    filed(police("12"), outlet="Reuters")
    filed(police("at least 15"), outlet="AP")
    filed(ministry("37"), outlet="BBC", published=NEXT_DAY)
    assert_exact(story, figures=3)
    police_day = LedgerDay.objects.get(story=story, published=DAY)
    assert (police_day.count, police_day.low, police_day.high) == (2, 12, None)
    assert police_day.lowest.claim.article.outlet.name == "Reuters"
    assert police_day.latest.claim.article.outlet.name == "AP"


def test_an_article_extracted_after_filing_enters_the_summary(
    file_report, story, editor, django_capture_on_commit_callbacks
):
    from sources.models import Outlet
    from sources.services import create_article

    with django_capture_on_commit_callbacks(execute=False):
        article = create_article(
            title="Blast", text=police("12"), outlet=Outlet.objects.create(name="AP"), published=DAY
        )
    stories.file_articles(story=story, article_ids=[article.pk], by=editor)
    assert_exact(story, figures=0)
    extract_articles(article_ids=[article.pk])
    assert_exact(story, figures=1)
    # Extracted again, the figures are replaced, not counted twice.
    extract_articles(article_ids=[article.pk])
    assert_exact(story, figures=1)


def test_removing_and_deleting_articles_takes_their_figures_out(filed, story):
    filed(police("12"), outlet="Reuters")
    same_day = filed(police("at least 15"), outlet="AP")
    other = filed(ministry("37"), outlet="BBC")
    stories.remove_article(story=story, article=other)
    assert_exact(story, figures=2)
    # The deleted article shared its source's day with another: the day stays, smaller.
    same_day.delete()
    assert_exact(story, figures=1)


def test_a_verdict_and_a_new_speaker_move_the_figure_in_the_summary(filed, story, editor):
    article = filed(police("12"), outlet="Reuters")
    other = figure_claim(filed(ministry("37"), outlet="AP"))
    claim = figure_claim(article)
    claim.set_verdict(verdict=Claim.Verdict.VERIFIED, by=editor, note="Police statement seen.")
    assert_exact(story, figures=2)
    assert LedgerDay.objects.get(story=story, latest__claim=claim).verified == 1
    claim.set_attribution(speaker=other.speaker, by=editor, note="The ministry's figure.")
    assert_exact(story, figures=2)
    assert LedgerDay.objects.filter(story=story).count() == 1


def test_verifying_and_unverifying_counts_the_figure_in_every_story_holding_it(
    filed, story, editor
):
    claim = figure_claim(filed(police("12"), outlet="Reuters"))
    filed(police("12"), outlet="AP")
    second = stories.create_story(title="Market blast, follow-up", by=editor)
    stories.file_articles(story=second, article_ids=[claim.article_id], by=editor)

    def verified() -> list[tuple[int, int]]:
        return sorted(
            LedgerDay.objects.values_list("story_id").annotate(n=Sum("verified")).order_by()
        )

    claim.set_verdict(verdict=Claim.Verdict.VERIFIED, by=editor, note="Police statement seen.")
    assert differences(story_id=story.pk) == differences(story_id=second.pk) == []
    assert verified() == [(story.pk, 1), (second.pk, 1)]
    claim.set_verdict(verdict=Claim.Verdict.FALSE, by=editor, note="Police withdrew it.")
    assert differences(story_id=story.pk) == differences(story_id=second.pk) == []
    assert verified() == [(story.pk, 0), (second.pk, 0)]


def test_corrected_split_and_merged_figures_are_summed_up_again(filed, story, editor):
    article = filed(police("12"), outlet="Reuters")
    claim = figure_claim(article)
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
    assert_exact(story, figures=1)
    assert LedgerDay.objects.get(story=story).low == 14
    at = claim.start + claim.text.index(" people")
    first, second = claim.split(by=editor, expected_version=None, at=at, second_figures=[0])
    assert_exact(story, figures=1)
    first.merge_with(other=second, by=editor, expected_version=None, other_version=None)
    assert_exact(story, figures=1)


def test_merging_stories_and_speakers_keeps_the_summary_exact(filed, story, editor, second_editor):
    article = filed(police("12"), outlet="Reuters")
    other_story = stories.create_story(title="Market blast", by=editor)
    elsewhere = filed(ministry("37"), outlet="AP", published=NEXT_DAY)
    stories.remove_article(story=story, article=elsewhere)
    stories.file_articles(story=other_story, article_ids=[elsewhere.pk], by=editor)
    stories.merge_stories(keep=story, drop=other_story, by=editor)
    assert_exact(story, figures=2)
    merge_speakers(
        keep=figure_claim(article).speaker, drop=figure_claim(elsewhere).speaker, by=second_editor
    )
    assert_exact(story, figures=2)
    assert {day.source for day in LedgerDay.objects.filter(story=story)} == {
        f"s{figure_claim(article).speaker_id}"
    }


def test_rebuild_ledger_checks_and_rebuilds_the_summary(filed, story):
    filed(police("12"), outlet="Reuters")
    call_command("rebuild_ledger", "--check")
    LedgerDay.objects.filter(story=story).delete()
    with pytest.raises(CommandError, match="differs"):
        call_command("rebuild_ledger", "--check")
    call_command("rebuild_ledger", str(story.pk))
    assert_exact(story, figures=1)
    with pytest.raises(CommandError, match="No story numbered 999"):
        call_command("rebuild_ledger", "999")


def test_detection_weighs_a_new_figure_against_the_summary_of_other_days(filed, story):
    filed(police("12"), outlet="Reuters")
    # The same source a day later: an update against the earlier day's summary.
    later = filed(police("40"), outlet="AP", published=NEXT_DAY)
    found = conflicts.detect_article(article_id=later.pk)[story.pk]
    assert [c.type for c in found.conflicts] == ["update"]
    assert [entry.claim_id for entry in found.moved] == [figure_claim(later).pk]


def test_an_article_weighed_again_meets_the_later_figures_of_its_own_day(filed, story):
    first = filed(police("12"), outlet="Reuters")
    later_same_day = filed(ministry("37"), outlet="AP")
    filed(police("40"), outlet="BBC", published=NEXT_DAY)
    found = conflicts.detect_article(article_id=first.pk)[story.pk]
    # The ministry's figure of the same day disagrees; the police's own later figure
    # is no update of this one, and nothing came before it.
    assert [c.type for c in found.conflicts] == ["disagreement"]
    assert set(found.conflicts[0].claims.values_list("pk", flat=True)) == {
        figure_claim(first).pk,
        figure_claim(later_same_day).pk,
    }
    assert [entry.claim_id for entry in found.moved] == [figure_claim(first).pk]


def test_an_undated_article_updates_its_sources_last_dated_figure(filed, story):
    filed(police("12"), outlet="Reuters")
    last_dated = filed(police("20"), outlet="AP", published=NEXT_DAY)
    filed(ministry("37"), outlet="BBC", published=NEXT_DAY)
    undated = filed(police("40"), outlet="CNN", published=None)
    found = conflicts.detect_article(article_id=undated.pk)[story.pk]
    # Undated, it is close to no other source's figure: only its source's last figure.
    assert [c.type for c in found.conflicts] == ["update"]
    assert set(found.conflicts[0].claims.values_list("pk", flat=True)) == {
        figure_claim(undated).pk,
        figure_claim(last_dated).pk,
    }
    assert [entry.claim_id for entry in found.moved] == [figure_claim(undated).pk]


def test_a_verdict_given_to_a_repeated_claim_counts_its_members_verified(filed, story, editor):
    # Two outlets run the same wire copy: one repeated claim, verified once.
    claims = [figure_claim(filed(police("12"), outlet=name)) for name in ("Reuters", "AP")]
    group = RepeatedClaim.objects.get(members__claim=claims[0])
    assert group.members.count() == 2
    repeats.set_group_verdict(
        group=group,
        verdict=Claim.Verdict.VERIFIED,
        note="Police statement seen.",
        by=editor,
        expected_version=group.version,
    )
    assert_exact(story, figures=2)
    assert sum(LedgerDay.objects.filter(story=story).values_list("verified", flat=True)) == 2


def test_a_count_of_another_incident_stays_out_of_the_ledger(filed, story):
    filed(
        police("12") + "\n\nIn a separate blast last month, 40 people were killed on the road.",
        outlet="Reuters",
    )
    assert_exact(story, figures=1)
    day = LedgerDay.objects.get(story=story)
    assert (day.low, day.high) == (12, 12)
