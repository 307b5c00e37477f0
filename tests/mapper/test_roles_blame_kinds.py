"""Blame names the perpetrator of a generically labelled attack only when it fits the label,
and improvised drones are no evidence of the struck state's own air power."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


def _actors(text: str) -> list[str | None]:
    return [i.actor1 for i in extract_incidents(text, published="2025-03-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed gangs raided the market of Croix-des-Bouquets on Friday, killing four "
         "vendors. Police blamed the 400 Mawozo gang.", "400 Mawozo"),  # a gang named
        ("Gang members stormed the village of Cabaret on Saturday, shooting residents. A "
         "rights group blamed the Viv Ansanm gang coalition.", "Viv Ansanm"),
        # a jihadist group blamed for a clan raid is a rival account, not the raiders' name
        ("Clan militiamen attacked a camp near Galkayo on Monday, killing three people. "
         "Elders blamed al-Shabaab.", "Unidentified Clan Militia (Somalia)"),
        # blame on no named group leaves the label
        ("Gang members stormed the village of Cabaret on Saturday, killing 12 residents. "
         "Residents blamed other gangs.", "Unidentified Gang"),
    ],
)  # fmt: skip
def test_generic_label_gives_way_only_to_a_named_group_of_its_kind(
    text: str, expected: str
) -> None:
    assert _actors(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the soldiers named are victims; the drones are an armed group's
        ("Two soldiers were wounded in Ituri on Monday. Explosive-laden drones struck an "
         "army base near Bunia on Tuesday, killing three soldiers.", "Unidentified Armed Group"),
        ("Myanmar junta troops shelled villages. Drones rigged with grenades hit a junta "
         "outpost near Kawlin on Sunday, killing two soldiers.", "Unidentified Armed Group"),
        # a plain drone strike in a report naming the state's forces stays the state's
        ("Malian soldiers patrolled the area. A drone strike hit a market near Gao on "
         "Tuesday, killing five people.", "Military Forces of Mali"),
    ],
)  # fmt: skip
def test_improvised_drones_are_not_the_struck_states_own(text: str, expected: str) -> None:
    assert _actors(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a later count of the dead names the victims, not the attackers
        "Armed men stormed a Malian army position near Boni late on Wednesday, two security "
        "sources said. Initial reports spoke of at least five soldiers dead. By Friday, a "
        "military source said the number of soldiers killed had risen to eight.",
        "Gunmen on motorbikes overran a Nigerien army outpost near Tera on Sunday, officials "
        "said. Initial reports spoke of at least four soldiers dead. On Monday a military "
        "source said the number of soldiers killed had risen to seven.",
    ],
)
def test_counted_victims_never_become_the_perpetrator(text: str) -> None:
    assert _actors(text)[0] == "Unidentified Armed Group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers killed five militants near Tera on Sunday, the army said.",
         "Military Forces of Niger"),  # active, no number before: the soldiers act
        ("Two soldiers killed a militant near Tera on Sunday, the army said.",
         "Military Forces of Niger"),  # a number, but an object after the verb
    ],
)  # fmt: skip
def test_soldiers_with_an_object_stay_the_perpetrator(text: str, expected: str) -> None:
    assert _actors(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stopped a bus near Nekemte on Friday and abducted 14 passengers, relatives "
         "said. The regional government blamed the Oromo Liberation Army, which denied "
         "involvement.", "Unidentified Armed Group"),  # denial in the blame's sentence
        ("Gunmen stormed a village near Gao on Monday, killing nine herders. Officials "
         "blamed JNIM, which rejected any responsibility.", "Unidentified Armed Group"),
        # a denial of something else is no denial of the deed
        ("A bomb exploded at a police post in Suarez on Monday, wounding two officers. "
         "Officials blamed the Jaime Martinez front, a faction of FARC dissidents that "
         "rejected the 2016 peace deal.", "FARC Dissidents"),
        ("Gunmen stormed a village near Gao on Monday, killing nine herders. Officials "
         "blamed JNIM for the killings.", "JNIM: Group for Support of Islam and Muslims"),
    ],
)  # fmt: skip
def test_blame_denied_in_its_own_sentence_leaves_the_perpetrator_unidentified(
    text: str, expected: str
) -> None:
    assert _actors(text)[0] == expected
