"""Colloquial vowel spellings of Arabic place names: the pure respelling rules, and
names the geoparser now finds and places through them."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse
from mapper.respell import MAX_VARIABLE, respellings, respelt_candidates


@pytest.mark.parametrize(
    ("name", "standard", "reason"),
    [
        ("Jesr al-Shughur", "jisr al shughur", "kasra written e"),
        ("Menbej", "manbij", "imala: a raised fatha, then a kasra"),
        ("Shekh Meskin", "shaykh miskin", "the diphthong ay spoken as one e"),
        ("Khan Shekhon", "khan shaykhon", "ay as e inside a two-word name"),
        ("Tel Semen", "tel siman", "each word varied on its own"),
        ("Rawaba", "ruwaba", "damma written a in a first syllable"),
        ("Um Rawaba", "um ruwaba", "damma as a in the second word of a name"),
        ("Jebel Dawaym", "jibal duwaym", "e and a rules together"),
    ],
)
def test_respellings_read_colloquial_vowels_as_standard(name: str, standard: str, reason: str):
    assert standard in respellings(name), reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Deir", "e in a diphthong is no lone e"),
        ("Talbiseh", "the -eh ending is folded by the keys already"),
        ("Raqqa", "no e, and the first a stands before a doubled letter"),
        ("Idlib", "no e and no a"),
        ("Dar", "a first-syllable a needs more of the word after it"),
        ("القائم", "not Latin letters"),
        ("Hermel Debbeh Beqeen Kerem", "more e letters than MAX_VARIABLE"),
    ],
)
def test_respellings_leave_names_without_lone_e_alone(name: str, reason: str):
    assert respellings(name) == [], reason


def test_respellings_are_bounded_and_exclude_the_name_itself():
    out = respellings("Hendarat Telmens")
    assert len(out) == 4**MAX_VARIABLE - 1
    assert "hendarat telmens" not in out
    assert len(set(out)) == len(out)


@pytest.mark.parametrize(
    ("text", "word", "country", "reason"),
    [
        ("Heavy losses reported in Shekh Meskin overnight.", "Shekh Meskin", "SY", "ay as e"),
        ("Coalition jets struck Menbej before dawn.", "Menbej", "SY", "imala and kasra"),
        ("A car bomb went off in Jesr al-Shughur market.", "Jesr al-Shughur", "SY", "kasra"),
        ("Shelling resumed on Khan Shekhon at noon.", "Khan Shekhon", "SY", "ay as e"),
        ("Militia fighters looted Um Rawaba market overnight.", "Um Rawaba", "SD", "damma as a"),
    ],
)
def test_colloquial_spelling_finds_the_arabic_place(
    default_gazetteer: Gazetteer, text: str, word: str, country: str, reason: str
) -> None:
    found = {t.text: t for t in geoparse(text, gazetteer=default_gazetteer)}
    assert word in found, reason
    cand = found[word].candidate
    assert cand is not None and cand.place.country_code == country, reason


@pytest.mark.parametrize(
    ("name", "standard", "reason"),
    [
        ("Berlen", "Berlin", "a German city, not an Arabic name"),
        ("Madred", "Madrid", "a Spanish city, not an Arabic name"),
    ],
)
def test_respelling_counts_only_for_places_in_arabic_speaking_countries(
    default_gazetteer: Gazetteer, name: str, standard: str, reason: str
) -> None:
    assert standard in default_gazetteer.known([standard]), "the standard spelling is known"
    assert respelt_candidates(default_gazetteer, {name}, 5) == {}, reason


@pytest.mark.parametrize(
    ("text", "word", "resolved", "reason"),
    [
        (
            "Herders fled Kassela after the raid, officials in Segou region said.",
            "Kassela",
            False,
            "the text's other place is in Mali: not Kassala in Sudan",
        ),
        (
            "Drones struck Menbej and Afrin overnight.",
            "Menbej",
            True,
            "the other town is Syrian",
        ),
        (
            "Turkish artillery shelled Menbej on Tuesday.",
            "Menbej",
            True,
            "a country or demonym is no sign against it: often an actor",
        ),
    ],
)
def test_respelt_place_needs_no_sign_of_another_region(
    default_gazetteer: Gazetteer, text: str, word: str, resolved: bool, reason: str
) -> None:
    got = [t for t in geoparse(text, gazetteer=default_gazetteer) if t.text == word]
    assert any(t.candidate is not None for t in got) is resolved, reason


def test_asking_again_gives_the_same_places_for_read_and_unread_names(
    default_gazetteer: Gazetteer,
) -> None:
    # The second ask answers names without a known reading from memory; it must neither
    # lose the names that have one nor invent places for those that have none.
    names = {"Khan Shekhon", "Breakfest Meetings"}
    first = respelt_candidates(default_gazetteer, names, 10)
    second = respelt_candidates(default_gazetteer, names, 10)
    assert "Khan Shekhon" in first
    assert "Breakfest Meetings" not in first
    assert {n: [c.place.id for c in cs] for n, cs in second.items()} == {
        n: [c.place.id for c in cs] for n, cs in first.items()
    }
