"""A province or country the text states for a place governs its reading: the stated
region is read as the namesake that holds the place, a town the gazetteer knows only in
another province stays unplaced, and a compass part of a namesake abroad is dropped."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


def reading(text: str, name: str, gz: Gazetteer) -> str | None:
    """The place id geoparse gives the first toponym named *name* in *text*."""
    for t in geoparse(text, gazetteer=gz):
        if t.name == name:
            return t.candidate.place.id if t.candidate else None
    raise AssertionError(f"{name!r} not found in {text!r}")


STATED = [
    (
        "Gunmen killed five in Bokkos district, Plateau.",
        "Plateau",
        "iso3166-2:NG-PL",
        "the state holding Bokkos, not Benin's department of that name",
    ),
    (
        "Gunmen killed five in Pankshin, Plateau, police said.",
        "Plateau",
        "iso3166-2:NG-PL",
        "the same for another Plateau town",
    ),
    (
        "Herders clashed with farmers near Ketou, Plateau.",
        "Plateau",
        "iso3166-2:BJ-PL",
        "a Beninese town keeps Benin's department: no country is preferred as such",
    ),
    (
        "Two died in clashes in Villa Juarez, Sinaloa, on Friday.",
        "Villa Juarez",
        None,
        "every Villa Juarez the gazetteer knows lies in another state than Sinaloa",
    ),
    (
        "Soldiers were ambushed on the outskirts of Villa Juarez, Sinaloa, Mexico.",
        "Villa Juarez",
        None,
        "a country after the state continues the chain, no list",
    ),
    (
        "Fighting was reported in North Shewa zone of Amhara, Ethiopia.",
        "North Shewa",
        None,
        "the north of an Afghan village is no part of an Ethiopian text",
    ),
    (
        "Shelling hit Aleppo, Idlib and Hama on Sunday.",
        "Aleppo",
        "geonames:170063",
        "a region on a list is no container of the name before it",
    ),
    (
        "Police clashed with students in Villa Maria, Cordoba, overnight.",
        "Villa Maria",
        "geonames:3832694",
        "a town inside the stated province keeps its reading",
    ),
    (
        "Protesters blocked a road near Montero, Santa Cruz, on Tuesday.",
        "Montero",
        "geonames:3910027",
        "likewise in Bolivia",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected", "reason"), STATED)
def test_stated_region_governs_the_reading(
    default_gazetteer: Gazetteer, text: str, name: str, expected: str | None, reason: str
) -> None:
    assert reading(text, name, default_gazetteer) == expected, reason
