from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "tracking"
    verbose_name = "Stories and repeated claims"

    def ready(self) -> None:
        # Connects the receivers of claims' and sources' signals.
        from claims.filters import EXTRA_FILTERS
        from tracking import tasks  # noqa: F401
        from tracking.forms import story_filter

        # The claim queue, its reports and the API filter by story; claims cannot
        # import tracking, so tracking hands it the filter.
        EXTRA_FILTERS["story"] = story_filter
