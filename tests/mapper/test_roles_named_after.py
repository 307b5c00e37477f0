"""Roles: who attacked whom when the attacker is named after the event or its victim.

"X came under fire from Y": Y attacked X. "An attack blamed on Y killed X": Y attacked X.
"""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.sentences import split_sentences


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


def _first(text: str, gz) -> tuple[str | None, str | None]:
    found = extract_incidents(text, published="2024-03-13", gazetteer=gz)
    assert found, text
    return found[0].actor1, found[0].actor2


@pytest.mark.parametrize(
    ("text", "actor1", "actor2", "reason"),
    [
        ("Nigerian troops came under attack from ISWAP fighters near Damasak on Tuesday, the "
         "army said.", "Islamic State West Africa Province", "Military Forces of Nigeria",
         "'from' names the attacker; the demonym subject is the side attacked"),
        ("A police patrol came under fire from suspected al-Shabaab militants outside Mandera "
         "on Sunday.", "al-Shabaab", "Police Forces of Kenya",
         "suspected attacker after 'from', police patrol before the cue"),
        ("Malian soldiers came under fire by JNIM militants near Boni on Friday, killing two.",
         "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali",
         "'by' as well as 'from'"),
        ("Colombian soldiers came under attack in Tame on Monday, the ministry said.",
         "Unidentified Armed Group", "Military Forces of Colombia",
         "no attacker named: unidentified, and the soldiers stay the target"),
    ],
)  # fmt: skip
def test_the_side_that_came_under_fire_is_actor2(gz, text, actor1, actor2, reason):
    assert _first(text, gz) == (actor1, actor2), reason


def test_a_sentence_that_names_the_attacker_first_is_unchanged(gz):
    text = "ISWAP fighters attacked Nigerian troops near Damasak on Tuesday, the army said."
    assert _first(text, gz) == ("Islamic State West Africa Province", "Military Forces of Nigeria")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Two dead in Goma shelling; troops repel raid in Beni\n(Photo: Reuters) GOMA - Shells "
         "fell on a camp for displaced families north of the city on Monday, killing two "
         "people, a local official said.", "a photo credit in brackets opens the dateline line"),
        ("Market fire kills three in Kano\n\u201cWe lost everything,\u201d a trader said on "
         "Sunday.", "a quotation opens the first line of the body"),
    ],
)  # fmt: skip
def test_a_headline_ends_before_a_line_opening_with_a_bracket_or_quote(text, reason):
    first = split_sentences(text)[0]
    assert first.text == text.split("\n")[0], reason


def test_a_wrapped_line_opening_with_a_lower_case_bracket_still_joins():
    text = "Troops said the raid on the camp near the river\n(which lies north of town) ended."
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    ("text", "actor1", "actor2", "reason"),
    [
        ("A drone attack blamed on the paramilitary Rapid Support Forces hit a market in "
         "Sennar on Monday, killing six civilians, a medical source said.",
         "Rapid Support Forces", "Civilians (Sudan)",
         "a describing word ('paramilitary') between the article and the name"),
        ("A bombing attributed to the Islamist group al-Shabaab killed four soldiers in "
         "Baidoa on Monday.", "al-Shabaab", "Military Forces of Somalia",
         "'the Islamist group' before the name; the soldiers are the target"),
        ("An ambush blamed on JNIM militants killed seven soldiers near Djibo on Friday.",
         "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso",
         "the blamed group is never its own target"),
    ],
)  # fmt: skip
def test_the_blamed_group_is_actor1_and_the_next_actor_named_actor2(
    gz, text, actor1, actor2, reason
):
    assert _first(text, gz) == (actor1, actor2), reason


def test_a_blamed_group_alone_leaves_no_target(gz):
    text = "A car bomb blamed on al-Shabaab exploded near a hotel in Baidoa on Monday."
    assert _first(text, gz) == ("al-Shabaab", None)
