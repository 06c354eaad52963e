"""A real Celery worker process for integration tests, on the test database and REDIS_URL."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

from celery import Celery
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def database_url_for_tests() -> str:
    """The URL of the database this test run uses, for processes it starts."""
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Worker:
    """One `celery worker` process; start() waits until it answers a ping."""

    def __init__(self, *, extra_env: dict[str, str] | None = None):
        self.name = f"test-{uuid.uuid4().hex[:8]}@localhost"
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url_for_tests(),
            "REDIS_URL": settings.REDIS_URL,
            **(extra_env or {}),
        }
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60, *, output=None) -> "Worker":
        """Start; with `output` (an open file) the worker's log lines go there."""
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "workbench",
                "worker",
                "--pool=solo",
                "--loglevel=INFO",
                "-n",
                self.name,
                "--without-gossip",
                "--without-mingle",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=output,
            stderr=subprocess.STDOUT if output else None,
        )
        deadline = time.monotonic() + timeout
        # Ask through the worker's own broker, which a test may have set apart; a
        # separate app, because replies follow the app's configured broker.
        probe = Celery(broker=self.env["REDIS_URL"], set_as_current=False)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Celery worker exited with {self.process.returncode}")
            if probe.control.ping(destination=[self.name], timeout=0.5):
                return self
        self.stop()
        raise RuntimeError("Celery worker did not answer within the timeout")

    def kill(self) -> None:
        """SIGKILL: the worker dies mid-task without acknowledging it."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


def wait_until(predicate, *, timeout: float = 60, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(f"Condition not met within {timeout} s")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    """Run manage.py in its own process, as the web or a cron job would."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


class RedisServer:
    """A private Redis on a free port, so a test can take the broker down and back up."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> "RedisServer":
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        import redis

        wait_until(lambda: _pings(redis.Redis.from_url(self.url)), timeout=20)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def _pings(client) -> bool:
    try:
        return client.ping()
    except Exception:  # noqa: BLE001 - not up yet
        return False
