"""A town the gazetteer lacks, described as the seat of a unit ("X, a district
headquarters in Y"), keeps its own name at the region's point, never the region's."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "town", "reason"),
    [
        (
            "Insurgents raided Nantulo, a district headquarters in Cabo Delgado province, "
            "on Monday, looting shops.",
            "Nantulo",
            "'a district headquarters in' a province",
        ),
        (
            "Gunmen stormed Dabrikura, a district capital in Sikasso region, on Friday, "
            "killing two guards.",
            "Dabrikura",
            "'a district capital in' a region",
        ),
        (
            "Rebels shelled Kambawaru, the county seat of Unity State, on Sunday, killing "
            "four civilians.",
            "Kambawaru",
            "'the county seat of' a state",
        ),
    ],
)
def test_unknown_seat_of_a_unit_keeps_its_name(text: str, town: str, reason: str) -> None:
    locations = [i.location for i in extract_incidents(text, published="2026-04-22")]
    assert locations == [town], reason
