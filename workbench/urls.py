from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView

from ops.accounts import PasswordChangeView
from ops.health import healthz

urlpatterns = [
    # Sign-in, sign-out and changing one's own password; no e-mailed reset links:
    # accounts are handed out by an administrator (manage.py add_user).
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # The old password counts toward the sign-in lockout (ops/accounts.py).
    path("accounts/password/", PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("accounts/tokens/", include("api.token_urls")),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin, error pages).
    # The address is looked up per request: in production it names a hashed file.
    path(
        "favicon.ico",
        login_not_required(
            RedirectView.as_view(url=lazy(static, str)("favicon.svg"), permanent=True)
        ),
    ),
    path("reports/", include("reports.urls")),
    path("api/", include("api.urls")),
    path("", include("desk.urls")),
    path("tracking/", include("tracking.urls")),
    path("", include("claims.urls")),
]
