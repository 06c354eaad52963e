"""Fault run, part one: saving articles while Redis is down, and speaker changes racing.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk_bench_faults \\
        .venv/bin/python bench/faults.py

Needs a PostgreSQL database of its own, which it migrates and empties. Two figures:

1. Saving articles with the broker down: each article is stored in its own
   transaction, as an upload stores them, in a fresh process whose REDIS_URL points
   at a port nothing listens on. Reported per article, beside the same save with
   tasks run in-process and no broker at all (the floor), and with the state each
   article was left in.
2. Registry changes racing: one thread merges an organisation into another and
   splits it back out, another moves claims between its member and it, for a
   number of rounds. Reported: changes that failed with anything but a refusal
   (deadlocks included) and deadlocks retried.
"""

import contextlib
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = 5
ROUNDS = 200

SAVE = """
import time
from django.db import transaction
from sources.models import Article
from sources.services import create_article
text = open("seeds/belgorod-2023-05-23.txt").read()
began = time.monotonic()
ids = []
for n in range({count}):
    with transaction.atomic():
        ids.append(create_article(title=f"Fault {{n}}", text=f"{{n}} {{began}} {{text}}").pk)
seconds = time.monotonic() - began
states = sorted(set(Article.objects.filter(pk__in=ids).values_list("extraction_state", flat=True)))
print(f"{{seconds / {count}:.3f}} {{','.join(states)}}")
"""


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _save(env: dict) -> tuple[float, str]:
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SAVE.format(count=ARTICLES)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    seconds, states = done.stdout.split()[-2:]
    return float(seconds), states


def saving_with_the_broker_down() -> None:
    base = {**os.environ, "LOG_LEVEL": "ERROR"}
    down = {**base, "REDIS_URL": f"redis://127.0.0.1:{_closed_port()}/0"}
    # In-process: spaCy extracts during the save; timed only to show the floor of a save.
    floor = {key: value for key, value in base.items() if key != "REDIS_URL"}
    outage, states = _save(down)
    inline, _ = _save(floor)
    print(f"save with Redis down: {outage:.2f} s per article, left {states}")
    print(f"save with tasks in-process (extraction included): {inline:.2f} s per article")


def racing_registry_changes() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    import django

    django.setup()
    import logging

    from django.contrib.auth import get_user_model
    from django.core.exceptions import ValidationError
    from django.db import close_old_connections

    from claims.models import Claim
    from claims.speakers import attribute_claim, merge_speakers, split_alias
    from ops import transactions
    from sources.models import Article, Speaker, SpeakerAlias
    from sources.services import update_speaker

    logging.disable(logging.WARNING)
    retried = 0
    original = transactions.is_deadlock

    def counted(error):
        nonlocal retried
        found = original(error)
        retried += found
        return found

    transactions.is_deadlock = counted
    user, _ = get_user_model().objects.get_or_create(username="bench-faults")

    def speaker(name, kind="person"):
        made = Speaker.objects.create(name=name, kind=kind)
        SpeakerAlias.objects.create(speaker=made, name=name)
        return made

    member = speaker("Race Member")
    survivor = speaker("Race Survivor Office", "organisation")
    ministry = speaker("Race Merged Office", "organisation")
    update_speaker(speaker=member, name=member.name, kind="person", role="", affiliation=ministry)
    article = Article.objects.create(title="Race", text="x" * 400, content_hash="bench-race")
    claims = Claim.objects.bulk_create(
        Claim(article=article, start=n * 10, end=n * 10 + 5, text="xxxxx", speaker=member)
        for n in range(8)
    )
    failures: list[str] = []

    def registry():
        for _ in range(ROUNDS):
            merge_speakers(keep=survivor, drop=ministry, by=user)
            split_alias(alias=SpeakerAlias.objects.get(name=ministry.name), by=user)

    def attributions():
        for turn in range(ROUNDS * 2):
            claim = Claim.objects.get(pk=claims[turn % len(claims)].pk)
            to = ministry if claim.speaker_id == member.pk else member
            # A refusal (the ministry was merged a moment ago) is what an editor should see.
            with contextlib.suppress(ValidationError):
                attribute_claim(claim=claim, speaker=to, by=user, expected_version=None)

    def run(job):
        try:
            job()
        except Exception as error:  # noqa: BLE001 - what a user would have seen as a 500
            failures.append(f"{type(error).__name__}: {error}")
        finally:
            close_old_connections()

    threads = [threading.Thread(target=run, args=(job,)) for job in (registry, attributions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(
        f"registry race: {ROUNDS} merge+split rounds against {ROUNDS * 2} attributions, "
        f"{len(failures)} failed, {retried} deadlocks retried"
    )
    for failure in failures:
        print("  ", failure)


def main() -> None:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (see the docstring).")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, check=True
    )
    subprocess.run([sys.executable, "manage.py", "flush", "--noinput"], cwd=ROOT, check=True)
    saving_with_the_broker_down()
    racing_registry_changes()


if __name__ == "__main__":
    main()
