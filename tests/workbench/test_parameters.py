"""No parameter of any URL, whatever text it holds, makes the server answer 5xx."""

import pytest
from django.http import QueryDict
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports.selection import build_report
from reports.tasks import request_pdf_export
from sources.models import Outlet, Speaker

# Every query and form parameter a view or template of the workbench reads.
PARAMETERS = [
    "action",
    "alias",
    "all",
    "after",
    "assignee",
    "before",
    "claim",
    "cursor",
    "drop",
    "filters",
    "format",
    "hedged",
    "include_not_a_claim",
    "kind",
    "mode",
    "name",
    "next",
    "note",
    "object_id",
    "on",
    "outlet",
    "page",
    "published_from",
    "published_to",
    "q",
    "query",
    "sort",
    "speaker",
    "stance",
    "text",
    "title",
    "url",
    "verdict",
    "version",
    "viewport",
]
# Values that broke parameter parsing: digits int() refuses, NUL, huge and negative ids.
HOSTILE = ["²", "\x00", "1\x00", "-1", "9" * 40, "٣", "1.5", "a1", "", " ", "\u202e"]
# Signing out ends the session the other requests need; the admin is Django's own.
SKIPPED = {"logout"}


def _routes(resolver=None, prefix="", namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if str(entry.pattern).startswith("admin/"):
                continue
            space = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _routes(entry, prefix + str(entry.pattern), space)
        elif isinstance(entry, URLPattern) and entry.name not in SKIPPED:
            yield namespace + (entry.name or ""), prefix + str(entry.pattern)


@pytest.fixture
def urls(seed, editor):
    """Every URL of the workbench, filled with ids of rows that exist."""
    article, claims = seed
    report = build_report(
        kind="article",
        object_id=article.pk,
        params=QueryDict(""),
        user=editor,
        include_not_a_claim=False,
    )
    job = request_pdf_export(report=report, requested_by=editor)
    ids = {
        "pk": None,
        "article_id": article.pk,
        "speaker_id": Speaker.objects.first().pk,
        "job_id": job.pk,
    }
    found = []
    for name, pattern in _routes():
        path = "/" + pattern
        for key in ("pk", "article_id", "speaker_id", "job_id"):
            if f"<int:{key}>" in path:
                value = ids[key]
                if value is None:
                    value = _pk_for(name, article=article, claim=claims[0])
                path = path.replace(f"<int:{key}>", str(value))
        found.append(path)
    return found


def _pk_for(name: str, *, article, claim) -> int:
    if name.startswith("claims:article"):
        return article.pk
    if name.startswith("claims:claim"):
        return claim.pk
    if name.startswith("claims:outlet"):
        return Outlet.objects.get_or_create(name="Kyiv Independent")[0].pk
    if (
        name in {"claims:speaker", "claims:speaker_edit", "claims:alias_add"}
        or name.startswith("claims:speaker_merge")
        or name == "claims:alias_split"
    ):
        return Speaker.objects.first().pk
    # The apps above claims (stories, the desk, API tokens): an id that may or may not
    # name a row of theirs; a hostile parameter must not turn either answer into a 5xx.
    return claim.pk


def _server_errors(client, url, params) -> list:
    # A server error is a status to report, not an exception to stop at.
    client.raise_request_exception = False
    return [
        (method, url, params, response.status_code)
        for method, response in (
            ("GET", client.get(url, params)),
            ("GET htmx", client.get(url, params, headers={"HX-Request": "true"})),
            ("POST", client.post(url, params)),
        )
        if _server_error(url, response.status_code)
    ]


# oEmbed's own answer to a format it does not offer (the oEmbed spec, section 2.3.4).
OEMBED_NOT_IMPLEMENTED = ("/fact-checks/oembed/", 501)


def _server_error(url: str, status: int) -> bool:
    return status >= 500 and (url, status) != OEMBED_NOT_IMPLEMENTED


def test_every_parameter_of_every_url_takes_hostile_values_without_a_server_error(
    urls, editor_client
):
    failures = []
    for url in urls:
        for value in HOSTILE:
            failures += _server_errors(editor_client, url, dict.fromkeys(PARAMETERS, value))
        editor_client.raise_request_exception = False
        for name in PARAMETERS:
            failures += [
                (url, name, response.status_code)
                for response in [editor_client.get(url, {name: "²"})]
                if _server_error(url, response.status_code)
            ]
    assert failures == []


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_unicode_in_any_parameter_never_answers_a_server_error(urls, editor_client, data):
    url = data.draw(st.sampled_from(urls), label="url")
    params = data.draw(
        st.dictionaries(
            st.sampled_from(PARAMETERS),
            st.text(st.characters(codec="utf-8"), max_size=30),
            max_size=4,
        ),
        label="params",
    )
    assert _server_errors(editor_client, url, params) == []
