"""Arrests of people for taking part in a protest already told belong to that protest."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.events import find_events
from mapper.joined import held_for_taking_part


def _held(sentence: str) -> bool:
    return any(held_for_taking_part(sentence, e) for e in find_events(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        ("Police said 23 people had been detained for taking part in an illegal gathering.",
         True, "passive, reason: taking part"),
        ("Officers arrested dozens for joining the march.", True, "active, reason: joining"),
        ("Eleven students were detained for participating in the sit-in.", True,
         "detained for participating"),
        ("Police arrested two men over the killing of a bus driver.", False,
         "arrests with another reason"),
        ("Soldiers detained nine suspected militants in a raid.", False, "no reason given"),
    ],
)  # fmt: skip
def test_arrests_for_taking_part_in_a_gathering(sentence: str, expected: bool, reason: str) -> None:
    assert _held(sentence) is expected, reason


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        ("Riot police disperse bread protest in Kassala\nPolice fired tear gas at hundreds of "
         "people protesting in Kassala on Sunday over bread prices. The crowd had gathered "
         "near the market. \"We only want to eat,\" one woman said. Authorities said 30 people "
         "were arrested for taking part in the protest.", "2025-02-10",
         "arrests announced two sentences after the protest"),
        ("Students march in Cochabamba\nHundreds of students marched through Cochabamba on "
         "Thursday against fee rises. The march ended peacefully at the university. Police "
         "later said four had been detained for joining the unauthorised march.", "2025-09-12",
         "a peaceful march and a later count of those held"),
    ],
)  # fmt: skip
def test_protest_with_participant_arrests_gives_one_protest(
    text: str, published: str, reason: str
) -> None:
    types = [i.event_type.value for i in extract_incidents(text, published=published)]
    assert types == ["Protests"], (reason, types)


def test_arrests_without_a_protest_told_are_kept() -> None:
    text = (
        "Police in Tunis said on Monday they had arrested 12 people for taking part in an "
        "unauthorised gathering on Sunday."
    )
    types = [i.event_type.value for i in extract_incidents(text, published="2025-03-10")]
    assert "Strategic developments" in types
