"""Correcting a claim's figures over the API: the correction form's rules and wording,
the claim's version, and the audit trail, as on the claim screen."""

from api.schemas import FigureIn
from claims.models import Claim, ClaimEvent
from tests.api.conftest import problem

KILLED_72 = {"category": "killed", "value": 72, "subject": "civilians"}


def _casualty(seed) -> Claim:
    _, claims = seed
    return next(c for c in claims if c.text.startswith("More than 70"))


def _set(client, claim: Claim, figures: list[dict], version: int | None = None):
    return client.post(
        f"/api/claims/{claim.pk}/figures",
        {"figures": figures, "version": version or claim.version},
        content_type="application/json",
    )


def test_editor_corrects_the_figures_with_the_screens_wording(editor_api, seed, editor):
    claim = _casualty(seed)
    body = _set(editor_api, claim, [KILLED_72, {"category": "injured", "lower": 12}]).json()
    assert body["version"] == claim.version + 1
    assert [q["described"] for q in body["quantities"]] == [
        "72 killed (civilians)",
        "at least 12 injured",
    ]
    claim.refresh_from_db()
    assert [q.worded for q in claim.quantities.all()] == ["72 killed", "at least 12 injured"]
    # The claim counts as an editor's now: extraction run again keeps it.
    assert claim.edited_at is not None
    events = ClaimEvent.objects.filter(claim=claim, field="figure")
    assert {(e.old_value, e.new_value) for e in events} == {
        ("more than 70 killed (Ukrainian terrorists)", "72 killed (civilians)"),
        ("", "at least 12 injured"),
    }
    assert {e.user for e in events} == {editor}


def test_the_rest_of_the_claim_is_left_as_it_was(editor_api, seed):
    claim = _casualty(seed)
    before = Claim.objects.values("text", "start", "end", "kind", "stance", "hedged").get(
        pk=claim.pk
    )
    assert _set(editor_api, claim, [KILLED_72]).status_code == 200
    after = Claim.objects.values("text", "start", "end", "kind", "stance", "hedged").get(
        pk=claim.pk
    )
    assert after == before
    assert not ClaimEvent.objects.filter(claim=claim).exclude(field="figure").exists()


def test_an_empty_list_removes_every_figure(editor_api, seed):
    claim = _casualty(seed)
    assert _set(editor_api, claim, []).json()["quantities"] == []
    assert not claim.quantities.exists()


def test_the_same_figures_again_change_nothing(editor_api, seed):
    claim = _casualty(seed)
    same = [
        {
            "category": "killed",
            "value": 70,
            "lower": 70,
            "qualifier": "More than",
            "subject": "Ukrainian terrorists",
        }
    ]
    assert _set(editor_api, claim, same).json()["version"] == claim.version
    assert not ClaimEvent.objects.filter(claim=claim).exists()


def test_a_stale_version_is_answered_409_with_the_claim_as_it_is(
    editor_api, second_editor_api, seed
):
    claim = _casualty(seed)
    assert _set(second_editor_api, claim, [KILLED_72]).status_code == 200
    body = problem(_set(editor_api, claim, [{"category": "killed", "value": 80}]), 409)
    assert body["current"]["version"] == claim.version + 1
    assert body["current"]["quantities"][0]["worded"] == "72 killed"
    assert [q.value for q in claim.quantities.all()] == [72]


def test_figures_breaking_the_forms_rules_are_refused_by_field(editor_api, seed):
    claim = _casualty(seed)
    body = problem(
        _set(editor_api, claim, [KILLED_72, {"category": "killed", "lower": 40, "upper": 12}]),
        422,
    )
    assert body["errors"] == {
        "figures.1.upper": ["The lower bound must not be above the upper bound."]
    }
    assert body["detail"].startswith("Figure 2: The lower bound")
    body = problem(_set(editor_api, claim, [{"category": "killed"}]), 422)
    assert list(body["errors"]) == ["figures.0.value"]
    body = problem(_set(editor_api, claim, [{"category": "killed", "value": 1e30}]), 422)
    assert list(body["errors"]) == ["figures.0.value"]
    body = problem(_set(editor_api, claim, [{"category": "dead", "value": 3}]), 422)
    assert list(body["errors"]) == ["figures.0.category"]
    body = problem(_set(editor_api, claim, [KILLED_72] * 21), 422)
    assert "figures" in body["errors"]
    assert [q.value for q in claim.quantities.all()] == [70]
    assert not ClaimEvent.objects.filter(claim=claim).exists()


def test_a_whole_figure_past_a_floats_precision_is_read_exactly():
    # What the database keeps of it is the database's; the API hands it on unrounded.
    figure = FigureIn(category="damaged", value=2**53 + 1, subject="dollars")
    assert figure.value == 2**53 + 1


def test_figures_need_a_write_token_and_an_editor(editor_read_api, editor_api, editor, seed):
    claim = _casualty(seed)
    problem(_set(editor_read_api, claim, [KILLED_72]), 403)
    editor.groups.clear()
    problem(_set(editor_api, claim, [KILLED_72]), 403)
    assert [q.value for q in claim.quantities.all()] == [70]


def test_figures_of_no_such_claim_is_404(editor_api, seed):
    response = editor_api.post(
        "/api/claims/999999/figures",
        {"figures": [KILLED_72], "version": 1},
        content_type="application/json",
    )
    problem(response, 404)
