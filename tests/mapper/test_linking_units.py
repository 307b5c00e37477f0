"""An administrative unit named by its kind after a town ("near Tank, in Dera Ismail Khan
district") holds the town: the incident is at the town, never at the unit's namesake."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Militants ambushed an army truck near Poonch, in Rajouri district, on Sunday.",
            [("near Poonch", "IN")],
            "the district's name is also a town: the town before it is the place",
        ),
        (
            "Gunmen shot dead a teacher near Tank, in Dera Ismail Khan district, on Sunday.",
            [("near Tank", "PK")],
            "a multi-word district named after its main town",
        ),
        (
            "Maoists killed two policemen near Kirandul, in Dantewada district, on Sunday.",
            [("near Kirandul", "IN")],
            "unchanged when the district already frames the town",
        ),
        (
            "Gunmen killed four villagers near Gusau, in Zamfara state, on Sunday.",
            [("near Gusau", "NG")],
            "a state the gazetteer knows as a region frames the town as before",
        ),
    ],
)
def test_unit_named_by_its_kind_after_a_town_holds_the_town(
    text: str, expected: list[tuple[str, str]], reason: str
) -> None:
    found = [(i.location, i.country_code) for i in extract_incidents(text, published="2024-05-07")]
    assert found == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Jets struck the Gara area of Duhok province late on Sunday, the ministry said.",
            [("Gara", "IQ", 2)],
            "'the X area of' a province: X is looked for there, not in Hungary",
        ),
        (
            "Troops clashed with rebels in the Zor area of Deir ez-Zor province on Monday.",
            [("Zor", "SY", 2)],
            "the province holds the area and is no second incident",
        ),
    ],
)
def test_area_named_in_a_province_is_looked_for_inside_it(
    text: str, expected: list[tuple[str, str, int]], reason: str
) -> None:
    found = [
        (i.location, i.country_code, int(i.geo_precision))
        for i in extract_incidents(text, published="2024-07-15")
    ]
    assert found == expected, reason
