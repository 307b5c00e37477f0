"""The agent of a device's passive placing ("the mine was laid by X") is the bomber."""

from __future__ import annotations

import pytest

from mapper import extract_incidents


def _actors(text: str) -> list[str | None]:
    return [i.actor1 for i in extract_incidents(text, published="2026-02-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the placing told in a later clause of the blast's sentence, after a speech verb
        ("Two soldiers were injured on Monday when a roadside IED went off near Dantewada "
         "in Chhattisgarh, police said, adding that the device had been planted by Maoists.",
         "Communist Party of India (Maoist)"),
        # "laid" for a mine, a second clause after a semicolon
        ("A bus hit a landmine near Kadugli in South Kordofan on Sunday, killing four "
         "passengers; officials said the mine was laid by the SPLM-N.", "SPLM-N"),
        # plural device noun with "were planted"
        ("Three soldiers were hurt when a roadside bomb exploded near Mopti in Mali on "
         "Monday; the army said the explosives were planted by JNIM.",
         "JNIM: Group for Support of Islam and Muslims"),
        # a hedged placing names nobody
        ("Three soldiers were hurt when a roadside bomb exploded near Mopti in Mali on "
         "Monday; the army said the explosives may have been planted by JNIM.",
         "Unidentified Armed Group"),
    ],
)  # fmt: skip
def test_device_placed_by_a_group_names_the_bomber(text: str, expected: str) -> None:
    assert _actors(text)[0] == expected
