"""The :class:`Gazetteer`: ranked name lookups, ids, proximity and geocoding."""

from __future__ import annotations

import math
import os
import re
import tempfile
import weakref
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import InvalidQueryError, PlaceNotFound, UnknownCountryError
from .model import Candidate, MatchKind, Place
from .normalize import alternatives, feature_hint, fold, name_key
from .ranking import distance_km, match_quality, score
from .store import KIND_CODE, Builder, Store

__all__ = ["Gazetteer", "GazetteerInfo", "Neighbour"]

MAX_NAME_LENGTH = 200
MIN_GEOCODE_SCORE = 0.35
_ISO_REGION = re.compile(r"^([A-Za-z]{2})-([A-Za-z0-9]{1,3})$")


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A place near a point, with its distance."""

    place: Place
    distance_km: float


@dataclass(frozen=True, slots=True)
class GazetteerInfo:
    """What a gazetteer file holds."""

    path: Path
    places: int
    names: int
    kind: str
    sources: dict[str, str]
    size_bytes: int


def _check_name(name: object, what: str = "name") -> str:
    if not isinstance(name, str):
        raise InvalidQueryError(f"{what} must be a string, not {type(name).__name__}")
    if not name.strip():
        raise InvalidQueryError(f"{what} is empty")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidQueryError(
            f"{what} is {len(name)} characters long; names longer than {MAX_NAME_LENGTH}"
            " are not place names"
        )
    return name


_COUNTRY_TABLES: dict[tuple[str, int, int], dict[str, Place]] = {}
"""Country tables by gazetteer file (path, size, mtime): a scan of every place, done once
per file even when each call opens the file anew (``geoparse(text)`` without a
gazetteer opens the default)."""


def _store_countries(store: Store) -> dict[str, Place]:
    """The countries one store holds, by ISO alpha-2 code."""
    try:
        st = store.path.stat()
        tag: tuple[str, int, int] | None = (str(store.path.resolve()), st.st_size, st.st_mtime_ns)
    except OSError:
        tag = None
    got = _COUNTRY_TABLES.get(tag) if tag is not None else None
    if got is None:
        got = {
            p.country_code: p
            for p in store.places_where("fclass = 'A' AND fcode LIKE 'PCL%'")
            if p.country_code
        }
        if tag is not None:
            _COUNTRY_TABLES[tag] = got
    return got


class Gazetteer:
    """A place-name index: names in, ranked places out.

    Open one with :meth:`default` (the embedded gazetteer, built on first use) or
    :meth:`open` (a file built by ``incident-mapper gazetteer build`` or an import).
    A gazetteer is read-only and safe to share between threads; any number of
    processes may open the same file.

    Examples
    --------
    >>> gz = Gazetteer.default()                               # doctest: +SKIP
    >>> gz.geocode("Jurf al-Sakhar", country="IQ").place.name  # doctest: +SKIP
    'Jurf al-Sakhr'
    """

    def __init__(self, store: Store, *, overlays: Iterable[Store] = ()) -> None:
        self._stores = [*overlays, store]  # overlays first: their places win
        self._store = store
        self._countries: dict[str, Place] | None = None
        self._closed = False

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Open a gazetteer file.

        Raises
        ------
        GazetteerFileError
            The file is missing, unreadable, or not a gazetteer.
        """
        return cls(Store(path))

    @classmethod
    def default(
        cls, *, rebuild: bool = False, progress: Callable[[str, int], None] | None = None
    ) -> Gazetteer:
        """The embedded default gazetteer, built into the user cache on first use.

        Parameters
        ----------
        rebuild : bool
            Build again even if a file for the installed sources exists.
        progress : callable, optional
            Passed to :func:`gazetteer.embedded.build_default` when a build is needed.
        """
        from .embedded import build_default, default_path

        path = default_path()
        if rebuild or not path.exists():
            path = build_default(progress=progress)
        return cls.open(path)

    @classmethod
    def shared(cls) -> Gazetteer:
        """The default gazetteer, opened once per process and shared (thread-safe).

        What ``geoparse`` and ``extract_incidents`` use when no gazetteer is passed;
        its caches live as long as the process. See :mod:`gazetteer.shared`.
        """
        from .shared import shared_default

        return shared_default()

    def with_supplement(self, path: str | os.PathLike[str]) -> Gazetteer:
        """A gazetteer that also knows the places and aliases of a supplement file.

        Parameters
        ----------
        path : path-like
            A CSV or GeoJSON supplement (see :mod:`gazetteer.sources.supplement`).

        Returns
        -------
        Gazetteer
            A new gazetteer; this one is unchanged. Supplement places with the id of
            an existing place replace it; alias rows add names to existing places.

        Raises
        ------
        GazetteerDataError
            The supplement is malformed (the message names file, line and value).
        PlaceNotFound
            An alias row names a place id that does not exist.
        """
        from .sources.supplement import read_supplement

        sup = read_supplement(path)
        tmp = Path(tempfile.mkdtemp(prefix="incident-mapper-supplement-"))
        with Builder(tmp / "overlay.sqlite", workers=1) as b:
            b.add(sup.records, where=str(path))
            targets: dict[str, list[str]] = {}
            for place_id, alias in sup.aliases:
                targets.setdefault(place_id, []).append(alias)
            from .model import PlaceRecord

            for place_id, aliases in targets.items():
                base = self._place(place_id)
                if base is None:
                    raise PlaceNotFound(f"{path}: alias row names unknown place {place_id!r}")
                old = [n for n, _ in self.names(place_id)]
                b.add([PlaceRecord(base, (*old, *aliases))], where=str(path))
            out = b.commit({"kind": "supplement", "sources": [str(path)]})
        overlay = Store(out)
        gz = Gazetteer(self._store, overlays=[overlay, *self._stores[:-1]])
        weakref.finalize(gz, _remove_tree, tmp, overlay)
        return gz

    def close(self) -> None:
        """Close the underlying files."""
        self._closed = True
        for s in self._stores:
            s.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has been called."""
        return self._closed

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- metadata ----------------------------------------------------------------------

    def info(self) -> GazetteerInfo:
        """Counts, sources and size of the main file."""
        meta = self._store.meta
        versions = meta.get("versions") or {}
        sources = versions if isinstance(versions, dict) else {}
        if not sources and meta.get("sources"):
            sources = {str(s): "" for s in meta["sources"]}
        return GazetteerInfo(
            path=self._store.path,
            places=int(meta.get("places", 0)),
            names=int(meta.get("names", 0)),
            kind=str(meta.get("kind", "")),
            sources={str(k): str(v) for k, v in sources.items()},
            size_bytes=self._store.path.stat().st_size,
        )

    # -- ids -----------------------------------------------------------------------------

    def _place(self, place_id: str) -> Place | None:
        for s in self._stores:
            p = s.place_by_id(place_id)
            if p is not None:
                return p
        return None

    def get(self, place_id: str) -> Place:
        """The place with this id.

        Raises
        ------
        PlaceNotFound
            No place has this id.
        """
        _check_name(place_id, "place id")
        p = self._place(place_id)
        if p is None:
            raise PlaceNotFound(f"no place with id {place_id!r}")
        return p

    def names(self, place_id: str) -> list[tuple[str, str]]:
        """Every name of a place as ``(name, kind)``, kind ``preferred``, ``alternate``
        or ``code``."""
        labels = {0: "preferred", 1: "alternate", 2: "code"}
        for s in self._stores:
            rows = s.names_of(place_id)
            if rows:
                return [(n, labels[k]) for n, k in rows]
        return []

    # -- countries and regions -------------------------------------------------------------

    def _country_table(self) -> dict[str, Place]:
        if self._countries is None:
            table: dict[str, Place] = {}
            for s in reversed(self._stores):
                table.update(_store_countries(s))
            self._countries = table
        return self._countries

    def countries(self) -> dict[str, Place]:
        """Every country in the gazetteer, by ISO alpha-2 code."""
        return dict(self._country_table())

    def known(self, names: Iterable[str]) -> set[str]:
        """The subset of *names* that some place bears (up to normalisation).

        One indexed query answers a whole batch, so a text recogniser can test every
        candidate span of a document at once.

        Parameters
        ----------
        names : iterable of str
            Candidate names.

        Returns
        -------
        set of str
            The names from *names* whose :func:`~gazetteer.normalize.name_key` is known.
        """
        names = [n for n in names if isinstance(n, str) and n.strip()]
        keys = {n: name_key(n) for n in names}
        hits: set[str] = set()
        for s in self._stores:
            hits |= s.known_keys(keys.values())
        return {n for n, k in keys.items() if k in hits}

    def country_code(self, country: str) -> str:
        """The ISO alpha-2 code of a country given by code or name.

        Parameters
        ----------
        country : str
            ``"IQ"``, ``"IRQ"``, ``"Iraq"``, ``"العراق"``, ``"Syrian Arab Republic"``...

        Raises
        ------
        UnknownCountryError
            The gazetteer knows no such country.
        """
        _check_name(country, "country")
        text = country.strip()
        table = self._country_table()
        if len(text) == 2 and text.isascii() and text.upper() in table:
            return text.upper()
        key = name_key(text)
        best: tuple[float, str] | None = None
        for s in self._stores:
            for p, _, kind in s.names_for_key(key):
                if p.feature_class == "A" and p.feature_code.startswith("PCL") and p.country_code:
                    rank = 1.0 if kind != KIND_CODE or text.isupper() else 0.5
                    if best is None or rank > best[0]:
                        best = (rank, p.country_code)
        if best is None:
            raise UnknownCountryError(f"unknown country {country!r}")
        return best[1]

    def _admin1_filter(self, admin1: str, country: str | None) -> Callable[[Place], bool]:
        _check_name(admin1, "admin1")
        text = admin1.strip()
        codes: set[tuple[str | None, str]] = set()
        m = _ISO_REGION.match(text)
        if m:
            region = self._place(f"iso3166-2:{text.upper()}")
            if region is not None and region.admin1_code:
                codes.add((region.country_code, region.admin1_code))
        key = name_key(text)
        for s in self._stores:
            for p, _, _ in s.names_for_key(key, country=country):
                if p.feature_class == "A" and p.feature_code in ("ADM1", "ADM2") and p.admin1_code:
                    codes.add((p.country_code, p.admin1_code))
        folded = fold(text)
        raw_code = text.upper() if text.isalnum() and len(text) <= 3 else None

        def accept(p: Place) -> bool:
            if (p.country_code, p.admin1_code) in codes:
                return True
            if raw_code is not None and p.admin1_code and p.admin1_code.upper() == raw_code:
                return country is None or p.country_code == country
            if not p.admin1_name:
                return False
            return name_key(p.admin1_name) == key or fold(p.admin1_name) == folded

        return accept

    def _region(self, admin1: str, country: str | None) -> Place | None:
        m = _ISO_REGION.match(admin1.strip())
        if m:
            return self._place(f"iso3166-2:{admin1.strip().upper()}")
        found = self.lookup(admin1, country=country, feature_classes=("A",), limit=5)
        for c in found:
            if c.place.feature_code in ("ADM1", "ADM2"):
                return c.place
        return None

    # -- lookups -----------------------------------------------------------------------

    def _matches(self, name: str, country: str | None) -> dict[str, Candidate]:
        key = name_key(name)
        if not key:
            return {}
        folded = fold(name)
        best: dict[str, Candidate] = {}
        for s in self._stores:
            for p, matched, kind in s.names_for_key(key, country=country):
                exact = fold(matched) == folded
                if kind == KIND_CODE and not (exact and name.strip() == matched):
                    continue  # codes only match as written: "IQ", not "iq" or "Iq."
                mk = MatchKind.EXACT if exact else MatchKind.NORMALISED
                cand = Candidate(p, score(p, match_quality(mk, kind=kind)), matched, mk)
                old = best.get(p.id)
                if old is None or cand.score > old.score:
                    best[p.id] = cand
        return best

    def _fuzzy(
        self, name: str, country: str | None, keep: Callable[[Candidate], bool]
    ) -> dict[str, Candidate]:
        from rapidfuzz.distance import OSA

        key = name_key(name)
        if len(key) < 4:
            return {}
        # One typo up to ten letters; two only in long names, where two edits still
        # leave most of the name (latamina -> latakia is two edits, and wrong).
        max_edits = 1 if len(key) <= 10 else 2
        wide = 2000 if country is not None else 300  # the country filter comes later
        scored = []
        seen: set[str] = set()
        for s in self._stores:
            for k in s.fuzzy_keys(key, max_edits, limit=wide):
                if k in seen or k == key:
                    continue
                seen.add(k)
                d = OSA.distance(key, k, score_cutoff=max_edits)
                if d <= max_edits:
                    scored.append((d, k))
        scored.sort()
        best: dict[str, Candidate] = {}
        for d, k in scored:
            if len(best) >= 25:
                break
            sim = 1.0 - d / max(len(key), len(k))
            q = match_quality(MatchKind.FUZZY, similarity=sim)
            for s in self._stores:
                for p, matched, kind in s.names_for_key(k, country=country):
                    if kind == KIND_CODE:
                        continue
                    cand = Candidate(p, score(p, q), matched, MatchKind.FUZZY)
                    old = best.get(p.id)
                    if (old is None or cand.score > old.score) and keep(cand):
                        best[p.id] = cand
        return best

    def _ranked(
        self,
        name: str,
        country: str | None,
        keep: Callable[[Candidate], bool],
        *,
        fuzzy: bool,
    ) -> list[Candidate]:
        """Every candidate for a name (and its alternatives) that *keep* accepts, best
        first: exact and normalised matches, else fuzzy ones."""
        alts = alternatives(name)
        found: dict[str, Candidate] = {}
        for alt in alts:
            for pid, c in self._matches(alt, country).items():
                if keep(c) and (pid not in found or c.score > found[pid].score):
                    found[pid] = c
        if not found and fuzzy:
            for alt in alts:
                for pid, c in self._fuzzy(alt, country, keep).items():
                    if pid not in found or c.score > found[pid].score:
                        found[pid] = c
        out = list(found.values())
        hint = feature_hint(name)
        if hint is None:
            # A bare name shared by a region and a town inside it ("Erbil", "Baghdad")
            # means the town in news prose; "Erbil governorate" would give a hint.
            towns = {
                (c.place.country_code, c.place.admin1_code)
                for c in out
                if c.place.feature_class == "P"
            }
            out = [
                replace(c, score=round(c.score * 0.9, 4))
                if c.place.feature_code in ("ADM1", "ADM2")
                and (c.place.country_code, c.place.admin1_code) in towns
                else c
                for c in out
            ]
        else:
            # "Donetsk Oblast" is the oblast, not the city; "Kuwait City" the city.
            out = [
                c if c.place.feature_class == hint else replace(c, score=round(c.score * 0.8, 4))
                for c in out
            ]
        out.sort(key=lambda c: (-c.score, -c.place.population, c.place.id))
        return out

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        admin1: str | None = None,
        feature_classes: Collection[str] | None = None,
        limit: int = 10,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Places that bear a name, best first.

        Parameters
        ----------
        name : str
            A place name in any spelling or script: ``"Al Qa'im"``, ``"al-Kaim"``,
            ``"القائم"``.
        country : str, optional
            Only places in this country (ISO code or name).
        admin1 : str, optional
            Only places in this first-level region (name, ISO 3166-2 code such as
            ``"IQ-BB"``, or GeoNames admin1 code).
        feature_classes : collection of str, optional
            Only these GeoNames feature classes (``"P"`` populated places, ``"A"``
            countries and regions, ``"S"`` sites such as airports).
        limit : int
            At most this many candidates.
        fuzzy : bool
            When nothing matches exactly or after normalisation, look for names one or
            two typos away.

        Returns
        -------
        list of Candidate
            Ranked by score; empty when nothing matches.

        Raises
        ------
        InvalidQueryError
            *name* is not a string, is empty, or is absurdly long.
        UnknownCountryError
            *country* is not a country this gazetteer knows.
        """
        _check_name(name)
        if limit < 1:
            raise InvalidQueryError(f"limit must be at least 1, not {limit}")
        cc = self.country_code(country) if country is not None else None
        accept_admin1 = self._admin1_filter(admin1, cc) if admin1 is not None else None
        classes = {c.upper() for c in feature_classes} if feature_classes else None

        def keep(c: Candidate) -> bool:
            if classes is not None and c.place.feature_class not in classes:
                return False
            return accept_admin1 is None or accept_admin1(c.place)

        return self._ranked(name, cc, keep, fuzzy=fuzzy)[:limit]

    def geocode(
        self, name: str, *, country: str | None = None, admin1: str | None = None
    ) -> Candidate | None:
        """The best place for a name, or None when no candidate is good enough.

        With *admin1*, places of that name inside the region come first; when the
        place itself is unknown, the region is returned instead, and the candidate says
        so with ``fallback="admin1"``.

        Parameters
        ----------
        name : str
            The place name.
        country : str, optional
            ISO code or name of the country.
        admin1 : str, optional
            The first-level region (name or code).

        Returns
        -------
        Candidate or None
        """
        _check_name(name)
        cc = self.country_code(country) if country is not None else None
        if not admin1:
            found = self._ranked(name, cc, _any, fuzzy=True)
            return found[0] if found and found[0].score >= MIN_GEOCODE_SCORE else None
        accept = self._admin1_filter(admin1, cc)
        matches = self._ranked(name, cc, _any, fuzzy=False)
        inside = [c for c in matches if accept(c.place)]
        if not inside:  # nothing of that name in the region: a typo of one there?
            inside = self._ranked(name, cc, lambda c: accept(c.place), fuzzy=True)
        if inside and inside[0].score >= MIN_GEOCODE_SCORE:
            return inside[0]
        region = self._region(admin1, cc)
        if region is None:
            return None
        # The region's borders may be drawn differently in the data: accept an exact or
        # normalised match close to the region, but never a fuzzy one outside it.
        near = [
            c
            for c in matches
            if distance_km(c.place.latitude, c.place.longitude, region.latitude, region.longitude)
            <= 150.0
        ]
        if near and near[0].score >= MIN_GEOCODE_SCORE:
            return near[0]
        return Candidate(
            region,
            round(0.5 * score(region, 1.0), 4),
            region.name,
            MatchKind.NORMALISED,
            fallback="admin1",
        )

    def nearby(
        self,
        latitude: float,
        longitude: float,
        radius_km: float,
        *,
        feature_classes: Collection[str] | None = None,
        limit: int | None = None,
    ) -> list[Neighbour]:
        """Places within *radius_km* of a point, nearest first.

        Raises
        ------
        InvalidQueryError
            Coordinates out of range, or a negative or absurd radius.
        """
        for v, lo, hi, what in (
            (latitude, -90, 90, "latitude"),
            (longitude, -180, 180, "longitude"),
        ):
            if not isinstance(v, int | float) or not lo <= v <= hi:
                raise InvalidQueryError(f"{what} {v!r} is outside [{lo}, {hi}]")
        if not isinstance(radius_km, int | float) or not 0 <= radius_km <= 2000:
            raise InvalidQueryError(f"radius_km {radius_km!r} is outside [0, 2000]")
        dlat = radius_km / 111.2
        coslat = max(math.cos(math.radians(latitude)), 1e-6)
        dlon = min(180.0, radius_km / (111.2 * coslat))
        south, north = max(-90.0, latitude - dlat), min(90.0, latitude + dlat)
        west, east = longitude - dlon, longitude + dlon
        if west < -180:
            west += 360
        if east > 180:
            east -= 360
        if dlon >= 180:
            west, east = -180.0, 180.0
        classes = {c.upper() for c in feature_classes} if feature_classes else None
        seen: dict[str, Neighbour] = {}
        for s in self._stores:
            for p in s.places_in_box(south, north, west, east):
                if p.id in seen or (classes is not None and p.feature_class not in classes):
                    continue
                d = distance_km(latitude, longitude, p.latitude, p.longitude)
                if d <= radius_km:
                    seen[p.id] = Neighbour(p, round(d, 3))
        out = sorted(seen.values(), key=lambda n: (n.distance_km, n.place.id))
        return out[:limit] if limit is not None else out


def _any(candidate: Candidate) -> bool:
    return True


def _remove_tree(path: Path, store: Any) -> None:
    import shutil

    try:
        store.close()
    finally:
        shutil.rmtree(path, ignore_errors=True)
