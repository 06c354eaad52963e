"""The one error type of the ingestion layer."""


class IngestError(Exception):
    """A problem with incoming material, worded for the editor who sent it.

    `field` names the paste-form field at fault, when there is one, so a form can
    attach the message to that field instead of the whole form.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
