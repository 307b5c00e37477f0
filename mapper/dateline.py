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

__all__ = ["in_dateline", "without_datelines"]

# The place before the date: an upper-case town ("BAMAKO", "PORT-AU-PRINCE", "DERA
# ISMAIL KHAN") and optional mixed-case parts after commas ("QUETTA, Pakistan,").
_BEFORE = re.compile(
    r"[ \t]*[A-Z][A-Z'\u2019.\- ]*[A-Z.](?:,[ \t]*[A-Z][\w'\u2019.\- ]{0,30})*,[ \t]*"
)
# After the date: an optional agency "(AFP)" and the dash or colon that opens the story.
_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-\u2013\u2014:][ \t]")


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
    return (
        _BEFORE.fullmatch(text, line_start, mention.start) is not None
        and _AFTER.match(text, mention.end) is not None
    )


def without_datelines(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """*mentions* less the dates of datelines (see :func:`in_dateline`)."""
    return [d for d in mentions if not in_dateline(text, d)]
