"""The place of an event told in a participle clause after the scene is set.

"Troops foiled an infiltration bid in the Machil sector of Kupwara district, killing two
militants in an exchange of fire": the clause after the comma ("killing ...",
"leaving ...") carries the event, the main clause before it carries the place, even when
its own verb ("foiled", "intercepted", "repulsed") is no event word. The event is coded
at the finest scene of the main clause, or at a place the gazetteer lacks that the main
clause names inside it (its name at that place's point).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import ActorMention
from .events import EventMention
from .incident import Span
from .linking import background
from .standins import holder_of, name_between, named_inside
from .toponym import Precision, Toponym

__all__ = ["main_clause_place"]

_PARTICIPLE = re.compile(
    r",\s+(?:killing|wounding|injuring|leaving|kill|sparking|triggering|prompting)\b[^,;:.]*$",
    re.I,
)
"""A participle clause running from its comma up to the event word."""


def main_clause_place(
    text: str,
    event: EventMention,
    sentence: Span,
    places: Sequence[Toponym],
    taken: Sequence[ActorMention | Toponym],
) -> Toponym | None:
    """The scene of the main clause an event's participle clause hangs on, or None.

    Parameters
    ----------
    text : str
        The document.
    event : EventMention
        An event no place of its sentence is linked to.
    sentence : Span
        Its sentence.
    places : sequence of Toponym
        The sentence's resolved places (actors' names left out).
    taken : sequence of ActorMention or Toponym
        Spans that are no unresolved place names (actors, resolved places).

    Returns
    -------
    Toponym or None
        The finest place of the main clause (the first of equals) that is not in a
        political frame, or the name the main clause gives inside it; None when the event
        is not in a participle clause or the main clause names no place.
    """
    m = _PARTICIPLE.search(text, sentence.start, event.start)
    if m is None:
        return None
    scenes = [
        p
        for p in places
        if sentence.start <= p.start
        and p.end <= m.start()
        and p.candidate is not None
        and p.precision < Precision.COUNTRY
        and not background(text, sentence.start, p)
    ]
    if not scenes:
        return None
    place = min(scenes, key=lambda p: p.precision)
    name = name_between(text, sentence.start, sentence.start, place.start, taken)
    if name is not None and holder_of(text, name, places) is place:
        return named_inside(name, place)
    return place
