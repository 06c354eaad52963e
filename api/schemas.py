"""What the API takes and answers, typed; the OpenAPI document is generated from these."""

import datetime
from typing import Annotated, Any, Literal

from django.db.models import Prefetch
from ninja import Field, Path, Schema
from pydantic import AfterValidator, BaseModel

from claims.correction_forms import QuantityFormSet
from claims.models import Claim, Evidence, Quantity
from claims.track_records import TrackRecord, track_record
from sources.models import Article, Speaker


def one_of(choices) -> Any:
    """A model's choices as a type: listed where used, since two models' choices share a
    name (Claim.Stance and Evidence.Stance) and the document would merge them into one."""
    return Literal[tuple(choices.values)]


Verdict = one_of(Claim.Verdict)
ClaimKind = one_of(Claim.Kind)
ClaimStance = one_of(Claim.Stance)
AttributionState = one_of(Claim.AttributionState)
EvidenceStance = one_of(Evidence.Stance)
Category = one_of(Quantity.Category)
ExtractionState = one_of(Article.State)
SpeakerKind = one_of(Speaker.Kind)

# The largest id the database stores: a larger one is refused (422), never sent to it.
MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]
# A claim's version is a PositiveIntegerField.
Version = Annotated[int, Field(ge=1, le=2**31 - 1)]


def _no_nul(value: str) -> str:
    # PostgreSQL cannot store NUL in text; Django's form fields refuse it the same way.
    if "\x00" in value:
        raise ValueError("Null characters are not allowed.")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]


class ProblemOut(Schema):
    title: str
    status: int
    detail: str
    errors: dict[str, list[str]] = Field(
        default_factory=dict, description="Messages per field; `__all__` for the whole request."
    )


# A claim and what hangs off it are answered as plain dicts checked against plain
# pydantic models (the *_row functions below build them). Ninja reads a model row,
# or even a dict, given to one of its own Schemas through a getter that costs a
# Python call per attribute of every nested object: a page of fifty claims spent a
# third of its time there. A model that is not a Schema validates in pydantic's core.


class Ref(BaseModel):
    id: int
    name: str


class UserRef(BaseModel):
    id: int
    username: str


class ArticleRef(BaseModel):
    id: int
    title: str


class QuantityOut(BaseModel):
    category: Category
    value: float | None
    lower: float | None
    upper: float | None
    approximate: bool
    qualifier: str
    subject: str
    background: bool = Field(
        description="A count of another incident or a running tally, not this incident's toll."
    )
    worded: str = Field(description='The figure as the article bounded it: "more than 70 killed".')
    described: str = Field(description='With what was counted: "more than 70 killed (civilians)".')


class ClaimOut(BaseModel):
    id: int
    article_id: int
    text: str
    kind: ClaimKind
    verdict: Verdict
    verdict_note: str
    speaker: Ref | None
    speaker_text: str
    speaker_kind: str
    attribution: str
    attribution_state: AttributionState
    stance: ClaimStance
    hedged: bool
    hedge: str
    assignee: UserRef | None
    version: int = Field(description="Send it back with a change; a stale one is answered 409.")
    created_at: datetime.datetime
    edited_at: datetime.datetime | None
    quantities: list[QuantityOut]


class EvidenceOut(BaseModel):
    id: int
    stance: EvidenceStance
    url: str
    note: str
    added_by: str | None
    created_at: datetime.datetime


class EventOut(BaseModel):
    at: datetime.datetime
    user: str | None
    action: str
    field: str
    old_value: str
    new_value: str
    note: str


class ClaimDetailOut(ClaimOut):
    article: ArticleRef
    verdict_by: str | None
    verdict_at: datetime.datetime | None
    evidence: list[EvidenceOut]
    history: list[EventOut]


# A claim's figures for a page of claims: into a list on each claim, which Django
# fills without building a related manager per claim (a third of a page's time).
QUANTITY_LIST = Prefetch("quantities", to_attr="quantity_list")


def _username(user) -> str | None:
    return user.get_username() if user else None


def quantity_row(quantity: Quantity) -> dict:
    return {
        "category": quantity.category,
        "value": quantity.value,
        "lower": quantity.lower,
        "upper": quantity.upper,
        "approximate": quantity.approximate,
        "qualifier": quantity.qualifier,
        "subject": quantity.subject,
        "background": quantity.background,
        "worded": quantity.worded,
        "described": quantity.described,
    }


def claim_row(claim: Claim) -> dict:
    """A claim as ClaimOut answers it; no query with its speaker and assignee selected
    and its quantities prefetched as `quantity_list` (QUANTITY_LIST)."""
    speaker, assignee = claim.speaker, claim.assignee
    quantities = getattr(claim, "quantity_list", None)
    if quantities is None:
        quantities = claim.quantities.all()
    return {
        "id": claim.pk,
        "article_id": claim.article_id,
        "text": claim.text,
        "kind": claim.kind,
        "verdict": claim.verdict,
        "verdict_note": claim.verdict_note,
        "speaker": {"id": speaker.pk, "name": speaker.name} if speaker else None,
        "speaker_text": claim.speaker_text,
        "speaker_kind": claim.speaker_kind,
        "attribution": claim.attribution,
        "attribution_state": claim.attribution_state,
        "stance": claim.stance,
        "hedged": claim.hedged,
        "hedge": claim.hedge,
        "assignee": {"id": assignee.pk, "username": assignee.get_username()} if assignee else None,
        "version": claim.version,
        "created_at": claim.created_at,
        "edited_at": claim.edited_at,
        "quantities": [quantity_row(q) for q in quantities],
    }


def evidence_row(evidence: Evidence) -> dict:
    return {
        "id": evidence.pk,
        "stance": evidence.stance,
        "url": evidence.url,
        "note": evidence.note,
        "added_by": _username(evidence.added_by),
        "created_at": evidence.created_at,
    }


def claim_detail_row(claim: Claim) -> dict:
    """A claim as ClaimDetailOut answers it, with its article, evidence and history."""
    return {
        **claim_row(claim),
        "article": {"id": claim.article.pk, "title": claim.article.title},
        "verdict_by": _username(claim.verdict_by),
        "verdict_at": claim.verdict_at,
        "evidence": [evidence_row(e) for e in claim.evidence.all()],
        "history": [
            {
                "at": event.at,
                "user": _username(event.user),
                "action": event.action,
                "field": event.field,
                "old_value": event.old_value,
                "new_value": event.new_value,
                "note": event.note,
            }
            for event in claim.events.all()
        ],
    }


class ClaimPage(BaseModel):
    items: list[ClaimOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")


class ConflictOut(ProblemOut):
    current: ClaimDetailOut = Field(description="The claim as the other editor left it.")


class ArticleOut(Schema):
    id: int
    title: str
    url: str
    outlet: str | None
    byline: str
    published: datetime.date | None
    extraction_state: ExtractionState
    created_at: datetime.datetime

    @staticmethod
    def resolve_outlet(article: Article) -> str | None:
        return article.outlet.name if article.outlet else None


class ArticleDetailOut(ArticleOut):
    text: str
    extraction_error: str
    claims: list[ClaimOut]

    @staticmethod
    def resolve_claims(article: Article) -> list[dict]:
        """In reading order, with the people and figures each claim shows."""
        claims = (
            article.claims.select_related("speaker", "assignee")
            .prefetch_related(QUANTITY_LIST)
            .order_by("start", "id")
        )
        return [claim_row(claim) for claim in claims]


class ArticlePage(Schema):
    items: list[ArticleOut]
    next_cursor: str | None


class DuplicateOut(ProblemOut):
    existing: ArticleRef = Field(description="The stored copy of the article.")


class ArticleIn(Schema):
    title: Text = Field(max_length=300)
    text: Text
    outlet: Text = Field("", max_length=200)
    byline: Text = Field("", max_length=300)
    url: Text = Field("", max_length=2000)
    published: Text = Field("", description="A date: 2024-05-31, 31 May 2024, ...", max_length=60)


class ArticleFetchIn(Schema):
    url: Text = Field(max_length=2000)
    title: Text = Field("", max_length=300, description="Leave empty to use the page's own title.")


class VerdictIn(Schema):
    verdict: Verdict
    note: Text = Field("", max_length=5000)
    version: Version


class AttributionIn(Schema):
    speaker: Id | None = Field(description="A registry speaker's id; null: unattributed.")
    note: Text = Field("", max_length=2000)
    version: Version


class AssignmentIn(Schema):
    assignee: Id | None = Field(description="An editor's user id; null: nobody.")
    version: Version


class FigureIn(Schema):
    """One figure as an editor sets it on the claim screen's correction form."""

    category: Category
    # A whole number stays one (a float would round one past 2**53 on its way in).
    value: int | float | None = None
    lower: int | float | None = None
    upper: int | float | None = None
    approximate: bool = False
    qualifier: Text = Field("", max_length=40, description="The article's words for the bound.")
    subject: Text = Field("", max_length=200, description="What was counted: civilians, homes.")
    background: bool = Field(
        False, description="A count of another incident or a running tally, not this one's toll."
    )


class FiguresIn(Schema):
    figures: list[FigureIn] = Field(
        max_length=QuantityFormSet.max_num,
        description="Every figure of the claim, in order; [] removes them all.",
    )
    version: Version


class EvidenceIn(Schema):
    stance: EvidenceStance = Evidence.Stance.CONTEXT.value
    url: Text = Field("", max_length=2000)
    note: Text = Field("", max_length=5000)


class VerdictCountOut(Schema):
    verdict: Verdict
    label: str
    count: int
    share: float


class SpeakerOut(Schema):
    id: int
    name: str
    kind: SpeakerKind
    role: str
    affiliation: Ref | None
    claim_count: int
    false_count: int
    false_share: float
    last_claim_on: datetime.date | None

    @staticmethod
    def resolve_affiliation(speaker: Speaker) -> dict | None:
        other = speaker.affiliation
        return {"id": other.pk, "name": other.name} if other else None


class TrackRecordOut(Schema):
    total: int
    rows: list[VerdictCountOut]
    dismissed: int = Field(description='Claims marked "not a claim", outside the record.')


class SpeakerDetailOut(SpeakerOut):
    aliases: list[str]
    merged_into: int | None = Field(description="The speaker this one was merged into.")
    track_record: TrackRecordOut

    @staticmethod
    def resolve_aliases(speaker: Speaker) -> list[str]:
        return sorted(speaker.aliases.values_list("name", flat=True))

    @staticmethod
    def resolve_merged_into(speaker: Speaker) -> int | None:
        return speaker.merged_into_id

    @staticmethod
    def resolve_track_record(speaker: Speaker) -> TrackRecord:
        return track_record(claims=Claim.objects.filter(speaker=speaker))


class SpeakerPage(Schema):
    items: list[SpeakerOut]
    next_cursor: str | None


class MergeIn(Schema):
    drop: Id = Field(description="The speaker that becomes one more name of this one.")


class MergeOut(Schema):
    keep: SpeakerOut
    dropped: int
    claims_moved: int


class QueueFilters(Schema):
    """The queue's filters (claims.filters.ClaimFilterForm), which apply them."""

    q: Text = Field("", max_length=200, description="Words in the claim or the speaker's name.")
    verdict: list[Verdict] = Field([], description="Any of these; repeat the parameter.")
    kind: list[ClaimKind] = Field([], description="Any of these; repeat the parameter.")
    speaker: Id | None = Field(None, description="A speaker's id.")
    outlet: Id | None = Field(None, description="An outlet's id.")
    assignee: str = Field(
        "", pattern=r"^(|me|none|[0-9]{1,18})$", description="A user id, `me` or `none`."
    )
    published_from: datetime.date | None = None
    published_to: datetime.date | None = None
    hedged: Literal["", "yes", "no"] = ""
