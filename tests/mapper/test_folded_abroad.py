"""A name that only folds like a place abroad (no recorded spelling of it) stays unplaced
when the text's other places lie in another part of the world; recorded spellings,
world cities' other names and regional exonyms keep their readings."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


def _reading(gz: Gazetteer, text: str, name: str) -> str | None:
    """The country the name was placed in, or None when it stayed unplaced."""
    (t,) = [t for t in geoparse(text, gazetteer=gz) if t.name == name]
    return t.candidate.place.country_code if t.candidate else None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "Gangaw" folds like Gangou (a Chinese village) and an alternate of Zhangzhou.
        (
            "Soldiers burned 40 houses in Gangaw, residents told reporters in Mandalay.",
            "Gangaw",
            None,
        ),
        (
            "Herders clashed with farmers near Gangaw; police in Pakokku said six died.",
            "Gangaw",
            None,
        ),
        # "Kawlin" folds like Kolín district, Czechia: an area is held to the same rule.
        (
            "Resistance fighters overran the police post in Kawlin, Sagaing Region, on Friday.",
            "Kawlin",
            None,
        ),
        # The Nigerian town bears the name as written: no Bangkok ("man gu").
        ("Bandits stormed Mangu market and fled toward Bokkos, Plateau State.", "Mangu", "NG"),
        # A town's own name in another spelling ("Ayn Isa"), near the country a demonym names.
        ("Turkish drones struck a checkpoint outside Ain Issa on Tuesday.", "Ain Issa", "SY"),
        # A spelling the gazetteer records stays, however far the other places are.
        ("Protesters in London marched over the siege of Fallujah.", "Fallujah", "IQ"),
        # A city of millions keeps its other names the world over.
        ("Flights from Bombay to London resumed on Monday.", "Bombay", "IN"),
        # A regional exonym of a neighbouring country's city.
        ("Refugees from Kharkov arrived in Warsaw and Krakow.", "Kharkov", "UA"),
    ],
)
def test_a_folding_alone_does_not_carry_a_name_to_another_part_of_the_world(
    default_gazetteer: Gazetteer, text: str, name: str, country: str | None
) -> None:
    assert _reading(default_gazetteer, text, name) == country
