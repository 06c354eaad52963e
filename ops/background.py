"""Queued tasks without a broker, in the quickstart: a few threads of the process that
queued them run them, so a request that queues long work (extracting a long article,
building a large PDF) answers at once and its page shows the progress, as it does
with a worker.

Only with TASKS_IN_THREADS (on for `make run`'s development server when REDIS_URL is
unset); otherwise tasks go to the broker, or run in the caller when there is none
(commands, tests).
"""

import logging
import threading
import time
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor

from celery import Task, uuid
from django.conf import settings
from django.db import connections

logger = logging.getLogger(__name__)

# Two at once: a long extraction need not hold up an export, and SQLite takes one
# writer at a time anyway.
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="claimdesk-task")
_pending: set[Future] = set()
_pending_lock = threading.Lock()


class BackgroundTask(Task):
    def apply_async(self, args=None, kwargs=None, task_id=None, **options):
        if not (self.app.conf.task_always_eager and settings.TASKS_IN_THREADS):
            return super().apply_async(args, kwargs, task_id=task_id, **options)
        task_id = task_id or uuid()
        with _pending_lock:
            future = _pool.submit(_run, self, tuple(args or ()), dict(kwargs or {}), task_id)
            _pending.add(future)
        future.add_done_callback(_forget)
        return self.AsyncResult(task_id)


def _forget(future: Future) -> None:
    with _pending_lock:
        _pending.discard(future)


def wait_until_idle(timeout: float) -> bool:
    """Wait for every queued task, and the tasks those queue, to finish: whoever
    clears the database under them (a test's teardown) must not race a task that
    is still writing. False if work remains after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with _pending_lock:
            if not _pending:
                return True
            waiting = list(_pending)
        futures.wait(waiting, timeout=max(0.0, deadline - time.monotonic()))
    with _pending_lock:
        return not _pending


def _run(task: Task, args: tuple, kwargs: dict, task_id: str) -> None:
    try:
        task.apply(args=args, kwargs=kwargs, task_id=task_id, throw=True)
    except Exception:
        # Nobody waits on the result: say what failed where the developer looks.
        logger.exception("Task %s failed in the background", task.name)
    finally:
        # The thread's own connections; the next task in it opens new ones.
        connections.close_all()
