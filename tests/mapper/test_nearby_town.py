"""A town introduced as "nearby" or "neighbouring" is a place of its own event."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import extract_incidents, geoparse


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Gunmen attacked a market in Djibo on Saturday, killing five traders. In nearby "
            "Arbinda, soldiers repelled an assault on their base the same day.",
            ["Djibo", "Aribinda"],
            "a Sahel clash in the next town, told after the first attack",
        ),
        (
            "Jobless graduates marched in Sbeitla on Monday. In nearby Kasserine, youths "
            "pelted police with stones overnight.",
            ["Sbeitla", "Kasserine"],
            "a North African riot beside a march; without the town it was read as the march's",
        ),
        (
            "Dissidents attacked a police station in Jamundí on Sunday. In neighbouring "
            "Suárez, soldiers clashed with the same front on Monday.",
            ["Jamundí", "Suárez"],
            "the same class with 'neighbouring', in Latin America",
        ),
    ],
)
def test_second_event_in_a_nearby_town_is_coded_there(
    text: str, expected: list[str], reason: str
) -> None:
    found = [i.place_name for i in extract_incidents(text, published="2026-03-04")]
    assert found == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("In nearby Metlaoui, youths blocked roads.", ["Metlaoui"], "sentence-initial"),
        ("Police in nearby Kasserine fired tear gas.", ["Kasserine"], "after a noun"),
        ("The nearby Hope hospital was closed.", [], "an adjective before a building name"),
    ],
)
def test_nearby_before_a_name_cues_a_place(
    default_gazetteer: Gazetteer, text: str, expected: list[str], reason: str
) -> None:
    found = [t.candidate.place.name for t in geoparse(text, gazetteer=default_gazetteer)]
    assert found == expected, reason
