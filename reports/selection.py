"""The claim sets a report covers: one article, a filtered selection, or one speaker.

Every format reads claims through `Report.iter_claims()`, which streams them in
chunks and loads each chunk's quantities, evidence, history and article texts in
one query apiece, so the number of queries depends on the chunk count, never on
the number of claims, and memory holds one chunk at a time. (Django's own
prefetch_related builds a queryset per claim and relation, which costs more than
the rest of an export together.)
"""

import datetime
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from itertools import islice

from django.db.models import Count, F, Max, Min, QuerySet
from django.utils import timezone

from claims.filters import ClaimFilterForm
from claims.models import Claim, ClaimEvent, Evidence, Quantity
from claims.pagination import Keyset
from sources.models import Article, Speaker

CHUNK_SIZE = 1000
# Characters of article text looked at on each side of a claim to show it in context.
CONTEXT_CHARS = 200
KINDS = ("article", "selection", "speaker")
# Every report's claim order: by article, then in reading order. It ends in the id, so a
# part of a report can start after the previous part's last claim (a keyset cursor).
CLAIM_ORDER = Keyset(order=("article_id", "start", "id"))

_SENTENCE_END = re.compile(r"[.!?\u2026][\u201d\u2019\"')\]]*\s+|\n+")


class InvalidFilters(Exception):
    def __init__(self, form: ClaimFilterForm):
        self.form = form
        super().__init__(form.errors.as_text())


@dataclass(frozen=True)
class Summary:
    total: int
    by_verdict: list[tuple[str, str, int]]
    by_kind: list[tuple[str, str, int]]

    @property
    def reviewed(self) -> int:
        return sum(n for value, _, n in self.by_verdict if value in Claim.FINAL_VERDICTS)


@dataclass
class Report:
    kind: str
    title: str
    claims: QuerySet
    include_not_a_claim: bool = False
    article: Article | None = None
    speaker: Speaker | None = None
    filters: list[tuple[str, str]] = field(default_factory=list)
    # What rebuilds this report elsewhere (the PDF job): see `build_report`.
    object_id: int | None = None
    query: str = ""
    generated_at: datetime.datetime = field(default_factory=timezone.now)

    @cached_property
    def summary(self) -> Summary:
        rows = self.claims.order_by().values("verdict", "kind").annotate(n=Count("id"))
        verdicts: dict[str, int] = {}
        kinds: dict[str, int] = {}
        for row in rows:
            verdicts[row["verdict"]] = verdicts.get(row["verdict"], 0) + row["n"]
            kinds[row["kind"]] = kinds.get(row["kind"], 0) + row["n"]
        return Summary(
            total=sum(verdicts.values()),
            by_verdict=[
                (v, label, verdicts[v]) for v, label in Claim.Verdict.choices if v in verdicts
            ],
            by_kind=[(k, label, kinds[k]) for k, label in Claim.Kind.choices if k in kinds],
        )

    @cached_property
    def track_record(self) -> dict | None:
        """For a speaker report: how many articles, and over which dates."""
        if self.speaker is None:
            return None
        return self.claims.order_by().aggregate(
            articles=Count("article", distinct=True),
            first=Min("article__published"),
            last=Max("article__published"),
        )

    def iter_claims(self, *, chunk_size: int = CHUNK_SIZE) -> Iterator[Claim]:
        rows = self.claims.iterator(chunk_size=chunk_size)
        while chunk := list(islice(rows, chunk_size)):
            _attach_related(chunk)
            yield from chunk

    def claims_after(self, cursor: str, *, size: int) -> tuple[list[Claim], str | None]:
        """The next `size` claims after `cursor` ("" for the first), loaded as iter_claims
        loads them, and the cursor after them (None when none are left).

        Each call reads its own rows only, whatever the number of earlier pages.
        """
        page = CLAIM_ORDER.page(self.claims, {CLAIM_ORDER.param: cursor}, size=size)
        for start in range(0, len(page.rows), CHUNK_SIZE):
            _attach_related(page.rows[start : start + CHUNK_SIZE])
        return page.rows, page.next_cursor

    def filename(self, extension: str) -> str:
        subject = {
            "article": f"article-{self.object_id}",
            "speaker": f"speaker-{self.object_id}",
            "selection": "selection",
        }[self.kind]
        stamp = self.generated_at.strftime("%Y%m%d-%H%M")
        return f"claimdesk-{subject}-{stamp}.{extension}"


def _claims(*, include_not_a_claim: bool) -> QuerySet:
    # Articles and speakers are loaded once per chunk and shared (see _attach_related),
    # not copied into every claim by a join.
    claims = Claim.objects.annotate(
        verdict_by_name=F("verdict_by__username"), assignee_name=F("assignee__username")
    ).order_by(*CLAIM_ORDER.order)
    if not include_not_a_claim:
        claims = claims.exclude(verdict=Claim.Verdict.NOT_A_CLAIM)
    return claims


def article_report(*, article: Article, include_not_a_claim: bool = False) -> Report:
    return Report(
        kind="article",
        title=article.title,
        claims=_claims(include_not_a_claim=include_not_a_claim).filter(article=article),
        include_not_a_claim=include_not_a_claim,
        article=article,
        object_id=article.pk,
    )


def speaker_report(*, speaker: Speaker, include_not_a_claim: bool = False) -> Report:
    return Report(
        kind="speaker",
        title=speaker.name,
        claims=_claims(include_not_a_claim=include_not_a_claim).filter(speaker=speaker),
        include_not_a_claim=include_not_a_claim,
        speaker=speaker,
        object_id=speaker.pk,
    )


def selection_report(*, form: ClaimFilterForm, include_not_a_claim: bool = False) -> Report:
    """The queue's filters applied; asking for not-a-claim by verdict includes it."""
    if not form.is_valid():
        raise InvalidFilters(form)
    include_not_a_claim = include_not_a_claim or Claim.Verdict.NOT_A_CLAIM in (
        form.cleaned_data.get("verdict") or []
    )
    filters = _describe(form)
    return Report(
        kind="selection",
        title="Selected claims",
        claims=form.filter(_claims(include_not_a_claim=include_not_a_claim)),
        include_not_a_claim=include_not_a_claim,
        filters=filters,
        query=form.data.urlencode() if hasattr(form.data, "urlencode") else "",
    )


def build_report(
    *, kind: str, object_id: int | None, params: Mapping, user, include_not_a_claim: bool
) -> Report:
    """The report a request, a command or a job asks for.

    Raises Article.DoesNotExist / Speaker.DoesNotExist for a missing object and
    InvalidFilters for filters the queue's form rejects.
    """
    if kind == "article":
        article = Article.objects.select_related("outlet").get(pk=object_id)
        return article_report(article=article, include_not_a_claim=include_not_a_claim)
    if kind == "speaker":
        speaker = Speaker.objects.select_related("affiliation").get(pk=object_id)
        return speaker_report(speaker=speaker, include_not_a_claim=include_not_a_claim)
    if kind == "selection":
        form = ClaimFilterForm(params, user=user)
        return selection_report(form=form, include_not_a_claim=include_not_a_claim)
    raise ValueError(f"Unknown report kind {kind!r}.")


def _describe(form: ClaimFilterForm) -> list[tuple[str, str]]:
    """The applied filters in words, for the report's header."""
    described = []
    for name, value in form.cleaned_data.items():
        if value in (None, "", []):
            continue
        bound = form[name]
        if isinstance(value, list):
            labels = dict(bound.field.choices)
            text = ", ".join(str(labels.get(v, v)) for v in value)
        elif name == "hedged":
            text = "yes" if value == "yes" else "no"
        else:
            text = str(value)
        described.append((str(bound.label), text))
    return described


def _grouped(rows) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for row in rows:
        grouped.setdefault(row.claim_id, []).append(row)
    return grouped


def _attach_related(chunk: list[Claim]) -> None:
    """Give each claim its article, speaker, quantities, evidence, history and context."""
    ids = [claim.pk for claim in chunk]
    articles = Article.objects.select_related("outlet").in_bulk(
        {claim.article_id for claim in chunk}
    )
    speakers = Speaker.objects.in_bulk({claim.speaker_id for claim in chunk} - {None})
    quantities = _grouped(Quantity.objects.filter(claim_id__in=ids))
    evidence = _grouped(
        Evidence.objects.filter(claim_id__in=ids).annotate(added_by_name=F("added_by__username"))
    )
    events = _grouped(
        ClaimEvent.objects.filter(claim_id__in=ids).annotate(user_name=F("user__username"))
    )
    for claim in chunk:
        claim.article = article = articles[claim.article_id]
        if claim.speaker_id:
            claim.speaker = speakers[claim.speaker_id]
        claim.quantity_list = quantities.get(claim.pk, [])
        claim.evidence_list = evidence.get(claim.pk, [])
        claim.event_list = events.get(claim.pk, [])
        window_start = max(claim.start - CONTEXT_CHARS, 0)
        before = article.text[window_start : claim.start]
        claim.context_before = _sentence_before(before, window_start)
        claim.context_after = _sentence_after(article.text[claim.end : claim.end + CONTEXT_CHARS])
        claim.speaker_name = claim.said_by


def _sentence_before(text: str, window_start: int) -> str:
    ends = list(_SENTENCE_END.finditer(text))
    if ends:
        return text[ends[-1].end() :]
    if window_start > 0:
        cut = text.find(" ")
        return "\u2026" + text[cut + 1 :] if cut >= 0 else text
    return text


def _sentence_after(text: str) -> str:
    end = _SENTENCE_END.search(text)
    if end:
        return text[: end.end()].rstrip()
    cut = text.rfind(" ")
    return text[:cut] + "\u2026" if cut > 0 else text


def decimal_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f")
