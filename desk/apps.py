from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "desk"
    verbose_name = "Desk"

    def ready(self) -> None:
        # claims and reports sit below desk and cannot import it: desk hands them
        # what only it knows (a published verdict is frozen; where it is published).
        from claims.models.claim import VERDICT_GUARDS
        from desk.publishing import public_urls, published_verdict_problems
        from reports.claimreview import register_published_urls

        if published_verdict_problems not in VERDICT_GUARDS:
            VERDICT_GUARDS.append(published_verdict_problems)
        register_published_urls(public_urls)
        import desk.receivers  # noqa: F401 - connects the receivers
