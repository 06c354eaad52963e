from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from claims.models import Claim
from reports.claimreview import claimreview_chunks
from reports.csv_export import csv_chunks
from reports.html import html_chunks
from reports.json_export import json_chunks
from reports.markdown import markdown_chunks
from reports.pdf import render_pdf
from reports.selection import InvalidFilters, build_report
from reports.story import STORY_FORMATS, render_story_pdf, story_report
from sources.models import Article, Speaker
from tracking.models import Story

TEXT_FORMATS = {
    "html": html_chunks,
    "md": markdown_chunks,
    "csv": csv_chunks,
    "json": json_chunks,
    "claimreview": claimreview_chunks,
}


class Command(BaseCommand):
    help = (
        "Export a verification report: one article (--article), one speaker (--speaker-report), "
        "one story's figure ledger and claims (--story), or the claims matching the queue's "
        "filters."
    )

    def add_arguments(self, parser) -> None:
        subject = parser.add_mutually_exclusive_group()
        subject.add_argument("--article", type=int, help="Article id.")
        subject.add_argument("--speaker-report", type=int, metavar="ID", help="Speaker id.")
        subject.add_argument("--story", type=int, help="Story id (not ClaimReview).")
        parser.add_argument(
            "--format", default="html", choices=[*TEXT_FORMATS, "pdf"], help="Default: html."
        )
        parser.add_argument("-o", "--output", help="File to write (default: standard output).")
        parser.add_argument(
            "--include-not-a-claim",
            action="store_true",
            help="Also list passages marked not a claim.",
        )
        filters = parser.add_argument_group("filters (as in the queue)")
        filters.add_argument("--q", help="Text or speaker name contains.")
        filters.add_argument(
            "--verdict", action="append", choices=Claim.Verdict.values, help="Repeatable."
        )
        filters.add_argument(
            "--kind", action="append", choices=Claim.Kind.values, help="Repeatable."
        )
        filters.add_argument("--speaker", type=int, help="Speaker id.")
        filters.add_argument("--outlet", type=int, help="Outlet id.")
        filters.add_argument("--assignee", help="A user id or 'none'.")
        filters.add_argument("--published-from", help="YYYY-MM-DD.")
        filters.add_argument("--published-to", help="YYYY-MM-DD.")
        filters.add_argument("--hedged", choices=["yes", "no"])

    def handle(self, *args, **options) -> None:
        if options["story"] is not None:
            self._story(options)
            return
        params = QueryDict(mutable=True)
        for name in ("q", "speaker", "outlet", "assignee", "published_from", "published_to"):
            if options[name] not in (None, ""):
                params[name] = str(options[name])
        if options["hedged"]:
            params["hedged"] = options["hedged"]
        for name in ("verdict", "kind"):
            params.setlist(name, options[name] or [])
        if options["article"] is not None:
            kind, object_id = "article", options["article"]
        elif options["speaker_report"] is not None:
            kind, object_id = "speaker", options["speaker_report"]
        else:
            kind, object_id = "selection", None
        try:
            report = build_report(
                kind=kind,
                object_id=object_id,
                params=params,
                user=None,
                include_not_a_claim=options["include_not_a_claim"],
            )
        except (Article.DoesNotExist, Speaker.DoesNotExist) as exc:
            raise CommandError(f"No {kind} with id {object_id}.") from exc
        except InvalidFilters as exc:
            raise CommandError(f"These filters cannot be applied:\n{exc}") from exc

        fmt = options["format"]
        output = options["output"]
        if fmt == "pdf":
            if not output:
                raise CommandError("A PDF needs a file: add -o report.pdf.")
            with open(output, "wb") as file:
                file.write(render_pdf(report))
        elif output:
            # Text is written as it streams, so a large export never sits in memory.
            with open(output, "w", encoding="utf-8", newline="") as file:
                for chunk in TEXT_FORMATS[fmt](report):
                    file.write(chunk)
        else:
            for chunk in TEXT_FORMATS[fmt](report):
                self.stdout.write(chunk, ending="")
        if output:
            self.stderr.write(f"Wrote {report.summary.total} claims to {output}.")

    def _story(self, options) -> None:
        story = Story.objects.filter(pk=options["story"]).first()
        if story is None:
            raise CommandError(f"No story with id {options['story']}.")
        fmt, output = options["format"], options["output"]
        if fmt not in (*STORY_FORMATS, "pdf"):
            raise CommandError(f"A story report has no {fmt} format.")
        report = story_report(story=story)
        if fmt == "pdf":
            if not output:
                raise CommandError("A PDF needs a file: add -o report.pdf.")
            with open(output, "wb") as file:
                file.write(render_story_pdf(report))
            return
        chunks = STORY_FORMATS[fmt][0](report)
        if output:
            with open(output, "w", encoding="utf-8", newline="") as file:
                file.writelines(chunks)
        else:
            for chunk in chunks:
                self.stdout.write(chunk, ending="")
