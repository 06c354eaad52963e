"""gunicorn's settings for the web service.

    gunicorn -c python:workbench.gunicorn_conf workbench.wsgi

The container's command and the fault run (bench/faults.py) both start the web this way.
"""

import gc
import os

bind = os.environ.get("WEB_BIND", "0.0.0.0:8000")
# gunicorn's own variable for the worker count; by default the usual 2 × cores + 1.
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * (os.cpu_count() or 1) + 1)
# Threads, not one request per process: with sync workers every worker busy (a slow
# client sending its headers, a long report) left /healthz waiting in the listen queue
# past the health check's 5 s, and the orchestrator restarted a web that was only busy.
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS") or 4)
timeout = 30
# Longer than any client or proxy keeps an idle connection open to us (nginx's upstream
# connections: 60 s): with gunicorn's 2 s, a request sent on a connection just as the
# web closed it for idleness was lost ("connection closed", no answer), which editors
# pausing about two seconds between clicks met several times in the fault run.
keepalive = 75
accesslog = "-"
# The app is loaded once, in the master, and its workers are forked from it with every
# view imported and the URLs (the API's routes among them) built: each worker built them
# on its first request, about a second of CPU, five at once at start-up and one after
# every worker restart, while editors and /healthz waited behind it.
preload_app = True


def when_ready(server) -> None:
    from django.urls import get_resolver

    # Nothing here may open a database or broker connection: the forked workers would
    # share it.
    get_resolver().reverse_dict  # noqa: B018 - building them is the point
    # The loaded app (about 190,000 objects that live as long as the process) is set
    # aside from the collector before the workers are forked: each full collection in a
    # worker walked all of it, about 0.3 s with every thread of the worker stopped, and
    # wrote to the pages it shares with the master. Collected first, so no garbage of
    # the loading is kept for ever.
    gc.collect()
    gc.freeze()
