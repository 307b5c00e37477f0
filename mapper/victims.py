"""Words for the people an event hits: civilians, and armed people and their posts.

Shared by the rules that type an event by its victims (:mod:`mapper.eventtype`) and by
those that tell a crowd from an armed group (:mod:`mapper.crowds`).
"""

from __future__ import annotations

import re

__all__ = ["ARMED", "CIVILIAN_PEOPLE", "PEOPLE"]

PEOPLE = (
    r"civilians?|villagers?|residents?|worshipp?ers?|farmers?|shepherds?|women|"
    r"children|child|family|families|students?|journalists?|aid\s+workers?|teachers?|"
    r"passengers?|shoppers?|man|woman|boy|girl|doctors?|nurses?|refugees?|displaced|"
    r"elders?|cleric|imam|mukhtar|citizens?|herders?|pastoralists|cattle\s+keepers|"
    r"detainees|prisoners|inmates|captives|hostages|fisherm[ae]n|fishers|traders?|vendors?|"
    r"merchants?|miners?|labou?rers?|loggers?|woodcutters?|motorists?|travell?ers?|drivers?|"
    r"pupils?|schoolchildren|patients?|priests?|pastors?|monks?|nuns?|mourners|pilgrims"
)
"""Civilian victims, as an alternation to build patterns from."""
CIVILIAN_PEOPLE = re.compile(rf"\b(?:{PEOPLE})\b", re.I)
"""Words for civilian victims ("villagers", "worshippers", "a woman")."""
ARMED = re.compile(
    r"\b(?:soldiers?|troops?|fighters?|militants?|militiamen|militias?|gunmen|insurgents?|"
    r"rebels?|jihadists?|combatants?|(?<!family\s)(?<!staff\s)(?<!crew\s)members|policem[ae]n|"
    r"police|officers?|gendarmes?|gendarmerie|guards?|servicem[ae]n|personnel|army|military|"
    r"forces|checkpoints?|bases?|barracks|garrisons?|outposts?|positions?|convoys?|patrols?)\b",
    re.I,
)
"""Armed people and places: as the victims or target of an attack, they make it a
battle ("killing two soldiers", "attacked an army base"), whoever else was hurt."""
