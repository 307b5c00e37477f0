"""Pasted web and wire copy: debris gives no incident or date, list items one each."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


def _found(text, gz, published="2025-03-04"):
    return extract_incidents(text, published=published, gazetteer=gz)


def _places(text, gz, published="2025-03-04"):
    return [i.location for i in _found(text, gz, published)]


DEBRIS_PLACES = [
    (
        "Gunmen kill three villagers in Borno\n"
        "FILE PHOTO: Soldiers guard a checkpoint after an attack in Maiduguri, Nigeria, "
        "June 4, 2021. REUTERS/Jane Roe/File Photo\n"
        "Gunmen killed three villagers in Konduga on Sunday, residents said.",
        "Maiduguri",
        "a file photo shows an old event",
    ),
    (
        "Police shoot two protesters in Homa Bay\n"
        "Photo: Mourners gather after clashes with police in Kisumu. Police shot dead two "
        "protesters in Homa Bay on Monday, a rights group said.",
        "Kisumu",
        "a caption before the story on the same line",
    ),
    (
        "Car bomb kills four in Baidoa\nBy Amina Yusuf in Mogadishu\n"
        "A car bomb exploded near a police station in Baidoa on Tuesday, killing four people.",
        "Mogadishu",
        "a byline city is where the writer sits",
    ),
    (
        "Troops repel attack in Kidal\n"
        "Malian troops repelled an attack by rebels on a camp in Kidal on Friday, the army "
        "said. Read more: Twelve killed in Gao market blast",
        "Gao",
        "a related-story link after the last sentence",
    ),
    (
        "Bomb kills seven in Quetta market\n"
        "A bomb exploded in a crowded market in Quetta on Thursday, killing seven people.\n"
        "Related: Gunmen storm police post in Bannu\nShare this article",
        "Bannu",
        "a related-story line",
    ),
]


@pytest.mark.parametrize(("text", "debris_place", "reason"), DEBRIS_PLACES)
def test_debris_place_gives_no_incident(gz, text, debris_place, reason):
    places = _places(text, gz)
    assert places, reason  # the story's own event is still coded
    assert not any(debris_place in p for p in places), reason


def test_file_photo_date_dates_no_incident(gz):
    text = (
        "FILE PHOTO: Fighters patrol Sirte, Libya, August 20, 2020. REUTERS/Ann Bay\n"
        "Militias clashed in Sirte, residents said."
    )
    found = _found(text, gz, "2025-06-10")
    assert found
    assert all(i.event_date.year == 2025 for i in found)


def test_wire_slug_credits_and_version_note_leave_one_event(gz):
    text = (
        "UPDATE 1-Gunmen kill six at mosque in Niger's Tillaberi region\n"
        "(Adds toll, quote from official)\n"
        "NIAMEY, March 3 (Reuters) - Gunmen killed six worshippers at a mosque in Fambita on "
        "Friday, an official said.\n(Reporting by Jane Roe; Editing by John Doe)"
    )
    found = _found(text, gz, "2025-03-03")
    assert [i.location for i in found] == ["Fambita"]
    inc = found[0]
    assert text[inc.evidence.start : inc.evidence.end] == inc.evidence.text


BULLETED = [
    (
        "Overnight attacks in Burkina Faso\n- Gunmen killed five civilians in Djibo on "
        "Sunday\n- Militants burned the market in Arbinda on Sunday",
        {"Djibo", "Arbinda"},
        "one bullet per line under a headline",
    ),
    (
        "Attacks in Mali on Sunday: - Gunmen killed five civilians in Bandiagara; - "
        "Militants burned the market in Douentza",
        {"Bandiagara", "Douentza"},
        "dash bullets run into one line after a colon lead-in naming the country",
    ),
    (
        "Clashes erupted across Sudan's Darfur region on Sunday: \u2022 RSF fighters shelled "
        "El Fasher \u2022 Gunmen looted a market in Nyala",
        {"El Fasher", "Nyala"},
        "dot bullets after a lead-in naming the region",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), BULLETED)
def test_each_bullet_is_an_incident_and_the_lead_in_none(gz, text, expected, reason):
    assert set(_places(text, gz)) == expected, reason


ONE_EVENT = [
    (
        "Drones hit Odesa\n14:32 GMT - Russian drones struck Odesa overnight, killing two "
        "people, the governor said.",
        "Odesa",
        "Russian drones struck Odesa overnight, killing two people, the governor said.",
        "a live-blog time is no part of the evidence",
    ),
    (
        "Gunmen shot dead four traders in Gusau on Monday.Police said the attackers fled "
        "towards the forest on motorcycles.",
        "Gusau",
        "Gunmen shot dead four traders in Gusau on Monday.",
        "a glued full stop still ends the sentence",
    ),
]


@pytest.mark.parametrize(("text", "place", "evidence", "reason"), ONE_EVENT)
def test_evidence_is_the_report_sentence_alone(gz, text, place, evidence, reason):
    found = _found(text, gz)
    assert [i.location for i in found] == [place], reason
    span = found[0].evidence
    assert (span.text, text[span.start : span.end]) == (evidence, evidence), reason
