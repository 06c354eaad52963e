"""Running import jobs in tests: the task body, called as a worker would, until done."""

from django.test import Client
from django.urls import resolve

from sources.models import ImportJob
from sources.tasks import import_task


def run_imports() -> None:
    """Run every queued job to its end; each call of the task is one worker run."""
    while pks := list(
        ImportJob.objects.filter(state__in=ImportJob.UNTAKEN).values_list("pk", flat=True)
    ):
        for pk in pks:
            import_task.apply(args=[pk])


def finished(client: Client, response):
    """The job page a form's answer led to, once a worker has run the job."""
    assert response.status_code == 302, response.content
    assert resolve(response.url).url_name == "import_job", response.url
    run_imports()
    return client.get(response.url)
