"""The speaker list's counters follow every verdict, attribution and extraction."""

from pathlib import Path

from claims.models import Claim
from claims.services import extract_article
from sources.models import Article, Speaker
from sources.services import TRACKED_VERDICTS

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


def test_extraction_counts_the_claims_it_attributes(db, django_capture_on_commit_callbacks):
    article = Article.objects.create(title="Belgorod", text=SEED, content_hash="seed")
    with django_capture_on_commit_callbacks(execute=True):
        extract_article(article_id=article.pk)
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")
    expected = Claim.objects.filter(speaker=gladkov, verdict__in=TRACKED_VERDICTS).count()
    assert expected > 0
    assert _counts(gladkov)[0] == expected
