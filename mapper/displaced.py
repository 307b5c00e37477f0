"""Displacement reports: the violence people flee is their reason, not the news.

Humanitarian agencies count people on the move ("150,000 flee fighting in X", "families
displaced by clashes in Y", "thousands escaping the violence in Z arrived in camps").
ACLED codes no displacement; the fighting named as its cause was coded from the reports
that told it, with its own day. A cue that is the object of fleeing is therefore no
incident of the report. Fighting the report tells in a clause of its own ("thousands fled
as fighting raged in X on Monday") is left alone.
"""

from __future__ import annotations

import re

from .events import EventMention

__all__ = ["fled_from"]

_FLEEING = re.compile(
    r"\b(?:flee(?:s|ing)?|fled|escap(?:e|es|ed|ing)|"
    r"(?:displaced|uprooted|driven\s+(?:out|away|from\s+their\s+homes))\s+by)\s+"
    r"(?:the\s+)?(?:(?:renewed|recent|heavy|intense|escalating|ongoing|deadly|"
    r"intensifying|worsening)\s+)?$",
    re.I,
)


def fled_from(text: str, event: EventMention) -> bool:
    """True when *event* is the violence people flee ("flee fighting", "displaced by
    clashes").

    Examples
    --------
    >>> from mapper.events import find_events
    >>> s = "UNHCR: 40,000 flee fighting in Ituri"
    >>> [fled_from(s, e) for e in find_events(s)]
    [True]
    >>> s = "Thousands fled as fighting raged in Ituri on Monday."
    >>> [fled_from(s, e) for e in find_events(s)]
    [False]
    """
    return _FLEEING.search(text, max(0, event.start - 60), event.start) is not None
