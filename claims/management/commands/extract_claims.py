import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims.tasks import queue_extraction
from sources.models import Article


class Command(BaseCommand):
    help = (
        "Extract the claims of a plain-text file and print them (no database), or re-extract "
        "stored articles through the queue (--article ID, --all-pending)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="A UTF-8 plain-text file.")
        parser.add_argument("--format", choices=["json", "text"], default="json")
        parser.add_argument(
            "--article",
            type=int,
            action="append",
            default=[],
            help="Re-extract this stored article (repeatable).",
        )
        parser.add_argument(
            "--all-pending",
            action="store_true",
            help="Re-extract every stored article that is queued or failed.",
        )

    def handle(self, *args, path, format, article, all_pending, **options):
        if bool(path) == bool(article or all_pending):
            raise CommandError("Give either a file PATH, or --article ID / --all-pending.")
        if path:
            self._print_file(Path(path), format)
        else:
            self._requeue(article, all_pending)

    def _print_file(self, path: Path, fmt: str) -> None:
        from claims.extraction import extract

        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            raise CommandError(f"No such file: {path}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{path} is not UTF-8 text.") from None
        claims = extract(text)
        if fmt == "json":
            self.stdout.write(
                json.dumps([c.to_dict() for c in claims], ensure_ascii=False, indent=2)
            )
            return
        for claim in claims:
            data = claim.to_dict()
            who = data["speaker"] or "(unattributed)"
            hedge = f"  hedged: {data['hedge']}" if data["hedged"] else ""
            denies = "  DENIES" if data["stance"] == "denies" else ""
            self.stdout.write(
                f"[{data['start']}-{data['end']}] {data['kind']}  {who}{denies}{hedge}"
            )
            self.stdout.write(f"    {data['text']}")
            for q in data["quantities"]:
                said = f', as "{q["qualifier"]}"' if q["qualifier"] else ""
                self.stdout.write(
                    f"    = {q['value']} (lower {q['lower']}, upper {q['upper']}"
                    f"{', approximate' if q['approximate'] else ''}{said}) {q['category']}: "
                    f"{q['subject']}"
                )

    def _requeue(self, ids: list[int], all_pending: bool) -> None:
        articles = Article.objects.none()
        if ids:
            articles = Article.objects.filter(pk__in=ids)
            missing = set(ids) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        if all_pending:
            articles = articles | Article.objects.filter(
                extraction_state__in=[*Article.UNTAKEN, Article.State.FAILED]
            )
        count = 0
        for pk in articles.values_list("pk", flat=True).distinct():
            with transaction.atomic():
                queue_extraction(article=Article(pk=pk))
            count += 1
        self.stdout.write(self.style.SUCCESS(f"Queued {count} article(s) for extraction."))
