"""A river, reservoir or lake written with a capital noun ("across the Dnipro River")
is water, not the town it is named after: an event in the sentence is coded at the town
the text names as its scene."""

from __future__ import annotations

import pytest

from mapper import extract_incidents

_HEADLINE = "Roundup\n"


@pytest.mark.parametrize(
    ("body", "location", "reason"),
    [
        (
            "In the southern city of Kherson, which Russian forces regularly bombard from "
            "across the Dnipro River, artillery fire killed a 64-year-old man on Monday.",
            "Kherson",
            "the river in a relative clause about the city",
        ),
        (
            "In the town of Nikopol, which lies across the Kakhovka Reservoir from the "
            "nuclear plant, a drone struck a bus on Tuesday, wounding three.",
            "Nikopol",
            "a reservoir named after a town",
        ),
        (
            "Gunmen attacked fishermen on the Niger River near Ayorou on Monday, killing six.",
            "near Ayorou",
            "the river beside the town the attack was near",
        ),
    ],
)
def test_event_is_coded_at_the_town_not_the_river(body, location, reason):
    (incident,) = extract_incidents(_HEADLINE + body, published="2025-06-10")
    assert incident.location == location, reason
