from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from ops.health import healthz

urlpatterns = [
    # Sign-in, sign-out and changing one's own password; no e-mailed reset links:
    # accounts are handed out by an administrator (manage.py add_user).
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("reports/", include("reports.urls")),
    path("tracking/", include("tracking.urls")),
    path("", include("claims.urls")),
]
