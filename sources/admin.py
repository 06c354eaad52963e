from django.contrib import admin

from sources.models import Article, Outlet, Speaker, SpeakerAlias


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "created_at"]
    search_fields = ["name", "domain"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "extraction_state", "created_at"]
    list_filter = ["extraction_state", "outlet", "language", "published"]
    search_fields = ["title", "url", "byline"]
    date_hierarchy = "created_at"
    list_select_related = ["outlet"]
    raw_id_fields = ["created_by"]
    readonly_fields = [
        "content_hash",
        "extraction_error",
        "extraction_queued_at",
        "extraction_started_at",
        "extraction_finished_at",
        "extractor_version",
    ]


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    fk_name = "speaker"
    extra = 1
    exclude = ["merged_from"]


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "role", "affiliation", "created_by_extractor"]
    list_filter = ["kind", "created_by_extractor"]
    search_fields = ["name", "aliases__name", "role"]
    list_select_related = ["affiliation"]
    raw_id_fields = ["affiliation", "merged_into"]
    inlines = [SpeakerAliasInline]

    def has_change_permission(self, request, obj=None) -> bool:
        # A merged speaker is retired: a new name or alias on it would catch claims
        # that then show on no live speaker's page.
        if obj is not None and obj.merged_into_id:
            return False
        return super().has_change_permission(request, obj)
