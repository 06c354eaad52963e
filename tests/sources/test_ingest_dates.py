from datetime import date

import pytest

from sources.ingest.dates import parse_date
from sources.ingest.errors import IngestError

MAY_23 = date(2023, 5, 23)


@pytest.mark.parametrize(
    "value",
    [
        "2023-05-23",
        " 2023-05-23 ",
        "2023-05-23T22:30:00+02:00",
        "2023-05-23T10:00:00Z",
        "23 May 2023",
        "23rd May 2023",
        "Tuesday, 23 May 2023",
        "May 23, 2023",
        "23 may 2023",
        "Tue, 23 May 2023 10:00:00 +0000",
    ],
)
def test_parse_date_reads_common_forms(value):
    assert parse_date(value) == MAY_23


def test_parse_date_reads_print_abbreviations():
    assert parse_date("Sept. 5, 2023") == date(2023, 9, 5)


def test_parse_date_keeps_the_date_as_written_in_its_own_zone():
    assert parse_date("2023-05-23T23:30:00-05:00") == MAY_23


def test_unreadable_date_is_refused_with_the_expected_form():
    with pytest.raises(IngestError) as caught:
        parse_date("32/13/2023")
    assert str(caught.value) == "Could not read the date '32/13/2023'; use YYYY-MM-DD."


@pytest.mark.parametrize("value", ["03/04/2023", "2023-02-30", "", "yesterday", "May 2023"])
def test_ambiguous_impossible_or_empty_dates_are_refused(value):
    with pytest.raises(IngestError, match="use YYYY-MM-DD"):
        parse_date(value)
