"""Queued tasks without a broker, in the quickstart: a few threads of the process that
queued them run them, so a request that queues long work (extracting a long article,
building a large PDF) answers at once and its page shows the progress, as it does
with a worker.

Only with TASKS_IN_THREADS (on for `make run`'s development server when REDIS_URL is
unset); otherwise tasks go to the broker, or run in the caller when there is none
(commands, tests).
"""

import logging
from concurrent.futures import ThreadPoolExecutor

from celery import Task, uuid
from django.conf import settings
from django.db import connections

logger = logging.getLogger(__name__)

# Two at once: a long extraction need not hold up an export, and SQLite takes one
# writer at a time anyway.
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="claimdesk-task")


class BackgroundTask(Task):
    def apply_async(self, args=None, kwargs=None, task_id=None, **options):
        if not (self.app.conf.task_always_eager and settings.TASKS_IN_THREADS):
            return super().apply_async(args, kwargs, task_id=task_id, **options)
        task_id = task_id or uuid()
        _pool.submit(_run, self, tuple(args or ()), dict(kwargs or {}), task_id)
        return self.AsyncResult(task_id)


def _run(task: Task, args: tuple, kwargs: dict, task_id: str) -> None:
    try:
        task.apply(args=args, kwargs=kwargs, task_id=task_id, throw=True)
    except Exception:
        # Nobody waits on the result: say what failed where the developer looks.
        logger.exception("Task %s failed in the background", task.name)
    finally:
        # The thread's own connections; the next task in it opens new ones.
        connections.close_all()
