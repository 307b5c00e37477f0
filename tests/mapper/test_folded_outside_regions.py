"""A place matched only by folding another of its names must lie in one of the regions
of its country that the text names."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


def resolved(text: str, gz: Gazetteer) -> dict[str, str | None]:
    """Each mention's first-level region name (None when unresolved), by its name."""
    return {
        t.name: t.candidate.place.admin1_name if t.candidate else None
        for t in geoparse(text, gazetteer=gz)
    }


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Gunmen attacked a camp near Usur in Bijapur district of Chhattisgarh on Sunday.",
            "Usur",
            None,
            "the text is on Chhattisgarh: not Hosur in Tamil Nadu, whose old spelling folds"
            " like it",
        ),
        (
            "Farmers in Rajasthan said that they voted in Modi's name, and that prices in"
            " Jaipur had since fallen.",
            "Modi",
            None,
            "a name read as a folded alternate of a town in another state is no place",
        ),
        (
            "Lorry drivers blocked the highway near Usur in Tamil Nadu on Friday, police in"
            " Chennai said.",
            "Usur",
            "Tamil Nādu",
            "the folded alternate lies in the state the text names: kept",
        ),
    ],
)
def test_folded_alternate_outside_the_named_regions_is_dropped(
    default_gazetteer: Gazetteer, text: str, name: str, expected: str | None, reason: str
) -> None:
    assert resolved(text, default_gazetteer)[name] == expected, reason
