"""Headlines and sentences with several places: each event verb takes its own places, and
each coordinated place of one verb gets an incident of its own."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


def _placed(text: str) -> set[tuple[str, str]]:
    return {(i.sub_event_type, i.location) for i in extract_incidents(text, published="2024-03-05")}


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Government jets pounded Idlib countryside and Saraqib town overnight",
            {("Air/drone strike", "Idlib"), ("Air/drone strike", "Saraqib")},
            "an area noun after the first place does not break the coordination",
        ),
        (
            "Shelling hit Homs province and Hama city on Monday",
            {("Shelling/artillery/missile attack", "Hama")},
            "'province' after the first place, 'city' after the second",
        ),
        (
            "Clashes in the Eastern Ghouta and warplanes bomb Idlib",
            {("Armed clash", "Eastern Ghouta"), ("Air/drone strike", "Idlib")},
            "'the Ghouta and warplanes bomb' is no 'the Ghouta bombing': each verb its place",
        ),
        (
            "Rebels ambushed soldiers in the Tigray and militiamen looted Gondar",
            {("Looting/property destruction", "Gondar")},
            "the place right after the second verb is its object, whatever the verb",
        ),
        (
            "Fighting in the Kachin hills and drones strike Myitkyina",
            {("Air/drone strike", "Myitkyina")},
            "'strike' as a verb takes the town after it, not the country point",
        ),
    ],
)
def test_each_event_of_a_headline_takes_its_own_places(
    text: str, expected: set[tuple[str, str]], reason: str
) -> None:
    assert expected <= _placed(text), (reason, _placed(text))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The Mosul car bombing killed five people", "one adjective between place and noun"),
        ("A Kandahar suicide attack killed three soldiers", "one noun between place and noun"),
    ],
)
def test_a_place_before_the_event_noun_still_modifies_it(text: str, reason: str) -> None:
    locations = {i.location for i in extract_incidents(text, published="2024-03-05")}
    assert locations and all(loc in text for loc in locations), (reason, locations)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Militants stormed the hamlet of Kwarba in Borno State and burnt houses",
            ("Attack", "Kwarba"),
            "'and burnt' has no subject of its own: the houses burnt in the attack there",
        ),
        (
            "Rebels overran an army post outside Kidal and abducted three soldiers",
            ("Abduction/forced disappearance", "Kidal"),
            "the abduction follows the attack at its place, not at the country point",
        ),
    ],
)
def test_a_second_verb_of_the_same_subject_shares_the_first_verbs_place(
    text: str, expected: tuple[str, str], reason: str
) -> None:
    assert expected in _placed(text), (reason, _placed(text))


def test_a_second_clause_with_its_own_subject_does_not_share_the_place() -> None:
    placed = _placed("Shelling hit Homs and killed four, while gunmen abducted two")
    assert ("Abduction/forced disappearance", "Homs") not in placed, placed


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Troops retook the village of Dan Kurmi on Friday after a night of clashes "
            "with bandits in Zamfara State",
            "Dan Kurmi",
            "the retaken village is the place; the state only holds it",
        ),
        (
            "Soldiers recaptured the town of Kuroshi after fierce fighting with rebels in "
            "Kachin State",
            "Kuroshi",
            "another country and verb, the region in the clause after 'after'",
        ),
        (
            "Drone strikes hit Kwanar Dutse in Niger State and Kontagora",
            "Kwanar Dutse",
            "the village is put in the state; the town listed after it does not drop it",
        ),
        (
            "Militiamen attacked villages in Djugu territory and Irumu on Sunday",
            "Irumu",
            "an area noun after the known place does not end the list",
        ),
    ],
)
def test_a_place_the_gazetteer_lacks_is_coded_near_the_known_place_holding_it(
    text: str, name: str, reason: str
) -> None:
    incidents = extract_incidents(text, published="2024-03-08")
    assert (name, 2) in [(i.location, int(i.geo_precision)) for i in incidents], reason


def test_an_actor_put_in_a_place_is_no_place_of_its_own() -> None:
    locations = {i.location for i in extract_incidents("Troops attacked Boko Haram in Sambisa")}
    assert "Boko Haram" not in locations, locations


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Clashes in Aleppo on Monday and airstrikes on Idlib on Tuesday",
            {("Aleppo", "2024-03-04"), ("Idlib", "2024-03-05")},
            "each time adjunct follows its own event",
        ),
        (
            "On Monday, rebels shelled Goma and drones struck Sake on Tuesday",
            {("Goma", "2024-03-04"), ("Sake", "2024-03-05")},
            "a fronted date is the first event's; the second has its own after it",
        ),
        (
            "Protesters rallied in Dhaka on Wednesday while police clashed with students in "
            "Chittagong on Thursday",
            {("Dhaka", "2024-03-06"), ("Chittagong", "2024-03-07")},
            "a 'while' clause with its own day",
        ),
    ],
)
def test_each_event_of_a_sentence_takes_the_date_in_its_own_stretch(
    text: str, expected: set[tuple[str, str]], reason: str
) -> None:
    dated = {
        (i.location, i.event_date.isoformat() if i.event_date else "")
        for i in extract_incidents(text, published="2024-03-08")
    }
    assert expected <= dated, (reason, dated)
