"""Crowd rules: an unarmed crowd's violence is a riot, an armed group's is not."""

from __future__ import annotations

import pytest

from mapper import crowds
from mapper.cues import MOB, RIOT


def _cue(sentence: str, verb: str) -> tuple[int, int]:
    start = sentence.index(verb)
    return start, start + len(verb)


@pytest.mark.parametrize(
    ("sentence", "verb", "expected", "reason"),
    [
        ("Angry youths attacked a tax office in the market town.", "attacked", RIOT, "a building"),
        ("Loyalists of the ruling party attacked two canvassers.", "attacked", MOB, "people"),
        ("Gunmen attacked a tax office in the market town.", "attacked", None, "armed men"),
        ("Armed youths attacked a police post at dawn.", "attacked", None, "armed youths"),
        ("Villagers were attacked by unknown men overnight.", "attacked", None, "a passive"),
        ("Students shot at the guards and attacked the gate.", "attacked", None, "firearms"),
    ],
)
def test_crowd_attack_needs_an_unarmed_crowd_as_subject(
    sentence: str, verb: str, expected: tuple[object, str] | None, reason: str
) -> None:
    start, end = _cue(sentence, verb)
    assert crowds.crowd_attack(sentence, start, end, lethal=False) == expected, reason


@pytest.mark.parametrize(
    ("sentence", "verb", "expected", "reason"),
    [
        ("A district office was torched by rioting students.", "torched", RIOT, "a building"),
        ("Two traders were beaten by an angry mob.", "beaten", MOB, "people were hit"),
        ("A convoy was ambushed by insurgents near the river.", "ambushed", None, "armed agent"),
    ],
)
def test_crowd_agent_reads_the_agent_of_a_passive(
    sentence: str, verb: str, expected: tuple[object, str] | None, reason: str
) -> None:
    start, end = _cue(sentence, verb)
    assert crowds.crowd_agent(sentence, start, end) == expected, reason


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        ("Police clashed with opposition supporters outside the court.", True, "supporters"),
        ("Rival students clashed on the campus for a second day.", True, "students"),
        ("Troops clashed with militants in the hills.", False, "an armed group"),
        ("Activists said troops clashed with rebels overnight.", False, "activists as source"),
        ("Workers of the BJP and the TMC clashed in Nandigram.", True, "party workers"),
        ("Cadres of the ruling party clashed with rivals in Feni.", True, "party cadres"),
        ("Party workers clashed outside the polling booth.", True, "party workers, no name"),
        (
            "Two aid workers were caught as soldiers clashed with the RSF.",
            False,
            "aid workers are no party side",
        ),
        (
            "Workers of the mining firm said troops clashed with the M23.",
            False,
            "workers of a firm are no party side",
        ),
    ],
)
def test_unarmed_side_tells_a_riot_from_a_battle(
    sentence: str, expected: bool, reason: str
) -> None:
    assert crowds.unarmed_side(sentence, sentence.index("clashed")) is expected, reason
