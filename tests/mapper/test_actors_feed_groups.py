"""Who did it, for the armed groups of real feeds: names as the press writes them,
descriptions that mean one group in one country, claims, agents after "by members of",
blame that falls on a feud, and each item of a two-item report keeping its own group."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.actors import ActorLexicon
from mapper.branches import local_branch


def _actors(text: str, gz) -> list[str | None]:
    return [i.actor1 for i in extract_incidents(text, published="2025-03-13", gazetteer=gz)]


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        (
            "Fighters of the Mouvement patriotique pour la Centrafrique attacked a "
            "gendarmerie post in Ndele on Sunday, local officials said.",
            "MPC: Central African Patriotic Movement",
            "a French name in sentence case, as French copy writes it",
        ),
        (
            "Communist rebels ambushed a police patrol in Catarman, Northern Samar, on "
            "Thursday, killing two officers.",
            "NPA: New People's Army",
            "communist rebels in the Philippines are the NPA",
        ),
        (
            "Communist insurgents killed a village headman in Bijapur district of "
            "Chhattisgarh on Friday, police said.",
            "Communist Party of India (Maoist)",
            "the same description in India is the CPI (Maoist)",
        ),
        (
            "Insurgents killed four fishermen near Mocimboa da Praia on Saturday, the "
            "Islamic State group said in a claim posted online.",
            "Islamic State Mozambique Province",
            "'said in a claim' claims the sentence's attack, for the local province",
        ),
        (
            "Militants stormed a military base in Malam Fatori on Sunday, the Islamic State "
            "group said in a claim on Telegram.",
            "Islamic State West Africa Province",
            "the same claim in Nigeria is ISWAP's",
        ),
        (
            "Three traders were abducted by members of the ELN near Saravena on Thursday, "
            "the army said.",
            "ELN: National Liberation Army",
            "the agent of a passive is the group its members belong to",
        ),
        (
            "A village chief was shot dead by fighters of the 3R near Bocaranga on Monday, "
            "residents said.",
            "3R: Return Reclamation and Rehabilitation",
            "'by fighters of' likewise, another country and verb",
        ),
        (
            "Gunmen killed five men at a bar in Tulua on Saturday. Police suspect the attack "
            "is linked to a turf war between rival gangs.",
            "Unidentified Armed Group",
            "a suspected turf war between gangs names no perpetrator of the shooting",
        ),
        (
            "Armed men shot dead six people at a car wash in Celaya on Sunday. Authorities "
            "suspect the massacre was linked to a feud between criminal groups.",
            "Unidentified Armed Group",
            "a feud between criminal groups likewise, with another verb and noun",
        ),
        (
            "Armed men shot dead six people in Tulua on Sunday. Police blamed the Los Lobos "
            "gang for the attack.",
            "Los Lobos",
            "blame on one named gang still names it",
        ),
        (
            "At least 12 villagers were hacked to death overnight in Oicha, in Beni "
            "territory, a local official said. The attackers, believed to belong to the "
            "ADF, fled into the forest.",
            "ADF: Allied Democratic Forces",
            "attackers 'believed to belong to' a group are coded to it, as ACLED codes them",
        ),
        (
            "Gunmen killed nine worshippers at a mosque near Tillaberi on Friday. The "
            "assailants, thought to be members of the Islamic State Sahel Province, "
            "escaped on motorbikes.",
            "Islamic State Sahel Province",
            "'thought to be members of' likewise, in another country",
        ),
        (
            "Gunmen killed nine worshippers at a mosque near Tillaberi on Friday. The "
            "assailants may have belonged to JNIM, officials said.",
            "Unidentified Armed Group",
            "a merely possible affiliation names nobody",
        ),
    ],
)
def test_feed_groups_are_coded_as_acled_names_them(default_gazetteer, text, actor1, reason):
    assert _actors(text, default_gazetteer)[-1] == actor1, reason


def test_an_item_naming_its_own_group_does_not_take_the_other_items_group(default_gazetteer):
    text = (
        "Arakan Army fighters captured a police post in Maungdaw on Monday. In Kyaukme, "
        "rebels attacked an army outpost on Tuesday in territory the TNLA controls, "
        "residents said."
    )
    assert _actors(text, default_gazetteer) == ["Arakan Army", "Unidentified Armed Group"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("members of the ELN guerrilla", "ELN: National Liberation Army"),  # singular noun
        ("the Coalition des patriotes pour le changement", "CPC: Coalition of Patriots for Change"),
        (
            "the Union pour la paix en Centrafrique",
            "UPC: Union for Peace in the Central African Republic",
        ),
    ],
)
def test_lexicon_reads_group_names_as_written(text, name):
    found = ActorLexicon.default().find(text)
    assert [m.actor.name for m in found] == [name]


@pytest.mark.parametrize(
    ("code", "branch"),
    [
        ("PH", "NPA: New People's Army"),
        ("IN", "Communist Party of India (Maoist)"),
        ("CO", None),  # no one communist insurgency there: the description stays generic
    ],
)
def test_communist_rebels_are_the_local_insurgency(code, branch):
    assert local_branch("Communist Rebels", code) == branch


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        (
            "Cartel gunmen ambushed a state police convoy near Apatzingan on Friday, killing "
            "three officers, the Michoacan security ministry said.",
            "Unidentified Armed Group",
            "unnamed cartel gunmen in Mexico are an unidentified armed group",
        ),
        (
            "Armed gangs stormed the village of Gidan Bawa in Zamfara State on Sunday, "
            "killing 14 farmers, residents said.",
            "Unidentified Armed Group",
            "armed gangs in north-west Nigeria likewise (ACLED's bandits)",
        ),
        (
            "Members of a criminal gang shot dead four men at a fishing port in Manta on "
            "Saturday, police said.",
            "Unidentified Armed Group",
            "a criminal gang in Ecuador likewise",
        ),
        (
            "Gang members opened fire on residents of Croix-des-Bouquets on Thursday, "
            "killing five people, a human rights group said.",
            "Unidentified Gang",
            "Haiti's gangs are coded as gangs",
        ),
    ],
)
def test_unnamed_gangs_are_gangs_only_where_acled_codes_them_so(
    default_gazetteer, text, actor1, reason
):
    assert _actors(text, default_gazetteer) == [actor1], reason


def test_a_guerrilla_group_named_first_in_a_clash_is_the_first_side(default_gazetteer):
    text = (
        "Fighters of the ELN guerrilla group and the Clan del Golfo clashed near Tibu on "
        "Saturday, forcing 200 families to flee, the ombudsman said."
    )
    found = extract_incidents(text, published="2025-03-13", gazetteer=default_gazetteer)
    assert [(i.actor1, i.actor2) for i in found] == [
        ("ELN: National Liberation Army", "Clan del Golfo")
    ]
