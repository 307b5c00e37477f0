"""The SQLite index behind a gazetteer: schema, building, and raw queries.

A gazetteer file holds four tables:

``places``
    one row per place; ``pid`` is the GeoNames id for ``geonames:`` places and a
    number from :data:`LOCAL_PID_BASE` upwards for every other namespace.
``names``
    ``(key, pid, name, kind)``: every name of every place under its
    :func:`~gazetteer.normalize.name_key`; ``kind`` tells a preferred name, an
    alternate name and a code (ICAO, IATA, ISO) apart.
``fkeys`` and ``grams``
    the fuzzy index: each distinct key of a non-code name gets an id, and each
    character trigram a sorted posting list of key ids (a little-endian int32 blob).
``meta``
    build metadata: schema version, sources and their versions, counts.

Files are written by :class:`Builder` into a temporary file next to the target and
renamed into place only when complete, so a reader never sees a half-built file.
Readers open the file read-only (``mode=ro``), so any number of processes can read
one file at once.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import GazetteerDataError, GazetteerFileError
from .model import Place, PlaceRecord
from .normalize import KEY_VERSION, name_key, trigrams

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "KIND_ALTERNATE",
    "KIND_CODE",
    "KIND_PREFERRED",
    "LOCAL_PID_BASE",
    "SCHEMA_VERSION",
    "Builder",
    "Store",
    "code_name",
]

SCHEMA_VERSION = 1
LOCAL_PID_BASE = 1 << 40

KIND_PREFERRED = 0
KIND_ALTERNATE = 1
KIND_CODE = 2

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    pid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    fclass TEXT NOT NULL,
    fcode TEXT NOT NULL,
    cc TEXT,
    admin1 TEXT,
    admin1_name TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    provenance TEXT NOT NULL DEFAULT ''
);
CREATE TABLE names (
    key TEXT NOT NULL,
    pid INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY (key, pid, name)
) WITHOUT ROWID;
CREATE TABLE fkeys (kid INTEGER PRIMARY KEY, key TEXT NOT NULL);
CREATE TABLE grams (gram TEXT PRIMARY KEY, df INTEGER NOT NULL, ids BLOB NOT NULL)
    WITHOUT ROWID;
CREATE UNIQUE INDEX places_id ON places(id);
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL);
"""

_INDEXES = """
CREATE INDEX IF NOT EXISTS places_cc_fcode ON places(cc, fcode);
CREATE INDEX IF NOT EXISTS places_lat ON places(lat);
CREATE INDEX IF NOT EXISTS names_pid ON names(pid);
"""

_CODE_MARK = "\x00code:"
# Scripts without an alphabet: CJK ideographs, kana, hangul, Thai, Lao, Khmer, ...
_NON_ALPHABETIC = re.compile("[\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

_PLACE_COLUMNS = (
    "pid, id, name, lat, lon, fclass, fcode, cc, admin1, admin1_name, population, source,"
    " provenance"
)


_MEMO_SIZE = 1 << 15
"""Keys a store remembers the answers for (cleared when full, like the gram cache)."""

_NAMES_FOR_KEY = (
    f"SELECT {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))},"
    " n.name, n.kind FROM names n JOIN places p ON p.pid = n.pid WHERE n.key = ?"
)
_NAMES_FOR_KEY_IN_COUNTRY = _NAMES_FOR_KEY + " AND p.cc = ?"


def place_from_row(row: Sequence[Any]) -> Place:
    """Build a :class:`Place` from a ``places`` row selected as ``_PLACE_COLUMNS``."""
    return Place(
        id=row[1],
        name=row[2],
        latitude=row[3],
        longitude=row[4],
        feature_class=row[5],
        feature_code=row[6],
        country_code=row[7],
        admin1_code=row[8],
        admin1_name=row[9],
        population=row[10],
        source=row[11],
        provenance=row[12],
    )


def _check_place(place: Place, where: str) -> None:
    if not place.id or ":" not in place.id:
        raise GazetteerDataError("place id must be 'namespace:value'", path=where, value=place.id)
    if not place.name or not place.name.strip():
        raise GazetteerDataError("place has an empty name", path=where, value=place.id)
    lat, lon = place.latitude, place.longitude
    if not (-90.0 <= lat <= 90.0) or not (-180.0 <= lon <= 180.0) or lat != lat or lon != lon:
        raise GazetteerDataError(
            "coordinates out of range", path=where, value=f"{place.id} ({lat}, {lon})"
        )


def _make_pool(workers: int | None) -> Any:
    n = workers if workers is not None else min(4, os.cpu_count() or 1)
    if n <= 1:
        return None
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method).Pool(n)


class Builder:
    """Write a gazetteer file atomically.

    Parameters
    ----------
    path : path-like
        The file to create (or replace, on :meth:`commit`).
    base : path-like, optional
        An existing gazetteer to extend: its places and names are copied first, and
        places added later with the same id replace them (their names are merged).
    workers : int, optional
        Processes that normalise names in parallel; defaults to the CPU count (at most
        4). ``1`` works in this process only.

    Examples
    --------
    >>> with Builder(tmp / "g.sqlite") as b:          # doctest: +SKIP
    ...     b.add(records)
    ...     b.commit({"sources": ["my-csv"]})
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        base: str | os.PathLike[str] | None = None,
        workers: int | None = None,
    ):
        self.path = Path(path)
        if base is not None:
            Store.check_file(Path(base))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".building", dir=self.path.parent
            )
        except OSError as exc:  # a file where the folder should be, no permission
            blocked = next((p for p in self.path.parents if p.is_file()), None)
            reason = f"{blocked} is a file, not a folder" if blocked else exc.strerror or exc
            raise GazetteerFileError(f"{self.path}: cannot write there ({reason})") from None
        os.close(fd)
        self._tmp = Path(tmp)
        self._committed = False
        self._local: dict[str, int] = {}
        if base is not None:
            shutil.copyfile(base, self._tmp)
            self._con = sqlite3.connect(self._tmp)
            self._con.executescript(
                "DROP TABLE IF EXISTS fkeys; DROP TABLE IF EXISTS grams;"
                " CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL);"
            )
            self._con.executescript(
                "CREATE TABLE fkeys (kid INTEGER PRIMARY KEY, key TEXT NOT NULL);"
                "CREATE TABLE grams (gram TEXT PRIMARY KEY, df INTEGER NOT NULL,"
                " ids BLOB NOT NULL) WITHOUT ROWID;"
            )
            row = self._con.execute(
                "SELECT max(pid) FROM places WHERE pid >= ?", (LOCAL_PID_BASE,)
            ).fetchone()
            self._next_local = (row[0] + 1) if row and row[0] is not None else LOCAL_PID_BASE
        else:
            self._tmp.unlink()
            self._con = sqlite3.connect(self._tmp)
            self._con.executescript(_SCHEMA)
            self._next_local = LOCAL_PID_BASE
        self._con.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;"
            " PRAGMA temp_store=MEMORY;"
        )
        self._con.execute("BEGIN")
        self._pool = _make_pool(workers)
        self._pending: tuple[list[str], list[tuple[int, str, int]], Any] | None = None
        self.places_added = 0
        self.names_added = 0
        self._orphans_possible = False

    def __enter__(self) -> Builder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Discard the temporary file unless :meth:`commit` has run."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None
        try:
            self._con.close()
        finally:
            if not self._committed:
                self._tmp.unlink(missing_ok=True)

    def _pid(self, place_id: str) -> int:
        ns, _, value = place_id.partition(":")
        if ns == "geonames" and value.isdigit():
            return int(value)
        if place_id in self._local:
            return self._local[place_id]
        row = self._con.execute("SELECT pid FROM places WHERE id = ?", (place_id,)).fetchone()
        if row:
            return int(row[0])
        pid = self._next_local
        self._next_local += 1
        self._local[place_id] = pid
        return pid

    def add(self, records: Iterable[PlaceRecord], *, where: str = "<records>") -> int:
        """Add places with their names; a place whose id exists replaces the old row.

        Parameters
        ----------
        records : iterable of PlaceRecord
            The places. Names that fold to nothing are skipped.
        where : str
            Names the source in error messages.

        Returns
        -------
        int
            How many places were added.

        Raises
        ------
        GazetteerDataError
            A record has an invalid id, an empty name, or out-of-range coordinates.
        """
        n = 0
        place_rows: list[tuple[Any, ...]] = []
        raw: list[tuple[int, str, int]] = []
        for rec in records:
            p = rec.place
            _check_place(p, where)
            pid = self._pid(p.id)
            place_rows.append(
                (
                    pid,
                    p.id,
                    p.name,
                    p.latitude,
                    p.longitude,
                    p.feature_class,
                    p.feature_code,
                    p.country_code,
                    p.admin1_code,
                    p.admin1_name,
                    int(p.population or 0),
                    p.source,
                    p.provenance,
                )
            )
            raw.append((pid, p.name, KIND_PREFERRED))
            for nm in rec.names:
                if nm and nm != p.name:
                    raw.append((pid, *_unwrap(nm)))
            n += 1
            if len(raw) >= 100_000:
                self._flush(place_rows, raw)
        self._flush(place_rows, raw)
        self.places_added += n
        return n

    def has(self, place_id: str) -> bool:
        """True if a place with this id has been added (or came with the base)."""
        row = self._con.execute("SELECT 1 FROM places WHERE id = ?", (place_id,)).fetchone()
        return row is not None

    def add_names(self, names: Iterable[tuple[str, str]]) -> int:
        """Add alternate names to places already added, by place id.

        Parameters
        ----------
        names : iterable of (place_id, name)
            Names for places that this builder holds; names of unknown places are
            dropped when the file is committed. Wrap a code with :func:`code_name`.

        Returns
        -------
        int
            How many names were offered.
        """
        raw: list[tuple[int, str, int]] = []
        n = 0
        for place_id, nm in names:
            n += 1
            if nm:
                raw.append((self._pid(place_id), *_unwrap(nm)))
            if len(raw) >= 100_000:
                self._flush([], raw)
        self._flush([], raw)
        self._orphans_possible = True
        return n

    def _flush(self, place_rows: list[tuple[Any, ...]], raw: list[tuple[int, str, int]]) -> None:
        """Write places now; normalise the batch's names in the worker pool while this
        process goes on, and write them when the next batch (or commit) comes."""
        if place_rows:
            self._con.executemany(
                f"INSERT OR REPLACE INTO places ({_PLACE_COLUMNS}) VALUES"
                " (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                place_rows,
            )
            place_rows.clear()
        if not raw:
            return
        batch = raw.copy()
        raw.clear()
        unique = list({nm for _, nm, _ in batch})
        if self._pool is not None and len(unique) > 5_000:
            pending = self._pool.map_async(name_key, unique, chunksize=2_000)
            self._drain()
            self._pending = (unique, batch, pending.get)
        else:
            self._write_names(unique, batch, [name_key(nm) for nm in unique])

    def _drain(self) -> None:
        if self._pending is not None:
            unique, batch, get = self._pending
            self._pending = None
            self._write_names(unique, batch, get())

    def _write_names(
        self, unique: list[str], batch: list[tuple[int, str, int]], keys: list[str]
    ) -> None:
        key_of = dict(zip(unique, keys, strict=True))
        rows = [(key_of[nm], pid, nm, kind) for pid, nm, kind in batch if key_of[nm]]
        rows.sort()
        self._con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?)", rows)
        self.names_added += len(rows)

    def _build_fuzzy_index(self) -> None:
        import numpy as np

        con = self._con
        con.execute("DELETE FROM fkeys")
        con.execute("DELETE FROM grams")
        keys = [
            k
            for (k,) in con.execute(
                "SELECT DISTINCT key FROM names WHERE kind != ? ORDER BY key", (KIND_CODE,)
            )
            if _fuzzy_worthy(k)
        ]
        con.executemany("INSERT INTO fkeys VALUES (?, ?)", enumerate(keys))
        lengths = np.fromiter((min(len(k), 255) for k in keys), dtype=np.uint8, count=len(keys))
        con.execute("INSERT OR REPLACE INTO blobs VALUES ('fkey_lengths', ?)", (lengths.tobytes(),))
        postings: dict[str, list[bytes]] = {}
        for start in range(0, len(keys), _GRAM_CHUNK):
            for gram, ids in _trigram_postings(keys[start : start + _GRAM_CHUNK], start):
                postings.setdefault(gram, []).append(ids)
        con.executemany(
            "INSERT INTO grams VALUES (?, ?, ?)",
            (
                (g, sum(len(b) for b in parts) // 4, b"".join(parts))
                for g, parts in postings.items()
            ),
        )

    def commit(self, meta: dict[str, Any] | None = None) -> Path:
        """Index, write metadata, and move the finished file into place.

        Parameters
        ----------
        meta : dict, optional
            Extra metadata (JSON-serialisable values), stored in the ``meta`` table.

        Returns
        -------
        Path
            The final path.
        """
        self._drain()
        con = self._con
        con.executescript(_INDEXES)
        if self._orphans_possible:
            con.execute("DELETE FROM names WHERE pid NOT IN (SELECT pid FROM places)")
        self._build_fuzzy_index()
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        counts = {
            "places": con.execute("SELECT count(*) FROM places").fetchone()[0],
            "names": con.execute("SELECT count(*) FROM names").fetchone()[0],
        }
        values = {
            "schema_version": SCHEMA_VERSION,
            "key_version": KEY_VERSION,
            **counts,
            **(meta or {}),
        }
        con.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)",
            ((k, json.dumps(v)) for k, v in values.items()),
        )
        con.execute("COMMIT")
        con.execute("PRAGMA analysis_limit=1000")
        con.execute("ANALYZE")
        con.close()
        os.replace(self._tmp, self.path)
        self._committed = True
        return self.path


def _unwrap(name: str) -> tuple[str, int]:
    if name.startswith(_CODE_MARK):
        return name[len(_CODE_MARK) :], KIND_CODE
    return name, KIND_ALTERNATE


_GRAM_CHUNK = 400_000
_CP_MASK = (1 << 21) - 1


def _trigram_postings(keys: list[str], first_id: int) -> Iterator[tuple[str, bytes]]:
    """``(trigram, sorted little-endian int32 key ids)`` for a chunk of keys, in numpy.

    Each key is padded as ``^key$`` (as :func:`~gazetteer.normalize.trigrams` does);
    every window of three code points inside one key becomes a 63-bit code, and the
    (code, key id) pairs are sorted and de-duplicated in one go.
    """
    import numpy as np

    if not keys:
        return
    padded = [f"^{k}$" for k in keys]
    lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
    cps = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32)
    ends = np.cumsum(lengths)
    owner = np.repeat(np.arange(len(keys), dtype=np.int32), lengths)
    pos = np.flatnonzero(np.arange(cps.size, dtype=np.int64) + 2 < ends[owner])
    c = cps.astype(np.uint64)
    codes = (c[pos] << np.uint64(42)) | (c[pos + 1] << np.uint64(21)) | c[pos + 2]
    kids = owner[pos] + np.int32(first_id)
    del c, pos, owner
    order = np.lexsort((kids, codes))
    codes, kids = codes[order], kids[order]
    keep = np.ones(codes.size, dtype=bool)
    keep[1:] = (codes[1:] != codes[:-1]) | (kids[1:] != kids[:-1])
    codes, kids = codes[keep], kids[keep].astype("<i4")
    bounds = np.flatnonzero(codes[1:] != codes[:-1]) + 1
    starts = np.concatenate(([0], bounds))
    stops = np.concatenate((bounds, [codes.size]))
    for lo, hi in zip(starts.tolist(), stops.tolist(), strict=True):
        code = int(codes[lo])
        gram = chr(code >> 42) + chr((code >> 21) & _CP_MASK) + chr(code & _CP_MASK)
        yield gram, kids[lo:hi].tobytes()


def _fuzzy_worthy(key: str) -> bool:
    # Spelling mistakes are a matter of alphabets: keys in scripts written without
    # them (CJK, Thai, ...) or of two letters gain nothing from the trigram index.
    return len(key) >= 3 and (key.isascii() or not _NON_ALPHABETIC.search(key))


def code_name(code: str) -> str:
    """Mark a name as a code (ICAO, IATA, ISO) for :meth:`Builder.add`."""
    return _CODE_MARK + code


class Store:
    """Read-only access to a gazetteer file.

    Parameters
    ----------
    path : path-like
        A file written by :class:`Builder`.

    Raises
    ------
    GazetteerFileError
        The file is missing, not SQLite, or not a gazetteer of this schema version.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.check_file(self.path)
        uri = f"file:{self.path.resolve()}?mode=ro"
        try:
            self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._con.execute("PRAGMA query_only=1")
            rows = self._con.execute("SELECT key, value FROM meta").fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerFileError(f"{self.path}: not a gazetteer file ({exc})") from None
        self.meta: dict[str, Any] = {k: json.loads(v) for k, v in rows}
        if self.meta.get("schema_version") != SCHEMA_VERSION:
            raise GazetteerFileError(
                f"{self.path}: gazetteer schema version {self.meta.get('schema_version')!r},"
                f" this version of gazetteer reads {SCHEMA_VERSION}; rebuild it"
            )
        if self.meta.get("key_version") != KEY_VERSION:
            raise GazetteerFileError(
                f"{self.path}: built with name-key version {self.meta.get('key_version')!r},"
                f" this version of gazetteer uses {KEY_VERSION}; rebuild it"
            )
        self._gram_cache: dict[str, tuple[int, np.ndarray] | None] = {}
        self._lengths: np.ndarray | None = None
        # The file is read-only: answers per key never change while it is open. News
        # repeats its names, so a bounded memo saves most queries of a stream.
        self._key_rows: dict[tuple[str, str | None], tuple[tuple[Place, str, int], ...]] = {}
        self._key_known: dict[str, bool] = {}

    @staticmethod
    def check_file(path: Path) -> None:
        """Raise :class:`GazetteerFileError` unless *path* starts like an SQLite file."""
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise GazetteerFileError(f"{path}: cannot read gazetteer ({exc.strerror})") from None
        if head != b"SQLite format 3\x00":
            raise GazetteerFileError(f"{path}: not a gazetteer file (not SQLite)")

    def close(self) -> None:
        """Close the connection."""
        self._con.close()

    # -- raw queries -------------------------------------------------------------------

    def names_for_key(
        self, key: str, *, country: str | None = None
    ) -> list[tuple[Place, str, int]]:
        """Every ``(place, name, kind)`` whose name has this key."""
        got = self._key_rows.get((key, country))
        if got is None:
            if country is None:
                rows = self._con.execute(_NAMES_FOR_KEY, (key,))
            else:
                rows = self._con.execute(_NAMES_FOR_KEY_IN_COUNTRY, (key, country))
            got = tuple((place_from_row(r), r[13], r[14]) for r in rows)
            if len(self._key_rows) >= _MEMO_SIZE:
                self._key_rows.clear()
            self._key_rows[key, country] = got
        return list(got)

    def known_keys(self, keys: Iterable[str]) -> set[str]:
        """Which of these keys some name in the file has (one indexed query per 500)."""
        known = self._key_known
        asked = list(dict.fromkeys(k for k in keys if k))
        wanted = [k for k in asked if k not in known]
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT DISTINCT key FROM names WHERE kind != {KIND_CODE} AND key IN ({marks})"
            found.update(r[0] for r in self._con.execute(sql, chunk))
        out = found | {k for k in asked if known.get(k)}
        if len(known) + len(wanted) > _MEMO_SIZE:
            known.clear()
        known.update((k, k in found) for k in wanted)
        return out

    def place_by_id(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        row = self._con.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,)
        ).fetchone()
        return place_from_row(row) if row else None

    def names_of(self, place_id: str) -> list[tuple[str, int]]:
        """All ``(name, kind)`` of a place, preferred name first."""
        return self._con.execute(
            "SELECT n.name, n.kind FROM names n JOIN places p ON p.pid = n.pid"
            " WHERE p.id = ? ORDER BY n.kind, n.name",
            (place_id,),
        ).fetchall()

    def places_in_box(
        self, south: float, north: float, west: float, east: float
    ) -> Iterator[Place]:
        """Places whose point lies in a latitude/longitude box (west may exceed east)."""
        sql = f"SELECT {_PLACE_COLUMNS} FROM places WHERE lat BETWEEN ? AND ?"
        if west <= east:
            sql += " AND lon BETWEEN ? AND ?"
            args: tuple[float, ...] = (south, north, west, east)
        else:  # the box crosses the antimeridian
            sql += " AND (lon >= ? OR lon <= ?)"
            args = (south, north, west, east)
        for row in self._con.execute(sql, args):
            yield place_from_row(row)

    def places_where(self, sql_filter: str, args: Sequence[Any] = ()) -> list[Place]:
        """Places matching a trusted SQL condition on the ``places`` columns."""
        return [
            place_from_row(r)
            for r in self._con.execute(
                f"SELECT {_PLACE_COLUMNS} FROM places WHERE {sql_filter}", tuple(args)
            )
        ]

    def _gram(self, gram: str) -> tuple[int, np.ndarray] | None:
        import numpy as np

        if gram in self._gram_cache:
            return self._gram_cache[gram]
        row = self._con.execute("SELECT df, ids FROM grams WHERE gram = ?", (gram,)).fetchone()
        value = (int(row[0]), np.frombuffer(row[1], dtype="<i4")) if row else None
        if len(self._gram_cache) > 4096:
            self._gram_cache.clear()
        self._gram_cache[gram] = value
        return value

    def fuzzy_keys(self, key: str, max_edits: int, *, limit: int = 300) -> list[str]:
        """Keys within *max_edits* trigram-edits of *key*, found through the trigram index.

        A key one edit away shares all but at most three of the query's trigrams; the
        pigeonhole principle lets the candidates come from the rarest few posting lists
        alone, and the rest are counted by binary search in the sorted lists.
        """
        import numpy as np

        grams = trigrams(key)
        need = max(1, len(grams) - 3 * max_edits)
        found = [(g, v) for g in grams if (v := self._gram(g)) is not None]
        if len(found) < need:
            return []
        found.sort(key=lambda gv: gv[1][0])
        probe = len(grams) - need + 1
        cands = np.unique(np.concatenate([ids for _, (_, ids) in found[:probe]]))
        lengths = self._key_lengths()
        if lengths is not None and cands.size:
            # Keys whose length differs by more than the edits allowed cannot match.
            n = min(len(key), 255)
            cands = cands[np.abs(lengths[cands].astype(np.int16) - n) <= max_edits]
        if cands.size == 0:
            return []
        counts = np.zeros(cands.size, dtype=np.int32)
        for _, (_, ids) in found:
            pos = np.searchsorted(ids, cands)
            pos[pos >= ids.size] = ids.size - 1
            counts += ids[pos] == cands
        ok = counts >= need
        keep, kept_counts = cands[ok], counts[ok]
        if keep.size == 0:
            return []
        if keep.size > limit:
            keep = keep[np.argsort(-kept_counts, kind="stable")[:limit]]
        marks = ",".join("?" * keep.size)
        rows = self._con.execute(
            f"SELECT key FROM fkeys WHERE kid IN ({marks})", [int(k) for k in keep]
        ).fetchall()
        return [r[0] for r in rows]

    def _key_lengths(self) -> np.ndarray | None:
        import numpy as np

        if self._lengths is None:
            row = self._con.execute("SELECT data FROM blobs WHERE name = 'fkey_lengths'").fetchone()
            self._lengths = np.frombuffer(row[0], dtype=np.uint8) if row else np.zeros(0, np.uint8)
        return self._lengths if self._lengths.size else None

    def count(self, table: str) -> int:
        """Row count of ``places`` or ``names``."""
        if table not in ("places", "names"):
            raise ValueError(table)
        return int(self._con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
