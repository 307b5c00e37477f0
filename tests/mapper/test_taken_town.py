"""A town the gazetteer lacks, named as what a force took control of or entered, keeps
its name as the event's location, at the region the text puts it in."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.toponym import Precision


@pytest.mark.parametrize(
    ("text", "location", "region", "reason"),
    [
        (
            "Rebels advance\nRebels took control of Nyanzale, a North Kivu town, on Sunday "
            "after troops withdrew.",
            "Nyanzale",
            "Nord-Kivu",
            "'took control of', the province in the apposition",
        ),
        (
            "Fighters advance\nInsurgents gained control of Pundaguk, a village in Rakhine "
            "state, on Thursday after days of clashes.",
            "Pundaguk",
            "Rakhine",
            "'gained control of', 'a village in' its state",
        ),
        (
            "Army pulls out of border town\nFighters of the rebel alliance entered Kalembe, "
            "in North Kivu, on Tuesday after the army withdrew.",
            "Kalembe",
            "Nord-Kivu",
            "'entered' as the taking of a town",
        ),
    ],
)
def test_town_taken_keeps_its_name_at_its_region(text, location, region, reason):
    incidents = extract_incidents(text, published="2025-03-07")
    found = [(i.location, i.place_name, i.geo_precision) for i in incidents]
    assert (location, region, Precision.NEAR) in found, (reason, found)
