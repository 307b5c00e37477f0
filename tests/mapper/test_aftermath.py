"""Burning and looting the attackers do during their raid are part of the raid; looting on
another day, or after a town is taken, is an event of its own."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.incident import EventType


def _types(text: str, published: str) -> list[EventType]:
    return [i.event_type for i in extract_incidents(text, published=published)]


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        (
            "Gunmen raided the village of Kwatas in Benue state on Saturday night, killing "
            "seven farmers, police said. The attackers set fire to a school and several "
            "granaries before fleeing.",
            "2026-07-13",
            "arson by the raiders, same night",
        ),
        (
            "Jihadists raid Boulsa, burn market\nOUAGADOUGOU (AP) - Jihadists raided the town of "
            "Boulsa overnight Tuesday to Wednesday, killing four civilians and stealing livestock, "
            'officials said. "They burned the market stalls before leaving," a resident said.',
            "2026-02-05",
            "the headline's and a quoted witness's burning of the same raid",
        ),
        (
            "Militants attacked an army post in Djibasso on Monday, killing five soldiers. They "
            "burned two trucks and a fuel depot before withdrawing, a security source said.",
            "2026-02-17",
            "burning during an armed clash",
        ),
    ],
)
def test_damage_during_the_raid_is_not_coded_apart(text: str, published: str, reason: str) -> None:
    types = _types(text, published)
    assert types, reason
    assert EventType.STRATEGIC_DEVELOPMENTS not in types, reason


def test_looting_on_a_later_day_is_kept() -> None:
    text = (
        "Gunmen raided the village of Kwatas in Benue state on Saturday, killing seven "
        "farmers, police said on Tuesday. The gunmen returned to Kwatas on Monday and looted "
        "the village's shops."
    )
    assert EventType.STRATEGIC_DEVELOPMENTS in _types(text, "2026-07-14")
