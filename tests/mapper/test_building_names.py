"""Names of buildings and institutions ("the Temple of the Tooth", "Bank of Khartoum")
are not places, though a small place somewhere bears their head noun or their last
words; the town they stand in still is one."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


def names(text: str, gz: Gazetteer) -> list[str]:
    return [t.text for t in geoparse(text, gazetteer=gz)]


@pytest.mark.parametrize(
    ("text", "not_place", "town", "reason"),
    [
        (
            "Monks locked the gates of the Temple of the Tooth in Kandy on Tuesday.",
            "Temple",
            "Kandy",
            "a temple's head noun, not Temple in Texas",
        ),
        (
            "A grenade was thrown at a branch of the Bank of Kigali in Gisenyi.",
            "Bank",
            "Gisenyi",
            "a bank's head noun, not Bank in India",
        ),
        (
            "Pilgrims were evacuated from the Church of the Holy Sepulchre in Jerusalem.",
            "Church",
            "Jerusalem",
            "a church's head noun, not Church in England",
        ),
        (
            "Mourners filled the Temple of the Sacred Heart in Hue on Sunday.",
            "Sacred Heart",
            "Hue",
            "the rest of a building's name after 'of the'",
        ),
        (
            "Wounded fighters were taken to the Hospital of the Sisters of Charity in Bukavu.",
            "Sisters",
            "Bukavu",
            "a word inside a hospital's name",
        ),
    ],
)
def test_building_and_institution_names_are_not_places(
    default_gazetteer: Gazetteer, text: str, not_place: str, town: str, reason: str
) -> None:
    found = names(text, default_gazetteer)
    assert not any(not_place in n for n in found), reason
    assert town in found


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        ("Troops were deployed in Temple, Texas, after the shooting.", "Temple", "the town"),
        (
            "Police clashed with marchers in the District of Columbia.",
            "District of Columbia",
            "an area's 'X of Y' name",
        ),
        (
            "Residents fled Port of Spain as the storm approached.",
            "Port of Spain",
            "a port's 'X of Y' name",
        ),
        (
            "Staff fled the Central Bank of the Congo in Kinshasa.",
            "Congo",
            "a country inside a bank's name",
        ),
    ],
)
def test_places_named_like_buildings_stay_places(
    default_gazetteer: Gazetteer, text: str, place: str, reason: str
) -> None:
    assert place in names(text, default_gazetteer), reason


@pytest.mark.parametrize(
    ("text", "not_place", "town"),
    [
        (
            "A bomber of Islamic State Khorasan Province struck a mosque in Kunduz.",
            "Khorasan",
            "Kunduz",
        ),
        ("Islamic State West Africa Province fighters raided Monguno.", "Africa", "Monguno"),
        ("The Islamic State Sinai Province said it shelled a post near Arish.", "Sinai", "Arish"),
    ],
)
def test_group_branch_names_after_islamic_state_are_not_places(
    default_gazetteer: Gazetteer, text: str, not_place: str, town: str
) -> None:
    found = names(text, default_gazetteer)
    assert not any(not_place in n for n in found)
    assert any(town in n for n in found)
