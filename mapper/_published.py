"""Publication dates from the forms feeds and pages give them.

A small private parser; the publication date is the calendar date as the publisher
wrote it (an offset such as ``+03:00`` is not converted to UTC, so a Baghdad paper's
"2024-01-24T01:30+03:00" stays the 24th).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["parse_published"]

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})")


def parse_published(value: object) -> date:
    """The date in an ISO 8601 date or datetime, or an RFC 2822 timestamp.

    Parameters
    ----------
    value : str, date or datetime

    Returns
    -------
    date

    Raises
    ------
    ValueError
        *value* is none of those forms, or not a real calendar date.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__}")
    text = value.strip()
    m = _ISO.match(text)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError("not an ISO 8601 or RFC 2822 date")
