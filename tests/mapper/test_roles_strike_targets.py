"""Who struck whom: troops hit by drones, descriptive labels named by a claim, infighting."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.roles import unnamed


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


def _actors(text: str, gz) -> list[tuple[str | None, str | None]]:
    found = extract_incidents(text, published="2025-09-15", gazetteer=gz)
    return [(i.actor1, i.actor2) for i in found]


@pytest.mark.parametrize(
    ("text", "not_actor1", "reason"),
    [
        ("Drones carrying explosives struck an army post in Saravena on Saturday, wounding three "
         "soldiers, Colombia's army said.",
         "Military Forces of Colombia", "the army speaks and is struck; its own drones did not"),
        ("A drone strike hit a military base outside Kidal on Sunday, wounding four soldiers, "
         "Mali's army said.",
         "Military Forces of Mali", "a base of the struck country's own forces"),
        ("A drone dropping grenades struck troops near Hpakant on Friday, Myanmar's military said.",
         "Military Forces of Myanmar", "'dropping grenades': an improvised drone"),
        ("Ukrainian officials said a drone strike hit Russian troops near Vovchansk on Monday.",
         "Military Forces of Russia", "the foreign forces named as the object were the target"),
    ],
)  # fmt: skip
def test_a_drone_strike_on_troops_is_not_their_own_forces_strike(gz, text, not_actor1, reason):
    found = _actors(text, gz)
    assert found, reason
    assert all(a1 != not_actor1 for a1, _ in found), reason


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        ("A drone strike by Russian forces hit a market in Kharkiv on Monday, killing three "
         "civilians.", "Military Forces of Russia", "the agent after 'by' stays the striker"),
        ("Sudanese army drones struck a market in Nyala on Tuesday, killing nine civilians.",
         "Military Forces of Sudan", "a strike on civilians by named state drones"),
    ],
)  # fmt: skip
def test_a_strike_by_named_forces_on_civilians_keeps_its_striker(gz, text, actor1, reason):
    assert [a1 for a1, _ in _actors(text, gz)][:1] == [actor1], reason


@pytest.mark.parametrize(
    ("label", "by", "expected", "reason"),
    [
        ("Separatist Rebels", "TPNPB: West Papua National Liberation Army", True,
         "a descriptive label gives way to the named group"),
        ("Former Regime Loyalists", "Islamic State", True, "another descriptive label"),
        ("Baloch Liberation Army", "Balochistan Liberation Front", False,
         "a named group never gives way"),
    ],
)  # fmt: skip
def test_descriptive_labels_give_way_to_a_named_group(label, by, expected, reason):
    assert unnamed(label, by=by) is expected, reason


def test_a_separatist_attack_claimed_by_a_named_group_is_coded_to_it(gz):
    text = (
        "Separatist rebels shot dead a construction worker in Sugapa, Intan Jaya, on "
        "Tuesday, police said. The TPNPB said in a statement that it had killed him."
    )
    assert [a1 for a1, _ in _actors(text, gz)] == ["TPNPB: West Papua National Liberation Army"]


@pytest.mark.parametrize(
    ("text", "actors", "reason"),
    [
        ("Five gunmen were killed in a shootout between rival factions of the Sinaloa Cartel "
         "in Navolato on Sunday.", ("Sinaloa Cartel", "Sinaloa Cartel"),
         "cartel infighting: the killed gunmen are the cartel's too"),
        ("Four fighters died in clashes between two rival factions of the NSCN near Mon on "
         "Saturday.", ("NSCN", None), "an insurgent group fighting itself, no other side"),
    ],
)  # fmt: skip
def test_infighting_between_factions_codes_the_group(gz, text, actors, reason):
    assert _actors(text, gz)[:1] == [actors], reason


@pytest.mark.parametrize(
    ("text", "actors", "reason"),
    [
        ("M23 rebels clashed with FARDC soldiers who were trying to retake Sake on Monday.",
         ("Military Forces of Democratic Republic of Congo", "M23: March 23 Movement"),
         "the army on the offensive, told from the rebels' side"),
        ("Al-Shabaab fighters clashed with Somali troops trying to enter Adan Yabaal on Friday.",
         ("Military Forces of Somalia", "al-Shabaab"), "troops trying to enter a town"),
        ("Somali troops clashed with al-Shabaab fighters near Adan Yabaal on Friday.",
         ("Military Forces of Somalia", "al-Shabaab"), "no side advancing: the subject leads"),
        ("Al-Shabaab fighters clashed with Somali troops near Adan Yabaal on Friday.",
         ("al-Shabaab", "Military Forces of Somalia"), "no side advancing: the subject leads"),
    ],
)  # fmt: skip
def test_the_advancing_side_of_a_clash_is_its_attacker(gz, text, actors, reason):
    assert _actors(text, gz)[:1] == [actors], reason
