"""The state force whose operation an unattributed violent event happened in.

"Five people were killed during a police operation in the favela", "two men died in an
army raid on the village": the report names no shooter, but the operation is the
state's, and ACLED codes the force that ran it as the first actor, whoever fired first.
Only fills a gap: an attacker the sentence names ("gunmen ambushed soldiers during a
sweep") stays the attacker.
"""

from __future__ import annotations

import re

from .actors import Actor, ActorLexicon, ActorMention
from .events import EventMention
from .incident import Span

__all__ = ["operation_owner", "operation_sides"]

_OPERATION = re.compile(
    r"\b(?:during|in|amid|in\s+the\s+course\s+of)\s+(?:(?:an?|the|a\s+joint)\s+)?"
    r"(?P<owner>(?:[A-Z][\w-]*\s+){0,2}(?:police|army|military|security|counter-?terrorism|"
    r"counter-?insurgency|anti-gang|anti-narcotics|special\s+forces)(?:\s+and\s+"
    r"(?:police|army|military))?)\s+(?:[\w-]+\s+)?(?:operation|raid|offensive|sweep|"
    r"crackdown|incursion)s?\b",
)
_POLICE = re.compile(r"\b(?:police|anti-gang|anti-narcotics)\b", re.I)


def operation_owner(
    text: str, sentence: Span, event: EventMention, lexicon: ActorLexicon
) -> ActorMention | None:
    """The state force running the operation the event's sentence places it in, or None.

    Parameters
    ----------
    text : str
        The report.
    sentence : Span
        The event's sentence.
    event : EventMention
        The event, whose sentence names no perpetrator.
    lexicon : ActorLexicon
        Names the owner's country when the text gives it ("a Brazilian police raid").

    Returns
    -------
    ActorMention or None
        The police (for police, anti-gang and anti-narcotics operations) or military
        forces, with a country when the words before the noun name one.
    """
    m = _OPERATION.search(text, sentence.start, sentence.end)
    if m is None:
        return None
    start, end = m.span("owner")
    named = [f for f in lexicon.find(text[start:end], offset=start) if f.actor.kind == "state"]
    if named:
        return named[0]
    police = _POLICE.search(m["owner"]) and not re.search(r"army|military", m["owner"], re.I)
    actor = Actor("Police Forces" if police else "Military Forces", "state", None)
    return ActorMention(start, end, text[start:end], actor)


def operation_sides(
    text: str,
    sentence: Span,
    event: EventMention,
    lexicon: ActorLexicon,
    target: ActorMention | None,
) -> tuple[ActorMention | None, ActorMention | None]:
    """The perpetrator and target of an unattributed event in a state's operation.

    The operation's owner is the perpetrator; when the only side the sentence names is
    state forces hit during it ("officers came under fire during the raid"), those are
    the owner's own men, and the side they met is the unnamed one: no target is named.
    Returns ``(None, target)`` when the sentence places the event in no operation.
    """
    owner = operation_owner(text, sentence, event, lexicon)
    if owner is None:
        return None, target
    if target is not None and target.actor.kind == "state":
        return owner, None
    return owner, target
