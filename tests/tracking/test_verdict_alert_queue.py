"""A verdict change sends an alert job to the broker only when someone follows the claim."""

import pytest

from claims.models import Claim
from tracking import follows, stories


@pytest.fixture
def sent(monkeypatch):
    jobs = []
    monkeypatch.setattr("tracking.tasks._send", lambda task, *args: jobs.append((task.name, args)))
    return jobs


def _change(claim, editor, capture):
    with capture(execute=True):
        claim.set_verdict(verdict=Claim.Verdict.VERIFIED, by=editor)


def _alerts(jobs) -> list:
    return [args for name, args in jobs if name.endswith("verdict_alert_task")]


def test_an_unfollowed_claims_verdict_sends_no_job(
    seed, editor, sent, django_capture_on_commit_callbacks
):
    _, claims = seed
    _change(claims[1], editor, django_capture_on_commit_callbacks)
    assert _alerts(sent) == []


def test_a_followed_speakers_claim_sends_the_job(
    seed, editor, second_editor, sent, django_capture_on_commit_callbacks
):
    _, claims = seed
    follows.follow(user=second_editor, speaker=claims[1].speaker)
    _change(claims[1], editor, django_capture_on_commit_callbacks)
    assert _alerts(sent) == [([[claims[1].pk, "pending", "verified"]],)]


def test_a_claim_of_a_followed_story_sends_the_job(
    seed, editor, second_editor, sent, django_capture_on_commit_callbacks
):
    article, claims = seed
    story = stories.create_story(title="Belgorod incursion", by=editor)
    stories.file_articles(story=story, article_ids=[article.pk], by=editor)
    follows.follow(user=second_editor, story=story)
    # The first claim has no speaker: only the story leads to its follower.
    _change(claims[0], editor, django_capture_on_commit_callbacks)
    assert _alerts(sent) == [([[claims[0].pk, "pending", "verified"]],)]
