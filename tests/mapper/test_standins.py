"""The stand-in places of events no resolvable place links to."""

from __future__ import annotations

import pytest

from mapper import ActorLexicon, find_events
from mapper.sentences import split_sentences
from mapper.standins import placeholder, unresolved_name
from mapper.toponym import Precision


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Clashes continue in Shekh Meskin amid shelling", "Shekh Meskin", "after 'in'"),
        ("Airstrikes target Wadi Qarnoun and Homs", "Wadi Qarnoun", "after a strike verb"),
        ("Clashes erupted on Monday in the south", None, "a day is no place"),
        ("Clashes with Hezbollah went on", None, "an actor is no place"),
        ("Clashes went on. Later in Shekh Meskin", None, "another sentence"),
        ("A drone hit a Kurdish party office in the hills", None, "an ethnic adjective"),
        ("Soldiers raided Pashtun homes at dawn", None, "a people"),
        ("Gunmen attacked Afro-Colombian farmers", None, "a compound ethnic adjective"),
        (
            "Gunmen fired on Malay-Muslim villagers in Ban Tohsan",
            "Ban Tohsan",
            "past the people to the place",
        ),
        ("Smugglers were ambushed in the Sahara on Friday", None, "a desert after 'the'"),
        ("Clashes erupted in the Sahel, officials said", None, "a wide region"),
        ("Troops shelled the Gidan camp overnight", "Gidan", "'the' before a named site"),
        ("Rebels attacked the town of Ngala", "Ngala", "'the town of' names a town"),
    ],
)
def test_unresolved_name_after_a_locative_word(text, name, reason):
    (event, *_) = find_events(text)
    end = split_sentences(text)[0].end
    mentions = ActorLexicon.default().find(text)
    found = unresolved_name(text, event, end, mentions)
    assert (found[2] if found else None) == name, reason
    if found:
        assert text[found[0] : found[1]] == name


def test_placeholder_without_a_country_is_unlocated(gz):
    stand_in = placeholder(gz, None, None, 7)
    assert (stand_in.text, stand_in.latitude, stand_in.candidate) == ("", None, None)
    named = placeholder(gz, "YE", (3, 8, "Qataba"), 0)
    assert (named.text, named.precision) == ("Qataba", Precision.COUNTRY)
    assert named.candidate.place.country_code == "YE"
