import sys
import uuid

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from sources import imports
from sources.models import ImportJob


class Command(BaseCommand):
    help = (
        "Import articles from files (.txt .md .html .docx .pdf .eml), folders and JSON Lines "
        "(one article per line: title, text, outlet, byline, url, published). Runs the "
        "upload form's import job here, a chunk at a time; reports each item and exits "
        "non-zero when any was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, paths: list[str], no_progress: bool, **options):
        job = imports.start_path_job(paths=paths)
        self.stdout.write(f"import job {job.pk}: {job.total} item(s)")
        # Run here rather than by a worker, so a command's output is the whole report;
        # an interrupted run is resumed by the sweeper like any other job.
        task_id = f"command-{uuid.uuid4().hex}"
        with tqdm(total=job.total, unit="article", file=sys.stderr, disable=no_progress) as bar:
            more = imports.take_job(job_id=job.pk, task_id=task_id)
            shown = 0
            while more:
                more = imports.run_chunk(job_id=job.pk, task_id=task_id)
                lines = job.lines.filter(number__gt=shown).order_by("number")
                # The bar is cleared while the lines are written so the two never garble.
                bar.clear()
                for line in lines:
                    self.stdout.write(self._line(line))
                    shown = line.number
                    bar.update(1)
        job.refresh_from_db()
        self.stdout.write(
            f"{job.imported} imported, {job.duplicates} duplicate, {job.rejected} rejected"
        )
        if job.state != ImportJob.State.DONE:
            raise CommandError(f"The import stopped: {job.error or job.get_state_display()}")
        if job.rejected:
            raise CommandError(f"{job.rejected} item(s) rejected; see above.")

    @staticmethod
    def _line(line) -> str:
        text = f"{line.status:<9} {line.item}"
        if line.article_id:
            text += f" -> article {line.article_id}"
        if line.status == "rejected":
            text += f": {line.reason}"
        return text
