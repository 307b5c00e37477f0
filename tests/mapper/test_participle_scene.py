"""An event told in a participle clause (", killing two militants in an exchange of
fire") takes its place from the main clause before the comma, even when the main verb
("foiled", "intercepted") is no event word; a clause joined by "while" does not."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "location", "reason"),
    [
        (
            "Two killed in gunfight\nTroops foiled an infiltration bid in the Gurez sector of "
            "Bandipora district, killing two militants in an exchange of fire on Friday.",
            "Gurez",
            "a sector the gazetteer lacks, named inside a district it has",
        ),
        (
            "Rebels killed\nSoldiers intercepted a rebel column in the Kalehe territory of "
            "South Kivu, killing six fighters in an exchange of fire.",
            "Kalehe",
            "a Congolese territory the gazetteer lacks, inside its province",
        ),
    ],
)
def test_participle_event_takes_the_main_clause_place(text, location, reason):
    incidents = extract_incidents(text, published="2025-03-07")
    locations = [i.location for i in incidents]
    assert location in locations, (reason, locations)
    assert all(i.geo_precision < 4 for i in incidents), (reason, locations)


def test_clause_joined_by_while_keeps_its_own_place():
    text = (
        "Two killed in gunfight\nThe minister opened a school in Peshawar on Monday, while "
        "gunmen killed four men in an exchange of fire."
    )
    names = [i.place_name for i in extract_incidents(text, published="2025-03-07")]
    assert "Peshawar" not in names, names
