"""GeoNames dump files: the ``geoname`` table, alternate names, admin-1 codes, country info.

Every reader streams its file (plain ``.txt`` or the ``.zip`` GeoNames publishes) in
blocks of whole lines, so memory stays flat however large the dump; every malformed row
raises :class:`~gazetteer.errors.GazetteerDataError` naming the file, the 1-based line
and the value at fault. :func:`import_geonames` writes the rows into a gazetteer file
with :class:`~gazetteer.store.Builder`.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

from ..errors import GazetteerDataError, GazetteerFileError
from ..model import Place, PlaceRecord
from ..store import Builder, Store, code_name

__all__ = [
    "CODE_LANGUAGES",
    "SKIPPED_LANGUAGES",
    "CountryInfo",
    "import_geonames",
    "read_admin1_codes",
    "read_alternate_names",
    "read_country_info",
    "read_geonames",
]

PathLike = str | os.PathLike[str]
T = TypeVar("T")

CODE_LANGUAGES = frozenset({"iata", "icao", "faac", "tcid", "abbr"})
"""Pseudo-languages of ``alternateNames`` whose names are codes (stored as kind code)."""

SKIPPED_LANGUAGES = frozenset(
    {"link", "wkdt", "post", "unlc", "phon", "piny", "nuts", "lauc", "fr_1793"}
)
"""Pseudo-languages of ``alternateNames`` that hold no usable name (URLs, ids, postcodes)."""

_GEONAME_COLUMNS = 19
_ALTNAME_MIN, _ALTNAME_MAX = 4, 10
_ADMIN1_COLUMNS = 4
_COUNTRY_MIN, _COUNTRY_MAX = 17, 19

_BLOCK_BYTES = 1 << 20
_MAX_LINE_BYTES = 1 << 22
_PROGRESS_EVERY = 10_000

# Members of GeoNames zips that are documentation or side tables, never the data file.
_SIDE_MEMBERS = frozenset({"readme.txt", "iso-languagecodes.txt"})
# What reading a damaged zip member raises: bad CRC / header, truncated or corrupt deflate.
_ARCHIVE_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError)


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """One row of GeoNames' ``countryInfo.txt``.

    Attributes
    ----------
    iso, iso3, iso_numeric : str
        ISO 3166-1 alpha-2, alpha-3 and numeric codes (``"IQ"``, ``"IRQ"``, ``"368"``).
    fips : str
        FIPS 10-4 code, ``""`` where none.
    name, capital : str
        English short name and capital (``""`` where none).
    area_km2 : float
        Area in square kilometres (0 where unknown).
    population : int
        Population (0 where unknown).
    continent, tld, currency_code, currency_name, phone : str
        As in the file.
    postal_code_format, postal_code_regex : str
        As in the file, ``""`` where none.
    languages : tuple of str
        Language tags, most used first (``("ar-IQ", "ku", "hy")``).
    geonameid : int or None
        GeoNames id of the country's ``PCLI`` place.
    neighbours : tuple of str
        ISO alpha-2 codes of bordering countries.
    equivalent_fips_code : str
        As in the file, usually ``""``.
    """

    iso: str
    iso3: str
    iso_numeric: str
    fips: str
    name: str
    capital: str
    area_km2: float
    population: int
    continent: str
    tld: str
    currency_code: str
    currency_name: str
    phone: str
    postal_code_format: str
    postal_code_regex: str
    languages: tuple[str, ...]
    geonameid: int | None
    neighbours: tuple[str, ...]
    equivalent_fips_code: str


# -- reading files in blocks of lines ----------------------------------------------------


def _pick_member(zf: zipfile.ZipFile, zip_path: Path, preferred: str) -> str:
    names = [i.filename for i in zf.infolist() if not i.is_dir()]
    if preferred in names:
        return preferred
    wanted = [
        n
        for n in names
        if n.lower().endswith(".txt") and n.rsplit("/", 1)[-1].lower() not in _SIDE_MEMBERS
    ]
    if len(wanted) != 1:
        raise GazetteerDataError(
            f"expected one data file (.txt) in the archive, found {len(wanted)}",
            path=str(zip_path),
            value=", ".join(names[:10]),
        )
    return wanted[0]


@contextmanager
def _open_dump(path: PathLike) -> Iterator[tuple[IO[bytes], str]]:
    """Open a dump as a binary stream: a ``.txt`` itself, or the data member of a ``.zip``.

    Yields the stream and the label that error messages give the file
    (``IQ.zip!IQ.txt`` for a zip member).
    """
    p = Path(path)
    try:
        raw = open(p, "rb")  # closed by the with below
    except OSError as exc:
        raise GazetteerFileError(f"{p}: cannot read GeoNames file ({exc.strerror})") from None
    with raw:
        if p.suffix.lower() != ".zip":
            yield raw, str(p)
            return
        try:
            zf = zipfile.ZipFile(raw)
        except _ARCHIVE_ERRORS as exc:
            raise GazetteerDataError(f"not a readable zip archive ({exc})", path=str(p)) from None
        with zf:
            member = _pick_member(zf, p, f"{p.stem}.txt")
            try:
                fh = zf.open(member)
            except _ARCHIVE_ERRORS as exc:
                raise GazetteerDataError(
                    f"cannot open {member!r} in the archive ({exc})", path=str(p)
                ) from None
            with fh:
                yield fh, f"{p}!{member}"


def _decode(data: bytes, label: str, first_line: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        shown = data[max(line_start, exc.start - 40) : exc.end + 20]
        raise GazetteerDataError(
            f"not valid UTF-8 ({exc.reason})",
            path=label,
            line=line,
            value=shown.decode("utf-8", "backslashreplace"),
        ) from None


def _line_blocks(fh: IO[bytes], label: str) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(number of the first line, lines)`` for consecutive blocks of whole lines.

    Lines are decoded from UTF-8 and carry no line terminator. Memory is bounded by the
    block size plus the longest line, which may not exceed :data:`_MAX_LINE_BYTES`.
    """
    lineno = 1
    pending = b""
    while True:
        try:
            chunk = fh.read(_BLOCK_BYTES)
        except _ARCHIVE_ERRORS as exc:
            raise GazetteerDataError(
                f"corrupt or truncated archive near line {lineno} ({exc})", path=label
            ) from None
        if not chunk:
            break
        data = pending + chunk if pending else chunk
        cut = data.rfind(b"\n")
        if cut < 0:
            if len(data) > _MAX_LINE_BYTES:
                raise GazetteerDataError(
                    f"line longer than {_MAX_LINE_BYTES} bytes; not a GeoNames text file",
                    path=label,
                    line=lineno,
                    value=repr(data[:40]),
                )
            pending = data
            continue
        pending = data[cut + 1 :]
        text = _decode(data[:cut], label, lineno)
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        lines = text.split("\n")
        if lineno == 1 and lines[0].startswith("\ufeff"):
            lines[0] = lines[0][1:]
        yield lineno, lines
        lineno += len(lines)
    if pending:
        last = _decode(pending, label, lineno).rstrip("\r")
        if lineno == 1:
            last = last.removeprefix("\ufeff")
        yield lineno, [last]


def _rows(path: PathLike) -> Iterator[tuple[str, int, list[str]]]:
    """Yield ``(label, line number, fields)`` for every non-blank, non-comment line."""
    with _open_dump(path) as (fh, label):
        for first, lines in _line_blocks(fh, label):
            for i, line in enumerate(lines):
                if line and line[0] != "#":
                    yield label, first + i, line.split("\t")


def _is_id(text: str) -> bool:
    return text.isdigit() and text.isascii()


# -- the geoname table -------------------------------------------------------------------


def _bad_geoname_field(f: list[str], label: str, line: int) -> GazetteerDataError:
    """The error for a row whose id, coordinates or population do not parse."""
    for col, what in ((0, "geonameid"), (4, "latitude"), (5, "longitude"), (14, "population")):
        value = f[col]
        if col == 0 or col == 14:
            ok = _is_id(value) or (col == 14 and value == "")
        else:
            try:
                float(value)
                ok = True
            except ValueError:
                ok = False
        if not ok:
            return GazetteerDataError(
                f"{what} is not a {'number' if col in (4, 5) else 'non-negative integer'}",
                path=label,
                line=line,
                value=value,
            )
    return GazetteerDataError("unparsable row", path=label, line=line, value="\t".join(f))


def read_geonames(
    path: PathLike,
    *,
    admin1_names: Mapping[str, str] | None = None,
    countries: Container[str] | None = None,
) -> Iterator[PlaceRecord]:
    """Stream the places of a GeoNames ``geoname`` table (``allCountries``, ``IQ``, ``cities500``).

    Parameters
    ----------
    path : path-like
        A 19-column tab-separated ``.txt`` file, or a GeoNames ``.zip`` holding one
        (``IQ.zip`` with ``IQ.txt``; its ``readme.txt`` is ignored).
    admin1_names : mapping, optional
        ``"CC.code" -> name``, as returned by :func:`read_admin1_codes`, to set each
        place's ``admin1_name``.
    countries : container of str, optional
        The known ISO alpha-2 codes (for instance the dict of :func:`read_country_info`);
        a row with another non-empty country code is an error.

    Yields
    ------
    PlaceRecord
        Place ``geonames:<geonameid>`` with its name, ASCII name and alternate names.
        An empty country code gives ``country_code=None``; an empty admin-1 code gives
        ``admin1_code=None``.

    Raises
    ------
    GazetteerDataError
        A row has the wrong number of columns, a non-numeric id, coordinate or
        population, coordinates out of range, an unknown country; the file is not
        UTF-8; the zip is corrupt or truncated. The message names file, line and value.
    GazetteerFileError
        The file cannot be opened.

    Examples
    --------
    >>> for rec in read_geonames("IQ.zip"):            # doctest: +SKIP
    ...     print(rec.place.id, rec.place.name)
    """
    source = f"geonames-dump:{Path(path).name}"
    a1_get = (admin1_names or {}).get
    place_cls, record_cls = Place, PlaceRecord  # locals: this loop runs once per row
    with _open_dump(path) as (fh, label):
        for first, lines in _line_blocks(fh, label):
            for i, line in enumerate(lines):
                if not line:
                    continue
                f = line.split("\t")
                if len(f) != _GEONAME_COLUMNS:
                    raise GazetteerDataError(
                        f"expected {_GEONAME_COLUMNS} tab-separated columns, found {len(f)}",
                        path=label,
                        line=first + i,
                        value=line,
                    )
                gid = f[0]
                pop = f[14]
                try:
                    if not (gid.isdigit() and gid.isascii()):
                        raise ValueError(gid)
                    lat = float(f[4])
                    lon = float(f[5])
                    population = int(pop) if pop else 0
                    if population < 0:
                        raise ValueError(pop)
                except ValueError:
                    raise _bad_geoname_field(f, label, first + i) from None
                if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
                    raise GazetteerDataError(
                        "coordinates out of range",
                        path=label,
                        line=first + i,
                        value=f"{f[4]}, {f[5]}",
                    )
                cc = f[8] or None
                if cc is not None and countries is not None and cc not in countries:
                    raise GazetteerDataError(
                        "unknown country code", path=label, line=first + i, value=cc
                    )
                a1 = f[10] or None
                name = f[1]
                alts = f[3]
                yield record_cls(
                    place_cls(
                        f"geonames:{gid}",
                        name,
                        lat,
                        lon,
                        f[6],
                        f[7],
                        cc,
                        a1,
                        a1_get(f"{cc}.{a1}") if a1 else None,
                        population,
                        source,
                    ),
                    (name, f[2], *alts.split(",")) if alts else (name, f[2]),
                )


# -- alternate names ---------------------------------------------------------------------


def read_alternate_names(
    path: PathLike, *, languages: Collection[str] | None = None
) -> Iterator[tuple[str, str]]:
    """Stream ``(place id, name)`` pairs from a GeoNames ``alternateNamesV2`` table.

    Parameters
    ----------
    path : path-like
        A tab-separated ``.txt`` of 4 to 10 columns (``alternateNameId, geonameid,
        isolanguage, alternate name`` and, in V2, the preferred/short/colloquial/historic
        flags and the from/to period), or ``alternateNamesV2.zip`` (its
        ``iso-languagecodes.txt`` and ``readme.txt`` are ignored).
    languages : collection of str, optional
        Keep only names in these languages: a tag matches by itself or by the part
        before its ``-`` (``"ar"`` keeps ``ar`` and ``ar-Latn``); ``""`` keeps names with
        no language. Codes (see below) are kept whatever the filter.

    Yields
    ------
    (str, str)
        ``("geonames:<geonameid>", name)``. Airport codes and abbreviations
        (:data:`CODE_LANGUAGES`) come wrapped by :func:`~gazetteer.store.code_name`;
        rows of :data:`SKIPPED_LANGUAGES` (links, Wikidata ids, postcodes...) and
        empty names are skipped.

    Raises
    ------
    GazetteerDataError
        A row has fewer than 4 or more than 10 columns or a non-numeric id; the file is
        not UTF-8; the zip is corrupt. The message names file, line and value.
    GazetteerFileError
        The file cannot be opened.
    """
    keep = None if languages is None else frozenset(languages)
    with _open_dump(path) as (fh, label):
        for first, lines in _line_blocks(fh, label):
            for i, line in enumerate(lines):
                if not line:
                    continue
                f = line.split("\t")
                n = len(f)
                if n < _ALTNAME_MIN or n > _ALTNAME_MAX:
                    raise GazetteerDataError(
                        f"expected {_ALTNAME_MIN} to {_ALTNAME_MAX} tab-separated columns,"
                        f" found {n}",
                        path=label,
                        line=first + i,
                        value=line,
                    )
                gid = f[1]
                if not (_is_id(gid) and _is_id(f[0])):
                    bad = f[0] if not _is_id(f[0]) else gid
                    raise GazetteerDataError(
                        "id is not a number", path=label, line=first + i, value=bad
                    )
                lang = f[2]
                name = f[3]
                if not name or lang in SKIPPED_LANGUAGES:
                    continue
                if lang in CODE_LANGUAGES:
                    yield f"geonames:{gid}", code_name(name)
                elif keep is None or lang in keep or lang.partition("-")[0] in keep:
                    yield f"geonames:{gid}", name


# -- side tables -------------------------------------------------------------------------


def read_admin1_codes(path: PathLike) -> dict[str, str]:
    """Read GeoNames' ``admin1CodesASCII.txt``: ``"CC.code" -> name``.

    Parameters
    ----------
    path : path-like
        The 4-column file (code, name, ASCII name, geonameid).

    Returns
    -------
    dict of str to str
        For instance ``{"IQ.06": "Bābil", ...}``.

    Raises
    ------
    GazetteerDataError
        A row does not have 4 columns, its code is not ``CC.code``, or its name is empty.
    """
    out: dict[str, str] = {}
    for label, line, f in _rows(path):
        if len(f) != _ADMIN1_COLUMNS:
            raise GazetteerDataError(
                f"expected {_ADMIN1_COLUMNS} tab-separated columns, found {len(f)}",
                path=label,
                line=line,
                value="\t".join(f),
            )
        code, name = f[0], f[1] or f[2]
        cc, dot, sub = code.partition(".")
        if not dot or len(cc) != 2 or not sub:
            raise GazetteerDataError(
                "admin1 code is not 'CC.code'", path=label, line=line, value=code
            )
        if not name:
            raise GazetteerDataError("admin1 name is empty", path=label, line=line, value=code)
        out[code] = name
    return out


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split(",") if t)


def read_country_info(path: PathLike) -> dict[str, CountryInfo]:
    """Read GeoNames' ``countryInfo.txt``: ISO alpha-2 code -> :class:`CountryInfo`.

    Parameters
    ----------
    path : path-like
        The tab-separated file; lines starting with ``#`` are comments.

    Returns
    -------
    dict of str to CountryInfo

    Raises
    ------
    GazetteerDataError
        A row has fewer than 17 or more than 19 columns, a code that is not two
        letters, or a non-numeric area, population or geonameid.
    """
    out: dict[str, CountryInfo] = {}
    for label, line, f in _rows(path):
        n = len(f)
        if n < _COUNTRY_MIN or n > _COUNTRY_MAX:
            raise GazetteerDataError(
                f"expected {_COUNTRY_MIN} to {_COUNTRY_MAX} tab-separated columns, found {n}",
                path=label,
                line=line,
                value="\t".join(f),
            )
        f += [""] * (_COUNTRY_MAX - n)
        iso = f[0]
        if not (len(iso) == 2 and iso.isascii() and iso.isalpha() and iso.isupper()):
            raise GazetteerDataError(
                "country code is not two capital letters", path=label, line=line, value=iso
            )
        try:
            area = float(f[6]) if f[6] else 0.0
        except ValueError:
            raise GazetteerDataError(
                "area is not a number", path=label, line=line, value=f[6]
            ) from None
        for col, what in ((7, "population"), (16, "geonameid")):
            if f[col] and not _is_id(f[col]):
                raise GazetteerDataError(
                    f"{what} is not a number", path=label, line=line, value=f[col]
                )
        out[iso] = CountryInfo(
            iso=iso,
            iso3=f[1],
            iso_numeric=f[2],
            fips=f[3],
            name=f[4],
            capital=f[5],
            area_km2=area,
            population=int(f[7]) if f[7] else 0,
            continent=f[8],
            tld=f[9],
            currency_code=f[10],
            currency_name=f[11],
            phone=f[12],
            postal_code_format=f[13],
            postal_code_regex=f[14],
            languages=_split_list(f[15]),
            geonameid=int(f[16]) if f[16] else None,
            neighbours=_split_list(f[17]),
            equivalent_fips_code=f[18],
        )
    return out


# -- building a gazetteer ----------------------------------------------------------------


def _counted(items: Iterable[T], progress: Callable[[int], object] | None) -> Iterator[T]:
    """Pass *items* through, telling *progress* how many went by every so often."""
    if progress is None:
        yield from items
        return
    n = 0
    for item in items:
        yield item
        n += 1
        if n == _PROGRESS_EVERY:
            progress(n)
            n = 0
    if n:
        progress(n)


def import_geonames(
    output: PathLike,
    geoname_files: PathLike | Iterable[PathLike],
    *,
    alternate_names: PathLike | None = None,
    admin1_codes: PathLike | None = None,
    country_info: PathLike | None = None,
    languages: Collection[str] | None = None,
    base: PathLike | None = None,
    progress: Callable[[int], object] | None = None,
) -> Path:
    """Build a gazetteer file from GeoNames dumps.

    Parameters
    ----------
    output : path-like
        The gazetteer file to write. It appears only when the import succeeds; on any
        error nothing is left behind (an existing file is untouched).
    geoname_files : path-like or iterable of path-like
        ``geoname`` tables (``.txt`` or ``.zip``), read in order; a place read twice
        keeps its last row.
    alternate_names : path-like, optional
        An ``alternateNamesV2`` table whose names are added to the places (names of
        places not in the gazetteer are dropped).
    admin1_codes : path-like, optional
        ``admin1CodesASCII.txt``, to give places their admin-1 names.
    country_info : path-like, optional
        ``countryInfo.txt``; when given, a place with a country code it does not list
        is an error.
    languages : collection of str, optional
        Passed to :func:`read_alternate_names`.
    base : path-like, optional
        An existing gazetteer to extend; None makes a standalone file.
    progress : callable, optional
        Called with the number of rows read since its previous call, every 10,000
        rows and at the end of each file (``tqdm(...).update`` fits).

    Returns
    -------
    Path
        *output*.

    Raises
    ------
    GazetteerDataError
        A dump is malformed (see :func:`read_geonames`).
    GazetteerFileError
        A dump cannot be read, or *base* is not a gazetteer file.

    Examples
    --------
    >>> import_geonames("iq.sqlite", ["IQ.zip"], admin1_codes="admin1CodesASCII.txt")
    ... # doctest: +SKIP
    PosixPath('iq.sqlite')
    """
    if isinstance(geoname_files, str | os.PathLike):
        files = [Path(geoname_files)]
    else:
        files = [Path(p) for p in geoname_files]
    admin1 = read_admin1_codes(admin1_codes) if admin1_codes is not None else None
    countries = read_country_info(country_info) if country_info is not None else None
    sources = [p.name for p in files]
    for extra in (alternate_names, admin1_codes, country_info):
        if extra is not None:
            sources.append(Path(extra).name)
    if base is not None:
        Store.check_file(Path(base))  # before Builder makes its temporary file
    with Builder(output, base=base) as builder:
        for p in files:
            records = read_geonames(p, admin1_names=admin1, countries=countries)
            with closing(records):
                builder.add(_counted(records, progress), where=str(p))
        if alternate_names is not None:
            names = read_alternate_names(alternate_names, languages=languages)
            with closing(names):
                builder.add_names(_counted(names, progress))
        meta: dict[str, object] = {"sources": sources, "kind": "geonames-import"}
        if base is not None:
            meta["base"] = Path(base).name
        return builder.commit(meta)
