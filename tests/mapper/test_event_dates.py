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
