"""Arrests of people for taking part in a protest the report has already told.

Police often disperse a march and then announce how many they held: "Police said 17
people had been detained for taking part in an unauthorised gathering", "dozens were
arrested for joining the rally". ACLED codes such arrests as the protest's intervention
("Protest with intervention"), not as arrests of their own. The reason given names the
gathering, so the sentence needs no place or day of its own to tie it to the protest; the
caller checks that a protest or riot was coded earlier in the report.
"""

from __future__ import annotations

import re

from .events import EventMention

__all__ = ["held_for_taking_part"]

_TAKING_PART = re.compile(
    r"\b(?:for|over|after)\s+(?:allegedly\s+)?(?:taking\s+part|participating|joining|"
    r"involvement|their\s+(?:part|role|participation))\s*(?:in\s+)?"
    r"(?:(?:an?|the|this|that|these|those|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:gatherings?|protests?|demonstrations?|marches|march|rall(?:y|ies)|sit-ins?|"
    r"riots?|unrest|assembl(?:y|ies))\b",
    re.I,
)


def held_for_taking_part(text: str, mention: EventMention, offset: int = 0) -> bool:
    """True when *mention* is an arrests cue whose reason, after it in the same sentence,
    is taking part in a gathering.

    Parameters
    ----------
    text : str
        The text the cue was found in (the mention's offsets less *offset*).
    mention : EventMention
        A cue.
    offset : int
        The offset of *text* in the document.

    Returns
    -------
    bool
        True for "37 people were detained for taking part in the march"; False for
        arrests with another reason or none.

    Examples
    --------
    >>> from mapper.events import find_events
    >>> s = "Police said 40 people were detained for joining the unauthorised rally."
    >>> [e.cue for e in find_events(s) if held_for_taking_part(s, e)]
    ['arrests']
    >>> s = "Police said 40 people were detained over the killing of a trader."
    >>> [e.cue for e in find_events(s) if held_for_taking_part(s, e)]
    []
    """
    if mention.cue != "arrests":
        return False
    start = mention.end - offset
    stop = re.compile(r"[.!?;]\s|\n").search(text, start)
    window = text[start : stop.start() if stop else min(len(text), start + 160)]
    return _TAKING_PART.search(window[:160]) is not None
