"""Perpetrators named through a relative pronoun, a speaker's own fighters, or one side
of a clash."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


def _by_place(text: str, gz) -> dict[str | None, tuple[str | None, str | None]]:
    found = extract_incidents(text, published="2025-05-12", gazetteer=gz)
    return {i.place_name: (i.actor1, i.actor2) for i in found}


def _first_actor1_is(gz, text: str, actor1: str, reason: str) -> None:
    found = list(_by_place(text, gz).values())
    assert found, reason
    assert found[0][0] == actor1, (reason, found)


@pytest.mark.parametrize(
    ("text", "place", "actor1", "reason"),
    [
        ("Vigilantes fought off bandits who raided Kankara on Saturday night.", "Kankara",
         "Unidentified Armed Group", "'who raided': the bandits raided, not the vigilantes"),
        ("Troops repelled ISWAP fighters who attacked a base in Damboa on Monday.", "Damboa",
         "Islamic State West Africa Province", "'who attacked': the antecedent attacked"),
        ("Villagers chased away gunmen who had stormed a church in Kafanchan on Sunday.",
         "Kafanchan", "Unidentified Armed Group",
         "'who had stormed': villagers are never the perpetrator of the raid"),
        ("Soldiers pursued M23 rebels, who shelled Sake on Thursday.", "Sake",
         "M23: March 23 Movement", "a comma before 'who' does not cut the antecedent off"),
    ],
)  # fmt: skip
def test_a_relative_pronoun_before_the_cue_stands_for_the_actor_before_it(
    gz, text, place, actor1, reason
):
    found = _by_place(text, gz)
    assert place in found, (reason, found)
    assert found[place][0] == actor1, (reason, found)


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("The Karenni Nationalities Defence Force said its fighters had clashed with junta "
         "troops near Demoso on Sunday.", "Karenni Nationalities Defense Force",
         "'its fighters had clashed': the speaker's own men, with an auxiliary"),
        ("Al-Shabaab said its fighters had attacked an army base near Jowhar on Sunday.",
         "al-Shabaab", "a claim in the past perfect"),
        ("The Arakan Army said its troops have captured a junta outpost in Ann on Monday.",
         "Arakan Army", "a claim in the present perfect"),
        ("CAR: heavy fighting as 3R rebels attack army in Paoua",
         "3R: Return Reclamation and Rehabilitation",
         "a clash's one named armed group leads, not an unnamed side"),
        ("Fighting with al-Shabaab militants continued near Bulo Burde on Sunday.",
         "al-Shabaab", "'fighting with' the one group named"),
        ("Three soldiers who were ambushed near Mubi on Sunday died in hospital, police said.",
         "Unidentified Armed Group",
         "a passive relative clause ('who were ambushed'): the soldiers are the target"),
        ("Two vigilantes who were attacked near Lafia on Sunday died in hospital.",
         "Unidentified Armed Group", "a passive relative clause names no perpetrator"),
        ("Protesters clashed with police in Kisumu on Tuesday.", "Rioters (Kenya)",
         "the clash rule is for battles: police met by a crowd stay actor2"),
    ],
)  # fmt: skip
def test_a_speakers_own_men_and_the_one_group_named_in_a_clash_act_but_passive_subjects_do_not(
    gz, text, actor1, reason
):
    _first_actor1_is(gz, text, actor1, reason)


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("Gunmen ambushed a patrol near Djibo on Monday, killing six soldiers. JNIM said in "
         "a statement that it had killed eight soldiers.",
         "JNIM: Group for Support of Islam and Muslims",
         "an armed group saying it killed claims the attack told before"),
        ("Unidentified fighters stormed an army post near Djibo on Friday. The ISSP said "
         "through its Amaq agency that it had attacked the post.",
         "Islamic State Sahel Province", "'said ... that it had attacked': a claim"),
        ("Gunmen attacked a village near Gusau on Monday, killing six people. Police said "
         "they had killed two of the attackers.", "Unidentified Armed Group",
         "police saying they killed attackers report their own operation, no claim"),
    ],
)  # fmt: skip
def test_an_armed_group_saying_it_killed_claims_the_attack_but_the_state_does_not(
    gz, text, actor1, reason
):
    _first_actor1_is(gz, text, actor1, reason)
