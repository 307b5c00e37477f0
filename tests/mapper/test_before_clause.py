"""An event told as the subject's next act ("... near Kalat before shooting dead seven
men") is at the scene its first clause set; a town the vehicles were bound for, or the
dateline's town, is no such scene."""

from __future__ import annotations

import pytest

from mapper import extract_incidents

_HEADLINE = "Roundup\n"


@pytest.mark.parametrize(
    ("body", "location", "reason"),
    [
        (
            "Gunmen blocked the highway near Kalat late on Sunday before shooting dead seven "
            "men from Punjab province.",
            "near Kalat",
            "'before' + gerund; the victims' home province is no scene",
        ),
        (
            "Militants stopped a bus near Bamba on Tuesday before killing four passengers.",
            "near Bamba",
            "another country, another verb",
        ),
        (
            "Armed men surrounded a church in Kajuru on Sunday before abducting 30 worshippers.",
            "Kajuru",
            "an abduction",
        ),
        (
            "Gunmen blocked a road near Kalat, stopped two Karachi-bound coaches and checked "
            "identity cards before shooting dead seven men.",
            "near Kalat",
            "'Karachi-bound': the coaches' destination",
        ),
        (
            "Bandits stopped a bus bound for Kano near Funtua on Tuesday, killing six passengers.",
            "near Funtua",
            "'bound for Kano': the destination",
        ),
    ],
)
def test_next_act_is_at_the_first_clause_scene(body, location, reason):
    (incident,) = extract_incidents(_HEADLINE + body, published="2025-06-10")
    assert incident.location == location, reason


def test_dateline_town_is_no_scene():
    text = (
        "Passengers shot dead in Balochistan\n"
        "QUETTA, Pakistan, June 9 (Reuters) - Gunmen stopped two coaches near Kalat late on "
        "Sunday before shooting dead seven men, officials said."
    )
    locations = [i.location for i in extract_incidents(text, published="2025-06-10")]
    assert "QUETTA" not in locations
    assert "near Kalat" in locations
