"""Reading PDF and Word files in a child process with a time and a memory limit.

pdfminer and python-docx read untrusted files in pure Python: a 2,000-page PDF keeps
a request busy for half a minute, and a few hundred kilobytes of compressed zeros
inflate to gigabytes. Each such file is read by a fresh interpreter running this
module, with its address space capped (RLIMIT_AS) and its wall time bounded by the
parent, which kills it when the time is up. A document that is too slow or too big
costs that child, never the web or worker process.

The child reads the file's bytes from stdin and writes one JSON object to stdout:
{"document": {...}} or {"error": "message for the editor"}.
"""

import json
import os
import resource
import subprocess
import sys
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sources.ingest.errors import IngestError
from sources.ingest.parsed import ParsedDocument

# The project root, so the child imports this same package however it is installed.
_ROOT = Path(__file__).resolve().parents[2]
_KINDS = {".pdf": "PDF", ".docx": "Word file"}


@dataclass(frozen=True, kw_only=True)
class ReadLimits:
    """What reading one document may cost: wall-clock seconds and bytes of memory."""

    seconds: float = 20
    memory_bytes: int = 512 * 1024 * 1024


def read_isolated(
    extension: str, data: bytes, *, max_text_bytes: int, limits: ReadLimits
) -> ParsedDocument:
    """Read a .pdf or .docx in a limited child process, or raise `IngestError` saying why not."""
    kind = _KINDS[extension]
    command = [
        sys.executable,
        "-m",
        "sources.ingest.isolated",
        extension,
        str(max_text_bytes),
        str(limits.memory_bytes),
        str(limits.seconds),
    ]
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")])),
    }
    try:
        # Fixed arguments, no shell; the file only travels on stdin.
        result = subprocess.run(  # noqa: S603
            command,
            input=data,
            capture_output=True,
            timeout=limits.seconds,
            env=environment,
            cwd=_ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        # subprocess.run has killed the child and reaped it.
        raise IngestError(
            f"This {kind} took longer than {limits.seconds:g} s to read; it was refused."
        ) from None
    try:
        answer = json.loads(result.stdout)
    except ValueError:
        answer = None
    if isinstance(answer, dict) and "document" in answer:
        fields = answer["document"]
        if fields.get("published"):
            fields["published"] = date.fromisoformat(fields["published"])
        return ParsedDocument(**fields)
    if isinstance(answer, dict) and "error" in answer:
        raise IngestError(answer["error"])
    if b"MemoryError" in result.stderr:
        raise IngestError(_memory_message(kind, limits))
    raise IngestError(f"This {kind} could not be read; it may be damaged.")


def _memory_message(kind: str, limits: ReadLimits) -> str:
    megabytes = limits.memory_bytes // (1024 * 1024)
    return f"This {kind} needs more than {megabytes} MB of memory to read; it was refused."


def _limit_self(memory_bytes: int, seconds: float) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    # A backstop should the parent be gone: CPU seconds, never more than the wall time.
    cpu = int(seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))


def _main(argv: list[str]) -> None:
    extension, max_text_bytes, memory_bytes, seconds = argv
    memory = int(memory_bytes)
    # Imported before the cap, so the limit measures the document, not the libraries.
    from sources.ingest.pdffile import read_pdf
    from sources.ingest.wordfile import read_docx

    data = sys.stdin.buffer.read()
    _limit_self(memory, float(seconds))
    try:
        if extension == ".pdf":
            document = read_pdf(data, max_text_bytes=int(max_text_bytes))
        else:
            document = read_docx(data, max_text_bytes=int(max_text_bytes))
        answer = {"document": asdict(document)}
    except IngestError as error:
        answer = {"error": error.message}
    except MemoryError:
        del data
        answer = {"error": _memory_message(_KINDS[extension], ReadLimits(memory_bytes=memory))}
    sys.stdout.write(json.dumps(answer, default=str))


if __name__ == "__main__":
    _main(sys.argv[1:])
