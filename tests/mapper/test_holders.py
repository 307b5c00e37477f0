"""Reading an area named as holding a place ("near Ansongo in Gao region")."""

from __future__ import annotations

import pytest

from mapper.holders import holds


@pytest.mark.parametrize(
    ("sentence", "place", "area", "expected", "reason"),
    [
        ("Fighting near Gao spread to Kidal.", "near Gao", "Kidal", False, "a later place"),
        ("A mine hit a truck near Ansongo in Gao region.", "Ansongo", "Gao", True, "X in Y"),
        ("Shells fell on Kupiansk district of Kharkiv oblast.", "Kupiansk", "Kharkiv", True, "of"),
        ("Raids hit Borno's Konduga area.", "Konduga", "Borno", True, "possessive"),
        ("Gunmen struck Bama in northern Borno.", "Bama", "Borno", True, "a compass word"),
        (
            "In neighbouring Kebbi State, bandits killed four in Argungu.",
            "Argungu",
            "Kebbi",
            True,
            "a fronted state",
        ),
        (
            "In Kebbi, bandits killed four in Argungu.",
            "Argungu",
            "Kebbi",
            False,
            "a fronted name without an admin word may be a town",
        ),
        ("Gunmen hit Bama and Konduga.", "Bama", "Konduga", False, "a list, not a holder"),
        ("Troops moved from Bama to Konduga.", "Bama", "Konduga", False, "a route"),
        (
            "Gunmen shot a teacher in Tak Bai district, Narathiwat, on Monday.",
            "Tak Bai",
            "Narathiwat",
            True,
            "a bare comma before the holding province, as in a dateline",
        ),
        (
            "A car bomb went off in Tame, Arauca, near the border.",
            "Tame",
            "Arauca",
            True,
            "the holding department closed by a comma and a preposition",
        ),
        (
            "Drones hit a refinery in Novoshakhtinsk, in Russia's Rostov region.",
            "Novoshakhtinsk",
            "Rostov",
            True,
            "a country's possessive before the holding region",
        ),
        (
            "Floods and raids hit Elwak, Mandera and Wajir.",
            "Elwak",
            "Mandera",
            False,
            "a list with 'and' after the second name",
        ),
        (
            "Shelling hit Kafr Nabl, Ariha, and Saraqib.",
            "Ariha",
            "Saraqib",
            False,
            "a later list item: ', and' after a list comma",
        ),
        (
            "Jets bombed Idlib, Damascus.",
            "Idlib",
            "Damascus",
            False,
            "two names with no admin word: a list, not a dateline",
        ),
        (
            "Troops shelled Ariha, Maarat city and its countryside.",
            "Ariha",
            "Maarat",
            False,
            "a city noun after the second name",
        ),
        (
            "Raids hit Elwak, Mandera, Wajir and Garissa.",
            "Elwak",
            "Mandera",
            False,
            "a list: a capitalised name after the second comma",
        ),
    ],
)
def test_holds_reads_an_area_named_as_holding_a_place(sentence, place, area, expected, reason):
    assert holds(sentence, place, area) is expected, reason
