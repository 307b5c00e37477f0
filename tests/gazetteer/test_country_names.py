"""Country short names shared by two countries ("Congo", "Korea")."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.sources.countries import shared_short_names, short_form


@pytest.mark.parametrize(
    ("name", "expected", "reason"),
    [
        ("Congo, The Democratic Republic of the", "Congo", "inverted form of government"),
        ("Korea, Democratic People's Republic of", "Korea", "inverted form of government"),
        ("Virgin Islands, British", "Virgin Islands", "the owner after the comma"),
        ("Bonaire, Sint Eustatius and Saba", None, "a list of islands, not a form"),
        ("South Sudan", None, "no comma"),
    ],
)
def test_short_form_drops_an_inverted_form_of_government(
    name: str, expected: str | None, reason: str
) -> None:
    assert short_form(name) == expected, reason


def test_short_name_goes_to_every_country_but_not_over_a_country_of_that_name() -> None:
    names = {
        "AA": ["Northland", "Lakeland, Republic of"],
        "BB": ["Upper Lakeland", "Lakeland, Federated States of"],
        "CC": ["Hillia"],
        "DD": ["South Hillia", "Hillia, Republic of"],
    }
    assert shared_short_names(names) == {"AA": ["Lakeland"], "BB": ["Lakeland"]}


def test_both_congos_are_candidates_for_congo(default_gazetteer: Gazetteer) -> None:
    ids = [c.place.id for c in default_gazetteer.lookup("Congo", limit=3)]
    # The more populous first when nothing else decides.
    assert ids[:2] == ["geonames:203312", "geonames:2260494"]
