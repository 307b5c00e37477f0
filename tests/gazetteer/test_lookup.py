"""Lookups, ranking, filters, geocoding and proximity on a small gazetteer built from
tests/data/mini_places.csv."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, MatchKind
from gazetteer.errors import InvalidQueryError, PlaceNotFound, UnknownCountryError

SPELLINGS = [
    ("Al-Qaim", "geonames:92138", MatchKind.EXACT, "listed alternate name"),
    ("al qa'im", "geonames:92138", MatchKind.EXACT, "case and apostrophe fold"),
    ("Al Qā’im", "geonames:92138", MatchKind.EXACT, "preferred name with macron"),
    ("al-Kaim", "geonames:92138", MatchKind.EXACT, "listed alternate, other hyphenation"),
    ("Qaim", "geonames:92138", MatchKind.NORMALISED, "article dropped"),
    ("القائم", "geonames:92138", MatchKind.EXACT, "Arabic script"),
    ("Fallujeh", "geonames:99454", MatchKind.NORMALISED, "final -eh as -ah"),
    ("Hewler", "geonames:95446", MatchKind.EXACT, "Kurdish, diacritic folded"),
    ("Deir az-Zor", "geonames:170794", MatchKind.NORMALISED, "article variant, Zor/Zawr"),
    ("Zaporizhia", "geonames:687700", MatchKind.EXACT, "listed Ukrainian variant"),
    ("Zaporizhzhya", "geonames:687700", MatchKind.NORMALISED, "zhzh and ya/ia"),
    ("Lashkargah", "geonames:1147290", MatchKind.EXACT, "listed joined form"),
    ("Lashkar-Gah", "geonames:1147290", MatchKind.EXACT, "hyphen as space"),
    ("Kismayo", "geonames:53157", MatchKind.EXACT, "listed Somali variant"),
    ("Kismaayoo", "geonames:53157", MatchKind.NORMALISED, "doubled vowels"),
    ("Qandahar", "geonames:1138958", MatchKind.EXACT, "q/k listed"),
    ("Kandahar Province", "geonames:1138958", MatchKind.NORMALISED, "generic word dropped"),
    ("Baghdadd", "geonames:98182", MatchKind.NORMALISED, "doubled letter typo"),
    ("Bagdhad", "geonames:98182", MatchKind.FUZZY, "transposed letters"),
    ("Alleppo", "geonames:170063", MatchKind.NORMALISED, "doubled letter folds"),
    ("Aleppp", "geonames:170063", MatchKind.FUZZY, "last letter replaced"),
    ("Mosol", "geonames:99072", MatchKind.NORMALISED, "o/u folded"),
    ("Homz", "geonames:169577", MatchKind.FUZZY, "one substitution, short name"),
]


@pytest.mark.parametrize(("query", "place_id", "match", "reason"), SPELLINGS)
def test_lookup_finds_place_under_spelling_variants(
    mini: Gazetteer, query: str, place_id: str, match: MatchKind, reason: str
) -> None:
    found = mini.lookup(query)
    assert found, reason
    assert found[0].place.id == place_id, reason
    assert found[0].match is match, reason
    assert 0.0 < found[0].score <= 1.0


def test_exact_match_outscores_normalised_match_of_same_place(mini: Gazetteer) -> None:
    exact = mini.lookup("Al-Qaim")[0]
    normalised = mini.lookup("Qaim")[0]
    assert exact.place.id == normalised.place.id
    assert exact.score > normalised.score


def test_lookup_ranks_bigger_place_first_among_homonyms(mini: Gazetteer) -> None:
    found = mini.lookup("Hit")
    assert [c.place.country_code for c in found] == ["IQ", "TR"]


def test_country_filter_accepts_code_alpha3_name_and_native_name(mini: Gazetteer) -> None:
    for country in ("TR", "tr", "Turkey", "Türkiye"):
        found = mini.lookup("Hit", country=country)
        assert [c.place.id for c in found] == ["supplement:hit-village-tr"], country


def test_unknown_country_is_an_error_naming_the_value(mini: Gazetteer) -> None:
    with pytest.raises(UnknownCountryError, match="Atlantis"):
        mini.lookup("Hit", country="Atlantis")


def test_feature_class_filter_keeps_only_those_classes(mini: Gazetteer) -> None:
    assert [c.place.id for c in mini.lookup("Iraq", feature_classes=["A"])] == ["geonames:99237"]
    assert mini.lookup("Iraq", feature_classes=["S"]) == []


def test_admin1_filter_matches_region_name_spellings(mini: Gazetteer) -> None:
    found = mini.lookup("Hit", admin1="Anbar")
    assert [c.place.id for c in found] == ["geonames:95788"]
    assert mini.lookup("Hit", admin1="Ninawa") == []


def test_limit_caps_results_and_must_be_positive(mini: Gazetteer) -> None:
    assert len(mini.lookup("Hit", limit=1)) == 1
    with pytest.raises(InvalidQueryError):
        mini.lookup("Hit", limit=0)


def test_fuzzy_can_be_switched_off(mini: Gazetteer) -> None:
    assert mini.lookup("Bagdhad", fuzzy=False) == []


def test_lookup_of_unknown_name_returns_nothing(mini: Gazetteer) -> None:
    assert mini.lookup("Xqzvtplk") == []


def test_codes_match_only_as_written(mini: Gazetteer) -> None:
    # ORAA is stored as an alias here (fixture rows have no code column), but codes
    # of the real data are matched case-sensitively; see test_default.
    assert mini.lookup("ORAA")[0].place.id == "icao:ORAA"


@pytest.mark.parametrize(
    "bad", ["", "   ", None, 42, b"Baghdad", "x" * 201], ids=lambda v: repr(v)[:12]
)
def test_invalid_names_raise_invalid_query(mini: Gazetteer, bad: object) -> None:
    with pytest.raises(InvalidQueryError):
        mini.lookup(bad)  # type: ignore[arg-type]


def test_invalid_query_error_is_also_a_value_error(mini: Gazetteer) -> None:
    with pytest.raises(ValueError):
        mini.lookup("")


def test_get_returns_place_and_unknown_id_raises(mini: Gazetteer) -> None:
    assert mini.get("geonames:95446").name == "Erbil"
    with pytest.raises(PlaceNotFound, match="geonames:1"):
        mini.get("geonames:1")


def test_place_not_found_is_also_a_lookup_error(mini: Gazetteer) -> None:
    with pytest.raises(LookupError):
        mini.get("nowhere:0")


def test_names_lists_preferred_name_first(mini: Gazetteer) -> None:
    names = mini.names("geonames:95446")
    assert names[0] == ("Erbil", "preferred")
    assert ("أربيل", "alternate") in names


def test_geocode_returns_best_candidate(mini: Gazetteer) -> None:
    best = mini.geocode("Arbil", country="Iraq")
    assert best is not None and best.place.id == "geonames:95446"
    assert best.fallback is None


def test_geocode_returns_none_for_unknown_name_without_region(mini: Gazetteer) -> None:
    assert mini.geocode("Xqzvtplk", country="IQ") is None


def test_nearby_orders_by_distance_and_respects_radius(mini: Gazetteer) -> None:
    near = mini.nearby(33.35, 44.0, 100, feature_classes=["P"])
    assert [n.place.id for n in near] == ["geonames:99454", "geonames:98182"]
    assert near[0].distance_km < near[1].distance_km <= 100
    assert all(n.place.id != "geonames:95788" for n in near)  # Hit is ~120 km away


def test_nearby_feature_class_filter_and_limit(mini: Gazetteer) -> None:
    near = mini.nearby(33.0, 44.0, 1000, feature_classes=["A"], limit=1)
    assert [n.place.id for n in near] == ["geonames:99237"]


@pytest.mark.parametrize(
    ("lat", "lon", "radius"), [(91, 0, 10), (0, 181, 10), (0, 0, -1), (0, 0, 1e6)]
)
def test_nearby_rejects_out_of_range_arguments(
    mini: Gazetteer, lat: float, lon: float, radius: float
) -> None:
    with pytest.raises(InvalidQueryError):
        mini.nearby(lat, lon, radius)


def test_nearby_across_the_antimeridian(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gazetteer.model import Place, PlaceRecord
    from gazetteer.store import Builder

    with Builder(tmp_path / "fiji.sqlite", workers=1) as b:
        b.add(
            [
                PlaceRecord(Place("test:east", "Eastside", -17.0, 179.9, "P", "PPL", "FJ")),
                PlaceRecord(Place("test:west", "Westside", -17.0, -179.9, "P", "PPL", "FJ")),
            ]
        )
        path = b.commit()
    gz = Gazetteer.open(path)
    assert {n.place.id for n in gz.nearby(-17.0, 179.95, 30)} == {"test:east", "test:west"}


def test_known_answers_a_batch_of_names_by_key(mini: Gazetteer) -> None:
    names = ["Al-Qaim", "al qa'im", "Lashkar-Gah", "Xqzvtplk", "", "ORAA"]
    assert mini.known(names) == {"Al-Qaim", "al qa'im", "Lashkar-Gah", "ORAA"}


def test_countries_lists_country_places_by_code(mini: Gazetteer) -> None:
    countries = mini.countries()
    assert set(countries) == {"IQ", "SY", "TR", "UA", "AF", "SO"}
    assert countries["IQ"].id == "geonames:99237"
