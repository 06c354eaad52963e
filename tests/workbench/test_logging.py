import json
import logging

import pytest

from ops.logging import RequestIdFilter, request_id
from sources.services import create_article
from tests.workers import Worker, wait_until


def test_json_log_lines_carry_the_request_id():
    from pythonjsonlogger.json import JsonFormatter

    record = logging.LogRecord("claims", logging.INFO, __file__, 1, "Extracted %s", ("a",), None)
    token = request_id.set("req-12345678")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id.reset(token)
    line = JsonFormatter("%(levelname)s %(message)s %(request_id)s").format(record)
    assert json.loads(line) == {
        "levelname": "INFO",
        "message": "Extracted a",
        "request_id": "req-12345678",
    }


@pytest.mark.postgres
@pytest.mark.broker
def test_the_request_id_reaches_the_logs_of_the_task_it_queued(
    transactional_db, broker_mode, tmp_path
):
    log_file = tmp_path / "worker.log"
    worker = Worker(extra_env={"LOG_JSON": "true"})
    with log_file.open("w") as sink:
        worker.start(output=sink)
        try:
            token = request_id.set("trace-abcdef123456")
            try:
                article = create_article(title="Storm", text="A storm hit the coast, police said.")
            finally:
                request_id.reset(token)
            wait_until(lambda: "Extracted article" in log_file.read_text(), timeout=90)
        finally:
            worker.stop()
    lines = [json.loads(line) for line in log_file.read_text().splitlines() if line.startswith("{")]
    done = [line for line in lines if line["message"].startswith(f"Extracted article {article.pk}")]
    assert done and done[0]["request_id"] == "trace-abcdef123456"
