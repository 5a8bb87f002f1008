"""Publication dates: normalise a date string to ISO `YYYY-MM-DD`, and find the date line in a
page's header. Pure functions, no I/O.

A wrong date is worse than none (it becomes the evidence date of every fact of the article), so
both functions answer None unless the day, the month and the year are all written out and the
day/month order is not ambiguous.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from dateutil import parser as dateparser

from extract.clean import is_prose

#: year range accepted as a publication date
MIN_YEAR = 1900
#: a header date line is short: a date with at most a short label ("Last updated:", "IANS |")
MAX_DATE_LINE = 60
#: words besides the date itself that a header date line may carry
MAX_LABEL_WORDS = 3
#: only the first lines of a text are searched, and never past the first prose line
MAX_HEADER_LINES = 40

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_MONTH_NAME = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE)
#: numeric dates with the year first (2023.10.27, 2023/10/27) are unambiguous
_YEAR_FIRST = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)[./-](\d{1,2})[./-](\d{1,2})(?!\d)")
_SEGMENT_SPLIT = re.compile(r"\s[|•·]\s|\s[-–—]\s|[|•·]")
_LABEL_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_DEFAULTS = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))


def normalise_date(value: object) -> str | None:
    """An ISO `YYYY-MM-DD` date from a date string in a common format, or None.

    >>> normalise_date("2019-01-04"), normalise_date("Friday, January 4, 2019")
    ('2019-01-04', '2019-01-04')
    >>> normalise_date("2024-06-19T08:30:00+09:00"), normalise_date("05 Jun, 2025")
    ('2024-06-19', '2025-06-05')
    >>> normalise_date("04/05/2019") is None, normalise_date("yesterday") is None  # ambiguous, vague
    (True, True)
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text or len(text) > 100:
        return None
    iso = _ISO.match(text)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    return _parse_complete(text, max_label_words=0)


def header_date(text: str, today: dt.date | None = None) -> str | None:
    """The publication date written on a date line in the header of a saved page, or None.

    Looks at the short lines before the first prose sentence ("Last updated: 05 Jun, 2025",
    "2023.10.27 18:45", "Thursday, July 25, 2024"); a line qualifies when, apart from a label
    of at most three words, it is a complete date. The first qualifying line wins. Dates after
    `today` are refused.

    >>> prose = "North Korea on Thursday denounced the French president for criticising it."
    >>> header_date(f"Menu | World\\nLast updated: 05 Jun, 2025\\n\\n{prose}")
    '2025-06-05'
    >>> header_date(f"Broadband soars in 2004\\n\\n{prose}") is None
    True
    """
    today = today or dt.date.today()
    for line in header_lines(text):
        found = _line_date(line)
        if found and found <= today.isoformat():
            return found
    return None


def header_lines(text: str) -> Iterable[str]:
    """The non-empty lines before the first prose sentence (at most MAX_HEADER_LINES of them)."""
    seen = 0
    for raw in text.splitlines():
        line = raw.replace("\u00a0", " ").strip()
        if not line:
            continue
        if (is_prose(line) and _SENTENCE_END.search(line)) or seen >= MAX_HEADER_LINES:
            return  # the first prose sentence; a headline without a full stop may come before
        seen += 1
        yield line


def _line_date(line: str) -> str | None:
    if len(line) > MAX_DATE_LINE * 2:
        return None
    for segment in _SEGMENT_SPLIT.split(line):
        segment = segment.strip()
        if 6 <= len(segment) <= MAX_DATE_LINE and _YEAR.search(segment):
            found = _parse_complete(segment, max_label_words=MAX_LABEL_WORDS)
            if found:
                return found
    return None


def _parse_complete(text: str, *, max_label_words: int) -> str | None:
    """Parse `text` as one date with day, month and year written; None if anything is missing,
    ambiguous, or more than `max_label_words` words are left over."""
    if not _YEAR.search(text):
        return None
    year_first = _YEAR_FIRST.search(text)
    if year_first:
        return _valid(int(year_first[1]), int(year_first[2]), int(year_first[3]))
    if not _MONTH_NAME.search(text):
        return None  # 04/05/2019 is April 5 or 4 May: refuse rather than guess
    parsed = []
    for default in _DEFAULTS:
        try:
            value, skipped = dateparser.parse(text, default=default, fuzzy_with_tokens=True)
        except (ValueError, OverflowError, TypeError):
            return None
        parsed.append(value)
    if parsed[0].date() != parsed[1].date():
        return None  # the day, month or year came from the default, not the text
    words = [chunk for chunk in skipped if _LABEL_WORD.search(chunk)]
    if len(words) > 1 or len(_LABEL_WORD.findall(" ".join(words))) > max_label_words:
        return None  # a date inside a sentence ("Sales up 5 in May 2004"), not a date line
    if words and not text.lstrip().startswith(words[0].strip()):
        return None  # only a leading label: "Last updated: 05 Jun, 2025"
    return _valid(parsed[0].year, parsed[0].month, parsed[0].day)


def _valid(year: int, month: int, day: int) -> str | None:
    if year < MIN_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
