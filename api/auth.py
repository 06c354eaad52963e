"""Who is calling: a bearer token, and whether it may read or also write.

A token acts as its user, with that user's permissions as they are now, so a
role taken away is taken away from their tokens too.
"""

from django.http import HttpRequest
from ninja.security import HttpBearer

from api.limits import check_rate
from api.models import ApiToken
from api.problems import Problem
from api.services import token_for_secret


class TokenAuth(HttpBearer):
    def __init__(self, *, write: bool):
        super().__init__()
        self.write = write

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        found = token_for_secret(token)
        if found is None:
            return None
        check_rate(token_key=found.key_hash)
        if self.write and not found.writes:
            raise Problem(403, "This token is read-only; changes need a read-write token.")
        found.note_use()
        request.user = found.user
        return found


read_token = TokenAuth(write=False)
write_token = TokenAuth(write=True)


def require(request: HttpRequest, perm: str) -> None:
    """The permission the same action needs on the screens (claims.views.access)."""
    if not request.user.has_perm(perm):
        raise Problem(403, "Your role does not allow this.")
