"""Places a report names as context, not as where its events happened: the scene a
sentence opens with before naming the event's own place, the seat of an official who
speaks, and the area a town is put in."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


def _places(text: str, published: str = "2024-03-05") -> set[str]:
    return {i.location for i in extract_incidents(text, published=published)}


@pytest.mark.parametrize(
    ("text", "coded", "context", "reason"),
    [
        (
            "Troops pull back.\nIn the West Bank, soldiers shot dead a teenager in Qalqilya "
            "on Sunday, medics said.",
            "Qalqilya",
            "West Bank",
            "the opening scene is the area of the town named after the verb",
        ),
        (
            "Drone war widens.\nIn the Gaza Strip, a drone struck a car in Khan Younis on "
            "Monday, killing two men.",
            "Khan Younis",
            "Gaza Strip",
            "the same with a strike: one incident, at the town",
        ),
        (
            "Raid in Chhattisgarh.\nSecurity forces killed five insurgents in a gunbattle "
            "near Bijapur on Friday, a police officer in Raipur said.",
            "near Bijapur",
            "Raipur",
            "an officer speaking from a state capital",
        ),
        (
            "Bomb in Thailand's south.\nA bomb wounded three rangers in Sai Buri district, "
            "Pattani, on Tuesday.",
            "Sai Buri",
            "Pattani",
            "the province after a bare comma holds the district",
        ),
    ],
)
def test_a_context_place_is_no_incident(text: str, coded: str, context: str, reason: str) -> None:
    places = _places(text)
    assert coded in places and context not in places, (reason, places)


def test_an_opening_place_stays_when_the_event_names_no_other() -> None:
    text = "Clashes in the north.\nIn Kidal, gunmen attacked an army post on Monday."
    assert "Kidal" in _places(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Drones hit Kassala airport\nDrones struck the airport in Kassala on Sunday, "
            "witnesses said.",
            "the headline's airport is the body's 'airport in Kassala'",
        ),
        (
            "Missiles hit Odesa port\nRussian missiles struck the port in Odesa overnight, "
            "the governor said.",
            "a port named after its town",
        ),
    ],
)
def test_a_headline_facility_named_after_its_town_is_one_incident(text: str, reason: str) -> None:
    incidents = extract_incidents(text, published="2024-05-07")
    assert len(incidents) == 1, (reason, [i.location for i in incidents])


@pytest.mark.parametrize(
    ("text", "coded", "origin", "reason"),
    [
        (
            "Russian drones launched from the Kursk region struck Sumy on Monday.",
            "Sumy",
            "Kursk region",
            "the launch area before a strike verb is where the drones came from",
        ),
        (
            "Rockets fired from the Kherson region shelled Nikopol at dawn.",
            "Nikopol",
            "Kherson region",
            "a firing point before 'shelled'",
        ),
        (
            "Fighters coming from the Tillaberi region killed 12 villagers in Tera.",
            "Tera",
            "Tillaberi region",
            "a column's origin before 'killed'",
        ),
    ],
)
def test_an_origin_before_the_verb_is_no_incident(
    text: str, coded: str, origin: str, reason: str
) -> None:
    places = _places(text)
    assert coded in places and origin not in places, (reason, places)


def test_a_place_before_an_event_noun_still_modifies_it() -> None:
    assert "Mosul" in _places("The Mosul bombing killed five people on Sunday.")
