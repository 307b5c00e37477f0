"""A village or town keeps its own name rather than being lost to the district, region
or town the text names as holding it: "X district of Y", "Y's X estate", "near X, Y"
(Y the region of its capital's name), "In X district, ... the village of Z", and "struck
residential districts of X" after a region opening the clause."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


def _places(text: str) -> list[tuple[str, str | None, int | None]]:
    return [
        (i.location, i.place_name, i.geo_precision)
        for i in extract_incidents(text, published="2025-03-10")
    ]


@pytest.mark.parametrize(
    ("text", "location", "holder", "reason"),
    [
        (
            "Two soldiers were hurt when a landmine exploded under their truck as it "
            "travelled in Kolo Bani district of Mopti on Sunday, officials said.",
            "Kolo Bani",
            "Mopti",
            "name, unit word, 'of', holder; the event verb's clause ends before it",
        ),
        (
            "A roadside bomb exploded in Ban Tha Sap district of Yala on Monday, wounding "
            "a village headman.",
            "Ban Tha Sap",
            "Yala",
            "a Thai district the gazetteer lacks, in its province",
        ),
        (
            "Unidentified gunmen burned a school in Kabasa village, Kasese district, on "
            "Friday night.",
            "Kabasa",
            "Kasese",
            "village word, comma, then the holding district",
        ),
        (
            "Police detained 30 youths in raids in Nairobi's Mlango estate on Tuesday.",
            "Mlango",
            "Nairobi",
            "an estate of a city, named with the city's possessive",
        ),
        (
            "Riot police fired tear gas at youths who blocked roads in Kampala's Kisenyi "
            "slum on Monday.",
            "Kisenyi",
            "Kampala",
            "a slum of a city, named with the city's possessive",
        ),
        (
            "In Kasese district, rebels attacked the village of Kyabarungira on Sunday, "
            "killing three people.",
            "Kyabarungira",
            "Kasese",
            "a district the gazetteer reads as its seat town opens the clause",
        ),
    ],
)
def test_village_named_with_its_holder_keeps_its_name(
    text: str, location: str, holder: str, reason: str
) -> None:
    places = _places(text)
    assert len(places) == 1, reason
    got, name, precision = places[0]
    assert got == location, reason
    assert name is not None and holder.casefold() in name.casefold(), reason
    assert precision == 2, reason


@pytest.mark.parametrize(
    ("text", "town", "reason"),
    [
        (
            "Rebels abducted a councillor from his farm near Saravena, Arauca, on Wednesday.",
            "Saravena",
            "Arauca is the department holding Saravena, not a second town",
        ),
        (
            "Gunmen shot dead a rubber tapper in Rangae district, Narathiwat, on Monday.",
            "Ra-ngae",
            "Narathiwat is the province holding Rangae",
        ),
        (
            "In South Kordofan, artillery fire struck residential districts of Kadugli on "
            "Sunday, killing three people.",
            "Kadugli",
            "parts of the town are the town",
        ),
        (
            "In Sindh, gunmen opened fire in crowded neighbourhoods of Larkana on Friday, "
            "killing two shopkeepers.",
            "Larkana",
            "'neighbourhoods of' introduces the town as the scene",
        ),
    ],
)
def test_event_is_coded_at_the_town_not_the_area_named_with_it(
    text: str, town: str, reason: str
) -> None:
    places = _places(text)
    assert [p[1] for p in places] == [town], reason


def test_towns_in_a_list_stay_towns() -> None:
    places = _places("Clashes erupted in Saravena, Arauca and Tame on Monday.")
    assert sorted(p[1] for p in places) == ["Arauca", "Saravena", "Tame"]


def test_possessive_owner_without_a_part_word_is_no_place() -> None:
    # "Kenya's police" names an owner, not a place: no Kenya-wide incident from it
    places = _places("Kenya's police shot dead two suspects in Kisumu on Monday.")
    assert [p[1] for p in places] == ["Kisumu"]


@pytest.mark.parametrize(
    ("text", "town", "reason"),
    [
        (
            "Car bomb kills three in northern Iraq\nA car bomb exploded at the entrance to "
            "Tikrit on Monday morning, killing three soldiers.",
            "Tikrīt",
            "the body's town, not the headline's region",
        ),
        (
            "Mortar fire hits northern Mali\nMilitants fired mortar rounds at the gates of "
            "Gao on Friday, wounding two soldiers.",
            "Gao",
            "'the gates of' a town is the town",
        ),
    ],
)
def test_edge_of_a_town_places_the_event_in_the_town(text: str, town: str, reason: str) -> None:
    places = _places(text)
    assert [p[1] for p in places] == [town], reason


def test_landmark_named_of_the_something_is_no_stand_in_place() -> None:
    # "the Shrine of the Martyrs" names a building, not a second place the gazetteer
    # lacks: the body tells the headline's event, at its town
    places = _places(
        "Nigeria: gunmen kill two worshippers in Kaduna\n"
        "Gunmen shot dead two worshippers near the Shrine of the Martyrs on Friday, "
        "police in Kaduna said."
    )
    assert [p[0] for p in places] == ["Kaduna"]
