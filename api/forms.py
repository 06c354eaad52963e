from django import forms

from api.models import ApiToken


class TokenForm(forms.Form):
    name = forms.CharField(
        max_length=100,
        help_text="The tool that will use it: \u201cCMS import\u201d, \u201cdashboard\u201d.",
    )
    scope = forms.ChoiceField(
        choices=ApiToken.Scope.choices, initial=ApiToken.Scope.READ, widget=forms.RadioSelect
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        # Offer only the scopes the user may hold; the service checks again.
        allowed = [
            (value, label)
            for value, label in ApiToken.Scope.choices
            if not ApiToken.scope_problem(user, value)
        ]
        self.fields["scope"].choices = allowed
