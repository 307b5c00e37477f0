"""Munitions shot down in bulk over a region are no incident there, unless the
sentence tells harm on the ground."""

from __future__ import annotations

import pytest

from mapper import extract_incidents
from mapper.events import find_events
from mapper.intercepted import interception


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        (
            "The ministry said air defences shot down 30 drones over the Oryol and Tula regions.",
            True,
            "a bulk tally over regions",
        ),
        (
            "Twelve rockets were intercepted over the Galilee overnight, the army said.",
            True,
            "passive voice: the munitions are the subject",
        ),
        (
            "Saudi air defences destroyed six ballistic missiles fired towards Jazan.",
            True,
            "'destroyed' with plural munitions",
        ),
        (
            "Debris from drones shot down over Tula set a fuel depot ablaze.",
            False,
            "falling debris is harm on the ground",
        ),
        (
            "Air defences downed nine drones over Odesa, but one hit a port warehouse.",
            False,
            "one got through and struck",
        ),
        (
            "Rebels shot down an army helicopter over Kidal.",
            False,
            "a single aircraft brought down may be an event of its own",
        ),
        ("Troops destroyed a rebel base near Beni.", False, "no munition intercepted"),
    ],
)
def test_interception_needs_plural_munitions_and_no_harm(
    sentence: str, expected: bool, reason: str
) -> None:
    found = any(interception(sentence, 0, len(sentence), e) for e in find_events(sentence))
    assert found is expected, reason


def test_interception_tally_codes_no_incident_but_the_strike_beside_it_does() -> None:
    text = (
        "Drone kills two in Sumy\nA Russian drone struck a bus in Sumy on Monday, killing "
        "two passengers, the regional governor said. Russia's defence ministry said its air "
        "defences had shot down 51 Ukrainian drones overnight over Oryol, Tula and the Sea "
        "of Azov."
    )
    locations = [i.location for i in extract_incidents(text, published="2025-06-03")]
    assert any("Sumy" in loc for loc in locations), locations
    assert not any(n in loc for loc in locations for n in ("Oryol", "Tula", "Azov")), locations
