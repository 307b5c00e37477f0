"""Allies named as fighting beside a principal are that principal's mention."""

from __future__ import annotations

import pytest

from mapper.actors import ActorLexicon


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.default()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Somali National Army and allied clan militias retook the town.",
         ["Military Forces of Somalia"]),  # an unnamed ally
        ("Malian soldiers and allied Dozo hunters stormed the camp.",
         ["Military Forces of Mali"]),  # a named communal ally
        ("M23 rebels with their allied Twirwaneho fighters seized the hill.",
         ["M23: March 23 Movement"]),  # a group's ally, "with their allied"
        ("Somali troops, alongside allied Macawisley militiamen, pushed north.",
         ["Military Forces of Somalia"]),  # comma before "alongside"
        # no "allied": two sides, both kept
        ("Malian soldiers and Dozo hunters clashed at the market.",
         ["Military Forces of Mali", "Dozo Militia"]),
        ("The army and clan militias fought over the wells.",
         ["Military Forces", "Unidentified Clan Militia"]),
    ],
)  # fmt: skip
def test_ally_beside_principal_is_the_principal(
    lex: ActorLexicon, text: str, names: list[str]
) -> None:
    assert [m.actor.name for m in lex.find(text)] == names
