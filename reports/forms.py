"""Forms of the report downloads: the format asked for, and a background PDF's request."""

from django import forms

from reports.selection import KINDS

_YES = ("1", "true", "yes", "on")


class _YesField(forms.CharField):
    """A flag from a link or a checkbox: 1, true, yes or on (any case) is yes."""

    def to_python(self, value) -> bool:
        return str(super().to_python(value)).lower() in _YES


class ExportForm(forms.Form):
    format = forms.CharField(required=False, max_length=20)
    include_not_a_claim = _YesField(required=False)

    def clean_format(self) -> str:
        return self.cleaned_data["format"] or "html"


class JobForm(forms.Form):
    kind = forms.ChoiceField(choices=[(kind, kind) for kind in KINDS])
    object_id = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1)
    query = forms.CharField(required=False, max_length=4000)
    include_not_a_claim = _YesField(required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") not in (None, "selection") and cleaned.get("object_id") is None:
            raise forms.ValidationError("Say which report to render.")
        return cleaned
