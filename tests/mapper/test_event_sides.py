"""Who did the violence and to whom decides the event type (own sentences): armed men
against unarmed working people or their camps are *Violence against civilians*; a crowd
that stones police or burns vehicles riots; drones laden with explosives strike from the
air; a crowd that beats a man to death is mob violence."""

from __future__ import annotations

import pytest

from mapper import EventType, extract_incidents

E = EventType


def _types(text: str) -> set[tuple[EventType, str]]:
    return {(i.event_type, i.sub_event_type) for i in extract_incidents(text)}


ON_CIVILIANS = [
    (
        "Gunmen on motorbikes raided a fishing camp near Malanville on Tuesday night.",
        "a fishing camp is a civilian site",
    ),
    (
        "Bandits attacked a group of miners near Tillaberi on Sunday, killing six of them.",
        "miners are civilians at work",
    ),
    (
        "Militants ambushed a minibus of traders near Dori on Friday, killing four.",
        "traders on the road are civilians",
    ),
    (
        "Gunmen stormed a hamlet outside Bunia on Monday and killed seven.",
        "a hamlet is where civilians live",
    ),
    (
        "Nine fishermen were killed on Lake Albert near Kasenyi on Saturday in an attack "
        "blamed on the Allied Democratic Forces.",
        "an armed group after 'blamed on' is the perpetrator, not the victim",
    ),
    (
        "Four loggers were killed near Beni on Sunday in an attack attributed to rebel forces.",
        "'attributed to' names the perpetrator",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ON_CIVILIANS)
def test_armed_men_against_civilians_at_work_or_home_are_attacks(text: str, reason: str) -> None:
    assert (E.VIOLENCE_AGAINST_CIVILIANS, "Attack") in _types(text), reason


STILL_BATTLES = [
    (
        "Insurgents attacked an army post near Mopti on Friday, killing three soldiers.",
        "soldiers as victims: a battle",
    ),
    (
        "Three soldiers were killed near Kidal on Monday in an attack claimed by jihadists, "
        "who also hit a checkpoint.",
        "a checkpoint as the target keeps it a battle",
    ),
]


@pytest.mark.parametrize(("text", "reason"), STILL_BATTLES)
def test_attacks_on_armed_men_stay_battles(text: str, reason: str) -> None:
    assert (E.BATTLES, "Armed clash") in _types(text), reason


RIOTS = [
    (
        "Hours after the funeral, a crowd in Imphal set two buses ablaze and pelted the "
        "house of the deputy commissioner of police with stones during a protest.",
        "the police are the target, not the ones using force",
    ),
    (
        "Traders in Kasese smashed the windscreens of two trucks belonging to the police "
        "during a protest against new market fees on Tuesday.",
        "police trucks damaged by traders: the police are no actor here",
    ),
    (
        "On Sunday a crowd in Kohima burned four lorries and pelted the bungalow of the "
        "superintendent of police with stones during a protest against army raids.",
        "'of police' names whose house was stoned",
    ),
    (
        "Demonstrators in Kasese threw stones at police and set tyres on fire during a "
        "protest against a land ruling on Tuesday.",
        "stones thrown at police by demonstrators: a riot",
    ),
    (
        "Youths torched a police station in Garissa during a protest over the death of a "
        "trader on Thursday.",
        "a police station is a building the crowd burned",
    ),
]


@pytest.mark.parametrize(("text", "reason"), RIOTS)
def test_protests_where_the_crowd_uses_violence_are_riots(text: str, reason: str) -> None:
    assert E.RIOTS in {t for t, _ in _types(text)}, reason


POLICE_FORCE = [
    (
        "Police fired tear gas at hundreds of protesters who marched peacefully in Eldoret "
        "on Monday to demand lower fuel prices.",
        "tear gas by police on a peaceful march: an intervention, no riot",
        "Protest with intervention",
    ),
]


@pytest.mark.parametrize(("text", "reason", "sub"), POLICE_FORCE)
def test_force_used_by_police_on_protesters_is_no_riot(text: str, reason: str, sub: str) -> None:
    assert (E.PROTESTS, sub) in _types(text), reason


MOBS = [
    (
        "In Garoua, a crowd beat to death a man accused of stealing a motorbike on Sunday.",
        "'beat to death' with no word between",
    ),
    (
        "Residents of Masaka lynched to death two suspected thieves on Friday.",
        "'lynched to death'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), MOBS)
def test_crowds_killing_people_are_mob_violence(text: str, reason: str) -> None:
    assert (E.RIOTS, "Mob violence") in _types(text), reason


DRONES = [
    (
        "Rebels attacked an army camp near Lashio with explosive-laden drones on Friday.",
        "explosive-laden drones are the weapon",
    ),
    (
        "Cartel gunmen hit a checkpoint in Aguililla with drones loaded with explosives "
        "on Tuesday.",
        "drones loaded with explosives",
    ),
]


@pytest.mark.parametrize(("text", "reason"), DRONES)
def test_attacks_with_explosive_drones_are_drone_strikes(text: str, reason: str) -> None:
    assert (E.EXPLOSIONS, "Air/drone strike") in _types(text), reason


def test_students_burning_a_vehicle_in_a_protest_riot() -> None:
    text = (
        "Students from a teachers' college set a bus on fire outside the governor's "
        "office in Oaxaca on Friday and threw firecrackers at police."
    )
    assert E.RIOTS in {t for t, _ in _types(text)}


def test_stoning_a_police_station_is_a_riot_not_an_attack_on_civilians() -> None:
    text = (
        "Hundreds joined a protest in Kisii on Friday demanding the release of a local "
        "chief, stoning the police station and burning a car."
    )
    assert E.VIOLENCE_AGAINST_CIVILIANS not in {t for t, _ in _types(text)}


def test_stoning_a_person_to_death_stays_an_attack() -> None:
    assert (E.VIOLENCE_AGAINST_CIVILIANS, "Attack") in _types(
        "Militants stoned a woman to death in Kidal on Friday."
    )


def test_a_crowd_named_far_before_its_arson_is_still_its_subject() -> None:
    text = (
        "Students of the agricultural institute in Iguala seized a delivery van from a "
        "supermarket car park, drove it down the avenue to the doors of the municipal "
        "palace on Monday, then set it on fire and threw stones at the police."
    )
    assert E.RIOTS in {t for t, _ in _types(text)}


AIRCRAFT_NOT_STRIKING = [
    ("aircraft were pursuing the attackers", "a pursuit, no strike"),
    ("helicopters and aircraft were deployed to search the area", "deployed to search"),
    ("aircraft flew over the area for hours", "an overflight"),
    ("a wounded officer was airlifted while aircraft circled overhead", "circling"),
]


@pytest.mark.parametrize(("clause", "reason"), AIRCRAFT_NOT_STRIKING)
def test_aircraft_that_do_not_strike_are_no_air_strike(clause: str, reason: str) -> None:
    text = f"Gunmen attacked a checkpoint near Baiji on Sunday, killing a soldier, and {clause}."
    assert (E.EXPLOSIONS, "Air/drone strike") not in _types(text), reason


def test_aircraft_that_strike_are_still_an_air_strike() -> None:
    text = "Aircraft struck a convoy near Gao on Sunday, killing four fighters."
    assert (E.EXPLOSIONS, "Air/drone strike") in _types(text)


def test_headline_killing_of_civilians_takes_the_leads_attack_type() -> None:
    text = (
        "Rebels kill 14 near Oicha\n"
        "Fourteen villagers were killed with machetes on Sunday night in an attack on "
        "a hamlet near Oicha blamed on the ADF, a local official said."
    )
    assert {t for t, _ in _types(text)} == {E.VIOLENCE_AGAINST_CIVILIANS}


INFORMERS = [
    (
        "Militants dragged a farmer out of his home near Kajo Keji on Thursday and shot "
        "him, accusing him of being an army informer.",
        "an army informer is a civilian",
    ),
    (
        "Rebels killed a trader near Butembo on Monday, calling him a police informant.",
        "a police informant is a civilian",
    ),
]


@pytest.mark.parametrize(("text", "reason"), INFORMERS)
def test_civilians_called_informers_are_civilian_victims(text: str, reason: str) -> None:
    assert (E.VIOLENCE_AGAINST_CIVILIANS, "Attack") in _types(text), reason


PEACEFUL_MARCHES = [
    (
        "In Gulu, hundreds marched on Monday to the district offices carrying portraits of "
        "those killed in the 2021 riots and dispersed peacefully at noon.",
        "the dead are the march's grievance; the crowd dispersed of its own accord",
    ),
    (
        "Relatives of the victims marched through Mombasa on Saturday to commemorate those "
        "shot during last year's protests, then dispersed quietly.",
        "commemorating people shot earlier",
    ),
]


@pytest.mark.parametrize(("text", "reason"), PEACEFUL_MARCHES)
def test_marches_remembering_the_dead_and_dispersing_quietly_are_peaceful(
    text: str, reason: str
) -> None:
    assert (E.PROTESTS, "Peaceful protest") in _types(text), reason


OFFENCES = [
    (
        "Police arrested a man wanted for the bombing of a bus station in Garissa during a "
        "raid in Mandera on Friday.",
        E.EXPLOSIONS,
        "the bombing is why he was wanted",
    ),
    (
        "Troops detained two brothers suspected of the kidnapping of a priest in a raid "
        "near Zamboanga on Tuesday.",
        E.VIOLENCE_AGAINST_CIVILIANS,
        "the kidnapping is what they are suspected of",
    ),
    (
        "Soldiers arrested three men accused of the ambush on a convoy near Bentiu on Sunday.",
        E.BATTLES,
        "the ambush is the accusation",
    ),
]


@pytest.mark.parametrize(("text", "not_type", "reason"), OFFENCES)
def test_the_offence_someone_is_arrested_for_is_no_new_event(
    text: str, not_type: EventType, reason: str
) -> None:
    types = {t for t, _ in _types(text)}
    assert E.STRATEGIC_DEVELOPMENTS in types, reason
    assert not_type not in types, reason


OTHERS_KILLED = [
    (
        "Mali: three herders killed near Mopti, traders protest in Segou",
        "the herders' deaths are another story of the headline",
    ),
    (
        "Two soldiers were killed near Kidal on Monday, and shopkeepers held a sit-in in Gao "
        "to demand better roads.",
        "soldiers killed elsewhere are no force used on the sit-in",
    ),
]


@pytest.mark.parametrize(("text", "reason"), OTHERS_KILLED)
def test_deaths_of_others_beside_a_protest_are_no_excessive_force(text: str, reason: str) -> None:
    subs = {s for t, s in _types(text) if t is E.PROTESTS}
    assert subs == {"Peaceful protest"}, reason


def test_protesters_shot_by_police_are_still_excessive_force() -> None:
    text = "Police shot dead two demonstrators during a protest over fuel prices in Kano on Monday."
    assert (E.PROTESTS, "Excessive force against protesters") in _types(text)


SEXUAL_VIOLENCE = [
    ("Fighters sexually assaulted a girl in Tawila on Friday.", "'sexually assaulted'"),
    (
        "Soldiers sexually abused three women at a checkpoint near Bunia on Monday.",
        "'sexually abused', even at a checkpoint",
    ),
]


@pytest.mark.parametrize(("text", "reason"), SEXUAL_VIOLENCE)
def test_sexual_assault_verbs_are_sexual_violence(text: str, reason: str) -> None:
    assert (E.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence") in _types(text), reason
