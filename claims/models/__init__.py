"""The claims app's models, a module per model."""

from claims.models.claim import UNTOUCHED, Claim, ClaimConflict
from claims.models.events import ClaimEvent
from claims.models.evidence import Evidence
from claims.models.quantity import Quantity, number_text

__all__ = [
    "UNTOUCHED",
    "Claim",
    "ClaimConflict",
    "ClaimEvent",
    "Evidence",
    "Quantity",
    "number_text",
]
