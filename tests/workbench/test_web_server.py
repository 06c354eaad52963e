"""The web server as the container starts it (workbench/gunicorn_conf.py)."""

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.workers import free_port, wait_until

ROOT = Path(__file__).resolve().parents[2]


def _health(port: int, timeout: float) -> int:
    try:
        return urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=timeout).status
    except urllib.error.HTTPError as refused:  # 503 without a broker, 400 on a host: answers
        return refused.code
    except OSError:
        return 0


@contextlib.contextmanager
def _web_of_one_process():
    """gunicorn as the container starts it, with one process; yields its port once it
    answers."""
    port = free_port()
    env = {**os.environ, "WEB_CONCURRENCY": "1", "WEB_BIND": f"127.0.0.1:{port}"}
    command = ["-m", "gunicorn", "-c", "python:workbench.gunicorn_conf", "workbench.wsgi"]
    web = subprocess.Popen(
        [sys.executable, *command],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: _health(port, timeout=2) != 0, timeout=60)
        yield port
    finally:
        web.terminate()
        web.wait(10)


def test_health_check_is_answered_while_a_slow_client_holds_the_only_process():
    with _web_of_one_process() as port:
        # A client that never finishes its headers: with one request per process it held
        # the only process until gunicorn's 30 s timeout, and the health check with it.
        slow = socket.create_connection(("127.0.0.1", port))
        try:
            slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n")
            assert _health(port, timeout=5) != 0
        finally:
            slow.close()


def test_a_connection_kept_alive_through_an_editors_pause_still_answers():
    """A browser or proxy reuses its connection after a pause; the web must not close it
    under the request (gunicorn's own 2 s lost requests sent just as it closed)."""
    with _web_of_one_process() as port:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for pause in (0, 3):
            time.sleep(pause)
            connection.request("GET", "/healthz")
            response = connection.getresponse()
            response.read()
            assert response.status in (200, 503)
        connection.close()


def test_the_master_builds_the_urls_for_its_workers_without_a_database_connection():
    probe = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'workbench.settings'; "
        "django.setup(); from workbench import gunicorn_conf; "
        "from django.db import connections; from django.urls import get_resolver; "
        "gunicorn_conf.when_ready(None); "
        "assert gunicorn_conf.preload_app; "
        "assert get_resolver()._populated; "
        "assert all(c.connection is None for c in connections.all()), 'a connection was opened'"
    )
    subprocess.run([sys.executable, "-c", probe], cwd=ROOT, check=True)


def test_the_master_sets_the_loaded_app_aside_from_the_garbage_collector():
    # Frozen before the fork, the app's objects are never walked by a worker's full
    # collection, which stopped every thread of the worker while it ran.
    probe = (
        "import django, gc, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'workbench.settings'; "
        "django.setup(); from workbench import gunicorn_conf; "
        "assert gc.get_freeze_count() == 0; "
        "gunicorn_conf.when_ready(None); "
        "frozen = gc.get_freeze_count(); "
        "assert frozen > 10_000, frozen; "
        "assert len(gc.get_objects()) < frozen / 10, len(gc.get_objects())"
    )
    subprocess.run([sys.executable, "-c", probe], cwd=ROOT, check=True)
