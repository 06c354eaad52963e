"""Changing one's own password, with the old password checked like a sign-in.

Django's password-change form checks the old password directly, so django-axes,
which counts failures through `authenticate()`, never saw a wrong guess there: a
stolen session could try passwords without limit. Here the old password goes
through `authenticate()` with the request, so every failure counts toward the same
lockout as the sign-in form's, and a locked-out account gets the lockout page.
"""

from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordChangeForm


class RateLimitedPasswordChangeForm(PasswordChangeForm):
    def __init__(self, user, *args, request=None, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.request = request

    def clean_old_password(self) -> str:
        old_password = self.cleaned_data["old_password"]
        checked = authenticate(
            self.request, username=self.user.get_username(), password=old_password
        )
        if checked is None or checked.pk != self.user.pk:
            raise forms.ValidationError(
                self.error_messages["password_incorrect"], code="password_incorrect"
            )
        return old_password


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = RateLimitedPasswordChangeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}
