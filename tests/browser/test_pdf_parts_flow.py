"""An editor asks for a PDF in parts and downloads part 2 from the job's page, in Chromium."""

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from reports import jobs
from reports.models import ExportJob
from reports.tasks import render_pdf_part_task

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_job_page_offers_each_part_as_it_is_done(signed_in, live_server, settings, monkeypatch):
    page = signed_in
    settings.PDF_PART_CLAIMS = 2  # the seed article's 5 claims make 3 parts
    monkeypatch.setattr("reports.views.SYNC_PDF_LIMIT", 0)
    # No worker here: the test plays it, a part at a time (in the live server's thread
    # a render would hold SQLite's lock).
    queued = []
    monkeypatch.setattr(render_pdf_part_task, "delay", queued.append)
    page.goto(live_server.url + "/reports/claims/?format=pdf")
    expect(page.locator("main")).to_contain_text("this one comes in 3 numbered parts")
    page.get_by_role("button", name="Prepare the PDF").click()
    expect(page.locator("#job-status")).to_contain_text("Queued")
    job = ExportJob.objects.get()
    assert jobs.run_pdf_part(part_id=queued.pop(), queue_next=queued.append)
    # No reload: the page asks for the job's state every 2 s.
    expect(page.get_by_role("link", name="Part 1 of 3 (claims 1\u20132)")).to_be_visible()
    expect(page.locator("#job-parts")).to_contain_text("Part 2 of 3 (claims 3\u20134): queued")
    assert jobs.run_pdf_part(part_id=queued.pop(), queue_next=queued.append)
    second = page.get_by_role("link", name="Part 2 of 3 (claims 3\u20134)")
    expect(second).to_be_visible()
    with page.expect_download() as download:
        second.click()
    assert download.value.suggested_filename.endswith("-part-2-of-3.pdf")
    pdf = PdfReader(download.value.path())
    text = " ".join(pdf.pages[0].extract_text().split())
    assert "Part 2 of 3 \u2014 claims 3\u20134 of 5" in text
    assert jobs.run_pdf_part(part_id=queued.pop(), queue_next=queued.append)
    expect(page.locator("#job-status")).to_contain_text("All 3 parts are ready.")
    job.refresh_from_db()
    assert (job.state, queued) == ("done", [])
