"""Geoparsing English news: recognition, context rules, resolution, relative expressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer
from mapper import InputError, Precision, geoparse

EXAMPLES = Path(__file__).parents[2] / "examples"


def places(text: str, gz: Gazetteer, **kw: object) -> list[tuple[str, str | None]]:
    return [
        (t.text, t.candidate.place.id if t.candidate else None)
        for t in geoparse(text, gazetteer=gz, **kw)
    ]


def test_finds_transliterated_names_with_particles(default_gazetteer: Gazetteer) -> None:
    found = places(
        "US forces struck sites in Jurf al-Sakhr and Al-Qaim on Wednesday.", default_gazetteer
    )
    assert found == [
        ("US", "geonames:6252001"),
        ("Jurf al-Sakhr", "curated:jurf-al-sakhr"),
        ("Al-Qaim", "geonames:92138"),
    ]


def test_sun_letter_articles_start_names_only_before_their_letter(
    default_gazetteer: Gazetteer,
) -> None:
    found = places(
        "An Najaf and As Sulaymaniyah were calm. As Amy said, it rained.", default_gazetteer
    )
    assert [t for t, _ in found] == ["An Najaf", "As Sulaymaniyah"]


def test_arabic_script_inside_english(default_gazetteer: Gazetteer) -> None:
    assert places("Residents of القائم said the strikes were heavy.", default_gazetteer) == [
        ("القائم", "geonames:92138")
    ]


def test_possessive_is_not_part_of_the_name(default_gazetteer: Gazetteer) -> None:
    (t,) = geoparse("Baghdad's airport was closed.", gazetteer=default_gazetteer)
    assert t.text == "Baghdad" and t.candidate.place.id == "geonames:98182"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Defense Secretary Lloyd Austin spoke on Monday.", "a person's surname"),
        ("Lloyd Austin arrived. Austin told reporters the base was safe.", "surname again"),
        ("Kelly said the talks failed.", "a person who speaks"),
        ("Qassem Soleimani was killed in January.", "a person, a month"),
        ("Kataib Hezbollah and the Popular Mobilisation Forces denied it.", "organisations"),
        ("The Pentagon said many people were hurt on Friday.", "ordinary words and a weekday"),
        ("A rocket hit the house. Hit by shrapnel, two men fled.", "the verb hit"),
        ("Iraqi and Syrian officials met.", "demonyms are not spans"),
    ],
)
def test_does_not_fire_on_people_organisations_and_words(
    default_gazetteer: Gazetteer, text: str, reason: str
) -> None:
    assert places(text, default_gazetteer) == [], reason


def test_town_named_like_a_word_is_found_after_a_preposition(
    default_gazetteer: Gazetteer,
) -> None:
    found = places("A rocket hit a house in Hit on Sunday.", default_gazetteer)
    assert found == [("Hit", "geonames:95788")]


def test_document_focus_picks_the_right_homonym(default_gazetteer: Gazetteer) -> None:
    iraq = places("Iraqi troops entered Hit and Ramadi after clashes in Anbar.", default_gazetteer)
    assert iraq[0] == ("Hit", "geonames:95788")


def test_country_bias_changes_an_ambiguous_choice(default_gazetteer: Gazetteer) -> None:
    plain = geoparse("Talks were held in Tripoli.", gazetteer=default_gazetteer)
    biased = geoparse("Talks were held in Tripoli.", gazetteer=default_gazetteer, country_bias="LB")
    assert plain[0].candidate.place.country_code == "LY"
    assert biased[0].candidate.place.country_code == "LB"


def test_containment_cue_selects_place_inside_named_region(default_gazetteer: Gazetteer) -> None:
    (t, region) = geoparse("Fighting in Tall Abyad, Raqqa province", gazetteer=default_gazetteer)
    assert region.text == "Raqqa province" and region.precision is Precision.REGION
    assert t.candidate.place.country_code == "SY"


def test_relative_distance_moves_the_point(default_gazetteer: Gazetteer) -> None:
    (t,) = geoparse("A car bomb exploded 20 km south of Baghdad.", gazetteer=default_gazetteer)
    assert t.text == "20 km south of Baghdad"
    assert t.precision is Precision.NEAR
    base = t.candidate.place
    assert t.longitude == pytest.approx(base.longitude, abs=0.01)
    assert t.latitude == pytest.approx(base.latitude - 20 / 111.2, abs=0.01)


@pytest.mark.parametrize(
    ("text", "span", "reason"),
    [
        ("Gunmen raided a village 30 km from Gao.", "30 km from Gao", "no bearing"),
        ("A convoy was ambushed 12 miles away from Kidal.", "12 miles away from Kidal", "miles"),
        ("A mine exploded 8 kilometres outside Mopti.", "8 kilometres outside Mopti", "outside"),
    ],
)
def test_a_distance_without_a_bearing_is_near_the_place_unmoved(
    default_gazetteer: Gazetteer, text: str, span: str, reason: str
) -> None:
    (t,) = geoparse(text, gazetteer=default_gazetteer)
    assert (t.text, t.precision) == (span, Precision.NEAR), reason
    assert (t.latitude, t.longitude) == (t.candidate.place.latitude, t.candidate.place.longitude)


def test_outskirts_and_regional_expressions(default_gazetteer: Gazetteer) -> None:
    found = geoparse(
        "Shelling hit the outskirts of Mosul and western Iraq.", gazetteer=default_gazetteer
    )
    assert [(t.text, t.precision) for t in found] == [
        ("the outskirts of Mosul", Precision.NEAR),
        ("western Iraq", Precision.REGION),
    ]
    iraq = found[1]
    assert iraq.longitude < iraq.candidate.place.longitude - 1.0  # moved west


def test_country_and_region_precision(default_gazetteer: Gazetteer) -> None:
    found = geoparse("Drones crossed from Syria into Anbar province.", gazetteer=default_gazetteer)
    assert [t.precision for t in found] == [Precision.COUNTRY, Precision.REGION]


def test_spans_resolve_exactly_the_given_spans(default_gazetteer: Gazetteer) -> None:
    text = "Clashes near Dayr az Zawr and in Raqqah."
    spans = [(13, 25), (33, 39)]
    found = geoparse(text, gazetteer=default_gazetteer, spans=spans)
    assert [(t.start, t.end) for t in found] == spans
    assert [t.candidate.place.country_code for t in found] == ["SY", "SY"]


def test_span_with_a_typo_is_resolved_fuzzily(default_gazetteer: Gazetteer) -> None:
    (t,) = geoparse("They reached Falujah.", gazetteer=default_gazetteer, spans=[(13, 20)])
    assert t.candidate is not None and t.candidate.place.id == "geonames:99454"


def test_unknown_span_is_unresolved_not_guessed(default_gazetteer: Gazetteer) -> None:
    (t,) = geoparse("We met at Xqzvtplk.", gazetteer=default_gazetteer, spans=[(10, 18)])
    assert t.candidate is None and not t.resolved


def test_empty_text_returns_nothing(default_gazetteer: Gazetteer) -> None:
    assert geoparse("", gazetteer=default_gazetteer) == []
    assert geoparse("   \n ", gazetteer=default_gazetteer) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"PK\x03\x04\x00\x00binary", "binary"), ("Erbil é".encode("latin-1"), "not UTF-8")],
)
def test_bad_bytes_give_a_clear_error(
    default_gazetteer: Gazetteer, data: bytes, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        geoparse(data, gazetteer=default_gazetteer)


@pytest.mark.parametrize(
    ("encoding", "reason"),
    [
        ("utf-8", "plain UTF-8"),
        ("utf-8-sig", "UTF-8 with a byte-order mark"),
        ("utf-16", "UTF-16 with its byte-order mark, as a file of it is read"),
    ],
)
def test_bytes_in_every_file_encoding_give_the_places_of_the_text(
    default_gazetteer: Gazetteer, encoding: str, reason: str
) -> None:
    text = "Shelling hit Erbil and Duhok on Monday."
    found = geoparse(text.encode(encoding), gazetteer=default_gazetteer)
    assert [t.text for t in found] == ["Erbil", "Duhok"], reason


def test_spans_outside_the_text_are_an_error(default_gazetteer: Gazetteer) -> None:
    with pytest.raises(InputError, match="outside the text"):
        geoparse("Mosul", gazetteer=default_gazetteer, spans=[(0, 50)])


def test_offsets_point_into_the_text_across_chunks(default_gazetteer: Gazetteer) -> None:
    filler = "Nothing happened here today. " * 1500  # about 43,000 characters: 3 chunks
    text = filler + "Fighting resumed in Mosul. " + filler + "Rockets hit Erbil."
    found = geoparse(text, gazetteer=default_gazetteer)
    assert [text[t.start : t.end] for t in found] == ["Mosul", "Erbil"]


def test_example_dispatch(default_gazetteer: Gazetteer) -> None:
    text = (EXAMPLES / "dispatch_iraq.txt").read_text(encoding="utf-8")
    ids = [t.candidate.place.id for t in geoparse(text, gazetteer=default_gazetteer) if t.candidate]
    for wanted in ("curated:jurf-al-sakhr", "geonames:92138", "icao:ORAA", "geonames:95788"):
        assert wanted in ids
    assert "geonames:4671654" not in ids  # Austin, Texas


def test_cli_geoparse_table_and_json(default_gazetteer: Gazetteer) -> None:
    import json

    from click.testing import CliRunner

    from mapper.cli import cli

    path = str(EXAMPLES / "dispatch_iraq.txt")
    result = CliRunner().invoke(cli, ["geoparse", path], obj={})
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].split()[:3] == ["text", "place", "id"]
    result = CliRunner().invoke(cli, ["geoparse", path, "--json"], obj={})
    data = json.loads(result.stdout)
    assert {"curated:jurf-al-sakhr", "icao:ORAA"} <= {d["place_id"] for d in data}
    assert all(d["precision"] in (1, 2, 3, 4) for d in data)


def test_cli_geoparse_binary_file_is_one_line_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mapper.cli import cli

    bad = tmp_path / "scan.txt"  # a PDF saved under a text name
    bad.write_bytes(b"%PDF-1.4\n\x00\x01\x02")
    result = CliRunner().invoke(cli, ["geoparse", str(bad)], obj={})
    assert result.exit_code == 3
    assert result.stderr.strip() == f"error: {bad}:2: binary data (NUL byte), not text"


def test_country_abbreviations_are_countries(default_gazetteer: Gazetteer) -> None:
    found = places("U.S. and UK officials met in the UAE.", default_gazetteer)
    assert found == [
        ("U.S.", "geonames:6252001"),
        ("UK", "geonames:2635167"),
        ("UAE", "geonames:290557"),
    ]


def test_demonym_given_as_span_resolves_to_its_country(default_gazetteer: Gazetteer) -> None:
    (t,) = geoparse("British troops left.", gazetteer=default_gazetteer, spans=[(0, 7)])
    assert t.candidate.place.id == "geonames:2635167"
    assert t.precision is Precision.COUNTRY


def test_continents_are_places(default_gazetteer: Gazetteer) -> None:
    (t,) = geoparse("Refugees crossed into Europe.", gazetteer=default_gazetteer)
    assert t.candidate.place.feature_code == "CONT"


def test_border_of_a_country_is_a_region_level_toponym(default_gazetteer: Gazetteer) -> None:
    found = geoparse("Al-Qaim lies near the Syrian border.", gazetteer=default_gazetteer)
    assert [(t.text, t.precision) for t in found] == [
        ("Al-Qaim", Precision.EXACT),
        ("the Syrian border", Precision.REGION),
    ]
    assert found[1].candidate.place.country_code == "SY"


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Gino D. Bassett on Friday. Bassett denied the charge.",
        "The trainer Saeed bin Suroor won again.",
        "As Amy B Wang reported, the talks ended.",
    ],
)
def test_names_of_people_and_bodies_are_not_places(default_gazetteer: Gazetteer, text: str) -> None:
    assert places(text, default_gazetteer) == []


@pytest.mark.parametrize(
    ("feature", "fallback", "expected"),
    [
        (("P", "PPL"), None, Precision.EXACT),  # a town is the place itself
        (("A", "PCLI"), None, Precision.COUNTRY),  # a country
        (("A", "ADM1"), None, Precision.REGION),  # a province
        (("L", "CONT"), None, Precision.REGION),  # a continent counts as a region
        (("P", "PPL"), "document", Precision.NEAR),  # a street put in the text's main town
    ],
)
def test_precision_of_a_chosen_place(feature, fallback, expected):
    from gazetteer import Candidate, MatchKind, Place

    place = Place("test:x", "X", 33.0, 44.0, feature[0], feature[1], "IQ")
    assert Precision.of(Candidate(place, 0.9, "X", MatchKind.EXACT, fallback)) is expected
    assert Precision.of(None) is Precision.EXACT


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Shells fell 1,200 km north of Baghdad.", 1200.0),  # comma + 3 digits: thousands
        ("Shells fell 25,000 km north of Baghdad.", None),  # beyond half the globe: no move
        ("Shells fell 2,5 km north of Baghdad.", 2.5),  # comma + 1 digit: decimal comma
        ("Shells fell 2.5 km north of Baghdad.", 2.5),  # decimal point
        ("Shells fell 99999999 km north of Baghdad.", None),  # no place lies that far
    ],
)
def test_relative_distance_reads_thousands_and_ignores_impossible_lengths(
    default_gazetteer: Gazetteer, text: str, km: float | None
) -> None:
    (t,) = geoparse(text, gazetteer=default_gazetteer)
    assert t.precision is Precision.NEAR
    base = t.candidate.place
    expected = base.latitude + (km or 0.0) / 111.2
    assert t.latitude == pytest.approx(expected, abs=0.05)
    assert t.longitude == pytest.approx(base.longitude, abs=0.05)
