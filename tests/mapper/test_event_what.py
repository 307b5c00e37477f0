"""Event recognition and typing by class of wording (own sentences): weapons delivered
from the air, property destroyed within an attack, territory taken from a foe that
withdrew, people led away from their homes."""

from __future__ import annotations

import pytest

from mapper import EventType, extract_incidents, find_events

E = EventType


def _main(text: str):
    """The first strong event of *text* (or the first event when all are weak)."""
    events = find_events(text)
    strong = [e for e in events if not e.weak]
    assert events, text
    return (strong or events)[0]


AERIAL_DELIVERY = [
    (
        "Suspected militants used drones to drop explosives on Kangpokpi village on Sunday.",
        "used drones to drop: the drone is the weapon's carrier",
    ),
    (
        "A drone fired a missile at a car near Hodeidah on Monday, killing two men.",
        "a missile fired by a drone is a drone strike, not shelling",
    ),
    (
        "Army helicopters dropped barrels of explosives on Daraya on Friday.",
        "helicopters dropping barrels: an air strike",
    ),
    (
        "Grenades dropped from a commercial drone hit a checkpoint in Pokrovsk on Monday.",
        "a grenade delivered by drone is a drone strike, not a thrown grenade",
    ),
    (
        "Rebel quadcopters dropped mortar rounds on an army camp near Shwebo on Friday.",
        "quadcopters are drones",
    ),
    (
        "Insurgents used armed drones to attack a police post in Bannu on Sunday.",
        "used drones to attack",
    ),
]


@pytest.mark.parametrize(("text", "reason"), AERIAL_DELIVERY)
def test_weapons_delivered_from_the_air_are_air_or_drone_strikes(text: str, reason: str) -> None:
    event = _main(text)
    assert event.event_type is E.EXPLOSIONS, reason
    assert event.sub_event_type == "Air/drone strike", reason


def test_a_drone_seen_overhead_is_no_strike() -> None:
    events = find_events("Residents of Kherson said a drone circled over the port for an hour.")
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


DAMAGE_WITHIN_ATTACK = [
    (
        "Al-Shabaab fighters killed six farmers and burned dozens of huts in Bulo Marer on "
        "Saturday.",
        "a second verb sharing the attackers: the huts burned in the same attack",
    ),
    (
        "Settlers beat up two shepherds and set fire to a barn near Duma overnight.",
        "beating then arson, joined by 'and'",
    ),
    (
        "Bandits ambushed a convoy near Tillaberi on Monday, killing 14 soldiers. Three fuel "
        "tankers were torched, a security source said.",
        "passive damage with no agent or place of its own in the next sentence",
    ),
    (
        "Gunmen attacked Kpata village on Friday night, killing 21 people. Dozens of homes "
        "were also set ablaze, the district chief said.",
        "'were also set ablaze' after the killing",
    ),
]


@pytest.mark.parametrize(("text", "reason"), DAMAGE_WITHIN_ATTACK)
def test_property_destroyed_within_an_attack_is_no_event_of_its_own(text: str, reason: str) -> None:
    events = find_events(text)
    assert events, reason
    assert all(e.event_type is not E.STRATEGIC_DEVELOPMENTS for e in events), reason


SEPARATE_DAMAGE = [
    (
        "Gunmen killed two guards at a mine near Kamituga on Sunday. On Tuesday, shops "
        "were looted by soldiers in Uvira.",
        "its own agent, place and day: a separate event",
    ),
    (
        "Troops shot dead a suspect in Gao on Monday. Meanwhile, members of a youth militia "
        "ransacked and torched houses in the Sikasso market district late last night.",
        "active voice, its own agent and place after a sentence break",
    ),
    (
        "Unknown people torched the offices of the electoral board in Kisumu on Monday.",
        "arson with no attack before it stays an event",
    ),
]


@pytest.mark.parametrize(("text", "reason"), SEPARATE_DAMAGE)
def test_property_destroyed_by_its_own_agent_or_in_its_own_place_stays_an_event(
    text: str, reason: str
) -> None:
    assert any(e.cue == "looting" for e in find_events(text)), reason


TERRITORY_FROM_A_FOE = [
    (
        "Government troops said they had recaptured the town of Bulo Burde on Sunday after "
        "al-Shabaab fighters pulled out without a fight.",
        "Government regains territory",
        "the foe held the town and withdrew: a regained town, not a handover",
    ),
    (
        "FARDC soldiers retook Rutshuru unopposed after M23 rebels withdrew overnight.",
        "Government regains territory",
        "'unopposed' with a named foe that withdrew",
    ),
    (
        "M23 rebels entered Walikale without resistance on Thursday after the army and its "
        "allied militias fled.",
        "Non-state actor overtakes territory",
        "rebels take a town the army fled",
    ),
    (
        "Rebels took control of Bunagana without a fight.",
        "Non-violent transfer of territory",
        "no foe named: a non-violent transfer",
    ),
    (
        "The army took over the airbase peacefully under a handover agreement with UN "
        "peacekeepers.",
        "Non-violent transfer of territory",
        "a handover under an agreement",
    ),
]


@pytest.mark.parametrize(("text", "sub", "reason"), TERRITORY_FROM_A_FOE)
def test_a_place_taken_after_its_armed_holders_withdrew_is_a_territorial_battle(
    text: str, sub: str, reason: str
) -> None:
    assert _main(text).sub_event_type == sub, reason


PEOPLE_LED_AWAY = [
    (
        "A community leader and two of his relatives were also taken from their home in "
        "Arauquita on Friday by armed men.",
        "passive 'taken from their home'",
    ),
    (
        "Three teachers were taken from a school in Kagoro by gunmen on Monday.",
        "people as the subject of passive 'taken'",
    ),
    (
        "Gunmen took five farmers from their homes in Birnin Gwari on Sunday.",
        "active 'took ... from their homes'",
    ),
    (
        "Militiamen dragged two men from their beds in Djugu and shot them.",
        "'dragged ... from their beds'",
    ),
]


@pytest.mark.parametrize(("text", "reason"), PEOPLE_LED_AWAY)
def test_people_taken_from_their_homes_are_abducted(text: str, reason: str) -> None:
    event = _main(text)
    assert event.event_type is E.VIOLENCE_AGAINST_CIVILIANS, reason
    assert event.sub_event_type == "Abduction/forced disappearance", reason


def test_damage_in_the_sentence_after_an_attack_is_part_of_it(default_gazetteer) -> None:
    text = (
        "Gunmen attacked Kpata village in Plateau State on Friday night, killing 21 people. "
        "Dozens of homes were also set ablaze, the district chief said."
    )
    found = extract_incidents(text, published="2025-03-02", gazetteer=default_gazetteer)
    assert found
    assert all(i.event_type is not E.STRATEGIC_DEVELOPMENTS for i in found)


def test_looting_after_a_town_is_taken_stays_an_event(default_gazetteer) -> None:
    text = (
        "Rebels said on Tuesday they had seized Goma after the army pulled out. "
        "Residents said shops in the central market were ransacked."
    )
    found = extract_incidents(text, published="2025-01-28", gazetteer=default_gazetteer)
    assert any(i.sub_event_type == "Looting/property destruction" for i in found)


CROWDS_THAT_KILL = [
    (
        "Villagers armed with machetes killed five suspected bandits in Zurmi on Sunday.",
        "villagers with blades are a mob, not an armed group",
    ),
    (
        "Residents of Ituango, backed by soldiers, killed two alleged extortionists on Sunday.",
        "an aside naming soldiers does not change the subject",
    ),
    (
        "Angry youths killed a suspected kidnapper in Ondo on Tuesday.",
        "youths as the subject of a counted killing",
    ),
]


@pytest.mark.parametrize(("text", "reason"), CROWDS_THAT_KILL)
def test_a_crowd_that_kills_people_is_mob_violence(text: str, reason: str) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (E.RIOTS, "Mob violence"), reason


NOT_A_CROWD_KILLING = [
    ("Villagers killed in the raid on Kuriga were buried on Monday.", "victims, not agents"),
    ("Residents said gunmen killed seven farmers in Bokkos on Sunday.", "gunmen killed"),
]


@pytest.mark.parametrize(("text", "reason"), NOT_A_CROWD_KILLING)
def test_people_killed_by_others_are_no_mob(text: str, reason: str) -> None:
    assert all(e.event_type is not E.RIOTS for e in find_events(text)), reason


ATTEMPTS = [
    "Gunmen were killed after they tried to enter Pétion-Ville on Tuesday.",
    "Rebels failed to take Sake after two days of fighting.",
    "Militants attempted to seize the town of Djibo on Sunday but were repelled.",
]


@pytest.mark.parametrize("text", ATTEMPTS)
def test_a_place_someone_tried_to_take_did_not_change_hands(text: str) -> None:
    assert all(e.cue not in {"seized", "recaptured"} for e in find_events(text))


RAIDS_TO_ABDUCT = [
    (
        "Gunmen stormed a mosque in Zamfara and carted away at least 20 worshippers.",
        "'carted away' people after storming: the abduction is the event",
    ),
    (
        "Bandits attacked Kuriga village in Kaduna State and abducted dozens of pupils.",
        "attack then abduction, one subject",
    ),
    (
        "Kidnappers whisked away two priests from a parish in Enugu on Saturday.",
        "'whisked away' people",
    ),
    ("Armed men led away five farmers near Kasese on Monday.", "'led away' people"),
    (
        "Bandits stormed a Baptist church in Birnin Gwari local government area of Kaduna "
        "State during the morning service and carted away 30 worshippers.",
        "a long object phrase, then 'and': the same raiders",
    ),
]


@pytest.mark.parametrize(("text", "reason"), RAIDS_TO_ABDUCT)
def test_people_carried_off_in_a_raid_make_it_an_abduction(text: str, reason: str) -> None:
    event = _main(text)
    assert event.sub_event_type == "Abduction/forced disappearance", reason


def test_a_raid_met_by_troops_stays_a_battle_beside_the_abduction() -> None:
    events = find_events(
        "Militants raided an army post in Malam Fatori and abducted three aid workers."
    )
    assert events[0].event_type is E.BATTLES


SPOILS_OF_BATTLE = [
    (
        "Troops killed six militants in a gunfight near Kupwara on Tuesday and arrested two "
        "others.",
        "arrests by the side that won the gunfight",
    ),
    (
        "Soldiers clashed with ISWAP fighters in Marte on Friday, killing 12, and seized a "
        "cache of rifles.",
        "weapons taken in the clash",
    ),
]


@pytest.mark.parametrize(("text", "reason"), SPOILS_OF_BATTLE)
def test_captures_in_a_battle_are_part_of_it(text: str, reason: str) -> None:
    events = find_events(text)
    assert any(e.event_type is E.BATTLES for e in events), reason
    assert all(e.event_type is not E.STRATEGIC_DEVELOPMENTS for e in events), reason


def test_arrests_in_their_own_sentence_and_place_stay_an_event() -> None:
    events = find_events(
        "Troops clashed with Al-Shabaab in Jilib on Monday. Police in Mogadishu arrested 12 "
        "suspects on Tuesday."
    )
    assert any(e.sub_event_type == "Arrests" for e in events)


def test_an_attempt_to_take_a_place_is_still_a_fight_over_it() -> None:
    events = find_events("Government forces renewed attempts to regain villages north of Hama.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [(E.BATTLES, "Armed clash")]


CROWD_FIGHTS = [
    (
        "Villagers fought gang members with machetes in Mirebalais on Sunday.",
        "Mob violence",
        "a crowd with blades against gang members",
    ),
    (
        "Residents clashed with suspected kidnappers in Kagarko on Monday, killing two.",
        "Mob violence",
        "residents as one side of a clash",
    ),
    (
        "Youths clashed with police in Nairobi on Tuesday.",
        "Violent demonstration",
        "a crowd against police is a violent demonstration",
    ),
]


@pytest.mark.parametrize(("text", "sub", "reason"), CROWD_FIGHTS)
def test_a_crowd_in_a_fight_riots(text: str, sub: str, reason: str) -> None:
    event = _main(text)
    assert (event.event_type, event.sub_event_type) == (E.RIOTS, sub), reason


def test_a_clash_of_troops_reported_by_residents_stays_a_battle() -> None:
    assert _main("Residents said troops clashed with militants in Gao.").event_type is E.BATTLES


VIOLENCE_ON_CIVILIANS_AMID_FIGHTING = [
    (
        "Amid fighting with the army, ELN guerrillas executed two farmers in Saravena on Monday.",
        "executed farmers, whatever fighting goes on",
    ),
    (
        "Gunmen attacked a cattle camp near Tonj on Sunday, shooting dead six herders.",
        "herders in a cattle camp are civilians",
    ),
]


@pytest.mark.parametrize(("text", "reason"), VIOLENCE_ON_CIVILIANS_AMID_FIGHTING)
def test_killing_unarmed_civilians_is_violence_against_civilians(text: str, reason: str) -> None:
    events = find_events(text)
    assert any(e.event_type is E.VIOLENCE_AGAINST_CIVILIANS for e in events), reason
