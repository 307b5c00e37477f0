"""Event recognition and typing by class of wording (own sentences): weapons delivered
from the air, property destroyed within an attack, territory taken from a foe that
withdrew, people led away from their homes."""

from __future__ import annotations

import pytest

from mapper import EventType, find_events

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
