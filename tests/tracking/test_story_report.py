"""The story report in every format, from articles extracted and filed for real."""

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Claim
from tests.tracking.conftest import DAY
from tracking import stories
from tracking.models import FigureConflict

TITLE = "Blast at the market"


@pytest.fixture
def story(file_report, editor, editor_client, django_capture_on_commit_callbacks):
    """Two reports of one blast, at least 40 and 12, filed by an editor on the story page."""
    story = stories.create_story(title=TITLE, by=editor)
    texts = [
        ("Police said at least 40 people were killed in the blast on Monday.", "Reuters"),
        ("The health ministry said 12 people were killed in the blast on Monday.", "AP"),
    ]
    for text, outlet in texts:
        article = file_report(text, title=TITLE, outlet=outlet, published=DAY)
        with django_capture_on_commit_callbacks(execute=True):
            editor_client.post(
                reverse("tracking:story_articles", args=[story.pk]), {"articles": str(article.pk)}
            )
    return story


def test_export_report_prints_the_story_ledger_as_json(story):
    out = io.StringIO()
    call_command("export_report", "--story", str(story.pk), "--format", "json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["story"] == {"id": story.pk, "title": TITLE}
    ((killed),) = report["ledger"]
    assert killed["category"] == "killed"
    first, second = killed["entries"]
    assert first["figure"] == "at least 40" and first["value"] == 40 and first["upper"] is None
    assert second["value"] == 12 and second["outlet"] == "AP"
    assert first["published"] == DAY.isoformat() and first["verdict"] == "pending"
    (conflict,) = report["conflicts"]
    assert conflict["type"] == "disagreement" and conflict["explained"] is False
    assert conflict["claim_ids"] == sorted([first["claim_id"], second["claim_id"]])


def _download(client, story, fmt):
    response = client.get(reverse("reports:story", args=[story.pk]), {"format": fmt})
    assert response.status_code == 200
    if fmt == "pdf":
        return response.content
    return b"".join(response.streaming_content).decode()


def test_story_report_in_every_format_carries_ledger_conflicts_and_claims(
    story, viewer_client, editor
):
    verified = Claim.objects.get(article__outlet__name="AP")
    verified.set_verdict(verdict=Claim.Verdict.VERIFIED, by=editor)
    FigureConflict.objects.get().explain(note="The ministry counts <the hospital> too.", by=editor)

    html = _download(viewer_client, story, "html")
    assert 'class="ledger-chart"' in html and "at least 40" in html
    assert "Explained conflicts (1)" in html and "&lt;the hospital&gt;" in html
    assert '<tr class="verified">' in html and html.count('<tr class="verified">') == 1

    markdown = _download(viewer_client, story, "md")
    assert "| at least 40 |" in markdown and "Explained: The ministry counts \\<the" in markdown
    assert "## Claims" in markdown and "Verified" in markdown

    rows = _download(viewer_client, story, "csv").splitlines()
    assert rows[0].startswith("category,published,figure")
    assert rows[1].startswith(f"killed,{DAY.isoformat()},at least 40,40,40,,")
    assert rows[1].endswith(",disagreement")

    assert _download(viewer_client, story, "pdf").startswith(b"%PDF")
    assert json.loads(_download(viewer_client, story, "json"))["conflicts"][0]["explained"]


def test_story_report_needs_a_role(story, outsider_client, client):
    url = reverse("reports:story", args=[story.pk])
    assert outsider_client.get(url).status_code == 403
    assert client.get(url).status_code == 302
    assert outsider_client.get(url, {"format": "docx"}).status_code == 403
