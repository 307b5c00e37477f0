"""Villages the gazetteer lacks, listed with a place it knows, are event places too,
mapped near the known place; actors and known places in a list are left alone."""

from __future__ import annotations

import pytest

from mapper import extract_incidents

_HEAD = "Israel strikes south Lebanon\n"


def _where(text: str) -> list[tuple[str, int]]:
    return [
        (i.location, int(i.geo_precision))
        for i in extract_incidents(text, published="2024-05-07")
        if i.geo_precision is not None and i.geo_precision < 4
    ]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            _HEAD + "Israeli artillery shelled the outskirts of Kfar Kila and neighbouring "
            "Odaisseh on Wednesday morning, NNA said.",
            [("the outskirts of Kfar Kila", 2), ("Odaisseh", 2)],
            "'and neighbouring X' after a known village",
        ),
        (
            _HEAD + "Israeli artillery shelled Kfar Kila, Odaisseh and Markaba on Wednesday "
            "morning, NNA said.",
            [("Kfar Kila", 1), ("Odaisseh", 2), ("Markaba", 2)],
            "names listed after the known village",
        ),
        (
            _HEAD + "Israeli artillery shelled Odaisseh, Markaba and Kfar Kila on Wednesday "
            "morning, NNA said.",
            [("Kfar Kila", 1), ("Odaisseh", 2), ("Markaba", 2)],
            "names listed before it, after the strike verb",
        ),
        (
            _HEAD + "Israeli jets struck near Kfar Kila and Hezbollah said it fired rockets "
            "in reply.",
            [("near Kfar Kila", 2)],
            "an actor after 'and' is no village",
        ),
    ],
)
def test_unknown_villages_listed_with_a_known_one_are_places_near_it(
    text: str, expected: list[tuple[str, int]], reason: str
) -> None:
    assert _where(text) == expected, reason
