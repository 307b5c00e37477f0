"""Local branches of transnational groups by the incident's country."""

from __future__ import annotations

import pytest

from mapper.actors import ActorLexicon
from mapper.branches import _table, local_branch
from mapper.roles import actor_name


@pytest.mark.parametrize(
    ("name", "code", "branch", "reason"),
    [
        ("Islamic State", "MZ", "Islamic State Mozambique Province", "Cabo Delgado insurgency"),
        ("Islamic State", "NG", "Islamic State West Africa Province", "north-east Nigeria"),
        ("Islamic State", "CD", "Islamic State Central Africa Province", "ISCAP in the DRC"),
        ("al-Qaeda", "BF", "JNIM: Group for Support of Islam and Muslims", "al-Qaeda in the Sahel"),
        ("al-Qaeda", "so", "al-Shabaab", "lower-case code"),
        ("Islamic State", "IQ", None, "the core group: no branch"),
        ("Hamas", "MZ", None, "a group with no branches"),
        ("Islamic State", None, None, "no country"),
    ],
)
def test_local_branch(name, code, branch, reason):
    assert local_branch(name, code) == branch, reason


def test_every_branch_and_parent_is_an_actor_of_the_lexicon():
    names = {actor.name for _, actor in ActorLexicon.default()._entries}
    for (parent, _), branch in _table().items():
        assert parent in names and branch in names, (parent, branch)


@pytest.mark.parametrize(
    ("text", "code", "country", "expected", "reason"),
    [
        ("Islamic State-linked insurgents beheaded four men.", "MZ", "Mozambique",
         "Islamic State Mozambique Province", "affiliated fighters in Cabo Delgado"),
        ("Fighters linked to al-Qaeda ambushed a convoy.", "ML", "Mali",
         "JNIM: Group for Support of Islam and Muslims", "al-Qaeda's Sahel branch"),
        ("Remnants of the former regime ambushed a patrol.", "SY", "Syria", "Assad Loyalists",
         "the former regime in Syria since December 2024"),
        ("Remnants of the former regime ambushed a patrol.", "SD", "Sudan",
         "Former Regime Loyalists", "no country row: the generic name"),
        ("Armed men believed to be separatists kidnapped two teachers.", "CM", "Cameroon",
         "Ambazonian Separatists", "Cameroon's one separatist insurgency"),
        ("Suspected separatists ambushed an army patrol.", "SN", "Senegal",
         "MFDC: Movement of Democratic Forces of Casamance", "Casamance"),
        ("Ahlu Sunnah Wal Jama'ah fighters raided the town.", "MZ", "Mozambique",
         "Islamic State Mozambique Province", "ASWJ in Mozambique is the IS insurgency"),
        ("Ahlu Sunnah Wal Jama'ah fighters raided the town.", "SO", "Somalia",
         "Ahlu Sunna Wal Jama'a", "ASWJ in Somalia is the Sufi militia"),
        ("Separatist fighters ambushed a patrol.", "ES", "Spain", "Separatist Rebels",
         "no country row: the generic name"),
    ],
)  # fmt: skip
def test_actor_name_codes_the_branch_of_the_incidents_country(
    text, code, country, expected, reason
):
    lex = ActorLexicon.default()
    mention = lex.find(text)[0]
    assert actor_name(text, mention, country, lex, code) == expected, reason
