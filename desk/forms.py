"""Forms of the desk: publishing, correcting and withdrawing a fact-check."""

from django import forms

from claims.models import Claim


class PublishForm(forms.Form):
    explanation = forms.CharField(max_length=10000, widget=forms.Textarea)
    recheck_on = forms.DateField(required=False, label="Re-check on")


class CorrectionForm(forms.Form):
    verdict = forms.ChoiceField(choices=[(v, Claim.Verdict(v).label) for v in Claim.FINAL_VERDICTS])
    note = forms.CharField(required=False, max_length=5000, label="Verdict note")
    correction = forms.CharField(max_length=5000, label="Correction note")
    explanation = forms.CharField(required=False, max_length=10000, widget=forms.Textarea)
    recheck_on = forms.DateField(required=False, label="Re-check on")
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class WithdrawForm(forms.Form):
    reason = forms.CharField(max_length=5000)
