"""Publication dates: normalisation and header date lines; no date beats a wrong one."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.dates import header_date, normalise_date

PROSE = "North Korea on Thursday denounced French President Emmanuel Macron for criticising it."


@pytest.mark.parametrize("value, expected", [
    ("2019-01-04", "2019-01-04"),
    ("2024-06-19T08:30:00Z", "2024-06-19"),
    ("Friday, January 4, 2019", "2019-01-04"),
    ("4 January 2019", "2019-01-04"),
    ("2023.10.27 18:45", "2023-10-27"),
    ("04/05/2019", None),  # day-month order unknown
    ("January 2019", None),  # no day
    ("2019-02-30", None),
    ("yesterday", None),
    ("", None),
    (None, None),
])
def test_normalise_date_formats(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("header, expected", [
    ("Last updated: 05 Jun, 2025", "2025-06-05"),
    ("2023.10.27 18:45", "2023-10-27"),
    ("26.2 C\nPort Louis\nThursday, July 25, 2024", "2024-07-25"),
    ("IANS | 05 Jun, 2025", "2025-06-05"),
    ("Sales up 5 in May 2004", None),
    ("Broadband soars in 2004", None),
    ("Christmas sales worst since 1981", None),
    ("Updated 3 hours ago", None),
])
def test_header_date_lines(header, expected):
    assert header_date(f"{header}\n\n{PROSE}\n") == expected


def test_header_date_ignores_dates_after_first_prose_sentence():
    assert header_date(f"Headline\n\n{PROSE}\n\nThursday, July 25, 2024\n") is None


def test_header_date_refuses_future_dates():
    text = f"Thursday, July 25, 2024\n\n{PROSE}"
    assert header_date(text, today=dt.date(2024, 1, 1)) is None
    assert header_date(text, today=dt.date(2024, 8, 1)) == "2024-07-25"
