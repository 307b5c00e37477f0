"""Events told only as what a verdict, a charge, an inquiry, a reaction or a statistic is
about are no incidents of the report; events the same report tells as news still are."""

from __future__ import annotations

from datetime import date

import pytest

from mapper import extract_incidents
from mapper.framed import framed_spans, recent


def _framed(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in framed_spans(sentence)]


@pytest.mark.parametrize(
    ("sentence", "inside", "reason"),
    [
        ("A court in Oran jailed six men for life over the 2019 bombing of a bus in Tiaret.",
         "bombing of a bus in Tiaret", "a sentence over an old attack"),
        ("Three soldiers were convicted of killing a shepherd near Tororo.",
         "killing a shepherd near Tororo", "convicted of, with a gerund"),
        ("The tribunal acquitted two officers of ordering the shooting in Mopti.",
         "ordering the shooting in Mopti", "an acquittal"),
        ("Prosecutors opened an inquiry into the massacre at a wedding in Darfur, in which 40 "
         "guests died.", "in which 40 guests died", "an inquiry and its relative clause"),
        ("Inquiry opens into Kramatorsk station strike", "Kramatorsk station strike",
         "a headline: the inquiry's verb before 'into'"),
        ("The trial of nine men over the raid on a bank in Lagos resumed.",
         "the raid on a bank in Lagos", "a trial 'of ... over'"),
        ("Canada imposed sanctions on three generals it accused of ordering the shelling of Homs.",
         "ordering the shelling of Homs", "sanctions on people accused of an act"),
        ("EU sanctions Belarus officials over election crackdown",
         "election crackdown", "a headline without articles"),
        ("The minister apologised for the police shooting of protesters in Nakuru.",
         "police shooting of protesters in Nakuru", "an apology"),
        ("Honduras recorded 18 percent fewer homicides in the first half of the year.",
         "18 percent fewer homicides", "a national statistic"),
        ("In all, 412 killings were registered in the state last year, officials said.",
         "412 killings were registered", "a passive tally"),
        ("Kidnappings down 30% in Zamfara, police say", "Kidnappings down 30%",
         "a change in a count"),
        ("At least 85 people were killed in lynchings across Kenya in the first six months "
         "of this year, a rights group said.", "85 people were killed in lynchings",
         "a victims' tally over months"),
        ("The homicide rate in Colima fell again, the institute said.",
         "homicide rate in Colima fell again", "a rate"),
        ("The truce ended two years of war in which tens of thousands were killed in Tigray.",
         "tens of thousands were killed in Tigray", "a war summarised"),
        ("After a year of clashes in which hundreds died\u2026 new fighting erupts in Ghouta",
         "hundreds died", "an ellipsis closes the summary"),
        ("The curfew followed a wave of bandit attacks on farmers.",
         "wave of bandit attacks on farmers", "a series, not one event"),
        ("He was sentenced to death in absentia.", "sentenced to death", "a penalty"),
        ("The truce committee met in Kadugli to review violations reported last month.",
         "violations reported last month", "a meeting's agenda"),
        ("The minister visited Kharkiv to assess damage from the shelling.",
         "damage from the shelling", "a visit's purpose"),
        ("He pledged air defences after months of Russian glide bomb attacks on the city.",
         "months of Russian glide bomb attacks", "months of attacks as a cause"),
        ("Beijing said any move to let Taipei buy cruise missiles for strikes on the mainland "
         "would be met with force.", "buy cruise missiles for strikes", "a decision not taken"),
        ("The army dismissed claims that its drones had bombed a school in Kauda.",
         "its drones had bombed a school in Kauda", "a denied accusation"),
        ("The group denied any involvement in the rocket fire on Kiryat Shmona.",
         "the rocket fire on Kiryat Shmona", "a denied role"),
        ("Since March the conflict in Ituri has displaced 90,000 people.",
         "conflict in Ituri has displaced 90,000 people", "a war's running total"),
    ],
)  # fmt: skip
def test_framed_object_is_found(sentence: str, inside: str, reason: str) -> None:
    assert any(inside in part for part in _framed(sentence)), reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Gunmen killed six people in Tiaret on Monday, a court clerk said.",
         "a court official only reports the event"),
        ("A court said on Monday that bandits had killed four guards in Zamfara.",
         "a court statement with a that-clause reports the event"),
        ("Riot police charged at protesters in the city centre.",
         "'charged' as a police action is not a charge"),
        ("Troops detained 20 men for hours in Gao.",
         "'for hours' is no event object"),
        ("A series of bombings hit villages held by the rebels near Idlib.",
         "a series told as the news itself"),
        ("Riot police charged demonstrators for the second day running in Nairobi.",
         "a police charge is no criminal charge"),
        ("Police arrested five men over the bombing of a bus in Kano.",
         "an arrest is an event of its own; its place stays"),
        ("The army summoned reinforcements for the assault on Tessalit.",
         "a summons is no reaction to a past event"),
        ("The UN condemned the militia for the attack on a clinic in Tawila.",
         "a condemnation often is the only telling of a fresh attack"),
        ("Militants attacked an army post in Diffa, killing eight soldiers.",
         "plain news"),
        ("The clinic in Bunia recorded 14 deaths from the attack.",
         "a count with no period or comparison is news, not a statistic"),
        ("Officials said 9 deaths were reported in Kasese.",
         "'reported' is a news verb, never a tally"),
        ("At least 12 people were killed in Beni on Monday, the deadliest attack this year.",
         "a victims' count of one day is news, whatever year it is measured against"),
        ("Fighting in Beni has killed 12 people, the mayor said.",
         "fighting (not a war) that has killed: the report's own news"),
        ("The rebels denied the town had fallen.",
         "a plain denial without accusations or involvement is left to the event rules"),
    ],
)  # fmt: skip
def test_plain_reports_are_not_framed(sentence: str, reason: str) -> None:
    assert _framed(sentence) == [], reason


@pytest.mark.parametrize(
    ("day", "expected", "reason"),
    [
        (date(2025, 3, 10), True, "the publication day"),
        (date(2025, 3, 4), True, "six days before"),
        (date(2025, 2, 1), False, "a month before"),
        (None, False, "no date"),
    ],
)  # fmt: skip
def test_recent_is_the_reports_own_week(day: date | None, expected: bool, reason: str) -> None:
    assert recent(day, date(2025, 3, 10)) is expected, reason


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        ("Kenyan court jails four over Garissa attack\nA court in Nairobi on Wednesday "
         "jailed four men for life over the 2015 attack on a university in Garissa, in which "
         "148 people were killed. A fifth man was acquitted.", "2025-06-12",
         "a verdict on an old attack"),
        ("Peru says killings fell 9% in first quarter\nLIMA - Peru recorded 9 percent fewer "
         "homicides in the first quarter than a year earlier, the interior ministry said on "
         "Tuesday, after a wave of extortion killings in Trujillo.", "2025-04-09",
         "a statistic and a wave of killings"),
        ("Norway sanctions Myanmar generals\nNorway on Thursday imposed sanctions on five "
         "Myanmar officers it accused of directing the air raids on villages in Sagaing. "
         "Myanmar's junta rejected the move.", "2025-08-22",
         "sanctions over undated raids"),
        ("Truce talks resume in Addis Ababa\nDelegates met on Monday in Addis Ababa. The "
         "truce ended two years of war in which thousands were killed in Tigray.",
         "2025-05-06", "a meeting and a war summary"),
        ("Ceasefire monitors meet in Kadugli\nThe joint committee overseeing the truce met on "
         "Tuesday in Kadugli to review violations reported last month.", "2025-06-04",
         "a committee meeting on old violations"),
        ("Minister meets commanders in Kharkiv\nThe defence minister met commanders in Kharkiv "
         "on Monday and pledged more air defences after months of Russian glide bomb attacks "
         "on the city.", "2025-04-08", "a visit after months of attacks"),
    ],
)  # fmt: skip
def test_dispatch_with_only_a_framed_event_yields_nothing(
    text: str, published: str, reason: str
) -> None:
    assert extract_incidents(text, published=published) == [], reason


@pytest.mark.parametrize(
    ("text", "published", "present", "reason"),
    [
        ("Two men were convicted on Monday over the 2016 attack on a hotel in Bamako. "
         "Separately, gunmen killed five traders in Segou on Sunday.", "2025-10-14", "Segou",
         "a verdict and a new attack in the same report"),
        ("Mediators met in Juba to discuss Saturday's attack on a barge near Malakal, which "
         "killed seven crew.", "2025-05-13", "Malakal", "a meeting about an attack this week"),
        ("Hamas denied involvement in Tuesday's shooting at a checkpoint near Hebron, which "
         "killed two soldiers.", "2025-07-10", "Hebron", "a denial of a strike dated this week"),
        ("The UN condemned Sunday's air strike on a market in Gao that killed 12 people.",
         "2025-03-11", "Gao", "a condemnation of a strike dated in the report's week"),
        ("A court said on Friday that bandits killed four guards in Gusau.", "2025-03-15",
         "Gusau", "a court reporting an event"),
    ],
)  # fmt: skip
def test_news_beside_a_frame_is_kept(text: str, published: str, present: str, reason: str) -> None:
    locations = [i.location for i in extract_incidents(text, published=published)]
    assert any(present in loc for loc in locations), reason


@pytest.mark.parametrize(
    ("sentence", "inside", "reason"),
    [
        ("Most of the casualties were recorded in the Kunduz and Baghlan provinces.",
         "Kunduz and Baghlan", "a share of a total, passive"),
        ("Half of the deaths occurred in Mogadishu, the ministry said.",
         "deaths occurred in Mogadishu", "a share of a total, intransitive"),
        ("The majority of these victims are farmers from villages near Kidal.",
         "villages near Kidal", "the majority of, present tense"),
        ("Some 60,000 people have fled their homes in Ituri since the start of the year as "
         "clashes spread.", "as clashes spread", "a displacement total over a period"),
        ("More than 9,000 residents have been displaced from Tillaberi since 2023.",
         "displaced from Tillaberi", "a passive displacement total since a year"),
    ],
)  # fmt: skip
def test_statistic_shares_and_displacement_totals_are_framed(
    sentence: str, inside: str, reason: str
) -> None:
    assert any(inside in part for part in _framed(sentence)), reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Most of the attackers fled into the forest near Beni.",
         "a share of the attackers, not of a total of events"),
        ("Some 3,000 people have fled Kalehe since Sunday as fighting raged there.",
         "fled since a day of the report's week: the fighting is news"),
        ("Two of the victims were shot in Kidal on Monday.",
         "a count of one event's victims, not a share of a total"),
    ],
)  # fmt: skip
def test_shares_of_one_event_and_fresh_flight_are_not_framed(sentence: str, reason: str) -> None:
    assert _framed(sentence) == [], reason


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        ("Mines have killed 250 in Cambodia this year\nPHNOM PENH - Landmines and unexploded "
         "shells have killed or injured 250 people since January, the mine action centre said "
         "on Monday. Most of the casualties were recorded in Battambang and Pailin, where "
         "farmers are clearing new land.", "2025-06-10",
         "a mine casualty statistic and where most fell"),
        ("UNHCR: 45,000 uprooted in Cabo Delgado\nMore than 45,000 people have fled their "
         "homes in Cabo Delgado since the start of the year as attacks spread across the "
         "province, the agency said on Friday.", "2025-05-16",
         "a displacement total with the fighting as its setting"),
    ],
)  # fmt: skip
def test_statistic_reports_yield_nothing(text: str, published: str, reason: str) -> None:
    assert extract_incidents(text, published=published) == [], reason


def test_new_attack_beside_a_statistic_is_kept() -> None:
    text = (
        "Gunmen killed four farmers in Kwall on Tuesday, police said. Most of the deaths "
        "this year were recorded in the Bassa area, where 30,000 people have fled their homes "
        "since January."
    )
    locations = [i.location for i in extract_incidents(text, published="2025-06-12")]
    assert any("Kwall" in loc for loc in locations)


@pytest.mark.parametrize(
    ("sentence", "inside", "reason"),
    [
        ("It was the fourth deadly stabbing this year in the Lambeth borough.",
         "fourth deadly stabbing this year", "a rank in a year's series"),
        ("The blast was the third such attack in two weeks on the Quetta road.",
         "third such attack in two weeks", "a rank over a span of weeks"),
        ("Residents said it was the latest kidnapping since January in the area.",
         "latest kidnapping since January", "'latest' since a month"),
    ],
)  # fmt: skip
def test_rank_in_a_series_is_framed(sentence: str, inside: str, reason: str) -> None:
    assert any(inside in part for part in _framed(sentence)), reason


def test_rank_sentence_adds_no_incident_at_its_region() -> None:
    text = (
        "Man shot dead in Marseille\nA 24-year-old man was shot dead on Tuesday night in "
        "Marseille, prosecutors said. It was the ninth fatal shooting this year in the city in "
        "the Bouches-du-Rhone department, where police have stepped up patrols."
    )
    locations = [i.location for i in extract_incidents(text, published="2025-05-14")]
    assert not any("Bouches" in loc for loc in locations), locations
    assert any("Marseille" in loc for loc in locations), locations


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        (
            "Man shot dead in Marseille, eighth fatal shooting this year\nA 24-year-old man was "
            "shot dead late on Tuesday in the Frais-Vallon estate of Marseille, prosecutors said.",
            "2026-06-10",
            "a rank in a series dates no headline event",
        ),
        (
            "Two killed in Kingston, fifth such attack this month\nGunmen shot two men dead on "
            "Sunday night in the August Town area of Kingston, police said.",
            "2026-03-17",
            "'this month' inside the rank",
        ),
    ],
)
def test_series_rank_in_headline_does_not_date_the_event(
    text: str, published: str, reason: str
) -> None:
    found = extract_incidents(text, published=published)
    assert found, reason
    assert all(i.date_precision is not None and i.date_precision.value == "day" for i in found), (
        reason
    )
