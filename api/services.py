"""Handing out and taking back API tokens, for the account page and the command alike."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from api.models import SHOWN_CHARS, ApiToken, digest


def create_token(*, user, name: str, scope: str) -> tuple[ApiToken, str]:
    """A new token for `user` and its secret, which is stored only as a hash.

    The secret is returned once, to be shown once. Raises ValidationError for a
    scope the user may not hold or a name one of their active tokens has.
    """
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Name the token after the tool that will use it.")
    if scope not in ApiToken.Scope.values:
        raise ValidationError(f"Unknown scope {scope!r}.")
    problem = ApiToken.scope_problem(user, scope)
    if problem:
        raise ValidationError(problem)
    secret = ApiToken.new_secret()
    try:
        with transaction.atomic():
            token = ApiToken.objects.create(
                user=user,
                name=name,
                scope=scope,
                key_hash=digest(secret),
                shown=secret[:SHOWN_CHARS],
            )
    except IntegrityError:
        raise ValidationError(f"You already have a token named \u201c{name}\u201d.") from None
    return token, secret


def token_for_secret(secret: str) -> ApiToken | None:
    """The active token with this secret, its user loaded; None for any other string."""
    return (
        ApiToken.objects.active()
        .select_related("user")
        .filter(key_hash=digest(secret), user__is_active=True)
        .first()
    )
