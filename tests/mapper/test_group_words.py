"""Words naming peoples, faiths and sects are never places, alone or in compounds."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse
from mapper.lexicon import group_word


@pytest.mark.parametrize(
    ("word", "expected", "reason"),
    [
        ("Kurdish", True, "an ethnic adjective"),
        ("Pashtuns", True, "a people, plural"),
        ("Shia", True, "a sect"),
        ("Druze", True, "a faith and people"),
        ("Somalis", True, "a nationality's plural"),
        ("Malay-Muslim", True, "ethnic and religious halves"),
        ("Afro-Colombian", True, "a combining form before a nationality"),
        ("Sino-Indian", True, "two nationalities"),
        ("Turkish-Kurdish", True, "a nationality and a people"),
        ("Kirkuk", False, "a city"),
        ("Guinea-Bissau", False, "a hyphenated country"),
        ("Afro-Kirkuk", False, "a combining form before a place"),
        ("Malay", False, "also a Philippine town: only a compound's half"),
        ("Kachin", False, "also a Myanmar state"),
    ],
)
def test_group_word_tells_peoples_from_places(word, expected, reason):
    assert group_word(word) is expected, reason


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        ("Militias attacked Bedouin tribes near the border.", "Bedouin", "a French hamlet"),
        ("Police raided Sikh homes in the old town.", "Sikh", "a German hamlet"),
        ("Clashes broke out in Berber towns on Friday.", "Berber", "a Sudanese town"),
    ],
)
def test_group_words_are_not_read_as_namesake_places(
    text: str, word: str, reason: str, default_gazetteer: Gazetteer
):
    found = [t.text for t in geoparse(text, gazetteer=default_gazetteer)]
    assert word not in found, reason


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Houthi forces fired missiles at a tanker in the Red Sea, officials in Sanaa "
            "and Hodeidah said.",
            [],
            "the sea, not Sudan's Red Sea state",
        ),
        ("Floods hit Red Sea State and Kassala.", ["SD"], "the province by its unit word"),
        ("Flooding hit the Red Sea state on Monday.", ["SD"], "'the ... state' is the province"),
        ("A cyclone formed in the Indian Ocean.", [None], "the ocean itself stands"),
    ],
)
def test_a_sea_named_with_the_is_no_province_of_its_name(
    text: str, expected: list[str | None], reason: str, default_gazetteer: Gazetteer
):
    found = [
        t.candidate.place.country_code
        for t in geoparse(text, gazetteer=default_gazetteer)
        if t.candidate is not None and ("Sea" in t.text or "Ocean" in t.text)
    ]
    assert found == expected, reason


@pytest.mark.parametrize(
    ("text", "word", "kept", "reason"),
    [
        (
            "Rebels moved cocaine through the Andes to ports in Ecuador, police in Quito said.",
            "Andes",
            False,
            "a mountain range, not the Colombian town",
        ),
        ("Talks with the Kabul government stalled.", "Kabul", True, "a modifier: the city"),
        ("Troops entered the Hague on Monday.", "Hague", True, "a city that takes 'the'"),
        (
            "Troops shelled the Gara and Qandil mountains on Sunday.",
            "Gara",
            True,
            "shares the head noun after 'and'",
        ),
    ],
)
def test_one_word_after_the_ending_its_phrase_is_no_small_town(
    text: str, word: str, kept: bool, reason: str, default_gazetteer: Gazetteer
):
    found = [t.text for t in geoparse(text, gazetteer=default_gazetteer) if t.resolved]
    assert (word in found) is kept, reason
