"""A sentence opening with a place sets the scene of an event it tells with no place."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "A roadside bomb killed two soldiers near Gao on Monday. In neighbouring "
            "Tombouctou, soldiers said they had arrested six suspected jihadists on Tuesday.",
            ["Gao", "Timbuktu"],
            "Sahel: arrests told after a fronted town, not at the country's point",
        ),
        (
            "Gunmen killed four farmers near Kaura on Sunday, police said. Elsewhere in "
            "Kaduna, police said they had arrested 12 suspects on Monday.",
            ["Kaura", "Kaduna"],
            "Nigeria: 'Elsewhere in X,' opens the clause of the arrest",
        ),
        (
            "Protesters blocked the highway in Sbeitla on Monday. In Kasserine, the "
            "governor said police had detained 14 people on Tuesday.",
            ["Sbeitla", "Kasserine"],
            "North Africa: the detentions are reported, the scene is the fronted town",
        ),
    ],
)
def test_placeless_event_takes_the_place_its_sentence_opens_with(
    text: str, expected: list[str], reason: str
) -> None:
    found = [i.place_name for i in extract_incidents(text, published="2026-03-04")]
    assert found == expected, reason


def test_a_place_later_in_the_sentence_does_not_set_the_scene() -> None:
    text = (
        "Gunmen killed four farmers near Kaura on Sunday, police said. Police said on "
        "Monday they had arrested 12 suspects, including two from Kaduna."
    )
    found = [i.place_name for i in extract_incidents(text, published="2026-03-04")]
    assert "Kaduna" not in found
