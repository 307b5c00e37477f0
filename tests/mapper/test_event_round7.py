"""Event typing by class of wording, round seven (own sentences, several countries):
negated arrests and harm, killings in an exchange of fire, garrisons overrun, arson by
the attackers of the sentence before, property damage beside thrown missiles."""

from __future__ import annotations

import pytest

from mapper import EventType, extract_incidents, find_events

E = EventType


def _strong(text: str) -> list[tuple[str, str, str]]:
    return [(e.cue, e.event_type.value, e.sub_event_type) for e in find_events(text) if not e.weak]


NEGATED_EVENTS = [
    (
        "Police in Kisumu said a case had been opened but no one had been arrested yet.",
        "'no one had been arrested': no arrest took place",
    ),
    (
        "Nobody has been detained over the killing, the district commissioner told reporters.",
        "'nobody has been detained' negates the arrest",
    ),
    (
        "None of the suspects were arrested, residents of Tororo complained.",
        "'none of the suspects were arrested'",
    ),
    (
        "Three weeks on, the authorities in Sylhet have yet to arrest anyone.",
        "'have yet to arrest': an arrest still to come",
    ),
]


@pytest.mark.parametrize(("text", "reason"), NEGATED_EVENTS)
def test_negated_arrest_is_no_event(text: str, reason: str) -> None:
    assert all(e.cue != "arrests" for e in find_events(text)), reason


AFFIRMED_EVENTS = [
    (
        "Nobody knows why soldiers arrested the two traders in Mopti on Monday.",
        "'nobody knows': the negation is of knowing, the arrest happened",
    ),
    (
        "Police in Lahore arrested 12 men after the clash, a spokesman said.",
        "a plain arrest with its agent",
    ),
]


@pytest.mark.parametrize(("text", "reason"), AFFIRMED_EVENTS)
def test_affirmed_arrest_is_kept(text: str, reason: str) -> None:
    assert any(e.cue == "arrests" for e in find_events(text)), reason


SHOOTOUT_KILLINGS = [
    (
        "A Maoist commander was shot dead in an encounter with the district reserve guard in "
        "a forest near Sukma on Tuesday.",
        "Indian English 'encounter': an exchange of fire with security forces",
    ),
    (
        "Two suspected kidnappers were gunned down during a shootout with police in Culiacan.",
        "'during a shootout with police'",
    ),
    (
        "A gang leader was shot dead in an exchange of fire with soldiers in Port-au-Prince.",
        "'in an exchange of fire with soldiers'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), SHOOTOUT_KILLINGS)
def test_killing_in_exchange_of_fire_is_armed_clash(text: str, reason: str) -> None:
    first = _strong(text)[0]
    assert first[1:] == (E.BATTLES.value, "Armed clash"), reason


def test_killing_without_exchange_of_fire_stays_attack() -> None:
    text = "A shopkeeper was shot dead by gunmen on a motorbike in Quetta on Friday."
    assert _strong(text)[0][1:] == (E.VIOLENCE_AGAINST_CIVILIANS.value, "Attack")


GARRISONS_OVERRUN = [
    (
        "Rebels of the Arakan Army overran the Myanmar People's Defence Force garrison in "
        "Paletwa on Sunday after weeks of fighting.",
        "'People's' is a possessive in the garrison's name, not people taken",
    ),
    (
        "Insurgents overran the Malian Armed Forces' camp at Boni on Friday.",
        "a camp taken, a fight",
    ),
]


@pytest.mark.parametrize(("text", "reason"), GARRISONS_OVERRUN)
def test_garrison_overrun_is_a_battle_not_an_arrest(text: str, reason: str) -> None:
    first = _strong(text)[0]
    assert first[1] == E.BATTLES.value, reason
    assert first[2] != "Arrests", reason


def test_people_taken_still_an_abduction() -> None:
    text = "Militants captured three people on the road near Kidal on Monday."
    assert _strong(text)[0][2] == "Abduction/forced disappearance"


ATTACKERS_ARSON = [
    (
        "Gunmen raided a police post in Kaya on Sunday, killing four officers. The attackers "
        "took rifles and set fire to the post before fleeing.",
        "'The attackers ... set fire': the arson is part of the raid",
    ),
    (
        "Al-Shabaab fighters attacked an army base near Mandera, killing two soldiers. They "
        "torched two military trucks as they withdrew.",
        "'They torched': the same fighters, the same attack",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ATTACKERS_ARSON)
def test_arson_by_the_same_attackers_is_no_incident_apart(text: str, reason: str) -> None:
    assert all(e.cue != "looting" for e in find_events(text)), reason


OWN_ARSON = [
    (
        "Bandits attacked a village in Zamfara, killing nine. They burnt the village of "
        "Kware the next day.",
        "a day and a village of its own: a second event",
    ),
    (
        "Jihadists killed ten soldiers near Djibo. The militants then torched a school in Arbinda.",
        "a place of its own",
    ),
]


@pytest.mark.parametrize(("text", "reason"), OWN_ARSON)
def test_arson_with_own_day_or_place_is_kept(text: str, reason: str) -> None:
    assert any(e.cue == "looting" for e in find_events(text)), reason


CROWD_MISSILES = [
    (
        "Cars set alight, police pelted with stones in Rinkeby",
        "stones thrown at police: a crowd's act",
    ),
    (
        "Shops were torched and petrol bombs thrown at officers in a Belfast estate overnight.",
        "petrol bombs thrown: a riot",
    ),
]


@pytest.mark.parametrize(("text", "reason"), CROWD_MISSILES)
def test_agentless_arson_beside_thrown_missiles_is_a_riot(text: str, reason: str) -> None:
    arson = [e for e in find_events(text) if e.cue == "looting"]
    assert arson, reason
    assert arson[0].event_type is E.RIOTS, reason


def test_agentless_arson_by_armed_group_is_no_riot() -> None:
    text = "Houses were torched and stones scattered after militants stormed Mubi."
    arson = [e for e in find_events(text) if e.cue == "looting"]
    assert all(e.event_type is not E.RIOTS for e in arson)


def test_negated_arrest_after_lynching_leaves_one_riot() -> None:
    text = (
        "A man was beaten to death by a mob on suspicion of theft in Gazipur on Monday, "
        "police said. No one has been arrested so far."
    )
    kinds = [i.event_type for i in extract_incidents(text, published="2025-06-03")]
    assert E.STRATEGIC_DEVELOPMENTS not in kinds


def test_weapons_taken_by_the_attackers_fold_into_the_attack() -> None:
    text = (
        "Gunmen stormed an army post near Djibo on Thursday, killing five soldiers, security "
        "sources said. The assailants seized weapons and ammunition before fleeing."
    )
    kinds = [i.event_type for i in extract_incidents(text, published="2024-02-10")]
    assert kinds == [E.BATTLES]


COUNTED_CROWDS = [
    (
        "Dozens of youths attacked the village of Ol Moran in Laikipia on Friday, "
        "throwing stones at homes.",
        "a crowd counted in dozens with stones, attacking a village",
    ),
    (
        "Hundreds of villagers attacked the homes of two men accused of witchcraft near "
        "Kilifi on Sunday.",
        "villagers in hundreds attacking homes",
    ),
]


@pytest.mark.parametrize(("text", "reason"), COUNTED_CROWDS)
def test_counted_crowd_attacking_a_village_is_mob_violence(text: str, reason: str) -> None:
    assert _strong(text)[0][1:] == (E.RIOTS.value, "Mob violence"), reason


def test_counted_gunmen_are_no_crowd() -> None:
    text = "Dozens of gunmen attacked the village of Kware in Sokoto, shooting residents."
    assert all(e.event_type is not E.RIOTS for e in find_events(text))


def test_killing_in_clashes_with_police_is_not_recoded_as_battle() -> None:
    text = "A student was shot dead in clashes with police in Nairobi on Tuesday."
    shot = [e for e in find_events(text) if e.cue == "assassination"]
    assert shot and shot[0].event_type is not E.BATTLES


TAKEN_FROM_FOE = [
    (
        "Government troops retook Kalemie from the rebels unopposed on Friday.",
        "taken from a named foe: a territorial battle, as when the foe withdrew",
    ),
    (
        "Troops recaptured the village of Gajiram from ISWAP fighters without resistance.",
        "'from ISWAP fighters': the foe is named",
    ),
    (
        "The army said it had retaken Ma'arrat from al-Nusra without a fight on Monday.",
        "an 'al-' group name after 'from'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), TAKEN_FROM_FOE)
def test_unopposed_capture_from_a_named_foe_is_a_battle(text: str, reason: str) -> None:
    assert _strong(text)[0][1] == E.BATTLES.value, reason


HANDOVERS = [
    (
        "The army entered Ras Kamboni from the sea without a fight on Monday.",
        "'from the sea' names no foe",
    ),
    (
        "Rebels took control of Goma peacefully after a deal with the governor.",
        "a handover under a deal, no foe",
    ),
]


@pytest.mark.parametrize(("text", "reason"), HANDOVERS)
def test_unopposed_capture_with_no_foe_is_a_transfer(text: str, reason: str) -> None:
    assert _strong(text)[0][1:] == (
        E.STRATEGIC_DEVELOPMENTS.value,
        "Non-violent transfer of territory",
    ), reason
