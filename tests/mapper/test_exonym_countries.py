"""A country's name in another language, in English copy, is a town of the country
the text is about when one bears it as its own name."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


def resolved(text: str, gz: Gazetteer) -> dict[str, tuple[str, str]]:
    """Each mention's place: (country code, feature class), by the mention's text."""
    return {
        t.text.lower(): (t.candidate.place.country_code or "", t.candidate.place.feature_class)
        for t in geoparse(text, gazetteer=gz)
        if t.candidate is not None
    }


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Colombia: grenade attack in Argelia. ARGELIA, March 3 - A grenade was thrown at"
            " the police post on Sunday; further north, rebels crossed from Venezuela near"
            " Cucuta.",
            "argelia",
            ("CO", "P"),
            "Spanish for Algeria, named twice in a dispatch on Colombia: the Cauca town",
        ),
        (
            "Honduras: killings in Francia. FRANCIA, June 9 - Three bus drivers were shot dead"
            " on Saturday; police arrested two suspects at the Guatemala border.",
            "francia",
            ("HN", "P"),
            "Spanish for France in a Honduran dispatch: the Honduran village",
        ),
        (
            "Algeria and Morocco traded accusations; in Argelia, as Spanish papers call it,"
            " protests grew.",
            "argelia",
            ("DZ", "A"),
            "the text is about Algeria itself: the exonym stays the country",
        ),
    ],
)
def test_foreign_country_name_is_a_town_of_the_country_in_focus(
    default_gazetteer: Gazetteer, text: str, name: str, expected: tuple[str, str], reason: str
) -> None:
    assert resolved(text, default_gazetteer)[name] == expected, reason
