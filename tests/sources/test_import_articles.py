import json

import pytest
from django.core.management import CommandError, call_command

from sources.models import Article

pytestmark = pytest.mark.django_db


def _jsonl(path, *records_or_lines):
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records_or_lines) + "\n",
        encoding="utf-8",
    )
    return path


def _run(*paths, capsys):
    try:
        call_command("import_articles", *map(str, paths), "--no-progress")
        failed = None
    except CommandError as error:
        failed = error
    return capsys.readouterr().out, failed


def test_jsonl_imports_good_lines_and_reports_the_bad_one_by_number(tmp_path, capsys):
    path = _jsonl(
        tmp_path / "wire.jsonl",
        {
            "title": "Quake",
            "text": "A quake killed 3 people, officials said.",
            "published": "2024-03-02",
            "outlet": "Wire",
        },
        "{not json",
        {"title": "Fire", "text": "Fire destroyed 12 homes, the fire service said."},
    )
    out, failed = _run(path, capsys=capsys)
    assert Article.objects.count() == 2
    assert f"rejected  {path}:2: Line 2:" in out
    assert "2 imported, 0 duplicate, 1 rejected" in out
    assert failed is not None and "1 item(s) rejected" in str(failed)
    quake = Article.objects.get(title="Quake")
    assert (str(quake.published), quake.outlet.name) == ("2024-03-02", "Wire")
    assert quake.extraction_queued_at is not None


def test_folder_import_reports_duplicates_and_takes_the_seed_date_line(tmp_path, capsys):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2023-05-23 Home\n\nTwo soldiers were killed.\n")
    (folder / "b.txt").write_text("Two soldiers   were killed.\n")
    (folder / "notes.exe").write_bytes(b"MZ\x00\x00")
    out, failed = _run(folder, capsys=capsys)
    assert failed is None  # .exe is not picked up from a folder
    assert "1 imported, 1 duplicate, 0 rejected" in out
    assert str(Article.objects.get().published) == "2023-05-23"


def test_a_named_unsupported_file_is_rejected_with_the_reason(tmp_path, capsys):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    out, failed = _run(bad, capsys=capsys)
    assert failed is not None
    assert "rejected" in out and "PNG" in out
    assert not Article.objects.exists()
