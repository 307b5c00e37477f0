"""Strikes on "residential neighbourhoods of X" or "populated areas of X" (plural parts,
an adjective before them) are at the town X, as "a neighbourhood of X" is, not at the
country."""

from __future__ import annotations

import pytest

from mapper import extract_incidents

_HEADLINE = "Roundup\n"


@pytest.mark.parametrize(
    ("body", "location", "reason"),
    [
        (
            "Artillery shelled neighbourhoods of Dilling on Sunday, killing five civilians.",
            "Dilling",
            "a plural part of the town",
        ),
        (
            "Artillery pounded residential areas of Dilling on Sunday, killing five civilians.",
            "Dilling",
            "'residential' before the part",
        ),
        (
            "Russian missiles struck residential neighbourhoods of Kharkiv overnight, "
            "killing four people.",
            "Kharkiv",
            "another country, another verb",
        ),
        (
            "Mortar rounds hit populated areas of Mogadishu on Friday, wounding nine.",
            "Mogadishu",
            "'populated areas of'",
        ),
    ],
)
def test_strike_on_parts_of_a_town_is_at_the_town(body, location, reason):
    (incident,) = extract_incidents(_HEADLINE + body, published="2025-06-10")
    assert incident.location == location, reason
