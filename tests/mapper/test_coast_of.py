"""An event on the coast of a place is at that place."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Insurgents beheaded two fishermen on Sunday on the coast of Quissanga district, "
            "in Cabo Delgado province.",
            [("Quissanga", "Cabo Delgado")],
            "Mozambique: a district the gazetteer lacks, placed in the province named after it",
        ),
        (
            "Gunmen abducted five fishermen off the coast of Bakassi, in Cross River state, "
            "on Tuesday.",
            [("Bakassi", "Cross River")],
            "Nigeria: 'off the coast of' a place the gazetteer lacks",
        ),
        (
            "Insurgents killed two fishermen on Sunday on the coast of Macomia district, in "
            "Cabo Delgado province.",
            [("Macomia", "Macomia")],
            "a district the gazetteer has stays at its own seat",
        ),
        (
            "Pirates attacked a trawler on the coastline of Eyl district, in Puntland, on Monday.",
            [("Eyl", "Eyl")],
            "Somalia: 'coastline' as 'coast'",
        ),
    ],
)
def test_event_on_the_coast_of_a_place_is_coded_at_that_place(
    text: str, expected: list[tuple[str, str]], reason: str
) -> None:
    found = [(i.location, i.place_name) for i in extract_incidents(text, published="2026-03-04")]
    assert found == expected, reason
