"""Armed groups of active conflicts, their short names, and group nouns after a name."""

from __future__ import annotations

import pytest

from mapper.actors import ActorLexicon


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.default()


def _found(lex: ActorLexicon, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.name) for m in lex.find(text)]


@pytest.mark.parametrize(
    ("text", "words", "name", "reason"),
    [
        ("The 3R said it had withdrawn from Koui.", "3R",
         "3R: Return Reclamation and Rehabilitation", "the CAR group's usual short name"),
        ("Combatants of Retour, Réclamation et Réhabilitation burnt a market.",
         "Retour, Réclamation et Réhabilitation", "3R: Return Reclamation and Rehabilitation",
         "the French full name, commas ignored"),
        ("SPLM-N (al-Hilu) fighters shelled the outskirts of Dilling.",
         "SPLM-N (al-Hilu) fighters", "SPLM-N", "the faction named in brackets is the SPLM-N"),
        ("The AA seized another junta outpost in Rakhine.", "AA", "Arakan Army",
         "the Arakan Army's abbreviation"),
        ("Karen BGF troops clashed with the KNLA near Myawaddy.", "Karen BGF troops",
         "BGF: Border Guard Force", "the Karen Border Guard Force is its own armed group"),
        ("KCP cadres were arrested in Imphal West.", "KCP cadres",
         "Kangleipak Communist Party", "a Manipur insurgent group by its abbreviation"),
        ("ISS fighters attacked a Puntland base in the Cal Miskaad hills.", "ISS fighters",
         "Islamic State Somalia Province", "ACLED's short name for IS in Somalia"),
        ("Herders drove their cattle through the farms.", "Herders",
         "Unidentified Communal Militia", "'herders' as 'herdsmen': the same pastoralists"),
    ],
)  # fmt: skip
def test_conflict_groups_by_short_and_full_names(lex, text, words, name, reason):
    assert (words, name) in _found(lex, text), reason


@pytest.mark.parametrize(
    ("text", "words", "name", "reason"),
    [
        ("Fighters of the 3R armed group entered Bocaranga.", "3R armed group",
         "3R: Return Reclamation and Rehabilitation", "'armed group' after a name is that group"),
        ("The M23 rebel group took the hill above Sake.", "M23 rebel group",
         "M23: March 23 Movement", "'rebel group' after a name"),
        ("The TTP militant group denied involvement.", "TTP militant group",
         "Tehrik-i-Taliban Pakistan", "'militant group' after a name"),
        ("An Ansaru jihadist group cell was dismantled in Kaduna.", "Ansaru jihadist group",
         "Ansaru", "'jihadist group' after a name"),
    ],
)  # fmt: skip
def test_a_multiword_group_noun_after_a_name_stays_with_the_name(lex, text, words, name, reason):
    found = _found(lex, text)
    assert (words, name) in found, reason
    assert all(n != "Unidentified Armed Group" for _, n in found), (reason, found)


@pytest.mark.parametrize(
    "text",
    [
        "An armed group attacked the convoy.",  # no name before it: unnamed
        "The 3 rebels surrendered.",  # a number, not the 3R
    ],
)
def test_group_nouns_alone_name_no_group(lex, text):
    assert all(n in ("Unidentified Armed Group",) for _, n in _found(lex, text))
