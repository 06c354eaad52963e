"""The speaker list's counters follow every verdict, attribution and extraction."""

from pathlib import Path

from django.urls import reverse
from kombu.exceptions import OperationalError

from claims.models import Claim
from claims.services import extract_articles
from claims.tasks import extract_article_task, refresh_speaker_stats_task
from claims.track_records import refresh_speaker_stats
from sources.models import Article, Speaker

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "belgorod-2023-05-23.txt").read_text()


def _counts(speaker: Speaker) -> tuple[int, int]:
    speaker.refresh_from_db()
    return speaker.claim_count, speaker.false_count


def test_verdicts_and_corrections_update_both_speakers(
    claim, editor, django_capture_on_commit_callbacks
):
    lopez = Speaker.objects.create(name="Maria Lopez")
    police = Speaker.objects.create(name="Regional police")
    Claim.objects.filter(pk=claim.pk).update(speaker=lopez)
    claim.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        claim.set_verdict(verdict="false", by=editor, note="The toll was 9")
    assert _counts(lopez) == (1, 1)
    with django_capture_on_commit_callbacks(execute=True):
        claim.set_attribution(speaker=police, by=editor)
    assert _counts(lopez) == (0, 0)
    assert _counts(police) == (1, 1)


def test_an_editors_change_is_recounted_by_a_job_after_the_commit(
    claim, editor, django_capture_on_commit_callbacks
):
    lopez = Speaker.objects.create(name="Maria Lopez")
    Claim.objects.filter(pk=claim.pk).update(speaker=lopez)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        claim.set_verdict(verdict="false", by=editor, note="The toll was 9")
    # Nothing is counted while the change is uncommitted; the job sent after it counts.
    # (Other apps hear of the verdict after the commit too: run every callback.)
    assert _counts(lopez) == (0, 0) and callbacks
    for callback in callbacks:
        callback()
    assert _counts(lopez) == (1, 1)


def test_only_verdicts_that_move_the_counters_send_a_recount(
    claim, editor, django_capture_on_commit_callbacks
):
    lopez = Speaker.objects.create(name="Maria Lopez")
    Claim.objects.filter(pk=claim.pk).update(speaker=lopez)
    refresh_speaker_stats(speaker_ids=[lopez.pk])
    steps = [
        ("verified", "", False),  # pending and verified both count, neither as false
        ("misleading", "Rounded up", False),
        ("false", "The toll was 9", True),
        ("unverifiable", "No second source", True),
        ("not_a_claim", "", True),
        ("pending", "", True),
    ]
    for verdict, note, recount in steps:
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            claim.set_verdict(verdict=verdict, by=editor, note=note)
        recounts = [c for c in callbacks if "_recount_after_commit" in c.__qualname__]
        assert len(recounts) == int(recount), verdict
        lopez.refresh_from_db()
        assert (lopez.claim_count, lopez.false_count) == _recounted(lopez)[:2], verdict


def test_a_broker_that_refuses_the_recount_does_not_undo_the_verdict(
    seed, editor_client, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    _, claims = seed
    claim = next(c for c in claims if c.speaker_id)

    def refuse(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(refresh_speaker_stats_task, "delay", refuse)
    url = reverse("claims:claim_verdict", args=[claim.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            url,
            {"verdict": "false", "note": "The toll was 9", "version": claim.version},
            HTTP_HX_REQUEST="true",
        )
    assert response.status_code == 200 and "v-false" in response.content.decode()
    claim.refresh_from_db()
    assert claim.verdict == "false"
    assert "Connection refused" in caplog.text


def test_extraction_counts_the_claims_it_attributes(db, django_capture_on_commit_callbacks):
    article = Article.objects.create(title="Belgorod", text=SEED, content_hash="seed")
    with django_capture_on_commit_callbacks(execute=True):
        extract_articles(article_ids=[article.pk])
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")
    expected = Claim.objects.filter(speaker=gladkov, verdict__in=Claim.COUNTED_VERDICTS).count()
    assert expected > 0
    assert _counts(gladkov)[0] == expected


def _recounted(speaker: Speaker) -> tuple:
    claims = Claim.objects.filter(speaker=speaker, verdict__in=Claim.COUNTED_VERDICTS)
    total, false = claims.count(), claims.filter(verdict="false").count()
    last = max((c.created_at.date() for c in claims), default=None)
    return total, false, false / total if total else 0.0, last


def test_a_batch_leaves_every_speakers_counters_right(
    db, editor, django_capture_on_commit_callbacks
):
    again = Article.objects.create(title="Belgorod", text=SEED, content_hash="seed")
    with django_capture_on_commit_callbacks(execute=True):
        extract_articles(article_ids=[again.pk])
        Claim.objects.filter(speaker__name="Vyacheslav Gladkov").first().set_verdict(
            verdict="false", by=editor, note="The hospital counted 4"
        )
    # Re-extracted beside two new articles: one batch replaces and adds claims.
    Article.objects.filter(pk=again.pk).update(extraction_state="queued")
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
    new = [
        Article.objects.create(
            title=name, text=(fixtures / f"{name}.txt").read_text(), content_hash=name
        )
        for name in ("kelso-bus-crash", "karvel-mine-blast")
    ]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        extract_article_task.delay(new[0].pk)

    assert set(Article.objects.values_list("extraction_state", flat=True)) == {"done"}
    # One refresh for the whole batch (other callbacks are what the apps above react with).
    refreshes = [c for c in callbacks if c.__qualname__.startswith("_store_each.")]
    assert len(refreshes) == 1
    speakers = Speaker.objects.all()
    assert len(speakers) > 5
    for speaker in speakers:
        row = (speaker.claim_count, speaker.false_count, speaker.false_share, speaker.last_claim_on)
        assert row == _recounted(speaker), speaker.name
    assert Speaker.objects.get(name="Vyacheslav Gladkov").false_count == 1
