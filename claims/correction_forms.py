"""Forms of an editor's corrections: a claim's span, kind, stance, hedge and figures,
a claim the extractor missed, splitting one claim and merging two.

Every rule they check is asked of the models (Claim.span_problem,
Quantity.bounds_problem), so the form and the change method agree.
"""

from decimal import Decimal

from django import forms

from claims.models import Claim, Quantity
from sources.models import Speaker

CATEGORY_MISSING = "Pick a category from the list."


class QuantityForm(forms.Form):
    """One figure; a blank row at the end adds one, "remove" drops one."""

    value = forms.DecimalField(required=False, max_digits=24, decimal_places=4)
    lower = forms.DecimalField(required=False, max_digits=24, decimal_places=4)
    upper = forms.DecimalField(required=False, max_digits=24, decimal_places=4)
    approximate = forms.BooleanField(required=False)
    qualifier = forms.CharField(
        required=False,
        max_length=40,
        help_text="The article's words for the bound: at least, more than, nearly, dozens.",
    )
    category = forms.ChoiceField(
        choices=[("", "—"), *Quantity.Category.choices],
        error_messages={"required": CATEGORY_MISSING, "invalid_choice": CATEGORY_MISSING},
    )
    subject = forms.CharField(required=False, max_length=200)
    background = forms.BooleanField(
        required=False,
        help_text="A count of another incident or a running tally, not this incident's toll.",
    )

    def clean(self):
        cleaned = super().clean()
        problem = Quantity.bounds_problem(cleaned.get("lower"), cleaned.get("upper"))
        if problem:
            self.add_error("upper", problem)
        amounts = [cleaned.get(name) for name in ("value", "lower", "upper")]
        problem = Quantity.amount_problem(*amounts, cleaned.get("qualifier", ""))
        if problem and not self.errors:
            self.add_error("value", problem)
        return cleaned


class _QuantityFormSet(forms.BaseFormSet):
    def figures(self) -> list[dict]:
        """The figures as the editor left them, in order, for Claim.correct and Claim.add."""
        return [
            {name: form.cleaned_data[name] for name in Quantity.EDITABLE}
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and (form in self.initial_forms or form.has_changed())
        ]


QuantityFormSet = forms.formset_factory(
    QuantityForm, formset=_QuantityFormSet, extra=1, can_delete=True, max_num=20
)


def figure_initial(claim: Claim) -> list[dict]:
    """The claim's figures for the form, numbers as typed ("70", not "70.0000")."""
    return [
        {
            name: _typed(value) if isinstance(value, Decimal) else value
            for name, value in ((name, getattr(q, name)) for name in Quantity.EDITABLE)
        }
        for q in claim.quantity_list
    ]


def _typed(value: Decimal) -> str:
    return format(value.normalize(), "f")


class _ClaimFieldsForm(forms.Form):
    """What the extractor decides about a claim and an editor can set."""

    start = forms.IntegerField(min_value=0, widget=forms.NumberInput(attrs={"data-span": "start"}))
    end = forms.IntegerField(min_value=1, widget=forms.NumberInput(attrs={"data-span": "end"}))
    kind = forms.ChoiceField(choices=Claim.Kind.choices)
    stance = forms.ChoiceField(choices=Claim.Stance.choices, widget=forms.RadioSelect)
    hedged = forms.BooleanField(required=False)
    hedge = forms.CharField(
        required=False, max_length=300, help_text="The hedging words: apparently, reportedly."
    )

    def __init__(self, *args, article_text: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.article_text = article_text

    def clean(self):
        cleaned = super().clean()
        if "start" in cleaned and "end" in cleaned:
            problem = Claim.span_problem(self.article_text, cleaned["start"], cleaned["end"])
            if problem:
                self.add_error("end", problem)
        return cleaned


class CorrectionForm(_ClaimFieldsForm):
    # The version the editor saw: a save on top of someone else's change is refused.
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    @classmethod
    def initial_for(cls, claim: Claim) -> dict:
        fields = ("start", "end", "kind", "stance", "hedged", "hedge", "version")
        return {name: getattr(claim, name) for name in fields}


class AddClaimForm(_ClaimFieldsForm):
    speaker = forms.ModelChoiceField(
        Speaker.objects.live(),
        required=False,
        error_messages={"invalid_choice": "Pick a speaker from the registry."},
    )


class SplitForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    at = forms.IntegerField(
        min_value=1,
        label="Second claim starts at",
        widget=forms.NumberInput(attrs={"data-span": "start"}),
    )
    second_figures = forms.TypedMultipleChoiceField(
        coerce=int, required=False, label="Figures of the second claim"
    )

    def __init__(self, *args, claim: Claim, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["second_figures"].choices = [
            (q.position, q.worded) for q in claim.quantity_list
        ]
        self.fields["second_figures"].widget = forms.CheckboxSelectMultiple(
            choices=self.fields["second_figures"].choices
        )


class MergeForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    other = forms.ModelChoiceField(Claim.objects.all(), widget=forms.HiddenInput)
    other_version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
