import json
import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_date

from sources.services import DuplicateArticle, create_article, outlet_named

# Sample files open with a line such as "date 2023-05-23 Home page politics".
_DATE_LINE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\b[^\n]*\n+")


class Command(BaseCommand):
    help = "Load the sample articles in seeds/ (each .txt with an optional .json of metadata)."

    def add_arguments(self, parser):
        parser.add_argument("--folder", default=str(Path(settings.BASE_DIR) / "seeds"))

    def handle(self, *args, folder: str, **options):
        paths = sorted(Path(folder).glob("*.txt"))
        if not paths:
            raise CommandError(f"No .txt seed files in {folder}.")
        for path in paths:
            meta_path = path.with_suffix(".json")
            meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
            text = path.read_text("utf-8")
            published = meta.get("published")
            header = _DATE_LINE.match(text)
            if header:
                published = published or header.group(1)
                text = text[header.end() :]
            try:
                article = create_article(
                    title=meta.get("title") or path.stem.replace("-", " ").capitalize(),
                    text=text.strip(),
                    url=meta.get("url", ""),
                    outlet=outlet_named(meta.get("outlet", "")),
                    byline=meta.get("byline", ""),
                    published=parse_date(published) if published else None,
                    language=meta.get("language", "en"),
                    source_name=path.name,
                )
            except DuplicateArticle as exc:
                self.stdout.write(f"already loaded: {path.name} (article {exc.existing.pk})")
                continue
            self.stdout.write(self.style.SUCCESS(f"loaded: {path.name} (article {article.pk})"))
