"""Workflows over outlets, articles and the speaker registry, shared by every way in.

Nothing here knows about claims: storing an article sends `article_stored`, which
the claims app connects to queue the article's extraction.
"""

import datetime
from contextlib import nullcontext
from dataclasses import replace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import (
    Q,
    QuerySet,
)

from sources.ingest.fetch import check_address, fetch_url, parse_page
from sources.ingest.parsed import ParsedDocument
from sources.ingest.text import canonical_url as canonical_form
from sources.ingest.text import content_hash
from sources.models import (
    Article,
    Outlet,
    Speaker,
    SpeakerAlias,
)
from sources.names import loose_key, name_key, surname_key
from sources.signals import article_stored


class DuplicateArticle(Exception):
    """The article is already stored; `existing` is the stored copy."""

    def __init__(self, existing: Article, reason: str):
        self.existing = existing
        super().__init__(f"This article is already in the workbench ({reason}): {existing.title}")


def outlet_named(name: str, *, domain: str = "") -> Outlet | None:
    name = name.strip()
    if not name:
        return None
    outlet, _ = Outlet.objects.get_or_create(name=name, defaults={"domain": domain})
    return outlet


def create_article(
    *,
    title: str,
    text: str,
    url: str = "",
    canonical_url: str = "",
    outlet: Outlet | None = None,
    byline: str = "",
    published: datetime.date | None = None,
    language: str = "en",
    source_name: str = "",
    created_by=None,
) -> Article:
    """Store a new article and announce it (`article_stored`), inside the transaction.

    Raises DuplicateArticle, pointing at the stored copy, for the same text or URL.
    """
    digest = content_hash(text)
    same = Q(content_hash=digest) | (Q(canonical_url=canonical_url) if canonical_url else Q())
    existing = Article.objects.filter(same).only("pk", "title", "content_hash").first()
    if existing:
        raise DuplicateArticle(
            existing, "same text" if existing.content_hash == digest else "same URL"
        )
    article = Article(
        title=title,
        text=text,
        url=url,
        canonical_url=canonical_url,
        outlet=outlet,
        byline=byline,
        published=published,
        language=language,
        source_name=source_name,
        created_by=created_by,
        content_hash=digest,
    )
    # In a caller's transaction the insert goes in a savepoint, which keeps that
    # transaction usable when a concurrent import of the same article wins the unique
    # constraint. Alone, the insert is a transaction by itself: a BEGIN and a COMMIT
    # around it would cost each article two more round trips to the database.
    guard = transaction.atomic if transaction.get_connection().in_atomic_block else nullcontext
    try:
        with guard():
            article.save()
    except IntegrityError:
        existing = Article.objects.filter(content_hash=digest).first() or (
            Article.objects.filter(canonical_url=canonical_url).first() if canonical_url else None
        )
        if existing is None:
            raise
        raise DuplicateArticle(existing, "stored a moment ago") from None
    article_stored.send(sender=Article, article=article)
    return article


def import_document(*, document: ParsedDocument, created_by=None) -> Article:
    """Store a document from any way in (paste, upload, URL, bulk import).

    The ingest readers have already normalised and size-checked it. Raises
    DuplicateArticle for text or a URL the workbench already holds.
    """
    return create_article(
        title=document.title or "Untitled article",
        text=document.text,
        url=document.url,
        canonical_url=canonical_form(document.url) if document.url else "",
        outlet=outlet_named(
            document.outlet_name or document.outlet_domain, domain=document.outlet_domain
        ),
        byline=document.byline,
        published=document.published,
        source_name=document.source_name,
        created_by=created_by,
    )


def check_fetch_address(url: str) -> None:
    """Refuse at once, with `IngestError`, an address that no fetch could take: a
    malformed one, or an internal IP address. Names are vetted when fetched."""
    check_address(url, allow_private=settings.INGEST_ALLOW_PRIVATE_URLS)


def stored_copy_of(url: str) -> Article | None:
    """The article already stored from this address, however its query string is dressed."""
    return (
        Article.objects.filter(canonical_url=canonical_form(url))
        .only("pk", "title", "content_hash")
        .first()
    )


def fetch_document(*, url: str, title: str = "") -> ParsedDocument:
    """Fetch an article's page, with `title` in place of the page's if given.

    An address the workbench already holds is refused before anything is fetched.
    Raises IngestError when the page cannot be fetched or holds no article, and
    DuplicateArticle for an article already stored.
    """
    stored = stored_copy_of(url)
    if stored:
        raise DuplicateArticle(stored, "same URL")
    page = fetch_url(
        url,
        allow_private=settings.INGEST_ALLOW_PRIVATE_URLS,
        timeout=settings.INGEST_FETCH_TIMEOUT,
    )
    document = parse_page(page, max_text_bytes=settings.INGEST_MAX_TEXT_BYTES)
    title = " ".join(title.split())
    return replace(document, title=title) if title else document


def speakers_for_names(*, names: dict[str, tuple[str, str]]) -> dict[str, Speaker]:
    """Find or create the registry speaker for each name the extractor resolved.

    `names` maps a name to its (kind, role). Matching goes through aliases, so an
    alias an editor added (or a merge left) resolves to the surviving speaker.
    """
    keys = {name_key(name): name for name in names}
    keys.pop("", None)
    found = {
        alias.key: alias.speaker.merged_into or alias.speaker
        for alias in SpeakerAlias.objects.filter(key__in=keys).select_related(
            "speaker__merged_into"
        )
    }
    for key, name in keys.items():
        if key in found:
            continue
        kind, role = names[name]
        try:
            with transaction.atomic():
                speaker = Speaker.objects.create(
                    name=name,
                    kind=kind or Speaker.Kind.PERSON,
                    role=role,
                    created_by_extractor=True,
                )
                SpeakerAlias.objects.create(speaker=speaker, name=name)
        except IntegrityError:
            # Another extraction created this speaker between our lookup and insert.
            speaker = SpeakerAlias.objects.select_related("speaker").get(key=key).speaker
        found[key] = speaker
    return {name: found[key] for key, name in keys.items()}


def changeable_speaker(speaker: Speaker) -> Speaker:
    """Row-lock the speaker for an editor's change; a merged one refuses every change.

    A retired speaker that took a new name or alias would catch later claims that
    then show on no live speaker's page and in no search.
    """
    locked = lock_speakers(speaker.pk).get(speaker.pk)
    if locked is None:
        raise ValidationError("This speaker no longer exists.")
    if locked.merged_into_id:
        survivor = Speaker.objects.only("name").get(pk=locked.merged_into_id)
        raise ValidationError(
            f"{locked.name} was merged into {survivor.name}: change {survivor.name} instead."
        )
    return locked


def live_speaker(speaker: Speaker | None, what: str) -> Speaker:
    """The speaker, unless a merge retired it meanwhile (then ValidationError)."""
    if speaker is None or speaker.merged_into_id:
        raise ValidationError(
            f"{what} was merged into another speaker a moment ago; reload and try again."
        )
    return speaker


def lock_speakers(*pks: int | None) -> dict[int, Speaker]:
    """Row-lock speakers in primary-key order, so two registry changes cannot deadlock.

    Every speaker a change will write is locked here, at once, before any claim.
    The lock leaves foreign-key checks free (FOR NO KEY UPDATE: a speaker's key
    never changes), so storing claims that name a speaker does not queue behind it.
    """
    return {
        speaker.pk: speaker
        for speaker in Speaker.objects.select_for_update(no_key=True)
        .filter(pk__in=[pk for pk in pks if pk])
        .order_by("pk")
    }


def add_alias(*, speaker: Speaker, name: str) -> SpeakerAlias:
    """Teach the registry one more spelling of a speaker; the extractor resolves it from now."""
    key = name_key(name)
    if not key:
        raise ValidationError("An alias needs letters or digits.")
    with transaction.atomic():
        speaker = changeable_speaker(speaker)
        existing = SpeakerAlias.objects.select_related("speaker").filter(key=key).first()
        if existing is None:
            try:
                with transaction.atomic():
                    return SpeakerAlias.objects.create(speaker=speaker, name=name.strip())
            except IntegrityError:
                existing = SpeakerAlias.objects.select_related("speaker").get(key=key)
    if existing.speaker_id == speaker.pk:
        return existing
    raise ValidationError(
        f"\u201c{name.strip()}\u201d already names {existing.speaker.name}: "
        "merge the two speakers instead."
    )


def update_speaker(
    *,
    speaker: Speaker,
    name: str,
    kind: str,
    role: str,
    affiliation: Speaker | None,
) -> Speaker:
    """An editor's edit of a speaker, which also confirms an extractor-created one."""
    if affiliation is not None and affiliation.pk == speaker.pk:
        raise ValidationError("A speaker cannot be affiliated with itself.")
    with transaction.atomic():
        speaker = changeable_speaker(speaker)
        add_alias(speaker=speaker, name=name)
        speaker.name = name.strip()
        speaker.kind = kind
        speaker.role = role.strip()
        speaker.affiliation = affiliation
        speaker.created_by_extractor = False
        speaker.save()
    return speaker


def search_speakers(speakers: QuerySet, *, q: str) -> QuerySet:
    """Speakers whose name or an alias contains the query, however spelt."""
    key = name_key(q)
    if not key:
        return speakers
    return speakers.filter(
        Q(name__icontains=q.strip())
        | Q(pk__in=SpeakerAlias.objects.filter(key__contains=key).values("speaker"))
    )


def possible_duplicates(*, speaker: Speaker, keys: list[str]) -> QuerySet:
    """Other live speakers an editor may want to merge with this one; never merged here.

    A candidate shares a loose key with one of the speaker's aliases (see
    `loose_key`), or is a one-word name that is the surname of a full name on the
    other side ("Gladkov" and "Vyacheslav Gladkov"). Two full names that share a
    surname are different people until an editor says otherwise.
    """
    loose = {loose_key(key) for key in keys}
    surnames = {surname_key(key) for key in loose} - {""}
    single = {key for key in loose if not surname_key(key)}
    match = Q(loose_key__in=loose | surnames)
    for key in single:
        match |= Q(loose_key__endswith=f" {key}")
    return (
        Speaker.objects.live()
        .filter(pk__in=SpeakerAlias.objects.filter(match).values("speaker"))
        .exclude(pk=speaker.pk)
        .order_by("-claim_count", "name")[:20]
    )
