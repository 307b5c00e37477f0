"""A background sentence summing up the fighting in regions adds no region incidents."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


def _places(text: str, published: str) -> list[str]:
    return [i.location for i in extract_incidents(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Drone strike kills four in Douentza\nA drone struck a house in Douentza on "
            "Tuesday night, killing four people, local officials said. Clashes between the "
            "army and jihadists have spread across the Mopti and Segou regions since January.",
            ["Douentza"],
            "regions named only as where the conflict has spread for weeks",
        ),
        (
            "Rebels attack police station in Jamundi\nGuerrillas attacked a police station "
            "in Jamundi on Monday, wounding five officers, police said. Fighting between "
            "dissident factions has spread across Cauca and Narino since last year.",
            ["Jamundi"],
            "the same class in Latin America, 'since last year'",
        ),
        (
            "Bomb hits bus in Quetta\nA bomb hidden in a motorcycle exploded beside a bus in "
            "Quetta on Monday, killing three passengers. Clashes between militants and "
            "troops have intensified in Balochistan since August.",
            ["Quetta"],
            "the town's own province summed up, another event type than the town's",
        ),
        (
            "Bomb hits bus in Quetta\nA bomb hidden in a motorcycle exploded beside a bus in "
            "Quetta on Monday, killing three passengers. Separately, militants have killed "
            "four policemen in Khyber Pakhtunkhwa since Sunday.",
            ["Quetta", "Khyber Pakhtunkhwa"],
            "'since Sunday' counts a recent event, not a conflict over weeks",
        ),
    ],
)
def test_region_summed_up_since_weeks_is_no_second_event(
    text: str, expected: list[str], reason: str
) -> None:
    assert _places(text, "2025-03-05") == expected, reason
