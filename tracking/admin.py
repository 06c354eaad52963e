from django.contrib import admin

from tracking.models import RepeatedClaim, Story, StorySuggestion


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ("title", "state", "latest")
    search_fields = ("title",)
    # Filing goes through tracking.stories, which keeps the list order right.
    readonly_fields = ("latest", "created_by", "created_at")


@admin.register(StorySuggestion)
class StorySuggestionAdmin(admin.ModelAdmin):
    list_display = ("article", "story", "score", "state")
    list_filter = ("state",)
    raw_id_fields = ("article", "story")
    readonly_fields = ("decided_by", "decided_at")


@admin.register(RepeatedClaim)
class RepeatedClaimAdmin(admin.ModelAdmin):
    list_display = ("text", "verdict", "version")
    search_fields = ("text",)
    # Verdicts go through tracking.repeats.set_group_verdict, which audits each member.
    readonly_fields = ("key", "verdict", "verdict_note", "verdict_by", "verdict_at", "version")
