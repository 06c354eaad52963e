import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.gold import gold_documents


class Command(BaseCommand):
    help = (
        "Write every article the desk has fully reviewed as gold annotations (JSON Lines), "
        "for evaluate_extraction to score the extractor against the desk's corrections."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--since", type=datetime.date.fromisoformat, help="Reviewed on or after YYYY-MM-DD."
        )
        parser.add_argument("--article", type=int, help="Only this article (its id).")
        parser.add_argument("-o", "--output", help="The file to write (else standard output).")

    def handle(self, *args, since=None, article=None, output=None, **options):
        lines = (
            json.dumps(document, ensure_ascii=False) + "\n"
            for document in gold_documents(since=since, article_id=article)
        )
        if not output:
            for line in lines:
                self.stdout.write(line, ending="")
            return
        count = 0
        try:
            with Path(output).open("w", encoding="utf-8") as stream:
                for line in lines:
                    stream.write(line)
                    count += 1
        except OSError as exc:
            raise CommandError(f"Cannot write {output}: {exc}") from None
        self.stderr.write(f"Wrote {count} reviewed article(s) to {output}.")
