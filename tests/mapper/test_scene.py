"""A sentence that opens by moving to another scene takes no earlier event's place."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.scene import moves_elsewhere


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        ("In the capital, residents said gunmen looted shops.", True, "a fronted place noun"),
        ("Meanwhile, militiamen torched market stalls.", True, "a topic-shift adverb"),
        ("Separately police detained nine men.", True, "'separately' without a comma"),
        ("Further south, fighters ransacked a clinic.", True, "a compass move"),
        ("In Kassala, soldiers detained two traders.", True, "a fronted name and a comma"),
        ("In the aftermath, police arrested 14 people.", False, "a time frame, not a scene"),
        ("On Tuesday, police arrested 14 people.", False, "a day is no scene"),
        ("Shops in the central market were ransacked.", False, "no fronted frame"),
    ],
)
def test_moves_elsewhere_reads_an_opening_frame(sentence: str, expected: bool, reason: str):
    assert moves_elsewhere(sentence) is expected, reason


@pytest.mark.parametrize(
    ("text", "absent", "reason"),
    [
        (
            "Gangs seize Hinche\nGangs overran the town of Hinche on Monday. In the capital, "
            "armed men looted and burned several houses overnight.",
            ("Strategic developments", "Hinche"),
            "the looting is in the capital, not in the town just taken",
        ),
        (
            "Drones strike Kassala\nDrones struck the airport in Kassala on Sunday. Meanwhile "
            "villagers near Sennar said fighters had looted their homes for days.",
            ("Strategic developments", "Kassala"),
            "'Meanwhile' opens another story",
        ),
    ],
)
def test_aftermath_elsewhere_takes_no_earlier_place(text: str, absent: tuple, reason: str):
    coded = {
        (i.event_type.value, i.location) for i in extract_incidents(text, published="2024-05-07")
    }
    assert absent not in coded, (reason, coded)


def test_aftermath_without_a_move_stays_at_the_event_place():
    text = (
        "Fighters seize Babanusa\nFighters seized the town of Babanusa on Monday. Shops in "
        "the central market were ransacked and looted."
    )
    coded = {
        (i.event_type.value, i.location) for i in extract_incidents(text, published="2024-05-07")
    }
    assert ("Strategic developments", "Babanusa") in coded, coded
