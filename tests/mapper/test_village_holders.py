"""A place the gazetteer lacks keeps its name, at its holder's point, when the text
names it through a site ("the X police station in Y district"), places it "further
north in Y" or "also in Y", or gives it as "X Township"; the district, region or country
after it is not coded in its stead."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.toponym import Precision


@pytest.mark.parametrize(
    ("text", "location", "holder", "reason"),
    [
        (
            "Militants stormed the Shewa Kalay police station in Bannu district late on "
            "Monday, killing two constables.",
            "Shewa Kalay",
            "Bannu",
            "a police station named after its village, then the district",
        ),
        (
            "Gunmen raided the Tudun Gwandara market in Zamfara State on Sunday, killing "
            "five traders.",
            "Tudun Gwandara",
            "Zamfara",
            "a market named after its village, then the state",
        ),
        (
            "Insurgents overran the Dabanga army post in Far North region on Friday, killing "
            "four soldiers.",
            "Dabanga",
            "Far North",
            "an army post, then the region",
        ),
        (
            "Gunmen attacked the Kalaya checkpoint in Bannu district on Tuesday, killing "
            "three soldiers.",
            "Kalaya",
            "Bannu",
            "a checkpoint",
        ),
        (
            "Resistance fighters said on Monday they had captured the town of Pinlebu, "
            "further north in Sagaing, after a week of clashes.",
            "Pinlebu",
            "Sagaing",
            "'further north in' gives the holder",
        ),
        (
            "Soldiers clashed with militants in the village of Boulkessi, farther east in "
            "Mopti region, on Monday.",
            "Boulkessi",
            "Mopti",
            "'farther east in' before a region",
        ),
        (
            "Gunmen killed four herders in the village of Tagalit, also in Gao region, on Sunday.",
            "Tagalit",
            "Gao",
            "'also in' before a region",
        ),
        (
            "An air strike hit a school in Pale Township, Sagaing Region, on Tuesday, "
            "killing six pupils.",
            "Pale",
            "Sagaing",
            "a township is coded at the seat town it is named after",
        ),
        (
            "Junta artillery shelled homes in Tabayin Township of Sagaing Region on Friday, "
            "killing three villagers.",
            "Tabayin",
            "Sagaing",
            "'Township of' a region",
        ),
    ],
)
def test_lacked_place_keeps_its_name_at_the_holder(text, location, holder, reason):
    (incident,) = extract_incidents(text, published="2025-06-10")
    assert incident.location == location, reason
    assert incident.place_name == holder, reason
    assert incident.geo_precision is Precision.NEAR, reason


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Militants stormed the police station in Bannu district late on Monday, killing "
            "two constables.",
            "Bannu",
            "a site with no name of its own stays at the district",
        ),
        (
            "Gunmen opened fire in a bar in Soweto township, Johannesburg, on Saturday, "
            "killing four people.",
            "Soweto",
            "a township the gazetteer knows is coded as itself",
        ),
    ],
)
def test_no_name_is_invented_for_the_holder(text, location, reason):
    (incident,) = extract_incidents(text, published="2025-06-10")
    assert incident.location == location, reason
    assert incident.geo_precision is Precision.EXACT, reason
