"""Forms of the speaker registry: search, speaker edits, aliases, merges and splits."""

from django import forms

from sources.models import Speaker


class SpeakerSearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Name or alias")
    sort = forms.ChoiceField(
        required=False,
        choices=[
            ("claims", "Most claims"),
            ("false", "Highest share of false claims"),
            ("latest", "Latest claim"),
            ("name", "Name"),
        ],
    )

    def clean_sort(self) -> str:
        return self.cleaned_data["sort"] or "claims"


class SpeakerForm(forms.Form):
    name = forms.CharField(max_length=200)
    kind = forms.ChoiceField(choices=Speaker.Kind.choices)
    role = forms.CharField(max_length=200, required=False, label="Role or title")
    affiliation = forms.CharField(
        max_length=200,
        required=False,
        help_text="The organisation or group this speaker belongs to, by name or alias.",
    )

    def clean_affiliation(self) -> Speaker | None:
        name = self.cleaned_data["affiliation"].strip()
        if not name:
            return None
        found = Speaker.objects.live().matching(name).first()
        if found is None:
            raise forms.ValidationError(f"No speaker is called \u201c{name}\u201d.")
        return found


class AliasForm(forms.Form):
    name = forms.CharField(max_length=200, label="New alias")


class MergeForm(forms.Form):
    """Which speaker to merge into the one on the page: by id (a suggestion) or by name."""

    drop = forms.IntegerField(required=False, widget=forms.HiddenInput)
    name = forms.CharField(max_length=200, required=False, label="Speaker to merge in")
    # A merge moves every claim at once: the first post asks, the confirmed one merges.
    confirmed = forms.BooleanField(required=False)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        if cleaned.get("drop"):
            speaker = Speaker.objects.live().filter(pk=cleaned["drop"]).first()
        elif cleaned.get("name", "").strip():
            matches = list(Speaker.objects.live().matching(cleaned["name"])[:2])
            speaker = matches[0] if len(matches) == 1 else None
        else:
            raise forms.ValidationError("Choose the speaker to merge in.")
        if speaker is None:
            raise forms.ValidationError("No such speaker, or it was merged already.")
        cleaned["speaker"] = speaker
        return cleaned


class SplitForm(forms.Form):
    alias = forms.IntegerField(widget=forms.HiddenInput)
    name = forms.CharField(
        max_length=200,
        required=False,
        label="Into speaker",
        help_text="Leave empty to restore the speaker it was merged from, or a new one.",
    )
