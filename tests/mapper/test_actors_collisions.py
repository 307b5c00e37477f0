"""Countries whose name or demonym holds a shorter country's: never the shorter one."""

from __future__ import annotations

import pytest

from mapper.actors import Actor, ActorLexicon, ActorMention, names_country
from mapper.roles import actor_name


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.default()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Papua New Guinean soldiers sealed off the valley.",
         "Military Forces of Papua New Guinea"),  # not Guinea's
        ("Equatorial Guinean forces detained the crew.",
         "Military Forces of Equatorial Guinea"),  # not Guinea's
        ("Northern Irish police cleared the street.",
         "Police Forces of the United Kingdom"),  # not Ireland's: a part of the UK
        ("Northern Ireland police were pelted with bottles.",
         "Police Forces of the United Kingdom"),  # the country name, not the demonym
        ("South Sudanese soldiers looted the market.", "Military Forces of South Sudan"),
        ("North Korean troops crossed the line.", "Military Forces of North Korea"),
        ("Bissau-Guinean soldiers surrounded the palace.",
         "Military Forces of Guinea-Bissau"),
        ("Nigerien soldiers repelled the raid.", "Military Forces of Niger"),  # not Nigeria
        ("Dominican police raided a warehouse.",
         "Police Forces of Dominican Republic"),  # was generic police, no country
        ("Guinean soldiers fired tear gas.", "Military Forces of Guinea"),  # the short one
        ("Irish police arrested two men.", "Police Forces of Ireland"),  # still Ireland's
    ],
)  # fmt: skip
def test_longer_demonym_names_its_own_country(lex: ActorLexicon, text: str, name: str) -> None:
    assert [m.actor.name for m in lex.find(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("Fighting spread across South Sudan's Jonglei state.", "Sudan", False),
        ("Sudan and South Sudan agreed to reopen the border.", "Sudan", True),  # both named
        ("Troops deployed in Papua New Guinea's highlands.", "Guinea", False),
        ("A coup attempt in Guinea-Bissau failed.", "Guinea", False),  # hyphenated holder
        ("Equatorial Guinea closed its border.", "Guinea", False),
        ("Flooding hit Niger's capital.", "Niger", True),
        ("Flooding hit Nigeria's capital.", "Niger", False),  # another word altogether
        ("Kinshasa accused DR Congo's neighbour.", "Congo", False),
        ("Riots broke out in Northern Ireland.", "Ireland", False),
        ("North Korea fired a missile.", "Korea", False),
        ("Sudanese army shelling", "Sudan", False),  # a demonym is not the name
    ],
)
def test_names_country_ignores_longer_country_names(text: str, name: str, named: bool) -> None:
    assert names_country(text, name) is named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops of the South Sudan army clashed with youths in Jonglei. Government "
         "aircraft later bombed a village.", "Military Forces of South Sudan"),
        # the place's country named in its own right keeps the place's country
        ("Sudan accused the South Sudan army of raids. Government aircraft later bombed "
         "a village.", "Military Forces of Sudan"),
    ],
)  # fmt: skip
def test_unnamed_forces_take_the_named_country_not_one_inside_its_name(
    lex: ActorLexicon, text: str, expected: str
) -> None:
    # a namesake place resolved in Sudan; the report is about South Sudan
    start = text.index("Government")
    mention = ActorMention(
        start, start + 19, text[start : start + 19], Actor("Military Forces", "state", None)
    )
    assert actor_name(text, mention, "Sudan", lex, "SD") == expected
