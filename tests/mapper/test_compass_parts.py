"""A compass or part word before a name reads as a part of the place the rest names,
but not of a town known by the rest only through a code or another minor name."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


def countries(text: str, gz: Gazetteer) -> dict[str, str | None]:
    """Each mention's country code (None when unresolved), by its text."""
    return {
        t.text: t.candidate.place.country_code if t.candidate else None
        for t in geoparse(text, gazetteer=gz)
    }


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Herders clashed in South Omo on Monday, officials in Jinka said.",
            "South Omo",
            None,
            "OMO is only the airport code of Mostar: no part of the Bosnian town",
        ),
        (
            "Rebels advanced in northern Burma on Friday.",
            "northern Burma",
            "MM",
            "a country by another of its names still has parts",
        ),
        (
            "Flooding hit South Bombay on Tuesday.",
            "South Bombay",
            "IN",
            "a town's former name that many languages give it still has parts",
        ),
        (
            "Shelling hit Eastern Ghouta again, residents said.",
            "Eastern Ghouta",
            "SY",
            "a region by its own name",
        ),
    ],
)
def test_compass_word_reads_a_part_of_a_place_named_by_a_real_name(
    default_gazetteer: Gazetteer, text: str, name: str, expected: str | None, reason: str
) -> None:
    assert countries(text, default_gazetteer)[name] == expected, reason
