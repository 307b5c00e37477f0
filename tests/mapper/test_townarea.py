"""A region that only says where "the town" lies is not a place of its own."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from mapper import extract_incidents, geoparse
from mapper.townarea import drop_town_areas


def kept_names(text: str, gz: Gazetteer) -> set[str]:
    resolved = [t for t in geoparse(text, gazetteer=gz) if t.resolved]
    return {t.text for t in drop_town_areas(resolved, text)}


@pytest.mark.parametrize(
    ("text", "region", "reason"),
    [
        (
            "A grenade wounded two guards at a bank in Kananga on Monday. It was the "
            "second attack this month on the city, in Kasai-Central province.",
            "Kasai-Central province",
            "'the city, in' a province: the area of the city named before",
        ),
        (
            "Police fired tear gas at a march in Valence on Saturday. Clashes are rare in "
            "the town in the Drome department, residents said.",
            "Drome",
            "'the town in the ... department' after the town",
        ),
        (
            "Two policemen were stabbed in Sfax on Friday night. Tensions have risen in "
            "this city of the Sfax governorate for months.",
            "Sfax governorate",
            "'this city of' a governorate",
        ),
    ],
)
def test_region_after_the_town_is_dropped(
    text: str, region: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert region not in kept_names(text, default_gazetteer), reason


@pytest.mark.parametrize(
    ("text", "region", "reason"),
    [
        (
            "Militants attacked the town in Borno State on Monday, the army said.",
            "Borno State",
            "no town named before: the region is the only place given",
        ),
        (
            "Gunmen killed three farmers in Kaura on Sunday. In Kaduna State, troops "
            "rescued twelve hostages.",
            "Kaduna State",
            "a region named for itself, not after 'the town'",
        ),
    ],
)
def test_region_not_qualifying_a_named_town_is_kept(
    text: str, region: str, reason: str, default_gazetteer: Gazetteer
) -> None:
    assert region in kept_names(text, default_gazetteer), reason


def test_shooting_told_again_in_the_town_is_not_coded_at_its_department() -> None:
    text = (
        "Man shot dead in Valence\nA man was shot dead on Friday evening in Valence, "
        "the prosecutor said. It was the second shooting this month in the town in the "
        "Drome department."
    )
    locations = {i.location for i in extract_incidents(text, published="2026-05-09")}
    assert "Drome" not in locations
