"""An unattributed violent event inside a state force's operation is that force's."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.actors import countries_named


def _actor1(text: str) -> str | None:
    return extract_incidents(text, published="2025-03-10")[0].actor1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were killed on Sunday during a police operation against drug "
         "traffickers in the Mare complex of favelas in Rio de Janeiro.",
         "Police Forces of Brazil"),  # police, country from the place
        ("Two men died during an army raid on a village near Kismayo on Monday, residents "
         "said.", "Military Forces of Somalia"),  # army raid
        ("Four suspected militants were killed in a joint security operation near Bannu on "
         "Thursday, officials said.", "Military Forces of Pakistan"),  # "joint security"
        ("Three killed in Lagos police raid on suspected kidnappers' hideout\nPolice said "
         "three suspected kidnappers were shot dead on Tuesday.",
         "Police Forces of Nigeria"),  # a headline without an article
        # an attacker the sentence names stays the attacker
        ("Gunmen ambushed soldiers near Kismayo on Monday during a military sweep, killing "
         "four.", "Unidentified Armed Group"),
    ],
)  # fmt: skip
def test_operation_owner_fills_only_an_unnamed_perpetrator(text: str, expected: str) -> None:
    assert _actor1(text) == expected


def test_unnamed_forces_take_the_one_country_named_when_the_place_is_a_namesake() -> None:
    # "Bel Air" also names a district abroad; the report is datelined in Haiti
    text = (
        "PORT-AU-PRINCE, Haiti (AP) — A police spokesman said that a government task "
        "force drone strike had killed several gang members in Bel Air on Sunday."
    )
    assert _actor1(text) == "Military Forces of Haiti"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Clashes in South Sudan spilled into Sudan.", {"SS", "SD"}),  # both named
        ("Clashes in South Sudan's Upper Nile.", {"SS"}),  # not Sudan inside it
        ("Refugees crossed from Niger into Nigeria.", {"NE", "NG"}),
        ("A coup in Guinea-Bissau failed.", {"GW"}),  # not Guinea
        ("Nothing here names a country.", set()),
    ],
)
def test_countries_named_by_name(text: str, codes: set[str]) -> None:
    assert countries_named(text) == codes


def test_force_hit_during_its_own_operation_is_the_perpetrator_not_the_target() -> None:
    text = (
        "Five people were killed on Sunday during a police operation in the Mare complex "
        "of favelas in Rio de Janeiro. Officers came under fire from gunmen as they "
        "entered, police said."
    )
    first = extract_incidents(text, published="2025-03-10")[0]
    assert (first.actor1, first.actor2) == ("Police Forces of Brazil", None)
