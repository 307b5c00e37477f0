"""Which date an incident takes when its sentence holds a "since" day."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "published", "day", "reason"),
    [
        (
            "Tribal clashes near Gardez have killed 19 people since October 28, a police "
            "spokesman said on Monday.",
            "2024-11-04",
            date(2024, 10, 28),
            "a running toll in the event's own clause dates from its first day",
        ),
        (
            "Gunmen killed two soldiers in Daraa, raising to 90 the number killed there "
            "since 3 June.",
            "2019-06-26",
            date(2019, 6, 26),
            "the 'since' day of a later clause dates the running total, not the killing: "
            "the publication week stands",
        ),
    ],
)
def test_a_since_day_dates_only_its_own_clause(default_gazetteer, text, published, day, reason):
    found = extract_incidents(text, published=published, gazetteer=default_gazetteer)
    assert found, reason
    assert {i.event_date for i in found} == {day}, reason


@pytest.mark.parametrize(
    ("text", "published", "days", "reason"),
    [
        (
            "Gunmen raided a cattle camp near Bor, killing five herders, the county "
            "commissioner said on Thursday, adding that the raid happened on Tuesday night.",
            "2024-05-31",
            {date(2024, 5, 28)},
            "the day the attack 'happened' beats the day the official spoke",
        ),
        (
            "Cattle raiders killed four herders near Bor, the county commissioner said on Friday.",
            "2024-11-30",
            {date(2024, 11, 29)},
            "with no other date, the report's day is the best the text gives",
        ),
        (
            "School torched in Kunduz\n"
            "The provincial governor told reporters on Monday that militants had torched "
            "a girls' school in Kunduz late on Saturday.",
            "2024-09-03",
            {date(2024, 8, 31)},
            "an undated headline takes the lead's event date, not the briefing's",
        ),
    ],
)
def test_the_day_a_report_was_made_yields_to_the_events_own_day(
    default_gazetteer, text, published, days, reason
):
    found = extract_incidents(text, published=published, gazetteer=default_gazetteer)
    assert {i.event_date for i in found} == days, reason
