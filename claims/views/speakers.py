"""The speaker registry's screens: the list, a speaker's page with their claims and
track record, and the editor's changes (edit, aliases, merge, split)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from claims.charts import track_chart
from claims.forms import SpeakerLookupForm
from claims.models import Claim
from claims.pagination import BadCursor, Keyset
from claims.speakers import merge_speakers, split_alias
from claims.track_records import track_record
from claims.views.access import (
    EDIT_REGISTRY,
    bad_page_link,
    form_errors,
    registry_editor,
    render_page,
    requires,
    wants_fragment,
)
from sources.forms import AliasForm, MergeForm, SpeakerForm, SpeakerSearchForm, SplitForm
from sources.models import LAST_CLAIM_SORT, Speaker, SpeakerAlias, SpeakerMerge
from sources.names import name_key
from sources.services import (
    add_alias,
    possible_duplicates,
    search_speakers,
    update_speaker,
)

SPEAKERS_PER_PAGE = 50
CLAIMS_PER_PAGE = 50
CLAIMS_KEYSET = Keyset(order=("-pk",), param="before")
# Each matches one index on Speaker; `latest` is LAST_CLAIM_SORT, annotated.
SPEAKER_SORTS = {
    "claims": Keyset(order=("-claim_count", "name", "pk")),
    "false": Keyset(order=("-false_share", "-claim_count", "name", "pk")),
    "latest": Keyset(order=("-latest", "name", "pk")),
    "name": Keyset(order=("name", "pk")),
}
speaker_reader = requires("sources.view_speaker")


def _get_speaker(pk: int) -> Speaker:
    return get_object_or_404(Speaker.objects.select_related("affiliation", "merged_into"), pk=pk)


def _back_to(speaker: Speaker) -> HttpResponse:
    return redirect("claims:speaker", pk=speaker.pk)


@require_GET
@speaker_reader
def speaker_list(request: HttpRequest) -> HttpResponse:
    form = SpeakerSearchForm(request.GET)
    form.is_valid()
    q = form.cleaned_data.get("q") or ""
    sort = form.cleaned_data.get("sort") or "claims"
    speakers = search_speakers(
        Speaker.objects.live().select_related("affiliation").annotate(latest=LAST_CLAIM_SORT), q=q
    )
    try:
        page = SPEAKER_SORTS[sort].page(speakers, request.GET, size=SPEAKERS_PER_PAGE)
    except BadCursor:
        return bad_page_link()
    context = {
        "form": form,
        "speakers": page.rows,
        "q": q,
        "sort": sort,
        "paged": "cursor" in request.GET,
        "next_cursor": page.next_cursor,
    }
    return render_page(request, "claims/speaker_list.html", context, partial="results")


@require_GET
@speaker_reader
def speaker_detail(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = _get_speaker(pk)
    if speaker.merged_into_id:
        messages.info(request, f"{speaker.name} was merged into {speaker.merged_into.name}.")
        return redirect("claims:speaker", pk=speaker.merged_into_id)
    verdict = request.GET.get("verdict", "")
    if verdict not in Claim.COUNTED_VERDICTS:
        verdict = ""
    claims = (
        Claim.objects.filter(
            speaker=speaker, verdict__in=[verdict] if verdict else Claim.COUNTED_VERDICTS
        )
        # The speaker too: a denial is worded with the speaker's name.
        .select_related("article__outlet", "speaker")
        .order_by("-pk")
    )
    try:
        page = CLAIMS_KEYSET.page(claims, request.GET, size=CLAIMS_PER_PAGE)
    except BadCursor:
        return bad_page_link()
    context = {
        "speaker": speaker,
        "claims": page.rows,
        "older": page.next_cursor,
        "verdict": verdict,
    }
    if wants_fragment(request):
        return render(request, "claims/speaker_detail.html#claims", context)
    aliases = list(speaker.aliases.all())
    record = track_record(claims=Claim.objects.filter(speaker=speaker))
    labels = dict(Claim.Verdict.choices)
    context.update(
        aliases=aliases,
        own_key=name_key(speaker.name),
        record=record,
        chart=track_chart(
            record.months, labels=labels, title=f"Claims by {speaker.name} per month, by verdict"
        ),
        members=list(speaker.members.live().order_by("name")[:50]),
        duplicates=list(possible_duplicates(speaker=speaker, keys=[a.key for a in aliases])),
        history=list(
            SpeakerMerge.objects.filter(Q(source=speaker) | Q(target=speaker)).select_related(
                "source", "target", "by"
            )[:20]
        ),
        can_edit=request.user.has_perm(EDIT_REGISTRY),
        edit_form=SpeakerForm(
            initial={
                "name": speaker.name,
                "kind": speaker.kind,
                "role": speaker.role,
                "affiliation": speaker.affiliation.name if speaker.affiliation else "",
            }
        ),
        alias_form=AliasForm(),
        merge_form=MergeForm(),
    )
    return render(request, "claims/speaker_detail.html", context)


@require_POST
@registry_editor
def speaker_edit(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = _get_speaker(pk)
    form = SpeakerForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form_errors(form)))
        return _back_to(speaker)
    try:
        update_speaker(speaker=speaker, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Speaker saved.")
    return _back_to(speaker)


@require_POST
@registry_editor
def alias_add(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = _get_speaker(pk)
    form = AliasForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form_errors(form)))
        return _back_to(speaker)
    try:
        alias = add_alias(speaker=speaker, name=form.cleaned_data["name"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"\u201c{alias.name}\u201d now resolves to {speaker.name}.")
    return _back_to(speaker)


@require_POST
@registry_editor
def speaker_merge(request: HttpRequest, pk: int) -> HttpResponse:
    keep = _get_speaker(pk)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form_errors(form)))
        return _back_to(keep)
    drop = form.cleaned_data["speaker"]
    if not form.cleaned_data["confirmed"]:
        context = {
            "keep": keep,
            "drop": drop,
            "claims": Claim.objects.filter(speaker=drop).count(),
            "aliases": list(drop.aliases.values_list("name", flat=True)),
        }
        return render(request, "claims/speaker_merge_confirm.html", context)
    try:
        merge = merge_speakers(keep=keep, drop=drop, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            f"Merged {drop.name} into {keep.name}: {merge.claim_count} claims moved.",
        )
    return _back_to(keep)


@require_POST
@registry_editor
def alias_split(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = _get_speaker(pk)
    form = SplitForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form_errors(form)))
        return _back_to(speaker)
    alias = get_object_or_404(SpeakerAlias, pk=form.cleaned_data["alias"], speaker=speaker)
    try:
        split = split_alias(alias=alias, by=request.user, name=form.cleaned_data["name"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _back_to(speaker)
    messages.success(
        request,
        f"Split \u201c{alias.name}\u201d out to {split.target.name}: "
        f"{split.claim_count} claims moved.",
    )
    return _back_to(speaker)


@require_GET
@speaker_reader
def speaker_options(request: HttpRequest) -> HttpResponse:
    """Suggestions for a speaker name field, as <option>s of a <datalist>."""
    form = SpeakerLookupForm(request.GET)
    q = form.cleaned_data["name"] if form.is_valid() else ""
    speakers = search_speakers(Speaker.objects.live(), q=q)[:10] if q.strip() else []
    return render(request, "claims/_speaker_options.html", {"speakers": speakers})
