from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Reports"

    def ready(self) -> None:
        # Connects the sweeper's receiver (claims.signals.sweeping).
        from reports import tasks  # noqa: F401
