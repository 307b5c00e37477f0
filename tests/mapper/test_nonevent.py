"""Places named as a speaker's seat, a backer or a landmark's name are not where an event
happened; the incident goes to the place the text gives for the event itself."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.nonevent import (
    acting_country,
    border,
    group_name,
    landmark,
    landmark_name,
    speaker_seat,
)


def _border(text: str, name: str) -> bool:
    return border(text, name, text.index(name) + len(name))


def _acting(text: str, name: str) -> bool:
    start = text.index(name)
    return acting_country(text, 0, start, start + len(name))


def _group(text: str, name: str) -> bool:
    return group_name(text, text.index(name) + len(name))


@pytest.mark.parametrize(
    ("rule", "text", "name", "expected", "reason"),
    [
        (_border, "Rebels shelled Mora, near the Nigerian border.", "the Nigerian border", True,
         "a border is a line"),
        (_border, "Clashes flared along the border with Chad.", "Chad", True,
         "'border with' a country"),
        (_border, "Troops massed near the Syria-Turkey border.", "Syria", True,
         "a two-country border"),
        (_border, "Rebels shelled Mora on Friday.", "Mora", False, "a town"),
        (_group, "Fighters of the Sahel Province group attacked Menaka.", "Sahel Province", True,
         "a group's name"),
        (_group, "The Kivu branch of the movement claimed it.", "Kivu", True, "a branch's name"),
        (_group, "Its Idlib rebel faction withdrew.", "Idlib", True,
         "an adjective before the noun"),
        (_group, "Rebels grouped near Kivu on Monday.", "Kivu", False, "'grouped' is a verb"),
        (_group, "Fighters attacked Menaka on Monday.", "Menaka", False, "a town"),
        (_acting, "Turkey strikes Kurdish militia near Afrin", "Turkey", True,
         "a headline's subject country acts"),
        (_acting, "The UK said its jets hit a depot.", "UK", True, "a country speaking"),
        (_acting, "Car bomb in Syria kills five", "Syria", False, "where the bomb went off"),
        (_acting, "Syria: shelling kills five in Idlib", "Syria", False, "a dateline"),
        (_acting, "Moscow pounds Kharkiv with glide bombs", "Moscow", True,
         "a capital standing for its government"),
        (_acting, "Kyiv hit by missiles overnight", "Kyiv", False, "passive: the target"),
    ],
)  # fmt: skip
def test_border_and_group_names_are_no_places(rule, text, name, expected, reason) -> None:
    assert rule(text, name) is expected, reason


def _seat(text: str, name: str) -> bool:
    start = text.index(name)
    return speaker_seat(text, 0, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        (
            "Drones hit a depot near Kherson overnight, the defence ministry in Moscow said.",
            "Moscow",
            True,
            "a ministry's seat before 'said'",
        ),
        (
            "The embassy in Nairobi warned on Friday that more attacks were planned.",
            "Nairobi",
            True,
            "an embassy's seat, a day between it and the speech verb",
        ),
        (
            "'They burnt everything,' a farmer told journalists from a clinic in Maiduguri.",
            "Maiduguri",
            True,
            "where the speaker was when speaking",
        ),
        (
            "Speaking from Goma, the governor said the rebels had been pushed back.",
            "Goma",
            True,
            "'speaking from' gives the speaker's whereabouts",
        ),
        (
            "A suicide bomber struck the interior ministry in Kabul, killing four.",
            "Kabul",
            False,
            "the ministry is the target and says nothing",
        ),
        (
            "Militants attacked the army headquarters in Bamako on Tuesday.",
            "Bamako",
            False,
            "no speech verb after the seat: an attacked building",
        ),
        (
            "Troops killed six insurgents in a forest raid, a police officer in Bhopal said.",
            "Bhopal",
            True,
            "an officer in a state capital speaking of a raid elsewhere",
        ),
        (
            "Drones struck a fuel depot overnight, officials in Lviv told reporters.",
            "Lviv",
            True,
            "officials speaking from their city",
        ),
        (
            "Bandits abducted 20 villagers, the governor in Gusau has said.",
            "Gusau",
            True,
            "a governor's seat, perfect tense",
        ),
        (
            "Gunmen shot dead two officials in Kandahar, said a spokesman.",
            "Kandahar",
            False,
            "officials as victims: a comma before the speech verb keeps the town",
        ),
        (
            "A roadside bomb wounded three police officers in Peshawar on Sunday.",
            "Peshawar",
            False,
            "officers as victims, no speech verb",
        ),
    ],
)
def test_speaker_seat_is_told_from_an_attacked_building(
    text: str, name: str, expected: bool, reason: str
) -> None:
    assert _seat(text, name) is expected, reason


@pytest.mark.parametrize(
    ("after", "expected", "reason"),
    [
        (" presidential palace in Caracas", True, "a palace the text puts in another town"),
        (" University in Dhaka", True, "a university named after its town is in a town too"),
        (" market on Monday", False, "'the Maiduguri market' is the town's market"),
        (" palace", False, "no town given for the palace: the name stays the place"),
        (" hospital in the morning", False, "a time, not a town, after the landmark"),
    ],
)
def test_landmark_needs_a_town_named_after_it(after: str, expected: bool, reason: str) -> None:
    text = "Crowds gathered outside the Alpha" + after + "."
    assert landmark(text, text.index("Alpha") + len("Alpha")) is expected, reason


@pytest.mark.parametrize(
    ("name", "expected", "reason"),
    [
        ("Sheikh Zayed Hospital", True, "a hospital's name"),
        ("Jahangirnagar University", True, "a university's name"),
        ("Shekh Meskin", False, "an ordinary village name"),
        ("Hospitality Bay", False, "the noun must be a whole last word"),
    ],
)
def test_landmark_name_ends_in_a_landmark_noun(name: str, expected: bool, reason: str) -> None:
    assert landmark_name(name) is expected, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Hundreds marched in Kinshasa on Saturday to denounce the fighting in Goma.",
            ["Kinshasa"],
            "the fighting denounced is in Goma; the march is not",
        ),
        (
            "Thousands marched in Nairobi on Tuesday against the killing of two students "
            "in Kisumu.",
            ["Nairobi"],
            "the killing protested against is elsewhere",
        ),
        (
            "Protesters rallied against fuel price rises in Lagos on Monday.",
            ["Lagos"],
            "a grievance without an event in it leaves the place to the rally",
        ),
        (
            "Manipur\nSix people were abducted near Jiribam on Monday, and police searched "
            "along the Barak river, officials in Imphal said.",
            ["near Jiribam"],
            "a town abroad named like the river is not where anything happened",
        ),
        (
            "Shelling\nRussian forces shelled villages near the Dnipro river on Monday, "
            "killing two.",
            ["near the Dnipro"],
            "with no other place to contradict it, the town on the river stays",
        ),
    ],
)
def test_place_of_what_is_protested_or_a_river_namesake_is_no_event_place(
    text: str, expected: list[str], reason: str
) -> None:
    found = [i.location for i in extract_incidents(text, published="2024-05-07")]
    assert found == expected, reason


@pytest.mark.parametrize(
    ("text", "published", "present", "absent", "reason"),
    [
        (
            "Russian missiles struck an energy facility in Zaporizhzhia on Thursday, killing "
            "two workers, the emergency ministry in Kyiv said.",
            "2024-05-10",
            "Zaporizhzhia",
            "Kyiv",
            "the capital speaks; the strike is in Zaporizhzhia",
        ),
        (
            "Fans threw flares and fought riot police outside the Santa Cruz stadium in Lima "
            "on Sunday night.",
            "2024-08-05",
            "Lima",
            "Santa Cruz",
            "the stadium's name is no town, least of all one in the Philippines",
        ),
        (
            "Iran-backed fighters shelled the town of Mayadin on Saturday, leaving six dead.",
            "2024-03-10",
            "Mayadin",
            "Iran",
            "a backer named as a modifier is no event place",
        ),
        (
            "Separatists ambushed an army convoy on Friday near Kembong, close to the Nigerian "
            "border, killing three soldiers. The army said it had repelled the attack.",
            "2024-06-08",
            "Kembong",
            "Nigerian border",
            "a border is no event place, least of all at the neighbour's centre",
        ),
        (
            "Turkey strikes militia\nTurkish jets struck positions near Tal Rifaat on "
            "Friday, killing six fighters.",
            "2024-05-11",
            "Tal Rifaat",
            "Turkey",
            "the headline's subject country is the attacker, not a place",
        ),
        (
            "Moscow pounds Kharkiv\nRussian jets dropped glide bombs on Kharkiv on Monday, "
            "killing three.",
            "2024-04-14",
            "Kharkiv",
            "Moscow",
            "the capital as subject is the government acting",
        ),
        (
            "Militants of the Sinai Province group attacked a checkpoint near Rafah on Sunday.",
            "2024-05-07",
            "Rafah",
            "Sinai Province",
            "the group's name holds a place name; the attack is near Rafah",
        ),
        (
            "Gunmen opened fire on a wedding party in Kaduna on Friday, a survivor told "
            "reporters from a hospital in Abuja.",
            "2024-06-08",
            "Kaduna",
            "Abuja",
            "the survivor's hospital is where the account was given",
        ),
    ],
)
def test_event_goes_to_its_own_place_not_a_speaker_backer_or_landmark(
    text: str, published: str, present: str, absent: str, reason: str
) -> None:
    locations = [i.location for i in extract_incidents(text, published=published)]
    assert any(present in loc for loc in locations), (reason, locations)
    assert not any(absent in loc for loc in locations), (reason, locations)
