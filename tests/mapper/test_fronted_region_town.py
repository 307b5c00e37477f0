"""A region opening a clause gives way to the town the clause names inside it as the
event's scene ("In Sindh, gunmen ... near Larkana"); a town named only as a destination,
or a town of another region, leaves the event at the region."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        (
            "In Sindh, bandits stopped a van near Larkana on Friday night and kidnapped "
            "three traders, police said.",
            "Larkana",
            "'near' before the town, the event verb after it",
        ),
        (
            "In Borno, insurgents blocked a road outside Monguno on Tuesday and abducted "
            "six aid workers.",
            "Monguno",
            "'outside' before the town; a Nigerian state",
        ),
        (
            "In the Tillaberi region, gunmen stopped a lorry near Ayorou and seized the "
            "driver, a local official said.",
            "Ayorou",
            "a region written with its unit word",
        ),
        (
            "In Sindh, armed men waylaid a bus at Sukkur late on Monday and took away five "
            "passengers.",
            "Sukkur",
            "'at' before a city",
        ),
        (
            "In Balochistan, gunmen set up a roadblock near Turbat and shot dead three labourers.",
            "Turbat",
            "a killing after a scene-setting clause at the town",
        ),
    ],
)
def test_event_in_a_fronted_region_is_coded_at_its_town(text, place, reason):
    incidents = extract_incidents(text, published="2025-03-07")
    assert place in [i.place_name for i in incidents], reason


@pytest.mark.parametrize(
    ("text", "region", "town", "reason"),
    [
        (
            "In Sindh, bandits kidnapped three traders who were travelling to Larkana "
            "on Friday night, police said.",
            "Sindh",
            "Larkana",
            "the town is only where the victims were heading",
        ),
        (
            "In Borno, insurgents attacked a military base on Tuesday, killing two "
            "soldiers who had been sent from Kano.",
            "Borno",
            "Kano",
            "a town of another state, and named as an origin",
        ),
        (
            "In Balochistan, gunmen killed two labourers; the bodies were taken to Turbat.",
            "Balochistan",
            "Turbat",
            "a town after the clause ends, and named as a destination",
        ),
    ],
)
def test_destination_or_outside_town_leaves_the_region(text, region, town, reason):
    names = [i.place_name for i in extract_incidents(text, published="2025-03-07")]
    assert town not in names, reason
    assert any(region in n for n in names), (reason, names)


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        (
            "Drones hit farms\nIn neighbouring Sindh, farmers living outside Sukkur said "
            "shells fired from across the river had destroyed several houses on Sunday.",
            "Sukkur",
            "the town named only with the people who tell of the event",
        ),
        (
            "Villages shelled\nElsewhere in Borno, residents of hamlets near Monguno said "
            "rockets fired from the bush had hit their homes overnight.",
            "Monguno",
            "'Elsewhere in' before the region; the event word after 'from'",
        ),
    ],
)
def test_event_without_a_place_of_its_own_takes_the_town_of_the_opening_region(text, place, reason):
    names = [i.place_name for i in extract_incidents(text, published="2025-03-07")]
    assert place in names, (reason, names)
