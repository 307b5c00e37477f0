"""A sentence that only dates the event just told re-dates it; it adds no second event."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.redated import dates_told_event


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        ("The arrests were made on 3 and 4 May, the agency said.", True, "passive, two days"),
        ("The raids were carried out between Monday and Wednesday.", True, "carried out between"),
        ("The attack took place late on Sunday, residents said.", True, "took place late on"),
        ("These detentions happened overnight in the old quarter.", True, "'these', overnight"),
        (
            "Police made more arrests on Sunday in Mahabad.",
            False,
            "new arrests, not a back-reference",
        ),
        ("The attackers fled on motorbikes.", False, "no event noun dated"),
        ("The attack on the convoy killed nine.", False, "tells the event, dates nothing"),
    ],
)
def test_dates_told_event(sentence: str, expected: bool, reason: str) -> None:
    assert dates_told_event(sentence) is expected, reason


@pytest.mark.parametrize(
    ("text", "published", "day", "reason"),
    [
        (
            "Security forces have detained 15 activists in Sanandaj, state media reported on "
            "Thursday. The arrests were made on 3 and 4 May, it said.",
            "2026-05-07",
            "2026-05-03",
            "re-dated to the first of two days",
        ),
        (
            "Gunmen stormed a church in Kafanchan, killing six worshippers, police said on Monday. "
            "The attack took place late on Saturday.",
            "2026-08-10",
            "2026-08-08",
            "re-dated to the day the attack happened",
        ),
        (
            "Police in Bajaur have detained 22 men over the unrest that shook the district this "
            "month, officials said on Friday. The detentions were carried out on Wednesday.",
            "2026-03-20",
            "2026-03-18",
            "a day told after a month-precision lead is finer: it wins although later",
        ),
        (
            "Soldiers arrested nine suspected smugglers in Agadez during an operation last week, "
            "the army said on Saturday. The arrests were made on 2 September, it added.",
            "2026-09-12",
            "2026-09-02",
            "a day inside the week of the lead replaces the week's first day",
        ),
    ],
)
def test_dating_sentence_redates_the_single_incident(
    text: str, published: str, day: str, reason: str
) -> None:
    found = extract_incidents(text, published=published)
    assert len(found) == 1, reason
    assert str(found[0].event_date) == day, reason


def test_dating_sentence_outside_the_leads_period_keeps_the_leads_date() -> None:
    text = (
        "Gendarmes arrested eleven traders in Tillaberi in a sweep last month, the governor "
        "said on Monday. The arrests were made on 3 August, he said."
    )
    found = extract_incidents(text, published="2026-08-10")
    assert len(found) == 1
    assert str(found[0].event_date) == "2026-07-01", "a day outside July is not the sweep's day"
