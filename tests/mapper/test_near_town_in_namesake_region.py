"""'near X in Y', where Y is a town that shares its name with its province: Y names
the province holding X, so the event is coded near X, not at the provincial town; and
'a blast rocked X': the place an explosion shakes is where it happened; 'X north of Y':
Y is the reference point locating X, not a second event place."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


def _locations(text: str) -> list[str]:
    return [i.location for i in extract_incidents(text, published="2025-03-10")]


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Rebels attacked an army convoy near Saraqib in Idlib on Tuesday, killing six "
            "soldiers.",
            "near Saraqib",
            "Syria: Idlib is the province holding Saraqib, not a second town",
        ),
        (
            "Gunmen shot dead a village headman near Tak Bai in Narathiwat on Monday.",
            "near Tak Bai",
            "Thailand: a province named after its capital",
        ),
        (
            "Taliban fighters overran a police post near Shindand in Herat overnight.",
            "near Shindand",
            "Afghanistan: another verb, the same province-capital pattern",
        ),
        (
            "Troops clashed with insurgents near Imam Sahib in Kunduz on Sunday.",
            "near Imam Sahib",
            "intransitive verb; the town in the province is the place",
        ),
    ],
)
def test_town_in_a_province_named_after_its_capital_keeps_the_town(
    text: str, location: str, reason: str
) -> None:
    assert _locations(text) == [location], reason


def test_a_list_of_provinces_after_in_is_left_alone() -> None:
    # "near X in Y and Z": Y goes on a list, so it is not read as X's holder
    assert "Hama" in _locations("Clashes erupted near Saraqib in Idlib and Hama on Monday.")


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Two car bombs rocked Kirkuk and gunmen stormed a police station in Tikrit on Sunday.",
            "Kirkuk",
            "'rocked' then the town: the first of two events keeps its own place",
        ),
        (
            "Clashes broke out in Kabul as a suicide blast rocked Jalalabad on Monday.",
            "Jalalabad",
            "present-day verb after a second event noun in the same sentence",
        ),
    ],
)
def test_the_place_an_explosion_rocks_is_the_explosion_place(
    text: str, location: str, reason: str
) -> None:
    assert location in _locations(text), reason


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Militants attacked a checkpoint in Baiji north of Tikrit on Monday, killing two "
            "soldiers.",
            "Baiji",
            "Iraq: 'north of' the city locates the town; the city is no second incident",
        ),
        (
            "Fighting raged around Bama southeast of Maiduguri on Friday.",
            "around Bama",
            "Nigeria: a compound bearing, and the reference is no event place",
        ),
        (
            "An air strike hit a market in Maarat al-Numan south of Idlib, killing seven.",
            "Maarat al-Numan",
            "Syria: bearing without a comma, as with one ('X, south of Y')",
        ),
    ],
)
def test_place_after_a_bearing_is_a_reference_point_not_an_event_place(
    text: str, location: str, reason: str
) -> None:
    assert _locations(text) == [location], reason


def test_a_bearing_in_a_second_clause_still_places_its_own_event() -> None:
    # "and clashes erupted east of Y": Y follows an event of its own, not a place
    got = _locations("Shelling killed two in Saraqib and clashes erupted east of Idlib.")
    assert sorted(got) == ["Idlib", "Saraqib"]
