from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"

    def ready(self) -> None:
        # Connects the receivers: extraction of stored articles, speaker recounts.
        from claims import tasks  # noqa: F401
