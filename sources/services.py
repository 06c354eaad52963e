"""Workflows over outlets, articles and speakers, shared by views, tasks and commands."""

import datetime
from dataclasses import dataclass, replace
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import (
    Count,
    DateField,
    F,
    Max,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import Coalesce, TruncDate, TruncMonth
from django.utils import timezone

from claims.models import Claim, ClaimEvent
from sources.ingest.fetch import fetch_url, parse_page
from sources.ingest.parsed import ParsedDocument
from sources.ingest.text import canonical_url as canonical_form
from sources.ingest.text import content_hash
from sources.models import (
    LAST_CLAIM_SORT,
    Article,
    Outlet,
    Speaker,
    SpeakerAlias,
    SpeakerMerge,
)
from sources.names import loose_key, name_key, surname_key


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


def import_url(*, url: str, title: str = "", created_by=None) -> Article:
    """Fetch an article's page and store it, with `title` in place of the page's if given.

    An address the workbench already holds is refused before anything is fetched.
    Raises IngestError when the page cannot be fetched or holds no article, and
    DuplicateArticle for an article already stored.
    """
    stored = (
        Article.objects.filter(canonical_url=canonical_form(url))
        .only("pk", "title", "content_hash")
        .first()
    )
    if stored:
        raise DuplicateArticle(stored, "same URL")
    page = fetch_url(
        url,
        allow_private=settings.INGEST_ALLOW_PRIVATE_URLS,
        timeout=settings.INGEST_FETCH_TIMEOUT,
    )
    document = parse_page(page, max_text_bytes=settings.INGEST_MAX_TEXT_BYTES)
    title = " ".join(title.split())
    if title:
        document = replace(document, title=title)
    return import_document(document=document, created_by=created_by)


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


# The verdicts a track record counts, in the order it shows them; "not a claim"
# is a dismissal, not a verdict on what the speaker said.
TRACKED_VERDICTS = [
    Claim.Verdict.VERIFIED,
    Claim.Verdict.FALSE,
    Claim.Verdict.MISLEADING,
    Claim.Verdict.UNVERIFIABLE,
    Claim.Verdict.PENDING,
]
_EVENT_BATCH = 1000


def _live(speaker: Speaker | None, what: str) -> Speaker:
    if speaker is None or speaker.merged_into_id:
        raise ValidationError(
            f"{what} was merged into another speaker a moment ago; reload and try again."
        )
    return speaker


def _lock_speakers(*pks: int) -> dict[int, Speaker]:
    """Row-lock speakers in primary-key order, so two merges cannot deadlock."""
    return {
        speaker.pk: speaker
        for speaker in Speaker.objects.select_for_update().filter(pk__in=pks).order_by("pk")
    }


def _move_claims(*, ids: list[int], to: Speaker, old_name: str, by, note: str) -> None:
    """Point claims at another speaker, bump their versions and write one event each.

    The version bump makes any form opened before the move conflict instead of
    silently writing the old speaker back.
    """
    now = timezone.now()
    for start in range(0, len(ids), _EVENT_BATCH):
        batch = ids[start : start + _EVENT_BATCH]
        Claim.objects.filter(pk__in=batch).update(speaker=to, version=F("version") + 1)
        ClaimEvent.objects.bulk_create(
            ClaimEvent(
                claim_id=pk,
                user=by,
                at=now,
                action=ClaimEvent.Action.MERGE,
                field="speaker",
                old_value=old_name,
                new_value=to.name,
                note=note,
            )
            for pk in batch
        )


def merge_speakers(*, keep: Speaker, drop: Speaker, by) -> SpeakerMerge:
    """Make `drop` one more name for `keep`: its aliases, claims and members move over.

    `drop` keeps its row, marked merged, so `split_alias` can bring it back. Both
    speakers are row-locked first; a merge that lost a race to another one finds
    its speaker already merged and stops with ValidationError, moving nothing.
    """
    if keep.pk == drop.pk:
        raise ValidationError("A speaker cannot be merged into itself.")
    with transaction.atomic():
        locked = _lock_speakers(keep.pk, drop.pk)
        keep = _live(locked.get(keep.pk), keep.name)
        drop = _live(locked.get(drop.pk), drop.name)
        if not SpeakerAlias.objects.filter(key=name_key(drop.name)).exists():
            SpeakerAlias.objects.create(speaker=drop, name=drop.name)
        alias_names = list(drop.aliases.values_list("name", flat=True))
        drop.aliases.update(speaker=keep, merged_from=Coalesce(F("merged_from"), Value(drop.pk)))
        moved = list(
            Claim.objects.select_for_update()
            .filter(speaker=drop)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        _move_claims(
            ids=moved,
            to=keep,
            old_name=drop.name,
            by=by,
            note=f"Speaker \u201c{drop.name}\u201d merged into \u201c{keep.name}\u201d.",
        )
        Speaker.objects.filter(affiliation=drop).exclude(pk=keep.pk).update(affiliation=keep)
        Speaker.objects.filter(merged_into=drop).update(merged_into=keep)
        if keep.affiliation_id == drop.pk:
            keep.affiliation_id = None
        if keep.affiliation_id is None and drop.affiliation_id != keep.pk:
            keep.affiliation_id = drop.affiliation_id
        keep.role = keep.role or drop.role
        keep.save(update_fields=["affiliation", "role"])
        drop.merged_into = keep
        drop.affiliation = None
        drop.save(update_fields=["merged_into", "affiliation"])
        refresh_speaker_stats(speaker_ids=[keep.pk, drop.pk])
        return SpeakerMerge.objects.create(
            kind=SpeakerMerge.Kind.MERGE,
            source=drop,
            target=keep,
            aliases=alias_names,
            claim_count=len(moved),
            by=by,
        )


def split_alias(
    *, alias: SpeakerAlias, by, into: Speaker | None = None, name: str = ""
) -> SpeakerMerge:
    """Move one alias, and the claims whose extracted speaker name is that alias, out.

    The alias goes to `into`, or to a speaker called `name` (found or created), or
    else back to the speaker a merge took it from, which comes back to life; an
    alias that never came from a merge becomes a new speaker of its own. Claims
    move when their `speaker_text` has the alias's key: that is the name the
    extractor saw, so it says which spelling each claim came in under.
    """
    with transaction.atomic():
        alias = SpeakerAlias.objects.select_for_update().get(pk=alias.pk)
        source_pk = alias.speaker_id
        name = name.strip()
        if into is None and name:
            into = Speaker.objects.live().matching(name).first()
        if into is None and not name and alias.merged_from_id:
            into = Speaker.objects.filter(pk=alias.merged_from_id).first()
        locked = _lock_speakers(*[pk for pk in (source_pk, into and into.pk) if pk])
        source = _live(locked.get(source_pk), alias.speaker.name)
        if alias.key == name_key(source.name):
            raise ValidationError(
                "This alias is the speaker's own name: rename the speaker before splitting it."
            )
        if into is not None:
            into = locked[into.pk]
            if into.pk == source.pk:
                raise ValidationError("The alias already belongs to this speaker.")
            if into.merged_into_id:
                if into.pk != alias.merged_from_id:
                    raise ValidationError(f"{into.name} was merged into another speaker.")
                into.merged_into = None
                into.save(update_fields=["merged_into"])
        else:
            into = Speaker.objects.create(name=name or alias.name, kind=source.kind)
            if name and name_key(name) != alias.key:
                SpeakerAlias.objects.create(speaker=into, name=name)
        moving = [
            pk
            for pk, text in Claim.objects.select_for_update()
            .filter(speaker=source)
            .exclude(speaker_text="")
            .order_by("pk")
            .values_list("pk", "speaker_text")
            if name_key(text) == alias.key
        ]
        _move_claims(
            ids=moving,
            to=into,
            old_name=source.name,
            by=by,
            note=f"Alias \u201c{alias.name}\u201d split from \u201c{source.name}\u201d.",
        )
        alias.speaker = into
        alias.merged_from = None
        alias.save(update_fields=["speaker", "merged_from"])
        refresh_speaker_stats(speaker_ids=[source.pk, into.pk])
        return SpeakerMerge.objects.create(
            kind=SpeakerMerge.Kind.SPLIT,
            source=source,
            target=into,
            aliases=[alias.name],
            claim_count=len(moving),
            by=by,
        )


def add_alias(*, speaker: Speaker, name: str) -> SpeakerAlias:
    """Teach the registry one more spelling of a speaker; the extractor resolves it from now."""
    key = name_key(name)
    if not key:
        raise ValidationError("An alias needs letters or digits.")
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
        add_alias(speaker=speaker, name=name)
        speaker.name = name.strip()
        speaker.kind = kind
        speaker.role = role.strip()
        speaker.affiliation = affiliation
        speaker.created_by_extractor = False
        speaker.save()
    return speaker


def attribute_claim(
    *, claim: Claim, speaker: Speaker | None, by, expected_version: int | None, note: str = ""
) -> Claim:
    """Set who said a claim, never onto a speaker that a concurrent merge just retired.

    Both speakers are locked before the claim, in the order `merge_speakers` uses,
    so the two wait for each other instead of deadlocking; a speaker merged
    meanwhile is replaced by the one it was merged into.
    """
    with transaction.atomic():
        previous = Claim.objects.filter(pk=claim.pk).values_list("speaker_id", flat=True).first()
        locked = _lock_speakers(*[pk for pk in (previous, speaker and speaker.pk) if pk])
        if speaker is not None:
            speaker = locked[speaker.pk]
            if speaker.merged_into_id:
                target = speaker.merged_into_id
                speaker = _live(_lock_speakers(target).get(target), speaker.name)
        # The change itself sends both speakers' recount, after the commit.
        claim = claim.set_attribution(
            speaker=speaker, by=by, note=note, expected_version=expected_version
        )
    return claim


@dataclass(frozen=True)
class VerdictCount:
    verdict: str
    label: str
    count: int
    share: float


@dataclass(frozen=True)
class TrackRecord:
    counts: dict[str, int]
    months: list[tuple[datetime.date, dict[str, int]]]
    dismissed: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def rows(self) -> list[VerdictCount]:
        total = self.total
        return [
            VerdictCount(
                verdict=verdict,
                label=Claim.Verdict(verdict).label,
                count=self.counts[verdict],
                share=self.counts[verdict] / total if total else 0.0,
            )
            for verdict in TRACKED_VERDICTS
        ]


def claim_day(created_at: str = "created_at"):
    """The day a claim counts for in track records: the day it was stored.

    Claims are extracted as articles come in, so this is close to the publication
    date, and unlike the article's date it needs no join: a speaker page with
    5,000 claims aggregates them three times faster this way. `created_at` is the
    path to the claim's field from the model queried (`claims__created_at`).
    """
    return TruncDate(created_at)


def claim_month():
    return TruncMonth("created_at", output_field=DateField())


def track_record(*, claims: QuerySet) -> TrackRecord:
    """Counts by verdict and by month of the given claims, from one aggregate query."""
    counts = dict.fromkeys(TRACKED_VERDICTS, 0)
    by_month: dict[datetime.date, dict[str, int]] = {}
    dismissed = 0
    rows = (
        claims.annotate(month=claim_month())
        .values("month", "verdict")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in rows:
        if row["verdict"] not in counts:
            dismissed += row["n"]
            continue
        counts[row["verdict"]] += row["n"]
        month = row["month"]
        if isinstance(month, datetime.datetime):
            month = month.date()
        by_month.setdefault(month, dict.fromkeys(TRACKED_VERDICTS, 0))[row["verdict"]] += row["n"]
    return TrackRecord(counts=counts, months=_every_month(by_month), dismissed=dismissed)


def _every_month(
    by_month: dict[datetime.date, dict[str, int]],
) -> list[tuple[datetime.date, dict[str, int]]]:
    """Fill the months without claims, so the chart's time axis has no jumps."""
    if not by_month:
        return []
    month, last = min(by_month), max(by_month)
    months = []
    while month <= last:
        months.append((month, by_month.get(month, dict.fromkeys(TRACKED_VERDICTS, 0))))
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months


def refresh_speaker_stats(*, speaker_ids) -> None:
    """Recompute the list counters of these speakers from their claims.

    Call it inside the transaction that changed claims' speakers or verdicts,
    with the speakers on both sides of the change. Locking the rows first, in
    key order, makes concurrent refreshes of one speaker take turns, and each
    counts only after the other has committed, so no change is missed.
    """
    ids = sorted({pk for pk in speaker_ids if pk is not None})
    if not ids:
        return
    tracked = Q(claims__verdict__in=TRACKED_VERDICTS)
    counts = (
        Speaker.objects.filter(pk__in=ids)
        .values("pk")
        .annotate(
            n=Count("claims", filter=tracked),
            false_n=Count("claims", filter=Q(claims__verdict=Claim.Verdict.FALSE)),
            last=Max(claim_day("claims__created_at"), filter=tracked),
        )
        .order_by()
    )
    select, params = counts.query.sql_with_params()
    speaker = connection.ops.quote_name(Speaker._meta.db_table)
    # One statement for all the speakers, from the counting query itself: bulk_update
    # built a CASE per speaker and field, which took longer in Python than the
    # database took for the whole refresh. Only the table's name and Django's own
    # compiled query are formatted into it.
    update = (
        f"UPDATE {speaker} SET claim_count = counts.n, false_count = counts.false_n, "  # noqa: S608
        "false_share = CASE WHEN counts.n > 0 "
        "THEN CAST(counts.false_n AS DOUBLE PRECISION) / counts.n ELSE 0 END, "
        f"last_claim_on = counts.last FROM ({select}) AS counts WHERE {speaker}.id = counts.pk"
    )
    with transaction.atomic():
        list(Speaker.objects.select_for_update().filter(pk__in=ids).order_by("pk").values("pk"))
        with connection.cursor() as cursor:
            cursor.execute(update, params)


# Each matches one index on Speaker.
SPEAKER_SORTS = {
    "claims": ["-claim_count", "name", "id"],
    "false": ["-false_share", "-claim_count", "name", "id"],
    "latest": [LAST_CLAIM_SORT.desc(), "name", "id"],
    "name": ["name", "id"],
}


def search_speakers(speakers: QuerySet, *, q: str) -> QuerySet:
    """Speakers whose name or an alias contains the query, however spelt."""
    key = name_key(q)
    if not key:
        return speakers
    return speakers.filter(pk__in=SpeakerAlias.objects.filter(key__contains=key).values("speaker"))


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


ATTRIBUTION_REASONS = {
    "inferred": ("Inferred speaker", Q(speaker_inferred=True)),
    "unattributed": ("No speaker", Q(speaker__isnull=True)),
    "anonymous": (
        "Anonymous source",
        Q(speaker_kind=Claim.SpeakerKind.ANONYMOUS) | Q(speaker__kind=Speaker.Kind.ANONYMOUS),
    ),
    "new_speaker": ("New speaker from the extractor", Q(speaker__created_by_extractor=True)),
}


def attribution_queue(*, reason: str = "", claims: QuerySet | None = None) -> QuerySet:
    """Unreviewed claims whose speaker an editor should check, newest first.

    `claims` is the queryset to narrow, loaded however the page needs (default: all).
    """
    condition = (
        ATTRIBUTION_REASONS[reason][1]
        if reason
        else reduce(or_, (q for _, q in ATTRIBUTION_REASONS.values()))
    )
    claims = Claim.objects.all() if claims is None else claims
    return claims.filter(condition, attribution_state=Claim.AttributionState.UNREVIEWED).order_by(
        "-pk"
    )


def attribution_reasons(claim: Claim) -> list[str]:
    """Why a claim is in the attribution queue, in words."""
    reasons = []
    if claim.speaker_inferred:
        reasons.append(ATTRIBUTION_REASONS["inferred"][0])
    if claim.speaker_id is None:
        reasons.append(ATTRIBUTION_REASONS["unattributed"][0])
    if claim.speaker_kind == Claim.SpeakerKind.ANONYMOUS or (
        claim.speaker is not None and claim.speaker.kind == Speaker.Kind.ANONYMOUS
    ):
        reasons.append(ATTRIBUTION_REASONS["anonymous"][0])
    if claim.speaker is not None and claim.speaker.created_by_extractor:
        reasons.append(ATTRIBUTION_REASONS["new_speaker"][0])
    return reasons
