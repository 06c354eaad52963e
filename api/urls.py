from django.views.decorators.http import require_GET

from api.site import api

app_name = "api"
api_patterns = api.urls[0]
DOCS = ("openapi-json", "openapi-view", "api-root")
for pattern in api_patterns:
    if pattern.name in DOCS:
        # The docs and the document are read-only pages behind sign-in, like every page.
        pattern.callback = require_GET(pattern.callback)
    else:
        # Tools authenticate with tokens, not a session: the sign-in redirect must not
        # catch them, and the endpoints answer 401 themselves.
        pattern.callback.login_required = False

urlpatterns = [*api_patterns]
