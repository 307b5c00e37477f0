"""Datelines: a wire story's filing date is not the date of the event it reports."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import DatePrecision, extract_incidents
from mapper.dateline import in_dateline, in_stamp, without_datelines
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
            "Head\nRAIPUR, March 3 (PTI) Two jawans were hurt on Sunday.",
            [True, False],
            "wire copy: agency in brackets, no dash",
        ),
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


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Head\nSan Pedro Sula, May 4 (EFE) - Gangs fired on a bus on Friday.",
            [True, False],
            "mixed-case town of three words with the agency in brackets",
        ),
        (
            "Head\nDera Ghazi Khan, 2 May (APP): Police raided a hideout on Friday.",
            [True, False],
            "mixed-case town, day-month date, agency and colon",
        ),
        (
            "Head\nKisumu, May 4 - Traders marched on Friday.",
            [False, False],
            "mixed case without an agency may open a timeline entry",
        ),
        (
            "Head\nOn Thursday, May 4 (local time) - a blast hit the port.",
            [False, False],
            "a preposition and a weekday before the date: no place",
        ),
    ],
)
def test_mixed_case_place_is_a_dateline_only_with_an_agency(text, expected, reason):
    assert [flag for _, flag in _flags(text)] == expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Head\nBy Staff Reporter | 4 May 2024, 09:12\nBody.", [True], "byline with a clock time"),
        ("Head\nUpdated: 5 May 2024\nBody.", [True], "an 'Updated' line"),
        ("Head\nPosted May 5, 2024 14:30 GMT\nBody.", [True], "month-first stamp with time"),
        (
            "Head\nGunmen struck Gao on 4 May 2024 at 09:12, police said.",
            [False],
            "'at' before the clock time: the event's own time",
        ),
        ("Head\nRebels shelled Goma on 4 May, 2024.", [False], "a date in a sentence, no time"),
    ],
)
def test_page_time_stamps_are_not_event_dates(text, expected, reason):
    found = find_dates(text, published=date(2024, 5, 6))
    assert [in_stamp(text, d) for d in found] == expected, reason


def test_event_takes_its_weekday_not_a_mixed_case_dateline(default_gazetteer):
    text = (
        "Two dead as rival traders fight in Kenyan market town\n"
        "Eldoret, June 10 (KNA) - Gunmen shot dead two traders in Eldoret on Saturday "
        "evening, police said."
    )
    found = extract_incidents(text, published="2025-06-10", gazetteer=default_gazetteer)
    assert found
    assert {i.event_date for i in found} == {date(2025, 6, 7)}


@pytest.mark.parametrize(
    ("text", "published", "day", "reason"),
    [
        (
            "Army post attacked near Kaya\n"
            "[Photo: Burkinabe troops on patrol in the Centre-Nord region. File photo]\n"
            "Gunmen attacked an army post near Kaya early on Sunday, security sources said.",
            "2025-09-17",
            date(2025, 9, 14),
            "a photo caption before the lead is not the lead",
        ),
        (
            "Bandits raid market in Zamfara\n"
            "Home > Africa > Nigeria\n"
            "Bandits raided a market in Gusau on Monday night, killing four traders, police said.",
            "2026-06-11",
            date(2026, 6, 8),
            "a breadcrumb line before the lead is not the lead",
        ),
    ],
)
def test_headline_takes_the_leads_date_past_captions_and_breadcrumbs(
    default_gazetteer, text, published, day, reason
):
    found = extract_incidents(text, published=published, gazetteer=default_gazetteer)
    assert found, reason
    assert {i.event_date for i in found} == {day}, reason
