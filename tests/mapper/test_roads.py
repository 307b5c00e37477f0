"""Roads named by the towns they link: each town is found, the road lies near the first."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import Precision, geoparse
from mapper.roads import road_name


@pytest.mark.parametrize(
    ("text", "span", "expected", "reason"),
    [
        ("on the Gao-Ansongo road", (7, 10), (7, 18), "the first town of a road"),
        ("on the Gao-Ansongo road", (11, 18), (7, 18), "the second town of a road"),
        ("the Kabul–Kandahar highway", (4, 9), (4, 18), "an en dash joins them too"),
        ("the Gao-Ansongo meeting", (4, 7), None, "no road word after the pair"),
        ("in Gao, on the road", (3, 6), None, "no pair at all"),
    ],
)
def test_road_name_spans_both_towns_before_a_road_word(
    text: str, span: tuple[int, int], expected: tuple[int, int] | None, reason: str
) -> None:
    assert road_name(text, *span) == expected, reason


@pytest.mark.parametrize(
    ("text", "name", "town", "reason"),
    [
        (
            "Insurgents ambushed a convoy on the Maiduguri-Damboa road on Friday.",
            "Maiduguri-Damboa",
            "Maiduguri",
            "Nigeria: a hyphenated pair, near its first town",
        ),
        (
            "Rebels closed the Goma-Rutshuru road after heavy fighting.",
            "Goma-Rutshuru",
            "Goma",
            "DR Congo: the same with another verb",
        ),
        (
            "A roadside bomb hit a bus on the Kabul-Kandahar highway.",
            "Kabul-Kandahar",
            "Kabul",
            "Afghanistan: 'highway' names a road too",
        ),
        (
            "Gunmen kidnapped a chief on the Idoma-Otukpa axis, police in Benue State said.",
            "Idoma-Otukpa",
            "Otukpa",
            "Nigeria: near the only town of the pair the gazetteer knows",
        ),
    ],
)
def test_road_named_by_its_towns_lies_near_one_of_them(
    text: str, name: str, town: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    got = [
        (t.name, t.candidate.place.name if t.candidate else None, t.precision)
        for t in geoparse(text, gazetteer=default_gazetteer)
    ]
    assert (name, town, Precision.NEAR) in got, reason


def test_road_the_text_places_in_a_town_gives_way_to_it(default_gazetteer: Gazetteer) -> None:
    text = "Mourners blocked the Peshawar-Torkham road in Landi Kotal on Tuesday."
    names = [t.name for t in geoparse(text, gazetteer=default_gazetteer)]
    assert not any("Peshawar" in n or "Torkham" in n for n in names), names
