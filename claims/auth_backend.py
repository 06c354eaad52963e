"""Sign-in and permissions, with a user's permissions read in one query."""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q


class RolesBackend(ModelBackend):
    """Django's model backend, reading direct and group permissions together.

    Every page checks a permission, and the model backend spends a query on the
    user's own permissions and another on their groups'; on a verdict change
    that is a tenth of the server time. Same rules: inactive users have none,
    superusers all.
    """

    def get_all_permissions(self, user_obj, obj=None) -> set[str]:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
            rows = permissions.values_list("content_type__app_label", "codename").distinct()
            user_obj._perm_cache = {f"{app}.{codename}" for app, codename in rows.order_by()}
        return user_obj._perm_cache
