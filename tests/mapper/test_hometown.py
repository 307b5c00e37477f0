"""An attack whose only place is its victims' town ("opened fire on residents of X") is
coded at that town, not at the country; another town in the sentence blocks the rule."""

from __future__ import annotations

import pytest

from mapper import extract_incidents

# A headline first, so the first-sentence fallback plays no part.
_HEADLINE = "Security roundup\n"


@pytest.mark.parametrize(
    ("body", "location", "reason"),
    [
        (
            "Gunmen opened fire on residents of a village in Mangu local government area "
            "late on Monday, killing 17 people.",
            "Mangu",
            "residents of a village in a Nigerian LGA",
        ),
        (
            "Militants attacked villagers of Kafr Nabl in Idlib province on Sunday, killing four.",
            "Kafr Nabl",
            "villagers of a Syrian town, its province after it",
        ),
        (
            "Soldiers shot at farmers of a village near Bama on Friday, wounding six.",
            "near Bama",
            "'near' held in the toponym",
        ),
        (
            "Gunmen killed 17 residents of Mangu on Monday.",
            "Mangu",
            "the victims as the verb's object",
        ),
    ],
)
def test_attack_is_coded_at_the_victims_town(body, location, reason):
    (incident,) = extract_incidents(_HEADLINE + body, published="2025-06-10")
    assert incident.location == location, reason


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Gunmen killed three residents of Kabul on the road to Jalalabad on Monday.",
            "two towns: the victims' home need not be the scene",
        ),
        (
            "Gunmen attacked a bus on Monday; the passengers were residents of Mangu.",
            "the town is named in another clause",
        ),
    ],
)
def test_victims_town_is_not_taken_when_the_scene_may_be_elsewhere(body, reason):
    incidents = extract_incidents(_HEADLINE + body, published="2025-06-10")
    assert all(i.location not in {"Kabul", "Mangu"} for i in incidents), reason
