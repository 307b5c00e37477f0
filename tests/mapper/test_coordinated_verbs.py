"""A place named after two coordinated verb phrases ("killed three herders and stole
their cattle in X") is the place of the first one too: "and" joining the event's
phrases does not end the search for a name the gazetteer lacks."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Herders attacked\nGunmen killed three herders and stole dozens of cattle in "
            "Tsohon Gari, a village in Nasarawa state, on Tuesday night.",
            "Tsohon Gari",
            "a Nigerian village after 'and stole ... in'",
        ),
        (
            "Villagers killed\nMilitia fighters killed six civilians and torched homes in "
            "Lopa, a village in Ituri province, on Sunday.",
            "Lopa",
            "a Congolese village after 'and torched homes in'",
        ),
        (
            "Base attacked\nInsurgents overran the army post and the district office in "
            "Mankayan, in Benguet province, on Friday.",
            "Mankayan",
            "coordinated objects of one verb, then the town",
        ),
    ],
)
def test_name_after_coordinated_phrases_is_the_event_place(text, location, reason):
    locations = [i.location for i in extract_incidents(text, published="2025-03-07")]
    assert location in locations, (reason, locations)


def test_sides_joined_by_and_are_still_no_place():
    text = (
        "Clashes reported\nClashes between Fulani herders and Tiv farmers left four dead on "
        "Monday, in Benue state."
    )
    locations = [i.location for i in extract_incidents(text, published="2025-03-07")]
    assert "Tiv" not in locations, locations
