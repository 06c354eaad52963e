from django.contrib import admin

from claims.models import Claim, ClaimEvent, Evidence, Quantity


class QuantityInline(admin.TabularInline):
    model = Quantity
    extra = 0


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    raw_id_fields = ["added_by"]


class ClaimEventInline(admin.TabularInline):
    model = ClaimEvent
    extra = 0
    can_delete = False
    readonly_fields = ["at", "user", "action", "field", "old_value", "new_value", "note"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "speaker", "verdict", "hedged", "assignee", "article"]
    list_filter = ["verdict", "kind", "hedged", "attribution_state", "speaker_kind"]
    search_fields = ["text", "speaker__name", "article__title"]
    list_select_related = ["speaker", "assignee", "article"]
    raw_id_fields = ["article", "speaker", "assignee", "created_by", "verdict_by"]
    # Verdicts change through the review screens so that each change is audited.
    readonly_fields = [
        "verdict",
        "verdict_note",
        "verdict_by",
        "verdict_at",
        "version",
        "edited_at",
    ]
    inlines = [QuantityInline, EvidenceInline, ClaimEventInline]


@admin.register(Quantity)
class QuantityAdmin(admin.ModelAdmin):
    list_display = ["claim", "value", "lower", "upper", "approximate", "category", "subject"]
    list_filter = ["category", "approximate"]
    search_fields = ["subject", "claim__text"]
    raw_id_fields = ["claim"]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["claim", "stance", "url", "added_by", "created_at"]
    list_filter = ["stance"]
    search_fields = ["url", "note"]
    raw_id_fields = ["claim", "added_by"]


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
