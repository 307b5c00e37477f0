"""Reports of several events: each event keeps its own date, place and type."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import extract_incidents


def _coded(text: str, published: str) -> list[tuple[str, str, date | None]]:
    return [
        (i.event_type.value, i.location, i.event_date)
        for i in extract_incidents(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected", "reason"),
    [
        (
            "Attacks in Borno\nInsurgents killed five farmers near Konduga on Thursday, "
            "residents said. The previous day, a suicide bomber blew himself up at a mosque "
            "in Gwoza, killing two worshippers.",
            "2024-05-10",
            ("Explosions/Remote violence", "Gwoza", date(2024, 5, 8)),
            "'the previous day' counts back from Thursday",
        ),
        (
            "Violence in Ituri\nMilitiamen shelled Djugu on Tuesday. A day later, armed men "
            "killed 14 villagers near Mahagi.",
            "2024-05-09",
            ("Violence against civilians", "Mahagi", date(2024, 5, 8)),
            "a killing on a later day is no toll of the shelling before it",
        ),
        (
            "Sahel violence\nJihadists ambushed a patrol near Djibo on Friday. Earlier in the "
            "week, gunmen had attacked a church in Dori, killing 15 worshippers.",
            "2024-05-11",
            ("Violence against civilians", "Dori", date(2024, 5, 6)),
            "'earlier in the week' is the week of publication, not the Friday before it",
        ),
    ],
)
def test_each_event_of_a_report_keeps_its_own_date_and_type(
    text: str, published: str, expected: tuple[str, str, date], reason: str
) -> None:
    assert expected in _coded(text, published), (reason, _coded(text, published))
