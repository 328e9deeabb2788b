"""Publication dates as written in the input: the calendar day, no time-zone shift.

Only explicit machine-readable stamps are read here (ISO 8601, RFC 822); free-text
dates are the business of ``knownsofar.dates``.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\S.*)?\s*$")
_ISO_TIME = re.compile(r"\d{2}(?::\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*")
_EARLIEST_YEAR = 1990  # placeholder stamps like 0001-01-01 or 1970-01-01 are not dates
# A publication date outside these years is a placeholder or a typo (0001-01-01,
# 9999-12-31), and date arithmetic from it ("next year") would leave the calendar.
PLAUSIBLE_YEARS = range(1800, 3000)


def parse_iso_date(value: str) -> dt.date | None:
    """Return the day of ``YYYY-MM-DD`` or an ISO 8601 datetime, as written; else None."""
    match = _ISO.match(value)
    if match is None:
        return None
    rest = value.strip()[10:]
    if rest and not _ISO_TIME.fullmatch(rest[1:]):
        return None
    return _make_date(int(match[1]), int(match[2]), int(match[3]))


def parse_stamp(value: str) -> dt.date | None:
    """Return the day of an ISO 8601 or RFC 822 stamp (feeds, meta tags); else None."""
    day = parse_iso_date(value)
    if day is None:
        parts = parsedate_tz(value)
        day = None if parts is None else _make_date(parts[0], parts[1], parts[2])
    if day is None or day.year < _EARLIEST_YEAR or day.year not in PLAUSIBLE_YEARS:
        return None
    return day


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
