"""Air-defence reports: munitions shot down, with no harm where they fell.

Defence ministries report interceptions in bulk ("air defences destroyed 46 drones
overnight over Bryansk, Kursk and the Black Sea", "twelve rockets were intercepted over
the Galilee"). The places name the airspace, often whole regions or seas; nothing the
report tells happened on the ground there. Such a sentence codes no incident unless it
also tells of harm (deaths, wounds, damage, falling debris): then the strike itself is
the event, told by another cue.
"""

from __future__ import annotations

import re

from .events import EventMention

__all__ = ["interception"]

_INTERCEPT = re.compile(
    r"(?:shot|shoot|shooting|shoots)\s+down|downed|downing|intercept\w*|destroyed|"
    r"neutrali[sz]ed|repelled|repulsed",
    re.I,
)
_MUNITION = (
    r"(?:drones|UAVs|unmanned\s+aerial\s+vehicles|missiles|rockets|projectiles|"
    r"glide\s+bombs|Shaheds|loitering\s+munitions)"
)
"""Munitions in the plural: a bulk count is an air-defence tally; a single aircraft or
drone brought down ("rebels shot down an army helicopter") may be an event of its own."""
_PASSIVE_AFTER = re.compile(
    r"[^,;:.!?]{0,40}?\b(?:were|was|had\s+been|have\s+been)(?:\s+\w+ly)?\s+(?:"
    + _INTERCEPT.pattern
    + r")",
    re.I,
)
_MUNITION_END = re.compile(r"\b" + _MUNITION + r"$", re.I)
_VERB_BEFORE = re.compile(r"\b(?:" + _INTERCEPT.pattern + r")\b[^,;:.!?]{0,40}$", re.I)
_OBJECT_AFTER = re.compile(r"[^,;:.!?]{0,50}?\b" + _MUNITION + r"\b", re.I)
_SUBJECT_BEFORE = re.compile(
    r"\b" + _MUNITION + r"\b[^,;:.!?]{0,40}?\b(?:were|was|had\s+been|have\s+been|being)"
    r"(?:\s+\w+ly)?\s*$",
    re.I,
)
_HARM = re.compile(
    r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|damag\w*|debris|fragments|wreckage|"
    r"fell\s+on|hit|struck|set\s+(?:a\s+)?fire|blaze|casualt\w*|destroying)\b",
    re.I,
)


def interception(text: str, sentence_start: int, sentence_end: int, event: EventMention) -> bool:
    """True when *event* is munitions shot down, in a sentence telling no harm.

    Parameters
    ----------
    text : str
        The whole report.
    sentence_start, sentence_end : int
        The event's sentence, as offsets into *text*.
    event : EventMention
        An event cue of that sentence.

    Examples
    --------
    >>> from mapper.events import find_events
    >>> s = "The army said it shot down 30 drones over the Oryol and Tula regions."
    >>> [interception(s, 0, len(s), e) for e in find_events(s)]
    [True]
    >>> s = "A drone shot down over Tula fell on a house, wounding two people."
    >>> any(interception(s, 0, len(s), e) for e in find_events(s))
    False
    """
    cue = text[event.start : event.end]
    if _INTERCEPT.search(cue) is None:
        # "Eleven missiles were intercepted over Kyiv": the munition is told, not fired.
        # "Air defences destroyed six ballistic missiles": the munition's interceptor.
        munition = _MUNITION_END.search(cue) is not None and (
            _PASSIVE_AFTER.match(text, event.end, sentence_end) is not None
            or _VERB_BEFORE.search(text, max(sentence_start, event.start - 60), event.start)
            is not None
        )
        return munition and _harmless(text, sentence_start, sentence_end, event)
    munition = (
        _OBJECT_AFTER.match(text, event.end, sentence_end) is not None
        or _SUBJECT_BEFORE.search(text, max(sentence_start, event.start - 80), event.start)
        is not None
    )
    return munition and _harmless(text, sentence_start, sentence_end, event)


def _harmless(text: str, sentence_start: int, sentence_end: int, event: EventMention) -> bool:
    outside = text[sentence_start : event.start] + " " + text[event.end : sentence_end]
    return _HARM.search(outside) is None
