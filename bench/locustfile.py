"""Simulated editors for bench/load.py, which starts the servers and runs this through locust.

Each editor signs in through the sign-in form, then opens articles, pages the
queue (following its keyset links), changes verdicts and adds evidence, as the
screens' htmx requests do. A 409 on a verdict is the version check refusing a
save on top of another editor's: a correct answer, counted apart from errors.

Every request names its endpoint in an X-Load-Name header, so the server's
access log can give the time spent inside gunicorn for the same requests.

Read from the environment (bench/load.py sets them): LOAD_PLAN, a JSON file with
the seeded article ids, the shared article and the account names and password;
LOAD_SAMPLES, where every request's end time, name, duration, outcome, error and
HTTP status are written at the end; LOAD_THINK, the least and most seconds an editor pauses
between actions ("0.5,2.5").
"""

import csv
import html
import itertools
import json
import os
import random
import re
import time

from locust import FastHttpUser, between, events, task

PLAN = json.loads(open(os.environ["LOAD_PLAN"], encoding="utf-8").read())  # noqa: SIM115
THINK = [float(s) for s in os.environ.get("LOAD_THINK", "0.5,2.5").split(",")]
ACCOUNTS = itertools.cycle(PLAN["usernames"])
CLAIM_ID = re.compile(r'<article class="claim-card[^"]*" id="claim-(\d+)"')
VERSION = re.compile(r'<input type="hidden" name="version" value="(\d+)">')
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CSRF_HEADER = re.compile(r'hx-headers=\'\{"X-CSRFToken": "([^"]+)"\}\'')
NEXT_LINK = re.compile(r'<a href="([^"]+)" rel="next"')
ARTICLE_LINK = re.compile(r'href="/articles/(\d+)/"')
VERDICTS = ["verified", "false", "misleading", "unverifiable", "not_a_claim", "pending"]
NEEDS_NOTE = {"false", "misleading", "unverifiable"}
FILTERS = [
    {},
    {"verdict": "pending"},
    {"verdict": "pending", "kind": "casualty", "hedged": "no"},
    {"kind": "damage"},
    {"assignee": "none", "verdict": "pending"},
]
CONFLICT = "conflict"
samples: list[tuple[float, str, str, float, str, str, int]] = []


@events.request.add_listener
def record(request_type, name, response_time, exception, context, response=None, **kwargs):
    if exception:
        outcome = "error"
    elif response is not None and response.status_code == 409:
        outcome = CONFLICT
    else:
        outcome = "ok"
    detail = str(exception)[:200] if exception else ""
    # 0 when no answer came: the connection was refused or cut.
    status = getattr(response, "status_code", 0) or 0
    samples.append((time.time(), request_type, name, response_time, outcome, detail, status))


@events.quit.add_listener
def write_samples(exit_code, **kwargs):
    """Every request, once all editors have stopped, for bench/load.py to summarise."""
    with open(os.environ["LOAD_SAMPLES"], "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["at", "method", "name", "ms", "outcome", "detail", "status"])
        writer.writerows(samples)


class Editor(FastHttpUser):
    wait_time = between(*THINK)

    def on_start(self):
        self.username = next(ACCOUNTS)
        self.csrf = ""
        self.seen_claims: list[int] = []
        page = self._call("GET", "/accounts/login/", "sign-in page")
        form = {
            "username": self.username,
            "password": PLAN["password"],
            "csrfmiddlewaretoken": CSRF_FIELD.search(page.text).group(1),
            "next": "/",
        }
        with self._call(
            "POST", "/accounts/login/", "sign in", data=form, catch_response=True
        ) as response:
            token = CSRF_HEADER.search(response.text or "")
            if response.status_code != 200 or "/accounts/login/" in response.url or not token:
                response.failure(f"sign-in failed for {self.username}")
                return
            self.csrf = token.group(1)

    def _call(self, method: str, url: str, name: str, *, htmx_from: str = "", **kwargs):
        headers = {"X-Load-Name": name}
        if htmx_from:
            headers |= {
                "HX-Request": "true",
                "HX-Current-URL": self.host + htmx_from,
                "X-CSRFToken": self.csrf,
            }
        return self.client.request(method, url, name=name, headers=headers, **kwargs)

    def _article(self) -> int:
        # One article everyone works on, so editors really do save over each other.
        if random.random() < 0.3:
            return PLAN["shared_article"]
        return random.choice(PLAN["articles"])

    def _open_article(self, article_id: int) -> list[int]:
        page = self._call("GET", f"/articles/{article_id}/", "article review")
        claims = [int(pk) for pk in CLAIM_ID.findall(page.text or "")]
        self.seen_claims = (claims + self.seen_claims)[:200]
        return claims

    def _card(self, claim_id: int, current_url: str) -> int | None:
        """The full card an editor opens from the list; returns the version it shows."""
        card = self._call("GET", f"/claims/{claim_id}/", "claim card (htmx)", htmx_from=current_url)
        found = VERSION.search(card.text or "")
        return int(found.group(1)) if found else None

    @task(5)
    def review_a_claim(self):
        article_id = self._article()
        current = f"/articles/{article_id}/"
        claims = self._open_article(article_id)
        if not claims:
            return
        claim_id = random.choice(claims)
        version = self._card(claim_id, current)
        if version is None:
            return
        self.wait()
        verdict = random.choice(VERDICTS)
        data = {"version": version, "verdict": verdict}
        if verdict in NEEDS_NOTE:
            data["note"] = f"Checked by {self.username} against the regional report."
        with self._call(
            "POST",
            f"/claims/{claim_id}/verdict/",
            "verdict (htmx)",
            htmx_from=current,
            data=data,
            catch_response=True,
        ) as response:
            if response.status_code == 409:
                response.success()
            elif response.status_code == 200 and f'id="claim-{claim_id}"' not in response.text:
                response.failure("verdict response without the claim's card")

    @task(2)
    def add_evidence(self):
        if not self.seen_claims:
            self._open_article(self._article())
        if not self.seen_claims:
            return
        claim_id = random.choice(self.seen_claims)
        current = f"/claims/{claim_id}/"
        self._card(claim_id, current)
        self.wait()
        data = {
            "stance": random.choice(["supports", "refutes", "context"]),
            "url": f"https://news.example.org/check/{random.randint(1, 10**6)}",
            "note": f"Found by {self.username}.",
        }
        with self._call(
            "POST",
            f"/claims/{claim_id}/evidence/",
            "evidence (htmx)",
            htmx_from=current,
            data=data,
            catch_response=True,
        ) as response:
            if response.status_code == 200 and "stance-" not in response.text:
                response.failure("evidence response without the evidence list")

    @task(3)
    def page_the_queue(self):
        filters = random.choice(FILTERS)
        label = "queue" if not filters else "queue filtered"
        query = "&".join(f"{k}={v}" for k, v in filters.items())
        page = self._call("GET", "/claims/" + (f"?{query}" if query else ""), label)
        for _ in range(random.randint(1, 3)):
            link = NEXT_LINK.search(page.text or "")
            if not link:
                return
            self.wait()
            url = "/claims/" + html.unescape(link.group(1))
            page = self._call("GET", url, f"{label}, next page (htmx)", htmx_from=url)

    @task(1)
    def open_a_new_article(self):
        listing = self._call("GET", "/articles/", "article list")
        ids = ARTICLE_LINK.findall(listing.text or "")
        if ids:
            self.wait()
            self._open_article(int(random.choice(ids[:10])))
