"""Displacement and threat reports: the violence people flee, and an event a threat
makes conditional, are no incidents of the report."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.displaced import fled_from
from mapper.events import find_events


@pytest.mark.parametrize(
    ("sentence", "cue", "expected", "reason"),
    [
        ("UNHCR: 40,000 flee fighting in Ituri", "fighting", True,
         "a headline counting people who flee"),
        ("Some 3,000 families displaced by clashes between herders in Yola", "clashes", True,
         "'displaced by': the clashes are the cause"),
        ("Residents escaping the heavy fighting around Kharkiv reached Dnipro.", "fighting",
         True, "a qualified cause after 'escaping the'"),
        ("Thousands fled as fighting raged in Ituri on Monday.", "fighting", False,
         "the fighting is told in a clause of its own"),
        ("Rebels clashed with troops near Bunia, and thousands fled.", "clashed", False,
         "fleeing after the event, not its object"),
    ],
)  # fmt: skip
def test_fled_from_marks_the_cause_of_displacement(
    sentence: str, cue: str, expected: bool, reason: str
) -> None:
    event = next(e for e in find_events(sentence) if e.text == cue)
    assert fled_from(sentence, event) is expected, reason


@pytest.mark.parametrize(
    ("text", "published", "absent", "reason"),
    [
        (
            "OCHA: 60,000 flee fighting in Ouham province\nMore than 60,000 people have "
            "been displaced from Ouham province since January, OCHA said on Thursday. "
            "Many have walked to camps near Bossangoa.",
            "2025-04-10",
            "Ouham",
            "a humanitarian count: the fighting fled is no incident of the report",
        ),
        (
            "Governor rejects warlord's ultimatum\nThe Sokoto state government on Friday "
            "rejected a video in which a gang leader threatened to attack villages around "
            "Isa and Sabon Birni unless his detained relatives were freed.",
            "2025-04-12",
            "Isa",
            "an event inside an 'unless' condition is hypothetical",
        ),
        (
            "Jihadists warn of attacks on Kaya unless troops withdraw\nThe group said its "
            "fighters would ambush convoys on the road unless soldiers withdrawn from Kaya "
            "were redeployed.",
            "2025-04-12",
            "Kaya",
            "a participle inside an 'unless' condition is no event either",
        ),
    ],
)
def test_displacement_and_threat_reports_code_no_incident(
    text: str, published: str, absent: str, reason: str
) -> None:
    locations = [i.location for i in extract_incidents(text, published=published)]
    assert not any(absent in loc for loc in locations), (reason, locations)


def test_fighting_told_beside_the_displaced_is_still_coded() -> None:
    text = (
        "Thousands flee Ituri clashes\nCODECO militiamen attacked an army position in "
        "Djugu on Sunday, killing three soldiers, the army said. Thousands of residents "
        "fled fighting toward Bunia."
    )
    locations = [i.location for i in extract_incidents(text, published="2025-04-08")]
    assert any("Djugu" in loc for loc in locations), locations
