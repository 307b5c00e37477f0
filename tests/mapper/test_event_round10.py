"""Event typing by class of wording, round ten (own sentences, several countries):
raids on towns that only looted, told unhurt up to two sentences on, and fought raids
that stay battles; villagers "gunned down" in a headline are victims, not a mob."""

from __future__ import annotations

import pytest

from mapper import EventType, extract_incidents

E = EventType

LOOT = (E.STRATEGIC_DEVELOPMENTS.value, "Looting/property destruction")
ATTACK = (E.VIOLENCE_AGAINST_CIVILIANS.value, "Attack")
CLASH = (E.BATTLES.value, "Armed clash")


def _types(text: str) -> list[tuple[str, str]]:
    incidents = extract_incidents(text, published="2026-06-10")
    return [(i.event_type.value, i.sub_event_type) for i in incidents]


TOWN_RAIDS_THAT_ONLY_LOOTED = [
    (
        "Al-Shabaab fighters raided Bulo Burde on Saturday, looting the market and burning "
        "the police post. Nobody was hurt, elders said.",
        "a raid on a town (coded a battle before), unhurt in the next sentence",
    ),
    (
        "Rebels raided Kitshanga on Tuesday, stealing medicine from the clinic and setting "
        "shops on fire. They withdrew the same evening. No casualties were reported, a "
        "local official said.",
        "unhurt two sentences on, after a sentence with no harm",
    ),
    (
        "Insurgents stormed Mueda overnight, ransacking offices and torching vehicles. "
        "Residents had already fled and no one was hurt, sources said.",
        "'stormed' a town, 'no one was hurt' inside a longer sentence",
    ),
]


@pytest.mark.parametrize(("text", "reason"), TOWN_RAIDS_THAT_ONLY_LOOTED)
def test_raid_on_a_town_that_only_looted_is_looting(text: str, reason: str) -> None:
    assert _types(text) == [LOOT], reason


FOUGHT_OR_HARMFUL_RAIDS = [
    (
        "Al-Shabaab fighters raided Bulo Burde on Saturday, clashing with soldiers and "
        "burning the police post. Nobody was hurt, elders said.",
        "fighting told in the raid's sentence: two armed sides, a battle",
    ),
    (
        "Rebels raided Kitshanga on Tuesday, setting shops on fire. Two guards were shot "
        "dead. No one else was hurt, officials said.",
        "someone killed before the 'unhurt' sentence",
    ),
    (
        "Rebels raided Kitshanga on Tuesday, setting shops on fire. They withdrew at dusk. "
        "Troops arrived the next day. No casualties were reported.",
        "'no casualties' three sentences on is too far to vouch for the raid",
    ),
]


@pytest.mark.parametrize(("text", "reason"), FOUGHT_OR_HARMFUL_RAIDS)
def test_fought_or_harmful_or_far_raid_is_no_looting(text: str, reason: str) -> None:
    assert LOOT not in _types(text), reason


CROWDS_GUNNED_DOWN = [
    (
        "Mali: villagers gunned down near Bandiagara, market burnt",
        "headline passive without 'were'",
    ),
    (
        "Residents gunned down in Bawku as gunmen return",
        "residents as the victims of gunfire",
    ),
]


@pytest.mark.parametrize(("text", "reason"), CROWDS_GUNNED_DOWN)
def test_crowd_gunned_down_is_no_riot(text: str, reason: str) -> None:
    assert not any(t == E.RIOTS.value for t, _ in _types(text)), reason


DRONE = (E.EXPLOSIONS.value, "Air/drone strike")

EUPHEMISMS_FOR_KILLING = [
    (
        "Drones neutralised about thirty terrorists massed near Diapaga on Thursday, the "
        "army said.",
        "'neutralised' by drones: an air/drone strike",
    ),
    (
        "A drone eliminated four Islamic State fighters near Abu Kamal on Sunday.",
        "'eliminated' by a drone",
    ),
    (
        "UAVs killed six al-Shabaab militants near Jilib on Friday, officials said.",
        "plain 'killed' with the drone as subject",
    ),
]


@pytest.mark.parametrize(("text", "reason"), EUPHEMISMS_FOR_KILLING)
def test_drone_that_neutralised_or_killed_fighters_is_a_drone_strike(
    text: str, reason: str
) -> None:
    assert _types(text)[:1] == [DRONE], reason


def test_troops_who_took_out_fighters_is_an_event() -> None:
    text = "Soldiers took out seven militants near Palma on Wednesday, the army said."
    assert _types(text), "'took out' fighters is a killing"


NO_KILLING_EUPHEMISM = [
    ("The council took out a loan to rebuild the bridge in Gao on Monday.", "a loan"),
    ("The governor vowed to eliminate poverty in Kano by 2030.", "a social aim"),
    ("Engineers neutralised the acid spill at the depot in Tema on Friday.", "a spill"),
]


@pytest.mark.parametrize(("text", "reason"), NO_KILLING_EUPHEMISM)
def test_euphemism_without_armed_men_as_object_is_no_event(text: str, reason: str) -> None:
    assert _types(text) == [], reason


def test_soldiers_who_took_the_body_across_the_border_took_no_territory() -> None:
    text = (
        "A farmer was shot dead by Iranian border guards near Saravan on Monday. The "
        "guards later took the body across the border, relatives said."
    )
    sub_types = [sub for _, sub in _types(text)]
    assert "Non-state actor overtakes territory" not in sub_types
