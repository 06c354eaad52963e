from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "tracking"
    verbose_name = "Stories and repeated claims"

    def ready(self) -> None:
        # Connects the receivers of claims' and sources' signals.
        from tracking import tasks  # noqa: F401
