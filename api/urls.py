from api.site import api

app_name = "api"
api_patterns = api.urls[0]
# Tools authenticate with tokens, not a session, so the sign-in redirect must not catch
# them; the docs and the schema stay behind sign-in.
for pattern in api_patterns:
    if pattern.name not in ("openapi-json", "openapi-view", "api-root"):
        pattern.callback.login_required = False

urlpatterns = [*api_patterns]
