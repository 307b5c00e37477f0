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
    ],
)
def test_generic_rebels_are_the_reports_one_named_rebel_group(gz, text, actor1, reason):
    assert _last_actor(text, gz) == actor1, reason


def test_module_exports_its_public_names():
    assert mapper.corefer.__all__ == ["generic_rebels"]
