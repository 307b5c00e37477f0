"""A toll over months from an institutional report is a statistic, not an event; a report
that dates a new attack still tells it."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.periodic import periodic_report


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        (
            "Landmines killed 52 civilians in Kachin and Shan states between April and June, the "
            "monitor said in a report issued on Thursday.",
            True,
            "a quarter's toll; the day is the report's",
        ),
        (
            "At least 230 people were wounded in the first half of the year, according to the "
            "agency's latest bulletin.",
            True,
            "passive toll, 'according to' a bulletin",
        ),
        (
            "OCHA says floods and fighting displaced 90,000 in six months",
            True,
            "a headline: speaker + says, no document named",
        ),
        (
            "An air strike on a market in Tabarak Allah on Sunday killed nine, the mission said "
            "in a report covering the past three months.",
            False,
            "a new attack dated by its day",
        ),
        (
            "Gunmen killed five people in Kankara on Tuesday, police said.",
            False,
            "no period, no document",
        ),
        (
            "The UN said in a report that the strike on Idlib killed 14.",
            False,
            "a document, but no span of months",
        ),
        (
            "Police say gunmen killed three herders in Nasarawa",
            False,
            "a speaker headline with no period",
        ),
    ],
)
def test_periodic_report(sentence: str, expected: bool, reason: str) -> None:
    assert periodic_report(sentence) is expected, reason


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        (
            "UN says mines killed 40 Yemeni children in three months\nADEN - Landmines and "
            "unexploded shells killed 40 children across Yemen between January and March, UNICEF "
            "said in a report released on Wednesday, citing cases in Taiz, Hodeidah and Marib.",
            "2026-04-16",
            "a quarterly toll by a UN agency",
        ),
        (
            "Monitor counts 300 wounded in Sahel this year\nBAMAKO - At least 300 civilians were "
            "wounded in central Mali in the first quarter, according to a report by a local "
            "rights group published on Monday.",
            "2026-04-07",
            "a rights group's quarterly count",
        ),
    ],
)
def test_periodic_report_dispatch_yields_nothing(text: str, published: str, reason: str) -> None:
    assert extract_incidents(text, published=published) == [], reason


def test_new_attack_in_a_report_dispatch_is_kept() -> None:
    text = (
        "UN mission condemns drone strike\nJUBA - A drone strike on a cattle camp near Rumbek "
        "on Saturday killed seven herders, the UN mission said on Sunday, adding that 150 "
        "civilians had been killed in the state over the past three months."
    )
    assert extract_incidents(text, published="2026-06-08"), "the Saturday strike is news"
