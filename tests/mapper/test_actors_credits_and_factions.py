"""News-agency credits, regional armed groups and factions of a group in the actor lexicon."""

from __future__ import annotations

import pytest

from mapper.actors import ActorLexicon


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.default()


def _names(lex: ActorLexicon, text: str) -> list[str]:
    return [m.actor.name for m in lex.find(text)]


@pytest.mark.parametrize(
    ("text", "absent", "reason"),
    [
        ("SRINAGAR, March 4 (PTI) - Gunmen fired at a police post in Sopore.",
         "Pakistan Tehreek-e-Insaf", "Press Trust of India's dateline credit"),
        ("Headline\nImphal, Oct. 12 (PTI): Two houses were torched in Jiribam.",
         "Pakistan Tehreek-e-Insaf", "a credit after a headline line, colon form"),
        ("SITTWE (AA) - Naval guns shelled the coast overnight.",
         "Arakan Army", "Anadolu Agency's credit, not the Arakan Army"),
        ("GARISSA (KNA) - Police recovered an explosive device near Dadaab.",
         "Kuki National Army", "Kenya News Agency's credit"),
        ("the state-run Kenya News Agency (KNA) reported two deaths",
         "Kuki National Army", "the agency's own abbreviation after its name"),
        ("Officials told the KNA news agency that the road was closed.",
         "Kuki National Army", "an abbreviation followed by 'news agency'"),
    ],
)  # fmt: skip
def test_a_news_agency_credit_is_not_an_armed_group_or_party(lex, text, absent, reason):
    assert absent not in _names(lex, text), reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("PTI supporters clashed with police outside the Lahore court.",
         "Pakistan Tehreek-e-Insaf", "the party's abbreviation in running text"),
        ("The AA said it had overrun a junta outpost near Ann.",
         "Arakan Army", "the group's abbreviation as a subject"),
        ("The Arakan Army (AA) - which controls most of Rakhine - shelled Kyaukphyu.",
         "Arakan Army", "a definition in parentheses keeps the group"),
    ],
)  # fmt: skip
def test_the_same_abbreviation_outside_a_credit_still_names_its_group(lex, text, name, reason):
    assert name in _names(lex, text), reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("The People's Anti-Fascist Front said its cadres fired on the convoy.",
         "People's Anti-Fascist Front", "Kashmir: full name"),
        ("A PAFF statement claimed the Poonch ambush.", "People's Anti-Fascist Front",
         "Kashmir: abbreviation"),
        ("Kashmir Tigers fighters attacked a patrol in Doda.", "Kashmir Tigers",
         "Kashmir: a front group"),
        ("UNLF cadres surrendered arms in Imphal East.", "UNLF: United National Liberation Front",
         "Manipur"),
        ("Police blamed PREPAK for the extortion killing.",
         "PREPAK: People's Revolutionary Party of Kangleipak", "Manipur"),
        ("MNLF fighters joined troops at the checkpoint in Sulu.",
         "MNLF: Moro National Liberation Front", "Mindanao"),
        ("The Baloch Nationalist Army claimed the blast on the railway line.",
         "Baloch Nationalist Army", "Balochistan"),
        ("Papuan separatist rebels torched a school in Intan Jaya.",
         "TPNPB: West Papua National Liberation Army", "Papua: descriptive name"),
        ("The Free Papua Organisation said it held the pilot.",
         "TPNPB: West Papua National Liberation Army", "Papua: OPM translated"),
    ],
)  # fmt: skip
def test_regional_armed_groups_are_named_by_their_common_names(lex, text, name, reason):
    assert name in _names(lex, text), reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Gunmen from a faction of the Sinaloa Cartel burned a ranch.", "Sinaloa Cartel",
         "gunmen from a faction of a cartel"),
        ("Militants belonging to a cell of the Islamic State fired on a bus.", "Islamic State",
         "a cell of a jihadist group"),
        ("Fighters from a splinter faction of the NSCN kidnapped a trader.", "NSCN",
         "a splinter faction"),
    ],
)  # fmt: skip
def test_men_from_a_faction_of_a_group_are_that_group(lex, text, name, reason):
    assert _names(lex, text) == [name], reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Six gunmen died in a gunfight between rival factions of the Gulf Clan in Uraba.",
         "a Colombian cartel fighting itself"),
        ("Armed men were killed in clashes among two warring factions of the Sinaloa Cartel.",
         "'among', 'warring'"),
    ],
)  # fmt: skip
def test_unnamed_men_in_infighting_between_factions_are_the_group(lex, text, reason):
    found = lex.find(text)
    assert len({m.actor for m in found}) == 1, reason
    assert found[0].actor.kind != "unidentified", reason


def test_gunmen_beside_a_group_that_does_not_fight_itself_stay_unnamed(lex):
    text = "Gunmen killed two traders, and police said the Gulf Clan controls the area."
    assert lex.find(text)[0].actor.kind == "unidentified"
