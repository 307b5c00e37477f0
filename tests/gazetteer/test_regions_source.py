"""ISO 3166-2 subdivisions as the iso3166_2 package ships them."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.sources.regions import _split_bracketed


@pytest.mark.parametrize(
    ("raw", "expected", "reason"),
    [
        ("Wales [Cymru GB-CYM]", ("Wales", ("Cymru",)), "second name and its code"),
        ("Catalunya [Cataluña]", ("Catalunya", ("Cataluña",)), "second name only"),
        ("Barcelona [Barcelona]", ("Barcelona", ()), "the same name twice"),
        ("Bābil", ("Bābil", ()), "no brackets"),
    ],
)
def test_bracketed_second_name_is_split_off(
    raw: str, expected: tuple[str, tuple[str, ...]], reason: str
) -> None:
    assert _split_bracketed(raw) == expected, reason


def test_nations_of_the_united_kingdom_are_found_by_name(default_gazetteer: Gazetteer) -> None:
    (wales,) = default_gazetteer.lookup("Wales", feature_classes=("A",), limit=1)
    assert wales.place.id == "iso3166-2:GB-WLS"
    assert default_gazetteer.lookup("Cymru", limit=1)[0].place.id == "iso3166-2:GB-WLS"
