"""Event types by class of wording: devices set off by their victims, riots against
protests, crowds against armed groups, territory, abductions (own sentences)."""

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


DEVICES = [
    (
        "Three policemen died when their pickup struck an improvised explosive device outside Gao.",
        "a vehicle striking an IED sets it off: no air strike",
    ),
    (
        "A farmer was killed when his tractor hit an anti-tank mine near Marinka.",
        "anti-tank mine, object of 'hit'",
    ),
    (
        "Two boys were wounded when a bomb planted under a bench went off in Quetta.",
        "a planted bomb is a remote explosive",
    ),
    (
        "A bomb hidden in a motorcycle killed a teacher in Yala on Friday.",
        "a hidden bomb",
    ),
]


@pytest.mark.parametrize(("text", "reason"), DEVICES)
def test_devices_set_off_by_victims_are_remote_explosives(text: str, reason: str) -> None:
    event = _main(text)
    assert event.event_type is E.EXPLOSIONS, reason
    assert event.sub_event_type == "Remote explosive/landmine/IED", reason


def test_bomb_followed_by_a_lowercase_word_is_no_air_strike() -> None:
    # "bombs" as a verb needs a capitalised object ("Jets bomb Aleppo").
    events = find_events("A bomb tore through a bus station in Kano.")
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


def test_bomb_as_a_verb_before_a_place_is_an_air_strike() -> None:
    assert _main("Warplanes bomb Maarat al-Numan").sub_event_type == "Air/drone strike"
