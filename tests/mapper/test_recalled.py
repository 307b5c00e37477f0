"""Events a report only recalls (an aside dated earlier, an old attack named with its
year, a running total over years) are not coded as incidents of the report."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.events import find_events
from mapper.recalled import (
    blank,
    commemorated,
    dated_earlier,
    old_event,
    over_a_period,
    recalled_asides,
    recalled_causes,
)


def _recalled(text: str, cue: str, year: int = 2024) -> bool:
    """True when *cue* lies in a recalled aside of *text* or names an old event."""
    event = next(e for e in find_events(text) if e.text == cue)
    in_aside = any(a <= event.start < b for a, b in recalled_asides(text))
    return in_aside or old_event(text, 0, event, year)


@pytest.mark.parametrize(
    ("text", "cue", "expected", "reason"),
    [
        ("The militia, which attacked Kidal last year, now holds Tessalit.", "attacked", True,
         "an aside about the actor, dated last year"),
        ("The militia, which is based in Kidal, ambushed a convoy near Tessalit on Tuesday.",
         "ambushed", False, "the main clause is the news"),
        ("M23, who seized Rubaya earlier this month, now holds the road.", "seized", True,
         "'earlier this month' inside the aside"),
        ("Rebels, who seized Goma on Monday, now hold the airport.", "seized", False,
         "an aside dated this week is news of its own"),
        ("Court jails six men over 2019 Jolo raid", "raid", True,
         "an old year before the event noun"),
        ("Court jails man over 2024 Kano raid", "raid", False,
         "the report's own year"),
    ],
)  # fmt: skip
def test_recalled_events_are_asides_or_carry_an_old_year(
    text: str, cue: str, expected: bool, reason: str
) -> None:
    assert _recalled(text, cue) is expected, reason


def test_aside_without_closing_comma_ends_with_its_time() -> None:
    s = "Jets bomb Saraqeb, which rebels took months ago and troops shell Kafr Nabl"
    ((a, b),) = recalled_asides(s)
    assert s[a:b] == ", which rebels took months ago"


def test_blank_keeps_offsets_and_hides_the_aside() -> None:
    s = "M23, which seized Rubaya last year, shelled Sake on Friday."
    blanked = blank(s, recalled_asides(s))
    assert len(blanked) == len(s)
    assert "Rubaya" not in blanked
    assert blanked.index("shelled") == s.index("shelled")


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        ("The insurgents have killed thousands in Borno over the past decade.", True,
         "'over the past decade'"),
        ("Fighting has killed 2,000 in Darfur since April 2023.", True, "since a month and year"),
        ("Bandits have killed hundreds in Zamfara in recent years.", True, "'in recent years'"),
        ("The raids have killed 300 since the start of the war.", True, "since the war began"),
        ("At least 85 people died in lynchings across Kenya in the first six months of this "
         "year.", True, "a tally for part of the year"),
        ("Kidnappers have seized 400 people in Kaduna so far this year.", True,
         "'so far this year'"),
        ("The first of the raids came in the first hours of Monday.", False,
         "hours are not a period of months"),
        ("The toll rose to 30 since Monday's attack in Daraa.", False, "a days-old event"),
        ("Gunmen killed five in Zamfara on Sunday.", False, "one event, one day"),
    ],
)  # fmt: skip
def test_over_a_period_needs_months_or_years(sentence: str, expected: bool, reason: str) -> None:
    assert over_a_period(sentence) is expected, reason


@pytest.mark.parametrize(
    ("text", "published", "present", "absent", "reason"),
    [
        (
            "The Ta'ang army, which overran the town of Namhsan earlier this month, seized "
            "an army base near Lashio on Friday, local media said.",
            "2024-08-10",
            "Lashio",
            "Namhsan",
            "the earlier capture is an aside about the group",
        ),
        (
            "Court jails gunmen over 2022 Owo church attack\nA high court in Akure on Monday "
            "sentenced five men to death, the judge said.",
            "2025-03-11",
            None,
            "Owo",
            "the attack was three years before the verdict",
        ),
        (
            "Bandits abducted 12 farmers near Tsafe on Sunday. Banditry has killed thousands "
            "of people in Zamfara State over the past decade.",
            "2024-06-10",
            "Tsafe",
            "Zamfara",
            "a decade's toll in a state is no incident there",
        ),
        (
            "Gunmen kill farmers in Plateau; mob burns suspect in Kano State\nGunmen killed "
            "seven farmers near Bokkos on Saturday, police said. In Wudil, Kano State, a mob "
            "beat a man accused of theft and set him ablaze on Sunday.",
            "2024-06-10",
            "Wudil",
            "Kano State",
            "the headline's state is the body's town, whatever day the headline takes",
        ),
    ],
)
def test_recalled_or_summarised_events_are_not_incidents(
    text: str, published: str, present: str | None, absent: str, reason: str
) -> None:
    locations = [i.location for i in extract_incidents(text, published=published)]
    assert present is None or any(present in loc for loc in locations), (reason, locations)
    assert not any(absent in loc for loc in locations), (reason, locations)


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        (
            "Crowds gathered in Dhaka on the second anniversary of the fire in Chattogram.",
            ["the fire in Chattogram"],
            "an ordinal anniversary names the recalled event",
        ),
        (
            "Veterans laid wreaths, ten years to the day after the siege of Marawi, and left.",
            ["the siege of Marawi"],
            "'N years to the day after': the span ends at the clause's comma",
        ),
        (
            "Students marched as the city marked two years since police shot a boy in Nanterre.",
            ["police shot a boy in Nanterre"],
            "'N years since' up to the sentence's end",
        ),
        (
            "Shelling hit Aleppo, less than a month after a similar barrage in the area.",
            [],
            "months are news time: a sequence, not a commemoration",
        ),
        (
            "Militants shelled Goma two days after the truce.",
            [],
            "days are news time, not a commemoration",
        ),
        ("Rebels seized Bunia on Monday.", [], "nothing recalled"),
    ],
)
def test_commemorated_gives_the_recalled_clause(
    sentence: str, expected: list[str], reason: str
) -> None:
    assert [sentence[a:b] for a, b in commemorated(sentence)] == expected, reason


@pytest.mark.parametrize(
    ("text", "present", "absent", "reason"),
    [
        (
            "Prayers for missing girls\nRelatives of the girls abducted by jihadists from a "
            "school in Dapchi prayed together in Damaturu on Monday, six years after the "
            "kidnapping.",
            None,
            "Dapchi",
            "the abduction told again as its victims' description is history",
        ),
        (
            "Protests in Mombasa\nProtesters in Mombasa blocked roads and burned tyres on "
            "Tuesday as crowds marked a year since police shot dead marchers in Eldoret. At "
            "least one man died of wounds in the town, medics said.",
            "Mombasa",
            "Eldoret",
            "the commemorated event's town is not where a later death happened",
        ),
        (
            "Gunmen kill four in Plateau\nGunmen killed four farmers near Bokkos on Sunday, "
            "a year after the massacre in Mangu.",
            "Bokkos",
            "Mangu",
            "an active verb is news of its own; the commemorated place goes",
        ),
        (
            "Kenya remembers Garissa massacre victims a decade on\nStudents in Garissa lit "
            "candles on Thursday for those killed at the university in 2015.",
            None,
            "Garissa",
            "a country remembering an attack's victims: remembrance, no event",
        ),
        (
            "Hundreds paid tribute to the victims of the Beslan school siege in Beslan on "
            "Monday, twenty years after the attack.",
            None,
            "Beslan",
            "paying tribute to victims of an attack is remembrance, not the attack",
        ),
        (
            "Peru mourns\nFamilies in Ayacucho remembered the Accomarca killings on Sunday "
            "as soldiers clashed with rebels near Llochegua, killing two.",
            "Llochegua",
            "Accomarca",
            "the remembered killings go; a clash told on the same day stays",
        ),
    ],
)
def test_a_commemorated_event_is_no_incident(
    text: str, present: str | None, absent: str, reason: str
) -> None:
    locations = [i.location for i in extract_incidents(text, published="2024-06-10")]
    assert present is None or any(present in loc for loc in locations), (reason, locations)
    assert not any(absent in loc for loc in locations), (reason, locations)


@pytest.mark.parametrize(
    ("sentence", "cue", "expected", "reason"),
    [
        (
            "Widows of herders killed near Tefe in the 1980s gave evidence.",
            "killed",
            True,
            "a decade ended before the report",
        ),
        (
            "Villagers abducted from Gwoza in March 2019 are still missing.",
            "abducted",
            True,
            "a month and an earlier year close the clause",
        ),
        (
            "Soldiers killed during the decade-long insurgency were honoured in Lima.",
            "killed",
            True,
            "an event told as part of a years-long war",
        ),
        (
            "Gunmen killed four farmers near Tefe in the early hours of Sunday.",
            "killed",
            False,
            "'in the early hours' is no year",
        ),
        (
            "Gunmen killed four farmers near Tefe, in 2025 the worst attack yet.",
            "killed",
            False,
            "the report's own year, after a comma",
        ),
        (
            "Rebels abducted six traders in the 2020s' worst wave, police said.",
            "abducted",
            False,
            "a decade the report is still in",
        ),
    ],
)
def test_dated_earlier_needs_a_year_or_decade_before_the_report(
    sentence: str, cue: str, expected: bool, reason: str
) -> None:
    event = next(e for e in find_events(sentence) if e.text == cue)
    assert dated_earlier(sentence, event.end, 2025) is expected, reason


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        (
            "It is the first festival since the May bombing at the market in Jos, in which "
            "nine people died.",
            ["May bombing at the market in Jos, in which nine people died"],
            "an event named by its month; its relative clause tells the same event",
        ),
        (
            "Turnout was the lowest since the 2019 attack on Mopti.",
            ["2019 attack on Mopti"],
            "an event named by its year",
        ),
        (
            "Police have arrested 14 people since the attack on Sunday.",
            [],
            "an event without month or year is this week's news",
        ),
    ],
)
def test_since_a_dated_event_is_recalled(sentence: str, expected: list[str], reason: str) -> None:
    assert [sentence[a:b] for a, b in commemorated(sentence)] == expected, reason


@pytest.mark.parametrize(
    ("text", "published", "absent", "reason"),
    [
        (
            "Senate hearing on the Niger Delta\nLawmakers in Abuja heard from families of "
            "oil workers abducted near Bonny in the 2000s.",
            "2025-03-04",
            "Bonny",
            "hearing testimony about a past decade's abductions",
        ),
        (
            "Security tightened for festival\nPolice deployed 2,000 officers in Kandy on "
            "Monday for the first procession since the March attack near Matale, in which "
            "four pilgrims were shot dead.",
            "2025-07-08",
            "Matale",
            "an attack recalled by its month as the point time is measured from",
        ),
    ],
)
def test_recalled_history_in_a_report_is_no_incident(
    text: str, published: str, absent: str, reason: str
) -> None:
    locations = [i.location for i in extract_incidents(text, published=published)]
    assert not any(absent in loc for loc in locations), (reason, locations)


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        ("Thousands fled after militants stormed Palma in March 2021, aid groups said.",
         ["after militants stormed Palma in March 2021"], "a cause dated to an earlier year"),
        ("Families have fled south since the army entered Kidal, the regional capital, "
         "late last month.",
         ["since the army entered Kidal, the regional capital, late last month"],
         "the time after an apposition still dates the cause"),
        ("Troops retook Palma on Monday after a two-day battle last week.", [],
         "last week is still the report's news"),
        ("Rebels shelled Goma on Monday after seizing Sake, police said, and last year "
         "they took Bunagana.", [], "a time in a later clause does not date the cause"),
    ],
)  # fmt: skip
def test_recalled_causes_are_dated_a_month_or_more_before(
    sentence: str, expected: list[str], reason: str
) -> None:
    assert [sentence[a:b] for a, b in recalled_causes(sentence)] == expected, reason


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        ("Residents of Palma on Monday marked four years since insurgents stormed the town, "
         "killing dozens.", "2025-03-25", "a participle clause of the commemorated raid"),
        ("Families in Chibok held prayers ten years after gunmen seized the school, leaving "
         "parents without news.", "2024-04-15", "'leaving' continues the recalled event"),
    ],
)  # fmt: skip
def test_participle_after_commemorated_event_is_history(
    text: str, published: str, reason: str
) -> None:
    assert extract_incidents(text, published=published) == [], reason
