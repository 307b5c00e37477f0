"""Reports with no new event, and places a report names only as background: a verdict
over a past attack, a warning ahead of a planned march, where a protest movement began,
the hospital where a victim died. Each class is checked against news told beside it."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.framed import framed_spans, planned_date


def _locations(text: str, published: str) -> list[str]:
    return [i.location for i in extract_incidents(text, published=published)]


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        ("Tunisian court jails five over plot to bomb Sousse hotels\nA court in Tunis on "
         "Tuesday sentenced five men over a plan to attack tourist hotels in Sousse in 2021.",
         "2025-09-10", "a headline verdict without an article before the plot"),
        ("Kenyan court jails three for role in Mandera bus attack\nThe men were arrested in "
         "2019.", "2025-09-10", "a headline: 'for role in' an old attack"),
        ("A military court in Bamako handed life sentences to four soldiers over the killing "
         "of villagers near Moura in 2022.", "2025-09-10",
         "life sentences handed down over a past killing"),
        ("A court in Peshawar gave prison terms of up to 14 years to six party workers for the "
         "arson at a radio station in Mardan.", "2025-09-10",
         "prison terms with a long object before 'for'"),
        ("Uganda police warned on Sunday that they would arrest anyone who joins the planned "
         "march to parliament in Kampala on Tuesday.", "2025-09-07",
         "a warning ahead of a planned march: its day is the plan's"),
        ("Bolivian police vow to stop blockades\nPolice warned they would clear any "
         "roadblocks set up during the transport strike expected on Thursday in El Alto.",
         "2025-09-01", "a warning about an expected strike"),
    ],
)  # fmt: skip
def test_report_without_a_new_event_yields_nothing(text: str, published: str, reason: str) -> None:
    assert _locations(text, published) == [], reason


@pytest.mark.parametrize(
    ("text", "published", "absent", "present", "reason"),
    [
        ("Students marched through Podgorica on Friday, the latest in weeks of protests over "
         "a stabbing in Cetinje in June.", "2025-09-13", "Cetinje", "Podgorica",
         "the grievance behind a series of protests"),
        ("Farmers blocked the ring road in Lyon on Monday, part of a wave of protests that "
         "began in Toulouse last winter.", "2025-09-09", "Toulouse", "Lyon",
         "a wave the day's protest belongs to"),
        ("Hundreds of students rallied in Sfax on Thursday. The protests first erupted in Gafsa "
         "in March after a jobless man set himself alight.", "2025-09-12", "Gafsa", "Sfax",
         "where the protests first erupted, months ago"),
        ("Thousands marched in Krakow on Saturday in protests that started in Gdansk two weeks "
         "ago.", "2025-09-14", "Gdansk", "Krakow", "origin of the protests two weeks before"),
        ("Protests spread on Tuesday to Tetovo, where hundreds marched, from Skopje, where they "
         "began in May.", "2025-09-10", "Skopje", "Tetovo",
         "an origin told by a where-clause; the spread is news"),
        ("Police fired tear gas at protesters in Kisumu on Monday; one man later died of his "
         "wounds in hospital in Kakamega.", "2025-09-09", "Kakamega", "Kisumu",
         "the hospital town where a wounded protester died"),
        ("Gunmen shot dead a trader in Maiduguri on Friday; a second victim succumbed to his "
         "injuries in hospital in Damaturu.", "2025-09-13", "Damaturu", "Maiduguri",
         "succumbed to injuries in a hospital elsewhere"),
        ("Separately, gunmen killed five traders in Segou on Sunday. A court jailed two men "
         "over plot to attack Kayes.", "2025-10-14", "Kayes", "Segou",
         "a verdict beside a new attack keeps the attack"),
        ("Police warned on Monday that protesters would be dispersed, hours after officers "
         "shot dead two demonstrators in Homa Bay on Sunday.", "2025-09-09", "Nairobi",
         "Homa Bay", "a warning beside a new killing keeps the killing"),
    ],
)  # fmt: skip
def test_background_place_is_dropped_and_news_kept(
    text: str, published: str, absent: str, present: str, reason: str
) -> None:
    locations = _locations(text, published)
    assert not any(absent in loc for loc in locations), reason
    assert any(present in loc for loc in locations), reason


@pytest.mark.parametrize(
    ("text", "published", "present", "reason"),
    [
        ("Protests spread to Nis on Tuesday, the latest city to join weeks of protests over "
         "fuel prices.", "2025-09-10", "Nis", "a spread is a new event at the town"),
        ("Traders protested in Kano on Monday; the protests that began in Jos on Saturday "
         "reached the capital.", "2025-09-09", "Jos", "an origin dated in the report's week"),
        ("Police fired tear gas in Kisumu on Monday and took six wounded men to a hospital, "
         "where one died.", "2025-09-09", "Kisumu", "a hospital not in another town"),
    ],
)  # fmt: skip
def test_news_near_a_background_cue_is_kept(
    text: str, published: str, present: str, reason: str
) -> None:
    assert any(present in loc for loc in _locations(text, published)), reason


@pytest.mark.parametrize(
    ("sentence", "inside", "reason"),
    [
        ("Court jails 12 over plot to attack Aswan checkpoints", "plot to attack Aswan",
         "a headline without articles"),
        ("A tribunal in Arusha handed prison terms to three officers over the shooting of "
         "miners in Geita.", "the shooting of miners in Geita", "prison terms handed over"),
        ("Students gathered in Sarajevo, the latest in months of rallies over a bridge "
         "collapse in Mostar.", "collapse in Mostar", "the latest in a series"),
        ("The war, which began in Khartoum in April 2023, has spread to Darfur.",
         "began in Khartoum", "the origin of a war"),
        ("Crowds returned to Sidi Bouzid, where the uprising first erupted.",
         "Sidi Bouzid, where the uprising first erupted", "an origin by a where-clause"),
    ],
)  # fmt: skip
def test_background_object_is_framed(sentence: str, inside: str, reason: str) -> None:
    assert any(inside in sentence[a:b] for a, b in framed_spans(sentence)), reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Gunmen killed a judge in Quetta on Monday.", "plain news"),
        ("Police fired on protests that erupted in Tamale after the vote.",
         "protests that erupted: an outbreak, not a series' origin"),
        ("Rebels entered Bukavu, where fighting broke out as soldiers fled.",
         "a where-clause telling an outbreak at the place"),
        ("Protesters stormed the council in Osogbo, where tempers flared over pay.",
         "'flared' without a series as its subject"),
        ("Fighting started in Ménaka at dawn and lasted four hours.",
         "an outbreak of fighting told as news, not a series' origin"),
    ],
)  # fmt: skip
def test_news_is_not_framed_as_background(sentence: str, reason: str) -> None:
    assert framed_spans(sentence) == [], reason


@pytest.mark.parametrize(
    ("sentence", "marker", "expected", "reason"),
    [
        ("Police warned they would disperse the planned rally on Friday.", "on Friday", True,
         "the day of a planned rally"),
        ("Officials feared unrest during the scheduled vote on Sunday.", "on Sunday", True,
         "the day of a scheduled vote"),
        ("The army vowed it would answer Monday's raid on Tessit.", "Monday", False,
         "a raid already told, named by its day"),
        ("Police said they would punish those behind the looting on Tuesday.", "on Tuesday",
         False, "no plan before the date"),
    ],
)  # fmt: skip
def test_planned_date_is_the_plans_day(
    sentence: str, marker: str, expected: bool, reason: str
) -> None:
    assert planned_date(sentence, sentence.index(marker)) is expected, reason
