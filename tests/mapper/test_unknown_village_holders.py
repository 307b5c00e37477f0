"""A village the gazetteer lacks, named with the unit or region holding it, is the
event's place: kept by its bare name at its finest holder, even when a sentence also
blames someone (a blame is no claim about an earlier event when the place is new)."""

from __future__ import annotations

import pytest

from mapper import extract_incidents, geoparse
from mapper.standins import region_after
from mapper.toponym import Precision
from mapper.units import bare_name, named_unit


@pytest.mark.parametrize(
    ("text", "location", "admin1", "reason"),
    [
        (
            "Sudan: shelling kills five in North Kordofan; drone hits market in Sennar\n"
            "Shells fell on homes in El Obeid on Friday, killing five civilians. On the "
            "same day, a drone struck a market in Um Gurgur, in Sennar state; the state "
            "governor blamed the RSF.",
            "Um Gurgur",
            "Sennar",
            "a blame after a semicolon, the headline's state already coded",
        ),
        (
            "Nigeria: gunmen kill seven in Benue\n"
            "Gunmen killed seven farmers in Tse Akaa, in Benue State, on Monday; police "
            "blamed herders for the attack.",
            "Tse Akaa",
            "Benue",
            "the blame shares the event's sentence",
        ),
        (
            "Pakistan: blast hits checkpoint in Khyber Pakhtunkhwa\n"
            "Militants wounded three police officers. Later on Tuesday a roadside bomb "
            "exploded near a police van in Shewa, in Khyber Pakhtunkhwa province; officials "
            "blamed the TTP.",
            "Shewa",
            "Khyber Pakhtunkhwa",
            "a province, and a later sentence",
        ),
    ],
)
def test_village_in_a_blamed_attack_is_kept(text, location, admin1, reason):
    found = [i for i in extract_incidents(text, published="2026-03-09") if i.location == location]
    assert len(found) == 1, reason
    assert found[0].admin1 == admin1, reason


@pytest.mark.parametrize(
    ("text", "end", "expected", "reason"),
    [
        ("a depot in Sennar state was hit", len("a depot in Sennar"), True, "Sudan's states"),
        ("gunmen in Kaduna State struck", len("gunmen in Kaduna"), True, "capitalised State"),
        ("troops in Thepha district", len("troops in Thepha"), True, "a unit word"),
        ("the Sennar state capital", len("the Sennar"), False, "the state's seat town"),
        ("in Sennar stated officials", len("in Sennar"), False, "a word, not the unit"),
        ("in Sennar market", len("in Sennar"), False, "no unit word"),
    ],
)
def test_town_name_before_a_unit_word_names_the_unit(text, end, expected, reason):
    assert named_unit(text, end) is expected, reason


@pytest.mark.parametrize(
    ("name", "bare", "reason"),
    [
        ("Wetlet Township", "Wetlet", "a Myanmar township"),
        ("Thepha district", "Thepha", "a Thai district"),
        ("Mariga LGA", "Mariga", "a Nigerian LGA"),
        ("Agatu local government area", "Agatu", "the LGA spelt out"),
        ("Bhanga upazila", "Bhanga", "a Bangladeshi upazila"),
        ("Kulachi tehsil", "Kulachi", "a Pakistani tehsil"),
        ("Western Province", "Western Province", "a province's name is the name"),
        ("District", "District", "a unit word alone"),
        ("Bahir Dar", "Bahir Dar", "no unit word"),
    ],
)
def test_bare_name_drops_the_local_unit_word(name, bare, reason):
    assert bare_name(name) == bare, reason


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Gunmen shot dead two teachers in Rueso district on Tuesday, police said.",
            "Rueso",
            "a Thai district the gazetteer reads as its town",
        ),
        (
            "Myanmar: junta strikes in Sagaing\n"
            "Junta aircraft bombed a school in Taze Township on Friday, killing four pupils.",
            "Taze",
            "a township the gazetteer lacks",
        ),
    ],
)
def test_incident_location_is_the_bare_name(text, location, reason):
    found = [i.location for i in extract_incidents(text, published="2026-03-09")]
    assert location in found, reason


@pytest.mark.parametrize(
    ("text", "location", "admin1", "precision", "reason"),
    [
        (
            "Myanmar: junta strikes in Sagaing\n"
            "Junta aircraft bombed a school in Taze Township on Friday, killing four pupils.",
            "Taze",
            "Sagaing",
            Precision.NEAR,
            "the headline's bombing placed the township",
        ),
        (
            "Mali: jihadists attack army camp in Mopti\n"
            "Jihadists attacked an army camp in Kouna Sebe on Tuesday, killing nine soldiers, "
            "the army said.",
            "Kouna Sebe",
            "Mopti",
            Precision.NEAR,
            "a village under a region headline, one incident not two",
        ),
        (
            "Pakistan: blast kills two in Bajaur and Khyber\n"
            "A roadside bomb killed two soldiers in Salarzai tehsil on Monday, officials said.",
            "Salarzai",
            None,
            Precision.COUNTRY,
            "two headline places: the tehsil could lie in either",
        ),
    ],
)
def test_headline_place_holds_the_body_village(text, location, admin1, precision, reason):
    incidents = extract_incidents(text, published="2026-03-09")
    (found,) = [i for i in incidents if i.location == location]
    assert (found.admin1, found.geo_precision) == (admin1, precision), reason


@pytest.mark.parametrize(
    ("text", "name", "holder", "reason"),
    [
        (
            "Gunmen attacked Lacroix-Perisse, a fishing town in the lower Artibonite valley.",
            "Lacroix-Perisse",
            "Artibonite",
            "a river's lower reach names its region",
        ),
        (
            "Rebels raided Mabanga Sud, a mining village in the upper Ituri forest.",
            "Mabanga Sud",
            "Ituri",
            "the upper reach",
        ),
        (
            "Rebels raided Mabanga Sud, a mining village, and then Ituri officials fled.",
            "Mabanga Sud",
            None,
            "a region in another clause holds nothing",
        ),
    ],
)
def test_region_after_a_reach_word_holds_the_village(text, name, holder, reason):
    end = text.index(name) + len(name)
    found = region_after(text, end, geoparse(text))
    assert (found.candidate.place.name if found is not None else None) == holder, reason
