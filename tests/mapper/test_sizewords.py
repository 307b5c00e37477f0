"""Towns named without the size or position word of their gazetteer name."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse
from mapper.sizewords import SIZE_WORDS, sized_candidates


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Al-Shabaab fighters attacked a base near Mahaday in Middle Shabelle.",
            "Mahaday",
            ("Mahaddayweyne", "SO"),
            "Somali 'weyne' (big) glued on, and a single for a double d",
        ),
        (
            "Gunmen killed two farmers near Renala on Sunday, Punjab police said.",
            "Renala",
            ("Renala Khurd", "PK"),
            "Urdu 'Khurd' (small) after the name",
        ),
        (
            "A landslide buried homes in Hattian, in Azad Kashmir.",
            "Hattian",
            ("Hattiān Bāla", "PK"),
            "'Bala' (upper) after the name",
        ),
    ],
)
def test_town_named_without_its_size_word_is_found(
    text: str, name: str, expected: tuple[str, str], reason: str, default_gazetteer: Gazetteer
) -> None:
    got = {
        t.name: (t.candidate.place.name, t.candidate.place.country_code)
        for t in geoparse(text, gazetteer=default_gazetteer)
        if t.candidate
    }
    assert got.get(name) == expected, reason


def test_name_with_two_sized_towns_is_left_unread(default_gazetteer: Gazetteer) -> None:
    # Maharashtra has two villages called Ajani Khurd: the short name picks neither.
    assert sized_candidates(default_gazetteer, {"Ajani"}, 25) == {}


def test_size_word_counts_only_where_its_language_is_spoken(
    default_gazetteer: Gazetteer,
) -> None:
    found = sized_candidates(default_gazetteer, {"Renala", "Mahaday"}, 25)
    assert {n: [c.place.country_code for c in cs] for n, cs in found.items()} == {
        "Renala": ["PK"],
        "Mahaday": ["SO"],
    }
    assert all(c.place.country_code in SIZE_WORDS["khurd"] for c in found["Renala"])
