"""Storing extraction runs: reviewed work survives re-extraction, runs never duplicate."""

import dataclasses
import datetime
import threading
from pathlib import Path

import pytest
from django.db import OperationalError, connections
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.extraction import EXTRACTOR_VERSION, extract, extractor
from claims.models import Claim, ClaimEvent, Evidence
from claims.services import extract_articles, store_claims, take_article, take_batch
from claims.tasks import extract_article_task
from sources.models import Article, Speaker

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "belgorod-2023-05-23.txt").read_text()
ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture
def seed_article(db):
    return Article.objects.create(title="Belgorod", text=SEED, content_hash="seed")


def test_extraction_stores_claims_with_speakers_from_the_registry(seed_article):
    extract_articles(article_ids=[seed_article.pk])
    seed_article.refresh_from_db()
    assert seed_article.extraction_state == "done"
    assert seed_article.extractor_version == EXTRACTOR_VERSION
    claims = Claim.objects.filter(article=seed_article)
    assert claims.count() == len(extract(SEED))
    injured = claims.get(quantities__category="injured")
    assert injured.speaker.name == "Vyacheslav Gladkov"
    assert injured.text == SEED[injured.start : injured.end]
    assert Speaker.objects.filter(name="Vyacheslav Gladkov").count() == 1


def test_re_extraction_replaces_untouched_claims_and_keeps_reviewed_ones(seed_article, editor):
    extract_articles(article_ids=[seed_article.pk])
    claims = Claim.objects.filter(article=seed_article)
    total = claims.count()
    reviewed = claims.get(quantities__category="injured")
    reviewed.set_verdict(verdict="unverifiable", by=editor, note="No hospital list yet")
    reviewed.add_evidence(by=editor, stance="context", url="https://example.org/governor")
    untouched_ids = set(claims.exclude(pk=reviewed.pk).values_list("pk", flat=True))

    Article.objects.filter(pk=seed_article.pk).update(extraction_state="queued")
    extract_articles(article_ids=[seed_article.pk])

    assert claims.count() == total
    assert claims.filter(pk=reviewed.pk, verdict="unverifiable").exists()
    assert Evidence.objects.filter(claim=reviewed).count() == 1
    assert ClaimEvent.objects.filter(claim=reviewed).count() == 2
    # Found again at the same span and kind, the untouched claims keep their ids.
    assert set(claims.exclude(pk=reviewed.pk).values_list("pk", flat=True)) == untouched_ids


def test_re_extraction_rewrites_the_claims_it_finds_again_and_drops_the_others(
    seed_article, monkeypatch
):
    extract_articles(article_ids=[seed_article.pk])
    before = extract(SEED)
    claims = Claim.objects.filter(article=seed_article)
    injured = claims.get(quantities__category="injured")
    dropped = claims.exclude(pk=injured.pk).order_by("start").first()
    # The next extractor version no longer finds one claim and names the injured
    # claim's speaker by a role.
    after = [
        dataclasses.replace(item, speaker="The governor of Belgorod")
        if (item.start, item.end) == (injured.start, injured.end)
        else item
        for item in before
        if (item.start, item.end) != (dropped.start, dropped.end)
    ]
    monkeypatch.setattr("claims.extraction.extract", lambda text: after)

    Article.objects.filter(pk=seed_article.pk).update(extraction_state="queued")
    extract_articles(article_ids=[seed_article.pk])

    assert claims.count() == len(before) - 1
    assert not claims.filter(pk=dropped.pk).exists()
    injured.refresh_from_db()
    assert injured.speaker.name == "The governor of Belgorod"
    assert injured.quantities.get().category == "injured"


def test_an_editor_with_the_page_open_saves_a_claim_extracted_again(seed_article, editor_client):
    extract_articles(article_ids=[seed_article.pk])
    claim = Claim.objects.filter(article=seed_article).first()
    Article.objects.filter(pk=seed_article.pk).update(extraction_state="queued")
    extract_articles(article_ids=[seed_article.pk])

    response = editor_client.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {"verdict": "verified", "version": claim.version},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.verdict == "verified"


def test_a_finished_or_running_article_is_not_taken_twice(seed_article):
    assert take_article(article_id=seed_article.pk, task_id="a")
    assert not take_article(article_id=seed_article.pk, task_id="b")
    # The same task, redelivered after its worker died, may take its run back.
    assert take_article(article_id=seed_article.pk, task_id="a")


def test_a_bad_article_fails_with_a_readable_error_and_the_task_returns(seed_article, monkeypatch):
    def broken(text):
        raise ValueError("text has no sentences")

    monkeypatch.setattr("claims.extraction.extract", broken)
    assert extract_article_task.delay(seed_article.pk).get() is None
    seed_article.refresh_from_db()
    assert seed_article.extraction_state == "failed"
    assert seed_article.extraction_error == "ValueError: text has no sentences"


def test_task_for_a_deleted_article_returns_quietly(db):
    assert extract_article_task.delay(123_456).get() is None


def _queued(*names: str) -> list[Article]:
    """Fixture articles queued a minute apart, oldest first, as the web queues them."""
    start = timezone.now() - datetime.timedelta(hours=1)
    return [
        Article.objects.create(
            title=name,
            text=(ARTICLES / f"{name}.txt").read_text(),
            content_hash=name,
            extraction_state=Article.State.QUEUED,
            extraction_queued_at=start + datetime.timedelta(minutes=n),
        )
        for n, name in enumerate(names)
    ]


def _states(articles: list[Article]) -> list[str]:
    return [Article.objects.get(pk=a.pk).extraction_state for a in articles]


def test_a_task_extracts_the_articles_queued_with_it(db):
    articles = _queued("kelso-bus-crash", "valeria-floods", "sarin-earthquake")
    stored = extract_article_task.delay(articles[0].pk).get()

    assert _states(articles) == ["done", "done", "done"]
    assert stored == Claim.objects.count()
    for article in articles:
        assert Claim.objects.filter(article=article).count() == len(extract(article.text))
    # One task held all three; the others' own tasks find nothing left to do.
    assert Article.objects.values("extraction_task_id").distinct().count() == 1
    assert extract_article_task.delay(articles[1].pk).get() is None
    assert Claim.objects.count() == stored


def test_a_task_takes_the_oldest_queued_articles_up_to_the_batch_size(db, settings):
    settings.EXTRACTION_BATCH_SIZE = 2
    oldest, middle, newest = _queued("kelso-bus-crash", "valeria-floods", "sarin-earthquake")
    extract_article_task.delay(newest.pk)
    assert _states([oldest, middle, newest]) == ["done", "queued", "done"]


def test_a_batch_stops_before_its_text_grows_too_long(db, monkeypatch):
    articles = _queued("kelso-bus-crash", "valeria-floods", "sarin-earthquake")
    monkeypatch.setattr(services, "BATCH_MAX_CHARS", len(articles[0].text + articles[1].text))
    extract_article_task.delay(articles[0].pk)
    assert _states(articles) == ["done", "done", "queued"]


def test_an_article_another_task_holds_is_not_taken_into_a_batch(db):
    first, taken, last = _queued("kelso-bus-crash", "valeria-floods", "sarin-earthquake")
    assert take_article(article_id=taken.pk, task_id="another-task")

    assert take_batch(article_id=first.pk, task_id="this-task", size=8) == [first.pk, last.pk]
    # Nor can the other task's peers be taken by it afterwards.
    assert take_batch(article_id=last.pk, task_id="another-task", size=8) == [taken.pk]
    extract_article_task.delay(first.pk)
    taken.refresh_from_db()
    assert (taken.extraction_state, taken.extraction_task_id) == ("running", "another-task")
    assert not Claim.objects.filter(article=taken).exists()


def test_a_bad_article_in_a_batch_fails_alone_and_the_others_are_done(db, monkeypatch):
    good, bad, other = _queued("kelso-bus-crash", "valeria-floods", "sarin-earthquake")
    parse = extractor.extract_doc

    def fragile(doc):
        if doc.text == bad.text:
            raise ValueError("sentence boundaries out of order")
        return parse(doc)

    monkeypatch.setattr(extractor, "extract_doc", fragile)
    stored = extract_article_task.delay(good.pk).get()

    assert _states([good, bad, other]) == ["done", "failed", "done"]
    bad.refresh_from_db()
    assert bad.extraction_error == "ValueError: sentence boundaries out of order"
    assert not Claim.objects.filter(article=bad).exists()
    assert stored == Claim.objects.count() > 0
    assert Claim.objects.filter(article=other).count() == len(extract(other.text))


def test_a_retried_task_takes_back_the_articles_it_still_holds(db, monkeypatch):
    first, second, third = _queued("kelso-bus-crash", "valeria-floods", "sarin-earthquake")
    store = services.store_claims
    dropped = []

    def flaky(*, article_id, **kwargs):
        # The connection drops once, after the first article of the batch is stored.
        if article_id == second.pk and not dropped:
            dropped.append(article_id)
            raise OperationalError("server closed the connection unexpectedly")
        return store(article_id=article_id, **kwargs)

    monkeypatch.setattr(services, "store_claims", flaky)
    # Run in-process, the retry follows at once, under the same task id.
    result = extract_article_task.apply(args=(first.pk,), task_id="flaky-task", throw=False)
    stored = result.get()

    assert dropped == [second.pk]
    assert _states([first, second, third]) == ["done", "done", "done"]
    assert set(Article.objects.values_list("extraction_task_id", flat=True)) == {"flaky-task"}
    assert Claim.objects.filter(article=first).count() == len(extract(first.text))
    # The retry stored the two articles the first attempt had not: its return says so.
    assert stored == Claim.objects.exclude(article=first).count()


def test_a_task_that_runs_out_of_retries_fails_every_article_it_holds(db, monkeypatch):
    articles = _queued("kelso-bus-crash", "valeria-floods", "sarin-earthquake")

    def down(*, article_ids):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(services, "extract_articles", down)
    last_attempt = extract_article_task.max_retries
    with pytest.raises(OperationalError):
        extract_article_task.apply(args=(articles[0].pk,), retries=last_attempt)
    assert _states(articles) == ["failed", "failed", "failed"]
    assert {a.extraction_error for a in Article.objects.all()} == {
        "Gave up after repeated connection errors: could not connect to server"
    }


@pytest.mark.postgres
def test_two_runs_storing_at_once_leave_one_set_of_claims(transactional_db):
    article = Article.objects.create(title="Belgorod", text=SEED, content_hash="seed")
    extracted = extract(SEED)
    barrier = threading.Barrier(2)
    errors = []

    def run():
        try:
            barrier.wait(5)
            store_claims(article_id=article.pk, extracted=extracted, version=EXTRACTOR_VERSION)
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert Claim.objects.filter(article=article).count() == len(extracted)
    assert Speaker.objects.filter(name="Vyacheslav Gladkov").count() == 1


REPORT = (
    "A spokesman for the fire service said more than 40 homes were destroyed. "
    "The company operating the dam denied that maintenance had been neglected. "
    "Officials said at least 12 people were killed."
)


@pytest.fixture
def report_article(db):
    return Article.objects.create(title="Dam", text=REPORT, content_hash="dam")


def test_stored_claims_keep_the_bound_words_and_the_stance_the_extractor_read(report_article):
    extract_articles(article_ids=[report_article.pk])
    claims = Claim.objects.filter(article=report_article)
    homes = claims.get(quantities__category="destroyed").quantities.get()
    assert homes.worded == "more than 40 destroyed"
    killed = claims.get(quantities__category="killed").quantities.get()
    assert killed.worded == "at least 12 killed"
    denial = claims.get(text__contains="maintenance")
    assert denial.stance == Claim.Stance.DENIES
    assert not claims.exclude(pk=denial.pk).filter(stance=Claim.Stance.DENIES).exists()


def test_unnamed_sources_stay_as_worded_and_never_become_one_registry_speaker(report_article):
    extract_articles(article_ids=[report_article.pk])
    killed = Claim.objects.get(article=report_article, quantities__category="killed")
    assert killed.speaker is None
    assert killed.speaker_text.lower() == "officials"
    assert killed.speaker_kind == Claim.SpeakerKind.ANONYMOUS
    assert not Speaker.objects.filter(name__iexact="officials").exists()
