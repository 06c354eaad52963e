"""Forms of the story and repeated-claim screens."""

import re

from django import forms

from claims.filters import ExtraFilter
from claims.models import Claim
from tracking.models import RepeatedClaim, Story, StoryArticle


def _story_field() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        Story.objects.only("pk", "title"), required=False, empty_label="Any", label="Story"
    )


def _in_story(claims, story: Story):
    return claims.filter(
        article_id__in=StoryArticle.objects.filter(story=story).values("article_id")
    )


# The claim filters' "Story": claims of the articles filed under it.
story_filter = ExtraFilter(field=_story_field, narrow=_in_story)


class StoryForm(forms.Form):
    title = forms.CharField(max_length=200)
    description = forms.CharField(required=False, max_length=5000, widget=forms.Textarea)


class ArticlesForm(forms.Form):
    """Article numbers, as the article list and addresses show them: "12, 40 41"."""

    articles = forms.CharField(max_length=2000)

    def clean_articles(self) -> list[int]:
        raw = self.cleaned_data["articles"].replace(",", " ").split()
        if not raw or not all(re.fullmatch(r"[0-9]{1,18}", part) for part in raw):
            raise forms.ValidationError("Give article numbers, separated by spaces or commas.")
        return sorted({int(part) for part in raw})


class MergeForm(forms.Form):
    other = forms.ModelChoiceField(Story.objects.all(), label="Story to merge into this one")


class StateForm(forms.Form):
    state = forms.ChoiceField(choices=Story.State.choices)


class DecisionForm(forms.Form):
    accept = forms.TypedChoiceField(choices=[("yes", "yes"), ("no", "no")], coerce="yes".__eq__)


class GroupVerdictForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    verdict = forms.ChoiceField(choices=Claim.Verdict.choices)
    note = forms.CharField(required=False, max_length=5000, widget=forms.Textarea)

    def clean(self):
        cleaned = super().clean()
        problem = Claim.verdict_note_problem(
            cleaned.get("verdict"), cleaned.get("note"), plural=True
        )
        if problem:
            self.add_error("note", problem)
        return cleaned


class SplitForm(forms.Form):
    claim = forms.IntegerField(min_value=1)


class JoinForm(forms.Form):
    other = forms.ModelChoiceField(RepeatedClaim.objects.all(), label="Repeated claim number")


class ExplainForm(forms.Form):
    note = forms.CharField(max_length=2000)


class WebhookForm(forms.Form):
    url = forms.URLField(max_length=500, assume_scheme="https")
