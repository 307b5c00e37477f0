"""A country or region closing a group's proper name says who acted, never where."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import extract_incidents, geoparse
from mapper.groupnames import drop_group_names


def kept_names(text: str, gz: Gazetteer) -> set[str]:
    resolved = [t for t in geoparse(text, gazetteer=gz) if t.resolved]
    return {t.text for t in drop_group_names(resolved, text)}


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Cadres of the People's Liberation Front of India torched two trucks on Monday.",
            "India",
            "a front named after the country it claims",
        ),
        (
            "Fighters of the Democratic Forces for the Liberation of Rwanda raided a camp.",
            "Rwanda",
            "'Forces for the Liberation of': the head noun before a 'for the' phrase",
        ),
        (
            "The Communist Party of Nepal (Maoist Centre) called a strike on Friday.",
            "Nepal",
            "a party named after its country",
        ),
        (
            "A splinter of the Islamic Movement of Uzbekistan claimed the bombing.",
            "Uzbekistan",
            "a movement named after its country",
        ),
    ],
)
def test_place_closing_a_group_name_is_dropped(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert name not in kept_names(text, default_gazetteer), reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "The army of Mali said it had repelled an attack near the border on Monday.",
            "Mali",
            "lower-case 'army of' is prose, not a group's name",
        ),
        (
            "Troops clashed with rebels in Kenya on Sunday, the army said.",
            "Kenya",
            "a country named as the event's place",
        ),
        (
            "Supporters of the ruling party of Ghana marched through Accra.",
            "Ghana",
            "no capitalised name before the head noun",
        ),
    ],
)
def test_place_outside_a_group_name_is_kept(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert name in kept_names(text, default_gazetteer), reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Suspected rebels of the People's Liberation Front of India shot dead a "
            "farmer in Sirdatoli village on Thursday, police said.",
            "the village the gazetteer lacks keeps its name; the country was the group's",
        ),
        (
            "Gunmen of the People's Liberation Army of India torched a truck in "
            "Kumbrakot village on Thursday, police said.",
            "another group, another verb, the same class",
        ),
    ],
)
def test_group_name_country_does_not_replace_an_unknown_village(text: str, reason: str) -> None:
    locations = {i.location for i in extract_incidents(text, published="2026-03-14")}
    assert "India" not in locations, reason
