"""Forms of the review screens: claim card actions, bulk verdicts, pasting and fetching."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import URLValidator
from django.db import transaction

from claims.attribution_queue import ATTRIBUTION_REASONS
from claims.models import Claim, Evidence
from claims.roles import EDITORS
from sources.ingest.documents import validate_fields
from sources.ingest.errors import IngestError
from sources.models import Speaker, SpeakerAlias
from sources.names import name_key

_WEB_URL = URLValidator(
    schemes=["http", "https"], message="Enter a web address (http or https).", code="not_web"
)


class WebAddressField(forms.URLField):
    """A link to a web page: one check, one message (URLField's own would add another)."""

    default_validators = [_WEB_URL]
    default_error_messages = {"invalid": _WEB_URL.message}


def editors():
    """The people a claim can be assigned to."""
    return (
        get_user_model().objects.filter(groups__name=EDITORS, is_active=True).order_by("username")
    )


# A claim id or version as a form field reads it, within the database's integer range.
_NUMBER = forms.IntegerField(min_value=1, max_value=2**63 - 1)


class _VersionedForm(forms.Form):
    # The version the editor saw: a save on top of someone else's change is refused.
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class VerdictForm(_VersionedForm):
    verdict = forms.ChoiceField(choices=Claim.Verdict.choices)
    note = forms.CharField(required=False, max_length=5000, widget=forms.Textarea)

    def clean(self):
        cleaned = super().clean()
        problem = Claim.verdict_note_problem(cleaned.get("verdict"), cleaned.get("note"))
        if problem:
            self.add_error("note", problem)
        return cleaned


class AttributionForm(_VersionedForm):
    """Confirm the speaker, pick another, name a new one, or mark the claim unattributed."""

    CONFIRM, CORRECT, CREATE, UNATTRIBUTED = "confirm", "correct", "create", "unattributed"

    # A speaker picked from the search results arrives without an action: it is a correction.
    action = forms.ChoiceField(
        choices=[(a, a) for a in (CONFIRM, CORRECT, CREATE, UNATTRIBUTED)], required=False
    )
    speaker = forms.ModelChoiceField(Speaker.objects.all(), required=False)
    name = forms.CharField(required=False, max_length=200, label="New speaker")
    kind = forms.ChoiceField(choices=Speaker.Kind.choices, required=False)
    note = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args, claim: Claim, **kwargs):
        super().__init__(*args, **kwargs)
        self.claim = claim

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("action") or self.CORRECT
        cleaned["action"] = action
        if action == self.CONFIRM and self.claim.speaker_id is None:
            raise forms.ValidationError("There is no speaker to confirm: pick or name one.")
        if action == self.CORRECT and not cleaned.get("speaker"):
            raise forms.ValidationError("Pick a speaker from the registry.")
        if action == self.CREATE and not cleaned.get("name", "").strip():
            self.add_error("name", "Type the new speaker's name.")
        if action == self.CREATE and not name_key(cleaned.get("name", "")):
            self.add_error("name", "A speaker's name needs letters or digits.")
        return cleaned

    def chosen_speaker(self) -> Speaker | None:
        """The speaker to attribute the claim to; a new name joins the registry.

        Call inside the transaction that saves the attribution, so a refused save
        does not leave a new speaker behind.
        """
        action = self.cleaned_data["action"]
        if action == self.UNATTRIBUTED:
            return None
        if action == self.CONFIRM:
            return self.claim.speaker
        if action == self.CORRECT:
            return self.cleaned_data["speaker"]
        name = self.cleaned_data["name"].strip()
        # A name already in the registry, however spelt, is that speaker.
        alias = SpeakerAlias.objects.select_related("speaker").filter(key=name_key(name)).first()
        if alias:
            return alias.speaker
        with transaction.atomic():
            speaker = Speaker.objects.create(
                name=name, kind=self.cleaned_data.get("kind") or Speaker.Kind.PERSON
            )
            SpeakerAlias.objects.create(speaker=speaker, name=name)
        return speaker


class EvidenceForm(forms.Form):
    stance = forms.ChoiceField(choices=Evidence.Stance.choices, initial=Evidence.Stance.CONTEXT)
    url = WebAddressField(required=False, max_length=2000, assume_scheme="https", label="Link")
    note = forms.CharField(
        required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("url") and not cleaned.get("note", "").strip():
            raise forms.ValidationError("Add a link or a note.")
        return cleaned


class SignOffForm(_VersionedForm):
    """Approve a proposed verdict, or send it back with a comment (the model checks it)."""

    APPROVE, SEND_BACK = "approve", "send_back"

    action = forms.ChoiceField(choices=[(APPROVE, "Approve"), (SEND_BACK, "Send back")])
    note = forms.CharField(required=False, max_length=5000)


class AssignForm(_VersionedForm):
    assignee = forms.ModelChoiceField(
        get_user_model().objects.none(), required=False, empty_label="Nobody"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = editors()


class BulkVerdictForm(forms.Form):
    # Each selected claim arrives as "id:version", so a stale selection is refused per claim.
    claim = forms.MultipleChoiceField(choices=[], error_messages={"required": "Select claims."})
    verdict = forms.ChoiceField(choices=Claim.Verdict.choices)
    note = forms.CharField(required=False, max_length=5000)
    filters = forms.CharField(required=False, max_length=4000)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["claim"].choices = [(v, v) for v in (data.getlist("claim") if data else [])]

    def clean_claim(self) -> dict[int, int]:
        selected = {}
        for value in self.cleaned_data["claim"]:
            pk, _, version = value.partition(":")
            try:
                selected[_NUMBER.clean(pk)] = _NUMBER.clean(version)
            except forms.ValidationError:
                raise forms.ValidationError(
                    "The selection is malformed; reload the queue."
                ) from None
        if len(selected) > 500:
            raise forms.ValidationError("Select at most 500 claims at once.")
        return selected

    def clean(self):
        cleaned = super().clean()
        problem = Claim.verdict_note_problem(
            cleaned.get("verdict"), cleaned.get("note"), plural=True
        )
        if problem:
            self.add_error("note", problem)
        return cleaned


class ArticleForm(forms.Form):
    """The paste form, checked and normalised by the ingest layer like every way in.

    So pasted text is stored exactly as the same text uploaded would be, and the
    ingest layer's messages land next to the field they are about.
    """

    title = forms.CharField(error_messages={"required": "A title is required."})
    outlet = forms.CharField(required=False, max_length=200)
    byline = forms.CharField(required=False, max_length=300)
    url = forms.CharField(required=False, max_length=2000, label="URL", widget=forms.URLInput)
    published = forms.CharField(
        required=False, label="Date", widget=forms.DateInput(attrs={"type": "date"})
    )
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 16}),
        error_messages={"required": "Paste the article's text."},
    )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        try:
            self.document = validate_fields(
                max_text_bytes=settings.INGEST_MAX_TEXT_BYTES, source_name="pasted", **cleaned
            )
        except IngestError as error:
            self.add_error(error.field if error.field in self.fields else None, error.message)
        return cleaned


class FetchForm(forms.Form):
    # The fetcher checks the address itself, once, with a message for each fault (not a
    # web address, a private one); a URL field would refuse some of them first, with
    # the wrong reason and its own validator's message twice.
    url = forms.CharField(
        max_length=2000,
        label="Address",
        widget=forms.URLInput,
        error_messages={"required": "Enter the article's address."},
    )
    title = forms.CharField(
        required=False, max_length=300, help_text="Leave empty to use the page's own title."
    )

    def clean_url(self) -> str:
        url = self.cleaned_data["url"].strip()
        return url if "://" in url else f"https://{url}"


class ArticleSearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Title or outlet")


class SpeakerLookupForm(forms.Form):
    """What was typed into a speaker field: `q` in the search, `name` in a datalist."""

    q = forms.CharField(required=False, max_length=200)
    name = forms.CharField(required=False, max_length=200)
    mode = forms.ChoiceField(
        required=False, choices=[("attribute", "attribute"), ("filter", "filter")]
    )


class AttributionQueueForm(forms.Form):
    reason = forms.ChoiceField(
        required=False,
        choices=[("", "All reasons")]
        + [(key, label) for key, (label, _) in ATTRIBUTION_REASONS.items()],
    )
