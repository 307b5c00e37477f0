"""Institutional reports: a toll over months is a statistic, not an event.

UN missions, NGOs and monitors publish tolls over a period: "killed 31 children across
the country between January and March, the UN mission said in a report released on
Tuesday", "at least 400 civilians were wounded in the first quarter, according to the
monitor's quarterly update". The events counted were coded from their own reports; the
report adds none, and the day it gives is the day it was released. A report that dates
one new attack ("an air strike on X on Sunday killed nine, the mission said in a
report") still tells that attack and is left alone.
"""

from __future__ import annotations

import re

__all__ = ["periodic_report"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_REPORT = re.compile(
    r"\b(?:(?:in|by|from)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|review|survey|study|update|bulletin|briefing|findings|figures|data|"
    r"statistics)|according\s+to\s+(?:[\w'\u2019-]+\s+){0,6}?(?:report|review|survey|"
    r"study|update|bulletin|figures|data|statistics))\b",
    re.I,
)
"""The toll comes from a document: "said in a report", "according to the mission's
quarterly update"."""
_SAYS_FIRST = re.compile(
    r"^\W*(?:[\w.'\u2019-]+\s+){1,4}?"
    r"(?:says|said|reports|reported|counts|counted|records|recorded|tallies)\b"
)
"""Headline copy drops the document: "UN says mines killed 31 children in three months"."""
_PERIOD = re.compile(
    r"\bbetween\s+(?:early\s+|late\s+|mid-)?"
    + _MONTH
    + r"\s+and\s+(?:early\s+|late\s+|mid-)?"
    + _MONTH
    + r"\b"
    r"|\b(?:in|over|during|across)\s+(?:the\s+)?(?:(?:past|last|first|previous)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d+|several)\s+"
    r"(?:months|quarters|years)\b"
    r"|\b(?:in|during)\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\b"
    r"|\b(?:so\s+far\s+)?this\s+year\b",
    re.I,
)
"""A span of months: "between January and March", "in three months", "in the first
quarter", "this year"."""
_RELEASED = re.compile(
    r"\b(?:released|published|issued|presented|launched|made\s+public)\s+"
    r"(?:(?:on|late|early|this|last)\s+)?\w+",
    re.I,
)
_DAY = re.compile(
    r"\b(?:(?:on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|overnight|last\s+night|today|tonight)\b"
    r"|\b" + _MONTH + r"\s+\d{1,2}\b|\b\d{1,2}\s+" + _MONTH + r"\b",
    re.I,
)
"""A single day: a new attack told beside the toll."""


def periodic_report(sentence: str) -> bool:
    """True when *sentence* gives a toll over months from an institutional report and
    dates no single event (the day the report came out does not count).

    Parameters
    ----------
    sentence : str
        One sentence of a report.

    Returns
    -------
    bool

    Examples
    --------
    >>> periodic_report("Mines killed 40 people between April and June, the monitor said "
    ...                 "in a report published on Monday.")
    True
    >>> periodic_report("UN says mines killed 31 children in three months")
    True
    >>> periodic_report("A drone strike on Sunday killed nine, bringing the toll over six "
    ...                 "months to 200, the agency said in a report.")
    False
    """
    if _PERIOD.search(sentence) is None:
        return False
    if _REPORT.search(sentence) is None and _SAYS_FIRST.match(sentence) is None:
        return False
    return _DAY.search(_RELEASED.sub(" ", sentence)) is None
