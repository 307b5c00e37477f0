"""geocode_table: ACLED columns, statuses, one lookup per distinct place, kept coordinates."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from gazetteer import Gazetteer
from mapper import InputError, geocode_table, read_table
from mapper.geocode_table import GEOCODE_COLUMNS, STATUSES

TABLES = Path(__file__).parents[1] / "data" / "tables"
EXAMPLES = Path(__file__).parents[2] / "examples"


def test_acled_columns_are_recognised_and_every_row_is_kept(mini: Gazetteer) -> None:
    df = read_table(TABLES / "acled_style.csv")
    gdf = geocode_table(df, gazetteer=mini)
    assert list(gdf["event_id_cnty"]) == ["T1", "T2", "T3", "T4", "T5", "T6"]
    assert list(gdf.columns) == [*df.columns, *GEOCODE_COLUMNS, "geometry"]
    assert list(gdf["geocode_status"]) == [
        "matched",  # Al-Qaim in Al Anbar
        "matched",  # القائم: the Arabic spelling of the same town
        "matched",  # Halab: an alternate name of Aleppo, no admin1
        "empty",  # no location: flagged, not guessed from admin1
        "unresolved",  # Wadi Nowhere in Anbar: the mini gazetteer has no Anbar region
        "unknown_country",  # Atlantis
    ]
    assert list(gdf["place_id"][:3]) == ["geonames:92138", "geonames:92138", "geonames:170063"]
    assert gdf.loc[0, "latitude"] == pytest.approx(34.39251)
    assert gdf.loc[0, "geometry"].x == pytest.approx(40.98945)
    assert gdf.loc[0, "matched_name"] == "Al Qā’im"
    assert gdf.loc[0, "geo_precision"] == 1
    assert 0.35 <= gdf.loc[0, "geocode_score"] <= 1.0
    for i in (3, 4, 5):
        assert gdf.loc[i, "geometry"] is None and pd.isna(gdf.loc[i, "latitude"])
        assert pd.isna(gdf.loc[i, "place_id"])
    assert gdf.crs.to_epsg() == 4326


def test_admin1_fallback_gives_the_region_at_precision_3(default_gazetteer: Gazetteer) -> None:
    df = pd.DataFrame({"location": ["Wadi Nowhere"], "country": ["Iraq"], "admin1": ["Anbar"]})
    row = geocode_table(df, gazetteer=default_gazetteer).iloc[0]
    assert row["geocode_status"] == "admin1_fallback"
    assert row["place_id"] == "iso3166-2:IQ-AN" and row["geo_precision"] == 3


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        ({"Location": ["Kiev"]}, "geonames:703448"),  # ACLED's name, any case
        ({"place_name": ["Kiev"]}, "geonames:703448"),  # a common alternative
        ({"town": ["Kiev"], "country_code": ["UA"]}, "geonames:703448"),  # with a country
        ({"City": ["Hit"], "Country": ["TR"]}, "supplement:hit-village-tr"),  # country steers
        ({"village": ["Hit"], "iso2": ["IQ"]}, "geonames:95788"),
        ({"where_coordinates": ["Homs"], "adm_1": ["Ḩimş"]}, "geonames:169577"),  # UCDP names
    ],
)
def test_column_names_are_recognised_without_options(
    mini: Gazetteer, columns: dict[str, list[str]], expected: str
) -> None:
    gdf = geocode_table(pd.DataFrame(columns), gazetteer=mini)
    assert gdf.loc[0, "place_id"] == expected


def test_explicit_columns_win(mini: Gazetteer) -> None:
    df = pd.DataFrame({"location": ["Hit"], "spot": ["Kandahar"], "land": ["AF"]})
    gdf = geocode_table(df, name_col="spot", country_col="land", gazetteer=mini)
    assert gdf.loc[0, "place_id"] == "geonames:1138958"


def test_no_name_column_lists_the_columns(mini: Gazetteer) -> None:
    df = pd.DataFrame({"where": ["Hit"], "when": ["2024"]})
    message = r"no place-name column among where, when; expected one of location"
    with pytest.raises(InputError, match=message):
        geocode_table(df, gazetteer=mini)


def test_missing_named_column_is_named(mini: Gazetteer) -> None:
    df = read_table(TABLES / "places.tsv")
    with pytest.raises(InputError, match=r"places\.tsv: no admin1 column 'province'"):
        geocode_table(df, admin1_col="province", gazetteer=mini)


class CountingGazetteer:
    """Wraps a gazetteer and counts geocode calls."""

    def __init__(self, inner: Gazetteer) -> None:
        self.inner = inner
        self.calls: list[tuple[str, str | None, str | None]] = []

    def geocode(self, name: str, *, country: str | None = None, admin1: str | None = None):
        self.calls.append((name, country, admin1))
        return self.inner.geocode(name, country=country, admin1=admin1)


def test_each_distinct_place_is_looked_up_once(mini: Gazetteer) -> None:
    df = pd.DataFrame(
        {
            "location": ["Mosul", " Mosul ", "Mosul", "Mosul", "Erbil"],
            "country": ["Iraq", "Iraq", "Iraq", "IQ", "Iraq"],
        }
    )
    counting = CountingGazetteer(mini)
    gdf = geocode_table(df, gazetteer=counting)  # type: ignore[arg-type]
    assert sorted(counting.calls) == [
        ("Erbil", "Iraq", None),
        ("Mosul", "IQ", None),  # a different spelling of the country is another key
        ("Mosul", "Iraq", None),  # padded and repeated names share one lookup
    ]
    assert set(gdf["place_id"][:4]) == {"geonames:99072"}


def test_progress_reports_each_distinct_lookup(mini: Gazetteer) -> None:
    seen: list[tuple[int, int]] = []
    df = pd.DataFrame({"location": ["Hit", "Hit", "Gao-not-here", "Kyiv"]})
    geocode_table(df, gazetteer=mini, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_existing_coordinates_are_kept_and_checked(mini: Gazetteer) -> None:
    df = pd.DataFrame(
        {"location": ["Hit", "Erbil"], "latitude": [None, 36.0], "longitude": [None, 44.0]}
    )
    gdf = geocode_table(df, gazetteer=mini)
    assert list(gdf["geocode_status"]) == ["matched", "kept"]
    assert (gdf.loc[1, "latitude"], gdf.loc[1, "longitude"]) == (36.0, 44.0)
    again = geocode_table(df, gazetteer=mini, overwrite=True)
    assert list(again["geocode_status"]) == ["matched", "matched"]
    assert again.loc[1, "latitude"] == pytest.approx(36.19117)


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        ("91.5", "43.1", r"lat '91\.5' is outside \[-90, 90\]"),  # beyond the pole
        ("33.1", "-181", r"lon '-181' is outside \[-180, 180\]"),
        ("33.1", "east", r"lon 'east' is not a number"),
        ("nan", "44", r"lat 'nan' is not a number"),  # NaN written out is not a coordinate
    ],
)
def test_bad_existing_coordinates_name_the_row_and_value(
    mini: Gazetteer, lat: str, lon: str, message: str
) -> None:
    df = pd.DataFrame({"place": ["Hit", "Erbil"], "lat": ["33.6", lat], "lon": ["42.8", lon]})
    with pytest.raises(InputError, match=r"row 2: " + message):
        geocode_table(df, gazetteer=mini)


def test_bad_coordinates_from_a_file_name_the_file_line(mini: Gazetteer) -> None:
    df = read_table(TABLES / "out_of_range.csv")
    with pytest.raises(InputError, match=r"out_of_range\.csv:4: lat 91\.5 is outside"):
        geocode_table(df, gazetteer=mini)


def test_every_status_is_documented(mini: Gazetteer) -> None:
    gdf = geocode_table(read_table(TABLES / "acled_style.csv"), gazetteer=mini)
    assert set(gdf["geocode_status"]) <= set(STATUSES)


def test_example_log_is_geocoded_with_the_default_gazetteer(default_gazetteer: Gazetteer) -> None:
    gdf = geocode_table(read_table(EXAMPLES / "incident_log.csv"), gazetteer=default_gazetteer)
    counts = gdf["geocode_status"].value_counts().to_dict()
    assert counts == {"matched": 20, "admin1_fallback": 1, "empty": 1}
    by_location = gdf.set_index("location")
    assert by_location.loc["Kharkov", "matched_name"] == "Kharkiv"  # an old spelling
    assert by_location.loc["al-Kaim", "place_id"] == by_location.loc["Al Qa'im", "place_id"]


def test_io_names_are_public() -> None:
    import mapper

    for name in (
        "geocode_table",
        "read_table",
        "read_articles",
        "write_incidents",
        "read_incident_table",
        "Article",
        "OutputError",
        "InputWarning",
    ):
        assert name in mapper.__all__ and hasattr(mapper, name), name
