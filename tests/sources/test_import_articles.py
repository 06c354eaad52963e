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
    assert f"rejected  {path} line 2: Line 2:" in out
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


def test_a_nul_or_control_character_rejects_its_line_and_the_import_goes_on(tmp_path, capsys):
    path = _jsonl(
        tmp_path / "wire.jsonl",
        {"title": "Quake", "text": "A quake killed 3 people, officials said."},
        {"title": "Broken", "text": "Text.", "url": "https://news.example/a\u0000b"},
        {"title": "Bell\u0007", "text": "A storm hit 9 towns."},
        '{"title": "Raw", "text": "A raw \x00 byte."}',
        {"title": "Fire", "text": "Fire destroyed 12 homes, the fire service said."},
    )
    out, failed = _run(path, capsys=capsys)
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Fire", "Quake"]
    assert (
        f"rejected  {path} line 2: "
        "Line 2: The address holds a NUL character (U+0000) at character 23" in out
    )
    assert f"rejected  {path} line 3: Line 3: The title holds a control character (U+0007)" in out
    assert f"rejected  {path} line 4: Line 4: this line holds a NUL byte (U+0000)" in out
    assert "2 imported, 0 duplicate, 3 rejected" in out
    assert failed is not None


def test_an_item_the_database_refuses_is_rejected_and_the_import_goes_on(
    tmp_path, capsys, monkeypatch
):
    from django.db import DataError

    import sources.imports

    real = sources.imports.import_document

    def refusing(*, document, created_by=None):
        if document.title == "Broken":
            raise DataError("PostgreSQL text fields cannot contain NUL (0x00) bytes")
        return real(document=document, created_by=created_by)

    monkeypatch.setattr(sources.imports, "import_document", refusing)
    path = _jsonl(
        tmp_path / "wire.jsonl",
        {"title": "Quake", "text": "A quake killed 3 people, officials said."},
        {"title": "Broken", "text": "Text."},
        {"title": "Fire", "text": "Fire destroyed 12 homes, the fire service said."},
    )
    out, failed = _run(path, capsys=capsys)
    assert f"rejected  {path} line 2: The database refused this article." in out
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Fire", "Quake"]
