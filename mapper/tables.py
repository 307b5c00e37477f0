"""Tables of incidents or places from CSV, TSV, Excel (.xlsx) and Parquet files.

CSV and TSV are decoded by this module, not guessed by pandas, so that every problem is
reported with its line: UTF-8 (with or without a byte-order mark) is read as is; a file
that is not UTF-8 anywhere is read as Windows-1252 (Latin-1 for bytes Windows-1252 does not
define) with an :class:`InputWarning`; a file mixing UTF-8 and legacy lines is refused,
naming one line of each. A ``.csv`` whose header has semicolons and no commas is read
as semicolon-separated. Blank and all-empty rows are skipped. A row with more or fewer
fields than the header, or a quote left open, is an error naming the line.

Values are kept as text unless a whole column is numbers written plainly (codes with a
leading zero, such as ``"06"``, stay text), so a code or an id is never mangled.
"""

from __future__ import annotations

import csv
import io
import os
import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from ._files import checked_file, read_limited, shown
from .errors import InputError, InputWarning

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MAX_TABLE_BYTES", "TABLE_SUFFIXES", "read_table"]

MAX_TABLE_BYTES = 1024**3
"""The largest table file read: 1 GiB."""

TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".parquet")
"""File extensions :func:`read_table` reads."""

_PLAIN_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _decode(data: bytes, name: str) -> str:
    """CSV bytes as text; see the module docstring for the rules."""
    if b"\x00" in data[:4096] or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                raise InputError(f"{name}: not UTF-16 text despite its byte-order mark") from None
        line = data[: data.find(b"\x00")].count(b"\n") + 1
        raise InputError(f"{name}:{line}: binary data (NUL byte), not a text table")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    utf8_line = legacy_line = None
    legacy_bytes = b""
    for n, raw in enumerate(data.split(b"\n"), 1):
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
            utf8_line = utf8_line or n
        except UnicodeDecodeError as exc:
            if legacy_line is None:
                legacy_line, legacy_bytes = n, raw[exc.start : exc.start + 4]
        if utf8_line and legacy_line:
            raise InputError(
                f"{name}: mixed encodings: line {utf8_line} is UTF-8 but line {legacy_line}"
                f" is not (bytes {legacy_bytes!r}); save the file as UTF-8"
            )
    text = data.decode("cp1252", errors="strict") if _is_cp1252(data) else data.decode("latin-1")
    warnings.warn(
        f"{name}: not UTF-8 (line {legacy_line}, bytes {legacy_bytes!r}); read as"
        f" {'Windows-1252' if _is_cp1252(data) else 'Latin-1'}",
        InputWarning,
        stacklevel=4,  # the caller of read_table
    )
    return text.removeprefix("\ufeff")


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _column(values: list[str]) -> pd.Series:
    import pandas as pd

    s = pd.Series(values, dtype="str")
    s = s.mask(s.str.strip() == "")
    present = s.dropna().str.strip()
    if len(present) and present.str.fullmatch(_PLAIN_NUMBER).all():
        numbers = pd.to_numeric(s.str.strip())
        if present.str.fullmatch(r"-?\d+").all():
            return numbers.astype("Int64")
        return numbers.astype("float64")
    return s


def _read_delimited(path: Path, delimiter: str, require_rows: bool) -> pd.DataFrame:
    import pandas as pd

    name = str(path)
    text = _decode(read_limited(path, MAX_TABLE_BYTES, what="table"), name)
    header_line = text.lstrip("\r\n").split("\n", 1)[0]
    if delimiter == "," and ";" in header_line and "," not in header_line:
        delimiter = ";"  # spreadsheet software in many locales writes semicolons
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    end = 0  # the last line of the previous row
    blank = 0
    try:
        for row in reader:
            start, end = end + 1, reader.line_num
            if not any(v.strip() for v in row):
                blank += header is not None
                continue
            if header is None:
                header = [h.strip() for h in row]
                _check_header(header, name, start)
                continue
            if len(row) != len(header):
                raise InputError(
                    f"{name}:{start}: {len(row)} fields where the header has {len(header)}"
                    f" (row starts {shown(delimiter.join(row)[:40])})"
                )
            rows.append(row)
            lines.append(start)
    except csv.Error as exc:
        line = end + 1
        if "end of data" in str(exc) or "EOF" in str(exc):
            raise InputError(f"{name}:{line}: a quote opened in this row is never closed") from None
        raise InputError(f"{name}:{reader.line_num}: malformed row ({exc})") from None
    if header is None:
        raise InputError(f"{name}: no header row (the file is empty)")
    if require_rows and not rows:
        skipped = f" ({blank} empty row{'s' if blank != 1 else ''} skipped)" if blank else ""
        raise InputError(f"{name}: no rows below the header{skipped}")
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in header]
    df = pd.DataFrame({h: _column(list(c)) for h, c in zip(header, columns, strict=True)})
    df.attrs["source"] = name
    df.attrs["lines"] = lines
    return df


def _check_header(header: list[str], name: str, line: int) -> None:
    seen: set[str] = set()
    for i, h in enumerate(header, 1):
        if not h:
            raise InputError(f"{name}:{line}: column {i} of the header has no name")
        if h in seen:
            raise InputError(f"{name}:{line}: column name {h!r} appears twice in the header")
        seen.add(h)


def _read_excel(path: Path) -> pd.DataFrame:
    import pandas as pd

    try:
        df = pd.read_excel(path, engine="openpyxl", dtype=object)
    except Exception as exc:  # openpyxl raises BadZipFile, KeyError and its own errors
        raise InputError(f"{path}: not a readable .xlsx workbook ({exc})") from None
    df.columns = [str(c).strip() for c in df.columns]
    keep = df.notna().any(axis=1) & ~df.apply(lambda r: all(str(v).strip() == "" for v in r), 1)
    lines = [int(i) + 2 for i in df.index[keep]]  # row 1 is the header
    df = df[keep].reset_index(drop=True).convert_dtypes()
    df.attrs["source"] = str(path)
    df.attrs["lines"] = lines
    return df


def _read_parquet(path: Path) -> pd.DataFrame:
    import pandas as pd

    try:
        df = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError and others
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
    df.attrs["source"] = str(path)
    df.attrs["lines"] = list(range(1, len(df) + 1))
    return df


def read_table(path: str | os.PathLike[str], *, require_rows: bool = False) -> pd.DataFrame:
    """Read a table of incidents or places.

    Parameters
    ----------
    path : path-like
        A ``.csv``, ``.tsv``, ``.xlsx`` or ``.parquet`` file.
    require_rows : bool
        Refuse a table with a header but no rows (or only empty ones), for callers
        with nothing to do on one. By default it gives an empty DataFrame.

    Returns
    -------
    pandas.DataFrame
        One row per non-empty row of the file, columns as in its header. ``attrs``
        holds ``"source"`` (the path) and ``"lines"`` (each row's line in the file, or
        its row number for Excel and Parquet), which :func:`geocode_table` uses to name
        the line of a bad value.

    Raises
    ------
    PathError
        Missing file, a folder, or an unknown extension (an :class:`InputError` too).
    InputError
        Binary data, mixed encodings, an unclosed quote, a row with the wrong number of
        fields, a header with an empty or repeated name, no rows when *require_rows*, a
        file over :data:`MAX_TABLE_BYTES`. The message names the file and line.

    Warns
    -----
    InputWarning
        A CSV that is not UTF-8 anywhere, read as Windows-1252 or Latin-1.
    """
    p = checked_file(path, TABLE_SUFFIXES, "tables")
    suffix = p.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return _read_delimited(p, "," if suffix == ".csv" else "\t", require_rows)
    if p.stat().st_size > MAX_TABLE_BYTES:
        raise InputError(f"{p}: more than the {MAX_TABLE_BYTES:,}-byte limit for a table")
    df = _read_excel(p) if suffix == ".xlsx" else _read_parquet(p)
    if require_rows and df.empty:
        raise InputError(f"{p}: no rows below the header")
    return df
