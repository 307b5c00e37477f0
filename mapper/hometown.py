"""The town an attack's victims are named as living in, when the attack names no place.

"Gunmen opened fire on residents of a village in Mangu local government area", "troops
shot at villagers of Kafr Nabl": the linker does not take "residents of X" as where an
event happened (the people of a town can be hit elsewhere), so with no other place in
the sentence such an event fell to the country. When the victims' town is the only
scene the clause offers, ACLED codes the attack there: that is where it found them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .events import EventMention
from .incident import Span
from .linking import background
from .toponym import Precision, Toponym

__all__ = ["victims_home"]

_HOME = re.compile(
    r"\b(?:residents|villagers|inhabitants|people|families|farmers|worshipp?ers)\s+of\s+"
    # "residents of a village in X", "people of the farming community of X"
    r"(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:village|town|community|settlement|hamlet)"
    r"\s+(?:in|of|near)\s+)?(?:the\s+)?$",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;:!?()\u2014\u2013]")


def victims_home(
    text: str, event: EventMention, sentence: Span, places: Sequence[Toponym]
) -> Toponym | None:
    """The town the event's victims are said to live in, right after the event word.

    Parameters
    ----------
    text : str
        The document.
    event : EventMention
        An event no place of its sentence is linked to.
    sentence : Span
        Its sentence.
    places : sequence of Toponym
        The sentence's resolved places.

    Returns
    -------
    Toponym or None
        The town (or a place near or part of one) in "residents of X" after the event
        word, in its clause; None when there is none, or when the sentence names another
        town, which then may well be the scene.
    """
    towns = [
        p
        for p in places
        if sentence.start <= p.start
        and p.end <= sentence.end
        and p.candidate is not None
        and p.precision < Precision.REGION
        and not background(text, sentence.start, p)
    ]
    if len({p.candidate.place.id for p in towns if p.candidate is not None}) != 1:
        return None
    town = towns[0]
    gap = text[event.end : town.start]
    if town.text.endswith(town.name):  # "near Bama": the toponym holds the locative word
        gap += town.text[: len(town.text) - len(town.name)]
    if town.start < event.end or _CLAUSE_END.search(gap) or _HOME.search(gap) is None:
        return None
    return town
