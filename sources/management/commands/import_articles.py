import sys
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from sources.imports import expand_paths, import_paths


def _items_in(path: Path) -> int:
    """How many articles a path holds, for the progress bar's total."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return 1
    with path.open("rb") as stream:
        return sum(1 for line in stream if line.strip())


class Command(BaseCommand):
    help = (
        "Import articles from files (.txt .md .html .docx .pdf .eml), folders and JSON Lines "
        "(one article per line: title, text, outlet, byline, url, published). Reports each "
        "item; exits non-zero when any was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, paths: list[str], no_progress: bool, **options):
        files = list(expand_paths(paths))
        counts: Counter[str] = Counter()
        with tqdm(
            total=sum(map(_items_in, files)), unit="article", file=sys.stderr, disable=no_progress
        ) as bar:
            for outcome in import_paths(files):
                counts[outcome.status] += 1
                line = f"{outcome.status:<9} {outcome.item}"
                if outcome.article_id:
                    line += f" -> article {outcome.article_id}"
                if outcome.status == "rejected":
                    line += f": {outcome.reason}"
                # The bar is cleared while the line is written so the two never garble.
                bar.clear()
                self.stdout.write(line)
                bar.update(1)
        self.stdout.write(
            ", ".join(f"{counts[s]} {s}" for s in ("imported", "duplicate", "rejected"))
        )
        if counts["rejected"]:
            raise CommandError(f"{counts['rejected']} item(s) rejected; see above.")
