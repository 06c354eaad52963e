"""Simulated editors for bench/load.py, which starts the servers and runs this through locust.

Each editor signs in through the sign-in form, then opens articles, pages the
queue (following its keyset links), changes verdicts and adds evidence, as the
screens' htmx requests do. A 409 on a verdict is the version check refusing a
save on top of another editor's: a correct answer, counted apart from errors.

Read from the environment (bench/load.py sets them): LOAD_PLAN, a JSON file with
the seeded article ids, the shared article and the account names and password;
LOAD_SUMMARY, where the conflict count is written at the end; LOAD_THINK, the
least and most seconds an editor pauses between actions ("0.5,2.5").
"""

import html
import itertools
import json
import os
import random
import re
from collections import Counter

from locust import FastHttpUser, between, events, task
from locust.stats import StatsEntry

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
tally: Counter[str] = Counter()


SIGN_IN = ("sign-in page", "sign in")
runner_stats = []


@events.init.add_listener
def keep_stats(environment, **kwargs):
    runner_stats.append(environment.stats)


def figures(entry) -> dict:
    return {
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "rps": entry.total_rps,
        "p50": entry.get_response_time_percentile(0.5),
        "p95": entry.get_response_time_percentile(0.95),
        "p99": entry.get_response_time_percentile(0.99),
        "max": entry.max_response_time or 0,
    }


@events.quit.add_listener
def write_summary(exit_code, **kwargs):
    """Final figures, once every editor has stopped, for bench/load.py to print."""
    stats = runner_stats[0]
    work = StatsEntry(stats, "editors' work (all but sign-in)", "")
    for entry in stats.entries.values():
        if entry.name not in SIGN_IN:
            work.extend(entry)
    summary = {
        "tally": dict(tally),
        "endpoints": {entry.name: figures(entry) for entry in stats.entries.values()},
        "work": figures(work),
        "total": figures(stats.total),
        "errors": [
            {"name": e.name, "error": str(e.error), "occurrences": e.occurrences}
            for e in stats.errors.values()
        ],
    }
    with open(os.environ["LOAD_SUMMARY"], "w", encoding="utf-8") as out:
        json.dump(summary, out, indent=1)


class Editor(FastHttpUser):
    wait_time = between(*THINK)

    def on_start(self):
        self.username = next(ACCOUNTS)
        self.csrf = ""
        self.seen_claims: list[int] = []
        page = self.client.get("/accounts/login/", name="sign-in page")
        form = {
            "username": self.username,
            "password": PLAN["password"],
            "csrfmiddlewaretoken": CSRF_FIELD.search(page.text).group(1),
            "next": "/",
        }
        with self.client.post(
            "/accounts/login/", data=form, name="sign in", catch_response=True
        ) as response:
            token = CSRF_HEADER.search(response.text or "")
            if response.status_code != 200 or "/accounts/login/" in response.url or not token:
                response.failure(f"sign-in failed for {self.username}")
                return
            self.csrf = token.group(1)

    def _htmx(self, current_url: str) -> dict:
        return {
            "HX-Request": "true",
            "HX-Current-URL": self.host + current_url,
            "X-CSRFToken": self.csrf,
        }

    def _article(self) -> int:
        # Some articles everyone works on, so editors really do save over each other.
        if random.random() < 0.3:
            return PLAN["shared_article"]
        return random.choice(PLAN["articles"])

    def _open_article(self, article_id: int) -> list[int]:
        page = self.client.get(f"/articles/{article_id}/", name="article review")
        claims = [int(pk) for pk in CLAIM_ID.findall(page.text or "")]
        self.seen_claims = (claims + self.seen_claims)[:200]
        return claims

    def _card(self, claim_id: int, current_url: str) -> int | None:
        """The full card an editor opens from the list; returns the version it shows."""
        card = self.client.get(
            f"/claims/{claim_id}/", headers=self._htmx(current_url), name="claim card (htmx)"
        )
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
        with self.client.post(
            f"/claims/{claim_id}/verdict/",
            data=data,
            headers=self._htmx(current),
            name="verdict (htmx)",
            catch_response=True,
        ) as response:
            if response.status_code == 409:
                tally["conflicts"] += 1
                response.success()
            elif response.status_code == 200 and f'id="claim-{claim_id}"' not in response.text:
                response.failure("verdict response without the claim's card")
            elif response.status_code == 200:
                tally["verdicts"] += 1

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
        stance = random.choice(["supports", "refutes", "context"])
        data = {
            "stance": stance,
            "url": f"https://news.example.org/check/{random.randint(1, 10**6)}",
            "note": f"Found by {self.username}.",
        }
        with self.client.post(
            f"/claims/{claim_id}/evidence/",
            data=data,
            headers=self._htmx(current),
            name="evidence (htmx)",
            catch_response=True,
        ) as response:
            if response.status_code == 200 and "stance-" not in response.text:
                response.failure("evidence response without the evidence list")
            elif response.status_code == 200:
                tally["evidence"] += 1

    @task(3)
    def page_the_queue(self):
        filters = random.choice(FILTERS)
        label = "queue" if not filters else "queue filtered"
        query = "&".join(f"{k}={v}" for k, v in filters.items())
        page = self.client.get("/claims/" + (f"?{query}" if query else ""), name=label)
        for _ in range(random.randint(1, 3)):
            link = NEXT_LINK.search(page.text or "")
            if not link:
                return
            self.wait()
            url = "/claims/" + html.unescape(link.group(1))
            page = self.client.get(url, headers=self._htmx(url), name=f"{label}, next page (htmx)")

    @task(1)
    def open_a_new_article(self):
        listing = self.client.get("/articles/", name="article list")
        ids = ARTICLE_LINK.findall(listing.text or "")
        if ids:
            self.wait()
            self._open_article(int(random.choice(ids[:10])))
