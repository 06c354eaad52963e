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


def ensure_roles(group_model, permission_model) -> None:
    """Create both groups with their permissions; safe to run again.

    Takes the model classes so the data migration can pass its historical ones.
    """

    def permissions(pairs):
        return [
            permission_model.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in pairs
        ]

    editors, _ = group_model.objects.get_or_create(name=EDITORS)
    editors.permissions.set(permissions(VIEW_PERMISSIONS + EDITOR_PERMISSIONS))
    viewers, _ = group_model.objects.get_or_create(name=VIEWERS)
    viewers.permissions.set(permissions(VIEW_PERMISSIONS))


def can_review(user) -> bool:
    return user.is_authenticated and user.has_perm("claims.review_claim")
