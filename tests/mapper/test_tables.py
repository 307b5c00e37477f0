"""read_table: CSV, TSV, Excel and Parquet; encodings, empty rows and malformed rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mapper import InputError, InputWarning, read_table
from mapper.tables import MAX_TABLE_BYTES

TABLES = Path(__file__).parents[1] / "data" / "tables"


def test_acled_style_csv_with_bom_crlf_and_quoted_newlines() -> None:
    df = read_table(TABLES / "acled_style.csv")
    assert list(df.columns)[:3] == ["event_id_cnty", "event_date", "country"]  # BOM dropped
    assert list(df["event_id_cnty"]) == ["T1", "T2", "T3", "T4", "T5", "T6"]  # empty rows gone
    assert df.loc[0, "notes"] == 'Warehouse hit; "two" killed,\r\nper a medic.'
    assert df.loc[1, "location"] == "القائم"
    assert df.attrs["lines"] == [2, 6, 7, 8, 9, 10]  # file lines, counting the quoted newline


def test_numbers_become_numbers_but_codes_keep_their_zeros() -> None:
    df = read_table(TABLES / "acled_style.csv")
    assert str(df["fatalities"].dtype) == "Int64" and df.loc[0, "fatalities"] == 2
    assert pd.isna(df.loc[2, "fatalities"])
    assert df.loc[0, "admin1_code"] == "01"  # a code with a leading zero stays text
    assert pd.isna(df.loc[3, "location"])  # an empty cell is missing, not ""


def test_tsv_is_read() -> None:
    df = read_table(TABLES / "places.tsv")
    assert list(df["location"]) == ["Kiev", "Lashkargah", "Kismaayo"]


def test_windows_1252_file_is_read_with_a_warning() -> None:
    with pytest.warns(InputWarning, match=r"legacy_cp1252\.csv: not UTF-8 \(line 2.*Windows-1252"):
        df = read_table(TABLES / "legacy_cp1252.csv")
    assert df.loc[0, "notes"] == "café on the corner"
    assert df.loc[1, "notes"] == "“quoted” by a witness – shop owner"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (  # UTF-8 on line 2, Latin-1 on line 3: no single encoding is right
            "mixed_encodings.csv",
            r"mixed_encodings\.csv: mixed encodings: line 2 is UTF-8 but line 3 is not",
        ),
        ("ragged.csv", r"ragged\.csv:3: 5 fields where the header has 3"),  # extra fields
        (  # the quote on line 3 swallows the rest of the file
            "unclosed_quote.csv",
            r"unclosed_quote\.csv:3: a quote opened in this row is never closed",
        ),
    ],
)
def test_malformed_tables_name_the_line(name: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_table(TABLES / name)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"t\.csv: no header row"),  # empty file
        (b"\n\n", r"t\.csv: no header row"),  # blank lines only
        (b"a,,c\n1,2,3\n", r"t\.csv:1: column 2 of the header has no name"),
        (b"a,b,a\n1,2,3\n", r"t\.csv:1: column name 'a' appears twice"),
        (b"a,b\n1\n", r"t\.csv:2: 1 fields where the header has 2"),  # too few fields
        (b"a,b\n1,2\n\x00\x00\x00", r"t\.csv:3: binary data"),  # NUL bytes
    ],
)
def test_bad_csv_content(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "t.csv"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_table(p)


def test_header_only_gives_an_empty_table(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_text("location,country\n")
    df = read_table(p)
    assert list(df.columns) == ["location", "country"] and len(df) == 0


def test_utf16_csv_with_bom_is_read(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_bytes("location\nحمص\n".encode("utf-16"))
    assert read_table(p).loc[0, "location"] == "حمص"


def test_excel_skips_empty_rows_and_keeps_types(tmp_path: Path) -> None:
    p = tmp_path / "log.xlsx"
    frame = pd.DataFrame(
        {"location": ["Hīt", None, "Gao"], "fatalities": [2, None, 4], "code": ["06", None, "07"]}
    )
    frame.to_excel(p, index=False)
    df = read_table(p)
    assert list(df["location"]) == ["Hīt", "Gao"]
    assert df.attrs["lines"] == [2, 4]  # spreadsheet rows, after the header row
    assert list(df["code"]) == ["06", "07"]
    assert int(df.loc[1, "fatalities"]) == 4


def test_parquet_is_read(tmp_path: Path) -> None:
    p = tmp_path / "log.parquet"
    pd.DataFrame({"location": ["Kherson"], "fatalities": [2]}).to_parquet(p)
    df = read_table(p)
    assert df.loc[0, "location"] == "Kherson" and df.attrs["source"] == str(p)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("log.xlsx", b"not a zip", r"log\.xlsx: not a readable \.xlsx workbook"),
        ("log.parquet", b"not parquet", r"log\.parquet: not a readable Parquet file"),
        ("log.ods", b"", r"log\.ods: unknown extension '\.ods'"),
    ],
)
def test_unreadable_binary_tables(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_table(p)


def test_missing_table_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone\.csv: no such file"):
        read_table(tmp_path / "gone.csv")


def test_table_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "huge.csv"
    with p.open("wb") as f:
        f.truncate(MAX_TABLE_BYTES + 1)  # sparse
    with pytest.raises(InputError, match=r"huge\.csv: 1,073,741,825 bytes is more than"):
        read_table(p)


def test_semicolon_separated_csv_is_recognised(tmp_path: Path) -> None:
    p = tmp_path / "excel_fr.csv"
    p.write_text("location;country;notes\nHoms;Syria;tirs, puis calme\n", encoding="utf-8")
    df = read_table(p)
    assert list(df.columns) == ["location", "country", "notes"]
    assert df.loc[0, "notes"] == "tirs, puis calme"
