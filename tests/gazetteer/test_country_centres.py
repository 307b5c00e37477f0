"""Country points: the centre a national survey publishes, from a checked table."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import GazetteerDataError
from gazetteer.sources.countries import load_surveyed_centres, read_centres

HEADER = "code,latitude,longitude,provenance\n"


@pytest.mark.parametrize(
    ("code", "lat", "lon", "reason"),
    [
        ("US", 39.83, -98.58, "contiguous US centre near Lebanon, Kansas, not 38N 97W"),
        ("CA", 62.40, -96.47, "Atlas of Canada's centre, south of Yathkyed Lake"),
        ("AU", -25.61, 134.35, "Lambert Gravitational Centre"),
    ],
)
def test_default_country_point_is_the_surveyed_centre(
    default_gazetteer: Gazetteer, code: str, lat: float, lon: float, reason: str
) -> None:
    place = default_gazetteer.countries()[code]
    assert (round(place.latitude, 2), round(place.longitude, 2)) == (lat, lon), reason


def test_bundled_centre_table_parses_and_names_only_countries() -> None:
    centres = load_surveyed_centres()
    assert {"US", "CA", "AU"} <= set(centres)
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in centres.values())


@pytest.mark.parametrize(
    ("row", "message", "value", "reason"),
    [
        ("USA,39.8,-98.6,survey\n", "not a country code", "USA", "three letters"),
        ("US,north,-98.6,survey\n", "latitude is not a number", "north", "a word for a number"),
        ("US,39.8,-198.6,survey\n", "longitude out of range", "-198.6", "beyond 180"),
        ("US,39.8,-98.6,\n", "no provenance", "US", "every point needs its source"),
    ],
)
def test_bad_centre_row_names_file_line_and_value(
    row: str, message: str, value: str, reason: str
) -> None:
    text = HEADER + "CA,62.4,-96.5,survey\n" + row
    with pytest.raises(GazetteerDataError) as info:
        read_centres(text, "centres.csv")
    err = str(info.value)
    assert message in err and "centres.csv:3:" in err and repr(value) in err, reason
