import json
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sources.ingest.dates import parse_date
from sources.ingest.documents import parse_upload
from sources.services import DuplicateArticle, import_document


class Command(BaseCommand):
    help = (
        "Load the sample articles in seeds/ (each .txt with an optional .json of title, "
        "published, outlet, byline and url); articles already loaded are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--folder", default=str(Path(settings.BASE_DIR) / "seeds"))

    def handle(self, *args, folder: str, **options):
        paths = sorted(Path(folder).glob("*.txt"))
        if not paths:
            raise CommandError(f"No .txt seed files in {folder}.")
        for path in paths:
            document = parse_upload(
                name=path.name,
                data=path.read_bytes(),
                max_text_bytes=settings.INGEST_MAX_TEXT_BYTES,
            )
            meta_path = path.with_suffix(".json")
            if meta_path.exists():
                meta = json.loads(meta_path.read_text("utf-8"))
                document = replace(
                    document,
                    title=meta.get("title", document.title),
                    byline=meta.get("byline", document.byline),
                    url=meta.get("url", document.url),
                    outlet_name=meta.get("outlet", document.outlet_name),
                    published=parse_date(meta["published"])
                    if meta.get("published")
                    else document.published,
                )
            try:
                article = import_document(document=document)
            except DuplicateArticle as exc:
                self.stdout.write(f"already loaded: {path.name} (article {exc.existing.pk})")
                continue
            self.stdout.write(self.style.SUCCESS(f"loaded: {path.name} (article {article.pk})"))
