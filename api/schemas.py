"""What the API takes and answers, typed; the OpenAPI document is generated from these."""

import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Path, Schema
from pydantic import AfterValidator

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


class Ref(Schema):
    id: int
    name: str


class UserRef(Schema):
    id: int
    username: str


class ArticleRef(Schema):
    id: int
    title: str


class QuantityOut(Schema):
    category: Category
    value: float | None
    lower: float | None
    upper: float | None
    approximate: bool
    qualifier: str
    subject: str
    worded: str = Field(description='The figure as the article bounded it: "more than 70 killed".')
    described: str = Field(description='With what was counted: "more than 70 killed (civilians)".')


class ClaimOut(Schema):
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

    @staticmethod
    def resolve_speaker(claim: Claim) -> dict | None:
        return {"id": claim.speaker.pk, "name": claim.speaker.name} if claim.speaker else None

    @staticmethod
    def resolve_assignee(claim: Claim) -> dict | None:
        user = claim.assignee
        return {"id": user.pk, "username": user.get_username()} if user else None

    @staticmethod
    def resolve_quantities(claim: Claim) -> list[Quantity]:
        return list(claim.quantities.all())


class EvidenceOut(Schema):
    id: int
    stance: EvidenceStance
    url: str
    note: str
    added_by: str | None
    created_at: datetime.datetime

    @staticmethod
    def resolve_added_by(evidence: Evidence) -> str | None:
        return evidence.added_by.get_username() if evidence.added_by else None


class EventOut(Schema):
    at: datetime.datetime
    user: str | None
    action: str
    field: str
    old_value: str
    new_value: str
    note: str

    @staticmethod
    def resolve_user(event) -> str | None:
        return event.user.get_username() if event.user else None


class ClaimDetailOut(ClaimOut):
    article: ArticleRef
    verdict_by: str | None
    verdict_at: datetime.datetime | None
    evidence: list[EvidenceOut]
    history: list[EventOut]

    @staticmethod
    def resolve_verdict_by(claim: Claim) -> str | None:
        return claim.verdict_by.get_username() if claim.verdict_by else None

    @staticmethod
    def resolve_evidence(claim: Claim) -> list[Evidence]:
        return list(claim.evidence.all())

    @staticmethod
    def resolve_history(claim: Claim) -> list:
        return list(claim.events.all())


class ClaimPage(Schema):
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
    def resolve_claims(article: Article) -> list[Claim]:
        """In reading order, with the people and figures each claim shows."""
        return list(
            article.claims.select_related("speaker", "assignee")
            .prefetch_related("quantities")
            .order_by("start", "id")
        )


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
    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    approximate: bool = False
    qualifier: Text = Field("", max_length=40, description="The article's words for the bound.")
    subject: Text = Field("", max_length=200, description="What was counted: civilians, homes.")


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
