"""geopy compatibility: geopandas.tools.geocode answers offline with OfflineGeocoder."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.geocoder import OfflineGeocoder


def test_geocode_returns_geopy_location_with_raw_place(mini_path: Path) -> None:
    geo = OfflineGeocoder(path=mini_path)
    loc = geo.geocode("Al-Qaim")
    assert loc is not None
    assert (round(loc.latitude, 3), round(loc.longitude, 3)) == (34.393, 40.989)
    assert loc.raw["id"] == "geonames:92138"
    assert loc.raw["match"] == "exact"
    assert geo.geocode("Xqzvtplk") is None


def test_geocode_many_and_country_default(mini_path: Path) -> None:
    geo = OfflineGeocoder(path=mini_path, country="TR")
    assert geo.geocode("Hit").raw["id"] == "supplement:hit-village-tr"
    many = OfflineGeocoder(path=mini_path).geocode("Hit", exactly_one=False)
    assert [loc.raw["country_code"] for loc in many] == ["IQ", "TR"]


def test_reverse_gives_nearest_populated_place(mini_path: Path) -> None:
    loc = OfflineGeocoder(path=mini_path).reverse((33.36, 44.38))
    assert loc.raw["id"] == "geonames:98182"
    assert loc.raw["distance_km"] < 5


def test_geopandas_geocode_uses_it_as_provider(mini_path: Path) -> None:
    geopandas = pytest.importorskip("geopandas", reason="geopandas is in the test extra")
    gdf = geopandas.tools.geocode(
        ["Erbil", "Fallujah", "Xqzvtplk"], provider=OfflineGeocoder, path=mini_path
    )
    assert gdf.crs.to_epsg() == 4326
    assert round(gdf.geometry.iloc[0].x, 2) == 44.01
    assert gdf.geometry.iloc[2].is_empty
    assert gdf["address"].iloc[1].startswith("Al Fallūjah")
