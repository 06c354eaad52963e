"""Claims in bulk for the registry tests: one long article, one span per claim."""

import itertools

import pytest

WORD = "Casualties reported. "


@pytest.fixture
def long_article(db):
    from sources.ingest.text import content_hash
    from sources.models import Article, Outlet

    text = WORD * 2000
    return Article.objects.create(
        title="Daily briefing",
        text=text,
        content_hash=content_hash(text),
        outlet=Outlet.objects.create(name="The Daily Ledger", domain="ledger.example"),
        extraction_state=Article.State.DONE,
    )


@pytest.fixture
def make_claims(long_article):
    """make_claims(n, speaker=..., verdict=..., speaker_text=..., article=...) -> claims.

    Refreshes the speaker's counters as storing extracted claims does.
    """
    from claims.models import Claim
    from sources.services import refresh_speaker_stats

    spans = itertools.count()

    def make(n: int = 1, *, article=None, **fields):
        article = article or long_article
        rows = []
        for _ in range(n):
            index = next(spans)
            start = index * len(WORD)
            end = start + len(WORD) - 1
            rows.append(
                Claim(
                    article=article,
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    kind=Claim.Kind.STATEMENT,
                    **fields,
                )
            )
        claims = Claim.objects.bulk_create(rows)
        refresh_speaker_stats(speaker_ids=[fields.get("speaker") and fields["speaker"].pk])
        return claims

    return make


@pytest.fixture
def speaker_named_as(db):
    """speaker_named_as("Vyacheslav Gladkov", kind=..., **fields): a speaker with its alias."""
    from sources.models import Speaker, SpeakerAlias

    def make(name: str, **fields):
        speaker = Speaker.objects.create(name=name, **fields)
        SpeakerAlias.objects.create(speaker=speaker, name=name)
        return speaker

    return make
