"""The quickstart targets and packaging metadata."""

import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def make_dry_run(tmp_path: Path, *args: str) -> str:
    # A fresh virtual environment path, so every install step shows in the dry run.
    return subprocess.run(
        ["make", "-n", "-C", str(ROOT), f"VENV={tmp_path / 'venv'}", *args],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_make_run_installs_the_app_without_the_dev_extras(tmp_path):
    out = make_dry_run(tmp_path, "run")
    assert "pip install --quiet -e ." in out
    assert ".[dev]" not in out


def test_make_test_installs_the_dev_extras(tmp_path):
    assert "pip install --quiet -e '.[dev]'" in make_dry_run(tmp_path, "test")


def test_make_run_serves_on_port_8000_unless_told_otherwise(tmp_path):
    assert "runserver 127.0.0.1:8000" in make_dry_run(tmp_path, "run")
    assert "runserver 127.0.0.1:8010" in make_dry_run(tmp_path, "run", "PORT=8010")


def test_license_is_an_spdx_expression_with_a_setuptools_that_reads_it():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["project"]["license"] == "MIT"
    assert "setuptools>=77" in pyproject["build-system"]["requires"]
