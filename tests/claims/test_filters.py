import pytest

from claims.filters import ClaimFilterForm
from claims.models import Claim


@pytest.fixture
def claims(article, editor):
    text = article.text
    made = []
    for phrase, kind in [
        ("At least 12", "casualty"),
        ("40 homes", "damage"),
        ("Floods", "statement"),
    ]:
        start = text.index(phrase)
        made.append(
            Claim.objects.create(
                article=article, start=start, end=start + len(phrase), text=phrase, kind=kind
            )
        )
    made[0].set_verdict(verdict="verified", by=editor)
    made[1].assign(assignee=editor, by=editor)
    return made


def _filtered(params, user=None):
    form = ClaimFilterForm(params, user=user)
    assert form.is_valid(), form.errors
    return set(form.filter(Claim.objects.all()))


def test_filters_combine_verdict_kind_and_assignee(claims, editor):
    assert _filtered({"verdict": ["verified"]}) == {claims[0]}
    assert _filtered({"kind": ["damage", "statement"]}) == {claims[1], claims[2]}
    assert _filtered({"assignee": "me"}, user=editor) == {claims[1]}
    assert _filtered({"assignee": "none"}) == {claims[0], claims[2]}
    assert _filtered({"q": "homes", "kind": ["damage"]}) == {claims[1]}


def test_bad_filter_values_are_reported_not_ignored(db):
    form = ClaimFilterForm(
        {
            "assignee": "bob",
            "published_from": "2024-02-01",
            "published_to": "2024-01-01",
            "verdict": ["maybe"],
        }
    )
    assert not form.is_valid()
    assert "assignee" in form.errors and "verdict" in form.errors
    assert "start date is after the end date" in str(form.errors)
