"""Namesakes abroad: weak readings of a name (another place's alternate, a spelling
that matches only without accents, a hamlet's common name) in a country the text gives
no sign of, far from its other places, are not kept."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import geoparse
from mapper.namesakes import drop_far_namesakes


def placed(text: str, gz: Gazetteer) -> dict[str, str | None]:
    """Name written -> country of its place, after the namesake rule."""
    resolved = [t for t in geoparse(text, gazetteer=gz) if t.resolved]
    return {
        t.name: t.candidate.place.country_code if t.candidate else None
        for t in drop_far_namesakes(resolved)
    }


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        (
            "Gunmen killed four farmers at Gara near Wukari, in Taraba State, police in "
            "Jalingo said.",
            "Gara",
            "a Hungarian hamlet of the name, 3,000 km from the Nigerian towns of the text",
        ),
        (
            "Herders attacked Ukum and Katsina-Ala, in Benue State, and fled towards Taraba.",
            "Ukum",
            "the Mexican Ukúm matches only without its accent",
        ),
        (
            "Gunmen ambushed a bus near Bambui and Ndop, outside Bamenda.",
            "Bambui",
            "the Brazilian Bambuí matches only without its accent",
        ),
        (
            "Troops shelled Liancourt, a suburb near Port-au-Prince and Kenscoff, gang "
            "sources said.",
            "Liancourt",
            "a French village of 7,000 in a text on two Haitian towns",
        ),
        (
            "Gangs torched homes in Homeland, a district of Cite Soleil in Port-au-Prince, "
            "and in Croix-des-Bouquets.",
            "Homeland",
            "a small US town whose name is a common word, in a text on Haiti",
        ),
    ],
)
def test_weak_namesake_far_abroad_is_not_kept(
    text: str, name: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    got = placed(text, default_gazetteer)
    assert name not in got, reason


@pytest.mark.parametrize(
    ("text", "name", "country", "reason"),
    [
        (
            "ELN fighters attacked a police post in El Tarra and another in Tibu, in Norte "
            "de Santander.",
            "El Tarra",
            "CO",
            "a hamlet in the country the text is about stays",
        ),
        (
            "Separatist fighters burned houses in Bali, near Bamenda, and clashed with "
            "troops at Ndop in Cameroon's North-West region.",
            "Bali",
            "CM",
            "the Cameroonian town of the name, not the island, and it stays",
        ),
        (
            "Police clashed with protesters in Camden, near Kumasi and Obuasi in Ghana's "
            "Ashanti region.",
            "Camden",
            "US",
            "a town of 76,000 under its own name is no hamlet: the rule does not fire",
        ),
    ],
)
def test_firm_or_local_readings_stay(
    text: str, name: str, country: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert placed(text, default_gazetteer).get(name) == country, reason


def test_two_hamlets_abroad_do_not_vouch_for_each_other(default_gazetteer: Gazetteer) -> None:
    # Two Mexican hamlets' names in a text on Ecuador: neither is a sign of Mexico.
    text = (
        "Police said members of Los Lobos shot two guards at El Rodeo farm before fleeing "
        "towards Portoviejo and Manta, in Manabí province."
    )
    got = placed(text, default_gazetteer)
    assert "MX" not in got.values(), got
