"""When a Strategic-development cue is no incident of its own.

ACLED codes a strategic development only for its own main-clause event with a real
agent. Two wordings name an arrest without one (air-defence tallies are
:mod:`mapper.intercepted`'s):

* :func:`adjectival_arrest`: "detained" used as an adjective ("his detained relatives",
  "the arrested men were freed"): a state of people, not an arrest told by the report;
* :func:`demonstration_arrests`: arrests told in the sentence after a riot or protest
  ("Sixteen officers were hurt and 37 people detained"): the demonstration's
  intervention, coded with the demonstration and not as arrests apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .incident import EventType

if TYPE_CHECKING:
    from .events import EventMention

__all__ = ["adjectival_arrest", "demonstration_arrests", "suspects_held"]

_DETERMINER_BEFORE = re.compile(
    r"\b(?:his|her|their|its|our|the|these|those|newly|recently)\s+$",
    re.I,
)
_NOUN_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+)?(?:relatives?|sons?|daughters?|brothers?|wives|husbands?|members?|"
    r"leaders?|men|women|people|persons|suspects?|activists?|journalists?|protesters|"
    r"fighters|commanders?|colleagues|comrades|family|families|kin|associates)\b",
    re.I,
)
_ARREST_PARTICIPLE = re.compile(r"(?:detain|arrest)ed", re.I)


def adjectival_arrest(text: str, start: int, end: int) -> bool:
    """True for "detained" or "arrested" used as an adjective before a noun for people.

    Parameters
    ----------
    text : str
        The text the cue was found in.
    start, end : int
        The cue's offsets in *text*.

    Returns
    -------
    bool
        True for "his detained relatives", "the arrested activists": people already
        held, named as the reason for a threat or a demand, not an arrest now.
    """
    if not _ARREST_PARTICIPLE.fullmatch(text, start, end):
        return False
    return bool(
        _DETERMINER_BEFORE.search(text, max(0, start - 12), start) and _NOUN_AFTER.match(text, end)
    )


_DEMONSTRATIONS = frozenset({EventType.RIOTS, EventType.PROTESTS})
_NEW_SCENE = re.compile(
    r"\b(?:separately|elsewhere|meanwhile|earlier|later\s+(?:on\s+)?(?:that|the)\s+(?:week|month)|"
    r"in\s+a\s+separate|in\s+another|last\s+(?:week|month|year))\b",
    re.I,
)
_OWN_DAY = re.compile(
    r"\b(?:on\s+(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2})|(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|night)|"
    r"the\s+day\s+after|days?\s+later|overnight)\b"
)
"""A day of the arrests' own: made on another day, they are coded apart from the riot."""
_SENTENCE_END = re.compile(r"[.!?]\s+|\n")
_CLAUSE_BREAK = re.compile(r"[;,]\s*")
_PLACE_AHEAD = re.compile(r"[^,;]{0,60}?\b(?:in|at)\s+(?-i:[A-Z])")
_STATE_OR_NONE = re.compile(
    r"\b(?:police|gendarmes?|gendarmerie|security\s+forces|authorities|officers|"
    r"(?:interior|home)\s+ministry|command)\b|\b(?:was|were|been|being)\s+(?:\w+\s+)?$|"
    r"\bnumber\s+of\s+$|\b\d+\s+(?:people|persons|protesters|demonstrators|rioters|"
    r"others|youths)\s+(?:were\s+)?$",
    re.I,
)


def _arrests_after(
    text: str,
    mention: EventMention,
    found: Sequence[EventMention],
    offset: int,
    kinds: frozenset[EventType],
    sentences: int,
) -> bool:
    """True for an arrests cue that follows an event of *kinds* within *sentences*
    sentence ends, with no word that opens a new scene between them."""
    strong = [m for m in found if not m.weak]
    if mention.cue != "arrests" or not strong or strong[-1].event_type not in kinds:
        return False
    gap = text[strong[-1].end - offset : mention.start - offset]
    ends = list(_SENTENCE_END.finditer(gap))
    # A scene word opens the arrests' own sentence ("Separately, police arrested ..."); in
    # the event's sentence it dates a cause ("after a boy died ... earlier this week").
    own = gap[ends[-1].end() :] if ends else gap
    return len(ends) <= sentences and len(gap) <= 400 and _NEW_SCENE.search(own) is None


def demonstration_arrests(
    text: str, mention: EventMention, found: Sequence[EventMention], offset: int
) -> bool:
    """True for arrests told in the sentence right after a riot or protest, by the
    police or with no agent, and with no word that opens a new scene.

    Parameters
    ----------
    text : str
        The text the cues were found in (the mentions' offsets less *offset*).
    mention : EventMention
        An arrests cue.
    found : sequence of EventMention
        The cues kept before it, in text order (weak ones are passed over).
    offset : int
        The offset of *text* in the document.

    Returns
    -------
    bool
        True for "Sixteen officers were hurt and 37 people detained" after a riot: ACLED
        codes such arrests as the demonstration's intervention, not as arrests apart.
    """
    start = mention.start - offset
    if not _arrests_after(text, mention, found, offset, _DEMONSTRATIONS, 1):
        return False
    breaks = list(_SENTENCE_END.finditer(text, 0, start))
    clause_start = breaks[-1].end() if breaks else 0
    riot_end = max(m.end for m in found if not m.weak) - offset
    same = riot_end > clause_start  # "Protesters stoned police on Sunday; 20 were detained"
    if same:
        commas = list(_CLAUSE_BREAK.finditer(text, riot_end, start))
        clause_start = commas[-1].end() if commas else riot_end
    clause = text[clause_start:start]
    if re.match(r"\s*In\s+[A-Z]", clause):
        return False  # "In Lagos, police arrested ...": a place of its own
    if _STATE_OR_NONE.search(clause) is None:
        return False
    after = _SENTENCE_END.search(text, mention.end - offset)
    rest = text[mention.end - offset : after.start() if after else len(text)]
    if same and _PLACE_AHEAD.match(rest):
        return False  # "... and police arrested 40 people in Zaria": a place of its own
    return _OWN_DAY.search(clause + rest) is None  # "arrested 14 people on Sunday morning"


_SUSPECTS = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|\d+)\s+)?suspects?\b(?!\s+(?:members|militants|"
    r"fighters|rebels|insurgents|jihadists|cadres))|\b(?:over|for|in\s+connection\s+with)\s+"
    r"the\s+(?:attack|assault|killings?|murders?|shooting|stabbing|beating|violence|lynching)\b",
    re.I,
)
"""Those held for the event just told: "one suspect had been detained", "arrested over
the killing"; not "suspected members of" an armed group, whose arrest is news of its own."""
_HARM = frozenset(
    {EventType.RIOTS, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLES, EventType.EXPLOSIONS}
)
_OWN_PLACE = re.compile(r"\b(?:in|at)\s+(?-i:[A-Z])")


def suspects_held(
    text: str, mention: EventMention, found: Sequence[EventMention], offset: int
) -> bool:
    """True for arrests of suspects in the violent event told just before.

    "A student was beaten by a group of men in Novi Sad ... Police said one suspect had
    been detained": ACLED codes the attack, not the routine arrest of its suspects. The
    arrest must follow the event within two sentences, name suspects or the event ("over
    the killing"), and have no day or place of its own.
    """
    start = mention.start - offset
    if not _arrests_after(text, mention, found, offset, _HARM, 2):
        return False
    breaks = list(_SENTENCE_END.finditer(text, 0, start))
    after = _SENTENCE_END.search(text, mention.end - offset)
    sentence = text[breaks[-1].end() if breaks else 0 : after.start() if after else len(text)]
    if not _SUSPECTS.search(sentence) or _OWN_PLACE.search(sentence):
        return False
    return _OWN_DAY.search(sentence) is None
