"""Coreference: "gang members" in a report about one named gang are that gang."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


def _actors(text: str, gz) -> list[str | None]:
    return [i.actor1 for i in extract_incidents(text, published="2024-03-13", gazetteer=gz)]


@pytest.mark.parametrize(
    ("text", "group", "reason"),
    [
        ("Gunmen of the Los Lagartos gang shot dead three men in Duran on Saturday, police "
         "said. Later gang members set fire to two buses in Guayaquil.", "Los Lagartos",
         "Ecuador: the later arson is the named gang's"),
        ("Members of the Gran Grif gang attacked Liancourt on Tuesday, killing four farmers, "
         "officials said. Gang members came back on Thursday and burned houses in the town.",
         "Gran Grif", "Haiti: a second raid on the same town, two days later"),
    ],
)  # fmt: skip
def test_unnamed_gang_members_are_the_one_gang_the_report_names(gz, text, group, reason):
    actors = _actors(text, gz)
    assert len(actors) >= 2, (reason, actors)
    assert set(actors) == {group}, (reason, actors)


def test_with_two_named_gangs_gang_members_stay_unnamed(gz):
    text = (
        "Members of the Gran Grif gang attacked Liancourt on Tuesday, killing four farmers. "
        "In Cabaret, the Canaan gang clashed with police, and gang members burned houses "
        "in Verrettes."
    )
    assert "Unidentified Gang" in _actors(text, gz)


def test_a_named_group_never_called_a_gang_lends_no_name(gz):
    text = (
        "Militiamen of the Popular Mobilization Forces clashed with tribesmen in Tarmiyah on "
        "Monday. Gang members looted shops in Baqubah the same night."
    )
    assert "Popular Mobilization Forces" not in _actors(text, gz)[1:]
