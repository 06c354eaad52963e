"""Who may do what: a user's permissions, from their roles and their own grants."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from claims.roles import can_review


def _fresh(user):
    # Permissions are cached on the user object; a new one reads them again.
    return get_user_model().objects.get(pk=user.pk)


def test_roles_give_editors_review_and_viewers_reading_only(editor, viewer):
    assert can_review(editor) and editor.has_perm("claims.view_claim")
    assert viewer.has_perm("claims.view_claim") and not can_review(viewer)


def test_a_permission_granted_to_the_user_alone_counts(outsider):
    assert not can_review(outsider)
    outsider.user_permissions.add(Permission.objects.get(codename="review_claim"))
    assert can_review(_fresh(outsider))


def test_direct_and_role_permissions_add_up(viewer):
    viewer.user_permissions.add(Permission.objects.get(codename="add_article"))
    viewer = _fresh(viewer)
    assert viewer.has_perms(["sources.add_article", "claims.view_claim"])
    assert not viewer.has_perm("claims.review_claim")


def test_inactive_users_have_no_permissions(editor):
    editor.is_active = False
    editor.save()
    editor = _fresh(editor)
    assert not editor.has_perm("claims.view_claim") and editor.get_all_permissions() == set()


def test_superusers_have_every_permission(db):
    admin = get_user_model().objects.create_superuser("root-admin", password="x" * 12)
    # has_perm lets a superuser through before asking the backend; the list comes from it.
    assert {"claims.review_claim", "sources.change_speaker"} <= admin.get_all_permissions()


def test_a_users_permissions_are_read_in_one_query(editor, django_assert_num_queries):
    editor = _fresh(editor)
    with django_assert_num_queries(1):
        assert editor.has_perm("claims.review_claim")
        assert editor.has_perm("claims.view_claim")
