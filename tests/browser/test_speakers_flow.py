"""An editor merges two spellings of one speaker, then confirms an attribution, in Chromium."""

import shutil

import pytest
from django.conf import settings
from django.test import Client

from claims.models import Claim
from sources.ingest.text import content_hash
from sources.models import Article, Speaker, SpeakerAlias

CHROMIUM = "/usr/bin/chromium"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"needs Chromium at {CHROMIUM}"),
]

TEXT = (
    "Gladkov said two people were injured. The governor added that a school was hit. "
    "Vyacheslav Gladkov said power was restored by evening."
)


@pytest.fixture
def page(live_server, django_user_model, monkeypatch):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls here
    # are test set-up, not request handling. Scoped to the test, so no other test
    # (such as the deploy check) inherits it.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    editor = django_user_model.objects.create_superuser("browser-editor", password="x")
    client = Client()
    client.force_login(editor)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        context = browser.new_context(base_url=live_server.url)
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
        browser.close()


@pytest.fixture
def gladkovs(transactional_db):
    from claims.track_records import refresh_speaker_stats

    article = Article.objects.create(
        title="Strikes on Belgorod", text=TEXT, content_hash=content_hash(TEXT)
    )
    speakers = {}
    for name in ("Vyacheslav Gladkov", "Gladkov"):
        speakers[name] = Speaker.objects.create(name=name, created_by_extractor=True)
        SpeakerAlias.objects.create(speaker=speakers[name], name=name)

    def claim(fragment, speaker, **fields):
        start = TEXT.index(fragment)
        return Claim.objects.create(
            article=article,
            start=start,
            end=start + len(fragment),
            text=fragment,
            kind="statement",
            speaker=speakers[speaker],
            speaker_text=speaker,
            **fields,
        )

    claim("two people were injured", "Gladkov")
    inferred = claim("a school was hit", "Gladkov", speaker_inferred=True)
    claim("power was restored by evening", "Vyacheslav Gladkov")
    refresh_speaker_stats(speaker_ids=[s.pk for s in speakers.values()])
    return speakers["Vyacheslav Gladkov"], speakers["Gladkov"], inferred


def test_editor_merges_two_speakers_then_confirms_an_attribution(page, gladkovs):
    keep, drop, inferred = gladkovs

    page.goto(f"/speakers/{keep.pk}/")
    page.get_by_role("button", name="Merge into Vyacheslav Gladkov").click()
    page.get_by_role("heading", name="Merge Gladkov into Vyacheslav Gladkov?").wait_for()
    page.get_by_role("button", name="Merge Gladkov into Vyacheslav Gladkov").click()
    page.get_by_text("Merged Gladkov into Vyacheslav Gladkov: 2 claims moved.").wait_for()
    assert page.locator("#track-total").inner_text() == "3"
    assert page.locator("#claims-region tr.claim").count() == 3

    # The queue shows the review screen's claim card, whose attribution action swaps it in place.
    page.goto("/attribution/?reason=inferred")
    card = page.locator(f"#claim-{inferred.pk}")
    assert card.locator(".attr-state").inner_text() == "speaker guessed by the extractor: check"
    card.get_by_role("button", name="Confirm Vyacheslav Gladkov").click()
    # The checked claim leaves the queue at once, and the counts with it.
    page.locator(
        f"#claim-{inferred.pk}.done", has_text="Speaker confirmed by browser-editor"
    ).wait_for()
    assert page.locator("#attribution-tabs a[aria-current=page]").inner_text() == (
        "Inferred speaker (0)"
    )
    assert page.url.endswith("/attribution/?reason=inferred")

    inferred.refresh_from_db()
    drop.refresh_from_db()
    assert (inferred.speaker, inferred.attribution_state) == (keep, "confirmed")
    assert drop.merged_into == keep
