"""A name the text calls an area ("X district", "Y province") is not read as a place
abroad of another kind that nothing else in the text vouches for."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


def country_of(text: str, name: str, gz: Gazetteer) -> str | None:
    """Country of the place the geoparser gives the first mention *name*, or None."""
    for t in geoparse(text, gazetteer=gz):
        if t.name == name:
            return t.candidate.place.country_code if t.candidate else None
    raise AssertionError(f"{name!r} not recognised")


@pytest.mark.parametrize(
    ("text", "name", "foreign", "reason"),
    [
        (
            "Taliban fighters attacked a checkpoint in Argo district of Badakhshan, near Faizabad.",
            "Argo district",
            "CH",
            "a Swiss canton that only an alternate spelling matches is no Afghan district",
        ),
        (
            "Clashes erupted in Aragua district near Kandahar and Spin Boldak.",
            "Aragua district",
            "VE",
            "a Venezuelan state 13,000 km from every other place of the text",
        ),
        (
            "Fighters shelled Jura district of Kunar, near Asadabad.",
            "Jura district",
            "CH",
            "a Swiss canton, far from the Afghan places the text names",
        ),
        (
            "Police arrested six in Bern district, near Peshawar and Mardan.",
            "Bern district",
            "CH",
            "a capital abroad is not a district of the country the text is about",
        ),
        (
            "Militants ambushed soldiers in Lima district of Sagaing region, near Monywa.",
            "Lima district",
            "PE",
            "Peru's capital is no district of Myanmar",
        ),
    ],
)
def test_area_word_rules_out_far_or_respelt_places_abroad(
    text: str, name: str, foreign: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert country_of(text, name, default_gazetteer) != foreign, reason


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "Drones crossed from Syria into Anbar province overnight.",
            "Anbar province",
            "IQ",
            "a neighbour's province named as written stays, though ISO calls it a governorate",
        ),
        (
            "Gunmen raided Kurram district, police in Parachinar said.",
            "Kurram district",
            "PK",
            "a district of the country the text is about stays",
        ),
        (
            "Heavy rain flooded Jura district this week.",
            "Jura district",
            "CH",
            "with no other sign of a country nothing is ruled out",
        ),
    ],
)
def test_area_word_keeps_places_the_text_vouches_for(
    text: str, name: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert country_of(text, name, default_gazetteer) == country, reason
