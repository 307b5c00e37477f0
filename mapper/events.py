"""Event mentions: the words that say something happened, coded in ACLED's taxonomy.

:func:`find_events` finds the cues of :mod:`mapper.cues` in a text and keeps those that
report an event:

* cues after "threatened to", "vowed to", "would", "called on ... to" and the like are
  hypothetical, and cues followed by "are planned" or "were expected" are plans;
* negated cues are dropped ("did not strike", "no airstrikes");
* background (:mod:`mapper.aspect`) is dropped: running states ("have been fighting
  since 2018"), habits, summaries ("nationwide"), trials, remembrance, cessation and
  denials;
* one event worded twice is one mention: a weapon and its verb ("artillery shelled"),
  a strike verb and the weapon after "with" ("pounded Kharkiv with glide bombs"),
  coordinated weapons ("warplanes and artillery pounded"), arson or stoning as a
  participle of an attack ("stormed the camp, setting trucks ablaze"), raids that made
  arrests ("detained 15 in overnight raids"), looting coordinated with a riot, and force
  used on protesters ("shot dead four protesters": the protest, with excessive force);
* the type of each mention is refined by its context (:mod:`mapper.eventtype`).

Breaches and violations of a truce or ceasefire are armed clashes the report does not
detail (a weak cue, and only with a truce word in the sentence). "Killed", "died" and
"dead" alone are *weak* cues: they make an event only when the sentence has no other
cue (a sentence such as "the airstrike killed four" is one event, the airstrike).

>>> [(e.text, e.sub_event_type) for e in find_events("Warplanes struck Idlib.")]
[('Warplanes struck', 'Air/drone strike')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .aspect import background_frame
from .cues import CLASH, CUES, IED, PATTERN, SUICIDE
from .eventtype import (
    CIVILIAN_PEOPLE,
    PROTEST_PEOPLE,
    intervention,
    refine,
    sentence_window,
)
from .incident import EventType
from .strategic import adjectival_arrest, demonstration_arrests, suspects_held
from .subsumed import (
    killed_after_demonstration,
    killed_at_demonstration,
    looting_raid,
    raid_took_ground,
)
from .textfold import on_folded

__all__ = ["CIVILIAN_PEOPLE", "EventMention", "damage_within_attack", "find_events", "intervention"]

E = EventType

_HYPOTHETICAL = re.compile(
    r"\b(?:threat(?:en(?:ed|s)?)?|vow(?:ed|s)?|warn(?:ed|s)?|pledged|plan(?:s|ned)?|"
    r"if|unless|fears?\s+of|risk\s+of|prevent(?:ed)?|"
    r"call(?:ed|s|ing)?\s+(?:for|on)|den(?:y|ied|ies)|promis(?:ed|es|ing)\s+to|"
    r"prepar(?:ed|es|ing)\s+(?:for|to|an?|the|their|its|fresh|new)|planning|plott(?:ed|ing)|ready\s+to|authori[sz](?:ed|es)|should|"
    r"ultimatum|anyone\s+(?:who|that)|whoever)\b"
    r"(?![^.;,:]*\b(?:after|when|as|because|since|following|while)\b)[^.;,:]*$|"
    r"\b(?:would|could|might|may|will)\s+(?!(?:[\w-]+\s+){0,6}?(?:after|when|as|because|"
    r"since|following|while|but)\b)(?:[\w-]+\s+){0,6}$",
    re.I,
)
"""Threats, plans, calls and conditions before the cue in its clause ("threatened to
strike", "called on supporters to rally"), or a modal governing it ("would attack");
a new clause in between ("the toll may rise after gunmen stormed ...") ends them."""
_GRIEVANCE = re.compile(
    r"\b(?:denounc\w*|condemn\w*|(?:protest\w*|demonstrat\w*|rall\w*|march\w*)\s+"
    r"(?:against|over|at)|protest(?:ing|ed|s)?|justice\s+for|release\s+of|angered\s+by|outrage\s+(?:at|over))\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
"""What protesters or officials condemn ("protested against the arrest of their
leader", "condemned the attack on"): an earlier event, the reason, not a new one."""
_REASON = re.compile(
    r"\b(?:over|against|after|following)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def _protest_reason(text: str, start: int, found: list[EventMention], offset: int) -> bool:
    """True for an event named as the reason for a protest or riot before it in the
    sentence ("rioted over the killing of a teenager", "marched against the arrests")."""
    if not found or found[-1].event_type not in {E.PROTESTS, E.RIOTS}:
        return False
    if _SENTENCE_BREAK.search(text, found[-1].end - offset, start):
        return False
    return _REASON.search(text, max(0, start - 50), start) is not None


_SCENE = re.compile(
    r"\b(?:at|on|into|targeting)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:crowd|gathering)\s+(?:of|at)\s+(?:(?:a|an|the)\s+)?)?(?:[\w'’-]+\s+)?$",
    re.I,
)


def _protest_as_scene(text: str, start: int, found: list[EventMention], offset: int) -> bool:
    """True for a protest named as the scene or target of the attack before it in the
    sentence ("a man threw a grenade into a crowd at a rally", "gunmen opened fire on a
    march"): ACLED codes the attack; the protest is where it struck."""
    if not found or found[-1].weak or found[-1].event_type not in _ARMED_TYPES:
        return False
    gap = text[found[-1].end - offset : start]
    return len(gap) <= 80 and _SCENE.search(gap) is not None and "." not in gap


_ARMED_TYPES = frozenset({E.EXPLOSIONS, E.VIOLENCE_AGAINST_CIVILIANS, E.BATTLES})
_NOT_STREET = re.compile(
    r"(?:\b(?:diplomatic|formal|official|strong)\s+|\blodged\s+(?:an?\s+)?(?:\w+\s+)?|"
    r"\b(?:resign(?:ed|s)?|quit|walked\s+out|boycott(?:ed|s)?|recalled\s+(?:\w+\s+){1,3})"
    r"\s+(?:[\w-]+\s+){0,3}?in\s+|\b(?:ministry|government|embassy|ambassador|envoy|"
    r"foreign\s+minister)\s+(?:[\w-]+\s+){0,2}?)$",
    re.I,
)
"""A protest that is no street protest: a diplomatic note, a resignation in protest, a
government protesting."""
_PLANNED = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:are|is|were|was|will\s+be|have\s+been|had\s+been)\s+"
    r"(?:being\s+)?(?:planned|expected|scheduled|called|announced|feared|threatened|"
    r"proposed|likely)\b",
    re.I,
)
"""A cue followed by its plan ("protests are planned for Friday", "strikes were feared")."""
# "did not strike", "hadn't fired", "no airstrikes", "never shelled": at most one word
# between the negation and the cue ("did not stop the shelling" negates "stop").
_NEGATED = re.compile(r"(?:\b(?:not|never|no)|n['’]t)\s+(?:\w+\s+)?$", re.I)
_NO_ONE = re.compile(
    r"\b(?:no\s+one|nobody|none(?:\s+of\s+(?:them|the\s+\w+))?)\s+(?:(?:has|have|had|was|were|"
    r"is|are|been|being|yet|so\s+far|reportedly|immediately)\s+){0,4}$|\byet\s+to\s+(?:be\s+)?$",
    re.I,
)
"""A cue whose subject is "no one" or which is "yet to" happen ("no one had been arrested
yet", "nobody was hurt", "police have yet to arrest"): nothing was done."""
_ATTEMPTED = re.compile(
    r"\b(?:tr(?:y|ied|ies|ying)|attempt(?:ed|s|ing)?|sought|seeking|fail(?:ed|s|ing))\s+to\s+$",
    re.I,
)
"""An attempt only: a place someone "tried to enter" or "failed to take" did not change
hands; the attempt is coded as a weak clash (the fight over the place)."""
_TRUCE = re.compile(r"\b(?:truces?|ceasefires?|cease-fires?|de-escalation|armistice)\b", re.I)


@dataclass(frozen=True, slots=True)
class EventMention:
    """Words in a text that report an event.

    Attributes
    ----------
    start, end : int
        Character offsets of the cue in the text given to :func:`find_events` (plus its
        ``offset``).
    text : str
        The cue as written ("air strike", "warplanes struck", "clashed").
    event_type : EventType
        One of ACLED's six types.
    sub_event_type : str
        ACLED's sub-event type, refined by the words around the cue.
    cue : str
        The cue's family ("airstrike", "clash", "killed", ...).
    weak : bool
        True for cues that only say people died or were attacked ("killed", "attack");
        they stand for an event only when nothing more specific is in the sentence.
    """

    start: int
    end: int
    text: str
    event_type: EventType
    sub_event_type: str
    cue: str
    weak: bool = False


_PARTICIPIAL_CLAUSE = re.compile(r",\s+(?:and\s+)?\w+ing\b[^,;]*$", re.I)
_SENTENCE_BREAK = re.compile(r"[;!?\n]|\.\s+[A-Z]")
_PARTICIPLE = re.compile(r"\w+ing\b", re.I)
_VIOLENT_TYPES = frozenset({E.BATTLES, E.EXPLOSIONS, E.VIOLENCE_AGAINST_CIVILIANS, E.RIOTS})


_HOW_TAKEN = re.compile(r"\b(?:after|following|amid)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_COORDINATED = re.compile(
    r"^(?:\s+(?!(?:and\s+)?(?:then|later|afterwards|meanwhile|separately|elsewhere)\b)"
    r"[\w'’-]+){0,8}?(?:,?\s+and|,)\s+(?:(?:also|then)\s+)?$",
    re.I,
)
"""A second verb joined to the first with "and" or a comma, sharing its subject ("killed
four fishermen and burned dozens of huts", "beat two men and set fire to a tent")."""
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:(?:also|later|then|reportedly|partly|completely)\s+)?$",
    re.I,
)
_BY_AGENT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?by\s", re.I)
_ARSON_OWN_PLACE = re.compile(r"[^.;]{0,40}?\b(?:in|at)\s+(?-i:[A-Z])")


def damage_within_attack(text: str, mention: EventMention, before: Sequence[EventMention]) -> bool:
    """True when *mention* is property damage that belongs to the violent event among
    *before* (the cues of the sentence just before it), as in "... killing 11 soldiers.
    Several fuel trucks were torched, a source said."

    Parameters
    ----------
    text : str
        The whole text; the offsets of *mention* and *before* point into it.
    mention : EventMention
        A cue of the current sentence.
    before : sequence of EventMention
        The cues of the sentence before, in text order.

    Returns
    -------
    bool
        True for damage told in the passive with no agent and no place of its own.
    """
    violent = [e for e in before if e.event_type in _VIOLENT_TYPES and e.end <= mention.start]
    if not violent:
        return False
    last = violent[-1]
    gap = text[last.end : mention.start]
    if _agentless_damage(text, mention, last, gap, 0):
        return True
    return (
        mention.sub_event_type in _TAKEN_IN_ATTACK
        and last.cue not in {"seized", "recaptured"}
        and len(gap) <= 320
        and _same_attackers(text, gap, mention.start)
    )


def _agentless_damage(
    text: str, mention: EventMention, last: EventMention, gap: str, offset: int
) -> bool:
    """True for property damage told in the passive, with no agent and no place of its
    own, just after a violent event ("... killing 11 soldiers. Several fuel trucks were
    torched."; "Dozens of homes were set ablaze, he said."): the damage done in that
    attack, which ACLED codes once, as the attack. An arson with its own agent ("were
    torched by rioters") or place ("were burned in Solino") may be an event of its own,
    and so is looting after a town is taken ("shops were ransacked" once it fell).
    """
    if mention.cue != "looting" or last.event_type not in _VIOLENT_TYPES:
        return False
    if last.cue in {"seized", "recaptured"}:
        return False  # looting by a town's new holders is coded apart from its capture
    if len(gap) > 320 or len(_SENTENCE_BREAK.findall(gap)) > 1:
        return False
    start, end = mention.start - offset, mention.end - offset
    if not _PASSIVE_BEFORE.search(text, max(0, start - 40), start) and not _same_attackers(
        text, gap, start
    ):
        return False
    return not (_BY_AGENT.match(text, end) or _ARSON_OWN_PLACE.match(text, end))


_ATTACKERS_AGAIN = re.compile(
    r"\s*(?:The|These|Those)\s+(?:assailants|attackers|gunmen|raiders|militants|insurgents|"
    r"jihadists|bandits|fighters)\b|\s*They\s",
)
"""A sentence whose subject points back to the attackers just told of ("The assailants
made off with weapons before setting fire to the building")."""


def _same_attackers(text: str, gap: str, start: int) -> bool:
    """True when the sentence of the damage cue at *start* opens with the attackers of the
    sentence before (*gap* runs from that attack to the cue): their arson is the attack's."""
    breaks = list(_SENTENCE_BREAK.finditer(gap))
    if len(breaks) != 1:
        return False
    opening = start - len(gap) + breaks[0].start() + 1
    if _ATTACKERS_AGAIN.match(text, opening) is None:
        return False
    close = _SENTENCE_BREAK.search(text, start)
    sentence = text[opening : close.start() if close else len(text)]
    return _OWN_TIME_OR_PLACE.search(sentence) is None


_OWN_TIME_OR_PLACE = re.compile(
    r"\b(?:next|following|later|earlier|days?\s+after|(?i:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day)\b|\b(?:in|at|near|of|outside)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?[A-Z]"
)
"""A day or a named place of the damage's own: then it is an event apart."""


_BLASTS = frozenset({SUICIDE[1], IED[1]})
_THEN = re.compile(r"(?:,\s*|\s)(?:and\s+)?(?:[\w'’-]+\s+){0,3}?then\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_PLACE_OF_ITS_OWN = re.compile(r"[^.;!?\n]{0,60}?\b(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z])")


def _assault_after_blast(
    text: str, mention: EventMention, last: EventMention, gap: str, offset: int
) -> bool:
    """True for an assault that follows a bombing as its next step, in one sentence with
    "then" ("a suicide bomber rammed the gate, and gunmen then tried to storm the
    compound"): ACLED codes such a complex attack once, by its bombing. An assault
    with a place of its own is an event apart."""
    if last.sub_event_type not in _BLASTS or _THEN.search(gap) is None:
        return False
    return _PLACE_OF_ITS_OWN.match(text, mention.end - offset) is None


def _part_of_previous(
    text: str, mention: EventMention, found: list[EventMention], offset: int
) -> bool:
    """True for a cue that tells how the event just before it in the sentence was done.

    "Gunmen attacked the airport, setting a plane ablaze", "settlers rampaged through
    the village, hurling stones": the arson or stoning is part of the attack (a
    participle after a violent event). "Troops detained 15 people in overnight
    raids": the raids are how the arrests were made. Arrests after a protest in the
    same sentence are its intervention. ACLED codes the main event once.
    """
    if not found:
        return False
    last = found[-1]
    gap = text[last.end - offset : mention.start - offset]
    if _agentless_damage(text, mention, last, gap, offset):
        return True  # "... killing 11 soldiers. Several fuel trucks were torched."
    if len(gap) > 160 or _SENTENCE_BREAK.search(gap):
        return False
    if mention.cue in {"looting", "riot"} and last.event_type in _VIOLENT_TYPES:
        if mention.cue == "looting" and _COORDINATED.search(gap):
            return True  # "killed four fishermen and burned dozens of huts"
        return _PARTICIPLE.match(mention.text) is not None and bool(
            _PARTICIPIAL_CLAUSE.search(gap + mention.text)
        )
    if mention.cue in {"raid", "attack"} and _assault_after_blast(text, mention, last, gap, offset):
        return True  # "a suicide bomber hit the gate, and gunmen then stormed the post"
    if mention.cue == "raid" and last.cue == "arrests":
        return bool(re.search(r"\b(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$", gap))
    if mention.cue == "seized" and last.cue in {"seized", "recaptured"}:
        return True  # "seized the town after overrunning its last base": one takeover
    if mention.cue == "clash" and last.cue in {"seized", "recaptured"}:
        # "regained control of the town after heavy fighting": how it was taken
        return _HOW_TAKEN.search(gap) is not None
    # "Protesters marched in Minsk and police arrested 200 of them": ACLED codes the
    # arrests as the protest's intervention (refined from the same sentence).
    return mention.cue == "arrests" and last.event_type is E.PROTESTS


def _raid_to_arrest(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """True for arrests coordinated with an unopposed raid just before them ("police
    raided the opposition's offices and detained 12 people"): ACLED codes the arrests,
    the raid being how they were made (as "detained 15 in overnight raids")."""
    if mention.cue != "arrests" or not found or found[-1].cue != "raid":
        return False
    if found[-1].event_type is E.BATTLES:
        return False  # "raided a rebel camp and arrested 12 fighters": a fight, then arrests
    gap = text[found[-1].end - offset : mention.start - offset]
    return len(gap) <= 80 and re.search(r"(?:\band|,)\s+(?:[\w'’-]+\s+)?$", gap) is not None


_SPOILS = frozenset({"Arrests", "Disrupted weapons use"})


def _spoils_of_battle(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """True for arrests or weapons seized by the same side in the same sentence as the
    battle just before them ("troops killed six militants in a gunfight and arrested two
    others", "clashed with rebels, killing 12, and seized a cache of rifles"): ACLED
    codes the battle, of which the captures are the outcome, not a separate event."""
    if mention.sub_event_type not in _SPOILS or not found:
        return False
    battle = next((e for e in reversed(found) if not e.weak), found[-1])
    if battle.event_type is not E.BATTLES or battle.cue == "raid":
        return False  # "raided a rebel camp and arrested 12 fighters": two events
    gap = text[found[-1].end - offset : mention.start - offset]
    return len(gap) <= 120 and not _SENTENCE_BREAK.search(gap) and bool(_COORDINATED.search(gap))


_TAKEN_IN_ATTACK = frozenset({"Disrupted weapons use", "Looting/property destruction"})


def _attackers_take(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """True for weapons or goods taken by the attackers of the sentence before, named by
    an anaphor ("... killing four officers. The attackers took rifles from the post"):
    ACLED codes the attack, not a seizure or looting apart from it."""
    if mention.sub_event_type not in _TAKEN_IN_ATTACK or not found:
        return False
    violent = [e for e in found if e.event_type in _VIOLENT_TYPES]
    if not violent:
        return False
    shifted = replace(mention, start=mention.start - offset, end=mention.end - offset)
    before = [replace(e, start=e.start - offset, end=e.end - offset) for e in violent]
    return damage_within_attack(text, shifted, before)


_CLAUSE_AND = re.compile(r"\band\s+(?:then\s+|later\s+)?$", re.I)
"""The clash verb straight after "and": the raiders are its subject too."""
_OTHER_CLAUSE = re.compile(r"\b(?:while|when|after|before|but|who|which|whom|as|until)\b", re.I)


def _met_resistance(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """True for a clash coordinated with the raid or attack just before it ("raided a
    cattle camp and exchanged fire with its keepers for hours"): the attackers met armed
    resistance, and ACLED codes one armed clash, not an attack and a clash."""
    if mention.cue != "clash" or mention.event_type is not E.BATTLES or not found:
        return False
    last = found[-1]
    if last.cue not in {"raid", "attack"} or last.event_type not in _VIOLENT_TYPES:
        return False
    gap = text[last.end - offset : mention.start - offset]
    if len(gap) > 160 or _SENTENCE_BREAK.search(gap) or _OTHER_CLAUSE.search(gap):
        return False
    return _CLAUSE_AND.search(gap) is not None


_WHO_RAIDED = re.compile(
    r"\s+(?:off|back)?\s*(?:(?:the|a|an|some|\d+|[\w'’-]+)\s+){0,3}?(?:who|that|which)\s+"
    r"(?:had\s+)?(?:(?:tried|attempted)\s+to\s+)?",
    re.I,
)


def _repelled_raid(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """True for a raid or attack told in a relative clause on the side a clash was fought
    against ("villagers fought off bandits who raided Danmusa", "troops repulsed
    militants that attacked a base"): one battle, placed where the raid struck."""
    if mention.cue not in {"raid", "attack"} or not found:
        return False
    last = found[-1]
    if last.cue != "clash" or last.event_type is not E.BATTLES or last.weak:
        return False
    return _WHO_RAIDED.fullmatch(text, last.end - offset, mention.start - offset) is not None


def _raid_to_abduction(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """True for an abduction coordinated with the attack on civilians just before it
    ("bandits stormed a church and carted away 40 worshippers"): ACLED codes the
    abduction, the storming being how it was done. A raid met by armed men (a battle)
    stays, with the abduction its own event."""
    if mention.cue != "abduction" or not found or found[-1].cue not in {"raid", "attack"}:
        return False
    if found[-1].event_type is not E.VIOLENCE_AGAINST_CIVILIANS:
        return False
    gap = text[found[-1].end - offset : mention.start - offset]
    return len(gap) <= 120 and _SAME_SUBJECT_AND.fullmatch(gap) is not None


_SAME_SUBJECT_AND = re.compile(r"[^,;.!?\n]*\s(?:and|then)\s+(?:(?:then|also)\s+)?", re.I)
"""An object phrase with no clause break, then "and": the next verb has the same subject
("stormed a church in Kajuru during the service and carted away 40 worshippers")."""


def _against_protesters(text: str, mention: EventMention, last: EventMention, offset: int) -> bool:
    """True when *last* is force used on the protesters *mention* names.

    ACLED codes "security forces shot dead four protesters" and "police arrested 50
    demonstrators" as the protest, with *Excessive force against protesters* or *Protest
    with intervention*: not as an attack or arrests of its own.
    """
    if mention.cue != "protest" or not PROTEST_PEOPLE.fullmatch(mention.text):
        return False
    if last.cue not in {"arrests", "assassination", "attack", "killed"}:
        return False
    gap = text[last.end - offset : mention.start - offset]
    if _CLAUSE_LINK.search(gap):
        return False  # "shot dead a trader as protesters gathered": another clause's crowd
    return len(gap) <= 40 and re.fullmatch(r"[\s\w,'’-]*", gap) is not None and "," not in gap


_CLAUSE_LINK = re.compile(r"\b(?:as|when|while|after|before|whereas)\b", re.I)


def _joint_weapons(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """The weapon before *mention* widened to both, when the two are coordinated.

    "Turkish warplanes and artillery pounded Ras al-Ayn" is one bombardment, coded by
    the first weapon named; the verb after them then restates it.
    """
    if not found or mention.event_type is not E.EXPLOSIONS or mention.weak:
        return None
    last = found[-1]
    if last.event_type is not E.EXPLOSIONS or last.weak:
        return None
    if not re.fullmatch(
        r"\s+(?:and|or|&)\s+(?:[\w-]+\s+)?", text[last.end - offset : mention.start - offset]
    ):
        return None
    return replace(last, end=mention.end, text=text[last.start - offset : mention.end - offset])


def _restates(text: str, m: re.Match[str], found: list[EventMention], offset: int) -> bool:
    """True for a strike verb right after its weapon: "a roadside bomb struck", "Russian
    artillery shelled", "rockets pounded" tell of one event, not two."""
    if not found:
        return False
    cue, _, (event_type, _), _ = CUES[int(m.lastgroup[1:]) if m.lastgroup else 0]
    last = found[-1]
    if last.cue == "intercepted" and event_type is E.EXPLOSIONS:
        # "defused a roadside bomb", "shot down two missiles": what was disrupted
        gap = text[last.end - offset : m.start()]
        return re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,3}", gap) is not None
    if cue == "raid" and last.sub_event_type == "Air/drone strike":
        # "warplanes carried out several raids on": the raids are the air strikes
        return (
            re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,2}", text[last.end - offset : m.start()])
            is not None
        )
    if cue != "strike" and not (event_type is E.EXPLOSIONS is last.event_type):
        return False
    if cue == "car bomb" and last.cue == "strike":
        return False  # "struck a mine": the device is the verb's object (_struck_device)
    gap = text[last.end - offset : m.start()]
    return (
        not last.weak
        and len(gap) <= 30
        and re.fullmatch(r"[\s\w'-]*", gap) is not None
        and re.search(r"\b(?:and|with|using)\b", gap) is None
    )


_WITH_WEAPON = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?(?:with|using)\s+(?:[\w'’-]+\s+){0,3}")
"""The words between a strike verb and the weapon it names ("pounded Kharkiv with
guided bombs", "struck the base using drones")."""


def _weapon_named(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """The strike before *mention*, recoded by the weapon *mention* names, or None.

    "Russia pounded Kharkiv with guided aerial bombs" is one air strike: the verb says
    that something was hit, the weapon after "with" says how.
    """
    if not found or mention.event_type is not E.EXPLOSIONS:
        return None
    last = found[-1]
    if last.event_type is not E.EXPLOSIONS and last.cue != "strike":
        return None
    if not _WITH_WEAPON.fullmatch(text, last.end - offset, mention.start - offset):
        return None
    return replace(
        last, event_type=mention.event_type, sub_event_type=mention.sub_event_type, weak=False
    )


_DEVICE_OBJECT = re.compile(r"\s+(?:(?:an?|the|another)\s+)?(?:[\w-]+\s+){0,2}")
"""The words between a strike verb and the device it names as its object."""


def _struck_device(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """The strike verb before *mention*, recoded as the explosive device it struck.

    "Their vehicle struck an improvised explosive device", "the excavator hit an
    anti-tank mine": the verb's object is a mine or IED, set off by its victims; nothing
    was fired from the air.
    """
    if not found or mention.cue != "car bomb" or found[-1].cue != "strike":
        return None
    last = found[-1]
    if not _DEVICE_OBJECT.fullmatch(text, last.end - offset, mention.start - offset):
        return None
    return replace(
        last,
        end=mention.end,
        text=text[last.start - offset : mention.end - offset],
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        cue=mention.cue,
    )


_PEACEFUL = re.compile(r"[^.;]{0,60}?\bpeaceful(?:ly)?\b", re.I)
_CONTRAST = re.compile(r"[.!?\n]\s|\b(?:but|while|whereas|elsewhere|meanwhile|separately)\b", re.I)


def _turns_violent(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """The index of the protest or riot earlier in the sentence that riot *mention* is part
    of, or None.

    "Protesters demanding jobs fought running battles with police, hurling stones",
    "students marched on parliament; some threw stones at police": demonstrators who use
    violence riot, and ACLED codes the whole demonstration once, as a riot. A contrast
    ("but", "while", "elsewhere") or a new sentence keeps the two apart.
    """
    if mention.event_type is E.PROTESTS and not _PEACEFUL.search(text, mention.start - offset):
        kinds = {E.RIOTS}  # "protesters clashed with rival demonstrators": the riot's other side
    elif mention.event_type is E.RIOTS:
        kinds = {E.PROTESTS, E.RIOTS}
    else:
        return None
    for i in range(len(found) - 1, -1, -1):
        last = found[i]
        gap = text[last.end - offset : mention.start - offset]
        if len(gap) > 200 or _CONTRAST.search(gap):
            return None
        if last.event_type in kinds:
            return i
    return None


def _riot_goes_on(text: str, mention: EventMention, found: list[EventMention], offset: int):
    """True for looting or arson coordinated with the riot just found ("rioters set fire
    to a building and looted shops"): ACLED codes the riot once."""
    if not found or mention.cue != "looting" or found[-1].event_type is not E.RIOTS:
        return False
    gap = text[found[-1].end - offset : mention.start - offset]
    return len(gap) <= 80 and re.search(r"[.;:!?\n]", gap) is None


_RELATIVE_TO = re.compile(
    r"[^.;:!?\n]{0,80}?\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
)
"""What lies between a cue told as context and a relative clause about the same event."""


def find_events(text: str, *, offset: int = 0) -> list[EventMention]:
    """Every event cue in *text*, in text order.

    Parameters
    ----------
    text : str
        A sentence or a whole document.
    offset : int
        Added to every start and end (the position of *text* in a larger document).

    Returns
    -------
    list of EventMention
        Non-overlapping cues; hypothetical ones ("threatened to strike") are left out.
        Weak cues are kept (see :attr:`EventMention.weak`); the pipeline decides.
        Cues are matched on the text folded by :func:`mapper.textfold.fold` (an accent
        combined into "killed" is ignored); offsets and texts are those of *text*.
    """
    return on_folded(_find_events, text, offset)


def _find_events(text: str, offset: int) -> list[EventMention]:
    """:func:`find_events` on a folded text."""
    out: list[EventMention] = []
    context_end = -1  # where the last cue told as context ends
    for m in PATTERN.finditer(text):
        if _restates(text, m, out, offset):
            continue
        i = int(m.lastgroup[1:]) if m.lastgroup else 0
        cue, _, (event_type, sub), strength = CUES[i]
        start, end = m.start(), m.end()
        if _HYPOTHETICAL.search(text[max(0, start - 60) : start]) or _PLANNED.match(text, end):
            continue
        if _NEGATED.search(text, max(0, start - 30), start) or _NO_ONE.search(
            text, max(0, start - 60), start
        ):
            continue
        if cue in {"seized", "recaptured"} and _ATTEMPTED.search(text, max(0, start - 40), start):
            # "trying to regain positions", "tried to enter the suburb": no place changed
            # hands, but a fight over it may be all the text tells (a weak clash).
            cue, (event_type, sub), strength = "clash", CLASH, "weak"
        if background_frame(text, start, end) is not None:
            context_end = end
            continue  # "have been fighting since 2018", "sentenced for the attack"
        if context_end >= 0 and _RELATIVE_TO.fullmatch(text, context_end, start):
            continue  # "the June ambush on a bus that killed nine": the same old event
        if event_type is not E.PROTESTS and _GRIEVANCE.search(text, max(0, start - 60), start):
            continue  # "protested against the arrest of", "condemned the attack on"
        if _protest_reason(text, start, out, offset):
            continue  # "protesters clashed with police over the arrest of their leader"
        if cue == "protest" and _protest_as_scene(text, start, out, offset):
            continue  # "threw a grenade into a crowd at a rally": where the attack struck
        if cue == "protest" and _NOT_STREET.search(text, max(0, start - 60), start):
            continue  # "China lodged a protest", "the minister resigned in protest"
        if cue == "arrests" and adjectival_arrest(text, start, end):
            continue  # "unless his detained relatives were freed": people held, no arrest
        if cue == "breach" and not _TRUCE.search(sentence_window(text, start, end)[0]):
            continue  # human-rights "violations", a "breached" wall: no armed event
        mention = EventMention(
            start + offset,
            end + offset,
            m.group(0),
            event_type,
            sub,
            cue,
            strength == "weak",
        )
        if out and _against_protesters(text, mention, out[-1], offset):
            out.pop()  # "shot dead four protesters": the protest, met with force
        if _raid_to_abduction(text, mention, out, offset):
            out[-1] = mention  # "stormed a church and carted away 40 worshippers"
            continue
        if _raid_to_arrest(text, mention, out, offset):
            out[-1] = mention  # "police raided the party's offices and detained 12": arrests
            continue
        if suspects_held(text, mention, out, offset):
            continue  # "... attacked students. Police said one suspect had been detained"
        if demonstration_arrests(text, mention, out, offset):
            continue  # "... hurled stones at police. 37 people were detained": the riot's
        looted = looting_raid(text, mention, out, offset)
        if looted is not None:
            out[-1] = looted  # "raided the village, looting shops; no one was hurt"
            continue
        if _part_of_previous(text, mention, out, offset):
            continue  # "attacked the airport, setting a plane ablaze"; "in night raids"
        if _riot_goes_on(text, mention, out, offset):
            continue  # "set fire to a building and looted shops": one riot
        recoded = (
            _weapon_named(text, mention, out, offset)
            or _joint_weapons(text, mention, out, offset)
            or _struck_device(text, mention, out, offset)
        )
        if recoded is not None:
            out[-1] = recoded
            continue
        mention = refine(mention, text, start, end)
        if _spoils_of_battle(text, mention, out, offset):
            continue  # "killed six militants in a gunfight and arrested two others"
        if _attackers_take(text, mention, out, offset):
            continue  # "... killing seven gendarmes. The assailants took their rifles"
        if _repelled_raid(text, mention, out, offset):
            out[-1] = replace(mention, event_type=E.BATTLES, sub_event_type=CLASH[1], weak=False)
            continue  # "vigilantes fought off bandits who raided Danmusa": one battle there
        if _met_resistance(text, mention, out, offset):
            out[-1] = replace(out[-1], event_type=E.BATTLES, sub_event_type=CLASH[1], weak=False)
            continue  # "raided a camp and exchanged fire with its guards": one battle
        if len(out) > 1 and out[-1].weak and out[-1].cue == "killed":
            # "hacked to death and 15 were injured when rival supporters fought": the
            # injured clause between the killing and the demonstration is the same toll
            told = killed_at_demonstration(text, mention, out[:-1], offset)
            if told is not None:
                out[-2:] = [told]
                continue
        subsumed = (
            killed_at_demonstration(text, mention, out, offset)
            or raid_took_ground(text, mention, out, offset)
            or killed_after_demonstration(text, mention, out, offset)
        )
        if subsumed is not None:
            out[-1] = subsumed  # "shot dead after protesters stoned police": the riot
            continue
        crowd = _turns_violent(text, mention, out, offset)
        if crowd is not None:
            if mention.event_type is E.RIOTS:
                out[crowd] = replace(
                    out[crowd], event_type=E.RIOTS, sub_event_type=mention.sub_event_type
                )
            continue  # "protesters ... fought running battles with police": one riot
        out.append(mention)
    return out
