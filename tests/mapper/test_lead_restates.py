"""A lead that tells the headline's violent event adds no country-level incident."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


def _places(text: str, published: str) -> list[str]:
    return [i.location for i in extract_incidents(text, published=published)]


@pytest.mark.parametrize(
    ("text", "published", "expected", "reason"),
    [
        (
            "Two killed as rival clans clash in Marsabit\nNAIROBI, May 4 (Reuters) - A herder "
            "was shot dead and six people were wounded when members of two rival clans "
            "fought over a watering point on Saturday, police said.",
            "2025-05-04",
            ["Marsabit"],
            "the lead types the clash as a killing; it is still the headline's event",
        ),
        (
            "Militants attack checkpoint in Bannu\nPESHAWAR, Pakistan, Oct 9 - A suicide "
            "bomber blew himself up at the entrance of a police checkpoint before dawn on "
            "Wednesday and gunmen then tried to storm the building, officials said. Two "
            "policemen were killed.",
            "2025-10-09",
            ["Bannu"],
            "the blast and the storming are one attack told in steps",
        ),
        (
            "Explosive device kills soldier in Tame\nBOGOTA, Feb 2 - A soldier was killed "
            "when a roadside bomb went off beside an army patrol, and dissident fighters "
            "then opened fire on the troops, the army said.",
            "2025-02-02",
            ["Tame"],
            "a bombing followed by gunfire, another continent and wording",
        ),
    ],
)
def test_lead_telling_the_headline_event_adds_no_country_incident(
    text: str, published: str, expected: list[str], reason: str
) -> None:
    assert _places(text, published) == expected, reason


def test_toll_of_a_lead_in_steps_goes_to_the_headline_place() -> None:
    text = (
        "Militants attack checkpoint in Bannu\nPESHAWAR, Pakistan, Oct 9 - A suicide bomber "
        "blew himself up at the entrance of a police checkpoint before dawn on Wednesday "
        "and gunmen then tried to storm the building, officials said. Two policemen were "
        "killed."
    )
    (incident,) = extract_incidents(text, published="2025-10-09")
    assert incident.fatalities is not None and incident.fatalities.low == 2
