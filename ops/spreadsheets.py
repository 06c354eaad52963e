"""CSV cells safe to open in a spreadsheet, for every CSV the workbench writes."""

BOM = "\ufeff"
# A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class Echo:
    """A file-like object that hands back what the csv writer writes, to stream rows."""

    def write(self, value: str) -> str:
        return value


def neutralise(value: object) -> str:
    """The cell's text, with an apostrophe before anything a spreadsheet would run."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text
