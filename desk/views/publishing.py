"""The editor's side of publishing: publish a verdict, correct it, withdraw it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from claims.models import Claim, ClaimConflict
from claims.views.access import editor, form_errors, reader
from desk import services
from desk.forms import CorrectionForm, PublishForm, WithdrawForm
from desk.models import FactCheck


def _screen(request: HttpRequest, claim: Claim, *, status: int = 200, **forms) -> HttpResponse:
    fact_check = FactCheck.objects.filter(claim=claim).first()
    context = {
        "claim": claim,
        "fact_check": fact_check,
        "corrections": list(fact_check.corrections.all()) if fact_check else [],
        "publish_problem": FactCheck.verdict_problem(claim),
        "publish_form": forms.get("publish_form") or PublishForm(),
        "correction_form": forms.get("correction_form")
        or CorrectionForm(initial={"verdict": claim.verdict, "version": claim.version}),
        "withdraw_form": forms.get("withdraw_form") or WithdrawForm(),
        "errors": forms.get("errors", []),
    }
    return render(request, "desk/publish.html", context, status=status)


def _claim(pk: int) -> Claim:
    return get_object_or_404(Claim.objects.select_related("speaker", "article"), pk=pk)


@require_GET
@reader
def publishing(request: HttpRequest, pk: int) -> HttpResponse:
    return _screen(request, _claim(pk))


@require_POST
@editor
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim(pk)
    form = PublishForm(request.POST)
    if not form.is_valid():
        return _screen(request, claim, status=422, publish_form=form, errors=form_errors(form))
    try:
        fact_check = services.publish(claim=claim, by=request.user, **form.cleaned_data)
    except ValidationError as exc:
        return _screen(request, claim, status=422, publish_form=form, errors=exc.messages)
    messages.success(request, "Published.")
    return redirect(fact_check)


@require_POST
@editor
def correct(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim(pk)
    fact_check = get_object_or_404(FactCheck, claim=claim)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        return _screen(request, claim, status=422, correction_form=form, errors=form_errors(form))
    data = form.cleaned_data
    try:
        services.correct(
            fact_check=fact_check,
            by=request.user,
            verdict=data["verdict"],
            note=data["note"],
            correction=data["correction"],
            explanation=data["explanation"],
            recheck_on=data["recheck_on"],
            expected_version=data["version"],
        )
    except ClaimConflict:
        error = "Someone changed this claim since you loaded it: check it and try again."
        return _screen(request, _claim(pk), status=409, errors=[error])
    except ValidationError as exc:
        return _screen(request, claim, status=422, correction_form=form, errors=exc.messages)
    messages.success(request, "Corrected.")
    return redirect(reverse("desk:publishing", args=[pk]))


@require_POST
@editor
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim(pk)
    fact_check = get_object_or_404(FactCheck, claim=claim)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        return _screen(request, claim, status=422, withdraw_form=form, errors=form_errors(form))
    try:
        services.withdraw(
            fact_check=fact_check, by=request.user, reason=form.cleaned_data["reason"]
        )
    except ValidationError as exc:
        return _screen(request, claim, status=422, withdraw_form=form, errors=exc.messages)
    messages.success(request, "Withdrawn.")
    return redirect(reverse("desk:publishing", args=[pk]))
