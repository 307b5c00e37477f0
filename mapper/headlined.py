"""The headline's place holds the body's village that the gazetteer lacks.

A headline gives an event's place coarsely ("Junta jets bomb monastery in Sagaing"); the
body then names the village or township ("bombed a monastery in Wetlet Township") and
often says nothing more of where it lies. When the body's event names a place the
gazetteer lacks, with no holder in its own sentence, and the headline coded events of
the same kind at one place in the same country, that place holds the village: the
village is coded at its point ("near or part of") with its admin1 and country, not at
the country's centre.

Only a place the headline coded an incident at counts: a headline place in a political
frame, or several headline places (the village could lie in any), give no holder.
"""

from __future__ import annotations

from collections.abc import Sequence

from .events import EventMention
from .incident import Incident
from .toponym import Toponym

__all__ = ["headline_holder"]


def headline_holder(
    text: str,
    event: EventMention,
    toponyms: Sequence[Toponym],
    out: Sequence[Incident],
    country: str | None,
) -> Toponym | None:
    """The headline's place of events of *event*'s kind in *country*, or None.

    Parameters
    ----------
    text : str
        The document; its first line is the headline.
    event : EventMention
        A body event naming a place the gazetteer lacks, with no holder in its sentence.
    toponyms : sequence of Toponym
        The document's toponyms, in text order.
    out : sequence of Incident
        The incidents coded so far from the document.
    country : str or None
        The country in focus (ISO code).

    Returns
    -------
    Toponym or None
        The headline's toponym when the headline coded incidents of this kind at exactly
        one place, in *country*; None otherwise.
    """
    head_end = text.find("\n", len(text) - len(text.lstrip()))
    if head_end < 0 or event.start <= head_end or country is None:
        return None
    ids = {
        o.place_id for o in out if o.evidence.end <= head_end and o.event_type is event.event_type
    }
    if len(ids) != 1 or None in ids:
        return None
    for t in toponyms:
        if t.end > head_end:
            break
        place = t.candidate.place if t.candidate is not None else None
        if place is not None and place.id in ids and place.country_code == country:
            return t
    return None
