"""An event "in the hinterlands/forests/hills/jungles of X" happens at X: the wild ground
around a town places the event at the town, as "the outskirts of X" does, even when a
headline before it names no place."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        (
            "Troops clash with rebels\nSoldiers exchanged fire with guerrillas in the forests "
            "of Tumaco on Tuesday, the navy said.",
            "Tumaco",
            "'forests of' in Colombia",
        ),
        (
            "Security forces kill two insurgents\nTwo insurgents were shot dead in a gunfight "
            "in the hills of Ukhrul on Monday.",
            "Ukhrul",
            "'hills of' in north-east India",
        ),
        (
            "Troops kill rebels\nTwo rebels died in a clash with troops in the jungles of "
            "Sittwe on Sunday.",
            "Sittwe",
            "'jungles of' in Myanmar",
        ),
        (
            "Rebels killed in clash\nThree rebels were killed in a clash with troops in the "
            "hinterlands of Kidapawan on Friday, the army said.",
            "Kidapawan",
            "'hinterlands of' in the Philippines",
        ),
    ],
)
def test_event_in_the_wild_ground_of_a_town_is_at_the_town(text, place, reason):
    names = [i.place_name for i in extract_incidents(text, published="2025-08-25")]
    assert place in names, (reason, names)


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Rebels killed\nTroops killed four guerrillas in a clash in the forests of Makhalo "
            "in Bijapur district on Friday.",
            "Makhalo",
            "a forest the gazetteer lacks, inside an Indian district",
        ),
        (
            "Two soldiers killed\nMilitants ambushed a patrol in the mountains of Shawal in "
            "North Waziristan district on Sunday.",
            "Shawal",
            "a mountain range the gazetteer lacks, inside a Pakistani district",
        ),
    ],
)
def test_unknown_wild_ground_keeps_its_name(text, location, reason):
    locations = [i.location for i in extract_incidents(text, published="2025-08-25")]
    assert location in locations, (reason, locations)
