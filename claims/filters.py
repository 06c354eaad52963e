"""The claim filters shared by the queue, selection reports and exports."""

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from claims.models import Claim
from sources.models import Outlet, Speaker

_YES_NO = [("", "Any"), ("yes", "Yes"), ("no", "No")]
# A user id as a form field reads it: int() of digits only int() accepts ("²" passes
# str.isdigit() and fails int()), within the database's integer range.
_USER_ID = forms.IntegerField(min_value=1, max_value=2**63 - 1)


class ExtraFilter(NamedTuple):
    """A filter an app above claims adds to every claim filter form."""

    field: Callable[[], forms.Field]  # a new form field for each form
    narrow: Callable[[QuerySet, Any], QuerySet]  # the claims with the cleaned value


# Filters by what only an app above claims knows (tracking's stories), by field name:
# claims cannot import that app, so the app registers its filter here when it loads.
EXTRA_FILTERS: dict[str, ExtraFilter] = {}


class ClaimFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search")
    verdict = forms.MultipleChoiceField(choices=Claim.Verdict.choices, required=False)
    kind = forms.MultipleChoiceField(choices=Claim.Kind.choices, required=False)
    speaker = forms.ModelChoiceField(Speaker.objects.all(), required=False)
    outlet = forms.ModelChoiceField(Outlet.objects.all(), required=False)
    assignee = forms.CharField(
        required=False, help_text="A user id, 'me' or 'none'.", max_length=20
    )
    published_from = forms.DateField(required=False, label="Published from")
    published_to = forms.DateField(required=False, label="Published to")
    hedged = forms.ChoiceField(choices=_YES_NO, required=False)
    sign_off = forms.ChoiceField(
        choices=[("", "Any"), ("awaiting", "Awaiting sign-off")], required=False
    )

    def __init__(self, data: Mapping | None = None, *, user=None, **kwargs):
        super().__init__(data, **kwargs)
        self.user = user
        for name, extra in EXTRA_FILTERS.items():
            self.fields[name] = extra.field()

    def extra_fields(self) -> list[forms.BoundField]:
        """The registered filters' fields, which the queue shows after its own."""
        return [self[name] for name in EXTRA_FILTERS]

    def clean_assignee(self) -> str:
        value = self.cleaned_data["assignee"].strip()
        if value in ("", "me", "none"):
            return value
        try:
            pk = _USER_ID.clean(value)
        except forms.ValidationError:
            pk = None
        if pk is None or not get_user_model().objects.filter(pk=pk).exists():
            raise forms.ValidationError("Choose an editor, 'me' or 'none'.")
        return str(pk)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("published_from"), cleaned.get("published_to")
        if start and end and start > end:
            raise forms.ValidationError("The start date is after the end date.")
        return cleaned

    def filter(self, claims):
        """Apply the valid filters to a claim queryset (call after is_valid())."""
        data = self.cleaned_data
        if data.get("q"):
            claims = claims.filter(
                Q(text__icontains=data["q"]) | Q(speaker_text__icontains=data["q"])
            )
        if data.get("verdict"):
            claims = claims.filter(verdict__in=data["verdict"])
        if data.get("kind"):
            claims = claims.filter(kind__in=data["kind"])
        if data.get("speaker"):
            claims = claims.filter(speaker=data["speaker"])
        if data.get("outlet"):
            claims = claims.filter(article__outlet=data["outlet"])
        assignee = data.get("assignee")
        if assignee == "me" and self.user is not None:
            claims = claims.filter(assignee=self.user)
        elif assignee == "none":
            claims = claims.filter(assignee__isnull=True)
        elif assignee:
            claims = claims.filter(assignee_id=int(assignee))
        if data.get("published_from"):
            claims = claims.filter(article__published__gte=data["published_from"])
        if data.get("published_to"):
            claims = claims.filter(article__published__lte=data["published_to"])
        if data.get("hedged") in ("yes", "no"):
            claims = claims.filter(hedged=data["hedged"] == "yes")
        if data.get("sign_off") == "awaiting":
            claims = claims.awaiting_sign_off()
        for name, extra in EXTRA_FILTERS.items():
            if data.get(name) not in (None, "", []):
                claims = extra.narrow(claims, data[name])
        return claims
