from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Score the extractor against hand-annotated claims (JSON Lines, see docs)."

    def add_arguments(self, parser):
        parser.add_argument("gold", help="A .jsonl file of annotated articles.")

    def handle(self, *args, gold: str, **options):
        from claims.extraction.evaluation import evaluate, format_report

        path = Path(gold)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            scores = evaluate(path)
        except (ValueError, KeyError, OSError) as exc:
            raise CommandError(f"Could not read {path}: {exc}") from None
        self.stdout.write(format_report(scores))
