"""Following stories and speakers over the API, as on the ledger and alert screens."""

from tests.api.conftest import problem
from tracking import stories
from tracking.models import Follow


def test_editor_follows_and_unfollows_a_story_and_a_speaker(editor_api, editor, seed):
    story = stories.create_story(title="Belgorod incursion", by=editor)
    speaker = seed[1][1].speaker
    assert editor_api.put(f"/api/stories/{story.pk}/follow").json() == {"following": True}
    assert editor_api.put(f"/api/speakers/{speaker.pk}/follow").json() == {"following": True}
    # Following again changes nothing.
    assert editor_api.put(f"/api/stories/{story.pk}/follow").status_code == 200
    assert editor_api.get("/api/follows").json() == [
        {"story": {"id": story.pk, "title": "Belgorod incursion"}, "speaker": None},
        {"story": None, "speaker": {"id": speaker.pk, "name": speaker.name}},
    ]
    assert editor_api.delete(f"/api/stories/{story.pk}/follow").json() == {"following": False}
    assert editor_api.delete(f"/api/speakers/{speaker.pk}/follow").json() == {"following": False}
    assert editor_api.get("/api/follows").json() == []


def test_follows_are_the_token_users_own(editor_api, second_editor_api, editor):
    story = stories.create_story(title="Flood", by=editor)
    editor_api.put(f"/api/stories/{story.pk}/follow")
    assert second_editor_api.get("/api/follows").json() == []
    second_editor_api.delete(f"/api/stories/{story.pk}/follow")
    assert Follow.objects.filter(user=editor, story=story).exists()


def test_following_needs_a_write_token_and_an_editor(editor_read_api, viewer_api, editor, seed):
    story = stories.create_story(title="Flood", by=editor)
    for client in (editor_read_api, viewer_api):
        problem(client.put(f"/api/stories/{story.pk}/follow"), 403)
        problem(client.put(f"/api/speakers/{seed[1][1].speaker.pk}/follow"), 403)
    assert not Follow.objects.exists()
    assert viewer_api.get("/api/follows").json() == []


def test_following_no_such_story_or_speaker_is_404(editor_api):
    problem(editor_api.put("/api/stories/999999/follow"), 404)
    problem(editor_api.delete("/api/speakers/999999/follow"), 404)
