"""A name led by a Spanish, Portuguese or French natural-feature noun (Serranía, Sierra,
Cerro, Río, Montagne) names a range, peak or river, not a town, unless the gazetteer knows
the whole name."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse


@pytest.fixture(scope="module")
def gz(default_gazetteer: Gazetteer) -> Gazetteer:
    return default_gazetteer


def names(text: str, gz: Gazetteer) -> list[str]:
    return [t.text for t in geoparse(text, gazetteer=gz)]


@pytest.mark.parametrize(
    ("text", "refused", "reason"),
    [
        (
            "Gold miners were caught in crossfire in the Serranía de San Lucas on Friday.",
            ("Serranía", "San Lucas"),
            "a mountain range: neither its head nor its tail is a town",
        ),
        (
            "Guerrillas ambushed a patrol on the Serrania de San Lucas, the army said.",
            ("Serrania", "San Lucas"),
            "the same range written without the accent",
        ),
        (
            "Troops patrolled the Sierra de Perija along the border.",
            ("Sierra", "Perija"),
            "a range on the Colombia-Venezuela border",
        ),
        (
            "Rebels fired on soldiers camped on the Cerro Tacarcuna.",
            ("Cerro", "Tacarcuna"),
            "a peak, not a village",
        ),
    ],
)
def test_unknown_feature_name_is_not_a_place(
    text: str, refused: tuple[str, ...], reason: str, gz: Gazetteer
) -> None:
    found = names(text, gz)
    assert not any(word in name for name in found for word in refused), (found, reason)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Police raided a hillside district of Rio de Janeiro.", "Rio de Janeiro", "a city"),
        ("Fighting spread across Sierra Leone in 1998.", "Sierra Leone", "a country"),
        ("Two men were shot in Cerro Largo, Uruguay.", "Cerro Largo", "a department"),
        ("A bomb went off in Rio Branco on Monday.", "Rio Branco", "a state capital"),
    ],
)
def test_known_whole_name_led_by_feature_noun_is_kept(
    text: str, expected: str, reason: str, gz: Gazetteer
) -> None:
    assert expected in names(text, gz), reason


def test_places_beside_a_feature_are_still_found(gz: Gazetteer) -> None:
    text = "Families fled the Serrania de San Lucas for Santa Rosa del Sur, in Bolivar."
    found = names(text, gz)
    assert any("Santa Rosa del Sur" in name for name in found), found
