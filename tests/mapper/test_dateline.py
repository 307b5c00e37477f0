"""Datelines: a wire story's filing date is not the date of the event it reports."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import DatePrecision, extract_incidents
from mapper.dateline import in_dateline, without_datelines
from mapper.dates import find_dates


def _flags(text: str) -> list[tuple[str, bool]]:
    found = find_dates(text, published=date(2024, 5, 6))
    return [(d.text, in_dateline(text, d)) for d in found]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Head\nGAO, May 4 - Rebels fired on Friday.", [True, False], "capital town, comma, dash"),
        (
            "Head\nPORT-AU-PRINCE, Haiti, Jan. 9 (AP) \u2014 Gangs burned homes on Monday.",
            [True, False],
            "hyphenated town, country part, agency in brackets, em dash",
        ),
        (
            "DERA ISMAIL KHAN, Pakistan, 12 June: A blast hit a market.",
            [True],
            "several-word town at the very start of the text, colon",
        ),
        ("Head\nKABUL, Monday (AFP) - Gunmen struck on Sunday.", [True, False], "weekday dateline"),
        ("Head\nGao, May 4 - Rebels fired on Friday.", [False, False], "town not in capitals"),
        ("Head\nGAO, May 4, rebels fired on the town.", [False], "no dash: story date"),
        (
            "Fighting resumed in Gao on May 4 - residents fled.",
            [False],
            "a date inside a sentence before a dash",
        ),
        ("Head\nAn attack on May 4 - the third such raid.", [False], "no place opens the line"),
    ],
)
def test_only_a_date_between_a_capitalised_place_and_a_dash_is_a_dateline(text, expected, reason):
    assert [flag for _, flag in _flags(text)] == expected, reason


def test_without_datelines_keeps_the_story_dates_in_order():
    text = "Head\nBUNIA, March 3 - Militia attacked Djugu on Saturday and Bunia on Sunday."
    kept = without_datelines(text, find_dates(text, published=date(2025, 3, 3)))
    assert [d.text for d in kept] == ["on Saturday", "on Sunday"]


@pytest.mark.parametrize(
    ("text", "published", "day", "reason"),
    [
        (
            "Militants storm army post in northern Mali\n"
            "BAMAKO, Dec 31 (AFP) - Militants attacked an army post near Gao on Monday, "
            "killing four soldiers, officials said.",
            "2024-12-31",
            date(2024, 12, 30),
            "year end: the weekday after the place, not the dateline nearer the verb",
        ),
        (
            "Al-Shabaab ambush near southern port\n"
            "MOGADISHU, March 1 - Al-Shabaab fighters ambushed a government convoy outside "
            "Kismayo on Thursday, a police officer said.",
            "2024-03-01",
            date(2024, 2, 29),
            "month end across a leap day",
        ),
        (
            "Boko Haram raid in Borno\n"
            "MAIDUGURI, 2 January: Boko Haram fighters raided Gwoza on Sunday night, "
            "killing six farmers, residents said.",
            "2023-01-02",
            date(2023, 1, 1),
            "day-month dateline, part of the day after the weekday",
        ),
    ],
)
def test_event_takes_its_own_weekday_not_the_dateline(
    default_gazetteer, text, published, day, reason
):
    found = extract_incidents(text, published=published, gazetteer=default_gazetteer)
    assert found, reason
    assert {i.event_date for i in found} == {day}, reason


def test_dateline_alone_gives_the_publication_week_not_a_day(default_gazetteer):
    text = (
        "Roadside bomb kills police in Afghanistan\n"
        "KABUL, Aug 9 - A roadside bomb killed three police officers in Kunduz, "
        "a provincial spokesman said."
    )
    found = extract_incidents(text, published="2024-08-09", gazetteer=default_gazetteer)
    assert found
    assert {(i.event_date, i.date_precision) for i in found} == {
        (date(2024, 8, 9), DatePrecision.WEEK)
    }
