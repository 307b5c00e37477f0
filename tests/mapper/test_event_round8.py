"""Event typing by class of wording, round eight (own sentences, several countries):
missiles and fireworks thrown by crowds, deaths at a demonstration, towns stormed and
taken, raids that only looted."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import EventType, extract_incidents, find_events

E = EventType


def _strong(text: str) -> list[tuple[str, str]]:
    return [(e.event_type.value, e.sub_event_type) for e in find_events(text) if not e.weak]


RIOT = (E.RIOTS.value, "Violent demonstration")
SHELLING = (E.EXPLOSIONS.value, "Shelling/artillery/missile attack")
EXCESSIVE = (E.PROTESTS.value, "Excessive force against protesters")
OVERTAKE = (E.BATTLES.value, "Non-state actor overtakes territory")
REGAIN = (E.BATTLES.value, "Government regains territory")
LOOT = (E.STRATEGIC_DEVELOPMENTS.value, "Looting/property destruction")
ATTACK = (E.VIOLENCE_AGAINST_CIVILIANS.value, "Attack")

THROWN_BY_CROWDS = [
    (
        "A crowd outside the asylum hostel in Knowsley threw missiles at officers on Friday.",
        "'threw missiles': British riot wording for stones and bottles",
    ),
    (
        "Officers in Leipzig were pelted with missiles and bottles as the march broke up.",
        "'pelted with missiles' in the passive",
    ),
    (
        "Youths in Marseille hurled fireworks at a police station overnight.",
        "fireworks are thrown by crowds, never fired as artillery",
    ),
    (
        "Fireworks were thrown at riot police in Athens on Saturday evening.",
        "fireworks thrown, passive, no agent",
    ),
]


@pytest.mark.parametrize(("text", "reason"), THROWN_BY_CROWDS)
def test_missiles_and_fireworks_thrown_by_a_crowd_are_a_riot(text: str, reason: str) -> None:
    assert _strong(text) == [RIOT], reason


FIRED_MISSILES = [
    ("Russian forces fired missiles at Odesa overnight.", "missiles fired by an army"),
    ("A missile struck an apartment block in Dnipro on Tuesday.", "a missile strike"),
    ("Houthi rebels launched missiles at a tanker off Hodeidah.", "missiles launched"),
]


@pytest.mark.parametrize(("text", "reason"), FIRED_MISSILES)
def test_fired_missiles_stay_shelling(text: str, reason: str) -> None:
    assert SHELLING in _strong(text), reason


DEATHS_AT_DEMONSTRATIONS = [
    (
        "Three people were shot dead in Homa Bay on Tuesday after protesters torched a police "
        "station and hurled stones at officers.",
        RIOT,
        "the crowd burnt and stoned: the deaths are the riot's",
    ),
    (
        "Two men were shot dead in Conakry on Thursday as demonstrators threw rocks at gendarmes.",
        RIOT,
        "'as' ties the shooting to a stone-throwing crowd",
    ),
    (
        "A student was shot dead in Dhaka when police opened fire on demonstrators marching "
        "to the ministry.",
        EXCESSIVE,
        "a march with no violence of its own: force used on protesters",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), DEATHS_AT_DEMONSTRATIONS)
def test_killing_during_a_demonstration_is_the_demonstration(
    text: str, expected: tuple[str, str], reason: str
) -> None:
    assert set(_strong(text)) == {expected}, reason


KILLINGS_APART_FROM_DEMONSTRATIONS = [
    (
        "Gunmen shot dead a trader in Kano as protesters gathered outside the governor's office.",
        "armed killers named: an attack of its own beside the protest",
    ),
    (
        "A farmer was shot dead in Makueni on Monday as protesters marched in Nairobi.",
        "the protest has a place of its own",
    ),
    (
        "A journalist was shot dead in Culiacan. Protesters marched in Mexico City the next day.",
        "a new sentence: two events",
    ),
]


@pytest.mark.parametrize(("text", "reason"), KILLINGS_APART_FROM_DEMONSTRATIONS)
def test_killing_apart_from_a_demonstration_stays_an_attack(text: str, reason: str) -> None:
    assert ATTACK in _strong(text), reason


TOWNS_STORMED_AND_TAKEN = [
    (
        "Militants stormed the town of Djibo at dawn, seizing control of its market and "
        "police post.",
        OVERTAKE,
        "'stormed ..., seizing control': the storming is the takeover",
    ),
    (
        "Rebels attacked Kalehe on Sunday and took control of the town by nightfall.",
        OVERTAKE,
        "'attacked ... and took control': one battle over the town",
    ),
    (
        "Government troops stormed Pinlebu on Friday, regaining control of the town.",
        REGAIN,
        "the state retakes the town it stormed",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), TOWNS_STORMED_AND_TAKEN)
def test_raid_that_took_a_town_is_the_takeover(
    text: str, expected: tuple[str, str], reason: str
) -> None:
    assert _strong(text) == [expected], reason


LOOTING_RAIDS = [
    (
        "Insurgents raided the fishing village of Quiterajo overnight, looting food stores and "
        "burning the clinic; no casualties were reported.",
        "property only, and no one hurt: looting",
    ),
    (
        "Bandits stormed a market in Zurmi on Friday, looting shops, but nobody was hurt, "
        "police said.",
        "'nobody was hurt' in the same sentence",
    ),
]


@pytest.mark.parametrize(("text", "reason"), LOOTING_RAIDS)
def test_raid_that_only_looted_is_looting(text: str, reason: str) -> None:
    assert _strong(text) == [LOOT], reason


def test_raid_that_looted_and_hurt_people_stays_an_attack() -> None:
    text = (
        "Insurgents raided the village of Nangade overnight, looting shops and killing two "
        "traders, residents said."
    )
    assert _strong(text)[0] == ATTACK, "people were killed: the raid is an attack"


DRONE = (E.EXPLOSIONS.value, "Air/drone strike")
INTERVENTION = (E.PROTESTS.value, "Protest with intervention")

DRONES_WITH_SENDER = [
    (
        "A drone launched by rebels crashed into a market in Kalehe on Monday, wounding three.",
        "the sender between the drone and its verb",
    ),
    (
        "A quadcopter flown by militants struck a police post in Lakki Marwat overnight.",
        "'flown by' names who sent it",
    ),
    (
        "A drone operated by the army hit a wedding party in Myinmu township on Sunday.",
        "'operated by' a state force",
    ),
]


@pytest.mark.parametrize(("text", "reason"), DRONES_WITH_SENDER)
def test_drone_told_with_its_sender_is_a_drone_strike(text: str, reason: str) -> None:
    assert _strong(text) == [DRONE], reason


def test_drone_shot_down_after_its_sender_is_no_strike() -> None:
    text = "Drones launched by Ukraine were shot down over Belgorod, the governor said."
    assert DRONE not in _strong(text), "an intercepted drone struck nothing"


GATHERINGS_DISPERSED = [
    (
        "Police in Lome fired tear gas on Saturday to disperse opposition supporters who had "
        "gathered outside the electoral commission.",
        INTERVENTION,
        "a gathering broken up with tear gas, no protest word",
    ),
    (
        "Gendarmes used tear gas to scatter a crowd outside the courthouse in Bamako.",
        INTERVENTION,
        "'used tear gas to scatter a crowd'",
    ),
    (
        "Police fired tear gas to disperse youths who had set fire to tyres in Conakry.",
        RIOT,
        "the dispersed crowd was burning tyres: a riot",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), GATHERINGS_DISPERSED)
def test_gathering_dispersed_with_tear_gas_is_a_protest_met_with_force(
    text: str, expected: tuple[str, str], reason: str
) -> None:
    assert set(_strong(text)) == {expected}, reason  # one place: the cues make one incident


def test_tear_gas_on_named_protesters_is_one_protest_cue() -> None:
    text = "Police fired tear gas to disperse hundreds of protesters marching in Nakuru."
    cues = [e.text for e in find_events(text) if not e.weak]
    assert not any("tear gas" in c for c in cues), "the protesters are the cue, not the gas"


ARREST = (E.STRATEGIC_DEVELOPMENTS.value, "Arrests")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Police arrested three gang members in Kumasi on Friday and seized two pistols.",
            "handguns seized with the arrests: no territory changed hands",
        ),
        (
            "Troops detained a courier near Gao and seized revolvers and bullets from his car.",
            "revolvers and bullets are weapons, not ground",
        ),
    ],
)
def test_seized_handguns_are_no_territory(text: str, reason: str) -> None:
    types = _strong(text)
    assert ARREST in types and all(t[0] != E.BATTLES.value for t in types), reason


SUSPECTS_HELD_AFTER_AN_ATTACK = [
    (
        "A man stabbed two worshippers outside a mosque in Bradford on Friday. "
        "Police said one suspect had been detained.",
        "one suspect held for the stabbing just told",
    ),
    (
        "Gunmen shot dead a trader in Jos on Monday, witnesses said. Two men were "
        "arrested over the killing, police said.",
        "'arrested over the killing': the killing's suspects",
    ),
]


@pytest.mark.parametrize(("text", "reason"), SUSPECTS_HELD_AFTER_AN_ATTACK)
def test_arrest_of_suspects_in_the_event_just_told_is_no_event(text: str, reason: str) -> None:
    incidents = extract_incidents(text)
    assert incidents, "the attack itself stays"
    assert all(i.sub_event_type != "Arrests" for i in incidents), reason


ARRESTS_OF_THEIR_OWN = [
    (
        "Gunmen killed two farmers in Kaura on Monday. Separately, police arrested 12 "
        "suspects in Kaduna city.",
        "'separately' and a place of its own: a new event",
    ),
    (
        "Gunmen killed two farmers in Kaura on Monday. On Wednesday troops arrested three "
        "suspected members of the armed group.",
        "suspected members of a group, on a day of their own",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ARRESTS_OF_THEIR_OWN)
def test_arrests_with_their_own_scene_stay_events(text: str, reason: str) -> None:
    incidents = extract_incidents(text, published=date(2025, 3, 7))
    assert any(i.sub_event_type == "Arrests" for i in incidents), reason


RAIDS_MET_WITH_FIRE = [
    (
        "Five people were killed on Wednesday during a police raid on the Complexo da Penha "
        "in Rio de Janeiro. The state government said its officers exchanged fire with gang "
        "members for several hours.",
        "'its officers exchanged fire with gang members': the raid was a battle",
    ),
    (
        "Three villagers died in an army raid on Kamanga on Sunday. The military said the "
        "troops clashed with rebels hiding in the village.",
        "'the troops clashed with rebels' in the next sentence",
    ),
]


@pytest.mark.parametrize(("text", "reason"), RAIDS_MET_WITH_FIRE)
def test_raid_met_with_fire_in_the_next_sentence_is_a_battle(text: str, reason: str) -> None:
    types = {i.event_type for i in extract_incidents(text, published=date(2025, 6, 12))}
    assert types == {E.BATTLES}, reason


def test_firefight_with_a_place_of_its_own_leaves_the_raid_an_attack() -> None:
    text = (
        "Three villagers died in an army raid on Kamanga on Sunday. The military said its "
        "troops clashed with rebels in Bunia the same day."
    )
    types = {i.event_type for i in extract_incidents(text, published=date(2025, 6, 12))}
    assert E.VIOLENCE_AGAINST_CIVILIANS in types, "the clash in Bunia is another event"


ABDUCTION = (E.VIOLENCE_AGAINST_CIVILIANS.value, "Abduction/forced disappearance")
CLASH = (E.BATTLES.value, "Armed clash")

PASSIVE_SEIZURES = [
    (
        "Two police officers on leave were taken by FARC dissidents near Jamundi on Sunday.",
        ABDUCTION,
        "off-duty officers taken: an abduction, not ground",
    ),
    (
        "Forty bus passengers were seized by gunmen on the Abuja-Kaduna highway.",
        ABDUCTION,
        "civilians seized in the passive",
    ),
    (
        "Three soldiers were captured by rebels near Rutshuru during the fighting.",
        CLASH,
        "soldiers on duty captured: the fight they were taken in",
    ),
    (
        "The town was captured by rebels on Monday after the army withdrew.",
        (E.BATTLES.value, "Non-state actor overtakes territory"),
        "'captured by rebels' names the takers, and the town is ground",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), PASSIVE_SEIZURES)
def test_passive_seizure_is_typed_by_what_was_taken(
    text: str, expected: tuple[str, str], reason: str
) -> None:
    assert _strong(text)[0] == expected, reason
