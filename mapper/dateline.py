"""Datelines: the filing date a wire story opens with.

"KABUL, March 9 (Reuters) - Gunmen ..." or "NIAMEY, 4 May - ..." names where and when
the report was filed, not when the event happened: the event's own date comes later in
the sentence ("... on Sunday") or, when the text gives none, from the publication date.
A dateline is a capitalised place (with optional ", Region" or ", Country" parts) at the
start of a line, a comma, the date, an optional agency in brackets and a dash or colon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import DateMention

__all__ = ["in_dateline", "in_stamp", "without_datelines"]

# The place before the date: an upper-case town ("BAMAKO", "PORT-AU-PRINCE", "DERA
# ISMAIL KHAN") and optional mixed-case parts after commas ("QUETTA, Pakistan,").
_BEFORE = re.compile(
    r"[ \t]*[A-Z][A-Z'\u2019.\- ]*[A-Z.](?:,[ \t]*[A-Z][\w'\u2019.\- ]{0,30})*,[ \t]*"
)
# After the date: an optional agency "(AFP)" and the dash or colon that opens the story;
# wire copy may drop the dash after the agency ("IMPHAL, July 15 (PTI) A farmer was ...").
_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-\u2013\u2014:][ \t]"
    r"|[ \t]*\([^()\n]{1,30}\)[ \t]+(?=[A-Z0-9\"\u201c])"
)
# A mixed-case place ("Cox's Bazar, Feb 8 (bdnews24.com) -") is a dateline only with the
# agency in brackets: "Kabul, March 9 - " alone could open a list or a timeline.
_BEFORE_MIXED = re.compile(
    r"[ \t]*(?!(?:On|In|At|By|Since|From|Until|Last|This|Next|Early|Late)\b)"
    r"(?![^,\n]*\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"[A-Z][\w'\u2019.\-]*(?:[ \t][A-Z][\w'\u2019.\-]*){0,3},[ \t]*"
)
_AFTER_AGENCY = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*[-\u2013\u2014:][ \t]")


def in_dateline(text: str, mention: DateMention) -> bool:
    """True when *mention* is the date of a dateline opening a line of *text*.

    Parameters
    ----------
    text : str
        The document *mention* was found in (its offsets index *text*).
    mention : DateMention
        A date of *text*.

    Returns
    -------
    bool

    Examples
    --------
    >>> from mapper.dates import find_dates
    >>> text = "Title\\nGOMA, May 4 - Shelling hit Sake on Friday."
    >>> [in_dateline(text, d) for d in find_dates(text)]
    [True, False]
    """
    line_start = text.rfind("\n", 0, mention.start) + 1
    if (
        _BEFORE.fullmatch(text, line_start, mention.start) is not None
        and _AFTER.match(text, mention.end) is not None
    ):
        return True
    return (
        _BEFORE_MIXED.fullmatch(text, line_start, mention.start) is not None
        and _AFTER_AGENCY.match(text, mention.end) is not None
    )


# A page's time stamp: a date with a clock time straight after it ("15 January 2026,
# 10:42", "Jan 15, 2026 10:42 GMT"), or any date on a byline or "Updated" line.
_CLOCK_AFTER = re.compile(r",?[ \t]+\d{1,2}:\d{2}\b")
_STAMP_LINE = re.compile(r"[ \t]*(?:By\b|(?:Published|Updated|Posted|Last\s+updated)\b)", re.I)


def in_stamp(text: str, mention: DateMention) -> bool:
    """True when *mention* is a page's time stamp: a byline's or "Updated" line's date,
    or a date with a clock time after it, which say when the page was written.

    Examples
    --------
    >>> from mapper.dates import find_dates
    >>> text = "Title\nBy Staff | 4 May 2025, 09:12\nShelling hit Sake on Friday."
    >>> [in_stamp(text, d) for d in find_dates(text)]
    [True, False]
    """
    line_start = text.rfind("\n", 0, mention.start) + 1
    return (
        _CLOCK_AFTER.match(text, mention.end) is not None
        or _STAMP_LINE.match(text, line_start) is not None
    )


def without_datelines(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """*mentions* less the dates of datelines and page stamps (see :func:`in_dateline`
    and :func:`in_stamp`)."""
    return [d for d in mentions if not in_dateline(text, d) and not in_stamp(text, d)]
