"""Generic rebels who are the one rebel group a report names as a perpetrator."""

from __future__ import annotations

import pytest

import mapper.corefer
from mapper import extract_incidents


@pytest.fixture(scope="module")
def gz(default_gazetteer):
    return default_gazetteer


def _last_actor(text: str, gz) -> str | None:
    found = extract_incidents(text, published="2024-03-13", gazetteer=gz)
    return found[-1].actor1 if found else None


@pytest.mark.parametrize(
    ("text", "actor1", "reason"),
    [
        (
            "M23 rebels seized Rubaya on Monday after fighting the army. On Tuesday, "
            "rebels attacked an army post near Sake, the army said.",
            "M23: March 23 Movement",
            "generic rebels in a report about one named rebel group are that group",
        ),
        (
            "Arakan Army fighters captured a police post in Maungdaw on Monday. Insurgents "
            "also attacked an outpost near Buthidaung on Tuesday, residents said.",
            "Arakan Army",
            "'insurgents' likewise, with another verb and place",
        ),
        (
            "Rapid Support Forces fighters stormed the town of Tamboul on Friday, killing 12 "
            "residents. On Saturday the paramilitaries shot dead at least 20 villagers near "
            "Rufaa, activists said.",
            "Rapid Support Forces",
            "'the paramilitaries' in a report about one named paramilitary group",
        ),
        (
            "ELN fighters ambushed an army patrol near Saravena on Monday, killing two "
            "soldiers. On Tuesday guerrillas attacked a police station in Tame.",
            "ELN: National Liberation Army",
            "'guerrillas' likewise, in another country",
        ),
        (
            "M23 rebels seized Rubaya on Monday. ADF rebels killed 9 villagers in Beni. "
            "On Tuesday, rebels attacked a post near Sake, the army said.",
            "Unidentified Armed Group",
            "two named rebel groups: the generic rebels could be either",
        ),
        (
            "Gunmen attacked a village near Gao on Monday. Rebels later raided a market "
            "near Menaka, though the Azawad Liberation Front is only said to be active.",
            "Unidentified Armed Group",
            "a group no incident is attributed to is never the generic rebels' name",
        ),
        (
            "ISWAP fighters killed four soldiers in an attack on a base in Marte on Monday. "
            "On Wednesday the insurgents looted a market in Dikwa and set fire to stalls.",
            "Islamic State West Africa Province",
            "looting and burning by the generic insurgents is the named group's too",
        ),
        (
            "Insurgents beheaded three farmers in Muidumbe district of Cabo Delgado province "
            "on Friday. The Islamic State group claimed the killings. On Sunday the "
            "insurgents looted shops in Mocimboa da Praia, residents said.",
            "Islamic State Mozambique Province",
            "a claim by the Islamic State names its local province, which the incidents carry",
        ),
    ],
)
def test_generic_rebels_are_the_reports_one_named_rebel_group(gz, text, actor1, reason):
    assert _last_actor(text, gz) == actor1, reason


def test_a_generic_word_of_another_clause_names_no_perpetrator(gz):
    text = (
        "Rebels storm Bambari; two traders shot dead in Ippy\nCPC rebels stormed an army "
        "post in Bambari on Monday, residents said. The two traders in Ippy died of gunshot "
        "wounds, a local official said."
    )
    found = extract_incidents(text, published="2024-03-13", gazetteer=gz)
    actors = {i.place_name: i.actor1 for i in found}
    # "Rebels" is the subject of "storm", before the semicolon; the Ippy killers are unnamed
    assert actors.get("Ippy") == "Unidentified Armed Group", actors
    assert actors.get("Bambari") == "CPC: Coalition of Patriots for Change", actors


def test_module_exports_its_public_names():
    assert mapper.corefer.__all__ == ["generic_rebels"]
