"""Every setting read from the environment is documented and reaches the stack."""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
READERS = {"env_str", "env_int", "env_bool", "env_list"}
APP_SERVICES = ("web", "worker", "import-worker", "export-worker")


def variables_read_by_settings() -> set[str]:
    tree = ast.parse((ROOT / "workbench" / "settings.py").read_text())
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in READERS
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_settings_read_the_variables_this_test_knows_to_look_for():
    # Guards the parsing below: a refactor that hid the names would pass vacuously.
    assert {"SECRET_KEY", "PROXY_COUNT", "INGEST_FETCH_TIMEOUT"} <= variables_read_by_settings()


def test_every_setting_is_listed_in_env_example():
    listed = set(re.findall(r"^([A-Z][A-Z0-9_]*)=", (ROOT / ".env.example").read_text(), re.M))
    assert variables_read_by_settings() - listed == set()


@pytest.mark.parametrize("service", APP_SERVICES)
def test_every_setting_reaches_the_web_and_worker_services(service):
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    environment = compose["services"][service]["environment"]
    assert variables_read_by_settings() - set(environment) == set()


def test_proxy_count_is_passed_from_the_env_file_with_a_default():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["web"]["environment"]["PROXY_COUNT"] == "${PROXY_COUNT:-0}"


def _compose_command(service: str) -> list[str]:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    # "$$" is compose's escape for a "$" left to the container's shell.
    return [part.replace("$$", "$") for part in compose["services"][service]["command"]]


def _queues_read(command: list[str], environment: dict[str, str]) -> str:
    """The -Q and --concurrency the worker starts with, its shell's expansion included."""
    if command[:2] == ["sh", "-c"]:
        shown = command[2].replace("exec ", "echo ", 1)
        result = subprocess.run(
            ["sh", "-c", shown], env=environment, capture_output=True, text=True, check=True
        )
        command = result.stdout.split()
    return " ".join(
        f"{flag} {command[command.index(flag) + 1]}"
        for flag in ("-Q", "--pool", "--concurrency")
        if flag in command
    )


@pytest.mark.parametrize("service", ["worker", "import-worker", "export-worker"])
def test_workers_run_below_the_web_in_cpu_priority(service):
    # Extraction bursts and long PDFs must not starve the pages and /healthz.
    assert _compose_command(service)[2].startswith("exec nice -n 10 celery ")


@pytest.mark.parametrize(
    ("environment", "exports"),
    [
        ({"CELERY_QUEUE": "claimdesk", "CELERY_EXPORT_QUEUE": ""}, "claimdesk-exports"),
        ({"CELERY_QUEUE": "claimdesk", "CELERY_EXPORT_QUEUE": "pdf"}, "pdf"),
    ],
)
def test_exports_render_on_a_worker_of_their_own_one_at_a_time(environment, exports):
    assert "exports" not in _queues_read(_compose_command("worker"), environment)
    assert _queues_read(_compose_command("export-worker"), environment) == (
        f"-Q {exports} --concurrency 1"
    )
    # The settings route the PDF task to the same queue the export worker reads.
    routed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.CELERY_EXPORT_QUEUE)",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "workbench.settings", **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    assert routed.stdout.strip() == exports


@pytest.mark.parametrize(
    ("environment", "queues"),
    [
        ({"CELERY_QUEUE": "claimdesk", "CELERY_IMPORT_QUEUE": ""}, "claimdesk-imports"),
        ({"CELERY_QUEUE": "claimdesk", "CELERY_IMPORT_QUEUE": "bulk"}, "bulk"),
    ],
)
def test_imports_run_in_threads_on_a_worker_of_their_own(environment, queues):
    # A fetch mostly waits on a remote server: on the extraction worker's processes a
    # few slow addresses held up every import behind them.
    assert _queues_read(_compose_command("worker"), environment) == "-Q claimdesk"
    assert _queues_read(_compose_command("import-worker"), environment) == (
        f"-Q {queues} --pool threads --concurrency 8"
    )
    routed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.CELERY_IMPORT_QUEUE)",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "workbench.settings", **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    assert routed.stdout.strip() == queues


def test_the_export_worker_has_a_memory_limit_of_its_own():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["export-worker"]["mem_limit"]


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose not installed")
def test_compose_file_validates_without_an_env_file(tmp_path):
    # Copied alone, so no .env beside it is read.
    (tmp_path / "docker-compose.yml").write_text((ROOT / "docker-compose.yml").read_text())
    result = subprocess.run(
        ["docker-compose", "-f", "docker-compose.yml", "config", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_an_empty_site_url_from_compose_means_the_default():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.SITE_URL)",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "workbench.settings", "SITE_URL": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "https://claims.example.org"
