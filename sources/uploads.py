"""Refusing uploads while they stream in, before any of them is read whole."""

from collections.abc import Collection
from pathlib import PurePath

from django.core.files.uploadhandler import FileUploadHandler, SkipFile, StopUpload
from django.shortcuts import render

from sources.ingest.text import format_size

# Multipart headers and the form's other fields travel with the files.
FORM_MARGIN = 64 * 1024


def too_large(size: int | None, *, limit: int) -> str:
    said = f"The upload is {format_size(size)}" if size else "The upload is too large"
    return (
        f"{said}; files may be up to {format_size(limit)} in all. "
        "Nothing was imported: upload fewer or smaller files."
    )


def unsupported(extension: str, *, extensions: Collection[str]) -> str:
    listed = ", ".join(extensions)
    return f"This file type ({extension}) is not supported; upload {listed}."


CHUNKED_REFUSAL = (
    "The upload was sent in chunks without saying its length (Transfer-Encoding: chunked), "
    "so it could not be read and nothing was imported. Upload the files from the form in a "
    "browser, or send them with a Content-Length."
)


class RefuseChunkedRequestsMiddleware:
    """Answer 411 to a request whose body comes chunked, without a Content-Length.

    Django reads a body only as far as its Content-Length: a chunked upload would
    arrive as an empty form ("choose a file") behind gunicorn, or as garbage under
    the development server. Saying so is better than either.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        encoding = request.META.get("HTTP_TRANSFER_ENCODING", "").lower()
        if "chunked" in encoding and not request.META.get("CONTENT_LENGTH"):
            back = request.path if request.path.startswith("/") else "/"
            context = {"message": CHUNKED_REFUSAL, "back": back}
            return render(request, "errors/length_required.html", context, status=411)
        return self.get_response(request)


class GuardedUploadHandler(FileUploadHandler):
    """First of the request's upload handlers: the ones after it store what it lets by.

    A file of a type no reader takes is skipped as it arrives and never stored (the
    caller bounds the request's declared length, so skipping costs no more than
    that). Once the files pass `max_bytes` in all the upload stops at that chunk
    and `refusal` says why. `arrivals` lists each file of `field` in the order it
    came, with the reason it was skipped or "" for one passed on.
    """

    def __init__(self, request=None, *, field: str, max_bytes: int, extensions: Collection[str]):
        super().__init__(request)
        self.field = field
        self.max_bytes = max_bytes
        self.extensions = extensions
        self.received = 0
        self.refusal = ""
        self.arrivals: list[tuple[str, str]] = []
        self.skipping = False

    def new_file(self, field_name, file_name, *args, **kwargs) -> None:
        super().new_file(field_name, file_name, *args, **kwargs)
        reason = self.refuses(file_name)
        if field_name == self.field:
            self.arrivals.append((file_name, reason))
        # Skipped at its first chunk rather than here: Django closes every handler's
        # current file on SkipFile, and until the handlers after this one have
        # opened this file's, that is the previous upload's, which is kept.
        self.skipping = bool(reason) or field_name != self.field

    def refuses(self, file_name: str) -> str:
        """Why a file of this name is not taken, or "" when it is."""
        extension = PurePath(file_name).suffix.lower()
        # A name without an extension is judged later, by its declared content type.
        if extension and extension not in self.extensions:
            return unsupported(extension, extensions=self.extensions)
        return ""

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if self.skipping:
            raise SkipFile
        self.received += len(raw_data)
        if self.received > self.max_bytes:
            self.refusal = too_large(None, limit=self.max_bytes)
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        # The next handler in the chain returns the stored file.
        return None
