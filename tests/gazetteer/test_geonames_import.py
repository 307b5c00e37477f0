"""Reading GeoNames dumps and importing them into a gazetteer file."""

from __future__ import annotations

import itertools
import random
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gazetteer.errors import GazetteerDataError, GazetteerFileError
from gazetteer.model import Place, PlaceRecord
from gazetteer.normalize import name_key
from gazetteer.sources import geonames
from gazetteer.sources.geonames import (
    CountryInfo,
    import_geonames,
    read_admin1_codes,
    read_alternate_names,
    read_country_info,
    read_geonames,
)
from gazetteer.store import KIND_ALTERNATE, KIND_CODE, KIND_PREFERRED, Builder, Store, code_name

DATA = Path(__file__).parents[1] / "data" / "geonames"
PLACES = DATA / "iq_sy.txt"
ALTNAMES = DATA / "alternateNamesV2.txt"
ADMIN1 = DATA / "admin1CodesASCII.txt"
COUNTRIES = DATA / "countryInfo.txt"
SHARED = Path(__file__).parents[2].parent / "shared" / "data" / "geonames"

N_PLACES = 39


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def _write_zip(path: Path, members: dict[str, bytes], *, stored: bool = False) -> Path:
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith((".sqlite", ".building")))


def _replace_field(line_no: int, col: int, value: bytes) -> Callable[[list[bytes]], None]:
    def mutate(lines: list[bytes]) -> None:
        fields = lines[line_no - 1].rstrip(b"\n").split(b"\t")
        fields[col] = value
        lines[line_no - 1] = b"\t".join(fields) + b"\n"

    return mutate


def _drop_column(line_no: int) -> Callable[[list[bytes]], None]:
    def mutate(lines: list[bytes]) -> None:
        fields = lines[line_no - 1].rstrip(b"\n").split(b"\t")
        lines[line_no - 1] = b"\t".join(fields[:-1]) + b"\n"

    return mutate


def _bad_utf8(line_no: int) -> Callable[[list[bytes]], None]:
    def mutate(lines: list[bytes]) -> None:
        lines[line_no - 1] = lines[line_no - 1].replace(b"Karkuk", b"Kark\xffk")

    return mutate


@pytest.fixture(scope="module")
def gazetteer_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gaz") / "geonames.sqlite"
    return import_geonames(
        out,
        [PLACES],
        alternate_names=ALTNAMES,
        admin1_codes=ADMIN1,
        country_info=COUNTRIES,
    )


@pytest.fixture(scope="module")
def store(gazetteer_file: Path) -> Iterator[Store]:
    s = Store(gazetteer_file)
    yield s
    s.close()


def _ids_for(store: Store, name: str) -> set[str]:
    return {place.id for place, _, _ in store.names_for_key(name_key(name))}


# -- reading -----------------------------------------------------------------------------


def test_read_geonames_yields_every_row_as_a_typed_record() -> None:
    records = list(read_geonames(PLACES))
    assert len(records) == N_PLACES
    first = records[0]
    assert isinstance(first, PlaceRecord)
    assert first.place == Place(
        id="geonames:98182",
        name="Baghdad",
        latitude=33.34058,
        longitude=44.40088,
        feature_class="P",
        feature_code="PPLC",
        country_code="IQ",
        admin1_code="07",
        admin1_name=None,
        population=7216000,
        source="geonames-dump:iq_sy.txt",
    )
    assert first.names[:2] == ("Baghdad", "Baghdad")
    assert "بغداد" in first.names


def test_read_geonames_sets_admin1_name_from_codes() -> None:
    admin1 = read_admin1_codes(ADMIN1)
    by_id = {r.place.id: r.place for r in read_geonames(PLACES, admin1_names=admin1)}
    assert by_id["geonames:99071"].admin1_name == "Bābil"  # Al Hillah
    assert by_id["geonames:170654"].admin1_name == "Damascus"


def test_read_geonames_maps_empty_country_code_to_none() -> None:
    by_id = {r.place.id: r.place for r in read_geonames(PLACES, countries={"IQ", "SY"})}
    gulf = by_id["geonames:1000001"]
    assert gulf.country_code is None
    assert gulf.admin1_name is None


def test_read_geonames_reads_zip_and_ignores_readme(tmp_path: Path) -> None:
    z = _write_zip(
        tmp_path / "IQ.zip",
        {"readme.txt": b"GeoNames readme\n", "IQ.txt": PLACES.read_bytes()},
    )
    from_zip = [r.place for r in read_geonames(z)]
    from_txt = [r.place for r in read_geonames(PLACES)]
    assert [p.id for p in from_zip] == [p.id for p in from_txt]
    assert from_zip[0].source == "geonames-dump:IQ.zip"


def test_read_geonames_finds_the_single_data_member_of_an_oddly_named_zip(tmp_path: Path) -> None:
    z = _write_zip(
        tmp_path / "download.zip", {"readme.txt": b"x\n", "data.txt": PLACES.read_bytes()}
    )
    assert sum(1 for _ in read_geonames(z)) == N_PLACES


def test_read_geonames_rejects_zip_with_two_data_members(tmp_path: Path) -> None:
    z = _write_zip(tmp_path / "both.zip", {"a.txt": b"", "b.txt": b""})
    with pytest.raises(GazetteerDataError, match=r"both\.zip.*expected one data file"):
        list(read_geonames(z))


def test_read_geonames_accepts_crlf_line_ends_and_trailing_line_without_newline(
    tmp_path: Path,
) -> None:
    text = PLACES.read_bytes().replace(b"\n", b"\r\n").rstrip(b"\r\n")
    p = tmp_path / "crlf.txt"
    p.write_bytes(text)
    places = [r.place for r in read_geonames(p)]
    assert len(places) == N_PLACES
    assert places[-1].name == "Persian Gulf"


def test_read_geonames_is_independent_of_block_boundaries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whole = [r.place for r in read_geonames(PLACES)]
    monkeypatch.setattr(geonames, "_BLOCK_BYTES", 7)  # every line spans several blocks
    assert [r.place for r in read_geonames(PLACES)] == whole


def test_read_geonames_reports_the_right_line_across_small_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = _lines(PLACES)
    _replace_field(31, 4, b"95")(lines)
    bad = tmp_path / "late.txt"
    bad.write_bytes(b"".join(lines))
    monkeypatch.setattr(geonames, "_BLOCK_BYTES", 64)
    with pytest.raises(GazetteerDataError, match=r"late\.txt:31: coordinates out of range"):
        list(read_geonames(bad))


@pytest.mark.parametrize("packed", [False, True], ids=["txt", "zip"])
def test_read_geonames_streams_in_memory_far_below_file_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, packed: bool
) -> None:
    rows = PLACES.read_text(encoding="utf-8").splitlines()
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as fh:
        for copy in range(400):  # ~2 MB: 15,600 rows with distinct ids
            for row in rows:
                gid, rest = row.split("\t", 1)
                fh.write(f"{copy}{gid}\t{rest}\n")
    path = _write_zip(tmp_path / "big.zip", {"big.txt": big.read_bytes()}) if packed else big
    size = big.stat().st_size
    monkeypatch.setattr(geonames, "_BLOCK_BYTES", 16 * 1024)
    tracemalloc.start()
    try:
        n = sum(1 for _ in read_geonames(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 400 * N_PLACES
    # measured: ~180 kB (txt) and ~250 kB (zip), the same for 1, 2 and 8 MB files
    assert size > 2_000_000
    assert peak < 600_000, f"peak {peak} bytes while reading {size} bytes"


def test_read_geonames_missing_file_raises_file_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerFileError, match=r"nope\.txt"):
        list(read_geonames(tmp_path / "nope.txt"))


# (reason, mutation, line at fault, message fragment)
BAD_ROWS = [
    ("a column is missing", _drop_column(5), 5, "expected 19 tab-separated columns, found 18"),
    ("latitude beyond the pole", _replace_field(7, 4, b"95"), 7, "coordinates out of range"),
    ("longitude beyond the antimeridian", _replace_field(8, 5, b"-181.5"), 8, "out of range"),
    ("latitude NaN", _replace_field(9, 4, b"nan"), 9, "coordinates out of range"),
    ("latitude is a word", _replace_field(10, 4, b"north"), 10, "latitude is not a number"),
    ("geonameid with letters", _replace_field(11, 0, b"89x33"), 11, "geonameid is not a"),
    ("negative geonameid", _replace_field(12, 0, b"-5"), 12, "geonameid is not a"),
    ("population is text", _replace_field(13, 14, b"many"), 13, "population is not a"),
    ("Latin-1 byte in a name", _bad_utf8(5), 5, "not valid UTF-8 (invalid start byte)"),
]


@pytest.mark.parametrize(
    ("mutate", "line", "fragment"),
    [pytest.param(m, n, f, id=reason) for reason, m, n, f in BAD_ROWS],
)
def test_import_rejects_bad_row_naming_file_and_line_and_leaves_no_output(
    tmp_path: Path, mutate: Callable[[list[bytes]], None], line: int, fragment: str
) -> None:
    lines = _lines(PLACES)
    mutate(lines)
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"".join(lines))
    out = tmp_path / "out.sqlite"
    with pytest.raises(GazetteerDataError) as info:
        import_geonames(out, [bad], admin1_codes=ADMIN1)
    message = str(info.value)
    assert f"broken.txt:{line}:" in message
    assert fragment in message
    assert info.value.line == line
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_import_rejects_unknown_country_when_country_info_given(tmp_path: Path) -> None:
    lines = _lines(PLACES)
    _replace_field(14, 8, b"ZZ")(lines)
    bad = tmp_path / "cc.txt"
    bad.write_bytes(b"".join(lines))
    out = tmp_path / "out.sqlite"
    with pytest.raises(
        GazetteerDataError, match=r"cc\.txt:14: unknown country code \(value: 'ZZ'\)"
    ):
        import_geonames(out, [bad], country_info=COUNTRIES)
    assert not out.exists()
    # without country info the same file is accepted: the code is not checked
    assert sum(1 for _ in read_geonames(bad)) == N_PLACES


def test_import_rejects_binary_garbage_naming_file_and_line(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(random.Random(7).randbytes(20_000))
    out = tmp_path / "out.sqlite"
    with pytest.raises(GazetteerDataError, match=r"garbage\.txt:\d+: "):
        import_geonames(out, [garbage])
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_import_rejects_truncated_zip_naming_file(tmp_path: Path) -> None:
    whole = _write_zip(tmp_path / "IQ.zip", {"IQ.txt": PLACES.read_bytes()}).read_bytes()
    cut = tmp_path / "cut" / "IQ.zip"
    cut.parent.mkdir()
    cut.write_bytes(whole[: len(whole) // 2])
    out = tmp_path / "out.sqlite"
    with pytest.raises(GazetteerDataError, match=r"cut/IQ\.zip: not a readable zip archive"):
        import_geonames(out, [cut])
    assert not out.exists()


def test_import_rejects_zip_member_failing_crc_naming_file(tmp_path: Path) -> None:
    z = _write_zip(tmp_path / "SY.zip", {"SY.txt": PLACES.read_bytes()}, stored=True)
    data = bytearray(z.read_bytes())
    at = data.index(b"Aleppo")
    data[at] = ord("B")  # same length, still UTF-8: only the CRC can tell
    z.write_bytes(bytes(data))
    out = tmp_path / "out.sqlite"
    with pytest.raises(GazetteerDataError, match=r"SY\.zip!SY\.txt: corrupt or truncated archive"):
        import_geonames(out, [z])
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_import_error_keeps_an_existing_output_untouched(tmp_path: Path) -> None:
    out = import_geonames(tmp_path / "out.sqlite", [PLACES])
    before = out.read_bytes()
    lines = _lines(PLACES)
    _drop_column(3)(lines)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"".join(lines))
    with pytest.raises(GazetteerDataError):
        import_geonames(out, [bad])
    assert out.read_bytes() == before
    assert _leftovers(tmp_path) == ["out.sqlite"]


# -- side tables -------------------------------------------------------------------------


def test_read_admin1_codes_maps_country_dot_code_to_name() -> None:
    codes = read_admin1_codes(ADMIN1)
    assert codes["IQ.06"] == "Bābil"
    assert codes["SY.09"] == "Aleppo"
    assert len(codes) == 25


def test_read_admin1_codes_rejects_code_without_country(tmp_path: Path) -> None:
    p = tmp_path / "admin1.txt"
    p.write_text("IQ.06\tBābil\tBabil\t98227\n06\tBābil\tBabil\t98227\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"admin1\.txt:2: admin1 code is not"):
        read_admin1_codes(p)


def test_read_country_info_skips_comments_and_types_fields() -> None:
    info = read_country_info(COUNTRIES)
    assert sorted(info) == ["IQ", "IR", "JO", "SY", "TR"]
    iq = info["IQ"]
    assert isinstance(iq, CountryInfo)
    assert (iq.iso3, iq.name, iq.capital, iq.geonameid) == ("IRQ", "Iraq", "Baghdad", 99237)
    assert iq.neighbours == ("SY", "SA", "IR", "JO", "TR", "KW")
    assert iq.languages[0] == "ar-IQ"
    assert info["SY"].postal_code_format == ""
    assert info["IR"].area_km2 == 1_648_000.0  # written as 1.648E6, as GeoNames does


def test_read_country_info_rejects_non_numeric_population(tmp_path: Path) -> None:
    lines = COUNTRIES.read_text(encoding="utf-8").splitlines(keepends=True)
    fields = lines[5].split("\t")
    fields[7] = "lots"
    lines[5] = "\t".join(fields)
    p = tmp_path / "countryInfo.txt"
    p.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"countryInfo\.txt:6: population is not a number"):
        read_country_info(p)


# -- alternate names ---------------------------------------------------------------------


def test_read_alternate_names_skips_pseudo_languages_and_marks_codes() -> None:
    pairs = list(read_alternate_names(ALTNAMES))
    names = {n for _, n in pairs}
    assert ("geonames:98182", "بغداد") in pairs
    assert ("geonames:6300141", code_name("BGW")) in pairs
    assert ("geonames:6300141", code_name("ORBI")) in pairs
    assert ("geonames:170794", code_name("DeZ")) in pairs  # abbr
    for skipped in ("https://en.wikipedia.org/wiki/Baghdad", "Q1530", "41001", "SYDAM"):
        assert skipped not in names
    assert "la-ta-KEE-ya" not in names  # phon
    assert ("geonames:169577", "Emesa") in pairs  # 4-column row of older dumps
    assert ("geonames:173579", "Laodicea ad Mare") in pairs  # 8-column row


def test_read_alternate_names_filters_languages_but_keeps_codes() -> None:
    pairs = list(read_alternate_names(ALTNAMES, languages={"ar", ""}))
    names = {n for _, n in pairs}
    assert {"بغداد", "Madīnat as-Salām", "Ḥalab", "Raqqa City"} <= names  # ar, ar-Latn, ""
    assert "Damas" not in names and "Mûsil" not in names
    assert code_name("BGW") in names


@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        pytest.param(
            "1\t98182\tar", "expected 4 to 10 tab-separated columns, found 3", id="3 cols"
        ),
        pytest.param("\t".join(["1", "98182", "ar", "x", *[""] * 7]), "found 11", id="11 cols"),
        pytest.param("1\tBaghdad\tar\tبغداد", "id is not a number", id="name in id column"),
    ],
)
def test_read_alternate_names_rejects_malformed_rows(
    tmp_path: Path, row: str, fragment: str
) -> None:
    p = tmp_path / "alt.txt"
    p.write_text(ALTNAMES.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"alt\.txt:21: ") as info:
        list(read_alternate_names(p))
    assert fragment in str(info.value)


def test_read_alternate_names_reads_the_v2_zip(tmp_path: Path) -> None:
    z = _write_zip(
        tmp_path / "alternateNamesV2.zip",
        {
            "iso-languagecodes.txt": b"ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\n",
            "alternateNamesV2.txt": ALTNAMES.read_bytes(),
            "readme.txt": b"readme\n",
        },
    )
    assert list(read_alternate_names(z)) == list(read_alternate_names(ALTNAMES))


# -- importing ---------------------------------------------------------------------------


def test_import_finds_places_by_name_key(store: Store) -> None:
    assert "geonames:98182" in _ids_for(store, "Baghdad")
    assert "geonames:99434" in _ids_for(store, "al-Qaim")  # Al Qa'im, spelt another way
    assert "geonames:170794" in _ids_for(store, "Dayr az-Zawr")
    assert store.count("places") == N_PLACES


def test_import_sets_admin1_names_and_source(store: Store) -> None:
    hillah = store.place_by_id("geonames:99071")
    assert hillah is not None
    assert (hillah.admin1_code, hillah.admin1_name) == ("06", "Bābil")
    assert hillah.source == "geonames-dump:iq_sy.txt"
    gulf = store.place_by_id("geonames:1000001")
    assert gulf is not None and gulf.country_code is None


def test_import_makes_alternate_names_reachable(store: Store) -> None:
    assert "geonames:98182" in _ids_for(store, "Madinat as-Salam")
    assert "geonames:173579" in _ids_for(store, "Laodicea ad Mare")
    names = dict(store.names_of("geonames:98182"))
    assert names["Baghdad"] == KIND_PREFERRED
    assert names["بغداد"] == KIND_ALTERNATE
    assert "https://en.wikipedia.org/wiki/Baghdad" not in names


def test_import_stores_airport_codes_as_code_kind(store: Store) -> None:
    names = store.names_of("geonames:6300141")
    assert ("BGW", KIND_CODE) in names
    assert ("ORBI", KIND_CODE) in names
    hits = store.names_for_key(name_key("ORBI"))
    assert [(p.id, kind) for p, _, kind in hits] == [("geonames:6300141", KIND_CODE)]


def test_import_drops_names_of_places_not_imported(store: Store) -> None:
    assert _ids_for(store, "Nowhere In Particular") == set()


def test_import_records_its_sources_in_meta(store: Store) -> None:
    assert store.meta["kind"] == "geonames-import"
    assert store.meta["sources"] == [
        "iq_sy.txt",
        "alternateNamesV2.txt",
        "admin1CodesASCII.txt",
        "countryInfo.txt",
    ]


def test_import_reports_progress_in_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geonames, "_PROGRESS_EVERY", 10)
    calls: list[int] = []
    import_geonames(tmp_path / "g.sqlite", PLACES, alternate_names=ALTNAMES, progress=calls.append)
    assert set(calls[:3]) == {10}
    assert sum(calls) == N_PLACES + sum(1 for _ in read_alternate_names(ALTNAMES))


def test_import_extends_a_base_gazetteer(tmp_path: Path) -> None:
    base = tmp_path / "base.sqlite"
    curated = Place(
        id="curated:camp-speicher",
        name="Camp Speicher",
        latitude=34.64,
        longitude=43.54,
        feature_class="S",
        feature_code="INSM",
        country_code="IQ",
    )
    with Builder(base) as b:
        b.add([PlaceRecord(curated, ("COB Speicher",))])
        b.commit({"sources": ["curated"]})
    out = import_geonames(tmp_path / "out.sqlite", [PLACES], base=base)
    with_base = Store(out)
    try:
        assert with_base.place_by_id("curated:camp-speicher") == curated
        assert "geonames:89933" in _ids_for(with_base, "Tikrit")
        assert with_base.meta["base"] == "base.sqlite"
    finally:
        with_base.close()


def test_import_with_a_base_that_is_not_a_gazetteer_leaves_nothing(tmp_path: Path) -> None:
    base = tmp_path / "base.sqlite"
    base.write_text("not sqlite", encoding="utf-8")
    out = tmp_path / "out.sqlite"
    with pytest.raises(GazetteerFileError, match=r"base\.sqlite: not a gazetteer file"):
        import_geonames(out, [PLACES], base=base)
    assert _leftovers(tmp_path) == ["base.sqlite"]


def test_import_of_several_files_keeps_the_last_row_of_a_place(tmp_path: Path) -> None:
    lines = _lines(PLACES)
    _replace_field(1, 14, b"8000000")(lines)
    newer = tmp_path / "newer.txt"
    newer.write_bytes(lines[0])
    out = import_geonames(tmp_path / "g.sqlite", [PLACES, newer])
    s = Store(out)
    try:
        baghdad = s.place_by_id("geonames:98182")
        assert baghdad is not None and baghdad.population == 8_000_000
        assert s.count("places") == N_PLACES
    finally:
        s.close()


# -- the real cities500 table ------------------------------------------------------------


def _head(src: Path, dst: Path, n: int) -> Path:
    """Copy the first *n* lines of *src* to *dst*, reading no further."""
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        fout.writelines(itertools.islice(fin, n))
    return dst


def _need_shared() -> None:
    if not (SHARED / "cities500.txt").exists():
        pytest.skip("needs ../shared/data/geonames/cities500.txt")


@pytest.mark.shared_data
def test_every_row_of_real_cities500_parses() -> None:
    _need_shared()
    admin1 = read_admin1_codes(SHARED / "admin1CodesASCII.txt")
    countries = read_country_info(SHARED / "countryInfo.txt")
    n = with_admin1 = 0
    for rec in read_geonames(SHARED / "cities500.txt", admin1_names=admin1, countries=countries):
        n += 1
        with_admin1 += rec.place.admin1_name is not None
    assert n > 150_000
    assert with_admin1 > 0.9 * n


@pytest.mark.shared_data
def test_import_of_real_cities500_head_is_queryable(tmp_path: Path) -> None:
    _need_shared()
    head = _head(SHARED / "cities500.txt", tmp_path / "cities500_head.txt", 5000)
    out = import_geonames(
        tmp_path / "g.sqlite",
        [head],
        admin1_codes=SHARED / "admin1CodesASCII.txt",
        country_info=SHARED / "countryInfo.txt",
    )
    s = Store(out)
    try:
        assert s.count("places") == 5000
        first = next(read_geonames(head)).place
        assert first.id in _ids_for(s, first.name)
    finally:
        s.close()
