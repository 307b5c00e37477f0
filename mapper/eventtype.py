"""Event types from context: who was hit, who acted, and what became of the ground.

:func:`refine` adjusts a cue's default ACLED type by the words around it:

* an attack or killing is *Violence against civilians / Attack* when its victims are
  civilians and no armed target or victim is named (the perpetrators do not count; a
  base "at" which it happened is no target);
* a bare strike verb is an air strike unless ground fighters are its subject;
* arson, looting, storming and beatings by an unarmed crowd (protesters, youths, party
  supporters, "a group of men"), active or passive, are *Riots* (*Mob violence* against
  people); armed men (gunmen, bandits, "armed youths") are never a crowd (the crowd
  rules live in :mod:`mapper.crowds`);
* protests become *Protest with intervention* when dispersed or arrested, *Excessive
  force against protesters* when shot or killed (in their own clause), and *Riots* when
  demonstrators, students or supporters clash or throw stones;
* seizing territory is *Government regains territory* when the state is the subject,
  *Non-violent transfer of territory* when unopposed, and an armed clash when the
  attackers withdrew again (:func:`withdrawn_later` reads the next sentences) or the
  object is a base, post or prison; seizing people is an arrest by the state, else an
  abduction (or a clash, for captured soldiers); seizing weapons is *Disrupted weapons
  use*.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .crowds import crowd_agent, crowd_attack, crowd_violence, unarmed_side
from .cues import (
    ABDUCT,
    ARREST,
    ATTACK,
    CLASH,
    DISRUPT,
    LOOT,
    MOB,
    OVERTAKE,
    REGAIN,
    RIOT,
    TRANSFER,
)
from .incident import EventType
from .victims import ARMED, CIVILIAN_PEOPLE, PEOPLE

if TYPE_CHECKING:
    from .events import EventMention

__all__ = [
    "CIVILIAN_PEOPLE",
    "PROTEST_PEOPLE",
    "armed_victims",
    "intervention",
    "refine",
    "resisted_later",
    "sentence_window",
    "withdrawn_later",
]

E = EventType

_CIVILIAN = re.compile(
    rf"\b(?:{PEOPLE}|customers|diners|patrons|guests|mourners|pilgrims|commuters|"
    r"bystanders|(?:farm|construction|road|mine|health|factory|oil|telecoms?)\s+workers|market|mosque|church|school|hospital|bar|restaurant|hotel|caf[eé]|"
    r"tea\s+shop|wedding|funeral|bus|minibus|villages?|hamlets?|settlements|homes?|houses?|"
    r"(?:fishing|farming|mining|herders['’]?|displacement)\s+(?:camps?|sites?|settlements?)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|dozens\s+of|"
    r"scores\s+of|hundreds\s+of|several|many|more)\s+(?:people|persons?))\b"
    r"(?!\s+(?:said|say|says|told|reported|described))",
    re.I,
)
_CIVILIAN_CARGO = re.compile(
    rf"\s+(?:of|carrying)\s+(?:[\w'’-]+\s+)?(?:{PEOPLE}|traders|merchants|pilgrims|trucks|"
    r"lorries|buses|vehicles|goods|aid|food|fuel|supplies)\b",
    re.I,
)
_ARMED_ATTRIBUTE = re.compile(
    r"[\s-]+(?:informers?|informants?|spies|spy|collaborators?|agents?\s+of|contractors?|"
    r"deserters?|widows?|famil(?:y|ies)|relatives?|wives|wife|sons?|daughters?)\b",
    re.I,
)
"""An armed word that only qualifies a civilian ("a police informer", "an army widow",
"soldiers' families")."""
_FACILITY_NOUNS = r"checkpoints?|bases?|barracks|garrisons?|outposts?|positions?"
_FACILITY = re.compile(_FACILITY_NOUNS, re.I)
_FACILITY_AFTER = re.compile(rf"\s+(?:{_FACILITY_NOUNS})\b", re.I)
_LOCATIVE = re.compile(
    r"\b(?:at|in|inside|near|outside)\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_AGENT_BEFORE = re.compile(
    r"\b(?:by|from|when|after|as|before|while|because|until|blamed\s+on|attributed\s+to|"
    r"claimed\s+by|carried\s+out\s+by|perpetrated\s+by)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
"""Words that make the armed people after them the agent ("an attack blamed on the
Allied Democratic Forces"), not the victims."""
_VICTIM_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been|being|are|is)\s+"
    r"(?:\w+\s+)?(?:killed|wounded|injured|attacked|ambushed|targeted|shot|hurt|abducted)|"
    r"(?:killed|wounded|injured|hurt)(?=\s+(?:in|near|at(?!\s+least)|on|as|after|when|during|by)\b|"
    r"\s*[,.;:]|\s*$))",
    re.I,
)
"""Armed people as victims: a passive ("soldiers were killed") or a headline's bare
participle ("two soldiers killed in ambush"), not an active verb with its object."""


_SOURCE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:said|says|say|told|reported|added|confirmed|stated|announced|"
    r"spokesm[ae]n|spokesperson|spokeswoman|sources?|officials?|statement|chief|commanders?)\b",
    re.I,
)
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w-]+\s+){0,3}$", re.I)


def _armed_target(window: str, cue_start: int, cue_end: int) -> bool:
    """True when the victims or target of the cue at window[cue_start:cue_end] are armed.

    Armed words after the cue are its object or victims ("attacked the station",
    "killing three soldiers") unless they name the agent ("by gunmen", "gunmen from a
    faction", "killed when gunmen opened fire"); before the cue they count only as
    victims of a passive ("two police officers were killed when ..."). The perpetrators
    ("Rebels killed 36 villagers") say nothing of the victims.
    """
    for m in ARMED.finditer(window, cue_end):
        if _SOURCE_AFTER.match(window, m.end()) or _SOURCE_BEFORE.search(window, 0, m.start()):
            continue  # "..., the army said": a source, not a victim
        if _ARMED_ATTRIBUTE.match(window, m.end()):
            continue  # "accused of being a police informer": a civilian, not the police
        if _CIVILIAN_CARGO.match(window, m.end()):
            continue  # "a convoy of traders", "a convoy carrying aid": civilians on the road
        facility = _FACILITY.fullmatch(m.group(0)) or _FACILITY_AFTER.match(window, m.end())
        if facility and _LOCATIVE.search(window, cue_end, m.start()):
            continue  # "killed three detainees at a military base": where, not whom
        if not _AGENT_BEFORE.search(window, cue_end, m.start()):
            return True
    return any(_VICTIM_AFTER.match(window, m.end()) for m in ARMED.finditer(window, 0, cue_start))


def armed_victims(text: str, start: int, end: int) -> bool:
    """True when the cue at text[start:end] has armed victims or an armed target in its
    sentence ("two soldiers killed near X", "attacked an army post"): a battle, whatever
    another clause or the lead says of civilians."""
    window, at = sentence_window(text, start, end)
    return _armed_target(window, at, at + end - start)


_DISPERSED = re.compile(
    r"\b(?:dispers(?:ed|e|ing)(?!\s+(?:peacefully|quietly|calmly|without\s+(?:any\s+)?incidents?|"
    r"(?:on|of)\s+(?:their|its)\s+own))|tear\s*gas|water\s+cannons?|arrested|detained|batons?|"
    r"baton[- ]charged?|beat(?:en)?|(?:broke|broken|break|breaking)\s+up|"
    r"rubber\s+(?:bullets?|pellets)|tear[- ]gassed|"
    r"pepper\s+spray|stun\s+grenades)\b",
    re.I,
)
_VIOLENT_CROWD = re.compile(
    r"\b(?:clash(?:ed|es)?|stones?|rocks?|bricks|petrol\s+bombs?|molotov\s+cocktails?|"
    r"firecrackers|torched|set\s+(?!(?:him|her|them|one)sel(?:f|ves)\b)(?:[\w'’-]+\s+){0,4}?"
    r"(?:ablaze|alight|on\s+fire)|"
    r"set\s+fire|burn(?:ed|t|ing)|smashed|vandali[sz]ed|looted|ransacked|rampaged?)\b",
    re.I,
)
_LETHAL = re.compile(
    r"\b(?:live\s+(?:fire|ammunition|rounds)|shot|shoots?\s+dead|killed|killing|kills?)\b", re.I
)
PROTEST_PEOPLE = re.compile(r"protesters|demonstrators", re.I)
_PROTESTERS = re.compile(r"\b(?:protest(?:s|ers)?|demonstrat(?:ions?|ors))\b", re.I)
_STATE_FORCE = re.compile(
    r"\b(?:police|security\s+forces|troops|soldiers|army)\b(?!\s+(?:said|say|says))", re.I
)
_FORCE_AS_OBJECT = re.compile(
    r"\b(?:at|on|of|to|against|toward|towards|with)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+)?$", re.I
)
_FORCE_AS_PLACE = re.compile(
    r"\s+(?:stations?|posts?|offices?|headquarters|vehicles?|vans?)\b", re.I
)


def _acting_state_force(window: str) -> bool:
    """True when police or troops act in *window*: not only as the crowd's target ("threw
    stones at police", "stoned the office of the superintendent of police", "torched a
    police station"). Violence beside an acting force may be the force's own (tear gas,
    batons); violence against it is the crowd's."""
    return any(
        not _FORCE_AS_OBJECT.search(window, max(0, m.start() - 40), m.start())
        and not _FORCE_AS_PLACE.match(window, m.end())
        for m in _STATE_FORCE.finditer(window)
    )


_RECAPTURE_ACTOR = re.compile(
    r"\b(?:army|government|regime|military|troops)\b(?!\s+(?:positions?|bases?|camps?|posts?|"
    r"outposts?|barracks|garrisons?|convoys?|checkpoints?|section|airport|units?))[^,;]*$",
    re.I,
)
"""State forces as the subject of a seizing verb ("the army took", "troops seized"), not
an object ("attacked military positions, overrunning a base")."""
_WITHDRAWN = re.compile(
    r"\b(?:before|then|later|and|but)\s+(?:(?:then|later|quickly|soon|subsequently|"
    r"eventually)\s+)?(?:withdr(?:ew|awing|awn)|"
    r"pull(?:ed|ing)\s+(?:out|back)|retreat(?:ed|ing))\b",
    re.I,
)
_INSTALLATION_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|its|their|two|three|several|\d+)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:bases?|camps?|posts?|outposts?|checkpoints?|barracks|garrisons?|positions?|"
    r"police\s+stations?|prisons?|penitentiar(?:y|ies)|jails?|depots?)\b",
    re.I,
)
"""A post or facility as the object of a seizing verb ("overran a military base")."""
_CAPTIVE_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens\s+of|"
    r"scores\s+of)\s+)?(?:[\w'’-]+\s+){0,3}?(?:commanders?|leaders?|emirs?|militants?|"
    r"fighters?|rebels?|insurgents?|jihadists?|soldiers?|troops|officers?|policem[ae]n|"
    r"suspects?|members|gunmen|bandits|kidnappers|smugglers|men|people)\b(?![’']s\b)",
    re.I,
)
"""People as the object of a seizing verb ("captured a senior ISWAP commander"), not a
possessive that only names what was taken ("overran the People's Defence Forces
garrison")."""
_MATERIEL_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|large|huge|\d+)\s+)?(?:[\w'’-]+\s+){0,3}?(?:weapons?|arms|"
    r"ammunition|munitions|explosives|caches?|rifles|guns|pistols|revolvers|handguns|firearms|"
    r"shotguns|bullets|rockets|missiles|drones|"
    r"launchers)\b",
    re.I,
)
"""Weapons as the object of a seizing verb: ACLED's *Disrupted weapons use*."""
_VEHICLE_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|two|three|several|\d+)\s+)?(?:[\w'’-]+\s+){0,2}?(?:vans?|lorr(?:y|ies)|"
    r"trucks?|buses|bus|cars?|vehicles?|minibuses|motorbikes?|motorcycles?|tankers?|boats?|"
    r"pick-?ups?)\b",
    re.I,
)
"""A vehicle as the object of a seizing verb: taken property, not territory."""


def _seized_what(
    mention: EventMention, window: str, cue_start: int, cue_end: int, text: str, start: int
) -> tuple[EventType, str] | None:
    """What a seizing verb that takes no territory is, or None.

    ACLED codes the capture of people by state forces as *Arrests* ("troops captured a
    senior commander"); armed men captured by an armed group were taken in a fight
    (*Armed clash*, "rebels captured two soldiers"), others abducted ("militants
    captured three men"); weapons seized are *Disrupted weapons use* ("police seized an
    arms cache").
    """
    if mention.text.lower().startswith("fell"):
        return None  # "fell to rebels": the rebels are the new holders
    if _MATERIEL_OBJECT.match(window, cue_end):
        return DISRUPT
    if _BY_AGENT.match(window, cue_end):  # "captured by rebels": the takers, no captives
        return _taken_people(window, cue_start)
    captive = _CAPTIVE_OBJECT.match(window, cue_end)
    if captive is None:
        return _taken_people(window, cue_start)
    state = _RECAPTURE_ACTOR.search(text, max(0, start - 80), start) or _STATE_FORCE.search(
        window, max(0, cue_start - 80), cue_start
    )
    if state:
        return ARREST
    return CLASH if ARMED.search(captive.group(0)) else ABDUCT


_TAKEN_PEOPLE = re.compile(
    r"\b(?P<who>people|men|women|children|civilians|villagers|farmers|workers|traders|"
    r"passengers|students|soldiers?|troops|officers?|policem[ae]n)\b(?P<rest>[^.;:]{0,40}?)\s+"
    r"(?:was|were|had\s+been|have\s+been|being)\s+(?:\w+\s+)?$",
    re.I,
)
_BY_AGENT = re.compile(r"\s+by\s", re.I)
_OFF_DUTY = re.compile(r"\b(?:on\s+leave|off[- ]duty|unarmed|in\s+civilian\s+clothes)\b", re.I)


def _taken_people(window: str, cue_start: int) -> tuple[EventType, str] | None:
    """What a passive seizing verb with people as its subject is, or None.

    "Two soldiers on leave were taken by guerrillas", "40 passengers were seized": people
    taken, not ground. ACLED codes civilians and off-duty soldiers taken as an abduction,
    soldiers on duty captured as the fight they were taken in.
    """
    taken = _TAKEN_PEOPLE.search(window, max(0, cue_start - 90), cue_start)
    if taken is None:
        return None
    if ARMED.fullmatch(taken.group("who")) and not _OFF_DUTY.search(taken.group("rest")):
        return CLASH
    return ABDUCT


_BRIEFLY = re.compile(r"\b(?:briefly|temporarily)\s+$", re.I)
_BREAK = r"[.;!?]|\n(?![ \t]*[a-z])"
"""A clause end: a stop, or a line break unless a lower-case word goes on after it (a
sentence wrapped by a PDF column or a wire feed: "killed seven\nvillagers")."""
_CLAUSE_END = re.compile(_BREAK)
_LAST_CLAUSE_END = re.compile(rf"(?s:.*)(?:{_BREAK})")


def sentence_window(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence-ish window around text[start:end] (bounded by . ; ! ? newline, at
    most 200 characters either side) and the offset of text[start:end] in it."""
    left = max(0, start - 200)
    last = _LAST_CLAUSE_END.match(text, left, start)
    cut = last.end() if last else left
    after = text[end : end + 200]
    m = _CLAUSE_END.search(after)
    return text[cut : end + (m.start() if m else len(after))], start - cut


_UNOPPOSED = re.compile(
    r"\b(?:without\s+(?:a\s+)?(?:fight|fighting|resistance|a\s+shot\s+(?:being\s+)?fired)|"
    r"unopposed|peacefully|under\s+(?:an?\s+)?(?:deal|agreement|handover))\b",
    re.I,
)
"""Territory changing hands without fighting: ACLED's *Non-violent transfer of territory*."""
_KILL_OBJECT = re.compile(
    r"(?<=kill|lled)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?(?:\d+|an?|the|two|"
    r"three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|scores\s+of)\s",
    re.I,
)
"""An active, transitive "killed" with its object counted ("killed 28 suspected gang
members"): the words before it are its subject."""
_PEOPLE_TAKEN = re.compile(
    rf"\b(?:{PEOPLE}|men|pupils|schoolchildren|workers|traders|worshipp?ers)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:was|were|had\s+been|have\s+been)\s+(?:also\s+)?$",
    re.I,
)
"""People as the subject of a passive seizing verb ("two engineers were taken")."""
_FOE_WITHDREW = re.compile(
    r"\b(?:after|when|as|once|because)\s+(?:[\w'’-]+\s+){1,6}?(?:had\s+)?"
    r"(?:pulled\s+(?:out|back)|withdr(?:ew|awn)|retreated|fled|abandoned|evacuated)\b",
    re.I,
)
"""An opponent that held the place and left it ("recaptured the town after the militants
pulled out without a fight"): the place was taken from an armed foe, which ACLED codes as
a territorial battle (*Government regains territory*, *Non-state actor overtakes
territory*); only a handover with no foe named is a *Non-violent transfer of territory*."""
_TAKEN_FROM_FOE = re.compile(
    r"[^.;]{0,80}?\bfrom\s+(?:the\s+)?(?:(?-i:(?:al|Al|an|as|ash)-[A-Z])|(?-i:[A-Z]{2,}\b)|"
    r"(?:[\w'’-]+\s+)?(?:militants|rebels|insurgents|jihadists|fighters|militias?|gangs?|"
    r"guerrillas|separatists|paramilitar(?:y|ies)|army|troops|forces))",
    re.I,
)
"""A place taken *from* a named armed foe ("recaptured the town from al-Shabaab without a
fight"): the same rule as a foe that withdrew (:data:`_FOE_WITHDREW`), a territorial
battle; only a handover with no foe named is a *Non-violent transfer of territory*."""
_GROUND_SUBJECT = re.compile(
    r"\b(?:jihadists?|militants?|gunmen|rebels?|insurgents?|fighters|bandits|attackers|"
    r"assailants|militiamen|gangs?|guerrillas?|terrorists?)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
"""Ground fighters as the subject of a bare strike verb ("Militants strike a checkpoint")."""
_LETHAL_AFTER = re.compile(r"[^.;]{0,80}?,\s+(?:killing|leaving\s+(?:[\w-]+\s+){1,3}dead)\b", re.I)


_IN_SHOOTOUT = re.compile(
    r"[^.;]{0,60}?\b(?:in|during)\s+(?:an?\s+|the\s+|a\s+fierce\s+|a\s+brief\s+)?"
    r"(?:encounters?|gun\s*fights?|gun\s*battles?|shoot-?outs?|exchanges?\s+of\s+(?:gun)?fire|"
    r"fire\s*fights?)\s+with\b",
    re.I,
)
"""A killing told as the outcome of an exchange of fire with someone ("was shot dead in
an encounter with the Special Operation Group", "gunned down during a shootout with
troops"): ACLED codes the fight, an armed clash, not a one-sided attack. "Clashes" is
left out: a student "shot dead in clashes with police" died at a riot, not a battle."""


_SIMULTANEOUS = re.compile(r"\s(?:as|while|whereas)\s", re.I)
_IN_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?-i:[A-Z][\w'’-]+)")


def _own_place_clause(window: str, at: int) -> str:
    """The part of *window* that tells of the event at *at* when "as" or "while" joins
    two clauses that each name their own place ("a student was killed in Rangpur as
    thousands rallied in Dhaka"): the killing is not the Dhaka rally's."""
    split = _SIMULTANEOUS.search(window)
    if split is None:
        return window
    first, second = window[: split.start()], window[split.end() :]
    a, b = _IN_PLACE.search(first), _IN_PLACE.search(second)
    if a is None or b is None or a.group(0).split()[-1] == b.group(0).split()[-1]:
        return window
    return second if at >= split.end() else first


_ARMED_BAND = re.compile(
    r"\b(?:bandits|gunmen|militants|insurgents|jihadists|rebels|terrorists|militiamen|"
    r"militias?|armed\s+(?:men|groups?))\b",
    re.I,
)
"""An organised armed group as a side: a crowd or vigilantes fighting it wage a battle."""


def refine(mention: EventMention, text: str, start: int, end: int) -> EventMention:
    """*mention* with its event type and sub-event type refined by the words around it.

    Parameters
    ----------
    mention : EventMention
        A cue with its default type from :data:`mapper.cues.CUES`.
    text : str
        The text the cue was found in.
    start, end : int
        The cue's offsets in *text* (without any document offset).

    Returns
    -------
    EventMention
        The same mention, recoded where the context says so (see the module notes).
    """
    window, at = sentence_window(text, start, end)
    if mention.cue == "strike" and _GROUND_SUBJECT.search(window, max(0, at - 50), at):
        # "Jihadists strike Bamako": armed men on the ground attack, nothing flies.
        et, sub = CLASH
        mention = replace(mention, event_type=et, sub_event_type=sub, cue="attack")
    if mention.cue == "looting" and _LETHAL_AFTER.match(window, at + end - start):
        # "Settlers torched homes, killing one": arson that kills is an attack.
        et, sub = CLASH
        mention = replace(mention, event_type=et, sub_event_type=sub, cue="attack")
    agent = (
        crowd_agent(window, at, at + end - start)
        if mention.cue in {"attack", "raid", "looting", "assassination"}
        else None
    )
    if agent is not None:  # "a police station was stormed by protesters": the crowd rioted
        et, sub = agent
        return replace(mention, event_type=et, sub_event_type=sub, weak=False)
    if mention.cue in {"attack", "assassination"} or (
        mention.cue == "raid" and not mention.text.lower().startswith("raid")
    ):  # a crowd storms a building; raiders are armed
        crowd = crowd_attack(window, at, at + end - start, mention.cue == "assassination")
        if crowd is not None:  # who attacked is known: the cue is no longer weak
            et, sub = crowd
            return replace(mention, event_type=et, sub_event_type=sub, weak=False)
    if mention.cue == "killed" and _KILL_OBJECT.match(window, at + end - start):
        crowd = crowd_attack(window, at, at + end - start, True)
        if crowd is not None:  # "residents killed 28 suspected gang members": a mob
            et, sub = crowd
            return replace(mention, event_type=et, sub_event_type=sub, weak=False)
    if mention.cue == "assassination" and _IN_SHOOTOUT.match(window, at + end - start):
        # "shot dead in an encounter with police": killed in an exchange of fire, a battle
        et, sub = CLASH
        return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue in {"attack", "killed", "raid", "ambush"}:
        # ACLED: an attack is on civilians when its victims are civilians and it meets no
        # armed opponent; otherwise it is a battle.
        civilian = _CIVILIAN.search(window) is not None
        if civilian and not _armed_target(window, at, at + end - start):
            et, sub = ATTACK
            return replace(mention, event_type=et, sub_event_type=sub)
        return mention
    if mention.cue in {"looting", "mob"} or (
        mention.cue == "protest" and _PROTESTERS.fullmatch(mention.text)
    ):
        crowd = crowd_violence(window, at, at + end - start, mention)
        if crowd is not None:
            et, sub = crowd
            return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "clash" and (_PROTESTERS.search(window) or unarmed_side(window, at)):
        # Demonstrators, students or party supporters in a clash, with police or each
        # other, are rioting (ACLED): no armed group takes part. With no demonstration
        # and no police or troops, the sides fought each other: mob violence.
        crowd_on_crowd = not _PROTESTERS.search(window) and not _STATE_FORCE.search(window)
        et, sub = MOB if crowd_on_crowd else RIOT
        return replace(mention, event_type=et, sub_event_type=sub)
    if (
        mention.cue == "clash"
        and crowd_attack(window, at, at + end - start, True) is not None
        and _ARMED_BAND.search(window) is None
    ):
        # "villagers fought gang members with machetes": a crowd, no armed group, hits people
        # ("vigilantes fought off bandits" is a battle: the bandits are an armed group)
        et, sub = MOB
        return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "protest":
        window = _own_place_clause(window, at)
        if _used(_VIOLENT_CROWD, window) and not _acting_state_force(window):
            et, sub = RIOT
            return replace(mention, event_type=et, sub_event_type=sub)
        if _used(_LETHAL, window) and not _others_killed(window):
            return replace(mention, sub_event_type="Excessive force against protesters")
        if _used(_DISPERSED, window):
            return replace(mention, sub_event_type="Protest with intervention")
    if mention.cue == "seized" and _VEHICLE_OBJECT.match(window, at + end - start):
        # "seized a delivery van", "commandeered a lorry": property taken, no ground held
        et, sub = LOOT
        return replace(mention, event_type=et, sub_event_type=sub, weak=True)
    if (
        mention.cue in {"seized", "recaptured"}
        and _UNOPPOSED.search(window)
        and not _FOE_WITHDREW.search(window)
        and not _TAKEN_FROM_FOE.match(window, at + end - start)
    ):
        et, sub = TRANSFER
        return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "seized" and (
        _WITHDRAWN.search(window, at + end - start) or _BRIEFLY.search(window, 0, at)
    ):
        # "overran a base before withdrawing": a raid, not a change of control.
        et, sub = CLASH
        return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "seized" and _PEOPLE_TAKEN.search(window, 0, at):
        # "three teachers were taken from a school": people led away, not a place taken
        et, sub = ABDUCT
        return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "seized":
        seized = _seized_what(mention, window, at, at + end - start, text, start)
        if seized is not None:
            et, sub = seized
            return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "seized" and _INSTALLATION_OBJECT.match(window, at + end - start):
        # "overran a military base", "stormed and took the prison": an attack on a
        # post or facility, coded as the fight it was (ACLED: territory is a place).
        et, sub = CLASH
        return replace(mention, event_type=et, sub_event_type=sub)
    if mention.cue == "seized" and _RECAPTURE_ACTOR.search(text, max(0, start - 80), start):
        et, sub = REGAIN
        return replace(mention, event_type=et, sub_event_type=sub)
    return mention


_GRIEVANCE = re.compile(
    r"\b(?:denounc\w*|condemn\w*|protest(?:s|ed|ing)?|against|over|about|justice\s+for|"
    r"mourn\w*|release\s+of|demand\w*|angered\s+by|outrage\s+(?:at|over)|"
    r"(?:portraits|photos|photographs|pictures|images|names|coffins|memory|memorials?|"
    r"anniversary|victims|families|relatives)\s+of|those|commemorat\w*|remember\w*)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)


def _used(pattern: re.Pattern[str], text: str) -> bool:
    """True when *pattern* (force, violence) is found in *text* as something done there,
    not as the protesters' grievance ("marched to denounce the killing of a journalist",
    "demanding the release of detained activists")."""
    return any(
        not _GRIEVANCE.search(text, max(0, m.start() - 60), m.start())
        and not (
            _EARLIER_NOUN.fullmatch(m.group(0))
            and _AFTER_THE.search(text, max(0, m.start() - 30), m.start())
        )
        for m in pattern.finditer(text)
    )


_EARLIER_NOUN = re.compile(r"killing|shooting|arrest", re.I)
_AFTER_THE = re.compile(r"\b(?:after|following)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?$", re.I)
"""An event noun after "after the" is what led to the protest ("took to the streets
after the killing of a trader"), not force used on it."""


_OTHER_VICTIMS = re.compile(
    r"\b(?:villagers|farmers|herders|shepherds|fisherm[ae]n|worshipp?ers|miners|soldiers|"
    r"troops|policem[ae]n|officers|gendarmes|militants|fighters|rebels)\s+"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+)?$",
    re.I,
)


def _others_killed(window: str) -> bool:
    """True when every killing in *window* names victims who are not in a crowd ("four
    villagers killed in night raid, traders protest in Mora"): the deaths are another
    event's, not force used on the protest."""
    return all(
        _OTHER_VICTIMS.search(window, max(0, m.start() - 40), m.start())
        for m in _LETHAL.finditer(window)
    )


def intervention(text: str) -> str | None:
    """The protest sub-event type a follow-up sentence implies, or None.

    "Police later dispersed the crowd with tear gas" after a protest makes it a *Protest
    with intervention*; "security forces opened live fire" *Excessive force against
    protesters*.
    """
    if _used(_LETHAL, text) and _STATE_FORCE.search(text):
        return "Excessive force against protesters"
    if _used(_DISPERSED, text):
        return "Protest with intervention"
    return None


_LATER_WITHDRAWAL = re.compile(
    r"(?:^\s*|[.!?]\s+)(?:(?:The|Then|Later|Eventually)\s+)?(?:[\w'’-]+\s+){0,2}?(?:militants|"
    r"insurgents|rebels|fighters|jihadists|gunmen|attackers|assailants|bandits|raiders)\b"
    r"[^.!?]*?\b(?:withdr(?:ew|awing)|pull(?:ed|ing)\s+(?:out|back)|retreat(?:ed|ing)|"
    r"left\s+the\s+(?:town|city|village|area))\b",
    re.I,
)
"""A later sentence whose subject, the attackers, withdrew ("The militants then looted
shops ... and pulled out on Saturday")."""


def withdrawn_later(mention: EventMention, text: str, sentence_end: int) -> EventMention:
    """*mention* recoded as an armed clash when the next sentences say the armed group
    that took the place withdrew again.

    ACLED codes a town taken in a raid and left again as the fight it was, not as a
    change of territory; the same rule as "overran a base before withdrawing" in one
    sentence (:func:`refine`), told over two or three.
    """
    if mention.sub_event_type != OVERTAKE[1]:
        return mention
    if _LATER_WITHDRAWAL.search(text[sentence_end : sentence_end + 400]) is None:
        return mention
    et, sub = CLASH
    return replace(mention, event_type=et, sub_event_type=sub)


_LATER_FIREFIGHT = re.compile(
    r"\s*[^.!?]{0,80}?\b(?:its|their|the)\s+(?:[\w'’-]+\s+)?(?:forces|troops|"
    r"soldiers|officers|units)\s+(?:had\s+)?(?:exchanged\s+fire|clashed|traded\s+fire|"
    r"engaged\s+in\s+(?:a\s+)?(?:gunfights?|firefights?|gun\s+battles?))\s+with\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:gunmen|militants|fighters|insurgents|rebels|attackers|"
    r"militiamen|combatants|gang\s+members|gangsters|criminals)\b[^.!?]*",
)
"""The next sentence, saying the raiding forces met armed resistance ("The army said its
forces exchanged fire with gunmen")."""
_OWN_PLACE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z])")


def resisted_later(mention: EventMention, text: str, sentence_end: int) -> EventMention:
    """*mention*, a raid coded as an attack, recoded as an armed clash when the next
    sentence says the raiding forces exchanged fire with armed men there.

    ACLED codes a raid that met armed resistance as *Battles / Armed clash*, even when
    the dead it reports first are civilians ("seven killed during a raid on the camp.
    The army said its forces exchanged fire with gunmen"). The next sentence must have no
    place of its own.
    """
    if mention.cue != "raid" or mention.event_type is not E.VIOLENCE_AGAINST_CIVILIANS:
        return mention
    later = _LATER_FIREFIGHT.match(text, sentence_end)
    if later is None or _OWN_PLACE.search(later.group(0)):
        return mention
    et, sub = CLASH
    return replace(mention, event_type=et, sub_event_type=sub)
