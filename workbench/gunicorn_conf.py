"""gunicorn's settings for the web service.

    gunicorn -c python:workbench.gunicorn_conf workbench.wsgi

The container's command and the fault run (bench/faults.py) both start the web this way.
"""

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
accesslog = "-"
