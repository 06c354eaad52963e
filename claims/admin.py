"""The admin reads everything, and changes a claim only through the claim's own
change methods, so an admin edit is version-checked and audited like a screen's."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from claims.models import Claim, ClaimConflict, ClaimEvent, Evidence, Quantity
from claims.speakers import attribute_claim


class _ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class QuantityInline(_ReadOnlyInline):
    model = Quantity


class EvidenceInline(_ReadOnlyInline):
    model = Evidence


class ClaimEventInline(admin.TabularInline):
    model = ClaimEvent
    extra = 0
    can_delete = False
    readonly_fields = ["at", "user", "action", "field", "old_value", "new_value", "note"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class ClaimAdminForm(forms.ModelForm):
    # The version the admin saw: a save on top of someone else's change is refused.
    seen_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = ["speaker", "assignee", "verdict", "verdict_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        problem = Claim.verdict_note_problem(cleaned.get("verdict"), cleaned.get("verdict_note"))
        if problem:
            self.add_error("verdict_note", problem)
        return cleaned


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimAdminForm
    list_display = ["__str__", "kind", "speaker", "verdict", "hedged", "assignee", "article"]
    list_filter = ["verdict", "kind", "hedged", "attribution_state", "speaker_kind"]
    search_fields = ["text", "speaker__name", "article__title"]
    list_select_related = ["speaker", "assignee", "article"]
    raw_id_fields = ["speaker", "assignee"]
    readonly_fields = [
        "article",
        "text",
        "kind",
        "stance",
        "speaker_text",
        "attribution",
        "attribution_state",
        "hedge",
        "verdict_by",
        "verdict_at",
        "version",
        "edited_at",
    ]
    fields = [
        *readonly_fields[:8],
        "speaker",
        "assignee",
        "verdict",
        "verdict_note",
        "seen_version",
    ]
    inlines = [QuantityInline, EvidenceInline, ClaimEventInline]

    def has_add_permission(self, request) -> bool:
        # Claims come from an article: the extractor, or an editor on its review page.
        return False

    def save_model(self, request, obj: Claim, form: ClaimAdminForm, change: bool) -> None:
        """Apply each changed field through the claim's change method, never a plain save."""
        version = form.cleaned_data["seen_version"]
        data = form.cleaned_data
        claim = Claim.objects.get(pk=obj.pk)
        try:
            if "speaker" in form.changed_data:
                claim = attribute_claim(
                    claim=claim, speaker=data["speaker"], by=request.user, expected_version=version
                )
                version = claim.version
            if "assignee" in form.changed_data:
                claim = claim.assign(
                    assignee=data["assignee"], by=request.user, expected_version=version
                )
                version = claim.version
            if {"verdict", "verdict_note"} & set(form.changed_data):
                claim.set_verdict(
                    verdict=data["verdict"],
                    note=data["verdict_note"],
                    by=request.user,
                    expected_version=version,
                )
        except ClaimConflict as conflict:
            messages.error(request, str(conflict))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))


@admin.register(Quantity)
class QuantityAdmin(admin.ModelAdmin):
    list_display = [
        "claim",
        "value",
        "lower",
        "upper",
        "approximate",
        "qualifier",
        "category",
        "subject",
    ]
    list_filter = ["category", "approximate"]
    search_fields = ["subject", "claim__text"]
    raw_id_fields = ["claim"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # edited on the claim's card, where the change is audited


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["claim", "stance", "url", "added_by", "created_at"]
    list_filter = ["stance"]
    search_fields = ["url", "note"]
    raw_id_fields = ["claim", "added_by"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # added on the claim's card, where the change is audited


@admin.register(ClaimEvent)
class ClaimEventAdmin(admin.ModelAdmin):
    """Read-only: the audit trail is append-only."""

    list_display = ["at", "user", "action", "field", "old_value", "new_value", "claim"]
    list_filter = ["action"]
    search_fields = ["note", "old_value", "new_value"]
    list_select_related = ["user", "claim"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
