"""Where a timed request's time goes: garbage collection, queries, the commit, and the
work run after the commit (`transaction.on_commit`: signals' receivers, jobs sent to
the broker).

A slow request among fast ones says little by its total; split into these phases it
says whether the process stopped for a collection, waited on PostgreSQL, waited for
the commit to reach the disk, or did its after-commit work slowly. "Python" is what is
left: the request's own code, the rate limit's round trip to Redis, and the time the
process waited for a core.
"""

import gc
import statistics
import time

from bench.review import percentile

PHASES = ("gc", "queries", "commit", "after commit", "python")


class Phases:
    def __init__(self) -> None:
        self.records: dict[str, list[dict]] = {}
        self._current: dict | None = None
        self._gc_started = 0.0
        self._open: list[list] = []

    def timed(self, label: str, call):
        """`call`, with each call's phases recorded under `label`."""

        def run():
            self._current = {phase: 0.0 for phase in PHASES} | {"full collections": 0}
            started = time.perf_counter()
            try:
                return call()
            finally:
                record, self._current = self._current, None
                record["total"] = (time.perf_counter() - started) * 1000
                record["python"] = record["total"] - sum(
                    record[phase] for phase in PHASES if phase != "python"
                )
                self.records.setdefault(label, []).append(record)

        return run

    def __enter__(self) -> "Phases":
        from django.db import connection

        self._connection = connection
        gc.callbacks.append(self._collection)
        connection.execute_wrappers.append(self._query)
        # The connection's own methods, shadowed on the instance while timing.
        commit, hooks = connection._commit, connection.run_and_clear_commit_hooks
        connection._commit = self._timing("commit", commit)
        connection.run_and_clear_commit_hooks = self._timing("after commit", hooks)
        return self

    def __exit__(self, *exc) -> None:
        gc.callbacks.remove(self._collection)
        self._connection.execute_wrappers.remove(self._query)
        del self._connection._commit, self._connection.run_and_clear_commit_hooks

    def _timing(self, phase: str, method):
        def timed(*args, **kwargs):
            return self._within(phase, lambda: method(*args, **kwargs))

        return timed

    def _query(self, execute, sql, params, many, context):
        return self._within("queries", lambda: execute(sql, params, many, context))

    def _within(self, phase: str, call):
        # Each phase counts its own time: a collection in the middle of a query is the
        # collection's, and the queries after the commit belong to the after-commit work.
        frame = [phase, 0.0]
        self._open.append(frame)
        started = time.perf_counter()
        try:
            return call()
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            self._open.pop()
            if self._open:
                self._open[-1][1] += frame[1]
            rolled_up = any(outer == "after commit" for outer, _ in self._open)
            if self._current is not None and not rolled_up:
                self._current[phase] += elapsed - frame[1]

    def _collection(self, step: str, info: dict) -> None:
        if step == "start":
            self._gc_started = time.perf_counter()
            return
        elapsed = (time.perf_counter() - self._gc_started) * 1000
        if self._open:
            self._open[-1][1] += elapsed
        if self._current is not None:
            self._current["gc"] += elapsed
            self._current["full collections"] += info["generation"] == 2

    def keep_last(self, count: int) -> None:
        """Keep each label's last `count` requests: the timed rounds, not the warm-ups."""
        self.records = {label: records[-count:] for label, records in self.records.items()}

    def report(self, label: str, *, slowest: int = 5) -> list[str]:
        """Lines: each phase's p50/p95/p99 for `label`'s requests, then its slowest
        requests phase by phase."""
        records = self.records[label]
        lines = [
            f"phases of {label} ({len(records)} requests), ms",
            "",
            "| phase | p50 | p95 | p99 | max |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for phase in ("total", *PHASES):
            values = sorted(record[phase] for record in records)
            lines.append(
                f"| {phase} | {statistics.median(values):.1f} | {percentile(values, 95):.1f} "
                f"| {percentile(values, 99):.1f} | {values[-1]:.1f} |"
            )
        lines += ["", f"slowest {slowest}:", ""]
        lines.append("| total | " + " | ".join(PHASES) + " | full collections |")
        lines.append("| ---: " * (len(PHASES) + 2) + "|")
        for record in sorted(records, key=lambda record: -record["total"])[:slowest]:
            phases = " | ".join(f"{record[phase]:.1f}" for phase in PHASES)
            lines.append(f"| {record['total']:.1f} | {phases} | {record['full collections']} |")
        return lines

    def collections(self) -> list[str]:
        """Lines: how many full collections fell in each label's requests, and their time."""
        return [
            f"{label}: {sum(r['full collections'] for r in records)} full collections in "
            f"{len(records)} requests; {sum(r['gc'] for r in records):.0f} ms collecting in all"
            for label, records in self.records.items()
        ]
