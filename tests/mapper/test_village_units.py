"""A village or neighbourhood written with its unit word ("Barangay X", "Kebele 03")
before the town holding it is no place of its own when the gazetteer lacks it: the
incident goes to the town named beside it."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import ActorLexicon, extract_incidents, find_events, geoparse
from mapper.sentences import split_sentences
from mapper.standins import unresolved_name


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Soldiers raided Barangay Mabini, Iloilo City on Monday.", None, "a barangay"),
        ("Police raided Kebele 03, Bahir Dar overnight.", None, "a numbered kebele"),
        ("Clashes erupted in Aldea El Rosario, Coban, on Friday.", None, "a Guatemalan aldea"),
        ("Gunmen raided Kolo Dawa on Monday.", "Kolo Dawa", "no unit word: a village"),
        ("Troops raided Barangay Mabini on Monday.", "Barangay Mabini", "no town beside it"),
    ],
)
def test_unit_before_its_town_is_no_unknown_place(
    text: str, expected: str | None, reason: str, default_gazetteer: Gazetteer
):
    (event, *_) = find_events(text)
    places = [t for t in geoparse(text, gazetteer=default_gazetteer) if t.resolved]
    taken = [*ActorLexicon.default().find(text), *places]
    found = unresolved_name(text, event, split_sentences(text)[0].end, taken)
    assert (found[2] if found else None) == expected, reason


def test_barangay_before_its_city_gives_one_incident_at_the_city():
    text = (
        "Two soldiers were killed in a clash with NPA rebels in the hinterlands of "
        "Barangay Lanao, Tacloban City, Leyte, on Friday, the army said."
    )
    where = [i.location for i in extract_incidents(text, published="2025-02-08")]
    assert where == ["Tacloban City"]
