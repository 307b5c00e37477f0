"""Where the wounded are treated or taken is no event place."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.treated import care_place


@pytest.mark.parametrize(
    ("before", "expected", "reason"),
    [
        ("A fourth soldier was wounded and is being treated in ", True, "treated in a town"),
        ("The injured were airlifted by helicopter to ", True, "airlifted by helicopter to"),
        ("Two of the wounded were flown to the capital ", True, "the capital, then its name"),
        ("Survivors were rushed to the nearby town of ", True, "rushed to the nearby town of"),
        ("The girl is recovering from burns at ", False, "'from burns at' is not a care wording"),
        ("The girl is recovering at ", True, "recovering at"),
        ("He was receiving medical treatment in ", True, "receiving treatment in"),
        ("Wounded fighters were hospitalised in ", True, "hospitalised in"),
        ("Gunmen stormed a clinic in ", False, "an attack on a clinic"),
        ("Hundreds of families fled to ", False, "flight is not care"),
        ("Soldiers were deployed to ", False, "a deployment is not care"),
    ],
)
def test_care_place(before: str, expected: bool, reason: str) -> None:
    assert care_place(before) is expected, reason


@pytest.mark.parametrize(
    ("text", "published", "attack", "care"),
    [
        (
            "Gunmen attacked a gendarmerie post in Kpendjal on Tuesday night, killing three "
            "gendarmes. A fourth was wounded and is being treated in Dapaong.",
            "2026-05-14",
            "Kpendjal",
            "Dapaong",
        ),
        (
            "An IED struck a police vehicle near Bijapur on Friday, wounding six. The injured were "
            "airlifted to Raipur.",
            "2026-03-21",
            "Bijapur",
            "Raipur",
        ),
        (
            "Militants ambushed a convoy outside Mocimboa da Praia on Monday. Two wounded soldiers "
            "were flown to Pemba for treatment.",
            "2026-09-08",
            "Mocimboa da Praia",
            "Pemba",
        ),
    ],
)
def test_care_town_gets_no_incident(text: str, published: str, attack: str, care: str) -> None:
    found = extract_incidents(text, published=published)
    assert not any(care in (i.location, i.place_name) for i in found)
    assert len(found) == 1, f"one incident, at or near {attack}"
