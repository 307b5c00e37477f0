"""Reading an area named as holding a place ("near Ansongo in Gao region")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mapper import extract_incidents
from mapper.holders import holds, same_place_undated


@pytest.mark.parametrize(
    ("sentence", "place", "area", "expected", "reason"),
    [
        ("Fighting near Gao spread to Kidal.", "near Gao", "Kidal", False, "a later place"),
        ("A mine hit a truck near Ansongo in Gao region.", "Ansongo", "Gao", True, "X in Y"),
        ("Shells fell on Kupiansk district of Kharkiv oblast.", "Kupiansk", "Kharkiv", True, "of"),
        ("Raids hit Borno's Konduga area.", "Konduga", "Borno", True, "possessive"),
        ("Gunmen struck Bama in northern Borno.", "Bama", "Borno", True, "a compass word"),
        (
            "In neighbouring Kebbi State, bandits killed four in Argungu.",
            "Argungu",
            "Kebbi",
            True,
            "a fronted state",
        ),
        (
            "In Kebbi, bandits killed four in Argungu.",
            "Argungu",
            "Kebbi",
            False,
            "a fronted name without an admin word may be a town",
        ),
        ("Gunmen hit Bama and Konduga.", "Bama", "Konduga", False, "a list, not a holder"),
        ("Troops moved from Bama to Konduga.", "Bama", "Konduga", False, "a route"),
        (
            "Gunmen shot a teacher in Tak Bai district, Narathiwat, on Monday.",
            "Tak Bai",
            "Narathiwat",
            True,
            "a bare comma before the holding province, as in a dateline",
        ),
        (
            "A car bomb went off in Tame, Arauca, near the border.",
            "Tame",
            "Arauca",
            True,
            "the holding department closed by a comma and a preposition",
        ),
        (
            "Drones hit a refinery in Novoshakhtinsk, in Russia's Rostov region.",
            "Novoshakhtinsk",
            "Rostov",
            True,
            "a country's possessive before the holding region",
        ),
        (
            "Floods and raids hit Elwak, Mandera and Wajir.",
            "Elwak",
            "Mandera",
            False,
            "a list with 'and' after the second name",
        ),
        (
            "Shelling hit Kafr Nabl, Ariha, and Saraqib.",
            "Ariha",
            "Saraqib",
            False,
            "a later list item: ', and' after a list comma",
        ),
        (
            "Jets bombed Idlib, Damascus.",
            "Idlib",
            "Damascus",
            False,
            "two names with no admin word: a list, not a dateline",
        ),
        (
            "Troops shelled Ariha, Maarat city and its countryside.",
            "Ariha",
            "Maarat",
            False,
            "a city noun after the second name",
        ),
        (
            "Raids hit Elwak, Mandera, Wajir and Garissa.",
            "Elwak",
            "Mandera",
            False,
            "a list: a capitalised name after the second comma",
        ),
    ],
)
def test_holds_reads_an_area_named_as_holding_a_place(sentence, place, area, expected, reason):
    assert holds(sentence, place, area) is expected, reason


@pytest.mark.parametrize(
    ("sentence", "place", "area", "expected", "reason"),
    [
        ("Mobs clashed at Hatia Bazar in Dighinala upazila of Rangamati on Friday.",
         "Hatia Bazar", "Rangamati", True, "one upazila named between place and district"),
        ("Gunmen raided Tudun Wada, in Zango local government area of Katsina State.",
         "Tudun Wada", "Katsina", True, "an LGA between, after a comma"),
        ("A bomb hit a shop in Kabo in Kano and in Bichi district of Katsina.", "Kabo",
         "Katsina", False, "the unit between belongs to another place"),
        ("Gunmen raided Mubi, the headquarters of Mubi North council in Adamawa.", "Mubi",
         "Mubi North", True, "a town apposed as the seat of its area"),
        ("Troops entered Bentiu, the capital of Unity state, on Monday.", "Bentiu", "Unity",
         True, "'the capital of' a state"),
        ("Troops entered Bentiu, the town nearest to Rubkona, on Monday.", "Bentiu",
         "Rubkona", False, "an apposition that is no seat"),
    ],
)  # fmt: skip
def test_holds_reads_through_one_unit_between(sentence, place, area, expected, reason):
    assert holds(sentence, place, area) is expected, reason


@pytest.mark.parametrize(
    ("text", "published", "present", "absent", "reason"),
    [
        (
            "Four dead in Rangamati unrest\nFour people were killed when Bengali settlers and "
            "Chakma villagers fought with sticks and machetes at Hatia Bazar in Dighinala "
            "upazila of Rangamati on Friday, police said.",
            "2025-03-09",
            None,
            "Rangamati",
            "one toll on one day: the headline's district restates the body's event",
        ),
        (
            "Bandits kill villagers in northern Katsina\nBandits killed six villagers in "
            "Tudun Wada, in Zango local government area of Katsina State, on Saturday.",
            "2025-03-10",
            None,
            "Katsina",
            "a qualified headline region held by the body's place",
        ),
    ],
)
def test_a_headline_area_restated_by_a_finer_body_place_is_dropped(
    text: str, published: str, present: str | None, absent: str, reason: str
) -> None:
    incidents = extract_incidents(text, published=published)
    keys = [f"{i.location} {i.event_date}" for i in incidents]
    if present is not None:
        assert any(present in k for k in keys), (reason, keys)
    assert not any(absent in k for k in keys), (reason, keys)


def test_an_undated_headline_is_the_body_event_at_the_same_place_days_apart() -> None:
    body = extract_incidents(
        "A suicide bomber struck a police post in Bannu on Sunday.", published="2025-03-04"
    )[0]
    assert body.evidence_for("event_date") is not None
    undated = replace(
        body,
        event_date=date(2025, 3, 4),
        field_evidence=tuple(kv for kv in body.field_evidence if kv[0] != "event_date"),
    )
    assert same_place_undated(undated, body), "the headline's day is only the publication's"
    dated = replace(body, event_date=date(2025, 3, 4))
    assert not same_place_undated(dated, body), "a headline dating its event is its own"


def test_a_headline_dated_only_by_the_lead_is_the_later_body_event_at_its_place() -> None:
    text = (
        "Nigeria: troops retake Damasak; travellers abducted in Kaduna\nSoldiers recaptured "
        "Damasak from insurgents at the weekend, the army said. Separately, gunmen stopped a "
        "bus on the highway near Kutemeshi in Kaduna on Monday and abducted 20 passengers, "
        "police said."
    )
    found = [
        (i.location, str(i.event_date)) for i in extract_incidents(text, published="2025-06-04")
    ]
    # the lead's "at the weekend" dates the headline's Kaduna incident too, but the
    # headline has no day of its own: the Monday abduction is the one event at Kaduna
    assert found == [("Damasak", "2025-05-31"), ("Kaduna", "2025-06-02")]


@pytest.mark.parametrize(
    ("text", "published", "expected", "reason"),
    [
        (
            "Two killed in overnight gunfight in Kismayo\nTwo militiamen died when rival clan "
            "fighters exchanged fire in Kismayo late on Saturday, elders said.",
            "2025-08-12",
            [("Kismayo", "2025-08-09")],
            "'overnight' in a headline is the publication's night, not Saturday's",
        ),
        (
            "Rebels attack army post in Beni today\nRebels stormed an army post in Beni on "
            "Thursday and fought soldiers for two hours, a spokesman said.",
            "2025-03-10",
            [("Beni", "2025-03-06")],
            "'today' kept by a wire headline days after the event",
        ),
    ],
)
def test_a_headline_dated_only_relative_to_publication_is_the_body_event(
    text: str, published: str, expected: list[tuple[str, str]], reason: str
) -> None:
    found = [(i.location, str(i.event_date)) for i in extract_incidents(text, published=published)]
    assert found == expected, reason
