"""Crowds: riots, mob violence and unarmed sides, told apart from armed groups.

ACLED codes violence by demonstrators or an unorganised crowd as *Riots*: *Mob
violence* when the crowd attacks people, *Violent demonstration* otherwise. Armed men
(gunmen, bandits, "armed youths") are never a crowd. :func:`mapper.eventtype.refine`
asks:

* :func:`crowd_agent`: a passive whose agent is a crowd ("was stormed by protesters");
* :func:`crowd_attack`: an attack whose subject is an unarmed crowd;
* :func:`crowd_violence`: arson, looting or a lynching by a crowd;
* :func:`unarmed_side`: a clash with students, activists or supporters on one side.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import MOB, RIOT
from .victims import ARMED, PEOPLE

if TYPE_CHECKING:
    from .events import EventMention
    from .incident import EventType

__all__ = ["crowd_agent", "crowd_attack", "crowd_violence", "unarmed_side"]


_UNARMED_SIDES = re.compile(
    r"\b(?:supporters|activists|students|fans|youths|party\s+(?:members|workers|cadres)|"
    r"partisans|crowds|mobs|rioters|(?:workers|cadres)\s+of\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z]{2,5})|(?:[\w-]+\s+){0,2}?(?:party|league|congress)))\b",
    re.I,
)
"""Unarmed sides named before a clash; party workers or cadres ("workers of the BJP",
"cadres of the ruling party") count, other workers (aid, health) do not."""
_CROWD = re.compile(
    r"\b(?:protesters|demonstrators|rioters|youths?|young\s+(?:men|people)|crowds?|mobs?|"
    r"supporters|residents|villagers|locals|vigilantes|students|"
    r"a\s+group\s+of\s+(?:men|people))\b",
    re.I,
)
_CROWD_ACT = re.compile(
    r"\b(?:sets?\s+(?:fire|ablaze|alight)|setting\s+(?:fire|ablaze|alight)|torch(?:es|ed|ing)?|"
    r"burn(?:s|ed|t|ing)?|loot(?:s|ed|ing)?|ransack(?:s|ed|ing)?|smash(?:es|ed|ing)?|"
    r"vandali[sz](?:e|es|ed|ing)|pelt(?:s|ed|ing)?|hurl(?:s|ed|ing)?|thr(?:ow|ows|ew|owing)\s+"
    r"(?:stones|rocks)|attack(?:s|ed|ing)?|storm(?:s|ed)?|beat|lynch(?:es|ed)?|clash(?:es|ed)?)\b",
    re.I,
)
_CROWD_BREAK = re.compile(r"[,;]\s|\b(?:and|but|who|as|when)\s+(?:police|security|troops)", re.I)
_CROWD_MISSILES = re.compile(
    r"\b(?:fireworks|stones|rocks|bricks|bottles|molotov\s+cocktails|petrol\s+bombs|"
    r"firebombs|paving\s+slabs)\b",
    re.I,
)
"""What a crowd throws: property damage told beside them, with no agent named, is a riot's
("cars were set alight and police pelted with stones")."""
_LYNCH_CROWD = re.compile(r"\b(?:crowds?|mobs?|residents|villagers|locals|vigilantes)\b", re.I)
_PERSON_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
    r"several)\s+)?(?:suspected\s+|alleged\s+)?(?:[\w-]+\s+){0,2}?(?:men|man|woman|women|"
    r"people|persons?|suspects?|thieves|thief|members|boys?|youths?|criminals|bandits)\b",
    re.I,
)


def crowd_violence(
    window: str, cue_start: int, cue_end: int, mention: EventMention
) -> tuple[EventType, str] | None:
    """The riot a crowd's violence is, or None.

    ACLED codes arson, looting and beatings by demonstrators or an unorganised crowd as
    *Riots*: *Mob violence* when a crowd attacks people ("a crowd beat and set fire to
    two suspected thieves", "villagers lynched"), else *Violent demonstration*
    ("protesters set fire to a residence", "youths looted shops"). A crowd noun that is
    itself the subject of such an act ("protesters ... set fire to") is that riot.
    """
    if mention.cue == "protest":  # "protesters" followed by what they did
        act = _CROWD_ACT.search(window, cue_end, cue_end + 90)
        if act is None or _CROWD_BREAK.search(window, cue_end, act.start()):
            return None
        return RIOT
    before = window[max(0, cue_start - 200) : cue_start]
    crowd = [m for m in _CROWD.finditer(before) if not _SIDE_SOURCE.match(before, m.end())]
    if mention.cue == "mob":
        return MOB
    if not crowd and _CROWD_MISSILES.search(window) and not _ARMED_GROUP.search(window):
        return RIOT  # "cars torched, police pelted with fireworks": no one else throws these
    if _PASSIVE_BEFORE.search(before):
        return None  # "residents said shops were looted": the crowd is no subject
    if not crowd or ARMED.search(before, crowd[-1].end()) or _ARMED_GROUP.search(before):
        return None  # "villagers said soldiers torched homes", "bandits burnt the village"
    if _LYNCH_CROWD.fullmatch(crowd[-1].group(0)) and _PERSON_OBJECT.match(window, cue_end):
        return MOB
    return RIOT


_ARMED_GROUP = re.compile(
    r"\b(?:militants?|militiamen|militias?|gunmen|insurgents?|rebels?|jihadists?|fighters?|"
    r"combatants?|bandits|armed\s+(?:men|groups?)|gangs?|gangsters|terrorists?)\b",
    re.I,
)
"""Armed men who are no crowd: with them in the sentence, a clash is a battle."""
_POLITICAL_SIDES = re.compile(
    r"\b(?:supporters|activists|students|fans|party\s+members|partisans)\b", re.I
)
"""Unarmed sides that may be named after the clash ("police clashed with supporters");
youths or crowds there may be a communal militia ("clashed with Murle youths")."""
_SIDE_SOURCE = re.compile(
    r"\s+(?:said|say|says|told|reported|called|call|described|dubbed|termed)\b", re.I
)
"""A crowd noun that is a source of words, not an actor ("residents said", "in what
residents called the heaviest attack")."""


_ARMED_BEFORE = re.compile(r"\barmed\s+(?:[\w-]+\s+)?$", re.I)
""""Armed youths", "armed cattle raiders": an armed group, however young."""


def unarmed_side(window: str, at: int) -> bool:
    """True when a clash has students, activists, supporters or fans on one side (not
    as the source, "activists said") and no armed group in the sentence:
    ACLED codes their clashes with police or with each other as riots."""
    sides = [*_UNARMED_SIDES.finditer(window, 0, at), *_POLITICAL_SIDES.finditer(window, at)]
    sides = [
        m for m in sides if not _ARMED_BEFORE.search(window, max(0, m.start() - 20), m.start())
    ]
    if not any(not _SIDE_SOURCE.match(window, m.end()) for m in sides):
        return False
    return _ARMED_GROUP.search(window) is None


_PARTY_MEMBERS = (
    r"(?:members|cadres|activists|supporters|loyalists)\s+of\s+(?:the\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:party|party's\s+(?:[\w-]+\s+)?wing|wing|league|movement)"
)
"""Members of a party or its youth wing: a crowd, not an armed group."""
_COUNTED_CROWD = (
    r"(?:dozens|scores|hundreds|a\s+crowd|a\s+mob)\s+of\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:people|youths|villagers|residents|locals)"
)
"""A crowd counted in dozens or hundreds ("dozens of Israeli settlers attacked the
village"): an unorganised crowd, not an armed group, unless firearms are named."""
_BY_CROWD = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?by\s+(?:(?:a|an|the|angry|hundreds\s+of|dozens\s+of)\s+)?"
    rf"(?:[\w'’-]+\s+)?(?:protesters|demonstrators|rioters|crowds?|mobs?|youths|students|"
    rf"supporters|activists|{_PARTY_MEMBERS})\b",
    re.I,
)
"""The crowd as the agent of a passive ("was stormed by protesters")."""
_ATTACKING_CROWD = re.compile(
    r"\b(?:protesters|demonstrators|rioters|youths|young\s+men|crowds?|mobs?|supporters|"
    r"activists|students|fans|villagers|residents|locals|vigilantes|party\s+members|"
    r"(?:a\s+)?(?:group|gang|band)\s+of\s+(?:\w+\s+)?(?:men|people|youths|supporters|"
    rf"activists|students)|{_PARTY_MEMBERS}|{_COUNTED_CROWD})\b",
    re.I,
)
"""An unarmed crowd that may be the subject of an attack."""
_FIREARMS = re.compile(
    r"\b(?:gunmen|guns?|gunned|rifles?|firearms|opened\s+fire|shot|shooting|gunfire|grenades?|"
    r"explosives?|AK-?47s?)\b",
    re.I,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+)?$", re.I)
_ASIDE = re.compile(r",[^,;.]*,\s*$")
_CROWD_AS_VICTIM = re.compile(
    r"\b(?:was|were|had\s+been|have\s+been|being)\s+(?:\w+\s+)?(?:killed|wounded|injured|"
    r"hurt|attacked|hacked|shot|stabbed|beaten|burned|burnt|abducted|kidnapped|massacred)\b",
    re.I,
)
"""A crowd noun that is the subject of a passive of harm: the victims, not attackers."""
"""A comma-set aside between a subject and its verb ("Residents, working alongside
police, killed"): the subject stays the crowd."""
_TARGETS = (
    rf"{PEOPLE}|people|men|activists|protesters|demonstrators|supporters|reporters|"
    r"officials?|candidates?|members|suspects?|thie(?:f|ves)|worshipp?ers|traders|migrants|"
    r"foreigners|volunteers|campaigners|canvassers|voters|opponents|rivals|politicians|"
    r"lawmakers|party\s+agents|observers|monitors"
)
"""People a crowd may attack: mob violence, not a violent demonstration."""
_PEOPLE_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,5}}?(?:{_TARGETS})\b", re.I)
_PEOPLE_BEFORE = re.compile(rf"\b(?:{_TARGETS})\b", re.I)


def crowd_attack(
    window: str, cue_start: int, cue_end: int, lethal: bool
) -> tuple[EventType, str] | None:
    """The riot an attack by an unarmed crowd is, or None.

    ACLED codes violence by a crowd or by party supporters that no armed group commits
    as *Riots*: *Mob violence* when it targets people ("supporters of the ruling party
    attacked opposition activists with clubs", "a group of men attacked students
    putting up posters"), *Violent demonstration* otherwise ("youths attacked a police
    station"). The crowd must be the subject: before the cue with no armed men between
    them, not a source ("residents said"), and the verb not a passive ("villagers were
    attacked"). A *lethal* verb ("beat a thief to death") always hit people. Firearms
    in the sentence make the attackers an armed group.
    """
    if _PASSIVE_BEFORE.search(window, max(0, cue_start - 20), cue_start):
        return None
    if _FIREARMS.search(window):
        return None
    crowd = None
    for m in _ATTACKING_CROWD.finditer(window, max(0, cue_start - 150), cue_start):
        if not _SIDE_SOURCE.match(window, m.end()):
            crowd = m
    if crowd is None:
        return None
    between = _ASIDE.sub("", window[crowd.end() : cue_start])
    if ARMED.search(between):
        return None  # "residents said soldiers attacked": the soldiers did
    if _CROWD_AS_VICTIM.search(between):
        return None  # "villagers were killed ... in an attack": the crowd was hit
    if _ARMED_BEFORE.search(window, max(0, crowd.start() - 20), crowd.start()):
        return None  # "armed youths": an armed group, however young
    if _ARMED_GROUP.search(window, 0, cue_start):
        return None  # "bandits and a mob of youths attacked": the armed men lead
    if lethal or _PEOPLE_AFTER.match(window, cue_end) or _SETTLEMENT_AFTER.match(window, cue_end):
        return MOB
    return RIOT


_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w'’-]+\s+)?(?:village|hamlet|homes|houses|"
    r"neighbourhood|neighborhood|settlement|camp\s+for\s+displaced)\b",
    re.I,
)
"""A village or homes as what a crowd attacked: the people living there were its target
(*Mob violence*), not a demonstration turned violent."""


def crowd_agent(window: str, cue_start: int, cue_end: int) -> tuple[EventType, str] | None:
    """The riot a passive with a crowd as its agent is ("a police station was stormed
    by protesters"), or None: *Mob violence* when people were the ones hit."""
    if not _BY_CROWD.match(window, cue_end):
        return None
    return MOB if _PEOPLE_BEFORE.search(window, 0, cue_start) else RIOT
