"""PDF export jobs through the API: ask for one, follow it, download it or its parts."""

import io

import pytest
from pypdf import PdfReader

from reports.models import ExportJob
from tests.api.conftest import problem, token_client
from tests.seed import make_seed_claims


@pytest.fixture
def parts_of_two(claim, settings):
    """Six claims (the flood article's and the seed article's) in PDFs of two."""
    settings.PDF_PART_CLAIMS = 2
    make_seed_claims()


def test_a_job_in_parts_lists_each_part_and_where_to_download_it(
    editor_api, parts_of_two, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_api.post(
            "/api/exports/jobs", {"kind": "selection"}, content_type="application/json"
        )
    assert response.status_code == 202
    job = ExportJob.objects.get()
    assert response["Location"] == f"/api/exports/jobs/{job.pk}"
    body = editor_api.get(response["Location"]).json()
    assert (body["state"], body["total"], body["part_count"], body["download"]) == (
        "done",
        6,
        3,
        None,
    )
    assert [(p["number"], p["first"], p["last"], p["state"]) for p in body["parts"]] == [
        (1, 1, 2, "done"),
        (2, 3, 4, "done"),
        (3, 5, 6, "done"),
    ]
    second = body["parts"][1]
    assert second["download"] == f"/api/exports/jobs/{job.pk}/parts/2"
    pdf = editor_api.get(second["download"])
    assert pdf["Content-Type"] == "application/pdf" and len(pdf.content) == second["size"]
    text = " ".join(PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text().split())
    assert "Part 2 of 3 \u2014 claims 3\u20134 of 6" in text
    problem(editor_api.get(f"/api/exports/jobs/{job.pk}/parts/4"), 404)
    problem(editor_api.get(f"/api/exports/jobs/{job.pk}/parts/99999999999"), 404)
    problem(editor_api.get(f"/api/exports/jobs/{job.pk}/pdf"), 404)


def test_a_job_within_one_part_downloads_as_one_pdf(
    editor_api, editor_read_api, claim, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_api.post(
            "/api/exports/jobs",
            {"kind": "article", "object_id": claim.article_id},
            content_type="application/json",
        )
    body = response.json()
    assert (response.status_code, body["part_count"], body["parts"]) == (202, 0, [])
    job = editor_read_api.get(response["Location"]).json()
    assert job["state"] == "done"
    pdf = editor_read_api.get(job["download"])
    assert pdf.content.startswith(b"%PDF")


def test_only_the_requester_or_an_editor_can_follow_a_job(
    viewer_client, viewer_api, editor_read_api, outsider_api, parts_of_two,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.urls import reverse

    from claims.roles import VIEWERS

    # Asked for on the screens by a viewer, followed with the viewer's read-only token.
    with django_capture_on_commit_callbacks(execute=True):
        viewer_client.post(reverse("reports:job_create"), {"kind": "selection"})
    job = ExportJob.objects.get()
    other = get_user_model().objects.create_user("olivia-other-viewer")
    other.groups.add(Group.objects.get(name=VIEWERS))
    other_api = token_client(other, "read")
    for path in (f"/api/exports/jobs/{job.pk}", f"/api/exports/jobs/{job.pk}/parts/1"):
        assert viewer_api.get(path).status_code == 200
        assert editor_read_api.get(path).status_code == 200
        problem(other_api.get(path), 403)
        problem(outsider_api.get(path), 403)
    read_only = viewer_api.post("/api/exports/jobs", {"kind": "selection"}, "application/json")
    problem(read_only, 403)


def test_bad_job_requests_are_explained(editor_api, parts_of_two, settings):
    def post(payload):
        return editor_api.post("/api/exports/jobs", payload, content_type="application/json")

    assert "Say which article" in problem(post({"kind": "article"}), 422)["detail"]
    problem(post({"kind": "article", "object_id": 999999}), 404)
    problem(post({"kind": "selection", "query": "verdict=maybe"}), 422)
    settings.PDF_MAX_PARTS = 2
    too_large = problem(post({"kind": "selection"}), 422)
    assert "a PDF holds at most 4 (in 2 parts). Download it as CSV or JSON" in too_large["detail"]
    assert not ExportJob.objects.exists()
