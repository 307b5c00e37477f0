"""One event told by two cues, where the second cue says what the first one was.

ACLED codes an event once, by what it amounted to. Three pairs of cues in one sentence
are one event whose type the *second* cue decides, while the first keeps the place:

* a killing told as happening when a crowd demonstrated ("two people were shot dead in
  Kitengela after protesters pelted police with stones") is that demonstration, met with
  force: *Riots* when the crowd was violent, else *Protests / Excessive force against
  protesters*;
* a raid or assault through which armed men took a town ("stormed the town, seizing
  control of it") is the takeover (*Battles*, territory changing hands);
* a raid whose only told harm is looting or arson, in a sentence that says nobody was
  hurt ("raided the village, looting shops; no casualties were reported"), is
  *Strategic developments / Looting/property destruction*; so is a raid told with its
  looting or burning when the very next sentence says nobody was hurt
  (:func:`unhurt_later`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .cues import LOOT, OVERTAKE, REGAIN
from .incident import EventType

if TYPE_CHECKING:
    from .events import EventMention

__all__ = [
    "killed_after_demonstration",
    "killed_at_demonstration",
    "looting_raid",
    "raid_took_ground",
    "unhurt_later",
]

E = EventType
_BREAK = re.compile(r"[;!?\n]|\.\s+[A-Z]")
_KILLINGS = frozenset({"assassination", "attack"})
_DURING = re.compile(r"\b(?:after|as|when|while|during|amid)\s", re.I)
_PLACE_AFTER = re.compile(r"\b(?:in|at)\s+(?-i:[A-Z])")
_ARMED_KILLERS = re.compile(
    r"\b(?:gunmen|militants|insurgents|jihadists|bandits|rebels|fighters|attackers|"
    r"assailants)\b",
    re.I,
)
EXCESSIVE_FORCE = (E.PROTESTS, "Excessive force against protesters")


def _sentence_gap(text: str, last: EventMention, mention: EventMention, offset: int) -> str | None:
    """The text between two cues, or None when a sentence break lies between them."""
    gap = text[last.end - offset : mention.start - offset]
    return None if _BREAK.search(gap) else gap


def killed_at_demonstration(
    text: str, mention: EventMention, found: list[EventMention], offset: int
) -> EventMention | None:
    """The killing just before demonstration *mention*, recoded as the demonstration.

    "At least two people were shot dead in Kitengela after protesters blocked the highway
    and pelted police with stones": the deaths are the riot's, not an attack of their
    own. The demonstration must follow "after", "as", "when", "during" or "amid" in the
    same sentence, with no place of its own ("... as protesters marched in Abuja" is
    elsewhere) and no armed killers named.

    Returns
    -------
    EventMention or None
        The killing's span typed as the riot, or as the protest met with excessive force.
    """
    if not found or mention.event_type not in {E.RIOTS, E.PROTESTS}:
        return None
    last = found[-1]
    if last.weak or last.cue not in _KILLINGS:
        return None  # a bare "killed" yields to the demonstration cue anyway
    gap = _sentence_gap(text, last, mention, offset)
    if gap is None or len(gap) > 160:
        return None
    links = [m.end() for m in _DURING.finditer(gap)]
    if not links or _PLACE_AFTER.search(gap, links[-1]):
        return None
    opening = _BREAK.split(text[: last.start - offset])[-1]
    if _ARMED_KILLERS.search(opening + gap):
        return None  # "gunmen shot dead a trader as protesters gathered": an attack
    kind, sub = (
        (E.RIOTS, mention.sub_event_type) if mention.event_type is E.RIOTS else EXCESSIVE_FORCE
    )
    return replace(last, event_type=kind, sub_event_type=sub, cue=mention.cue, weak=False)


_CLAUSE_STOP = re.compile(r"[.!?\n]|\b(?:but|while|whereas|meanwhile|elsewhere|separately)\b", re.I)
_CAUSE_GAP = re.compile(
    r"\b(?:after|over|following|because|against|since|when|before|demanding|protesting|"
    r"condemn\w*|denounc\w*|mourn\w*)\b",
    re.I,
)
"""A demonstration *about* a killing ("protested over the shooting of"), not one in
which people died."""


def killed_after_demonstration(
    text: str, mention: EventMention, found: list[EventMention], offset: int
) -> EventMention | None:
    """The demonstration just before killing *mention*, when the killing is its outcome.

    "Protesters clashed with police in Eldoret and two were shot dead", "students rioted
    in Kumasi; one was shot dead by police": the deaths, told right after the
    demonstration in the same sentence with no place of their own and no armed killers
    named, are the demonstration's, not an attack apart (the mirror of
    :func:`killed_at_demonstration`). A peaceful protest in which people are shot
    becomes *Excessive force against protesters*.

    Returns
    -------
    EventMention or None
        The demonstration, retyped where people were killed at a peaceful one.
    """
    if not found or mention.cue != "assassination" or mention.weak:
        return None
    last = found[-1]
    if last.weak or last.event_type not in {E.RIOTS, E.PROTESTS}:
        return None
    gap = text[last.end - offset : mention.start - offset]
    if len(gap) > 120 or _CLAUSE_STOP.search(gap) or _CAUSE_GAP.search(gap):
        return None
    stop = _CLAUSE_STOP.search(text, mention.end - offset)
    rest = text[mention.end - offset : stop.start() if stop else len(text)]
    if _PLACE_AFTER.search(rest) or _ARMED_KILLERS.search(gap + rest):
        return None  # "... and gunmen shot dead two traders in Kano": an attack of its own
    if last.event_type is E.PROTESTS:
        return replace(last, event_type=EXCESSIVE_FORCE[0], sub_event_type=EXCESSIVE_FORCE[1])
    return last


_TAKEN_BY = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:then\s+)?\w+ing\s+$|\s+and\s+(?:\w+ed|took)\s+$", re.I
)
_GROUND = frozenset({OVERTAKE[1], REGAIN[1]})


def raid_took_ground(
    text: str, mention: EventMention, found: list[EventMention], offset: int
) -> EventMention | None:
    """The raid just before takeover *mention*, recoded as the takeover.

    "Gang members stormed the town of X on Monday, seizing control of much of it": the
    storming is how the town was taken, and ACLED codes one battle over territory.
    """
    if not found or mention.sub_event_type not in _GROUND:
        return None
    last = found[-1]
    if last.cue not in {"raid", "attack"}:
        return None
    gap = _sentence_gap(text, last, mention, offset)
    if gap is None or len(gap) > 120:
        return None
    verb = mention.text.split()[0] + " "  # "..., regaining control": the verb is the cue's
    if not (_TAKEN_BY.search(gap) or _TAKEN_BY.search(gap + verb)):
        return None
    return replace(
        last,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        cue=mention.cue,
        weak=False,
    )


_FIGHTING = re.compile(
    r"\b(?:clash(?:es|ed|ing)?|fought|fighting|gunfights?|firefights?|battl(?:e|es|ed|ing)|"
    r"exchang(?:e|es|ed|ing)\s+(?:of\s+)?fire|repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|"
    r"resist(?:ed|ing|ance)|defenders|engag(?:ed|ing))\b",
    re.I,
)
"""Words that tell of two armed sides fighting: a raid told with them is a battle."""


def _unfought_raid(mention: EventMention, rest: str) -> bool:
    """True when *mention* is a raid, on civilians or on a town ("insurgents raided the
    district town"), and *rest* of its sentence tells of no fighting: nobody resisted,
    so a raid whose only harm is property is no battle."""
    if mention.cue != "raid":
        return False
    if mention.event_type is E.VIOLENCE_AGAINST_CIVILIANS:
        return True
    return mention.event_type is E.BATTLES and _FIGHTING.search(rest) is None


_FULL_STOP = re.compile(r"[!?\n]|\.(?:\s+[A-Z]|$)")
_UNHURT = re.compile(
    r"\b(?:no\s+(?:casualties|injuries|deaths|one\s+was\s+(?:hurt|injured|killed|harmed))|"
    r"nobody\s+was\s+(?:hurt|injured|killed|harmed)|without\s+(?:casualties|injuries|"
    r"harming\s+anyone)|no\s+(?:one|people)\s+(?:were|was)\s+(?:hurt|injured|killed))\b",
    re.I,
)


def looting_raid(
    text: str, mention: EventMention, found: list[EventMention], offset: int
) -> EventMention | None:
    """The raid just before looting *mention*, recoded as looting, when no one was hurt.

    "Insurgents raided the village at dawn, looting shops and burning the clinic; no
    casualties were reported": ACLED codes property destruction with no victims as
    *Looting/property destruction*, not as an attack on civilians.
    """
    if not found or mention.cue != "looting":
        return None
    last = found[-1]
    if not _unfought_raid(last, text[last.end - offset : mention.start - offset]):
        return None
    gap = _sentence_gap(text, last, mention, offset)
    if gap is None or len(gap) > 160:
        return None
    close = _FULL_STOP.search(text, mention.end - offset)
    tail = text[mention.end - offset : close.start() if close else len(text)]
    if _UNHURT.search(tail) is None:  # "...; no casualties were reported" counts
        return None
    return replace(last, event_type=LOOT[0], sub_event_type=LOOT[1], cue="looting", weak=False)


_PLUNDER = re.compile(
    r"\b(?:loot(?:s|ed|ing)?|plunder(?:s|ed|ing)?|pillag(?:e|es|ed|ing)|ransack(?:s|ed|ing)?|"
    r"torch(?:es|ed|ing)|burn(?:s|ed|t|ing)|(?:set|sets|setting)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:ablaze|alight|on\s+fire)|set(?:s|ting)?\s+fire\s+to|st(?:ole|eal|ealing|olen)|"
    r"(?:making|made|make|makes|ran|running)\s+off\s+with|carr(?:ied|ying)\s+off\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:cattle|livestock|goats|sheep|camels|goods|grain|food))\b",
    re.I,
)
"""Property taken or burnt by the raiders."""
_HARMED = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:ed|ing|ies)|dead|death|shot|hurt|"
    r"abduct(?:s|ed|ing)?|kidnapp?(?:ed|ing)|rap(?:ed|ing)|beat(?:en|ing)?)\b",
    re.I,
)
_NEXT_SENTENCE = re.compile(r"\s*(?P<s>[^.!?\n]*[.!?]?)")


_LOOKAHEAD = 2
"""Sentences read after a raid for "nobody was hurt": a headline's raid is often told
unhurt two sentences on, after the lead restates it."""


def _unhurt_ahead(text: str, at: int) -> bool:
    """True when one of the next :data:`_LOOKAHEAD` sentences from *at* says nobody was
    hurt, and none before it tells of anyone killed, wounded or taken."""
    for _ in range(_LOOKAHEAD):
        after = _NEXT_SENTENCE.match(text, at)
        if after is None or not after.group("s"):
            return False
        if _UNHURT.search(after.group("s")):
            return True
        if _HARMED.search(after.group("s")):
            return False
        at = after.end()
    return False


def unhurt_later(mention: EventMention, text: str, sentence_end: int) -> EventMention:
    """*mention*, a raid on civilians told with looting or burning and no harm to anyone,
    recoded as looting when one of the next two sentences says nobody was hurt
    (:func:`_unhurt_ahead`).

    "Fighters raided hamlets near Mora overnight, driving off cattle and setting huts on
    fire. Nobody was hurt, as residents had fled": ACLED codes property taken or
    destroyed with no victims as *Strategic developments / Looting/property destruction*,
    the same rule as :func:`looting_raid` told over two sentences.

    Parameters
    ----------
    mention : EventMention
        A cue of the sentence ending at *sentence_end* (document offsets).
    text : str
        The whole document.
    sentence_end : int
        Where the cue's sentence ends in *text*.

    Returns
    -------
    EventMention
        *mention*, recoded or as it was.
    """
    rest = text[mention.end : sentence_end]
    if not _unfought_raid(mention, rest):
        return mention
    if _PLUNDER.search(rest) is None or _HARMED.search(rest) is not None:
        return mention
    if not _unhurt_ahead(text, sentence_end):
        return mention
    return replace(mention, event_type=LOOT[0], sub_event_type=LOOT[1], cue="looting")
