"""Event typing by class of wording, round nine (own sentences, several countries):
drones named with a long sender, crowd-on-crowd clashes, raids that only looted with
"nobody was hurt" told in the next sentence."""

from __future__ import annotations

import pytest

from mapper import EventType, extract_incidents, find_events

E = EventType

DRONE = (E.EXPLOSIONS.value, "Air/drone strike")
MOB = (E.RIOTS.value, "Mob violence")
RIOT = (E.RIOTS.value, "Violent demonstration")
LOOT = (E.STRATEGIC_DEVELOPMENTS.value, "Looting/property destruction")
ATTACK = (E.VIOLENCE_AGAINST_CIVILIANS.value, "Attack")


def _strong(text: str) -> list[tuple[str, str]]:
    return [(e.event_type.value, e.sub_event_type) for e in find_events(text) if not e.weak]


DRONES_WITH_LONG_SENDER = [
    (
        "Drones launched by the paramilitary Rapid Support Forces hit a fuel depot in "
        "El Obeid on Tuesday.",
        "a four-word sender between the drones and their verb",
    ),
    (
        "A drone flown by fighters of the Arakan Army struck a jetty in Sittwe overnight.",
        "a sender named with 'of'",
    ),
    (
        "Quadcopters operated by Islamic State West Africa Province dropped bombs on "
        "troops near Monguno.",
        "a five-word sender",
    ),
]


@pytest.mark.parametrize(("text", "reason"), DRONES_WITH_LONG_SENDER)
def test_drone_told_with_a_long_sender_is_a_drone_strike(text: str, reason: str) -> None:
    assert _strong(text)[:1] == [DRONE], reason


CROWD_ON_CROWD = [
    (
        "Supporters of two rival candidates fought with sticks and stones in Kisii on Sunday.",
        "party supporters fighting each other, no police: mob violence",
    ),
    (
        "Students from rival hostels clashed with iron rods on the campus in Patna.",
        "student groups against each other",
    ),
    (
        "Activists of the ruling party and the opposition clashed at a market in Feni, "
        "leaving 20 injured.",
        "political activists of two sides",
    ),
]


@pytest.mark.parametrize(("text", "reason"), CROWD_ON_CROWD)
def test_unarmed_sides_fighting_each_other_is_mob_violence(text: str, reason: str) -> None:
    assert MOB in _strong(text), reason


CROWD_ON_POLICE = [
    (
        "Opposition supporters clashed with police in Harare after the results were announced.",
        "a crowd against police: a violent demonstration",
    ),
    (
        "Students clashed with riot police outside parliament in Nairobi.",
        "students against police",
    ),
]


@pytest.mark.parametrize(("text", "reason"), CROWD_ON_POLICE)
def test_unarmed_side_fighting_police_stays_a_violent_demonstration(text: str, reason: str) -> None:
    assert RIOT in _strong(text), reason
    assert MOB not in _strong(text), reason


LOOTED_NOBODY_HURT_NEXT = [
    (
        "Jihadists raided settlements near Diffa on Friday night, making off with goats and "
        "setting granaries on fire. Nobody was hurt, a village chief said.",
        "driving off livestock and burning, 'nobody was hurt' in the next sentence",
    ),
    (
        "Bandits raided villages outside Anka overnight, looting shops and food stores. "
        "No casualties were reported, police said.",
        "looting, 'no casualties' in the next sentence",
    ),
]


@pytest.mark.parametrize(("text", "reason"), LOOTED_NOBODY_HURT_NEXT)
def test_raid_that_only_looted_is_looting_when_the_next_sentence_says_nobody_was_hurt(
    text: str, reason: str
) -> None:
    incidents = extract_incidents(text, published="2026-03-02")
    assert [(i.event_type.value, i.sub_event_type) for i in incidents] == [LOOT], reason


def test_raid_that_hurt_people_is_no_looting_whatever_the_next_sentence_says() -> None:
    text = (
        "Bandits raided villages outside Anka overnight, looting shops and wounding two "
        "traders. No one else was hurt, police said."
    )
    incidents = extract_incidents(text, published="2026-03-02")
    assert LOOT not in [(i.event_type.value, i.sub_event_type) for i in incidents]


def test_raid_without_looting_is_no_looting() -> None:
    text = "Gunmen raided villages near Bokkos overnight. Nobody was hurt, police said."
    incidents = extract_incidents(text, published="2026-03-02")
    assert LOOT not in [(i.event_type.value, i.sub_event_type) for i in incidents]


KILLED_AFTER_DEMONSTRATION = [
    (
        "Protesters clashed with police in Eldoret on Tuesday and two were shot dead.",
        RIOT,
        "deaths coordinated with a violent demonstration, passive, no killers named",
    ),
    (
        "Students rioted in Kumasi on Monday and one was shot dead by police.",
        RIOT,
        "killed by police in the riot's own sentence",
    ),
    (
        "Police fired on marchers in Blantyre on Saturday, and two people were shot dead.",
        (E.PROTESTS.value, "Excessive force against protesters"),
        "people shot at a march: the protest met with lethal force",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), KILLED_AFTER_DEMONSTRATION)
def test_killing_told_after_a_demonstration_is_the_demonstrations(
    text: str, expected: tuple[str, str], reason: str
) -> None:
    incidents = extract_incidents(text, published="2026-03-10")
    assert [(i.event_type.value, i.sub_event_type) for i in incidents] == [expected], reason


KILLED_APART_FROM_DEMONSTRATION = [
    (
        "Traders protested in Bamenda on Monday, and gunmen shot dead a teacher in Kumbo.",
        "armed killers and a place of their own",
    ),
    (
        "Residents rallied in Bunia on Friday, but militiamen shot dead three farmers nearby.",
        "'but' opens a clause of its own with armed killers",
    ),
]


@pytest.mark.parametrize(("text", "reason"), KILLED_APART_FROM_DEMONSTRATION)
def test_killing_apart_from_the_demonstration_stays_an_attack(text: str, reason: str) -> None:
    incidents = extract_incidents(text, published="2026-03-10")
    assert ATTACK in [(i.event_type.value, i.sub_event_type) for i in incidents], reason


ONGOING_SUBJECT = [
    (
        "Fighting between the army and the rebels has spread across Ituri and North Kivu "
        "since January.",
        "the cue as subject of a perfect verb with 'since January'",
    ),
    (
        "Clashes between herders and farmers have killed more than 300 people in Benue over "
        "the past two years.",
        "a toll over years",
    ),
    (
        "Attacks by the jihadists have emptied dozens of villages around Djibo since 2022.",
        "'since 2022': a period, not an event",
    ),
]


@pytest.mark.parametrize(("text", "reason"), ONGOING_SUBJECT)
def test_cue_as_subject_of_a_perfect_with_a_period_is_no_event(text: str, reason: str) -> None:
    assert _strong(text) == [], reason


def test_cue_as_subject_of_a_perfect_since_a_weekday_stays_an_event() -> None:
    text = "Clashes between police and traders have left two dead in Onitsha since Monday."
    assert _strong(text), "'since Monday' is this week's event, not a period"


GENERIC_TARGETS = [
    (
        "The governor warned that troops would shoot anyone who tries to storm the "
        "electoral commission in Lubumbashi.",
        "'anyone who tries to storm': a threat, no event",
    ),
    (
        "Police said they would arrest whoever attacks polling stations in Kano.",
        "'whoever attacks': generic",
    ),
]


@pytest.mark.parametrize(("text", "reason"), GENERIC_TARGETS)
def test_act_of_anyone_who_might_do_it_is_no_event(text: str, reason: str) -> None:
    assert _strong(text) == [], reason


COMPLEX_ATTACKS = [
    (
        "A suicide bomber rammed a truck into the gate of an army post in Bannu, and "
        "gunmen then tried to storm the post, officials said.",
        (E.EXPLOSIONS.value, "Suicide bomb"),
        "the assault is the bombing's next step",
    ),
    (
        "A roadside bomb hit a convoy near Kidal, and the attackers then opened fire on the "
        "survivors.",
        (E.EXPLOSIONS.value, "Remote explosive/landmine/IED"),
        "the follow-up fire is the ambush's",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), COMPLEX_ATTACKS)
def test_assault_after_a_bombing_with_then_is_one_complex_attack(
    text: str, expected: tuple[str, str], reason: str
) -> None:
    assert _strong(text) == [expected], reason


def test_assault_with_a_place_of_its_own_after_a_bombing_is_an_event_apart() -> None:
    text = (
        "A suicide bomber struck a checkpoint in Mogadishu, and gunmen then attacked a hotel "
        "in Baidoa."
    )
    cues = [e.cue for e in find_events(text)]
    assert "attack" in cues, "the assault names a town of its own"


REPELLED_RAIDS = [
    (
        "Vigilantes fought off bandits who raided Bakura on Sunday night.",
        "vigilantes against bandits: a battle, placed where the raid struck",
    ),
    (
        "Soldiers battled militants who had attacked a base near Dikwa on Tuesday.",
        "the attack in a relative clause on the militants the troops fought",
    ),
    (
        "Local defence volunteers clashed with gunmen that stormed Kauru overnight.",
        "'that stormed': the same raid, met with resistance",
    ),
]


@pytest.mark.parametrize(("text", "reason"), REPELLED_RAIDS)
def test_clash_with_raiders_told_in_a_relative_clause_is_one_battle_at_the_raid(
    text: str, reason: str
) -> None:
    incidents = extract_incidents(text, published="2026-03-10")
    assert [i.event_type for i in incidents] == [E.BATTLES], reason
    assert incidents[0].place_name is not None, reason


def test_villagers_fighting_a_gang_stay_mob_violence() -> None:
    text = "Villagers fought gang members with machetes in Kasese on Sunday."
    assert _strong(text) == [MOB], "a gang is no organised armed group: a mob's fight"


def test_killing_with_an_injured_clause_before_a_crowd_fight_is_the_riot() -> None:
    text = (
        "A teacher was shot dead and nine people were wounded in Kumasi when rival party "
        "supporters clashed on Sunday."
    )
    incidents = extract_incidents(text, published="2026-03-10")
    assert [(i.event_type.value, i.sub_event_type) for i in incidents] == [MOB], (
        "the injured clause between killing and clash is the same riot's toll"
    )


IED = (E.EXPLOSIONS.value, "Remote explosive/landmine/IED")

IED_WORDINGS = [
    ("A remote-controlled blast hit a military convoy near Mir Ali on Wednesday.", "blast"),
    ("A remote-controlled bomb ripped through a police van in Bajaur.", "remote bomb"),
    ("Militants set off a bomb under a bridge near Kalat on Friday.", "'set off a bomb'"),
    ("The bomb tore through a crowded market in Kirkuk.", "'tore through'"),
    ("Two soldiers were killed when their vehicle hit a mine near Gao.", "'hit a mine'"),
    ("A bomb hidden in a motorcycle exploded at a bus stand in Jamrud.", "hidden bomb"),
]


@pytest.mark.parametrize(("text", "reason"), IED_WORDINGS)
def test_remote_bombs_and_mines_in_varied_wordings_are_ieds(text: str, reason: str) -> None:
    assert _strong(text)[:1] == [IED], reason


def test_bomb_that_blew_up_outside_a_building_destroyed_no_property() -> None:
    text = "A motorcycle rigged with explosives blew up outside a mosque in Quetta."
    assert _strong(text) == [IED], "'blew up outside a mosque' is where, not what, it destroyed"


def test_gold_mine_struck_is_no_landmine() -> None:
    assert IED not in _strong("Gunmen struck gold mines in Zamfara overnight."), "a gold mine"
