import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")

# BackgroundTask runs queued tasks in threads when the quickstart has no broker.
app = Celery("workbench", task_cls="ops.background:BackgroundTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Connects the hooks that carry a request's id into the tasks it queues, and the one
# that replaces a worker's dead database connection.
import ops.connections  # noqa: E402, F401
import ops.logging  # noqa: E402, F401
