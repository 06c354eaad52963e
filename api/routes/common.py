"""What every resource's endpoints share: the errors they document, and paging."""

from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from api.problems import Problem
from api.schemas import ProblemOut
from claims.pagination import BadCursor, Keyset

# The problems any endpoint may answer with; each endpoint adds its own (409).
ERRORS = {code: ProblemOut for code in (400, 401, 403, 404, 422, 429)}
# A change's body can be over the size a request may have.
WRITE_ERRORS = {**ERRORS, 413: ProblemOut}


def keyset_page(keyset: Keyset, queryset: QuerySet, *, cursor: str, size: int) -> dict:
    """One page of a list and the cursor of the next; 400 for a cursor no page wrote."""
    try:
        page = keyset.page(queryset, {keyset.param: cursor}, size=size)
    # A well-formed cursor can still hold values of the wrong type for the list's
    # fields, forged or from another list: Django refuses those as it builds the query.
    except (BadCursor, ValueError, TypeError, OverflowError, ValidationError):
        raise Problem(
            400,
            "This cursor is damaged or out of date; start from the first page.",
            errors={"cursor": ["Not a cursor this list wrote."]},
        ) from None
    return {"items": page.rows, "next_cursor": page.next_cursor}
