"""The two roles of the workbench, as Django groups with their permissions."""

EDITORS = "editors"
VIEWERS = "viewers"

# Editors change verdicts, attributions, evidence and assignments, and add articles;
# viewers read and export only.
EDITOR_PERMISSIONS = [
    ("claims", "review_claim"),
    ("sources", "add_article"),
    ("sources", "add_speaker"),
    ("sources", "change_speaker"),
]
VIEW_PERMISSIONS = [
    ("claims", "view_claim"),
    ("claims", "view_quantity"),
    ("claims", "view_evidence"),
    ("claims", "view_claimevent"),
    ("sources", "view_article"),
    ("sources", "view_outlet"),
    ("sources", "view_speaker"),
]


def can_review(user) -> bool:
    return user.is_authenticated and user.has_perm("claims.review_claim")
