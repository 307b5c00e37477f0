"""Places a report names as context (a reference point, a speaker's seat, the seat of
whom a crowd protests, the other story of a two-part headline) are not incidents."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.linking import headline_clause
from mapper.nonevent import (
    measured_from,
    protested_body,
    sea_coast,
    speaker_seat,
    water_body,
)


@pytest.mark.parametrize(
    ("before", "expected", "reason"),
    [
        ("herders near the hamlet of Umm al-Kheir in Masafer Yatta, south of ", True,
         "a named hamlet measured from a city after a comma"),
        ("their trenches in Nihm district, north-east of the city of ", True,
         "'the city of' between the direction and the reference"),
        ("an outpost at Mambasa, some 90 km south-west of ", True,
         "a distance and a compound direction"),
        ("a camp at Kutupalong, east of the regional capital of ", True,
         "'the regional capital of'"),
        ("heavy fighting north of ", False,
         "no place named before: the town is the best place given"),
        ("gunmen raided a village south of ", False,
         "an unnamed village: the event is placed near the town"),
        ("fighters clashed with the RSF, west of ", False,
         "an acronym is an actor, not a place measured from the town"),
        ("troops in Kidal, in ", False, "no direction: a container, not a reference"),
        ("a market in Reynosa, across the river from ", True,
         "a town facing the event's place across a river"),
        ("the Bangladeshi border town across from India's ", True,
         "'across from' with the neighbour's possessive"),
        ("smugglers crossed over the border from ", False,
         "a route's origin, not a reference point: 'over the border from' is travel"),
        ("refugees who fled from ", False, "'from' alone is an origin"),
        ("gunmen who came across the border from ", False,
         "'across the border from' mostly tells where fighters came from"),
    ],
)  # fmt: skip
def test_measured_from_needs_a_named_place_and_a_direction(
    before: str, expected: bool, reason: str
) -> None:
    assert measured_from(before) is expected, reason


@pytest.mark.parametrize(
    ("between", "expected", "reason"),
    [
        (" outside the governor's office, chanting against the authorities in ", True,
         "the seat of the authorities protested against"),
        (" to denounce the federal government in ", True, "'denounce' a government"),
        (" angrily at the leaders in ", True, "anger directed at leaders"),
        (" outside the town hall in ", False, "the crowd's own place"),
        (" against government forces in ", False, "forces are fought where they are"),
    ],
)  # fmt: skip
def test_protested_body_is_the_seat_of_whom_a_crowd_opposes(
    between: str, expected: bool, reason: str
) -> None:
    assert protested_body(between) is expected, reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Shelling killed four near Avdiivka, the UN's representative in Kyiv said.", "Kyiv",
         "an agency's representative speaks from the capital"),
        ("The attack killed 12, the Red Cross delegation in Niamey said on Monday.", "Niamey",
         "a delegation's seat before 'said'"),
        ("Nine died, the UN mission in Bamako reported.", "Bamako", "a mission's seat"),
    ],
)  # fmt: skip
def test_speaker_seat_covers_envoys_missions_and_representatives(
    text: str, name: str, reason: str
) -> None:
    start = text.index(name)
    assert speaker_seat(text, 0, start, start + len(name)), reason


@pytest.mark.parametrize(
    ("text", "published", "present", "absent", "reason"),
    [
        (
            "Drone strike on market in Kherson; Kyiv residents rally for prisoners\n"
            "A Russian drone dropped explosives on a market in Kherson on Saturday, killing "
            "two women, the regional governor said.",
            "2024-08-04",
            "Kherson",
            "Kyiv",
            "a headline's second story after ';' lends the first no place",
        ),
        (
            "Rebels kill villagers near Oicha, tension grows in Beni\nRebels killed eight "
            "villagers near Oicha on Sunday, a local official said.",
            "2024-06-12",
            "Oicha",
            "Beni",
            "a comma and a clause of its own start the headline's second story",
        ),
        (
            "Drones hit Kherson, blackout spreads in Mykolaiv",
            "2024-06-12",
            "Kherson",
            "Mykolaiv",
            "the same in a headline with no body",
        ),
        (
            "Several hundred traders gathered outside the market in Benghazi on Sunday to "
            "protest against fuel shortages, chanting slogans against the government in "
            "Tripoli.",
            "2024-06-03",
            "Benghazi",
            "Tripoli",
            "the crowd is in Benghazi; Tripoli is the seat of the government it opposes",
        ),
        (
            "Fighting on Kharkiv's edge\nUkrainian and Russian troops fought on the northern "
            "edge of Kharkiv on Tuesday, the general staff said.",
            "2024-05-15",
            "Kharkiv",
            "Ukraine",
            "a town's edge is the town, not the country",
        ),
        (
            "A roadside bomb killed three farmers near Lashkar Gah on Tuesday, UNICEF's "
            "representative in Kabul said.",
            "2025-04-04",
            "Lashkar Gah",
            "Kabul",
            "the agency's representative speaks from Kabul",
        ),
        (
            "Rebels attacked a Congolese army post at Mambasa, about 90 km south-west of "
            "Bunia, on Tuesday, killing three soldiers.",
            "2024-03-14",
            "Mambasa",
            "Bunia",
            "Bunia is the point the post is measured from",
        ),
    ],
)
def test_context_place_is_not_coded_as_an_incident(
    text: str, published: str, present: str, absent: str, reason: str
) -> None:
    locations = [i.location for i in extract_incidents(text, published=published)]
    assert any(present in loc for loc in locations), (reason, locations)
    assert not any(absent in loc for loc in locations), (reason, locations)


@pytest.mark.parametrize(
    ("text", "gap", "expected", "reason"),
    [
        ("Rebels kill 5 near Beni, anger boils over in Oicha", " 5 near Beni, anger boils over in ",
         True, "a new subject and its own verb after the comma"),
        ("Jets strike Idlib, Hama countryside", ", ", False, "a list of places, no verb"),
        ("Raids kill 16 people, fighters and medics in Hama", " 16 people, fighters and medics in ",
         False, "a list of victims after the comma, no clause"),
        ("Intro.\nRebels kill 5 near Beni, anger boils over in Oicha",
         " 5 near Beni, anger boils over in ", False, "not a headline: the body has full stops"),
    ],
)  # fmt: skip
def test_headline_clause_needs_a_subject_and_verb_after_the_comma(
    text: str, gap: str, expected: bool, reason: str
) -> None:
    sentence_start = 0 if expected or "Intro" not in text else text.index("Rebels")
    assert headline_clause(text, sentence_start, gap) is expected, reason


@pytest.mark.parametrize(
    ("text", "name", "expected", "reason"),
    [
        ("Jets struck a port on Yemen's Red Sea coast.", "Red Sea", True, "a sea's coast"),
        ("Boats landed on the Caspian Sea shore.", "Caspian Sea", True, "'shore' too"),
        ("Insurgents raided villages on the Cabo Delgado coast.", "Cabo Delgado", False,
         "a province's coast is in the province"),
        ("Fighting spread in Red Sea state on Monday.", "Red Sea", False,
         "the region, not a coast"),
    ],
)  # fmt: skip
def test_sea_coast_is_no_region_of_the_same_name(
    text: str, name: str, expected: bool, reason: str
) -> None:
    assert sea_coast(name, text, text.index(name) + len(name)) is expected, reason


@pytest.mark.parametrize(
    ("sentence", "name", "expected", "reason"),
    [
        ("Drones crossed the Kakhovka reservoir overnight.", "Kakhovka", True,
         "'the' before and 'reservoir' after: the water"),
        ("Bodies were pulled from the Kabul river near Jalalabad.", "Kabul", True,
         "a river named after a city in the same country"),
        ("Shelling hit Kakhovka overnight.", "Kakhovka", False, "the town itself"),
        ("Floods hit Lake Chad towns and Baga.", "Chad", False, "no lower-case water noun after"),
    ],
)  # fmt: skip
def test_water_body_names_the_water_not_the_town(
    sentence: str, name: str, expected: bool, reason: str
) -> None:
    start = sentence.index(name)
    assert water_body(sentence, start, start + len(name)) is expected, reason
