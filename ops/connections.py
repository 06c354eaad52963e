"""Worker processes keep their database connection from task to task.

Celery closes a worker's connections before and after every task unless
CELERY_DB_REUSE_MAX says otherwise (settings.py does): opening a new one took
15 of the 23 ms a task spent on an article another task had already taken. A
kept connection can die between tasks (the database restarted, a proxy dropped
it while idle, a time limit interrupted a query), so before each task one that
no longer answers is closed, and the task's first query opens a new one instead
of failing.
"""

from celery.signals import task_prerun
from django.db import connections


@task_prerun.connect
def _close_dead_connections(task=None, **kwargs) -> None:
    if getattr(task.request, "is_eager", False):
        return  # an in-process run shares its caller's connection, maybe mid-transaction
    for conn in connections.all(initialized_only=True):
        if conn.connection is not None and not conn.is_usable():
            conn.close()
