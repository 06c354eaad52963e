"""Workflows over outlets, articles and speakers, shared by views, tasks and commands."""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q

from sources.ingest.parsed import ParsedDocument
from sources.ingest.text import canonical_url as canonical_form
from sources.ingest.text import content_hash
from sources.models import Article, Outlet, Speaker, SpeakerAlias
from sources.names import name_key


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
    """Store a new article and queue its extraction once the transaction commits.

    Raises DuplicateArticle, pointing at the stored copy, for the same text or URL.
    """
    from claims.services import queue_extraction

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
    try:
        # The savepoint keeps a caller's transaction usable when a concurrent
        # import of the same article wins the unique constraint.
        with transaction.atomic():
            article.save()
    except IntegrityError:
        existing = Article.objects.filter(content_hash=digest).first() or (
            Article.objects.filter(canonical_url=canonical_url).first() if canonical_url else None
        )
        if existing is None:
            raise
        raise DuplicateArticle(existing, "stored a moment ago") from None
    queue_extraction(article=article)
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


def speakers_for_names(*, names: dict[str, tuple[str, str]]) -> dict[str, Speaker]:
    """Find or create the registry speaker for each name the extractor resolved.

    `names` maps a name to its (kind, role). Matching goes through aliases, so an
    alias an editor added (or a merge left) resolves to the surviving speaker.
    """
    keys = {name_key(name): name for name in names}
    keys.pop("", None)
    found = {
        alias.key: alias.speaker
        for alias in SpeakerAlias.objects.filter(key__in=keys).select_related("speaker")
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
